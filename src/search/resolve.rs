//! Naming a district the way a reader would: 海淀, Haidian, haidian, hd or its id.

use super::SearchIndex;
use crate::dataset::{Dataset, District, nearest};
use crate::lang::Lang;

/// Why a name did not pick exactly one district. Its `Display` is English; the command line says it in
/// the interface's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    #[error("'{name}' names several districts: {}", list(candidates, Lang::En))]
    Ambiguous { name: String, candidates: Vec<Candidate> },
    #[error("no district is called '{name}'{}", if nearest.is_empty() { String::new() } else { format!("; did you mean {}?", list(nearest, Lang::En)) })]
    Unknown { name: String, nearest: Vec<Candidate> },
    /// The district is there, but not in the edition of `year`; `years` are those it is in.
    #[error("{name} is not in the edition of {year}; it is in {years}")]
    NoEdition { name: String, year: u16, years: String },
}

/// A district a name may have meant: its Chinese name and its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub name: String,
    pub id: String,
}

impl Candidate {
    fn of(d: &District) -> Candidate {
        Candidate { name: d.name.to_string(), id: d.id.to_string() }
    }
}

/// `海淀 (haidian), 丰台 (fengtai)` / `海淀（haidian）、丰台（fengtai）`.
pub fn list(candidates: &[Candidate], lang: Lang) -> String {
    candidates.iter().map(|c| lang.aside(&c.name, &c.id)).collect::<Vec<_>>().join(lang.list_sep())
}

/// A district's name without the word for "district" a reader may add to it: 海淀区, Haidian District,
/// haidian qu (any case, any spaces) all come down to 海淀 or haidian. `None` when there is no such word, or
/// nothing would be left without it.
pub fn without_district_word(name: &str) -> Option<String> {
    let folded: String = name.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
    ["区", "district", "qu"]
        .iter()
        .find_map(|word| folded.strip_suffix(word))
        .filter(|rest| !rest.is_empty())
        .map(str::to_string)
}

/// A name folded for comparing: lower case, no spaces.
fn folded(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase()
}

/// A name and the year it asks for: `海淀@2019` or `海淀 2019` (a year of four digits after the name).
pub fn split_year(name: &str) -> (&str, Option<u16>) {
    let name = name.trim();
    let year = |y: &str| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit());
    for sep in ['@', ' '] {
        if let Some((before, after)) = name.rsplit_once(sep)
            && year(after.trim())
            && !before.trim().is_empty()
        {
            return (before.trim(), after.trim().parse().ok());
        }
    }
    (name, None)
}

/// The one district all `found` are editions of, if they are of one.
fn one_district(data: &Dataset, found: &[usize]) -> Option<usize> {
    let first = *found.first()?;
    found.iter().all(|&d| data.districts[d].id == data.districts[first].id).then_some(first)
}

impl SearchIndex {
    /// The district a name stands for (see [`SearchIndex::resolve_district`]), in the edition the name asks
    /// for (`海淀@2019`, `海淀 2019`) or else the latest that holds it.
    pub fn resolve(&self, data: &Dataset, name: &str) -> Result<usize, ResolveError> {
        let (bare, year) = split_year(name);
        let d = match self.resolve_district(data, bare) {
            // A year alone after a name that is not a district is read as part of the name.
            Err(e) if year.is_some() => return self.resolve_district(data, name).map_err(|_| e),
            other => other?,
        };
        let editions = data.editions_of(&data.districts[d].id);
        match year {
            None => Ok(*editions.last().unwrap_or(&d)),
            Some(year) => editions
                .iter()
                .copied()
                .find(|&e| data.districts[e].year.unwrap_or(data.source.year) == year)
                .ok_or_else(|| {
                    let years: Vec<String> = editions
                        .iter()
                        .map(|&e| data.districts[e].year.unwrap_or(data.source.year).to_string())
                        .collect();
                    ResolveError::NoEdition { name: data.districts[d].name.to_string(), year, years: years.join(", ") }
                }),
        }
    }

    /// The district a name, pinyin (any case), pinyin initials (in any reading), English name or id stands
    /// for, with or without the word for "district" (海淀区, Haidian District, haidian qu); its first edition
    /// when there are several.
    pub fn resolve_district(&self, data: &Dataset, name: &str) -> Result<usize, ResolveError> {
        // The whole name first, then without a "district" word: 海淀区 is 海淀, Haidian District is Haidian.
        let whole = folded(name);
        let bare = without_district_word(name);
        for wanted in std::iter::once(&whole).chain(bare.as_ref()) {
            let named: Vec<usize> = (0..data.districts.len())
                .filter(|&d| {
                    let x = &data.districts[d];
                    [&x.id, &x.name, &x.pinyin, &x.en].iter().any(|n| !n.is_empty() && folded(n) == *wanted)
                })
                .collect();
            if let Some(one) = one_district(data, &named) {
                return Ok(one);
            }
        }
        let wanted = bare.unwrap_or_else(|| name.trim().to_lowercase());
        // An exact id or Chinese name names one district whatever pinyin or initials others share with it.
        let exact: Vec<usize> = (0..data.districts.len())
            .filter(|&d| data.districts[d].id.to_lowercase() == wanted || data.districts[d].name == name.trim())
            .collect();
        if let Some(one) = one_district(data, &exact) {
            return Ok(one);
        }
        let hits: Vec<usize> = (0..data.districts.len())
            .filter(|&d| self.keys.get().districts.group(d).any(|k| k.text == wanted))
            .collect();
        if let Some(one) = one_district(data, &hits) {
            return Ok(one);
        }
        match hits.as_slice() {
            [] => {
                let labels = data.districts.iter().flat_map(|d| [d.name.as_str(), d.id.as_str()]);
                let mut near: Vec<Candidate> = Vec::new();
                if let Some(d) =
                    nearest(&wanted, labels).and_then(|n| data.districts.iter().find(|d| d.id == n || d.name == n))
                {
                    near.push(Candidate::of(d));
                }
                // Districts whose names the query fuzzily matches are plausible too.
                let fuzzy = self.filter(&wanted);
                for hit in fuzzy.districts.iter().filter(|h| h.hit.is_some()).take(3) {
                    let candidate = Candidate::of(&data.districts[hit.district]);
                    if !near.contains(&candidate) {
                        near.push(candidate);
                    }
                }
                Err(ResolveError::Unknown { name: name.to_string(), nearest: near })
            }
            many => {
                let mut candidates: Vec<Candidate> = Vec::new();
                for &d in many {
                    let c = Candidate::of(&data.districts[d]);
                    if !candidates.contains(&c) {
                        candidates.push(c);
                    }
                }
                Err(ResolveError::Ambiguous { name: name.to_string(), candidates })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(name: &str) -> Result<String, ResolveError> {
        let data = Dataset::embedded().expect("dataset");
        let index = SearchIndex::new(&data);
        index.resolve(&data, name).map(|d| data.districts[d].name.to_string())
    }

    #[test]
    fn every_way_of_naming_a_district_works() {
        for name in ["海淀", "Haidian", "HAIDIAN", "haidian", "hd", " hd "] {
            assert_eq!(resolve(name).as_deref(), Ok("海淀"), "{name}");
        }
        assert_eq!(resolve("zy").as_deref(), Ok("朝阳"), "every reading of 朝 counts");
        assert_eq!(resolve("sjs").as_deref(), Ok("石景山"));
    }

    #[test]
    fn a_name_with_the_word_for_district_names_the_district() {
        for name in ["海淀区", " 海淀 区 ", "Haidian District", "HAIDIAN  DISTRICT", "haidian qu", "Haidianqu", "hd区"]
        {
            assert_eq!(resolve(name).as_deref(), Ok("海淀"), "{name}");
        }
        assert_eq!(resolve("Shijingshan District").as_deref(), Ok("石景山"));
        assert_eq!(resolve("东城区").as_deref(), Ok("东城"));
    }

    #[test]
    fn the_filter_takes_a_district_named_with_its_word_for_district() {
        let data = Dataset::embedded().expect("dataset");
        let index = SearchIndex::new(&data);
        for query in ["海淀区", "Haidian District", "haidian qu"] {
            let first = index.filter(query).districts.first().map(|d| data.districts[d.district].name.to_string());
            assert_eq!(first.as_deref(), Some("海淀"), "{query}");
        }
    }

    #[test]
    fn an_unknown_name_suggests_the_nearest() {
        let err = resolve("haidain").expect_err("unknown");
        assert!(err.to_string().contains("海淀 (haidian)"), "{err}");
    }

    #[test]
    fn an_exact_id_wins_over_shared_pinyin() {
        let data = Dataset::from_yaml_str(
            "source: {title: T, publication: P, issue: I, year: 2020}\ndistricts:\n  - {id: b, name: 乙, pinyin: Yi, lead: 甲。}\n  - {id: yi, name: 一, pinyin: Yi, lead: 乙。}\n",
            "t.yaml",
        )
        .expect("loads");
        let index = SearchIndex::new(&data);
        assert_eq!(index.resolve(&data, "yi"), Ok(1), "the id yi, not the pinyin Yi of b");
        assert_eq!(index.resolve(&data, "乙"), Ok(0));
    }

    #[test]
    fn an_ambiguous_name_lists_the_candidates() {
        let data = Dataset::from_yaml_str(
            "source: {title: T, publication: P, issue: I, year: 2020}\ndistricts:\n  - {id: a, name: 长安, pinyin: Chang'an, lead: 甲。}\n  - {id: b, name: 昌安, pinyin: Chang'an, lead: 乙。}\n",
            "t.yaml",
        )
        .expect("loads");
        let index = SearchIndex::new(&data);
        let err = index.resolve(&data, "ca").expect_err("two districts share the initials");
        assert!(matches!(err, ResolveError::Ambiguous { ref candidates, .. } if candidates.len() == 2), "{err}");
    }
}
