//! `liangdian list`: the districts with their names and counts.

use super::{Failure, Format, Out, json};
use crate::dataset::Dataset;
use crate::doc::Tone;
use crate::doc::markdown::{escape, heading};
use crate::doc::table::{Cell, Column, Table};
use crate::lang::{DocMsg, Lang};
use crate::search::SearchIndex;

pub fn run(out: &mut Out, data: &Dataset, index: &SearchIndex) -> Result<(), Failure> {
    let list = json::List::new(data, index);
    match out.format {
        Format::Json => out.json(&list)?,
        Format::Text => {
            for line in table(&list, out.lang).text(out.width) {
                out.line(&line)?;
            }
            out.blank()?;
            out.toned(&summary(&list.summary, out.lang), Tone::Dim)?;
        }
        Format::Markdown => {
            out.plain(&heading(1, out.lang.labels().districts))?;
            out.blank()?;
            // Each edition's source when several are read, else the one.
            for source in if list.editions.is_empty() { std::slice::from_ref(&list.source) } else { &list.editions } {
                out.plain(&escape(&source_line(source, out.lang)))?;
            }
            out.blank()?;
            for line in table(&list, out.lang).markdown() {
                out.plain(&line)?;
            }
            out.blank()?;
            out.plain(&escape(&summary(&list.summary, out.lang)))?;
        }
    }
    Ok(())
}

fn table(list: &json::List, lang: Lang) -> Table {
    let l = lang.labels();
    let mut table = Table::new(vec![
        Column::left(l.col_id, Tone::Dim),
        Column::left(l.col_name, Tone::Title),
        Column::left(l.col_pinyin, Tone::Plain).optional(),
        Column::flex(l.col_english_name, Tone::Plain).optional(),
        Column::right(l.col_highlights, Tone::Plain),
        Column::right(l.col_themes, Tone::Plain),
    ]);
    for d in &list.districts {
        table.rows.push(vec![
            Cell::Text(d.id.to_string()),
            Cell::Text(d.edition.map_or_else(|| d.name.to_string(), |year| format!("{} {year}", d.name))),
            Cell::Text(d.pinyin.to_string()),
            Cell::Text(d.en.to_string()),
            Cell::Text(d.highlight_count.to_string()),
            Cell::Text(d.theme_count.to_string()),
        ]);
    }
    table
}

/// "16 districts · 52 highlights · 25 themes · 38 figures".
pub fn summary(s: &json::Summary, lang: Lang) -> String {
    lang.say(DocMsg::Totals { districts: s.districts, highlights: s.highlights, themes: s.themes, figures: s.figures })
}

/// "Source: 《北京人大》杂志 2021年第1期 · 基层人大 · 各区人大常委会2020年工作亮点扫描", as the browser's detail ends.
pub fn source_line(s: &json::Source, lang: Lang) -> String {
    let (publication, issue, column, title, url) = (s.publication, s.issue, s.column, s.title, s.url);
    lang.say(DocMsg::SourceLine { publication, issue, column, title, url })
}
