//! The keyword search's copy of a run of districts' texts, folded (see [`fold`](super::keyword::fold)): each
//! part followed by a NUL, and where each part starts.
//!
//! A batch's folded text is kept in the cache beside the batch, with where each of its parts starts: made as
//! the entry is written, once a large file opened the first time is all loaded (see `dataset::Fill`). The
//! second time it is read from the cache into a buffer of its own and handed to the browser's index in that
//! same buffer. Folding ten thousand districts' texts again took the browser's thread about 18 ms;
//! reading the copy costs a fifth of that.
//!
//! What is read is never trusted: it is taken only when it is UTF-8 and holds exactly as many parts as the
//! districts it comes with, each where its start says and ended by a NUL (and no other NUL), none longer
//! than the text it stands for (folding only shortens), so it never takes more memory than the texts
//! themselves. Its content is not folded again to be compared (that would cost what keeping it saves). A copy
//! forged with valid checksums could make a search report a word where the text has none, or a count that is
//! wrong, but no more: a hit's place is counted within its part, and whoever shows it cuts it to the part's
//! own text, which was made harmless as every text is.

use crate::dataset::District;

/// Parts indexed for each highlight: its title, English title, text and English text.
pub(super) const PARTS_PER_HIGHLIGHT: usize = 4;
/// The lead and its English.
pub(super) const PARTS_PER_DISTRICT: usize = 2;

/// A run of districts' texts, folded, each part followed by a NUL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    /// UTF-8: folded from text here, or checked where it was read.
    pub(super) text: Vec<u8>,
    /// Where each part starts in `text`, in reading order.
    pub(super) starts: Vec<u32>,
}

impl Folded {
    /// The texts of `districts`, folded; `None` when they take 4 GiB or more (offsets are 32-bit).
    pub fn of(districts: &[District]) -> Option<Folded> {
        let bytes = text_bytes(districts);
        u32::try_from(bytes).ok()?;
        let mut folded = Folded { text: Vec::with_capacity(bytes), starts: Vec::with_capacity(part_count(districts)) };
        each_part(districts, |text| {
            folded.starts.push(folded.text.len() as u32);
            push_folded(&mut folded.text, text);
            folded.text.push(0);
        });
        folded.text.make_ascii_lowercase();
        Some(folded)
    }

    /// Where each part starts, as the cache keeps them beside the text (four bytes each, little-endian).
    pub(super) fn starts_bytes(&self) -> Vec<u8> {
        self.starts.iter().flat_map(|s| s.to_le_bytes()).collect()
    }

    /// The starts that `bytes` keep (see [`Folded::starts_bytes`]); `None` when they are not whole.
    pub(super) fn starts_from(bytes: &[u8]) -> Option<Vec<u32>> {
        let words = bytes.chunks_exact(4);
        words.remainder().is_empty().then(|| words.map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]])).collect())
    }

    /// The folded text of `districts` that `bytes` holds, its parts starting where `starts` says (as
    /// [`Folded::of`] made them, read back), in the same buffer; `None` unless it is UTF-8 and holds exactly
    /// their parts, each after the NUL that ends the one before, and none longer than the text it stands for.
    pub fn from_bytes(mut bytes: Vec<u8>, starts: Vec<u32>, districts: &[District]) -> Option<Folded> {
        u32::try_from(bytes.len()).ok()?;
        simdutf8::basic::from_utf8(&bytes).ok()?;
        let count = part_count(districts);
        if starts.len() != count {
            return None;
        }
        // Each part's end: the NUL before the next part's start, and the last byte for the last part. With as
        // many NULs in all as parts, those are all of them: the parts are exactly the ones a look for each NUL
        // in turn would find. That look, stopping at each of the 340,000 short parts of a large file, cost more
        // than the rest of the check (`cargo bench --bench core -- index_batches/read/10000`: 12.0 ms with it,
        // 8.7 without); counting the NULs, which never stops, costs little.
        let ends = starts.iter().skip(1).map(|&s| s as usize).chain([bytes.len()]).map(|next| next.checked_sub(1));
        let mut from = 0;
        for ((&start, end), len) in starts.iter().zip(ends).zip(part_lengths(districts)) {
            let (start, end) = (start as usize, end?);
            // Folding only ever shortens a text: a longer part is not this text's.
            if start != from || end < start || *bytes.get(end)? != 0 || end - start > len {
                return None;
            }
            from = end + 1;
        }
        if from != bytes.len() || memchr::memchr_iter(0, &bytes).count() != count {
            return None;
        }
        // The buffer was read with room for what followed it in the cache, which is given back.
        bytes.shrink_to_fit();
        Some(Folded { text: bytes, starts })
    }
}

/// How many parts `districts` have.
pub(super) fn part_count(districts: &[District]) -> usize {
    districts.iter().map(|d| PARTS_PER_DISTRICT + PARTS_PER_HIGHLIGHT * d.highlights.len()).sum()
}

/// Each text of `districts` in the order they are indexed, handed to `each`: for each district its lead and
/// English lead, then each highlight's title, English title, text and English text (an empty one still has
/// its place, so that a part's number says what it is). Plain loops: through a chain of iterators, the parts'
/// lengths alone took a fifth of reading a large file's folded text back (`cargo bench --bench core --
/// index_batches/read/10000`: 8.7 ms, 7.0 with plain loops).
pub(super) fn each_part<'a>(districts: &'a [District], mut each: impl FnMut(&'a str)) {
    for d in districts {
        each(&d.lead);
        each(&d.lead_en);
        for h in &d.highlights {
            each(&h.title);
            each(&h.title_en);
            each(&h.text);
            each(&h.text_en);
        }
    }
}

/// The length of each part of `districts`, in order.
pub(super) fn part_lengths(districts: &[District]) -> Vec<usize> {
    let mut lengths = Vec::with_capacity(part_count(districts));
    each_part(districts, |text| lengths.push(text.len()));
    lengths
}

/// The bytes the folded text of `districts` takes at most: each part, and the NUL after it.
pub(super) fn text_bytes(districts: &[District]) -> usize {
    let mut bytes = 0;
    each_part(districts, |text| bytes += text.len() + 1);
    bytes
}

/// Appends `text` with its full-width forms and ideographic spaces folded (ASCII case is folded afterwards,
/// over the whole text at once). Only those characters change, and their UTF-8 starts with 0xEF or 0xE3, so
/// the text is copied in runs between them: most of a large file is copied as it is.
pub(super) fn push_folded(out: &mut Vec<u8>, text: &str) {
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
        out.extend_from_slice(&bytes[start..at]);
        out.push(folded);
        start = at + 3;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// How many characters the UTF-8 `bytes` hold: those that do not continue one.
pub(super) fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::super::keyword::fold;
    use super::*;
    use crate::dataset::Dataset;

    proptest::proptest! {
        /// Folding by bytes gives what folding each character does, for full-width forms, the ideographic space,
        /// their neighbours in the same blocks and ordinary Chinese text.
        #[test]
        fn folding_by_bytes_is_folding_each_character(
            text in "[\u{FF00}-\u{FF60}\u{3000}-\u{3003}\u{EFFF}\u{E300}\u{FE30}\u{FFE5}Aa，。垃圾 ]{0,40}"
        ) {
            let mut by_bytes = Vec::new();
            push_folded(&mut by_bytes, &text);
            by_bytes.make_ascii_lowercase();
            let by_chars: String = text.chars().map(fold).collect();
            proptest::prop_assert_eq!(String::from_utf8(by_bytes).expect("UTF-8"), by_chars.to_ascii_lowercase());
        }

        /// Characters are counted as the standard library counts them.
        #[test]
        fn characters_are_counted_as_chars(text in "\\PC{0,30}") {
            proptest::prop_assert_eq!(chars_in(text.as_bytes()), text.chars().count());
        }
    }

    #[test]
    fn the_parts_come_in_reading_order() {
        let data = Dataset::embedded().expect("the built-in dataset");
        let districts = &data.districts[..2];
        let mut seen = Vec::new();
        each_part(districts, |text| seen.push(text));
        let mut expected: Vec<&str> = Vec::new();
        for d in districts {
            expected.extend([d.lead.as_str(), &d.lead_en]);
            for h in &d.highlights {
                expected.extend([h.title.as_str(), &h.title_en, &h.text, &h.text_en]);
            }
        }
        assert_eq!(seen, expected);
        assert_eq!(seen.len(), part_count(districts));
        assert_eq!(part_lengths(districts), seen.iter().map(|t| t.len()).collect::<Vec<_>>());
        assert_eq!(text_bytes(districts), seen.iter().map(|t| t.len() + 1).sum::<usize>());
    }

    #[test]
    fn a_folded_text_read_back_is_the_one_made() {
        let data = Dataset::embedded().expect("the built-in dataset");
        let districts = &data.districts[3..9];
        let made = Folded::of(districts).expect("folded");
        assert_eq!(made.starts.len(), part_count(districts));
        let starts = Folded::starts_from(&made.starts_bytes()).expect("whole");
        assert_eq!(Folded::from_bytes(made.text.clone(), starts, districts), Some(made.clone()));
        assert_eq!(Folded::starts_from(&made.starts_bytes()[1..]), None, "cut short");
        assert_eq!(Folded::from_bytes(Vec::new(), Vec::new(), &[]), Some(Folded::default()), "no districts, no parts");
    }

    /// Texts left empty (an English text not given) are parts of their own, each only its NUL.
    #[test]
    fn a_folded_text_with_empty_parts_is_read_back() {
        let data = Dataset::embedded().expect("the built-in dataset");
        let mut districts = data.districts[3..6].to_vec();
        districts[0].lead_en = "".into();
        districts[1].highlights[0].text_en = "".into();
        districts[2].highlights.last_mut().expect("a highlight").text_en = "".into();
        let made = Folded::of(&districts).expect("folded");
        assert_eq!(Folded::from_bytes(made.text.clone(), made.starts.clone(), &districts), Some(made));
    }

    #[test]
    fn a_folded_text_that_is_not_whole_or_not_of_these_districts_is_not_taken() {
        let data = Dataset::embedded().expect("the built-in dataset");
        let districts = &data.districts[3..9];
        let Folded { text, starts } = Folded::of(districts).expect("folded");
        let read = |text: Vec<u8>, starts: &[u32], districts| Folded::from_bytes(text, starts.to_vec(), districts);
        assert!(read(text.clone(), &starts, districts).is_some(), "as it was made");
        let cut = text.len() - 1;
        assert_eq!(read(text[..cut].to_vec(), &starts, districts), None, "the last NUL missing");
        assert_eq!(read([&text[..], b"x"].concat(), &starts, districts), None, "more after the last part");
        assert_eq!(read([&text[..], b"\0"].concat(), &starts, districts), None, "a part too many");
        assert_eq!(read(text.clone(), &starts, &districts[1..]), None, "other districts");
        // Districts 3 and 4 have as many parts, of other lengths.
        let (one, other) = (&districts[..1], &districts[1..2]);
        assert_eq!(part_count(one), part_count(other));
        let Folded { text: one_text, starts: one_starts } = Folded::of(one).expect("folded");
        assert!(read(one_text.clone(), &one_starts, one).is_some());
        assert_eq!(read(one_text, &one_starts, other), None, "another district's parts, as many");
        assert_eq!(read(b"x".to_vec(), &[], &[]), None, "text without parts");
        let at = text.iter().position(|&b| b >= 0x80).expect("Chinese");
        let mut broken = text.clone();
        broken[at] = 0xFF;
        assert_eq!(read(broken, &starts, districts), None, "not UTF-8");
        // The English lead (the second part) is not empty, and ASCII.
        let (first, second) = (starts[1] as usize, starts[2] as usize);
        assert!(second > first + 1, "the built-in dataset's English lead is not empty");
        let mut moved = starts.clone();
        moved[1] -= 1;
        assert_eq!(read(text.clone(), &moved, districts), None, "a part that does not end at a NUL");
        // A part one byte longer at its start that is still no longer than its text (its full-width forms
        // folded), the one before one byte shorter: only the NULs tell that they are not these parts.
        let mut wide = districts.to_vec();
        wide[0].highlights[0].title = "ＡＢ垃圾分类".into();
        let Folded { text: wide_text, starts: wide_starts } = Folded::of(&wide).expect("folded");
        // The lead, its English, then the first highlight's title.
        moved = wide_starts.clone();
        moved[2] -= 1;
        assert!(read(wide_text.clone(), &wide_starts, &wide).is_some());
        assert_eq!(read(wide_text, &moved, &wide), None, "a part that begins with the NUL before it");
        moved = starts.clone();
        moved[0] = 1;
        assert_eq!(read(text.clone(), &moved, districts), None, "the first part not at the start");
        moved = starts.clone();
        moved[2] = moved[1];
        assert_eq!(read(text.clone(), &moved, districts), None, "a part that ends before it starts");
        let mut inner = text.clone();
        inner[first] = 0;
        assert_eq!(read(inner, &starts, districts), None, "a NUL inside a part");
        // The lead one byte longer than its text, the English lead one byte shorter: as many bytes in all.
        let longer = [&text[..first - 1], b"x", &text[first - 1..second - 2], &text[second - 1..]].concat();
        assert_eq!(longer.len(), text.len());
        moved = starts.clone();
        moved[1] += 1;
        assert_eq!(read(longer, &moved, districts), None, "a part longer than its text");
    }
}
