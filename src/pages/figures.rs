//! Every figure of the dataset (`F`): its district, value, what it counts and its highlight, in the
//! article's order or by size or unit (`s`). Enter shows the figure's highlight.

use std::any::Any;

use crate::ui::Rows;
use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Flow, ListCursor, Page, PageEntry, draw_frame, frame_block, list_page, own, own_key};
use crate::app::{App, Focus};
use crate::dataset::{Dataset, FigureSort, Figures};
use crate::doc::Tone;
use crate::export::{self, Clip, Export};
use crate::keys::{Action, BROWSE, Binding, Ctx, Key, PAGE, PageId, bind, key_of};
use crate::lang::Lang;
use crate::lang::pages as words;
use crate::text::{truncate, width};
use crate::theme::Theme;
use crate::ui::{fit, row};

pub const ID: PageId = PageId("figures");

/// Opens in the order the reader last chose.
pub const ENTRY: PageEntry = PageEntry {
    id: ID,
    open: |app, memo| {
        let sort = memo.and_then(|m| m.downcast_ref::<FigureSort>()).copied().unwrap_or_default();
        Some(Box::new(FiguresPage::new(&app.data, sort)))
    },
    words: &words::FIGURES,
    opens: Some(&OPENS),
    keys: &KEYS,
};

const OPENS: Binding = bind(&[Key::Char('F')], Action::Open(ID), BROWSE, words::FIGURES_OPEN);

/// The figures' own actions: show the figure's highlight, change the order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    Open,
    Sort,
}

const KEYS: [Binding<Own>; 2] = [
    bind(&[Key::Enter], Own::Open, PAGE, words::FIGURES_ENTER),
    bind(&[Key::Char('s')], Own::Sort, PAGE, words::FIGURES_SORT),
];

/// The figures page: the table, its cursor, and the widths of its first two columns (worked out once, as
/// wide as their widest entry, so a frame lays out only the rows it shows).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FiguresPage {
    pub table: Figures,
    pub list: ListCursor,
    name_width: usize,
    value_width: usize,
    /// The widest "what it counts", in English and in Chinese.
    what_width: [usize; 2],
}

/// The district and value columns are at most this wide; a longer entry ends in ….
const NAME_MOST: usize = 12;
const VALUE_MOST: usize = 14;

impl FiguresPage {
    pub fn new(data: &Dataset, sort: FigureSort) -> FiguresPage {
        let mut table = Figures::new(data);
        table.sort_by(data, sort);
        let (mut name_width, mut value_width, mut what_width) = (0, 0, [0, 0]);
        for r in &table.rows {
            let d = &data.districts[r.district];
            let f = &d.highlights[r.highlight].figures[r.figure];
            name_width = name_width.max(width(&d.called(Lang::En)).max(width(&d.called(Lang::Zh))));
            value_width = value_width.max(width(&f.quoted()));
            let what = [f.counted(Lang::En), f.counted(Lang::Zh)];
            what_width = [what_width[0].max(width(&what[0])), what_width[1].max(width(&what[1]))];
        }
        FiguresPage {
            table,
            list: ListCursor::default(),
            // A district's year, when several editions are read, is part of its name: room for " 2021".
            name_width: name_width.min(NAME_MOST + if data.several() { 5 } else { 0 }),
            value_width: value_width.min(VALUE_MOST),
            what_width,
        }
    }

    /// A new order is asked for to see what comes first in it: the page goes to its top.
    pub fn sort_by(&mut self, data: &Dataset, sort: FigureSort) {
        self.table.sort_by(data, sort);
        self.list = ListCursor::default();
    }
}

impl Page for FiguresPage {
    fn entry(&self) -> &'static PageEntry {
        &ENTRY
    }

    fn update(&mut self, app: &mut App, action: &Action) -> Flow {
        let l = list_page(app.size);
        match action {
            Action::Back => Flow::Close,
            Action::PageKey(key) => match own(&KEYS, *key) {
                Some(Own::Sort) => {
                    self.sort_by(&app.data, self.table.sort.next());
                    Flow::Stay
                }
                Some(Own::Open) => {
                    let Some(r) = self.table.rows.get(self.list.cursor).copied() else { return Flow::Stay };
                    app.select_district(r.district);
                    app.focus = Focus::Detail;
                    app.show_highlight(r.highlight);
                    Flow::Leave
                }
                None => Flow::Stay,
            },
            other => super::list_moves(&mut self.list, other, &l, self.table.rows.len()),
        }
    }

    fn derive(&mut self, app: &App) {
        self.list.keep_in_view(self.table.rows.len(), list_page(app.size).rows.height as usize);
    }

    fn copy(&self, app: &App) -> Option<Clip> {
        export::pages::figure_clip(&app.data, self.table.rows.get(self.list.cursor)?, app.lang)
    }

    fn export(&self, app: &App) -> Option<Export> {
        let order = self.table.sort.label(app.lang);
        let markdown = export::pages::figures_markdown(&app.data, &self.table.rows, order, app.lang);
        Some(Export { stem: export::stem(&["liangdian", "figures"]), markdown })
    }

    fn memo(&self) -> Option<Box<dyn Any + Send>> {
        Some(Box::new(self.table.sort))
    }

    fn position(&self, app: &App) -> Option<String> {
        let r = self.table.rows.get(self.list.cursor)?;
        let name = app.data.districts[r.district].named();
        Some(format!("{name} · {}/{}", self.list.cursor + 1, self.table.rows.len()))
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        draw(self, frame, app, theme);
    }
}

/// The table: a header, then the visible rows.
fn draw(page: &FiguresPage, frame: &mut Frame, app: &App, theme: &Theme) {
    let f = &page.table;
    let p = list_page(frame.area());
    let title = format!(" {} {} · {} ", app.lang.labels().figures, f.rows.len(), f.sort.label(app.lang));
    let rows = (page.list.offset, p.rows.height as usize, f.rows.len());
    let keys = [own_key(&KEYS, Own::Sort), own_key(&KEYS, Own::Open), key_of(Ctx::Page, &Action::Back)];
    draw_frame(frame, p.block, frame_block(theme, title, &keys, rows));
    let total = p.rows.width as usize;
    // Columns: district, value, what it counts, then the highlight's title in what is left. Each of the
    // first two is as wide as its widest entry or its heading, and a gap.
    let l = app.lang.labels();
    let name_w = page.name_width.max(width(l.col_district)) + 2;
    let value_w = page.value_width.max(width(l.col_value)) + 1;
    // What is counted takes at most its widest entry, and at most a little over half of what is left.
    let widest = page.what_width[usize::from(app.lang == Lang::Zh)] + 1;
    let what_w = (total.saturating_sub(name_w + value_w + 2) * 11 / 20).min(widest).max(6);
    let cell =
        |s: &str, w: usize| format!("{}{} ", truncate(s, w), " ".repeat(w.saturating_sub(width(&truncate(s, w)))));
    let heading = [l.col_district, l.col_value, l.col_what, l.col_highlight];
    // Values are right-aligned by display width, then a gap of two cells, in the header as in the rows.
    let value_cell = |s: &str| {
        let s = truncate(s, value_w - 1);
        format!("{}{s}  ", " ".repeat((value_w - 1).saturating_sub(width(&s))))
    };
    let header = vec![
        Span::styled(cell(heading[0], name_w - 1), theme.dim()),
        Span::styled(value_cell(heading[1]), theme.dim()),
        Span::styled(cell(heading[2], what_w - 1), theme.dim()),
        Span::styled(heading[3].to_string(), theme.dim()),
    ];
    frame.render_widget(Rows::from(Line::from(fit(header, total))), p.header);
    let lines: Vec<Line> = f
        .rows
        .iter()
        .enumerate()
        .skip(page.list.offset)
        .take(p.rows.height as usize)
        .map(|(i, r)| {
            let d = &app.data.districts[r.district];
            let h = &d.highlights[r.highlight];
            let fig = &h.figures[r.figure];
            let value = value_cell(&fig.quoted());
            let spans = vec![
                Span::styled(cell(&d.called_within(app.lang, name_w - 1), name_w - 1), Style::new().bold()),
                Span::styled(value, theme.tone(Tone::Figure)),
                // What is counted and the title are this dataset's words, in italics as in the detail.
                Span::styled(cell(&fig.counted(app.lang), what_w - 1), Style::new().italic()),
                Span::styled(app.lang.both(&h.title, &h.title_en), theme.dim().italic()),
            ];
            let style = if i == page.list.cursor { theme.selected(true) } else { Style::new() };
            row(spans, Span::raw(""), total, style)
        })
        .collect();
    frame.render_widget(Rows(lines), p.rows);
}
