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

impl SearchIndex {
    /// The district a name, pinyin (any case), pinyin initials (in any reading), English name or id stands
    /// for, with or without the word for "district" (海淀区, Haidian District, haidian qu).
    pub fn resolve(&self, data: &Dataset, name: &str) -> Result<usize, ResolveError> {
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
            if let [one] = named[..] {
                return Ok(one);
            }
        }
        let wanted = bare.unwrap_or_else(|| name.trim().to_lowercase());
        // An exact id or Chinese name names one district whatever pinyin or initials others share with it.
        let exact: Vec<usize> = (0..data.districts.len())
            .filter(|&d| data.districts[d].id.to_lowercase() == wanted || data.districts[d].name == name.trim())
            .collect();
        if let [one] = exact[..] {
            return Ok(one);
        }
        let hits: Vec<usize> =
            (0..data.districts.len()).filter(|&d| self.district_keys.group(d).any(|k| k.text == wanted)).collect();
        match hits.as_slice() {
            [one] => Ok(*one),
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
            many => Err(ResolveError::Ambiguous {
                name: name.to_string(),
                candidates: many.iter().map(|&d| Candidate::of(&data.districts[d])).collect(),
            }),
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
