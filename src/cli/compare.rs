//! `liangdian compare A B`: the themes both districts carry and those only one carries, then both texts,
//! laid out by the browser's own detail builder with its `⇄#` (shared) and plain `#` (one side) tags.

use super::{Failure, Format, Out, district, json, show};
use crate::dataset::Dataset;
use crate::doc::Tone;
use crate::doc::compare_header;
use crate::doc::{self, DocLine, Marks};
use crate::lang::CliMsg;
use crate::search::{SearchIndex, ThemeSplit};
use crate::text::width;

/// From this width on, the two districts stand side by side (each column then has 48 cells or more).
pub const TWO_COLUMNS: usize = 100;
const SEPARATOR: &str = " │ ";

pub fn run(out: &mut Out, data: &Dataset, index: &SearchIndex, names: [&str; 2]) -> Result<(), Failure> {
    let (l, r) = (district(data, index, names[0], out.lang)?, district(data, index, names[1], out.lang)?);
    if l == r {
        return Err(Failure::Usage {
            what: out.lang.say(CliMsg::SameDistrict { a: names[0], b: names[1], name: &data.districts[l].name }),
            hint: out.lang.say(CliMsg::SameDistrictHint),
        });
    }
    let split = index.split(l, r);
    match out.format {
        Format::Json => out.json(&json::Compare {
            left: json::DistrictOut::new(data, index, l),
            right: json::DistrictOut::new(data, index, r),
            themes: json::CompareThemes::new(data, &split.shared, &split.left, &split.right),
            figures: json::FigurePair::all(data, &crate::dataset::Figures::paired(data, l, r)),
        })?,
        Format::Text => text(out, data, index, &split, l, r)?,
        Format::Markdown => markdown(out, data, index, l, r)?,
    }
    Ok(())
}

fn text(
    out: &mut Out,
    data: &Dataset,
    index: &SearchIndex,
    split: &ThemeSplit,
    l: usize,
    r: usize,
) -> std::io::Result<()> {
    let called = [l, r].map(|d| data.districts[d].called(out.lang));
    let names = [called[0].as_str(), called[1].as_str()];
    out.toned(&format!("{} ⇄ {}", names[0], names[1]), Tone::Heading)?;
    let figures = crate::dataset::Figures::paired(data, l, r);
    for line in compare_header::header(data, split, &figures, names, out.lang, out.width, false).lines {
        out.line(&line.spans)?;
    }
    out.blank()?;
    let shared: Vec<bool> = (0..data.themes.len()).map(|t| split.shared.contains(&t)).collect();
    let marks = Marks { shared: Some(&shared), compact: true, reading: out.texts, ..Marks::default() };
    if out.width >= TWO_COLUMNS {
        let column = (out.width - width(SEPARATOR)) / 2;
        let docs = [l, r].map(|d| doc::build(data, index, d, &marks, column, out.lang));
        let trimmed = |lines: &[DocLine]| {
            lines.iter().rposition(|l| l.spans.iter().any(|(s, _)| !s.trim().is_empty())).map_or(0, |e| e + 1)
        };
        let rows = trimmed(&docs[0].lines).max(trimmed(&docs[1].lines));
        for i in 0..rows {
            let left = docs[0].lines.get(i).map(|l| l.spans.clone()).unwrap_or_default();
            let used: usize = left.iter().map(|(s, _)| width(s)).sum();
            let mut line = left;
            line.push((" ".repeat(column.saturating_sub(used)), Tone::Plain));
            line.push((SEPARATOR.to_string(), Tone::Dim));
            line.extend(docs[1].lines.get(i).map(|l| l.spans.clone()).unwrap_or_default());
            out.line(&line)?;
        }
    } else {
        show::print_doc(out, &doc::build(data, index, l, &marks, out.width, out.lang))?;
        out.blank()?;
        out.toned(&"─".repeat(out.width), Tone::Dim)?;
        out.blank()?;
        show::print_doc(out, &doc::build(data, index, r, &marks, out.width, out.lang))?;
    }
    Ok(())
}

fn markdown(out: &mut Out, data: &Dataset, index: &SearchIndex, l: usize, r: usize) -> std::io::Result<()> {
    for line in crate::export::compare::markdown(data, index, l, r, out.lang, out.texts) {
        out.plain(&line)?;
    }
    Ok(())
}
