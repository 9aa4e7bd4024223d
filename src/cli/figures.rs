//! `liangdian figures [DISTRICT]`: the browser's figures table (`F`), in the same orders.

use clap::ValueEnum;

use super::{Failure, Format, Out, district, json};
use crate::dataset::Dataset;
use crate::dataset::FigureSort;
use crate::dataset::{FigureRef, Figures};
use crate::doc::Tone;
use crate::doc::markdown::heading;
use crate::lang::CliMsg;
use crate::search::SearchIndex;

pub fn run(
    out: &mut Out,
    data: &Dataset,
    index: &SearchIndex,
    name: Option<&str>,
    sort: SortArg,
) -> Result<(), Failure> {
    let only = name.map(|n| district(data, index, n, out.lang)).transpose()?;
    let mut figures = Figures::new(data);
    figures.sort_by(data, sort.sort());
    let rows: Vec<FigureRef> = figures.rows.into_iter().filter(|r| only.is_none_or(|d| r.district == d)).collect();
    let empty = rows.is_empty();
    match out.format {
        Format::Json => out.json(&json::Figures {
            district: only.map(|d| json::DistrictRef::new(&data.districts[d])),
            sort: sort.name(),
            figures: rows.iter().map(|r| json::FigureRow::new(data, r)).collect(),
        })?,
        _ if empty => {}
        Format::Text => {
            let title = format!("{} {} · {}", out.lang.labels().figures, rows.len(), sort.sort().label(out.lang));
            out.toned(&title, Tone::Heading)?;
            out.blank()?;
            for line in crate::export::figures::table(data, &rows, out.lang, only.is_none()).text(out.width) {
                out.line(&line)?;
            }
        }
        Format::Markdown => {
            let title = match only {
                Some(d) => format!("{} · {}", out.lang.labels().figures, data.districts[d].named()),
                None => out.lang.labels().figures.to_string(),
            };
            out.plain(&heading(1, &title))?;
            out.blank()?;
            for line in crate::export::figures::table(data, &rows, out.lang, only.is_none()).markdown() {
                out.plain(&line)?;
            }
            let quoted: Vec<usize> = rows.iter().map(|r| r.district).collect();
            out.blank()?;
            for line in crate::export::sources_markdown(data, &quoted, out.lang) {
                out.plain(&line)?;
            }
        }
    }
    match only {
        Some(d) if empty => Err(Failure::NothingFound {
            what: out.lang.say(CliMsg::NoFiguresIn { district: &data.districts[d].name }),
            hint: out.lang.say(CliMsg::NoFiguresInHint),
        }),
        None if empty => Err(Failure::NothingFound {
            what: out.lang.say(CliMsg::NoFigures),
            hint: out.lang.say(CliMsg::NoFiguresHint),
        }),
        _ => Ok(()),
    }
}

/// The order of the figures table, as the browser's `s` key cycles through it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// As the article has them.
    Article,
    Largest,
    Smallest,
    /// By unit, then largest first.
    Unit,
}

impl SortArg {
    pub(super) fn sort(self) -> FigureSort {
        match self {
            SortArg::Article => FigureSort::Article,
            SortArg::Largest => FigureSort::Largest,
            SortArg::Smallest => FigureSort::Smallest,
            SortArg::Unit => FigureSort::Unit,
        }
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            SortArg::Article => "article",
            SortArg::Largest => "largest",
            SortArg::Smallest => "smallest",
            SortArg::Unit => "unit",
        }
    }
}
