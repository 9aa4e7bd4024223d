//! Figures as a table: the browser's figures page written out, `liangdian figures`, and a district's figures
//! under its highlights.

use crate::dataset::{Dataset, FigureRef};
use crate::doc::Tone;
use crate::doc::table::{Cell, Column, Table};
use crate::lang::Lang;

/// Value (with its unit), what it counts and its highlight; with the district first when `with_district`.
pub fn table(data: &Dataset, rows: &[FigureRef], lang: Lang, with_district: bool) -> Table {
    let l = lang.labels();
    let mut columns = vec![
        Column::right(l.col_value, Tone::Figure),
        Column::flex(l.col_what, Tone::Plain),
        Column::flex(l.col_highlight, Tone::Dim),
    ];
    if with_district {
        columns.insert(0, Column::left(l.col_district, Tone::Title));
    }
    let mut table = Table::new(columns);
    for r in rows {
        let d = &data.districts[r.district];
        let hl = &d.highlights[r.highlight];
        let f = &hl.figures[r.figure];
        let mut row = vec![
            Cell::Text(f.quoted()),
            Cell::Text(f.counted(lang)),
            Cell::Text(format!("{}. {}", r.highlight + 1, lang.both(&hl.title, &hl.title_en))),
        ];
        if with_district {
            row.insert(0, Cell::Text(d.called(lang)));
        }
        table.rows.push(row);
    }
    table
}
