//! The glossary: Beijing's and the congresses' terms the article uses (控规, 吹哨报到, 两站一室 …), each with
//! its pinyin, its English, a short explanation in Chinese and in English, and the highlights that use it.
//! The shipped dataset comes with `assets/districts.glossary.yaml`; a reader's `mine.yaml` may come with
//! `mine.glossary.yaml` beside it, or with none. It is checked against the dataset it explains: a term no
//! text holds, or a list of highlights that is not the list of those holding it, is an error with its
//! line and column.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::{LoadError, Owner, Problem, Rule};
use super::locate;
use super::sanitize::{Field, sanitize};
use super::schema::{Dataset, Text};

/// The glossary shipped with the embedded dataset.
pub const EMBEDDED_GLOSSARY: &str = include_str!("../../assets/districts.glossary.yaml");

/// A glossary file as it is written.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

/// One term.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// As the article writes it, so it is found in its texts.
    pub term: Text,
    pub pinyin: Text,
    pub en: Text,
    /// One or two sentences in Chinese.
    pub zh: Text,
    /// One or two sentences in English.
    pub explain: Text,
    /// The highlights whose text holds the term: `"dongcheng 2"` (the district's id and the highlight's
    /// number from 1).
    #[serde(default)]
    pub highlights: Vec<Text>,
}

impl Term {
    /// The highlights using the term, as (district, highlight) indices, in the dataset's order.
    pub fn places(&self, data: &Dataset) -> Vec<(usize, usize)> {
        uses(data, &self.term)
    }

    /// Does `keyword` name this term: its Chinese, its pinyin (tone marks, white space and case aside) or its
    /// English?
    pub fn is(&self, keyword: &str) -> bool {
        let fold = |s: &str| s.chars().filter(|c| !c.is_whitespace()).map(toneless).collect::<String>().to_lowercase();
        let keyword = fold(keyword);
        fold(&self.term) == keyword || fold(&self.pinyin) == keyword || fold(&self.en).trim_matches('"') == keyword
    }
}

impl Term {
    /// Is `query` (lower case) part of the term's Chinese, its pinyin (tones and spaces aside) or its
    /// English?
    pub fn holds(&self, query: &str) -> bool {
        let pinyin: String = self.pinyin.chars().filter(|c| !c.is_whitespace()).map(toneless).collect();
        let query_plain: String = query.chars().filter(|c| !c.is_whitespace()).collect();
        self.term.contains(query)
            || pinyin.to_lowercase().contains(&query_plain)
            || self.en.to_lowercase().contains(query)
    }
}

/// A pinyin vowel without its tone mark: ǎ is a, ǜ is ü.
fn toneless(c: char) -> char {
    match c {
        'ā' | 'á' | 'ǎ' | 'à' => 'a',
        'ē' | 'é' | 'ě' | 'è' => 'e',
        'ī' | 'í' | 'ǐ' | 'ì' => 'i',
        'ō' | 'ó' | 'ǒ' | 'ò' => 'o',
        'ū' | 'ú' | 'ǔ' | 'ù' => 'u',
        'ǖ' | 'ǘ' | 'ǚ' | 'ǜ' => 'ü',
        c => c,
    }
}

/// Where a highlight is named in a glossary: `dongcheng 2`.
fn reference(data: &Dataset, d: usize, h: usize) -> String {
    format!("{} {}", data.districts[d].id, h + 1)
}

/// The highlights whose text holds `term`.
fn uses(data: &Dataset, term: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (d, district) in data.districts.iter().enumerate() {
        for (h, highlight) in district.highlights.iter().enumerate() {
            if !term.is_empty() && highlight.text.contains(term) {
                out.push((d, h));
            }
        }
    }
    out
}

/// The glossary file that goes with a dataset file: `mine.glossary.yaml` beside `mine.yaml`.
pub fn beside(dataset: &Path) -> PathBuf {
    let stem = dataset.file_stem().map_or_else(|| "dataset".into(), |s| s.to_string_lossy().into_owned());
    dataset.with_file_name(format!("{stem}.glossary.yaml"))
}

impl Glossary {
    /// Parses, sanitises and checks a glossary's text against `data`; `origin` names it in messages.
    pub fn from_yaml_str(text: &str, origin: &str, data: &Dataset) -> Result<Glossary, LoadError> {
        if text.trim().is_empty() {
            return Err(LoadError::Empty { origin: origin.to_string() });
        }
        super::limits::check(text).map_err(|r| super::load::refused(r, origin))?;
        let glossary: Glossary = serde_yaml::from_str(text).map_err(|e| super::load::syntax_error(&e, origin))?;
        let glossary = glossary.sanitized();
        let mut problems = glossary.problems(data);
        if problems.is_empty() {
            return Ok(glossary);
        }
        let positions = locate::positions(text);
        for p in &mut problems {
            p.position = positions.get(&p.path).copied();
        }
        Err(LoadError::Invalid { origin: origin.to_string(), problems })
    }

    /// Every text made harmless for a terminal, as a dataset's are.
    fn sanitized(mut self) -> Glossary {
        for t in &mut self.terms {
            for s in [&mut t.term, &mut t.pinyin, &mut t.en] {
                *s = sanitize(s, Field::Line).into_owned().into();
            }
            for s in [&mut t.zh, &mut t.explain] {
                *s = sanitize(s, Field::Text).into_owned().into();
            }
            t.highlights.iter_mut().for_each(|r| *r = sanitize(r, Field::Line).into_owned().into());
        }
        self
    }

    /// Reads the glossary beside a dataset file, if there is one.
    pub fn beside(dataset: &Path, data: &Dataset) -> Result<Option<Glossary>, LoadError> {
        let path = beside(dataset);
        if !path.is_file() {
            return Ok(None);
        }
        let origin = sanitize(&path.display().to_string(), Field::Line).into_owned();
        let text = std::fs::read_to_string(&path).map_err(|error| LoadError::Read { origin: origin.clone(), error })?;
        Glossary::from_yaml_str(&text, &origin, data).map(Some)
    }

    /// Every term that breaks a rule: one no text of the dataset holds, and a list of highlights that is
    /// not the list of those whose text holds it.
    fn problems(&self, data: &Dataset) -> Vec<Problem> {
        let mut out = Vec::new();
        for (i, t) in self.terms.iter().enumerate() {
            let owner = || Owner::Term { number: i + 1, term: t.term.to_string() };
            let held = uses(data, &t.term);
            let in_a_lead = data.districts.iter().any(|d| !t.term.is_empty() && d.lead.contains(t.term.as_str()));
            if held.is_empty() && !in_a_lead {
                let rule = Rule::TermNotInTexts(t.term.to_string());
                out.push(Problem { position: None, path: format!("terms[{i}].term"), owner: owner(), rule });
                continue;
            }
            let found: Vec<String> = held.iter().map(|&(d, h)| reference(data, d, h)).collect();
            let listed: Vec<String> =
                t.highlights.iter().map(|r| r.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
            if found != listed {
                let rule = Rule::TermHighlights { listed: listed.join(", "), found: found.join(", ") };
                out.push(Problem { position: None, path: format!("terms[{i}].highlights"), owner: owner(), rule });
            }
        }
        out
    }

    /// The term a keyword names, if any.
    pub fn find(&self, keyword: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.is(keyword))
    }

    /// The terms a highlight's text holds, in the glossary's order.
    pub fn in_text<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms.iter().filter(move |t| !t.term.is_empty() && text.contains(t.term.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        Dataset::embedded().expect("the embedded dataset")
    }

    #[test]
    fn the_shipped_glossary_fits_the_shipped_dataset() {
        let data = data();
        let glossary = Glossary::from_yaml_str(EMBEDDED_GLOSSARY, "glossary.yaml", &data).expect("valid");
        assert!(glossary.terms.len() >= 20, "{}", glossary.terms.len());
        for t in &glossary.terms {
            assert!(!t.pinyin.is_empty() && !t.en.is_empty() && !t.zh.is_empty() && !t.explain.is_empty(), "{t:?}");
        }
        assert_eq!(data.glossary, glossary.terms, "the embedded dataset comes with it");
    }

    #[test]
    fn a_term_no_text_holds_or_a_wrong_list_is_an_error_with_its_place() {
        let data = data();
        let text = "terms:\n  - term: \"不存在的词\"\n    pinyin: \"x\"\n    en: \"x\"\n    zh: \"x\"\n    explain: \"x\"\n  \
                    - term: \"控规\"\n    pinyin: \"kòngguī\"\n    en: \"x\"\n    zh: \"x\"\n    explain: \"x\"\n    \
                    highlights: [\"dongcheng 1\"]\n";
        let Err(LoadError::Invalid { problems, .. }) = Glossary::from_yaml_str(text, "g.yaml", &data) else {
            panic!("invalid")
        };
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].rule, Rule::TermNotInTexts("不存在的词".into()));
        assert_eq!(problems[0].position, Some((2, 11)));
        assert_eq!(
            problems[1].rule,
            Rule::TermHighlights { listed: "dongcheng 1".into(), found: "dongcheng 1, tongzhou 1".into() }
        );
        assert_eq!(problems[1].position.map(|p| p.0), Some(12));
        let line = problems[1].line("g.yaml", crate::lang::Lang::En);
        assert!(line.starts_with("g.yaml:12:"), "{line}");
    }

    #[test]
    fn a_keyword_names_a_term_by_its_chinese_pinyin_or_english() {
        let glossary = &data().glossary;
        let find = |k: &str| glossary.iter().find(|t| t.is(k)).map(|t| t.term.to_string());
        assert_eq!(find("控规").as_deref(), Some("控规"));
        assert_eq!(find("KongGui").as_deref(), Some("控规"));
        assert_eq!(find("regulatory detailed plan").as_deref(), Some("控规"));
        assert_eq!(find("规划"), None);
    }
}
