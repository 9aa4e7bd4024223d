//! Literal keyword search over the district texts (leads, highlight titles and highlight texts, each in both
//! languages), ASCII case-insensitive, full-width and half-width forms alike (，and , ；and ; ２０２０ and 2020).
//!
//! Every text is kept once more, folded (see `folded`), in a few long runs, and searched with memchr's
//! `memmem`: a long haystack is many times faster than ninety thousand short ones. Parts are separated by a
//! NUL, which no keyword holds, so no match spans two parts. Folding maps each character to exactly one
//! character, so a hit's place counted in characters of the copy is its place in the original.

use memchr::memmem;

use super::folded::{
    Folded, PARTS_PER_DISTRICT, PARTS_PER_HIGHLIGHT, chars_in, each_part, part_count, push_folded, text_bytes,
};
pub use super::occurrence::{Context, Occurrence, Part};
use crate::dataset::{Dataset, District};

/// All district texts, folded, with where each part starts.
///
/// Offsets are 32-bit, room is made for the districts expected, and a part's owner is worked out rather than
/// stored: where growing vectors of the text and of `(district, part)` pairs took 12 MB for ten thousand
/// districts' texts, this takes 6 MB for their texts and titles.
#[derive(Debug, Default)]
pub struct TextIndex {
    /// The folded text in runs of whole districts: one folded here as districts join, or one for each batch
    /// whose folded text came made (kept as it came, not copied). Offsets count over the runs one after
    /// another; no part spans two runs.
    runs: Vec<Run>,
    /// Offset of each part, in reading order: each district's lead, then its highlights.
    starts: Vec<u32>,
    /// Each district's first entry in `starts`.
    first_part: Vec<u32>,
    /// Did more districts arrive than 32-bit offsets reach? The index then stays empty: the districts after
    /// could not be told from those before.
    full: bool,
}

/// A run of the folded text.
#[derive(Debug, Default)]
struct Run {
    /// Folded parts, each followed by a NUL (UTF-8).
    text: Vec<u8>,
    /// Its first byte's offset, counting over the runs before.
    at: usize,
    /// Is it folded here (and grown as more districts join), rather than taken as it came?
    open: bool,
}

impl TextIndex {
    pub fn new(data: &Dataset) -> TextIndex {
        let mut index = TextIndex::default();
        index.extend(&data.districts);
        index
    }

    /// How many bytes the runs hold.
    fn len(&self) -> usize {
        self.runs.last().map_or(0, |r| r.at + r.text.len())
    }

    /// Will `bytes` more bytes and `parts` more parts keep every offset within 32 bits? The loader keeps every
    /// dataset far below 4 GiB of text (see `dataset::MAX_EXPANSION`); one built otherwise is not searchable
    /// rather than searched wrongly.
    fn fits(&mut self, bytes: usize, parts: usize) -> bool {
        let fits =
            !self.full && u32::try_from(self.len() + bytes).is_ok() && u32::try_from(self.starts.len() + parts).is_ok();
        if !fits {
            *self = TextIndex { full: true, ..TextIndex::default() };
        }
        fits
    }

    /// Adds districts after those indexed, folding their texts here.
    pub fn extend(&mut self, districts: &[District]) {
        let bytes = text_bytes(districts);
        let count = part_count(districts);
        if !self.fits(bytes, count) {
            return;
        }
        if self.starts.is_empty() {
            // Sized before it is filled: growth by doubling would leave up to half of each empty.
            self.starts.reserve_exact(count);
            self.first_part.reserve_exact(districts.len());
        }
        let at = self.len();
        let mut run = match self.runs.pop() {
            Some(run) if run.open => run,
            last => {
                self.runs.extend(last);
                Run { text: Vec::with_capacity(bytes), at, open: true }
            }
        };
        let from = run.text.len();
        for district in districts {
            self.first_part.push(self.starts.len() as u32);
            each_part(std::slice::from_ref(district), |text| {
                self.starts.push((run.at + run.text.len()) as u32);
                push_folded(&mut run.text, text);
                run.text.push(0);
            });
        }
        run.text[from..].make_ascii_lowercase();
        self.runs.push(run);
    }

    /// Adds districts after those indexed, their texts folded already (`folded`, of exactly these districts,
    /// taken as it is); `false`, and nothing added, when it does not hold their parts.
    pub(super) fn adopt(&mut self, folded: Folded, districts: &[District]) -> bool {
        if folded.starts.len() != part_count(districts) {
            return false;
        }
        if !self.fits(folded.text.len(), folded.starts.len()) {
            return true;
        }
        let at = self.len();
        let mut next = folded.starts.iter();
        for district in districts {
            self.first_part.push(self.starts.len() as u32);
            let parts = part_count(std::slice::from_ref(district));
            self.starts.extend(next.by_ref().take(parts).map(|&s| (at + s as usize) as u32));
        }
        self.runs.push(Run { text: folded.text, at, open: false });
        true
    }

    /// Makes room for `expected` districts in all, judged by the `now` indexed so far, so that the districts
    /// still to arrive are added without the text being copied to a larger place again and again (which
    /// would, for a moment, hold it twice). The text only when all of it is folded here: the districts
    /// still to come then will be too.
    pub fn reserve_for(&mut self, expected: usize, now: usize) {
        if let [run] = self.runs.as_mut_slice()
            && run.open
        {
            let text = super::keys::wanted(run.text.len(), expected, now);
            if run.text.capacity() < text {
                run.text.reserve_exact(text + text / 10 - run.text.len());
            }
        }
        super::keys::reserve_for(&mut self.starts, expected, now);
        super::keys::reserve_for(&mut self.first_part, expected, now);
    }

    /// Gives back what growing batch by batch left unused, where that is more than an eighth.
    pub fn shrink_to_fit(&mut self) {
        self.runs.iter_mut().for_each(|run| super::keys::shrink_if_slack(&mut run.text));
        super::keys::shrink_if_slack(&mut self.starts);
        super::keys::shrink_if_slack(&mut self.first_part);
    }

    /// The folded text of part `p` (without its NUL).
    fn part(&self, p: usize) -> &[u8] {
        let start = self.starts[p] as usize;
        let run = &self.runs[self.runs.partition_point(|r| r.at <= start) - 1];
        let end = self.starts.get(p + 1).map_or(self.len(), |&s| s as usize) - 1;
        &run.text[start - run.at..end - run.at]
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
        let finder = memmem::Finder::new(needle.as_bytes());
        let len = needle.chars().count();
        let mut out = Vec::new();
        // Character offsets are counted on from the previous hit in the same part.
        let (mut part, mut byte, mut chars) = (usize::MAX, 0, 0);
        let from = self.starts.get(first).map_or(self.len(), |&s| s as usize);
        let later = self.runs.partition_point(|r| r.at + r.text.len() <= from);
        for run in &self.runs[later..] {
            let skip = from.saturating_sub(run.at);
            for hit in finder.find_iter(&run.text[skip..]).map(|hit| run.at + skip + hit) {
                let p = self.starts.partition_point(|&s| s as usize <= hit) - 1;
                let (district, which) = self.owner(p);
                if !only(district) {
                    continue;
                }
                if p != part {
                    (part, byte, chars) = (p, self.starts[p] as usize, 0);
                }
                // A part lies in one run: so does the text from its start (or the hit before) to this hit.
                chars += chars_in(&run.text[byte - run.at..hit - run.at]);
                out.push(Occurrence { district, part: which, start: chars, len });
                byte = hit + needle.len();
                chars += len;
            }
        }
        out
    }
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
            // Each run was UTF-8 when it joined, and parts end where characters do.
            let Ok(text) = simdutf8::basic::from_utf8(self.part(p)) else { continue };
            for (at, len) in super::spoken::spans(text, pinyin, &mut readings) {
                out.push(Occurrence { district, part, start: at, len });
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

    /// Districts past what 32-bit offsets reach leave the index empty, and it stays so as more arrive: those
    /// would otherwise be counted from the first district again.
    #[test]
    fn an_index_that_overflows_stays_empty() {
        let (data, mut index) = index();
        assert!(!index.find("代表", |_| true).is_empty());
        assert!(!index.fits(u32::MAX as usize, 0));
        for more in [&data.districts[..2], &data.districts[2..]] {
            index.extend(more);
            assert!(index.adopt(Folded::of(more).expect("folded"), more), "adopted as nothing");
            assert_eq!((index.len(), index.starts.len()), (0, 0));
            assert!(index.find("代表", |_| true).is_empty());
        }
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
