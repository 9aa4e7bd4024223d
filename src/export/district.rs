//! A district taken out of the browser: one highlight as plain text for the clipboard, the whole district as
//! Markdown (for a file, for the clipboard, for `liangdian show --format markdown`).

use super::{Clip, citation, sources_markdown};
use crate::dataset::{Dataset, FigureRef, Figures};
use crate::doc::markdown::{escape, heading, paragraph};
use crate::lang::{DocMsg, Lang, Texts};
use crate::search::SearchIndex;

/// Highlight `h` of district `d`: its number and title (with the English one beside it in the English
/// interface), its text, and the citation.
pub fn highlight_clip(data: &Dataset, d: usize, h: usize, lang: Lang, texts: Texts) -> Option<Clip> {
    let district = data.districts.get(d)?;
    let highlight = district.highlights.get(h)?;
    let title = format!("{}. {}", h + 1, highlight.title);
    let heading =
        format!("{} · {}. {}", district.named(), h + 1, texts.title(&highlight.title, &highlight.title_en, lang));
    let body: Vec<&str> = texts.of(&highlight.text, &highlight.text_en).collect();
    let text = format!("{heading}\n{}\n{}\n", body.join("\n"), citation(data.source_of(d), &district.named(), lang));
    Some(Clip { what: format!("{} {title}", district.named()), text })
}

/// The whole district as Markdown, ending with the citation.
pub fn district_clip(data: &Dataset, index: &SearchIndex, d: usize, lang: Lang, texts: Texts) -> Option<Clip> {
    let district = data.districts.get(d)?;
    let mut lines = markdown(data, index, d, 1, lang, texts);
    lines.push(escape(&citation(data.source_of(d), &district.named(), lang)));
    Some(Clip { what: district.named(), text: lines.join("\n") + "\n" })
}

/// The district as a Markdown file's text, ending with the source line.
pub fn district_markdown(data: &Dataset, index: &SearchIndex, d: usize, lang: Lang, texts: Texts) -> String {
    let mut lines = markdown(data, index, d, 1, lang, texts);
    lines.extend(sources_markdown(data, &[d], lang));
    lines.join("\n") + "\n"
}

/// The district's figures in article order.
pub fn district_figures(data: &Dataset, d: usize) -> Vec<FigureRef> {
    Figures::new(data).rows.into_iter().filter(|r| r.district == d).collect()
}

/// A district as Markdown, its heading at `level` (1 for `show`, 2 inside `compare`): names, counts, the
/// lead as a block quote, each highlight as a numbered heading with its text and themes, then the figures.
pub fn markdown(data: &Dataset, index: &SearchIndex, d: usize, level: usize, lang: Lang, texts: Texts) -> Vec<String> {
    let district = &data.districts[d];
    let labels = lang.labels();
    let mut title = format!("{} · {}", district.named(), district.pinyin);
    if !district.en.is_empty() && district.en != district.pinyin {
        title.push_str(&format!(" · {}", district.en));
    }
    let themes = index.district_themes(d).len();
    let mut out = vec![heading(level, &escape(&title)), String::new()];
    out.push(lang.say(DocMsg::Counts { highlights: district.highlights.len(), themes }));
    out.push(String::new());
    let lead = district.lead_as_published();
    for text in texts.of(if district.lead.is_empty() { "" } else { &lead }, &district.lead_en) {
        out.extend([format!("> {}", paragraph(text)), String::new()]);
    }
    for (n, h) in district.highlights.iter().enumerate() {
        let english_title = texts == Texts::English && !h.title_en.is_empty();
        let title = if english_title { &h.title_en } else { &h.title };
        out.extend([heading(level + 1, &format!("{}. {}", n + 1, escape(title))), String::new()]);
        if !english_title && (lang == Lang::En || texts == Texts::Both) && !h.title_en.is_empty() {
            out.extend([format!("*{}*", escape(&h.title_en)), String::new()]);
        }
        for text in texts.of(&h.text, &h.text_en) {
            out.extend([paragraph(text), String::new()]);
        }
        let tags: Vec<String> = index
            .highlight_themes(d, n)
            .iter()
            .filter_map(|&t| data.themes.get(t as usize))
            .map(|t| format!("`{}`", lang.tag(&t.name, &t.en).replace('`', "'")))
            .collect();
        if !tags.is_empty() {
            out.extend([format!("{}{}{}", labels.themes, lang.colon(), tags.join(" ")), String::new()]);
        }
    }
    let rows = district_figures(data, d);
    if !rows.is_empty() {
        out.extend([heading(level + 1, &format!("{} {}", labels.figures, rows.len())), String::new()]);
        out.extend(super::figures::table(data, &rows, lang, false).markdown());
        out.push(String::new());
    }
    out
}
