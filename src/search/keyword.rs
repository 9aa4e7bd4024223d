//! Literal keyword search over the district texts (lead and highlight texts), ASCII case-insensitive.
//!
//! The keyword is folded to lower case and searched for with memchr's `memmem`. A text without ASCII
//! capitals is its own folded form, so it is searched as it is; only the few texts with capitals get a
//! folded copy, made once at load (folding ASCII keeps every byte offset, so a hit in the copy is a hit in
//! the original).

use std::collections::HashMap;

use memchr::memmem;

use crate::dataset::Dataset;

/// A part of a district's paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    Lead,
    /// The n-th highlight's text.
    Highlight(usize),
}

/// One occurrence of a keyword: where it starts and how long it is, in characters of the part's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub district: usize,
    pub part: Part,
    pub start: usize,
    pub len: usize,
}

/// Folded copies of the texts that have ASCII capitals (usually none).
#[derive(Debug, Default)]
pub struct TextIndex {
    folded: HashMap<(usize, Part), String>,
}

/// The parts of a district in reading order, with their texts.
fn parts(district: &crate::dataset::District) -> impl Iterator<Item = (Part, &str)> {
    std::iter::once((Part::Lead, district.lead.as_str()))
        .chain(district.highlights.iter().enumerate().map(|(h, hl)| (Part::Highlight(h), hl.text.as_str())))
}

impl TextIndex {
    pub fn new(data: &Dataset) -> TextIndex {
        let mut folded = HashMap::new();
        for (d, district) in data.districts.iter().enumerate() {
            for (part, text) in parts(district) {
                if text.bytes().any(|b| b.is_ascii_uppercase()) {
                    folded.insert((d, part), text.to_ascii_lowercase());
                }
            }
        }
        TextIndex { folded }
    }

    /// Every occurrence of `keyword` in `data` (the dataset this index was built from), in reading order
    /// (district, lead, highlights), not overlapping. Only the districts for which `only` is true are searched.
    pub fn find(&self, data: &Dataset, keyword: &str, only: impl Fn(usize) -> bool) -> Vec<Occurrence> {
        let needle = keyword.to_ascii_lowercase();
        if needle.is_empty() {
            return Vec::new();
        }
        let finder = memmem::Finder::new(needle.as_bytes());
        let len = needle.chars().count();
        let mut out = Vec::new();
        for (district, d) in data.districts.iter().enumerate().filter(|(i, _)| only(*i)) {
            for (part, original) in parts(d) {
                let text = self.folded.get(&(district, part)).map_or(original, String::as_str);
                // Character offsets are counted on from the previous hit, not from the start each time.
                let (mut byte, mut chars) = (0, 0);
                for hit in finder.find_iter(text.as_bytes()) {
                    if hit < byte {
                        continue; // overlaps the previous occurrence
                    }
                    chars += text[byte..hit].chars().count();
                    out.push(Occurrence { district, part, start: chars, len });
                    byte = hit + needle.len();
                    chars += len;
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> (Dataset, TextIndex) {
        let data = Dataset::embedded().expect("dataset");
        let index = TextIndex::new(&data);
        (data, index)
    }

    #[test]
    fn finds_every_occurrence_in_reading_order() {
        let (data, index) = index();
        let hits = index.find(&data, "冬奥会", |_| true);
        assert_eq!(hits.len(), 3);
        assert!(hits.iter().all(|h| data.districts[h.district].name == "延庆"));
        assert!(hits.windows(2).all(|w| (w[0].part, w[0].start) < (w[1].part, w[1].start)));
    }

    #[test]
    fn offsets_are_in_characters_of_the_original_text() {
        let (data, index) = index();
        for hit in index.find(&data, "垃圾分类", |_| true) {
            let Part::Highlight(h) = hit.part else { panic!("not in a lead") };
            let text: String =
                data.districts[hit.district].highlights[h].text.chars().skip(hit.start).take(hit.len).collect();
            assert_eq!(text, "垃圾分类");
        }
    }

    #[test]
    fn ascii_is_matched_without_regard_to_case() {
        let data = Dataset::from_yaml_str(
            "source: {title: T, publication: P, issue: I, year: 2020}\ndistricts:\n  - {id: a, name: 甲, pinyin: Jia, lead: \"COVID-19 与 covid 防控。\"}\n",
            "t.yaml",
        )
        .expect("loads");
        let index = TextIndex::new(&data);
        let hits = index.find(&data, "Covid", |_| true);
        assert_eq!(hits.iter().map(|h| h.start).collect::<Vec<_>>(), [0, 11]);
    }

    #[test]
    fn occurrences_do_not_overlap_and_empty_finds_nothing() {
        let data = Dataset::from_yaml_str(
            "source: {title: T, publication: P, issue: I, year: 2020}\ndistricts:\n  - {id: a, name: 甲, pinyin: Jia, lead: 哈哈哈哈哈}\n",
            "t.yaml",
        )
        .expect("loads");
        let index = TextIndex::new(&data);
        assert_eq!(index.find(&data, "哈哈", |_| true).len(), 2);
        assert!(index.find(&data, "", |_| true).is_empty());
    }

    #[test]
    fn the_filter_limits_the_districts_searched() {
        let (data, index) = index();
        let all = index.find(&data, "代表", |_| true).len();
        let first = index.find(&data, "代表", |d| d == 0).len();
        assert!(first > 0 && first < all);
    }
}
