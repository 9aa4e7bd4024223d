//! `liangdian themes [QUERY]`: the themes with the districts that carry them; with a query, only the themes
//! it matches, ranked exactly as the browser's filter ranks them (the same `SearchIndex::filter`).

use super::{Failure, Format, Out, json};
use crate::dataset::Dataset;
use crate::doc::Tone;
use crate::doc::markdown::{escape, heading};
use crate::doc::table::{Cell, Column, Table};
use crate::lang::CliMsg;
use crate::lang::Lang;
use crate::search::SearchIndex;

pub fn run(out: &mut Out, data: &Dataset, index: &SearchIndex, query: Option<&str>) -> Result<(), Failure> {
    let query = query.filter(|q| !q.trim().is_empty());
    let filtered = index.filter(query.unwrap_or(""));
    let rows: Vec<json::ThemeRow> = filtered
        .themes
        .iter()
        .enumerate()
        .filter_map(|(rank, hit)| {
            let theme = data.themes.get(hit.theme)?;
            let districts: Vec<json::DistrictRef> = (0..data.districts.len())
                .filter(|&d| index.carries(d, hit.theme))
                .map(|d| json::DistrictRef::new(&data.districts[d]))
                .collect();
            Some(json::ThemeRow {
                rank: rank + 1,
                id: &theme.id,
                name: &theme.name,
                en: &theme.en,
                aliases: &theme.aliases,
                district_count: districts.len(),
                districts,
            })
        })
        .collect();
    let empty = rows.is_empty();
    match out.format {
        Format::Json => out.json(&json::Themes { query, themes: rows })?,
        _ if empty => {}
        Format::Text => {
            for line in table(&rows, out.lang).text(out.width) {
                out.line(&line)?;
            }
        }
        Format::Markdown => {
            let title = match query {
                Some(q) => format!("{} · {}", out.lang.labels().themes, out.lang.quote(&escape(q))),
                None => out.lang.labels().themes.to_string(),
            };
            out.plain(&heading(1, &title))?;
            out.blank()?;
            for line in table(&rows, out.lang).markdown() {
                out.plain(&line)?;
            }
            out.blank()?;
            for line in crate::export::sources_markdown(data, &[], out.lang) {
                out.plain(&line)?;
            }
        }
    }
    if empty {
        let Some(query) = query else {
            return Err(Failure::NothingFound {
                what: out.lang.say(CliMsg::NoThemes),
                hint: out.lang.say(CliMsg::NoThemesHint),
            });
        };
        return Err(Failure::NothingFound {
            what: out.lang.say(CliMsg::NoThemeMatches { query }),
            hint: out.lang.say(CliMsg::NoThemeMatchesHint),
        });
    }
    Ok(())
}

fn table(rows: &[json::ThemeRow], lang: Lang) -> Table {
    let l = lang.labels();
    let mut table = Table::new(vec![
        Column::right("#", Tone::Dim),
        Column::left(l.col_theme, Tone::Title),
        Column::flex(l.col_english, Tone::Plain),
        Column::right(l.col_district_count, Tone::Plain),
        Column::flex(l.districts, Tone::Plain),
    ]);
    table.list_sep = lang.list_sep();
    for row in rows {
        table.rows.push(vec![
            Cell::Text(row.rank.to_string()),
            Cell::Text(row.name.to_string()),
            Cell::Text(row.en.to_string()),
            Cell::Text(row.district_count.to_string()),
            Cell::Items(row.districts.iter().map(json::DistrictRef::label).collect()),
        ]);
    }
    table
}
