//! `liangdian show DISTRICT`: one district in full. The text is the browser's own detail (the same
//! builder, at the output's width), followed by the district's figures.

use super::{Failure, Format, Out, district, json};
use crate::dataset::Dataset;
use crate::doc::Tone;
use crate::doc::{self, Doc, Marks};
use crate::search::SearchIndex;

pub fn run(out: &mut Out, data: &Dataset, index: &SearchIndex, name: &str) -> Result<(), Failure> {
    let d = district(data, index, name, out.lang)?;
    match out.format {
        Format::Json => out.json(&json::DistrictOut::new(data, index, d))?,
        Format::Text => {
            let marks = Marks { reading: out.texts, ..Marks::default() };
            print_doc(out, &doc::build(data, index, d, &marks, out.width, out.lang))?;
            figures_text(out, data, d)?;
        }
        Format::Markdown => {
            out.plain(crate::export::district::district_markdown(data, index, d, out.lang, out.texts).trim_end())?;
        }
    }
    Ok(())
}

/// The lines of a laid-out detail, trailing blank lines left out.
pub fn print_doc(out: &mut Out, doc: &Doc) -> std::io::Result<()> {
    let end = doc.lines.iter().rposition(|l| l.spans.iter().any(|(s, _)| !s.trim().is_empty()));
    for line in &doc.lines[..end.map_or(0, |e| e + 1)] {
        out.line(&line.spans)?;
    }
    Ok(())
}

fn figures_text(out: &mut Out, data: &Dataset, d: usize) -> std::io::Result<()> {
    let rows = crate::export::district::district_figures(data, d);
    if rows.is_empty() {
        return Ok(());
    }
    out.blank()?;
    out.toned(&format!("{} {}", out.lang.labels().figures, rows.len()), Tone::Title)?;
    for line in crate::export::figures::table(data, &rows, out.lang, false).text(out.width) {
        out.line(&line)?;
    }
    Ok(())
}
