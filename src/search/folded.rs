//! The keyword search's copy of a run of districts' texts, folded (see [`fold`](super::keyword::fold)): each
//! part followed by a NUL, and where each part starts.
//!
//! A batch's folded text is made once. The first time a large file is opened it is made on the loading
//! thread, kept in the cache beside the batch, and handed to the browser's index as it is; the second time it
//! is read from the cache into a buffer of its own and handed on in that same buffer. Folding ten thousand
//! districts' texts again took the browser's thread about 18 ms; reading the copy costs a fifth of that.
//!
//! What is read is never trusted: it is taken only when it is UTF-8 and holds exactly as many parts as the
//! districts it comes with, none longer than the text it stands for (folding only shortens), so it never
//! takes more memory than the texts themselves. Its content is not folded again to be compared (that would
//! cost what keeping it saves). A copy forged with valid checksums could make a search report a word where
//! the text has none, or a count that is wrong, but no more: a hit's place is counted within its part, and
//! whoever shows it cuts it to the part's own text, which was made harmless as every text is.

use crate::dataset::District;

/// Parts indexed for each highlight: its title, English title and text.
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
        let bytes: usize = districts.iter().flat_map(parts).map(|t| t.len() + 1).sum();
        u32::try_from(bytes).ok()?;
        let mut folded = Folded { text: Vec::with_capacity(bytes), starts: Vec::with_capacity(part_count(districts)) };
        for text in districts.iter().flat_map(parts) {
            folded.starts.push(folded.text.len() as u32);
            push_folded(&mut folded.text, text);
            folded.text.push(0);
        }
        folded.text.make_ascii_lowercase();
        Some(folded)
    }

    /// The folded text of `districts` that `bytes` holds (as [`Folded::of`] made it, read back), in the same
    /// buffer; `None` unless it is UTF-8 and holds exactly their parts, none longer than the text it stands for.
    pub fn from_bytes(mut bytes: Vec<u8>, districts: &[District]) -> Option<Folded> {
        u32::try_from(bytes.len()).ok()?;
        simdutf8::basic::from_utf8(&bytes).ok()?;
        let mut starts = Vec::with_capacity(part_count(districts));
        let mut texts = districts.iter().flat_map(parts);
        let mut next = 0;
        for end in memchr::memchr_iter(0, &bytes) {
            // Folding only ever shortens a text: a longer part is not this text's.
            if end - next > texts.next()?.len() {
                return None;
            }
            starts.push(next as u32);
            next = end + 1;
        }
        if texts.next().is_some() || next != bytes.len() {
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

/// A district's texts in the order they are indexed: the lead, then each highlight's title, English title
/// and text (an empty one still has its place, so that a part's number says what it is).
pub(super) fn parts(d: &District) -> impl Iterator<Item = &str> {
    [d.lead.as_str(), d.lead_en.as_str()].into_iter().chain(
        d.highlights.iter().flat_map(|h| [h.title.as_str(), h.title_en.as_str(), h.text.as_str(), h.text_en.as_str()]),
    )
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
    fn a_folded_text_read_back_is_the_one_made() {
        let data = Dataset::embedded().expect("the built-in dataset");
        let districts = &data.districts[3..9];
        let made = Folded::of(districts).expect("folded");
        assert_eq!(made.starts.len(), part_count(districts));
        assert_eq!(Folded::from_bytes(made.text.clone(), districts), Some(made.clone()));
        assert_eq!(Folded::from_bytes(Vec::new(), &[]), Some(Folded::default()), "no districts, no parts");
    }

    #[test]
    fn a_folded_text_that_is_not_whole_or_not_of_these_districts_is_not_taken() {
        let data = Dataset::embedded().expect("the built-in dataset");
        let districts = &data.districts[3..9];
        let text = Folded::of(districts).expect("folded").text;
        let cut = text.len() - 1;
        assert_eq!(Folded::from_bytes(text[..cut].to_vec(), districts), None, "the last NUL missing");
        assert_eq!(Folded::from_bytes([&text[..], b"x"].concat(), districts), None, "more after the last part");
        assert_eq!(Folded::from_bytes([&text[..], b"\0"].concat(), districts), None, "a part too many");
        assert_eq!(Folded::from_bytes(text.clone(), &districts[1..]), None, "other districts");
        let at = text.iter().position(|&b| b >= 0x80).expect("Chinese");
        let mut broken = text.clone();
        broken[at] = 0xFF;
        assert_eq!(Folded::from_bytes(broken, districts), None, "not UTF-8");
        // A part one byte longer than its text, the next one byte shorter: as many bytes in all.
        let first = text.iter().position(|&b| b == 0).expect("a first part");
        let second = first + 1 + text[first + 1..].iter().position(|&b| b == 0).expect("a second part");
        assert!(second > first + 1, "the built-in dataset's English lead is not empty");
        let longer = [&text[..first], b"x", &text[first..second - 1], &text[second..]].concat();
        assert_eq!(longer.len(), text.len());
        assert_eq!(Folded::from_bytes(longer, districts), None, "a part longer than its text");
    }
}
