//! Two districts side by side as Markdown: the themes both carry and those only one carries, then a table
//! whose rows pair the districts' leads and their highlights in order, then the source.

use super::sources_markdown;
use crate::dataset::Dataset;
use crate::doc::compare_header;
use crate::doc::markdown::{escape, heading};
use crate::lang::{Lang, Texts};
use crate::search::SearchIndex;

/// The comparison of districts `l` and `r` as Markdown lines.
pub fn markdown(data: &Dataset, index: &SearchIndex, l: usize, r: usize, lang: Lang, texts: Texts) -> Vec<String> {
    let (left, right) = (&data.districts[l], &data.districts[r]);
    let called = [left.called(lang), right.called(lang)];
    let names = [called[0].as_str(), called[1].as_str()];
    let split = index.split(l, r);
    let mut out = vec![heading(1, &escape(&format!("{} ⇄ {}", names[0], names[1]))), String::new()];
    for (label, _, _, themes) in compare_header::groups(&split, names, lang) {
        let tags: Vec<String> = themes.iter().map(|&t| tag(data, t, lang)).collect();
        let group = lang.say(crate::lang::DocMsg::GroupCount { label: &label, n: themes.len() });
        out.push(format!("- **{}** {}", escape(&group), tags.join(" ")));
    }
    let pairs = crate::dataset::Figures::paired(data, l, r);
    if !pairs.is_empty() {
        let figure =
            |x: &crate::dataset::FigureRef| &data.districts[x.district].highlights[x.highlight].figures[x.figure];
        let counted: Vec<String> = pairs
            .iter()
            .map(|(a, b)| {
                let (fa, fb) = (figure(a), figure(b));
                format!(
                    "{} {} → {}",
                    escape(&lang.both(&fa.what, &fa.what_en)),
                    escape(&fa.quoted()),
                    escape(&fb.quoted())
                )
            })
            .collect();
        let group = lang.say(crate::lang::DocMsg::GroupCount { label: lang.labels().counted_both, n: pairs.len() });
        out.push(format!("- **{}** {}", escape(&group), counted.join("; ")));
    }
    out.push(String::new());
    out.push(format!("| {} | {} |", escape(names[0]), escape(names[1])));
    out.push("| --- | --- |".to_string());
    if !left.lead.is_empty() || !right.lead.is_empty() {
        let lead = |d: &crate::dataset::District| {
            let published = d.lead_as_published();
            let read: Vec<String> = texts.of(&published, &d.lead_en).map(cell).collect();
            read.join("<br>")
        };
        out.push(format!("| {} | {} |", lead(left), lead(right)));
    }
    let rows = left.highlights.len().max(right.highlights.len());
    for n in 0..rows {
        let side = |d: usize| {
            let Some(h) = data.districts[d].highlights.get(n) else { return String::new() };
            let english_title = texts == Texts::English && !h.title_en.is_empty();
            let mut title = format!("**{}. {}**", n + 1, escape(if english_title { &h.title_en } else { &h.title }));
            if !english_title && (lang == Lang::En || texts == Texts::Both) && !h.title_en.is_empty() {
                title.push_str(&format!(" *({})*", escape(&h.title_en)));
            }
            let tags: Vec<String> = index.highlight_themes(d, n).iter().map(|&t| tag(data, t as usize, lang)).collect();
            let read: Vec<String> = texts.of(&h.text, &h.text_en).map(cell).collect();
            format!("{title} {} {}", read.join("<br>"), tags.join(" ")).trim_end().to_string()
        };
        out.push(format!("| {} | {} |", side(l), side(r)));
    }
    // Each district's figures, as `show` lists them.
    for d in [l, r] {
        let rows = super::district::district_figures(data, d);
        if !rows.is_empty() {
            let title = format!("{} · {} {}", data.districts[d].called(lang), lang.labels().figures, rows.len());
            out.extend([String::new(), heading(2, &escape(&title)), String::new()]);
            out.extend(super::figures::table(data, &rows, lang, false).markdown());
        }
    }
    out.push(String::new());
    out.extend(sources_markdown(data, &[l, r], lang));
    out
}

/// A theme as an inline code tag: `垃圾分类` (a pipe escaped even there, as tables need).
fn tag(data: &Dataset, theme: usize, lang: Lang) -> String {
    let t = &data.themes[theme];
    format!("`{}`", lang.tag(&t.name, &t.en).replace('`', "'").replace('|', "\\|"))
}

/// Text for a table cell: escaped (so `|` cannot end the cell) and on one line.
fn cell(text: &str) -> String {
    escape(text).replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_row_pairs_the_two_districts_highlights_in_order() {
        let data = Dataset::embedded().expect("dataset");
        let index = SearchIndex::new(&data);
        let lines = markdown(&data, &index, 0, 1, Lang::Zh, Texts::Chinese);
        assert_eq!(lines[0], "# 东城 ⇄ 西城");
        let start = lines.iter().position(|l| l.starts_with("| ")).expect("a table");
        let table: Vec<&String> = lines[start..].iter().take_while(|l| l.starts_with("| ")).collect();
        assert_eq!(table[0], "| 东城 | 西城 |");
        let rows = data.districts[0].highlights.len().max(data.districts[1].highlights.len());
        // The header, its rule, the leads and one row per highlight of the longer district.
        assert_eq!(table.len(), 3 + rows);
        let first = &data.districts[0].highlights[0];
        assert!(table[3].contains(&format!("**1. {}**", first.title)), "{}", table[3]);
        for row in &table {
            assert_eq!(row.matches(" | ").count(), 1, "two cells, no stray pipe: {row}");
        }
        assert!(lines.iter().rev().nth(1).is_some_and(|l| l.starts_with("出处：")), "the source, then what is added");
        assert_eq!(lines.last().map(String::as_str), Some(Lang::Zh.labels().added));
        assert!(lines.iter().any(|l| l.starts_with("## 东城 · 数据")), "each district's figures follow");
    }
}
