//! The dataset's shape, as it is written in YAML.
//!
//! Unknown keys are refused (`deny_unknown_fields`) so that a misspelt key such as `theme:` is reported
//! instead of silently dropping a highlight's tags. English labels are optional: a dataset written only in
//! Chinese loads, and the English interface falls back to the Chinese label.

use serde::{Deserialize, Serialize};

use super::exact;
pub use super::rare::RareText;
use crate::lang::Lang;

/// Every string of the dataset. Up to 24 bytes (a theme id, a unit, a title of eight Chinese characters)
/// are kept inline instead of in an allocation of their own, which for a file of 80,000 highlights is the
/// difference between about 780,000 allocations and about 300,000.
pub type Text = compact_str::CompactString;

/// A highlight's theme ids: most highlights have one or two, kept inline; more spill to the heap.
pub type ThemeIds = smallvec::SmallVec<[Text; 2]>;

/// Everything the browser shows: one article's highlights, district by district.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub source: Source,
    /// The article's opening paragraph.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub intro: Text,
    /// The opening paragraph in English: a translation, not the article's (optional, as is every English field).
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub intro_en: Text,
    /// The article's closing paragraph.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub closing: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub closing_en: Text,
    /// Text of the article that `liangdian import` could not place (a paragraph that names no district
    /// between two that do), kept so that nothing is lost; `check` warns of each until it is moved.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "exact::vec")]
    pub unplaced: Vec<Unplaced>,
    #[serde(default)]
    pub themes: Vec<Theme>,
    pub districts: Vec<District>,
    /// The terms explained beside the dataset (from its glossary file, never from the dataset's own YAML).
    #[serde(skip)]
    pub glossary: Vec<super::glossary::Term>,
    /// The articles read: one for a dataset file, several, by year, when editions are read together (see
    /// [`Dataset::together`]); each district says which is its own. Never from the YAML.
    #[serde(skip)]
    pub editions: Vec<super::editions::Edition>,
}

/// Where the text comes from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Text,
    pub publication: Text,
    pub issue: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub column: Text,
    pub year: u16,
    /// The published page, where a reader can check a quotation; optional.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub url: Text,
}

/// A piece of the article not placed by an import, and where it stood.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Unplaced {
    /// What it followed: `intro`, a district's id, or empty when it came before everything.
    #[serde(default)]
    pub after: Text,
    pub text: Text,
}

/// A subject that recurs across districts (垃圾分类, 专题询问 …).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Kebab-case ASCII, unique; what highlights refer to.
    pub id: Text,
    /// Chinese label.
    pub name: Text,
    /// English label.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub en: Text,
    /// Other words the theme filter also matches.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "exact::vec")]
    pub aliases: Vec<Text>,
}

/// One district's paragraph of the article.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    pub id: Text,
    /// The name as the article writes it (东城).
    pub name: Text,
    /// The romanisation, written rather than computed: 朝阳 is Chaoyang, not Zhaoyang.
    pub pinyin: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub en: Text,
    /// The paragraph's opening sentence.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub lead: Text,
    /// The opening sentence in English, with the district's name as the article's begins with it.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub lead_en: Text,
    #[serde(default, deserialize_with = "exact::vec")]
    pub highlights: Vec<Highlight>,
    /// The edition it is from: an index into [`Dataset::editions`] (0 when there is one).
    #[serde(skip)]
    pub edition: usize,
    /// Its edition's year when several editions are read together, named beside the district wherever it is
    /// named (海淀 2019); `None` with one edition, which needs no naming.
    #[serde(skip)]
    pub year: Option<u16>,
}

/// One point of a district's paragraph.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Highlight {
    /// A short label for navigation, written by the editors.
    pub title: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub title_en: Text,
    /// The article's own sentences.
    pub text: Text,
    /// The same sentences in English: a faithful translation that keeps every number.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub text_en: Text,
    /// Theme ids.
    #[serde(default, skip_serializing_if = "ThemeIds::is_empty")]
    pub themes: ThemeIds,
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "exact::vec")]
    pub figures: Vec<Figure>,
}

/// A quantity written with Arabic numerals in a highlight's text.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// What stands before the number in the text and qualifies it: 近 (nearly) in 近700. 多 and 余 follow
    /// the number and stay in the unit.
    #[serde(default, skip_serializing_if = "RareText::is_empty")]
    pub qualifier: RareText,
    /// The digits as written: "17", "3.7", "99.8".
    pub value: Text,
    /// What follows the number in the text: "个", "%", "亿斤", "余次".
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub unit: Text,
    /// What is counted, in Chinese.
    pub what: Text,
    #[serde(default, skip_serializing_if = "RareText::is_empty")]
    pub what_en: RareText,
    /// The quantity as the English text writes it (1.276 billion yuan, nearly 700, 85).
    #[serde(default, skip_serializing_if = "RareText::is_empty")]
    pub value_en: RareText,
}

impl Figure {
    /// The quantity as the text writes it, as every view shows it: 近700名, 3.7亿斤, 40余次.
    pub fn quoted(&self) -> String {
        format!("{}{}{}", self.qualifier, self.value, self.unit)
    }

    /// What is counted as a reader of `lang` reads it: the Chinese, and in English the English beside it,
    /// led by the quantity as the English text writes it when that is words and not only digits
    /// (1.276 billion yuan · 大桃总产值 total peach output value; nearly 700 · …; but not 5,422 or 85%).
    pub fn counted(&self, lang: Lang) -> String {
        let what = lang.both(&self.what, &self.what_en);
        match lang {
            Lang::En if self.value_en.chars().any(char::is_alphabetic) => format!("{} · {what}", self.value_en),
            _ => what,
        }
    }

    /// The value as a number, for sorting; `None` when it is not one (validation reports that). Thousands
    /// separators are read as the text writes them (1,200).
    pub fn number(&self) -> Option<f64> {
        let value = self.value.trim();
        // Checked for every figure of every load: most values have no separator to remove, nor need a copy.
        let number = if value.contains(',') { value.replace(',', "").parse::<f64>() } else { value.parse::<f64>() };
        number.ok().filter(|n| n.is_finite())
    }

    /// The quantity with the multipliers its unit begins with applied: 3.7 with 亿斤 is 370,000,000, 20
    /// with 万元 is 200,000. For ranking figures by size; 百 and 千 count only before 万 or 亿 (百万, 千万),
    /// so 百分点 stays a percentage point.
    pub fn magnitude(&self) -> Option<f64> {
        let unit: Vec<char> = self.unit.trim().chars().collect();
        let mut scale = 1.0;
        for (i, c) in unit.iter().enumerate() {
            let large_next = matches!(unit.get(i + 1), Some('万' | '亿'));
            scale *= match c {
                '万' => 1e4,
                '亿' => 1e8,
                '百' if large_next => 1e2,
                '千' if large_next => 1e3,
                _ => break,
            };
        }
        self.number().map(|n| n * scale).filter(|n| n.is_finite())
    }
}

impl Dataset {
    /// All highlights of all districts with their district, in reading order.
    pub fn highlights(&self) -> impl Iterator<Item = (&District, &Highlight)> {
        self.districts.iter().flat_map(|d| d.highlights.iter().map(move |h| (d, h)))
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }
}

impl District {
    /// The district as a reader of `lang` names it: 东城 in Chinese; in English its romanised name with the
    /// Chinese beside it (Dongcheng 东城), so the original can still be quoted.
    pub fn called(&self, lang: Lang) -> String {
        let name = match lang {
            Lang::En if !self.pinyin.is_empty() && self.pinyin != self.name => format!("{} {}", self.pinyin, self.name),
            _ => self.name.to_string(),
        };
        match self.year {
            Some(year) => format!("{name} {year}"),
            None => name,
        }
    }

    /// [`District::called`] when it fits in `cells`, else the name in `lang` alone (with its edition's year
    /// when there are several).
    pub fn called_within(&self, lang: Lang, cells: usize) -> String {
        let called = self.called(lang);
        if crate::text::width(&called) <= cells {
            return called;
        }
        match self.year {
            Some(year) => format!("{} {year}", self.short(lang)),
            None => self.short(lang).to_string(),
        }
    }

    /// Its Chinese name, with its edition's year when several are read (海淀 2019): where a text names it
    /// as the article does.
    pub fn named(&self) -> String {
        match self.year {
            Some(year) => format!("{} {year}", self.name),
            None => self.name.to_string(),
        }
    }

    /// The district's name in `lang` alone, where there is no room for both: Dongcheng, 东城.
    pub fn short(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.pinyin.is_empty() => &self.pinyin,
            _ => &self.name,
        }
    }

    /// How many characters the published sentence puts before the lead: the district's name and a space
    /// (东城 人大常委会…), or nothing when the lead begins with the name itself, or with the name after a list
    /// mark (◆海淀区…, （六）门头沟区…, 1. 丰台…).
    pub fn lead_prefix(&self) -> usize {
        let marked = self.lead.find(self.name.as_str()).is_some_and(|at| {
            let before = &self.lead[..at];
            before.chars().count() <= 3 && before.chars().any(|c| !c.is_alphabetic())
        });
        if self.lead.is_empty() || self.lead.starts_with(self.name.as_str()) || marked {
            0
        } else {
            self.name.chars().count() + 1
        }
    }

    /// The district's paragraph as the article prints it: the lead with the name that begins it, then every
    /// highlight's text, run together; no title, theme or figure note, which are this dataset's own.
    pub fn as_published(&self) -> String {
        let mut out = self.lead_as_published();
        for h in &self.highlights {
            out.push_str(&h.text);
        }
        out
    }

    /// The lead as the article prints it, beginning with the district's name (东城 人大常委会充分发挥…), so it
    /// never reads as a fragment.
    pub fn lead_as_published(&self) -> String {
        match self.lead_prefix() {
            0 => self.lead.to_string(),
            _ => format!("{} {}", self.name, self.lead),
        }
    }

    /// The theme ids this district carries, each once, in the order of the dataset's theme list.
    pub fn theme_ids<'a>(&'a self, all: &'a [Theme]) -> impl Iterator<Item = &'a str> + 'a {
        all.iter().map(|t| t.id.as_str()).filter(|id| self.carries(id))
    }

    pub fn carries(&self, theme_id: &str) -> bool {
        self.highlights.iter().any(|h| h.themes.iter().any(|t| t == theme_id))
    }
}
