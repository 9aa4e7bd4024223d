//! The JSON documents the subcommands print. These structs ARE the documented shapes (README, "JSON
//! output"): field names are stable, fields are only ever added. Every district, theme and highlight carries
//! its id (or number) so that scripts can join one document with another.
//!
//! Numbering: a highlight's `number` counts from 1 within its district, as the text output shows it.
//! Character offsets (`start`, `length`) count Unicode scalar values from 0.

use serde::Serialize;

use crate::dataset::FigureRef;
use crate::dataset::{self, Dataset, District, Figure, Highlight};
use crate::search::SearchIndex;

/// Where the text comes from (the article).
#[derive(Debug, Serialize)]
pub struct Source<'a> {
    pub title: &'a str,
    pub publication: &'a str,
    pub issue: &'a str,
    pub column: &'a str,
    pub year: u16,
    /// The published page; "" when the dataset has none.
    pub url: &'a str,
}

impl<'a> Source<'a> {
    pub fn new(s: &'a dataset::Source) -> Source<'a> {
        let (title, publication, issue, column, url) = (&s.title, &s.publication, &s.issue, &s.column, &s.url);
        Source { title, publication, issue, column, year: s.year, url }
    }
}

/// How much a dataset holds.
#[derive(Debug, Serialize, PartialEq, Eq, Clone, Copy)]
pub struct Summary {
    pub districts: usize,
    pub highlights: usize,
    pub themes: usize,
    pub figures: usize,
}

impl Summary {
    pub fn new(data: &Dataset) -> Summary {
        Summary {
            districts: data.districts.len(),
            highlights: data.highlights().count(),
            themes: data.themes.len(),
            figures: data.highlights().map(|(_, h)| h.figures.len()).sum(),
        }
    }
}

/// A district named where something else is the subject.
#[derive(Debug, Serialize)]
pub struct DistrictRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// The year of its edition, when several editions are read together (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<u16>,
}

impl<'a> DistrictRef<'a> {
    /// Its name, with its edition's year when there are several (海淀 2019).
    pub fn label(&self) -> String {
        self.edition.map_or_else(|| self.name.to_string(), |year| format!("{} {year}", self.name))
    }

    pub fn new(d: &'a District) -> DistrictRef<'a> {
        DistrictRef { id: &d.id, name: &d.name, edition: d.year }
    }
}

/// A theme named where something else is the subject.
#[derive(Debug, Serialize)]
pub struct ThemeRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// English label; empty when the dataset has none.
    pub en: &'a str,
}

impl<'a> ThemeRef<'a> {
    fn all(data: &'a Dataset, indices: impl IntoIterator<Item = usize>) -> Vec<ThemeRef<'a>> {
        indices
            .into_iter()
            .filter_map(|t| data.themes.get(t))
            .map(|t| ThemeRef { id: &t.id, name: &t.name, en: &t.en })
            .collect()
    }
}

/// A highlight named where something else is the subject.
#[derive(Debug, Serialize)]
pub struct HighlightRef<'a> {
    pub number: usize,
    pub title: &'a str,
    pub title_en: &'a str,
}

impl<'a> HighlightRef<'a> {
    pub fn new(h: &'a Highlight, index: usize) -> HighlightRef<'a> {
        HighlightRef { number: index + 1, title: &h.title, title_en: &h.title_en }
    }
}

/// A quantity as the text writes it, and as a number.
#[derive(Debug, Serialize)]
pub struct FigureOut<'a> {
    /// The digits as written: "3.7".
    /// What stands before the number and qualifies it (近: nearly); empty when nothing does.
    pub qualifier: &'a str,
    pub value: &'a str,
    /// The value parsed; `null` only if it is not a number (validation refuses that).
    pub number: Option<f64>,
    /// The number with the unit's 万 and 亿 applied (3.7 亿斤 is 370000000): what `largest` sorts by.
    pub magnitude: Option<f64>,
    pub unit: &'a str,
    pub what: &'a str,
    pub what_en: &'a str,
    /// The quantity as the English text writes it ("1.276 billion yuan"); empty without English.
    pub value_en: &'a str,
}

impl<'a> FigureOut<'a> {
    pub fn new(f: &'a Figure) -> FigureOut<'a> {
        FigureOut {
            qualifier: &f.qualifier,
            value: &f.value,
            number: f.number(),
            magnitude: f.magnitude(),
            unit: &f.unit,
            what: &f.what,
            what_en: &f.what_en,
            value_en: &f.value_en,
        }
    }
}

/// `list`: every district with its counts.
#[derive(Debug, Serialize)]
pub struct List<'a> {
    /// The source of the latest edition read.
    pub source: Source<'a>,
    /// Every edition's source, earliest first, when several are read together (absent otherwise).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub editions: Vec<Source<'a>>,
    pub summary: Summary,
    pub districts: Vec<ListRow<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ListRow<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// The year of its edition, when several editions are read together (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<u16>,

    pub pinyin: &'a str,
    pub en: &'a str,
    pub highlight_count: usize,
    pub theme_count: usize,
    pub figure_count: usize,
}

impl<'a> List<'a> {
    pub fn new(data: &'a Dataset, index: &SearchIndex) -> List<'a> {
        let districts = data
            .districts
            .iter()
            .enumerate()
            .map(|(i, d)| ListRow {
                id: &d.id,
                name: &d.name,
                edition: d.year,
                pinyin: &d.pinyin,
                en: &d.en,
                highlight_count: d.highlights.len(),
                theme_count: index.district_themes(i).len(),
                figure_count: d.highlights.iter().map(|h| h.figures.len()).sum(),
            })
            .collect();
        let editions = data.editions.iter().map(|e| Source::new(&e.source)).collect();
        List { source: Source::new(&data.source), editions, summary: Summary::new(data), districts }
    }
}

/// `show` (and each side of `compare`): one district in full.
#[derive(Debug, Serialize)]
pub struct DistrictOut<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// The year of its edition, when several editions are read together (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition: Option<u16>,

    pub pinyin: &'a str,
    pub en: &'a str,
    pub lead: &'a str,
    /// The lead in English; empty without English (as every `_en` field).
    pub lead_en: &'a str,
    /// The themes it carries, in the dataset's theme order.
    pub themes: Vec<ThemeRef<'a>>,
    pub highlights: Vec<HighlightOut<'a>>,
}

#[derive(Debug, Serialize)]
pub struct HighlightOut<'a> {
    pub number: usize,
    pub title: &'a str,
    pub title_en: &'a str,
    pub text: &'a str,
    pub text_en: &'a str,
    pub themes: Vec<ThemeRef<'a>>,
    pub figures: Vec<FigureOut<'a>>,
}

impl<'a> DistrictOut<'a> {
    pub fn new(data: &'a Dataset, index: &SearchIndex, d: usize) -> DistrictOut<'a> {
        let district = &data.districts[d];
        let highlights = district
            .highlights
            .iter()
            .enumerate()
            .map(|(h, highlight)| HighlightOut {
                number: h + 1,
                title: &highlight.title,
                title_en: &highlight.title_en,
                text: &highlight.text,
                text_en: &highlight.text_en,
                themes: ThemeRef::all(data, index.highlight_themes(d, h).iter().map(|&t| t as usize)),
                figures: highlight.figures.iter().map(FigureOut::new).collect(),
            })
            .collect();
        DistrictOut {
            id: &district.id,
            name: &district.name,
            edition: district.year,
            pinyin: &district.pinyin,
            en: &district.en,
            lead: &district.lead,
            lead_en: &district.lead_en,
            themes: ThemeRef::all(data, index.district_themes(d).iter().map(|&t| t as usize)),
            highlights,
        }
    }
}

/// `search KEYWORD`.
#[derive(Debug, Serialize)]
pub struct Search<'a> {
    pub keyword: &'a str,
    pub totals: SearchTotals,
    pub matches: Vec<Match<'a>>,
}

#[derive(Debug, Serialize)]
pub struct SearchTotals {
    /// Occurrences found.
    pub matches: usize,
    /// Districts with at least one.
    pub districts: usize,
    /// Districts searched (all of them).
    pub districts_searched: usize,
}

#[derive(Debug, Serialize)]
pub struct Match<'a> {
    pub district: DistrictRef<'a>,
    /// `"lead"` or `"highlight"`.
    pub part: &'static str,
    /// The highlight, when the match is in one; `null` in the lead.
    pub highlight: Option<HighlightRef<'a>>,
    /// Offset of the match in the part's text, in characters.
    pub start: usize,
    pub length: usize,
    /// Up to 20 characters before the match, the match as the text writes it, up to 20 characters after.
    pub before: String,
    #[serde(rename = "match")]
    pub matched: String,
    pub after: String,
}

/// `compare A B`.
#[derive(Debug, Serialize)]
pub struct Compare<'a> {
    pub left: DistrictOut<'a>,
    pub right: DistrictOut<'a>,
    pub themes: CompareThemes<'a>,
    /// Figures both count (the same `what`, or the same English for it), side by side: two editions of a
    /// district, say.
    pub figures: Vec<FigurePair<'a>>,
}

#[derive(Debug, Serialize)]
pub struct FigurePair<'a> {
    pub left: FigureOut<'a>,
    pub right: FigureOut<'a>,
}

impl<'a> FigurePair<'a> {
    pub fn all(data: &'a Dataset, pairs: &[(FigureRef, FigureRef)]) -> Vec<FigurePair<'a>> {
        let figure = |r: &FigureRef| &data.districts[r.district].highlights[r.highlight].figures[r.figure];
        pairs
            .iter()
            .map(|(a, b)| FigurePair { left: FigureOut::new(figure(a)), right: FigureOut::new(figure(b)) })
            .collect()
    }
}

#[derive(Debug, Serialize)]
pub struct CompareThemes<'a> {
    pub shared: Vec<ThemeRef<'a>>,
    pub left_only: Vec<ThemeRef<'a>>,
    pub right_only: Vec<ThemeRef<'a>>,
}

impl<'a> CompareThemes<'a> {
    pub fn new(data: &'a Dataset, shared: &[usize], left: &[usize], right: &[usize]) -> CompareThemes<'a> {
        CompareThemes {
            shared: ThemeRef::all(data, shared.iter().copied()),
            left_only: ThemeRef::all(data, left.iter().copied()),
            right_only: ThemeRef::all(data, right.iter().copied()),
        }
    }
}

/// `themes [QUERY]`.
#[derive(Debug, Serialize)]
pub struct Themes<'a> {
    /// The query, or `null` for every theme in dataset order.
    pub query: Option<&'a str>,
    pub themes: Vec<ThemeRow<'a>>,
}

#[derive(Debug, Serialize)]
pub struct ThemeRow<'a> {
    /// 1 for the best match (or the first theme of the dataset when there is no query).
    pub rank: usize,
    pub id: &'a str,
    pub name: &'a str,
    pub en: &'a str,
    pub aliases: &'a [dataset::Text],
    pub district_count: usize,
    pub districts: Vec<DistrictRef<'a>>,
}

/// `figures [DISTRICT]`.
#[derive(Debug, Serialize)]
pub struct Figures<'a> {
    /// The district asked for, or `null` for all.
    pub district: Option<DistrictRef<'a>>,
    /// `"article"`, `"largest"`, `"smallest"` or `"unit"`.
    pub sort: &'static str,
    pub figures: Vec<FigureRow<'a>>,
}

#[derive(Debug, Serialize)]
pub struct FigureRow<'a> {
    pub district: DistrictRef<'a>,
    pub highlight: HighlightRef<'a>,
    #[serde(flatten)]
    pub figure: FigureOut<'a>,
}

impl<'a> FigureRow<'a> {
    pub fn new(data: &'a Dataset, r: &FigureRef) -> FigureRow<'a> {
        let d = &data.districts[r.district];
        let h = &d.highlights[r.highlight];
        FigureRow {
            district: DistrictRef::new(d),
            highlight: HighlightRef::new(h, r.highlight),
            figure: FigureOut::new(&h.figures[r.figure]),
        }
    }
}

/// `check FILE`.
#[derive(Debug, Serialize)]
pub struct Check {
    pub valid: bool,
    pub file: String,
    /// What the dataset holds; `null` when it is not valid.
    pub summary: Option<Summary>,
    /// Every problem found, in the file's order; empty when valid.
    pub problems: Vec<CheckProblem>,
    /// What is worth a look in a valid file (English missing for some texts, a number the English lost).
    pub warnings: Vec<CheckProblem>,
}

#[derive(Debug, Serialize)]
pub struct CheckProblem {
    /// Line and column (from 1), when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The value's path, such as `districts[2].highlights[0].themes[1]`; `null` for a whole-file problem.
    pub path: Option<String>,
    /// Whose problem it is: `district 'dongcheng'`; `null` for a whole-file problem.
    pub subject: Option<String>,
    pub message: String,
    pub hint: String,
}
