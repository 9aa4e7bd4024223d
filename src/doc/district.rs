//! The detail of one district, laid out for a width: a list of lines of toned text.
//!
//! It is built when the selection, the filter, the language or the width changes, never while drawing: a
//! frame only copies the visible lines.

use std::ops::Range;

use crate::dataset::{Dataset, District, Highlight};
use crate::lang::{DocMsg, Lang, Texts};
use crate::search::{Occurrence, Part, SearchIndex};
use crate::text::{truncate, width as text_width, wrap_url};

use super::{Doc, DocLine, SHARED_MARK, Tone, tag, wrap_items, wrap_toned};

/// What to show and emphasise in a district's detail.
#[derive(Debug, Clone, Copy, Default)]
pub struct Marks<'a> {
    /// The texts read: Chinese, English or both.
    pub reading: Texts,
    /// For each theme: does the filter match it? Its tags are emphasised and its highlights get a bar.
    pub theme_on: &'a [bool],
    /// In a comparison, for each theme: does the other district carry it too? Shared tags then read `⇄#…`
    /// and those of this side only a plain `#…`, so the difference shows without colour.
    pub shared: Option<&'a [bool]>,
    /// Keyword occurrences in this district, in reading order.
    pub matches: &'a [Occurrence],
    /// The index in `matches` of the occurrence the reader is on.
    pub current: Option<usize>,
    /// Leave out the counts and the source line (the comparison's narrow columns).
    pub compact: bool,
    /// The bookmarked highlights (by index in the district) and the reader's note on each, maybe empty.
    pub notes: &'a [(usize, String)],
}

/// Highlight blocks are indented: one cell for the bar of a matching highlight, three for the number.
const INDENT: usize = 4;

/// Lays out district `d` of `data` at `width` cells; its themes are read, as indices, from `index`.
pub fn build(data: &Dataset, index: &SearchIndex, d: usize, marks: &Marks, width: usize, lang: Lang) -> Doc {
    let mut doc = Doc { match_rows: vec![0; marks.matches.len()], ..Doc::default() };
    let Some(district) = data.districts.get(d) else { return doc };
    let width = width.max(8);
    heading(&mut doc, district, width);
    if !marks.compact {
        let themes = index.district_themes(d).len();
        let count = lang.say(DocMsg::Counts { highlights: district.highlights.len(), themes });
        doc.lines.push(DocLine { spans: vec![(truncate(&count, width), Tone::Dim)] });
    }
    blank(&mut doc);
    let english = marks.reading.english() && !district.lead_en.is_empty();
    if !district.lead.is_empty() && (marks.reading.chinese() || !english) {
        // As published, with the name that begins the sentence; matches count from the lead's own start.
        let mut lead: Vec<(char, Tone)> = district.lead_as_published().chars().map(|c| (c, Tone::Lead)).collect();
        let prefix = district.lead_prefix();
        let found: Vec<(usize, usize)> =
            tone_matches(&mut lead[prefix..], Part::Lead, marks).into_iter().map(|(i, at)| (i, at + prefix)).collect();
        let rows = paragraph(&mut doc, &lead, width, &[]);
        place_matches(&mut doc, &found, &rows);
        if !english {
            blank(&mut doc);
        }
    }
    if english {
        let tone = if marks.reading.chinese() { Tone::English } else { Tone::Lead };
        let mut lead: Vec<(char, Tone)> = district.lead_en.chars().map(|c| (c, tone)).collect();
        let found = tone_matches(&mut lead, Part::LeadEn, marks);
        let rows = paragraph(&mut doc, &lead, width, &[]);
        place_matches(&mut doc, &found, &rows);
        blank(&mut doc);
    }
    for (n, h) in district.highlights.iter().enumerate() {
        highlight(&mut doc, data, h, index.highlight_themes(d, n), n, marks, width, lang);
        blank(&mut doc);
    }
    if !marks.compact {
        doc.lines.extend(source_lines(data.source_of(d), width, lang));
        // Said once, under the source: the titles, themes and figure notes above are not the article's.
        let added: Vec<(char, Tone)> = lang.labels().added.chars().map(|c| (c, Tone::Dim)).collect();
        paragraph(&mut doc, &added, width, &[]);
    }
    doc
}

/// The source as a page of the article ends, laid out for `width`: the magazine, issue, column and title,
/// then the published page on a line of its own, where it is read (and selected) whole.
pub fn source_lines(s: &crate::dataset::Source, width: usize, lang: Lang) -> Vec<DocLine> {
    let (publication, issue, column, title) = (&s.publication, &s.issue, &s.column, &s.title);
    let source = lang.say(DocMsg::SourceLine { publication, issue, column, title, url: "" });
    let source: Vec<(char, Tone)> = source.chars().map(|c| (c, Tone::Source)).collect();
    let mut lines: Vec<DocLine> = wrap_toned(&source, width).into_iter().map(|(_, spans)| DocLine { spans }).collect();
    lines.extend(wrap_url(&s.url, width).into_iter().map(|l| DocLine { spans: vec![(l, Tone::Source)] }));
    lines
}

fn heading(doc: &mut Doc, d: &District, width: usize) {
    // With several editions read together, the year is part of which text this is.
    let name = match d.year {
        Some(year) => format!("{} {year}", d.name),
        None => d.name.to_string(),
    };
    let mut rest = format!("  {}", d.pinyin);
    if !d.en.is_empty() && d.en != d.pinyin {
        rest.push_str(&format!(" · {}", d.en));
    }
    let room = width.saturating_sub(text_width(&name));
    let mut spans = vec![(name, Tone::Heading)];
    spans.push((truncate(&rest, room), Tone::Sub));
    doc.lines.push(DocLine { spans });
}

#[allow(clippy::too_many_arguments)]
fn highlight(
    doc: &mut Doc,
    data: &Dataset,
    h: &Highlight,
    theme_ids: &[u32],
    n: usize,
    marks: &Marks,
    width: usize,
    lang: Lang,
) {
    let on = theme_ids.iter().any(|&t| marks.theme_on.get(t as usize) == Some(&true));
    let first = doc.lines.len();
    doc.highlight_rows.push(first);
    if on {
        doc.marked_rows.push(first);
    }
    let title_tone = if on { Tone::TitleOn } else { Tone::Title };
    let note = marks.notes.iter().find(|(i, _)| *i == n).map(|(_, note)| note.as_str());
    // The bar of a matching highlight runs down its whole block; a bookmark's mark stands on its first line.
    let bar = || if on { ("▌".to_string(), Tone::Bar) } else { (" ".to_string(), Tone::Plain) };
    let first_bar = || if note.is_some() { ("◆".to_string(), Tone::Bookmark) } else { bar() };
    let pad = || " ".repeat(INDENT - 1);
    let number = format!("{:<width$}", format!("{}.", n + 1), width = INDENT - 1);
    let mut title: Vec<(char, Tone)> = h.title.chars().map(|c| (c, title_tone)).collect();
    let mut found = tone_matches(&mut title, Part::Title(n), marks);
    let english_only = marks.reading == Texts::English && !h.title_en.is_empty();
    if english_only {
        // The English title in the Chinese one's place.
        title = h.title_en.chars().map(|c| (c, title_tone)).collect();
        found = tone_matches(&mut title, Part::TitleEn(n), marks);
    } else if (lang == Lang::En || marks.reading == Texts::Both) && !h.title_en.is_empty() {
        let at = title.len() + 1;
        title.push(('\n', title_tone));
        title.extend(h.title_en.chars().map(|c| (c, Tone::Sub)));
        let in_english = tone_matches(&mut title[at..], Part::TitleEn(n), marks);
        found.extend(in_english.into_iter().map(|(i, start)| (i, start + at)));
    }
    let body = width.saturating_sub(INDENT);
    let mut rows = Vec::new();
    for (i, (range, line)) in wrap_toned(&title, body).into_iter().enumerate() {
        let lead = if i == 0 { number.clone() } else { pad() };
        rows.push((range, doc.lines.len()));
        push_line(doc, vec![if i == 0 { first_bar() } else { bar() }, (lead, title_tone)], line);
    }
    place_matches(doc, &found, &rows);
    if let Some(note) = note.filter(|n| !n.is_empty()) {
        let line = format!("{}{note}", lang.labels().note);
        let chars: Vec<(char, Tone)> = line.chars().map(|c| (c, Tone::Note)).collect();
        for (_, line) in wrap_toned(&chars, body) {
            push_line(doc, vec![bar(), (pad(), Tone::Plain)], line);
        }
    }
    let english = marks.reading.english() && !h.text_en.is_empty();
    let mut texts = Vec::new();
    if marks.reading.chinese() || !english {
        let figures = h.figures.iter().map(|f| (&*f.qualifier, &*f.value, &*f.unit));
        let mut text = figure_tones(&h.text, figures, Tone::Text);
        super::terms::mark(&mut text, &data.glossary);
        texts.push((text, Part::Highlight(n)));
    }
    if english {
        // Under the Chinese it is dimmed, a companion to it; alone it is the text.
        let tone = if marks.reading.chinese() { Tone::English } else { Tone::Text };
        let values = h.figures.iter().filter(|f| !f.value_en.is_empty()).map(|f| ("", &*f.value_en, ""));
        texts.push((figure_tones(&h.text_en, values, tone), Part::HighlightEn(n)));
    }
    for (mut text, part) in texts {
        let found = tone_matches(&mut text, part, marks);
        let mut rows = Vec::new();
        for (range, line) in wrap_toned(&text, body) {
            rows.push((range, doc.lines.len()));
            push_line(doc, vec![bar(), (pad(), Tone::Plain)], line);
        }
        place_matches(doc, &found, &rows);
    }
    let tags: Vec<Vec<(char, Tone)>> = theme_ids
        .iter()
        .map(|&t| {
            let t = t as usize;
            let (mark, tone) = match marks.shared {
                Some(shared) if shared.get(t) == Some(&true) => (Some(SHARED_MARK), Tone::TagShared),
                Some(_) => (None, Tone::TagOwn),
                None if marks.theme_on.get(t) == Some(&true) => (None, Tone::TagOn),
                None => (None, Tone::Tag),
            };
            tag(data, t, mark, tone, lang)
        })
        .collect();
    for line in wrap_items(&tags, body) {
        push_line(doc, vec![bar(), (pad(), Tone::Plain)], line);
    }
}

/// Tones the keyword occurrences that fall in `part`; returns (index in `marks.matches`, start char) of each.
fn tone_matches(text: &mut [(char, Tone)], part: Part, marks: &Marks) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (i, m) in marks.matches.iter().enumerate().filter(|(_, m)| m.part == part) {
        let tone = if marks.current == Some(i) { Tone::MatchCurrent } else { Tone::Match };
        let end = (m.start + m.len).min(text.len());
        text[m.start.min(end)..end].iter_mut().for_each(|(_, t)| *t = tone);
        found.push((i, m.start));
    }
    found
}

/// Records the line each occurrence landed on, from the wrapped paragraph's character ranges.
fn place_matches(doc: &mut Doc, found: &[(usize, usize)], rows: &[(Range<usize>, usize)]) {
    for &(i, start) in found {
        let row = rows.iter().find(|(r, _)| r.contains(&start) || r.end == start).or(rows.last());
        if let (Some((_, row)), Some(slot)) = (row, doc.match_rows.get_mut(i)) {
            *slot = *row;
        }
    }
}

/// A highlight's text in `tone` with each figure (its qualifier, value and unit, as the text has them: in
/// English, its `value_en`) toned as a figure.
fn figure_tones<'a>(
    text: &str,
    figures: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
    tone: Tone,
) -> Vec<(char, Tone)> {
    let chars: Vec<char> = text.chars().collect();
    let mut tones = vec![tone; chars.len()];
    for (qualifier, value, unit) in figures {
        let value: Vec<char> = value.chars().collect();
        let unit: Vec<char> = unit.chars().filter(|c| !c.is_whitespace()).collect();
        let qualifier: Vec<char> = qualifier.chars().filter(|c| !c.is_whitespace()).collect();
        if value.is_empty() {
            continue;
        }
        let mut i = 0;
        while i + value.len() <= chars.len() {
            // A value must not be the tail of a longer number: "100" is not the "00" of "2100".
            let whole = i == 0 || !chars[i - 1].is_ascii_digit();
            // Nor, without a unit to end it, the head of one: "85" is not the start of "850".
            let ends = !unit.is_empty() || chars.get(i + value.len()).is_none_or(|c| !c.is_ascii_digit());
            if whole && ends && chars[i..i + value.len()] == value[..] {
                let mut j = i + value.len();
                while !unit.is_empty() && j < chars.len() && chars[j] == ' ' {
                    j += 1;
                }
                if chars[j..].starts_with(&unit) {
                    let end = j + unit.len();
                    let start = if chars[..i].ends_with(&qualifier) { i - qualifier.len() } else { i };
                    tones[start..end].iter_mut().for_each(|t| *t = Tone::Figure);
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
    }
    chars.into_iter().zip(tones).collect()
}

fn blank(doc: &mut Doc) {
    doc.lines.push(DocLine::default());
}

/// Wraps and appends a paragraph; returns each line's character range and row.
fn paragraph(
    doc: &mut Doc,
    text: &[(char, Tone)],
    width: usize,
    prefix: &[(String, Tone)],
) -> Vec<(Range<usize>, usize)> {
    let mut rows = Vec::new();
    for (range, line) in wrap_toned(text, width) {
        rows.push((range, doc.lines.len()));
        push_line(doc, prefix.to_vec(), line);
    }
    rows
}

fn push_line(doc: &mut Doc, mut spans: Vec<(String, Tone)>, line: Vec<(String, Tone)>) {
    spans.extend(line);
    doc.lines.push(DocLine { spans });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        Dataset::embedded().expect("built-in dataset")
    }

    fn plain(doc: &Doc) -> Vec<String> {
        doc.lines.iter().map(|l| l.spans.iter().map(|(s, _)| s.as_str()).collect()).collect()
    }

    #[test]
    fn no_line_is_wider_than_the_width() {
        let data = data();
        for w in [8, 20, 37, 80, 200] {
            for d in 0..data.districts.len() {
                let doc = build(&data, &SearchIndex::new(&data), d, &Marks::default(), w, Lang::En);
                for l in plain(&doc) {
                    assert!(text_width(&l) <= w, "width {w}: «{l}»");
                }
            }
        }
    }

    #[test]
    fn the_whole_text_is_there() {
        let data = data();
        let doc = build(&data, &SearchIndex::new(&data), 0, &Marks::default(), 50, Lang::Zh);
        let all: String = plain(&doc).concat().chars().filter(|c| !c.is_whitespace()).collect();
        for h in &data.districts[0].highlights {
            let text: String = h.text.chars().filter(|c| !c.is_whitespace()).collect();
            assert!(all.contains(&text), "missing: {}", h.title);
        }
    }

    #[test]
    fn figures_are_toned_where_the_text_has_them() {
        let data = data();
        let doc = build(&data, &SearchIndex::new(&data), 0, &Marks::default(), 200, Lang::Zh);
        let figures: Vec<&str> = doc
            .lines
            .iter()
            .flat_map(|l| &l.spans)
            .filter(|(_, t)| *t == Tone::Figure)
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(figures, ["17个", "3轮", "85个"]);
    }

    #[test]
    fn highlights_of_matching_themes_are_marked_with_a_bar() {
        let data = data();
        let waste = data.themes.iter().position(|t| t.id == "waste-sorting").expect("theme");
        let mut on = vec![false; data.themes.len()];
        on[waste] = true;
        let doc = build(&data, &SearchIndex::new(&data), 0, &Marks { theme_on: &on, ..Marks::default() }, 60, Lang::Zh);
        assert_eq!(doc.marked_rows.len(), 1);
        let row = doc.marked_rows[0];
        assert_eq!(doc.lines[row].spans[0], ("▌".to_string(), Tone::Bar));
        assert_eq!(doc.lines[row].spans[1].0, "2. ");
        assert!(doc.lines.iter().flat_map(|l| &l.spans).any(|(s, t)| *t == Tone::TagOn && s.contains("垃圾分类")));
    }
}

#[cfg(test)]
mod match_tests {
    use super::*;
    use crate::search::TextIndex;

    #[test]
    fn keyword_occurrences_are_toned_and_their_rows_recorded() {
        let data = Dataset::embedded().expect("dataset");
        let yanqing = data.districts.iter().position(|d| d.name == "延庆").expect("延庆");
        let found = TextIndex::new(&data).find("冬奥会", |d| d == yanqing);
        let doc = build(
            &data,
            &SearchIndex::new(&data),
            yanqing,
            &Marks { matches: &found, current: Some(1), ..Marks::default() },
            40,
            Lang::Zh,
        );
        assert_eq!(doc.match_rows.len(), 4, "three in texts, one in a title");
        for (i, &row) in doc.match_rows.iter().enumerate() {
            let line: String = doc.lines[row].spans.iter().map(|(s, _)| s.as_str()).collect();
            let tone = if i == 1 { Tone::MatchCurrent } else { Tone::Match };
            // The occurrence starts on its row (it may wrap onto the next one).
            let toned: String =
                doc.lines[row].spans.iter().filter(|(_, t)| *t == tone).map(|(s, _)| s.as_str()).collect();
            assert!(toned.starts_with('冬'), "row {row}: {line}");
        }
    }

    #[test]
    fn the_lead_opens_with_the_districts_name_as_published_and_a_match_in_it_stays_on_its_words() {
        let data = Dataset::embedded().expect("dataset");
        let found = TextIndex::new(&data).find("人大制度优势", |d| d == 0);
        let marks = Marks { matches: &found, current: Some(0), ..Marks::default() };
        let doc = build(&data, &SearchIndex::new(&data), 0, &marks, 200, Lang::Zh);
        let row = doc.match_rows[0];
        let line: String = doc.lines[row].spans.iter().map(|(s, _)| s.as_str()).collect();
        assert!(line.starts_with("东城 人大常委会充分发挥人大制度优势"), "{line}");
        let toned: String =
            doc.lines[row].spans.iter().filter(|(_, t)| *t == Tone::MatchCurrent).map(|(s, _)| s.as_str()).collect();
        assert_eq!(toned, "人大制度优势");
    }

    #[test]
    fn comparison_tags_say_shared_or_own_without_colour() {
        let data = Dataset::embedded().expect("dataset");
        let shared: Vec<bool> = data.themes.iter().map(|t| t.id == "planning").collect();
        let doc = build(
            &data,
            &SearchIndex::new(&data),
            0,
            &Marks { shared: Some(&shared), compact: true, ..Marks::default() },
            80,
            Lang::Zh,
        );
        let text: String = doc.lines.iter().flat_map(|l| l.spans.iter().map(|(s, _)| s.as_str())).collect();
        assert!(text.contains("⇄#规划"), "{text}");
        assert!(text.contains(" #代表工作") && !text.contains("⇄#代表工作"), "{text}");
        assert!(!text.contains("出处"), "compact leaves the source out");
    }

    #[test]
    fn each_way_of_reading_shows_its_texts_and_a_text_without_english_its_chinese() {
        let mut data = Dataset::embedded().expect("dataset");
        let d = &mut data.districts[0];
        d.lead_en = "The standing committee gave full play to the system.".into();
        d.highlights[1].text_en = "Three rounds of inspections, 85 compounds rechecked;".into();
        d.highlights[0].text_en = "".into();
        let index = SearchIndex::new(&data);
        let text = |reading| {
            let marks = Marks { reading, ..Marks::default() };
            let doc = build(&data, &index, 0, &marks, 200, Lang::Zh);
            let lines: Vec<String> =
                doc.lines.iter().map(|l| l.spans.iter().map(|(s, _)| s.as_str()).collect()).collect();
            lines.join("\n")
        };
        let (zh, en) = ("开展3轮市、区两级人大代表", "Three rounds of inspections, 85 compounds");
        let chinese = text(Texts::Chinese);
        assert!(chinese.contains(zh) && !chinese.contains(en) && !chinese.contains("gave full play"));
        let both = text(Texts::Both);
        let (at_zh, at_en) = (both.find(zh).expect("the Chinese"), both.find(en).expect("the English"));
        assert!(at_zh < at_en, "the English under its Chinese");
        assert!(both.find("充分发挥").expect("the lead") < both.find("gave full play").expect("its English"));
        let english = text(Texts::English);
        assert!(english.contains(en) && !english.contains(zh));
        // The first highlight has no English: its Chinese is read in every way.
        assert!(english.contains("积极推动核心区控规高质量实施"));
    }

    #[test]
    fn in_both_the_english_is_dimmed_and_its_figures_stand_out() {
        let mut data = Dataset::embedded().expect("dataset");
        let h = &mut data.districts[0].highlights[1];
        h.text_en = "3 rounds of inspections, 85 compounds rechecked;".into();
        h.figures[1].value_en = "85".into();
        let index = SearchIndex::new(&data);
        let marks = Marks { reading: Texts::Both, ..Marks::default() };
        let doc = build(&data, &index, 0, &marks, 200, Lang::En);
        let spans: Vec<&(String, Tone)> = doc.lines.iter().flat_map(|l| &l.spans).collect();
        assert!(spans.iter().any(|(s, t)| s.contains("of inspections") && *t == Tone::English), "{spans:?}");
        assert!(spans.iter().any(|(s, t)| s == "85" && *t == Tone::Figure), "{spans:?}");
    }

    #[test]
    fn the_glossarys_terms_are_marked_in_the_chinese_text() {
        let data = Dataset::embedded().expect("dataset");
        let doc = build(&data, &SearchIndex::new(&data), 0, &Marks::default(), 200, Lang::Zh);
        let spans: Vec<&(String, Tone)> = doc.lines.iter().flat_map(|l| &l.spans).collect();
        assert!(spans.iter().any(|(s, t)| s == "控规" && *t == Tone::Term), "{spans:?}");
        assert!(spans.iter().any(|(s, t)| s == "吹哨报到" && *t == Tone::Term));
        // A figure stays a figure.
        assert!(spans.iter().any(|(s, t)| s == "17个" && *t == Tone::Figure));
    }
}
