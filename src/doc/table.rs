//! Tables, built once and printed two ways: laid out for a width as text, or as a Markdown pipe table.
//!
//! In text, columns take the width their content needs; when the line is too narrow, only the columns
//! marked `flex` give up room and their cells wrap (with the same CJK-aware wrapping as the browser). A cell
//! of items (district names) wraps between items, never inside one, so 石景山 is not split over two lines.

use super::{Tone, wrap_toned};
use crate::doc::markdown::escape;
use crate::text::width;

/// Cells between two columns.
const GAP: usize = 2;
/// A flexible column is not squeezed below this (unless its content is narrower).
const MIN_FLEX: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    pub align: Align,
    /// The tone of every cell in the column.
    pub tone: Tone,
    /// May the column shrink and wrap to fit the width?
    pub flex: bool,
    /// May the column be left out when the table cannot fit the width otherwise? The rightmost such column
    /// goes first.
    pub optional: bool,
}

impl Column {
    pub fn left(header: &str, tone: Tone) -> Column {
        Column { header: header.to_string(), align: Align::Left, tone, flex: false, optional: false }
    }

    pub fn right(header: &str, tone: Tone) -> Column {
        Column { align: Align::Right, ..Column::left(header, tone) }
    }

    pub fn flex(header: &str, tone: Tone) -> Column {
        Column { flex: true, ..Column::left(header, tone) }
    }

    /// The column, left out when the table cannot fit its width otherwise.
    pub fn optional(self) -> Column {
        Column { optional: true, ..self }
    }
}

#[derive(Debug, Clone)]
pub enum Cell {
    Text(String),
    /// Short labels that wrap between each other, never inside one.
    Items(Vec<String>),
}

impl Cell {
    fn natural(&self) -> usize {
        match self {
            Cell::Text(s) => width(s),
            Cell::Items(items) => items.iter().map(|s| width(s)).sum::<usize>() + items.len().saturating_sub(1),
        }
    }

    /// The narrowest the cell can be without cutting a word-sized piece.
    fn least(&self) -> usize {
        match self {
            Cell::Text(s) => width(s).min(MIN_FLEX),
            Cell::Items(items) => items.iter().map(|s| width(s)).max().unwrap_or(0),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// Between a cell's items in Markdown (text puts them on lines by width): `, ` or `、`.
    pub list_sep: &'static str,
}

/// One line of text output: runs of one tone.
pub type Line = Vec<(String, Tone)>;

impl Table {
    pub fn new(columns: Vec<Column>) -> Table {
        Table { columns, rows: Vec::new(), list_sep: ", " }
    }

    /// The header and every row, laid out in `total` cells; optional columns are left out, rightmost first,
    /// while the rest cannot fit.
    pub fn text(&self, total: usize) -> Vec<Line> {
        let mut table = self.clone();
        while table.least_width() > total {
            let Some(i) = table.columns.iter().rposition(|c| c.optional) else { break };
            table.columns.remove(i);
            table.rows.iter_mut().filter(|r| i < r.len()).for_each(|r| {
                r.remove(i);
            });
        }
        table.laid_out(total)
    }

    /// The narrowest the table can be: fixed columns at their natural width, flexible ones at their least.
    fn least_width(&self) -> usize {
        let cells = |i: usize| self.rows.iter().filter_map(move |r| r.get(i));
        let column = |i: usize| {
            let header = width(&self.columns[i].header);
            match self.columns[i].flex {
                true => cells(i).map(Cell::least).chain([header.min(MIN_FLEX)]).max().unwrap_or(0),
                false => cells(i).map(Cell::natural).chain([header]).max().unwrap_or(0),
            }
        };
        (0..self.columns.len()).map(column).sum::<usize>() + GAP * self.columns.len().saturating_sub(1)
    }

    fn laid_out(&self, total: usize) -> Vec<Line> {
        let widths = self.widths(total);
        let header: Vec<Vec<Line>> = self
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, &w)| lay_out(&Cell::Text(c.header.clone()), w, Tone::Dim))
            .collect();
        let mut lines = self.join(&header, &widths);
        for row in &self.rows {
            let cells: Vec<Vec<Line>> =
                row.iter().zip(&self.columns).zip(&widths).map(|((cell, c), &w)| lay_out(cell, w, c.tone)).collect();
            lines.extend(self.join(&cells, &widths));
        }
        lines
    }

    /// A Markdown pipe table (cells escaped, items joined with commas).
    pub fn markdown(&self) -> Vec<String> {
        let row = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
        let mut out = vec![row(self.columns.iter().map(|c| escape(&c.header)).collect())];
        out.push(row(self
            .columns
            .iter()
            .map(|c| if c.align == Align::Right { "--:" } else { "---" }.into())
            .collect()));
        for cells in &self.rows {
            out.push(row(cells
                .iter()
                .map(|cell| match cell {
                    Cell::Text(s) => escape(s),
                    Cell::Items(items) => items.iter().map(|s| escape(s)).collect::<Vec<_>>().join(self.list_sep),
                })
                .collect()));
        }
        out
    }

    /// Each column's width: what its content needs, with the flexible columns sharing what is left.
    fn widths(&self, total: usize) -> Vec<usize> {
        let cells = |i: usize| self.rows.iter().filter_map(move |r| r.get(i));
        let natural: Vec<usize> = (0..self.columns.len())
            .map(|i| cells(i).map(Cell::natural).chain([width(&self.columns[i].header)]).max().unwrap_or(0))
            .collect();
        let least: Vec<usize> = (0..self.columns.len())
            .map(|i| cells(i).map(Cell::least).chain([width(&self.columns[i].header).min(MIN_FLEX)]).max().unwrap_or(0))
            .collect();
        let gaps = GAP * self.columns.len().saturating_sub(1);
        let fixed: usize = (0..self.columns.len()).filter(|&i| !self.columns[i].flex).map(|i| natural[i]).sum();
        let mut room = total.saturating_sub(gaps + fixed);
        // Narrow columns first, so that one that needs less than its share leaves the rest to the others.
        let mut flex: Vec<usize> = (0..self.columns.len()).filter(|&i| self.columns[i].flex).collect();
        flex.sort_by_key(|&i| natural[i]);
        let mut widths = natural.clone();
        for (n, &i) in flex.iter().enumerate() {
            let share = room / (flex.len() - n);
            widths[i] = natural[i].min(share.max(least[i]));
            room = room.saturating_sub(widths[i]);
        }
        widths
    }

    /// Puts laid-out cells side by side, padding each to its column.
    fn join(&self, cells: &[Vec<Line>], widths: &[usize]) -> Vec<Line> {
        let height = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let last = self.columns.len().saturating_sub(1);
        (0..height)
            .map(|row| {
                let mut line: Line = Vec::new();
                for (i, column) in self.columns.iter().enumerate() {
                    let spans = cells.get(i).and_then(|c| c.get(row)).cloned().unwrap_or_default();
                    let pad = widths[i].saturating_sub(spans.iter().map(|(s, _)| width(s)).sum());
                    if i > 0 {
                        line.push((" ".repeat(GAP), Tone::Plain));
                    }
                    if column.align == Align::Right {
                        line.push((" ".repeat(pad), Tone::Plain));
                    }
                    line.extend(spans);
                    if column.align == Align::Left && i < last {
                        line.push((" ".repeat(pad), Tone::Plain));
                    }
                }
                line
            })
            .collect()
    }
}

/// A cell's lines at `w` cells.
fn lay_out(cell: &Cell, w: usize, tone: Tone) -> Vec<Line> {
    match cell {
        Cell::Text(s) => {
            let chars: Vec<(char, Tone)> = s.chars().map(|c| (c, tone)).collect();
            wrap_toned(&chars, w).into_iter().map(|(_, spans)| spans).collect()
        }
        Cell::Items(items) => pack(items, w).into_iter().map(|s| vec![(s, tone)]).collect(),
    }
}

/// Items separated by spaces, as many on a line as fit.
pub fn pack(items: &[String], w: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut used = 0;
    for item in items {
        let iw = width(item);
        match lines.last_mut() {
            Some(line) if used + 1 + iw <= w => {
                line.push(' ');
                line.push_str(item);
                used += 1 + iw;
            }
            _ => {
                lines.push(item.clone());
                used = iw;
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.iter().map(|(s, _)| s.as_str()).collect::<String>().trim_end().to_string()).collect()
    }

    #[test]
    fn optional_columns_give_way_rightmost_first_when_the_table_cannot_fit() {
        let mut t = Table::new(vec![
            Column::left("Id", Tone::Dim),
            Column::left("Pinyin", Tone::Plain).optional(),
            Column::flex("English", Tone::Plain).optional(),
            Column::right("Highlights", Tone::Plain),
        ]);
        t.rows.push(["shijingshan", "Shijingshan", "Shijingshan District", "4"].map(|s| Cell::Text(s.into())).to_vec());
        let widest = |total| plain(&t.text(total)).iter().map(|l| width(l)).max().unwrap_or(0);
        assert_eq!(plain(&t.text(80))[0], "Id           Pinyin       English               Highlights");
        assert_eq!(plain(&t.text(50))[0], "Id           Pinyin       English       Highlights", "narrowed first");
        assert_eq!(plain(&t.text(45))[0], "Id           Pinyin       Highlights", "English goes first");
        assert_eq!(plain(&t.text(30))[0], "Id           Highlights", "then Pinyin");
        for total in [80, 50, 40, 30, 25] {
            assert!(widest(total) <= total, "{total}: {:?}", plain(&t.text(total)));
        }
    }

    fn table() -> Table {
        let mut t = Table::new(vec![
            Column::left("Name", Tone::Title),
            Column::right("N", Tone::Plain),
            Column::flex("Districts", Tone::Plain),
        ]);
        let names = ["东城", "西城", "朝阳", "石景山", "门头沟"].map(String::from).to_vec();
        t.rows.push(vec![Cell::Text("垃圾分类".into()), Cell::Text("5".into()), Cell::Items(names)]);
        t
    }

    #[test]
    fn a_wide_table_keeps_each_row_on_one_line() {
        assert_eq!(plain(&table().text(80)), ["Name      N  Districts", "垃圾分类  5  东城 西城 朝阳 石景山 门头沟"]);
    }

    #[test]
    fn a_narrow_table_wraps_items_between_names_and_fits_the_width() {
        let lines = plain(&table().text(28));
        assert_eq!(lines[1..], ["垃圾分类  5  东城 西城 朝阳", "             石景山 门头沟"]);
        assert!(lines.iter().all(|l| width(l) <= 28));
    }

    #[test]
    fn markdown_tables_align_numbers_right_and_escape_pipes() {
        let mut t = Table::new(vec![Column::left("A|B", Tone::Plain), Column::right("N", Tone::Plain)]);
        t.rows.push(vec![Cell::Text("x|y".into()), Cell::Text("1".into())]);
        assert_eq!(t.markdown(), ["| A\\|B | N |", "| --- | --: |", "| x\\|y | 1 |"]);
    }
}
