//! What a keyword search finds: an occurrence (the district, the part of its paragraph, where in that part's
//! text), and the text around it for lists of matches.

use crate::dataset::{Dataset, District};
use crate::lang::{Lang, Texts};

/// A part of a district's paragraph: its lead, or a highlight's title (Chinese or English) or text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Lead,
    /// The lead's English.
    LeadEn,
    /// The n-th highlight's Chinese title.
    Title(usize),
    /// The n-th highlight's English title.
    TitleEn(usize),
    /// The n-th highlight's text.
    Highlight(usize),
    /// The n-th highlight's English text.
    HighlightEn(usize),
}

impl Part {
    /// The highlight the part belongs to (`None` for the lead).
    pub fn highlight(self) -> Option<usize> {
        match self {
            Part::Lead | Part::LeadEn => None,
            Part::Title(h) | Part::TitleEn(h) | Part::Highlight(h) | Part::HighlightEn(h) => Some(h),
        }
    }

    /// Is the part on screen when the texts of district `d` are read in `reading` in the interface of
    /// `lang`? As the detail lays them out: an English text beside or in place of its Chinese, the English
    /// titles in the English interface or when English is read.
    pub fn shown(self, d: &District, reading: Texts, lang: Lang) -> bool {
        let highlight = |h: usize| d.highlights.get(h);
        match self {
            Part::Lead => reading.chinese() || d.lead_en.is_empty(),
            Part::Title(h) => reading != Texts::English || highlight(h).is_none_or(|h| h.title_en.is_empty()),
            Part::Highlight(h) => reading.chinese() || highlight(h).is_none_or(|h| h.text_en.is_empty()),
            Part::TitleEn(_) => lang == Lang::En || reading.english(),
            Part::LeadEn | Part::HighlightEn(_) => reading.english(),
        }
    }

    /// Is it an English text (a title or a translation)?
    pub fn english(self) -> bool {
        matches!(self, Part::TitleEn(_) | Part::LeadEn | Part::HighlightEn(_))
    }

    /// Where the part comes in reading order: the lead and its English, then each highlight's title, English
    /// title, text and English text.
    fn place(self) -> (usize, usize) {
        match self {
            Part::Lead => (0, 0),
            Part::LeadEn => (0, 1),
            Part::Title(h) => (h + 1, 0),
            Part::TitleEn(h) => (h + 1, 1),
            Part::Highlight(h) => (h + 1, 2),
            Part::HighlightEn(h) => (h + 1, 3),
        }
    }
}

impl PartialOrd for Part {
    fn partial_cmp(&self, other: &Part) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Reading order, the order in which the index finds occurrences.
impl Ord for Part {
    fn cmp(&self, other: &Part) -> std::cmp::Ordering {
        self.place().cmp(&other.place())
    }
}

/// One occurrence of a keyword: where it starts and how long it is, in characters of the part's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub district: usize,
    pub part: Part,
    pub start: usize,
    pub len: usize,
}

impl Occurrence {
    /// The text of the part the occurrence is in (empty if the dataset has no such part).
    pub fn text<'a>(&self, data: &'a Dataset) -> &'a str {
        let Some(d) = data.districts.get(self.district) else { return "" };
        let highlight = |h: usize| d.highlights.get(h);
        match self.part {
            Part::Lead => &d.lead,
            Part::LeadEn => &d.lead_en,
            Part::Title(h) => highlight(h).map_or("", |h| h.title.as_str()),
            Part::TitleEn(h) => highlight(h).map_or("", |h| h.title_en.as_str()),
            Part::Highlight(h) => highlight(h).map_or("", |h| h.text.as_str()),
            Part::HighlightEn(h) => highlight(h).map_or("", |h| h.text_en.as_str()),
        }
    }

    /// The occurrence as written, with up to `before` and `after` characters around it.
    pub fn context(&self, data: &Dataset, before: usize, after: usize) -> Context {
        let chars: Vec<char> = self.text(data).chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
        let start = self.start.min(chars.len());
        let end = (self.start + self.len).min(chars.len());
        let from = start.saturating_sub(before);
        let to = end.saturating_add(after).min(chars.len());
        Context {
            before: chars[from..start].iter().collect(),
            hit: chars[start..end].iter().collect(),
            after: chars[end..to].iter().collect(),
            cut: (from > 0, to < chars.len()),
        }
    }
}

/// A match and the text around it (line breaks as spaces), for lists of matches in both faces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub before: String,
    pub hit: String,
    pub after: String,
    /// Was text left out before `before`, or after `after`?
    pub cut: (bool, bool),
}

impl Context {
    /// Before and after, with `…` where text was left out.
    pub fn marked(&self) -> (String, String) {
        let before = if self.cut.0 { format!("…{}", self.before) } else { self.before.clone() };
        let after = if self.cut.1 { format!("{}…", self.after) } else { self.after.clone() };
        (before, after)
    }
}
