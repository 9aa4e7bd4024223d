//! Literal keyword search over the district texts (leads, highlight titles in both languages and highlight
//! texts), ASCII case-insensitive, full-width and half-width forms alike (，and , ；and ; ２０２０ and 2020).
//!
//! Every text is kept once more, folded and joined into one string (parts separated by a NUL, which no
//! keyword holds, so no match spans two parts), and searched in one pass with memchr's `memmem`: one long
//! haystack is many times faster than ninety thousand short ones. Folding maps each character to exactly one
//! character, so a hit's place counted in characters of the copy is its place in the original.

use memchr::memmem;

pub use super::occurrence::{Context, Occurrence, Part};
use crate::dataset::{Dataset, District};

/// All district texts, folded and joined, with where each part starts.
///
/// Everything is allocated at its final size, with 32-bit offsets, and a part's owner is worked out rather
/// than stored: where growing vectors of the text and of `(district, part)` pairs took 12 MB for ten thousand
/// districts' texts, this takes 6 MB for their texts and titles.
#[derive(Debug, Default)]
pub struct TextIndex {
    text: String,
    /// Byte offset of each part in `text`, in reading order: each district's lead, then its highlights.
    starts: Vec<u32>,
    /// Each district's first entry in `starts`.
    first_part: Vec<u32>,
}

impl TextIndex {
    pub fn new(data: &Dataset) -> TextIndex {
        let mut index = TextIndex::default();
        index.extend(&data.districts);
        index
    }

    /// Adds districts after those indexed.
    pub fn extend(&mut self, districts: &[District]) {
        let bytes: usize = districts.iter().flat_map(parts).map(|t| t.len() + 1).sum::<usize>() + self.text.len();
        let count: usize =
            districts.iter().map(|d| PARTS_PER_DISTRICT + PARTS_PER_HIGHLIGHT * d.highlights.len()).sum::<usize>()
                + self.starts.len();
        // Offsets are 32-bit. The loader keeps every dataset far below 4 GiB of text (see
        // `dataset::MAX_EXPANSION`); one built otherwise is not searchable rather than searched wrongly.
        if u32::try_from(bytes).is_err() || u32::try_from(count).is_err() {
            *self = TextIndex::default();
            return;
        }
        let from = self.text.len();
        if from == 0 {
            // Sized before it is filled: growth by doubling would leave up to half of each empty.
            self.text.reserve_exact(bytes);
            self.starts.reserve_exact(count);
            self.first_part.reserve_exact(districts.len());
        }
        for district in districts {
            self.first_part.push(self.starts.len() as u32);
            for text in parts(district) {
                self.starts.push(self.text.len() as u32);
                push_folded(&mut self.text, text);
                self.text.push('\0');
            }
        }
        self.text[from..].make_ascii_lowercase();
    }

    /// Makes room for `expected` districts in all, judged by the `now` indexed so far, so that the districts
    /// still to arrive are added without the text being copied to a larger place again and again (which
    /// would, for a moment, hold it twice).
    pub fn reserve_for(&mut self, expected: usize, now: usize) {
        let text = super::keys::wanted(self.text.len(), expected, now);
        if self.text.capacity() < text {
            self.text.reserve_exact(text + text / 10 - self.text.len());
        }
        super::keys::reserve_for(&mut self.starts, expected, now);
        super::keys::reserve_for(&mut self.first_part, expected, now);
    }

    /// Gives back what growing batch by batch left unused, where that is more than an eighth.
    pub fn shrink_to_fit(&mut self) {
        if self.text.capacity() - self.text.len() > self.text.len() / 8 {
            self.text.shrink_to_fit();
        }
        super::keys::shrink_if_slack(&mut self.starts);
        super::keys::shrink_if_slack(&mut self.first_part);
    }

    /// The district and part of entry `p` of `starts`.
    fn owner(&self, p: usize) -> (usize, Part) {
        let district = self.first_part.partition_point(|&f| f as usize <= p) - 1;
        let part = match p - self.first_part[district] as usize {
            0 => Part::Lead,
            1 => Part::LeadEn,
            k => match ((k - PARTS_PER_DISTRICT) / PARTS_PER_HIGHLIGHT, (k - PARTS_PER_DISTRICT) % PARTS_PER_HIGHLIGHT)
            {
                (h, 0) => Part::Title(h),
                (h, 1) => Part::TitleEn(h),
                (h, 2) => Part::Highlight(h),
                (h, _) => Part::HighlightEn(h),
            },
        };
        (district, part)
    }

    /// Every occurrence of `keyword`, in reading order (district, lead, highlights), not overlapping. Only
    /// the districts for which `only` is true are reported.
    pub fn find(&self, keyword: &str, only: impl Fn(usize) -> bool) -> Vec<Occurrence> {
        self.find_in(keyword, 0, only)
    }

    /// [`TextIndex::find`] over the parts from `first` on.
    fn find_in(&self, keyword: &str, first: usize, only: impl Fn(usize) -> bool) -> Vec<Occurrence> {
        let needle: String = trim_punctuation(keyword).chars().map(fold).collect();
        if needle.is_empty() || needle.contains('\0') {
            return Vec::new();
        }
        let len = needle.chars().count();
        let mut out = Vec::new();
        // Character offsets are counted on from the previous hit in the same part.
        let (mut part, mut byte, mut chars) = (usize::MAX, 0, 0);
        let from = self.starts.get(first).map_or(self.text.len(), |&s| s as usize);
        for hit in memmem::find_iter(&self.text.as_bytes()[from..], needle.as_bytes()).map(|hit| from + hit) {
            let p = self.starts.partition_point(|&s| s as usize <= hit) - 1;
            let (district, which) = self.owner(p);
            if !only(district) {
                continue;
            }
            if p != part {
                (part, byte, chars) = (p, self.starts[p] as usize, 0);
            }
            chars += self.text[byte..hit].chars().count();
            out.push(Occurrence { district, part: which, start: chars, len });
            byte = hit + needle.len();
            chars += len;
        }
        out
    }
}

/// Appends `text` with its full-width forms and ideographic spaces folded (ASCII case is folded afterwards,
/// over the whole text at once). Only those characters change, and their UTF-8 starts with 0xEF or 0xE3, so
/// the text is copied in runs between them: most of a large file is copied as it is.
fn push_folded(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut start = 0;
    for at in memchr::memchr2_iter(0xEF, 0xE3, bytes) {
        // Both bytes only ever begin a three-byte character, so `at` is a character boundary. The forms that
        // fold are told by their bytes, without decoding the character (Chinese text has a full-width comma or
        // a 。 every few characters): U+FF01..U+FF3F are EF BC 81..BF, U+FF40..U+FF5E are EF BD 80..9E, each
        // U+FEE0 above its ASCII form, and U+3000 is E3 80 80.
        let folded = match (bytes[at], bytes.get(at + 1), bytes.get(at + 2)) {
            (0xEF, Some(0xBC), Some(&b @ 0x81..=0xBF)) => b - 0x60,
            (0xEF, Some(0xBD), Some(&b @ 0x80..=0x9E)) => b - 0x20,
            (0xE3, Some(0x80), Some(0x80)) => b' ',
            _ => continue,
        };
        out.push_str(&text[start..at]);
        out.push(char::from(folded));
        start = at + 3;
    }
    out.push_str(&text[start..]);
}

/// A character as the search compares it: a full-width form as its ASCII one (，is `,`, Ａ is `a`), an
/// ideographic space as a space, ASCII letters in lower case.
pub fn fold(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    c.to_ascii_lowercase()
}

/// A keyword without the punctuation an input method leaves at its ends (垃圾分类， is 垃圾分类), unless it is
/// nothing but punctuation.
pub fn trim_punctuation(keyword: &str) -> &str {
    let punct = |c: char| fold(c).is_ascii_punctuation() || "。、“”‘’《》【】…—·".contains(c);
    let trimmed = keyword.trim_matches(|c: char| punct(c) || c.is_whitespace());
    if trimmed.is_empty() { keyword } else { trimmed }
}

/// Does the keyword hold something to search for: a letter, a digit or a Chinese character (once folded)?
/// Punctuation alone (`，`) is everywhere, and finds nothing a reader means.
pub fn searchable(keyword: &str) -> bool {
    keyword.chars().any(|c| fold(c).is_alphanumeric())
}

impl TextIndex {
    /// Every occurrence of a search: one word as [`TextIndex::find`] finds it; several words (separated by
    /// spaces) in the highlights (or leads) that hold all of them, each word's occurrences there, in reading
    /// order.
    pub fn search(&self, keywords: &str, only: impl Fn(usize) -> bool) -> Vec<Occurrence> {
        self.search_in(keywords, 0, only)
    }

    /// [`TextIndex::search`] over the districts from `district` on (those that joined a file still arriving):
    /// the text before them is not looked at.
    pub fn search_from(&self, keywords: &str, district: usize) -> Vec<Occurrence> {
        let first = self.first_part.get(district).map_or(self.starts.len(), |&f| f as usize);
        self.search_in(keywords, first, |d| d >= district)
    }

    fn search_in(&self, keywords: &str, from: usize, only: impl Fn(usize) -> bool) -> Vec<Occurrence> {
        let words: Vec<&str> = keywords.split_whitespace().map(trim_punctuation).filter(|w| !w.is_empty()).collect();
        let [first, rest @ ..] = words.as_slice() else { return Vec::new() };
        if rest.is_empty() {
            return self.find_or_spoken(first, from, only);
        }
        // Words of letters are first a phrase: English as written ("waste sorting"), then pinyin with its
        // syllables spaced ("la ji fen lei"); only when neither is there do they mean all of them.
        if keywords.chars().all(|c| c.is_ascii_alphabetic() || c.is_whitespace()) {
            let phrase = self.find_in(&words.join(" "), from, &only);
            if !phrase.is_empty() {
                return phrase;
            }
            if let Some(pinyin) = super::spoken::as_pinyin(keywords) {
                let spoken = self.find_spoken(&pinyin, from, &only);
                if !spoken.is_empty() {
                    return spoken;
                }
            }
        }
        // A highlight is its title, English title and text together; the lead is a place of its own.
        let place = |m: &Occurrence| (m.district, m.part.highlight());
        let found: Vec<Vec<Occurrence>> = words.iter().map(|w| self.find_or_spoken(w, from, &only)).collect();
        let mut common: std::collections::HashSet<(usize, Option<usize>)> = found[0].iter().map(place).collect();
        for other in &found[1..] {
            let here: std::collections::HashSet<_> = other.iter().map(place).collect();
            common.retain(|p| here.contains(p));
        }
        let mut all: Vec<Occurrence> = found.into_iter().flatten().filter(|m| common.contains(&place(m))).collect();
        all.sort_by_key(|m| (m.district, m.part, m.start));
        // Words that overlap in the text ("人大" in "人大代表") leave the first.
        all.dedup_by(|b, a| a.district == b.district && a.part == b.part && b.start < a.start + a.len);
        all
    }
}

impl TextIndex {
    /// A word found as written; a word of letters that is nowhere as written, found by its sound (`dongao`
    /// finds 冬奥).
    fn find_or_spoken(&self, word: &str, from: usize, only: impl Fn(usize) -> bool) -> Vec<Occurrence> {
        let literal = self.find_in(word, from, &only);
        match super::spoken::as_pinyin(word) {
            Some(pinyin) if literal.is_empty() => self.find_spoken(&pinyin, from, only),
            _ => literal,
        }
    }

    /// Every span of Chinese that spells `pinyin`, in reading order.
    fn find_spoken(&self, pinyin: &str, from: usize, only: impl Fn(usize) -> bool) -> Vec<Occurrence> {
        let mut readings = super::spoken::Readings::default();
        let mut out = Vec::new();
        for p in from..self.starts.len() {
            let (district, part) = self.owner(p);
            if !only(district) {
                continue;
            }
            let start = self.starts[p] as usize;
            let end = self.starts.get(p + 1).map_or(self.text.len(), |&s| s as usize - 1);
            for (at, len) in super::spoken::spans(&self.text[start..end], pinyin, &mut readings) {
                out.push(Occurrence { district, part, start: at, len });
            }
        }
        out
    }
}

/// Parts indexed for each highlight: its title, English title and text.
const PARTS_PER_HIGHLIGHT: usize = 4;
/// The lead and its English.
const PARTS_PER_DISTRICT: usize = 2;

/// A district's texts in the order they are indexed: the lead, then each highlight's title, English title
/// and text (an empty one still has its place, so that a part's number says what it is).
fn parts(d: &District) -> impl Iterator<Item = &str> {
    [d.lead.as_str(), d.lead_en.as_str()].into_iter().chain(
        d.highlights.iter().flat_map(|h| [h.title.as_str(), h.title_en.as_str(), h.text.as_str(), h.text_en.as_str()]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Folding by bytes gives what folding each character does, for full-width forms, the ideographic space,
        /// their neighbours in the same blocks and ordinary Chinese text.
        #[test]
        fn folding_by_bytes_is_folding_each_character(
            text in "[\u{FF00}-\u{FF60}\u{3000}-\u{3003}\u{EFFF}\u{E300}\u{FE30}\u{FFE5}Aa，。垃圾 ]{0,40}"
        ) {
            let mut by_bytes = String::new();
            push_folded(&mut by_bytes, &text);
            let mut by_chars: String = text.chars().map(fold).collect();
            by_bytes.make_ascii_lowercase();
            by_chars.make_ascii_lowercase();
            proptest::prop_assert_eq!(by_bytes, by_chars);
        }
    }

    fn index() -> (Dataset, TextIndex) {
        let data = Dataset::embedded().expect("dataset");
        let index = TextIndex::new(&data);
        (data, index)
    }

    #[test]
    fn finds_every_occurrence_in_reading_order() {
        let (data, index) = index();
        let hits = index.find("冬奥会", |_| true);
        assert_eq!(hits.len(), 4, "three in texts, one in a title");
        assert!(hits.iter().all(|h| data.districts[h.district].name == "延庆"));
        assert!(hits.windows(2).all(|w| (w[0].part, w[0].start) < (w[1].part, w[1].start)));
    }

    #[test]
    fn full_width_and_half_width_forms_are_one_and_an_input_methods_trailing_comma_is_left_out() {
        let (data, index) = index();
        assert_eq!(index.find("垃圾分类，", |_| true), index.find("垃圾分类", |_| true));
        assert!(!index.find("垃圾分类", |_| true).is_empty());
        // The article writes ASCII commas; a full-width one inside a keyword finds them.
        let half = index.find("落实,开展", |_| true);
        assert!(!half.is_empty());
        assert_eq!(index.find("落实，开展", |_| true), half);
        let m = half[0];
        let text: String = m.text(&data).chars().skip(m.start).take(m.len).collect();
        assert_eq!(text, "落实,开展", "the place counted in the copy is the place in the original");
        assert_eq!(index.find("ＤＥＰＵＴＹ", |_| true), index.find("deputy", |_| true));
    }

    #[test]
    fn pinyin_finds_the_chinese_it_spells_when_the_letters_are_not_there_as_written() {
        let (data, index) = index();
        let spoken = index.search("dongao", |_| true);
        assert_eq!(spoken.len(), index.search("冬奥", |_| true).len());
        let m = spoken[0];
        assert_eq!(m.text(&data).chars().skip(m.start).take(m.len).collect::<String>(), "冬奥");
        assert_eq!(index.search("la ji fen lei", |_| true), index.search("垃圾分类", |_| true), "spaced syllables");
        assert_eq!(index.search("lajifenlei", |_| true), index.search("垃圾分类", |_| true));
        // An English word that is there is found as written, not as sound.
        assert_eq!(index.search("deputy", |_| true), index.find("deputy", |_| true));
    }

    #[test]
    fn several_words_find_the_highlights_that_hold_all_of_them() {
        let (data, index) = index();
        assert_eq!(index.search("垃圾", |_| true), index.find("垃圾", |_| true), "one word is a plain search");
        let with = index.search("垃圾 物业", |_| true);
        assert!(!with.is_empty());
        assert!(with.len() < index.find("垃圾", |_| true).len() + index.find("物业", |_| true).len());
        // Every highlight found holds both words.
        for m in &with {
            let h = m.part.highlight();
            let texts: String = with
                .iter()
                .filter(|o| o.district == m.district && o.part.highlight() == h)
                .map(|o| o.text(&data).chars().skip(o.start).take(o.len).collect::<String>())
                .collect();
            assert!(texts.contains("垃圾") && texts.contains("物业"), "{texts}");
        }
        assert!(
            with.windows(2).all(|w| (w[0].district, w[0].part, w[0].start) < (w[1].district, w[1].part, w[1].start))
        );
        assert_eq!(index.search("垃圾 zzzz", |_| true), [], "a word no highlight holds finds nothing");
    }

    #[test]
    fn titles_are_searched_in_both_languages_in_reading_order() {
        let (data, index) = index();
        let hits = index.find("deputy", |_| true);
        assert!(!hits.is_empty() && hits.iter().all(|h| matches!(h.part, Part::TitleEn(_))), "{hits:?}");
        for hit in &hits {
            let text: String = hit.text(&data).chars().skip(hit.start).take(hit.len).collect();
            assert_eq!(text.to_lowercase(), "deputy");
        }
        let hits = index.find("组合拳", |_| true);
        assert!(hits.iter().any(|h| matches!(h.part, Part::Title(_))), "{hits:?}");
        let hits = index.find("代表", |_| true);
        let order: Vec<(usize, Part, usize)> = hits.iter().map(|h| (h.district, h.part, h.start)).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
        assert!(hits.iter().any(|h| matches!(h.part, Part::Title(_))), "{order:?}");
        assert!(Part::Title(1) < Part::TitleEn(1) && Part::TitleEn(1) < Part::Highlight(1));
        assert!(Part::Highlight(0) < Part::Title(1) && Part::Lead < Part::Title(0));
    }

    #[test]
    fn offsets_are_in_characters_of_the_original_text() {
        let (data, index) = index();
        for hit in index.find("垃圾分类", |_| true) {
            let text: String = hit.text(&data).chars().skip(hit.start).take(hit.len).collect();
            assert_eq!(text, "垃圾分类", "{hit:?}");
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
        let hits = index.find("Covid", |_| true);
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
        assert_eq!(index.find("哈哈", |_| true).len(), 2);
        assert!(index.find("", |_| true).is_empty());
    }

    #[test]
    fn the_filter_limits_the_districts_searched() {
        let (_, index) = index();
        let all = index.find("代表", |_| true).len();
        let first = index.find("代表", |d| d == 0).len();
        assert!(first > 0 && first < all);
    }
}
