//! Several years of the column read together. Each dataset file is one edition, named by the year of the
//! work its source gives; read together they become one dataset whose districts each say their edition, so
//! that the filter, the search, the figures and the matrix go across years without knowing it, and every
//! view that names a district names its year (海淀 2019).
//!
//! Districts are kept district by district in the fullest edition's order, each one's editions in year
//! order (东城 2019, 东城 2020, 西城 2019 …), so a district's years stand together wherever the districts are listed. Themes are matched by
//! id; an id two editions name differently keeps the first name given, and the reader is told.

use super::error::LoadError;
use super::schema::{Dataset, Source, Text, Unplaced};

/// What is one article's own: its source, opening, closing and what its import could not place.
#[derive(Debug, Clone, PartialEq)]
pub struct Edition {
    /// The file it was read from, as messages name it.
    pub origin: String,
    pub source: Source,
    pub intro: Text,
    pub intro_en: Text,
    pub closing: Text,
    pub closing_en: Text,
    pub unplaced: Vec<Unplaced>,
    /// The themes its own file lists, as it names them.
    pub themes: Vec<super::Theme>,
}

impl Edition {
    /// The edition a dataset read from `origin` is.
    pub fn of(data: &Dataset, origin: &str) -> Edition {
        Edition {
            origin: origin.to_string(),
            source: data.source.clone(),
            intro: data.intro.clone(),
            intro_en: data.intro_en.clone(),
            closing: data.closing.clone(),
            closing_en: data.closing_en.clone(),
            unplaced: data.unplaced.clone(),
            themes: data.themes.clone(),
        }
    }
}

/// A theme id two editions name differently: the first name is the one shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeConflict {
    pub id: String,
    /// The file and the name kept, then the file and the name set aside.
    pub kept: (String, String),
    pub other: (String, String),
}

impl Dataset {
    /// Several editions, each with the file it was read from, as one dataset: each district with its edition
    /// and its year; the opening, closing and source at the top are the latest edition's. One edition alone
    /// is itself, with no `editions`. Two editions of one year are an error naming both files; themes of
    /// one id with different names are returned to be told.
    pub fn together(read: Vec<(String, Dataset)>) -> Result<(Dataset, Vec<ThemeConflict>), LoadError> {
        for (i, (first, a)) in read.iter().enumerate() {
            if let Some((second, _)) = read[i + 1..].iter().find(|(_, b)| b.source.year == a.source.year) {
                let (first, second) = (first.clone(), second.clone());
                return Err(LoadError::SameYear { year: a.source.year, first, second });
            }
        }
        let mut editions: Vec<Dataset> = Vec::with_capacity(read.len());
        let mut origins: Vec<String> = Vec::with_capacity(read.len());
        for (origin, mut data) in read {
            data.editions = vec![Edition::of(&data, &origin)];
            origins.push(origin);
            editions.push(data);
        }
        if editions.len() == 1 {
            let mut one = editions.remove(0);
            one.editions.clear();
            return Ok((one, Vec::new()));
        }
        let origin = |d: &Dataset| d.editions.first().map(|e| e.origin.clone()).unwrap_or_default();
        // Themes and glossary terms in the order the editions were given: the first name given is kept.
        let mut themes: Vec<super::Theme> = Vec::new();
        let mut named_by: Vec<String> = Vec::new();
        let mut conflicts = Vec::new();
        let mut glossary: Vec<super::Term> = Vec::new();
        for data in &editions {
            for t in &data.themes {
                match themes.iter().position(|k| k.id == t.id) {
                    Some(k) => {
                        if themes[k].name != t.name {
                            conflicts.push(ThemeConflict {
                                id: t.id.to_string(),
                                kept: (named_by[k].clone(), themes[k].name.to_string()),
                                other: (origin(data), t.name.to_string()),
                            });
                        }
                        for alias in &t.aliases {
                            if !themes[k].aliases.contains(alias) {
                                themes[k].aliases.push(alias.clone());
                            }
                        }
                        if themes[k].en.is_empty() {
                            themes[k].en = t.en.clone();
                        }
                    }
                    None => {
                        themes.push(t.clone());
                        named_by.push(origin(data));
                    }
                }
            }
            for term in &data.glossary {
                if !glossary.iter().any(|g| g.term == term.term) {
                    glossary.push(term.clone());
                }
            }
        }
        editions.sort_by_key(|d| d.source.year);
        // The districts in the order of the fullest edition (the latest of equals), then any others have.
        // Each id's place, looked up by hash: editions of ten thousand districts are put together at once.
        let mut ids: std::collections::HashMap<Text, usize> = std::collections::HashMap::new();
        let mut order: Vec<&Dataset> = editions.iter().collect();
        order.sort_by_key(|d| std::cmp::Reverse((d.districts.len(), d.source.year)));
        for data in order {
            for d in &data.districts {
                let next = ids.len();
                ids.entry(d.id.clone()).or_insert(next);
            }
        }
        let latest = editions.len() - 1;
        let mut all = Vec::new();
        let mut parts = Vec::with_capacity(editions.len());
        for (e, data) in editions.into_iter().enumerate() {
            parts.push(data.editions[0].clone());
            all.extend(data.districts.into_iter().map(|mut d| {
                d.edition = e;
                d.year = Some(parts[e].source.year);
                d
            }));
        }
        // District by district, each one's editions in year order (the sort is stable).
        all.sort_by_key(|d| ids.get(&d.id).copied());
        let top = parts[latest].clone();
        let data = Dataset {
            source: top.source,
            intro: top.intro,
            intro_en: top.intro_en,
            closing: top.closing,
            closing_en: top.closing_en,
            unplaced: top.unplaced,
            themes,
            districts: all,
            glossary,
            editions: parts,
        };
        Ok((data, conflicts))
    }

    /// Does it hold several editions?
    pub fn several(&self) -> bool {
        self.editions.len() > 1
    }

    /// The years of its editions, earliest first.
    pub fn years(&self) -> Vec<u16> {
        match self.editions.len() {
            0 => vec![self.source.year],
            _ => self.editions.iter().map(|e| e.source.year).collect(),
        }
    }

    /// The source a district at `d` is quoted from.
    pub fn source_of(&self, d: usize) -> &Source {
        let e = self.districts.get(d).map_or(0, |d| d.edition);
        self.editions.get(e).map_or(&self.source, |e| &e.source)
    }

    /// The dataset indices of the district `id` in each edition, earliest first.
    pub fn editions_of(&self, id: &str) -> Vec<usize> {
        (0..self.districts.len()).filter(|&i| self.districts[i].id == id).collect()
    }

    /// The editions of one year alone, as a dataset of their own (for `--edition YEAR`); `None` when no
    /// edition is of that year.
    pub fn only(&self, year: u16) -> Option<Dataset> {
        if self.editions.is_empty() {
            return (self.source.year == year).then(|| self.clone());
        }
        let e = self.editions.iter().position(|e| e.source.year == year)?;
        let edition = self.editions[e].clone();
        let districts = self
            .districts
            .iter()
            .filter(|d| d.edition == e)
            .map(|d| super::District { edition: 0, year: None, ..d.clone() })
            .collect();
        // The edition's own themes, as its file names them.
        let themes = edition.themes.clone();
        Some(Dataset {
            source: edition.source.clone(),
            intro: edition.intro.clone(),
            intro_en: edition.intro_en.clone(),
            closing: edition.closing.clone(),
            closing_en: edition.closing_en.clone(),
            unplaced: edition.unplaced.clone(),
            themes,
            districts,
            glossary: self.glossary.clone(),
            editions: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in dataset as another year's edition, from another file, with some districts and a theme
    /// renamed.
    fn another(year: u16) -> Dataset {
        let mut data = Dataset::embedded().expect("the built-in dataset");
        data.source.year = year;
        data.source.title = format!("各区人大常委会{year}年工作亮点扫描").into();
        data.districts.retain(|d| ["haidian", "dongcheng", "yanqing"].contains(&d.id.as_str()));
        data.districts.reverse();
        data.themes[0].name = "防疫".into();
        data
    }

    fn builtin() -> (String, Dataset) {
        ("the built-in dataset".to_string(), Dataset::embedded().expect("the built-in dataset"))
    }

    fn file(year: u16) -> (String, Dataset) {
        (format!("{year}.yaml"), another(year))
    }

    #[test]
    fn editions_read_together_keep_each_districts_years_side_by_side() {
        let builtin = Dataset::embedded().expect("the built-in dataset");
        let (data, conflicts) = Dataset::together(vec![self::builtin(), file(2019)]).expect("two years");
        assert_eq!(data.years(), [2019, 2020]);
        assert_eq!(data.districts.len(), 19);
        let first: Vec<String> = data.districts[..4].iter().map(|d| d.called(crate::lang::Lang::Zh)).collect();
        assert_eq!(first, ["东城 2019", "东城 2020", "西城 2020", "朝阳 2020"]);
        let haidian = data.editions_of("haidian");
        assert_eq!(haidian.iter().map(|&d| data.districts[d].year).collect::<Vec<_>>(), [Some(2019), Some(2020)]);
        assert_eq!(data.source_of(haidian[0]).year, 2019);
        assert_eq!(data.source.year, 2020, "the latest edition's source stands at the top");
        assert_eq!(
            conflicts,
            [ThemeConflict {
                id: "epidemic-control".into(),
                kept: ("the built-in dataset".into(), "疫情防控".into()),
                other: ("2019.yaml".into(), "防疫".into()),
            }]
        );
        assert_eq!(data.themes[0].name, "疫情防控", "the first name given is shown");
        assert_eq!(data.themes.len(), builtin.themes.len());
    }

    #[test]
    fn two_editions_of_one_year_are_an_error_naming_both_files() {
        let e = Dataset::together(vec![file(2019), file(2019)]).expect_err("one year twice");
        assert!(
            matches!(e, LoadError::SameYear { year: 2019, ref first, ref second } if first == "2019.yaml" && second == "2019.yaml")
        );
    }

    #[test]
    fn one_year_alone_is_a_dataset_of_its_own() {
        let builtin = Dataset::embedded().expect("the built-in dataset");
        let (data, _) = Dataset::together(vec![self::builtin(), file(2019)]).expect("two years");
        let only = data.only(2020).expect("2020 is there");
        assert_eq!(only, builtin, "one year read out is the dataset it was read from");
        let (alone, _) = Dataset::together(vec![self::builtin()]).expect("one");
        assert_eq!(alone, builtin, "one edition alone is itself");
        assert!(data.only(2018).is_none());
        assert_eq!(builtin.only(2020).as_ref(), Some(&builtin), "one edition alone is its own year's");
        assert!(builtin.only(2021).is_none());
        assert_eq!(data.only(2019).map(|d| d.districts.len()), Some(3));
    }
}
