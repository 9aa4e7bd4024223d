//! The dataset's shape, as it is written in YAML.
//!
//! Unknown keys are refused (`deny_unknown_fields`) so that a misspelt key such as `theme:` is reported
//! instead of silently dropping a highlight's tags. English labels are optional: a dataset written only in
//! Chinese loads, and the English interface falls back to the Chinese label.

use serde::{Deserialize, Serialize};

/// Everything the browser shows: one article's highlights, district by district.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub source: Source,
    /// The article's opening paragraph.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub intro: String,
    /// The article's closing paragraph.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub closing: String,
    #[serde(default)]
    pub themes: Vec<Theme>,
    pub districts: Vec<District>,
}

/// Where the text comes from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub publication: String,
    pub issue: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub column: String,
    pub year: u16,
}

/// A subject that recurs across districts (垃圾分类, 专题询问 …).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Kebab-case ASCII, unique; what highlights refer to.
    pub id: String,
    /// Chinese label.
    pub name: String,
    /// English label.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    /// Other words the theme filter also matches.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// One district's paragraph of the article.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    pub id: String,
    /// The name as the article writes it (东城).
    pub name: String,
    /// The romanisation, written rather than computed: 朝阳 is Chaoyang, not Zhaoyang.
    pub pinyin: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
    /// The paragraph's opening sentence.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead: String,
    #[serde(default)]
    pub highlights: Vec<Highlight>,
}

/// One point of a district's paragraph.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Highlight {
    /// A short label for navigation, written by the editors.
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title_en: String,
    /// The article's own sentences.
    pub text: String,
    /// Theme ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
}

/// A quantity written with Arabic numerals in a highlight's text.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The digits as written: "17", "3.7", "99.8".
    pub value: String,
    /// What follows the number in the text: "个", "%", "亿斤", "余次".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// What is counted, in Chinese.
    pub what: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what_en: String,
}

impl Figure {
    /// The value as a number, for sorting; `None` when it is not one (validation reports that).
    pub fn number(&self) -> Option<f64> {
        self.value.trim().parse::<f64>().ok().filter(|n| n.is_finite())
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
    /// The theme ids this district carries, each once, in the order of the dataset's theme list.
    pub fn theme_ids<'a>(&'a self, all: &'a [Theme]) -> impl Iterator<Item = &'a str> + 'a {
        all.iter().map(|t| t.id.as_str()).filter(|id| self.carries(id))
    }

    pub fn carries(&self, theme_id: &str) -> bool {
        self.highlights.iter().any(|h| h.themes.iter().any(|t| t == theme_id))
    }
}
