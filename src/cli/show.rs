//! `liangdian show DISTRICT`: one district in full. The text is the browser's own detail (the same
//! builder, at the output's width), followed by the district's figures.

use super::markdown::{escape, heading, paragraph};
use super::{Failure, Format, Out, district, figures, json, list};
use crate::dataset::Dataset;
use crate::dataset::{FigureRef, Figures};
use crate::doc::Tone;
use crate::doc::{self, Doc, Marks};
use crate::lang::{Lang, Msg};
use crate::search::SearchIndex;

pub fn run(out: &mut Out, data: &Dataset, index: &SearchIndex, name: &str) -> Result<(), Failure> {
    let d = district(data, index, name)?;
    match out.format {
        Format::Json => out.json(&json::DistrictOut::new(data, index, d))?,
        Format::Text => {
            print_doc(out, &doc::build(data, index, d, &Marks::default(), out.width, out.lang))?;
            figures_text(out, data, d)?;
        }
        Format::Markdown => {
            for line in markdown(data, index, d, 1, out.lang) {
                out.plain(&line)?;
            }
            let s = json::Source::new(&data.source);
            out.plain(&escape(&list::source_line(&s, out.lang)))?;
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
    let rows = district_figures(data, d);
    if rows.is_empty() {
        return Ok(());
    }
    out.blank()?;
    out.toned(&format!("{} {}", out.lang.labels().figures, rows.len()), Tone::Title)?;
    for line in figures::table(data, &rows, out.lang, false).text(out.width) {
        out.line(&line)?;
    }
    Ok(())
}

/// The district's figures in article order.
fn district_figures(data: &Dataset, d: usize) -> Vec<FigureRef> {
    Figures::new(data).rows.into_iter().filter(|r| r.district == d).collect()
}

/// A district as Markdown, its heading at `level` (1 for `show`, 2 inside `compare`): names, counts, the
/// lead as a block quote, each highlight as a numbered heading with its text and themes, then the figures.
pub fn markdown(data: &Dataset, index: &SearchIndex, d: usize, level: usize, lang: Lang) -> Vec<String> {
    let district = &data.districts[d];
    let labels = lang.labels();
    let mut title = format!("{} · {}", district.name, district.pinyin);
    if !district.en.is_empty() && district.en != district.pinyin {
        title.push_str(&format!(" · {}", district.en));
    }
    let themes = index.district_themes.get(d).map_or(0, Vec::len);
    let mut out = vec![heading(level, &escape(&title)), String::new()];
    out.push(lang.say(Msg::Counts { highlights: district.highlights.len(), themes }));
    out.push(String::new());
    if !district.lead.is_empty() {
        out.extend([format!("> {}", escape(&district.lead)), String::new()]);
    }
    for (n, h) in district.highlights.iter().enumerate() {
        out.extend([heading(level + 1, &format!("{}. {}", n + 1, escape(&h.title))), String::new()]);
        if lang == Lang::En && !h.title_en.is_empty() {
            out.extend([format!("*{}*", escape(&h.title_en)), String::new()]);
        }
        out.extend([paragraph(&h.text), String::new()]);
        let tags: Vec<String> = index
            .highlight_themes(d, n)
            .iter()
            .filter_map(|&t| data.themes.get(t))
            .map(|t| format!("`{}`", lang.label(&t.name, &t.en).replace('`', "'")))
            .collect();
        if !tags.is_empty() {
            out.extend([format!("{}: {}", labels.themes, tags.join(" ")), String::new()]);
        }
    }
    let rows = district_figures(data, d);
    if !rows.is_empty() {
        out.extend([heading(level + 1, &format!("{} {}", labels.figures, rows.len())), String::new()]);
        out.extend(figures::table(data, &rows, lang, false).markdown());
        out.push(String::new());
    }
    out
}
