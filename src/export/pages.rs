//! The pages written out: the match list, the matrix, the figures and the article, as Markdown for `w`, and
//! their rows as plain text for `y`. `liangdian search --format markdown` prints the same match table.

use super::{Clip, citation, source_line, sources_markdown};
use crate::dataset::{Dataset, FigureRef};
use crate::doc::markdown::{escape, heading, paragraph};
use crate::lang::{DocMsg, Lang};
use crate::search::{Occurrence, Part, SearchIndex};

/// Characters of context on each side of a match in Markdown.
const CONTEXT: usize = 20;

/// Where a match is: "2. 冬奥会服务保障", with "(title)" when it is in the title and, in the English interface,
/// the English title after it (last, as the part a narrow line may cut), or "lead".
pub fn place(data: &Dataset, m: &Occurrence, lang: Lang) -> String {
    let d = &data.districts[m.district];
    let Some(h) = m.part.highlight() else {
        let lead = lang.labels().lead;
        return if m.part.english() { lang.aside(lead, lang.labels().in_english) } else { lead.to_string() };
    };
    let title = &d.highlights[h];
    let mut label = format!("{}. {}", h + 1, title.title);
    match m.part {
        Part::Title(_) => label = lang.aside(&label, lang.labels().in_title),
        // The English title is the match's context already: said once, there.
        Part::TitleEn(_) => return lang.aside(&label, lang.labels().in_title_en),
        Part::HighlightEn(_) => label = lang.aside(&label, lang.labels().in_english),
        _ => {}
    }
    if lang == Lang::En && !title.title_en.is_empty() {
        label.push_str(&format!(" {}", title.title_en));
    }
    label
}

/// The matches as a Markdown table: number, district, where, and the match in its context (in bold).
pub fn matches_table(data: &Dataset, matches: &[Occurrence], lang: Lang) -> Vec<String> {
    let l = lang.labels();
    let mut out = vec![format!("| # | {} | {} | {} |", l.col_district, l.col_where, l.col_context)];
    out.push("| --: | --- | --- | --- |".to_string());
    for (i, m) in matches.iter().enumerate() {
        let context = m.context(data, CONTEXT, CONTEXT);
        let (before, after) = context.marked();
        let context = format!("{}**{}**{}", escape(&before), escape(&context.hit), escape(&after));
        let name = escape(&data.districts[m.district].named());
        out.push(format!("| {} | {name} | {} | {context} |", i + 1, escape(&place(data, m, lang))));
    }
    out
}

/// The match list as a Markdown file: its title, the table, the source.
pub fn matches_markdown(data: &Dataset, keyword: &str, matches: &[Occurrence], lang: Lang) -> String {
    let title = lang.say(DocMsg::MatchesTitle { keyword, n: matches.len() });
    let mut out = vec![heading(1, &escape(&title)), String::new()];
    out.extend(matches_table(data, matches, lang));
    out.push(String::new());
    out.extend(sources_markdown(data, &[], lang));
    out.join("\n") + "\n"
}

/// One match: where it is, the sentence around it, and the citation.
pub fn match_clip(data: &Dataset, m: &Occurrence, lang: Lang) -> Clip {
    let name = &data.districts[m.district].named();
    let context = m.context(data, 60, 60);
    let (before, after) = context.marked();
    let what = format!("{name} {}", place(data, m, lang));
    let text =
        format!("{what}\n{before}{}{after}\n{}\n", context.hit, citation(data.source_of(m.district), name, lang));
    Clip { what, text }
}

/// A theme's row of the matrix in words: the theme and the districts of `cols` (the columns shown: one
/// edition's districts) that carry it.
pub fn matrix_row_clip(data: &Dataset, index: &SearchIndex, theme: usize, cols: &[usize], lang: Lang) -> Option<Clip> {
    let t = data.themes.get(theme)?;
    let names: Vec<String> =
        cols.iter().copied().filter(|&d| index.carries(d, theme)).map(|d| data.districts[d].called(lang)).collect();
    let label = if t.en.is_empty() || lang == Lang::Zh { t.name.to_string() } else { lang.aside(&t.name, &t.en) };
    let count = lang.count(names.len(), crate::lang::Noun::District);
    let colon = lang.colon();
    let names = names.join(lang.list_sep());
    let source = cols.first().map_or(&data.source, |&d| data.source_of(d));
    let text = format!("{label}{colon}{count}{colon}{names}\n{}\n", super::citation(source, "", lang));
    Some(Clip { what: label, text })
}

/// The matrix as a Markdown table: a row per theme, a column per district of `cols` (one edition's), ●
/// where it carries the theme.
pub fn matrix_markdown(data: &Dataset, index: &SearchIndex, cols: &[usize], lang: Lang) -> String {
    let l = lang.labels();
    let names: Vec<String> = cols.iter().map(|&d| escape(&data.districts[d].called(lang))).collect();
    let mut out = vec![heading(1, &escape(l.matrix)), String::new()];
    out.push(format!("| {} | {} | Σ |", l.col_theme, names.join(" | ")));
    out.push(format!("| --- |{} --: |", " :-: |".repeat(names.len())));
    for (t, theme) in data.themes.iter().enumerate() {
        let cells: Vec<&str> = cols.iter().map(|&d| if index.carries(d, t) { "●" } else { "" }).collect();
        let label = escape(lang.label(&theme.name, &theme.en));
        let count = cells.iter().filter(|c| !c.is_empty()).count();
        out.push(format!("| {label} | {} | {count} |", cells.join(" | ")));
    }
    out.push(String::new());
    out.extend(sources_markdown(data, &cols[..cols.len().min(1)], lang));
    out.join("\n") + "\n"
}

/// One figure: its value and unit, what it counts, its highlight, and the citation.
pub fn figure_clip(data: &Dataset, r: &FigureRef, lang: Lang) -> Option<Clip> {
    let d = data.districts.get(r.district)?;
    let h = d.highlights.get(r.highlight)?;
    let f = h.figures.get(r.figure)?;
    let what = format!("{} {}", d.called(lang), f.quoted());
    let text = format!(
        "{what} · {} · {}. {}\n{}\n",
        lang.label(&f.what, &f.what_en),
        r.highlight + 1,
        h.title,
        citation(data.source_of(r.district), &d.named(), lang)
    );
    Some(Clip { what, text })
}

/// The figures in the order shown, as a Markdown file.
pub fn figures_markdown(data: &Dataset, rows: &[FigureRef], order: &str, lang: Lang) -> String {
    let title = format!("{} {} · {order}", lang.labels().figures, rows.len());
    let mut out = vec![heading(1, &escape(&title)), String::new()];
    out.extend(super::figures::table(data, rows, lang, true).markdown());
    out.push(String::new());
    out.extend(sources_markdown(data, &[], lang));
    out.join("\n") + "\n"
}

/// The article's own page: title, source, totals, opening and closing.
pub fn overview_markdown(data: &Dataset, lang: Lang) -> String {
    let l = lang.labels();
    let highlights: usize = data.districts.iter().map(|d| d.highlights.len()).sum();
    let figures: usize = data.highlights().map(|(_, h)| h.figures.len()).sum();
    let totals =
        lang.say(DocMsg::Totals { districts: data.districts.len(), highlights, themes: data.themes.len(), figures });
    let mut out =
        vec![heading(1, &escape(&data.source.title)), String::new(), escape(&source_line(&data.source, lang))];
    out.extend([String::new(), totals]);
    for (label, text) in [(l.intro, &data.intro), (l.closing, &data.closing)] {
        if !text.is_empty() {
            out.extend([String::new(), heading(2, label), String::new(), paragraph(text)]);
        }
    }
    out.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matrix_has_a_row_per_theme_and_a_column_per_district() {
        let data = Dataset::embedded().expect("dataset");
        let index = SearchIndex::new(&data);
        let all: Vec<usize> = (0..data.districts.len()).collect();
        let text = matrix_markdown(&data, &index, &all, Lang::Zh);
        let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("| ")).collect();
        assert_eq!(rows.len(), 2 + data.themes.len());
        for row in &rows {
            assert_eq!(row.matches(" |").count(), data.districts.len() + 2, "{row}");
        }
        let marks = text.matches('●').count();
        assert_eq!(marks, index.theme_counts.iter().sum::<usize>());
    }

    #[test]
    fn a_match_is_copied_with_where_it_is_and_its_source() {
        let data = Dataset::embedded().expect("dataset");
        let index = SearchIndex::new(&data);
        let m = index.texts.find("冬奥会", |_| true)[0];
        let clip = match_clip(&data, &m, Lang::Zh);
        assert!(clip.text.contains("冬奥会") && clip.text.contains("出处："), "{}", clip.text);
        assert!(clip.what.starts_with("延庆"), "{}", clip.what);
    }
}
