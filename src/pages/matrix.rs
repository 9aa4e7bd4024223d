//! The themes × districts matrix (`m`): themes as rows, districts as columns, a mark where a district
//! carries a theme, totals for each row and column. Enter on a cell shows the district with the theme's
//! highlights marked. Only the visible rows and columns are drawn. With several editions the matrix is one
//! edition's, the year being read, and `<` `>` step through the years.

use crate::ui::Rows;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Flow, Page, PageEntry, draw_frame, fit_window, frame_block, motion, moved, own, own_key, page_area};
use crate::app::layout::inner;
use crate::app::{App, Focus};
use crate::doc::Tone;
use crate::export::{self, Clip, Export};
use crate::keys::{Action, BROWSE, Binding, Ctx, Key, PAGE, PageId, bind, key_of};
use crate::lang::BrowserMsg;
use crate::lang::pages as words;
use crate::text::{truncate, width};
use crate::theme::Theme;
use crate::ui::fit;

pub const ID: PageId = PageId("matrix");

/// Opens on the selected district's column, so the matrix opens where the reader is.
pub const ENTRY: PageEntry = PageEntry {
    id: ID,
    open: |app, _| Some(Box::new(Matrix::new(app))),
    words: &words::MATRIX,
    opens: Some(&OPENS),
    keys: &KEYS,
};

const OPENS: Binding = bind(&[Key::Char('m')], Action::Open(ID), BROWSE, words::MATRIX_OPEN);

/// The matrix's own actions: open the cell's district, move across the districts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    Open,
    Left,
    Right,
    Later,
    Earlier,
}

const KEYS: [Binding<Own>; 5] = [
    bind(&[Key::Enter], Own::Open, PAGE, words::MATRIX_ENTER),
    bind(&[Key::Char('h'), Key::Left], Own::Left, PAGE, words::MATRIX_LEFT),
    bind(&[Key::Char('l'), Key::Right], Own::Right, PAGE, words::MATRIX_RIGHT),
    bind(&[Key::Char('>')], Own::Later, PAGE, words::MATRIX_LATER),
    bind(&[Key::Char('<')], Own::Earlier, PAGE, words::MATRIX_EARLIER),
];

/// The cursor (a theme's row, a district's column), the first row and column shown, and the width of each
/// district's column when every name is whole (worked out once, when the page opens).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Matrix {
    /// The edition shown (`None` with one), and its districts: the columns, as dataset indices.
    pub year: Option<u16>,
    pub cols: Vec<usize>,
    /// How many of the columns carry each theme.
    counts: Vec<usize>,
    pub row: usize,
    pub col: usize,
    pub row_offset: usize,
    pub col_offset: usize,
    widths: Vec<u16>,
    whole_names: u16,
    /// The most characters in a name: the rows its name takes written downwards.
    name_rows: u16,
}

impl Matrix {
    fn new(app: &App) -> Matrix {
        let mut m = Matrix::default();
        // The year of the edition on screen (a district without the year read shows another).
        let year = app.selected().and_then(|d| app.data.districts[d].year).or(app.year);
        m.show_year(app, year);
        m.col = app.selected().and_then(|d| m.cols.iter().position(|&c| c == d)).unwrap_or(0);
        m
    }

    /// Shows the edition of `year` (every district with one edition), keeping the column's district.
    fn show_year(&mut self, app: &App, year: Option<u16>) {
        let at = self.cols.get(self.col).map(|&d| app.data.districts[d].id.clone());
        self.year = year;
        self.cols = (0..app.data.districts.len()).filter(|&d| app.data.districts[d].year == year).collect();
        self.widths = self.cols.iter().map(|&d| column(width(&app.data.districts[d].name))).collect();
        self.whole_names = self.widths.iter().fold(0u16, |sum, &w| sum.saturating_add(w));
        let longest = self.cols.iter().map(|&d| app.data.districts[d].name.chars().count()).max().unwrap_or(1);
        self.name_rows = u16::try_from(longest).unwrap_or(u16::MAX);
        self.counts = if year.is_none() {
            app.index.theme_counts.clone()
        } else {
            let carries = |t: usize| self.cols.iter().filter(|&&d| app.index.carries(d, t)).count();
            (0..app.data.themes.len()).map(carries).collect()
        };
        self.col = at.and_then(|id| self.cols.iter().position(|&d| app.data.districts[d].id == id)).unwrap_or(0);
    }

    /// `<` `>`: the previous or next edition's matrix.
    fn step_year(&mut self, app: &App, later: bool) {
        let years = app.data.years();
        let Some(at) = self.year.and_then(|y| years.iter().position(|&x| x == y)) else { return };
        let next = if later { years.get(at + 1) } else { at.checked_sub(1).and_then(|i| years.get(i)) };
        if let Some(&year) = next {
            self.show_year(app, Some(year));
        }
    }

    fn layout(&self, area: Rect, districts: usize) -> MatrixPanes {
        panes(area, districts, self.whole_names, self.name_rows)
    }

    /// The width of district `d`'s column.
    fn cell(&self, p: &MatrixPanes, d: usize) -> u16 {
        if p.whole { self.widths.get(d).copied().unwrap_or(p.cell_width) } else { p.cell_width }
    }
}

impl Page for Matrix {
    fn entry(&self) -> &'static PageEntry {
        &ENTRY
    }

    fn update(&mut self, app: &mut App, action: &Action) -> Flow {
        let (themes, districts) = (app.data.themes.len(), self.cols.len());
        match action {
            Action::Back => Flow::Close,
            Action::PageKey(key) => {
                match own(&KEYS, *key) {
                    Some(Own::Open) => return open_cell(app, self.row, self.cols.get(self.col).copied()),
                    Some(Own::Left) => self.col = moved(self.col, -1, districts),
                    Some(Own::Right) => self.col = moved(self.col, 1, districts),
                    Some(Own::Later) => self.step_year(app, true),
                    Some(Own::Earlier) => self.step_year(app, false),
                    None => {}
                }
                Flow::Stay
            }
            &Action::Click { column, row } => {
                let m = self.layout(app.size, districts);
                let first_column = m.body.x + m.label_width;
                let at = Position { x: column, y: row };
                if m.body.contains(at) && column >= first_column {
                    self.row = (self.row_offset + (row - m.body.y) as usize).min(themes.saturating_sub(1));
                    // The column under the pointer, its cells counted across from the first shown.
                    let mut x = first_column;
                    let mut col = self.col_offset;
                    while col + 1 < districts && x + self.cell(&m, col) <= column {
                        x += self.cell(&m, col);
                        col += 1;
                    }
                    self.col = col.min(districts.saturating_sub(1));
                    Flow::Stay
                } else if m.block.contains(at) {
                    Flow::Stay
                } else {
                    Flow::Close
                }
            }
            other => {
                let height = self.layout(app.size, districts).body.height as usize;
                if let Some(rows) = motion(other, height) {
                    self.row = moved(self.row, rows, themes);
                }
                Flow::Stay
            }
        }
    }

    fn derive(&mut self, app: &App) {
        let m = self.layout(app.size, self.cols.len());
        self.row = self.row.min(app.data.themes.len().saturating_sub(1));
        self.col = self.col.min(self.cols.len().saturating_sub(1));
        self.row_offset = fit_window(self.row, self.row_offset, m.body.height as usize);
        self.col_offset = fit_window(self.col, self.col_offset, m.columns.max(1));
    }

    fn copy(&self, app: &App) -> Option<Clip> {
        export::pages::matrix_row_clip(&app.data, &app.index, self.row, &self.cols, app.lang)
    }

    fn export(&self, app: &App) -> Option<Export> {
        let markdown = export::pages::matrix_markdown(&app.data, &app.index, &self.cols, app.lang);
        Some(Export { stem: export::stem(&["liangdian", "matrix"]), markdown })
    }

    fn position(&self, app: &App) -> Option<String> {
        let (d, t) = (app.data.districts.get(*self.cols.get(self.col)?)?, app.data.themes.get(self.row)?);
        let n = self.cols.len();
        Some(format!("{} {}/{n} × {}", d.called(app.lang), self.col + 1, app.lang.both(&t.name, &t.en)))
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        draw(self, frame, app, theme);
    }
}

/// A matrix cell: the district, filtered by the theme when it carries it.
fn open_cell(app: &mut App, theme: usize, district: Option<usize>) -> Flow {
    let Some(district) = district.filter(|&d| d < app.data.districts.len() && theme < app.data.themes.len()) else {
        return Flow::Stay;
    };
    app.focus = Focus::Districts;
    let (d, t) = (&app.data.districts[district].called(app.lang), &app.data.themes[theme]);
    let label = &app.lang.tag(&t.name, &t.en);
    if app.index.carries(district, theme) {
        let back_key = key_of(Ctx::Districts, &Action::Back);
        let notice = app.lang.notice(BrowserMsg::ThemeFiltered { theme: label, back_key: &back_key });
        app.filter_by_theme(theme);
        app.select_district(district);
        app.notice = Some(notice);
    } else {
        let notice =
            app.lang.notice(BrowserMsg::NoHighlightOn { district: d, theme: label, filter_cleared: app.filtering() });
        app.clear_filter();
        app.select_district(district);
        app.notice = Some(notice);
    }
    Flow::Leave
}

/// Row `row` of `name` written downwards in `rows` rows: its character there, ⋮ in the last row when the
/// name is longer, nothing below its end.
fn downwards(name: &str, row: usize, rows: usize) -> String {
    let count = name.chars().count();
    match name.chars().nth(row) {
        Some(_) if row + 1 == rows && count > rows => "⋮".to_string(),
        Some(c) => c.to_string(),
        None => String::new(),
    }
}

/// The matrix: the header of district names, a row per visible theme, the totals.
fn draw(g: &Matrix, frame: &mut Frame, app: &App, theme: &Theme) {
    let p = g.layout(frame.area(), g.cols.len());
    let districts = g.cols.len();
    let first = g.col_offset.min(districts);
    let last = (g.col_offset + p.columns).min(districts);
    let year = g.year.map(|y| format!(" {y}")).unwrap_or_default();
    let title = format!(" {}{year} {}×{} ", app.lang.labels().matrix, app.data.themes.len(), districts);
    let keys = [own_key(&KEYS, Own::Open), key_of(Ctx::Page, &Action::Back)];
    let mut block = frame_block(theme, title, &keys, (0, 0, 0));
    // Which rows and columns are shown when not all of them are, then the cell under the cursor in words
    // ("石景山 × Waste sorting: yes"), which gives way first on a narrow screen (the status line has it too).
    let mut parts = Vec::new();
    let l = app.lang.labels();
    let themes = app.data.themes.len();
    let shown_rows = (p.body.height as usize).min(themes.saturating_sub(g.row_offset));
    if shown_rows < themes {
        parts.push(format!("{} {}–{}/{themes}", l.theme_rows, g.row_offset + 1, g.row_offset + shown_rows));
    }
    if last - first < districts {
        parts.push(format!("{} {}–{}/{districts}", l.district_columns, first + 1, last));
    }
    let at = g.cols.get(g.col).copied();
    if let (Some(col), Some(d), Some(t)) = (at, at.and_then(|d| app.data.districts.get(d)), app.data.themes.get(g.row))
    {
        let carries = app.index.carries(col, g.row);
        let answer = if carries { l.yes } else { l.no };
        parts.push(format!("{} × {}{}{answer}", d.called(app.lang), app.lang.both(&t.name, &t.en), app.lang.colon()));
    }
    let bottom = if parts.is_empty() { String::new() } else { format!(" {} ", parts.join(" · ")) };
    if !bottom.is_empty() {
        block = block.title_bottom(Line::from(Span::styled(bottom, theme.dim())).left_aligned());
    }
    draw_frame(frame, p.block, block);
    let label_width = p.label_width as usize;
    let cell = |d: usize| g.cell(&p, d) as usize;
    // The column in its cell under a name's middle: the second cell of 东城's first character, the first of
    // 石景山's second; downwards, the first cell of the column's character.
    let middle = |d: usize| if p.whole { ((cell(d) - 1) / 2).saturating_sub(1) } else { 0 };
    let pad = |s: String, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(width(&s))));

    // District names along the top, the cursor's column emphasised: across when every name fits whole,
    // else written downwards a character a row (石/景/山), so that no name is cut.
    let rows = p.header.height as usize;
    let header: Vec<Line> = (0..rows)
        .map(|r| {
            let mut spans = vec![Span::raw(" ".repeat(label_width))];
            for d in first..last {
                let name = &app.data.districts[g.cols[d]].name;
                let text = if p.whole { name.to_string() } else { downwards(name, r, rows) };
                let style = if d == g.col { theme.selected(true) } else { Style::new().bold() };
                spans.push(Span::styled(pad(truncate(&text, cell(d) - 1), cell(d) - 1), style));
                spans.push(Span::raw(" "));
            }
            if r + 1 == rows {
                spans.push(Span::styled("  Σ", theme.count()));
            }
            Line::from(fit(spans, p.header.width as usize))
        })
        .collect();
    frame.render_widget(Rows(header), p.header);

    let rows: Vec<Line> = (g.row_offset..app.data.themes.len())
        .take(p.body.height as usize)
        .map(|t| {
            let theme_data = &app.data.themes[t];
            let label = truncate(&app.lang.both(&theme_data.name, &theme_data.en), label_width - 1);
            let label_style = if t == g.row { theme.selected(true) } else { Style::new() };
            let mut spans = vec![Span::styled(pad(label, label_width - 1), label_style), Span::raw(" ")];
            for d in first..last {
                let carries = app.index.carries(g.cols[d], t);
                let mark = if carries { "●" } else { "·" };
                let style = match (t == g.row && d == g.col, carries) {
                    (true, _) => theme.selected(true),
                    (false, true) => theme.tone(Tone::TagOn),
                    (false, false) => theme.dim(),
                };
                // The mark sits under the middle of the name across, under its column downwards.
                let mark = format!("{}{mark}", " ".repeat(middle(d)));
                spans.push(Span::styled(pad(mark, cell(d) - 1), style));
                spans.push(Span::raw(" "));
            }
            spans.push(Span::styled(format!("{:>3}", g.counts.get(t).copied().unwrap_or(0)), theme.count()));
            Line::from(fit(spans, p.body.width as usize))
        })
        .collect();
    frame.render_widget(Rows(rows), p.body);

    let mut totals = vec![Span::styled(pad("Σ".to_string(), label_width), theme.count())];
    for d in first..last {
        // Under the mark: across, the last digit where the mark is; downwards (the mark in the column's first
        // cell), the first digit there.
        let n = app.index.district_themes(g.cols[d]).len().to_string();
        let lead = (middle(d) + 1).saturating_sub(n.len());
        totals.push(Span::styled(pad(format!("{}{n}", " ".repeat(lead)), cell(d)), theme.count()));
    }
    let all: usize = g.counts.iter().sum();
    totals.push(Span::styled(format!("{all:>3}"), theme.count()));
    frame.render_widget(Rows::from(Line::from(fit(totals, p.totals.width as usize))), p.totals);
}

/// The matrix page: where its label column, cells and totals go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MatrixPanes {
    pub block: Rect,
    /// The district names: one row when they stand whole side by side, else a row per character, the
    /// names written downwards as Chinese may be.
    pub header: Rect,
    /// The theme rows.
    pub body: Rect,
    /// The totals row.
    pub totals: Rect,
    pub label_width: u16,
    /// The width of every column, when they are alike (not [`MatrixPanes::whole`]).
    pub cell_width: u16,
    /// Does every district fit with its whole name across, each column as wide as its name?
    pub whole: bool,
    /// How many district columns fit.
    pub columns: usize,
}

/// A column of a name written downwards: one Chinese character and a gap.
pub const CELL: u16 = 3;
const LABEL: u16 = 16;
const TOTAL: u16 = 5;
/// Names written downwards take at most this many rows; a longer one ends in ⋮.
pub const NAME_ROWS: u16 = 4;

/// A district's column when every name is whole across: its name and a gap.
pub fn column(name_width: usize) -> u16 {
    (u16::try_from(name_width).unwrap_or(u16::MAX).saturating_add(1)).max(CELL)
}

/// The matrix for `districts` columns, whose whole names need `whole_names` cells across in all (the sum of
/// [`column()`]) and `name_rows` rows written downwards (the longest name's characters). When they fit
/// across, every name is whole (石景山, 门头沟) and the theme labels get the room left over (up to 32 cells),
/// so long English labels are not cut beside empty space; else the names are written downwards in columns
/// of one character, and as many columns as fit are shown.
pub fn panes(area: Rect, districts: usize, whole_names: u16, name_rows: u16) -> MatrixPanes {
    let block = page_area(area);
    let i = inner(block);
    let i = Rect { x: i.x + 1, width: i.width.saturating_sub(2), ..i };
    let whole = districts > 0 && whole_names.saturating_add(TOTAL + LABEL) <= i.width;
    let cell = CELL;
    let cells = if whole { whole_names } else { (districts as u16).saturating_mul(cell) }.saturating_add(TOTAL);
    let spare = i.width.saturating_sub(cells);
    let label_width = if spare > LABEL { spare.min(32) } else { LABEL.min(i.width / 3) };
    let columns = if whole { districts } else { (i.width.saturating_sub(label_width + TOTAL) / cell) as usize };
    let header_rows = if whole { 1 } else { name_rows.clamp(1, NAME_ROWS) }.min(i.height);
    MatrixPanes {
        block,
        header: Rect { height: header_rows, ..i },
        body: Rect { y: i.y + header_rows, height: i.height.saturating_sub(header_rows + 1), ..i },
        totals: Rect { y: i.y + i.height.saturating_sub(1), height: 1.min(i.height), ..i },
        label_width,
        cell_width: cell,
        whole,
        columns,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matrix_gives_each_name_its_width_when_every_district_fits() {
        // Sixteen districts: fourteen names of two characters, two of three (石景山, 门头沟).
        let names = 14 * column(4) + 2 * column(6);
        assert_eq!(names, 14 * 5 + 2 * 7);
        for width in [120, 200] {
            let m = panes(Rect::new(0, 0, width, 40), 16, names, 3);
            assert!(m.whole && m.columns == 16 && m.header.height == 1, "{width}: {m:?}");
        }
        // At 80 columns the names are written downwards, and all sixteen still fit.
        let narrow = panes(Rect::new(0, 0, 80, 24), 16, names, 3);
        assert!(!narrow.whole && narrow.columns >= 16 && narrow.header.height == 3, "{narrow:?}");
        assert_eq!(narrow.body.y, narrow.header.y + 3);
        let many = panes(Rect::new(0, 0, 200, 60), 10_000, u16::MAX, 9);
        assert_eq!(many.header.height, NAME_ROWS);
        assert!(!many.whole && many.columns < 10_000, "ten thousand never fit: as many alike columns as can");
    }
}
