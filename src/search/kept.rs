//! A batch's share of the index as the cache keeps it beside the batch, so that the second time a large file
//! is opened its pinyin keys and theme numbers are read rather than made again. The folded text of the keyword
//! search is kept before it (see `folded` and `Prepared::to_bytes`).
//!
//! The share's arrays are written as they are, little-endian, each after its length: read back, they are
//! copied at the speed of memory (MessagePack, which the rest of the cache uses, tags every integer). What is
//! read is never trusted to be whole: a share is taken only when every offset lies inside what it points
//! into, in order and on character boundaries, when its counts are those of the districts it is read with
//! (one group of keys each, their highlights), and every theme number names a theme; anything else gives
//! `None`, and the batch is indexed as if nothing had been kept. So a share read back can never make the
//! browser index out of bounds. Its content is not made again to be compared (that would cost what keeping
//! it saves): a share forged with a valid checksum could make the filter find a district by a wrong name or
//! theme, but no more; the districts themselves are checked by every rule as they are decoded.

use super::keys::{Entry, KeyStore};
use super::{Field, Indexed};
use crate::dataset::District;

/// What [`to_bytes`] writes first: a share from another layout is not read.
const TAG: &[u8; 8] = b"share/2\n";

/// The bytes that keep a share: its place, what it was made with, its keys and its themes.
pub(super) fn to_bytes(from: usize, themes: u64, shared_en: Option<&str>, part: &Indexed) -> Vec<u8> {
    let size = part.keys.text.len() + 2 * part.keys.meta.len() + 14 * part.keys.keys.len();
    let mut out = Out(Vec::with_capacity(size + 4 * (part.flat_themes.len() + part.carried.len()) + 256));
    out.0.extend_from_slice(TAG);
    out.u64(from as u64);
    out.u64(part.highlights.len() as u64);
    out.u64(themes);
    out.text(shared_en.unwrap_or_default());
    out.0.push(u8::from(shared_en.is_some()));
    let keys = &part.keys;
    out.text(&keys.text);
    out.u64(keys.meta.len() as u64);
    keys.meta.iter().for_each(|m| out.0.extend_from_slice(&m.to_le_bytes()));
    out.u64(keys.keys.len() as u64);
    for e in &keys.keys {
        let (field, alias) = match e.field {
            Field::Name => (0, 0),
            Field::En => (1, 0),
            Field::Pinyin => (2, 0),
            Field::Id => (3, 0),
            Field::Alias(n) => (4, n),
        };
        out.u32s(&[e.text, e.meta, alias]);
        out.0.extend_from_slice(&[field, u8::from(e.anchored)]);
    }
    out.array(&keys.groups);
    out.array(&part.flat_themes);
    out.array(&part.highlight_ends);
    out.array(&part.highlights.iter().map(|&h| h as u32).collect::<Vec<_>>());
    out.array(&part.carried);
    out.array(&part.carried_ends);
    out.0
}

/// What [`from_bytes`] reads: the share's place, what it was made with, and the share itself.
pub(super) struct Read {
    pub from: usize,
    pub themes: u64,
    pub shared_en: Option<String>,
    pub part: Indexed,
}

/// The share `bytes` keep, when it is one of exactly `districts` whose theme numbers name one of `themes`.
pub(super) fn from_bytes(bytes: &[u8], districts: &[District], themes: usize) -> Option<Read> {
    let mut input = In(bytes.strip_prefix(TAG)?);
    let from = usize::try_from(input.u64()?).ok()?;
    if input.u64()? != districts.len() as u64 {
        return None;
    }
    let signature = input.u64()?;
    let shared = input.text()?;
    let shared_en = match input.byte()? {
        0 => None,
        1 => Some(shared),
        _ => return None,
    };
    let keys = read_keys(&mut input, districts.len())?;
    let mut part = Indexed {
        keys,
        flat_themes: input.array()?,
        highlight_ends: input.array()?,
        highlights: input.array()?.into_iter().map(|h| h as usize).collect(),
        carried: input.array()?,
        carried_ends: input.array()?,
    };
    if !input.0.is_empty() || !themes_fit(&part, districts, themes) {
        return None;
    }
    part.keys.shrink_to_fit();
    Some(Read { from, themes: signature, shared_en, part })
}

/// A store's keys, one group per district, each key's offsets inside the store and in order.
fn read_keys(input: &mut In, districts: usize) -> Option<KeyStore> {
    let text = input.text()?;
    let meta_len = usize::try_from(input.u64()?).ok()?;
    let meta_bytes = input.take(meta_len.checked_mul(2)?)?;
    let meta: Vec<u16> = meta_bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect();
    let count = usize::try_from(input.u64()?).ok()?;
    let mut keys = Vec::with_capacity(count.min(input.0.len() / 14));
    for _ in 0..count {
        let raw = input.take(14)?;
        let word = |i: usize| u32::from_le_bytes([raw[i], raw[i + 1], raw[i + 2], raw[i + 3]]);
        let field = match (raw[12], word(8)) {
            (0, 0) => Field::Name,
            (1, 0) => Field::En,
            (2, 0) => Field::Pinyin,
            (3, 0) => Field::Id,
            (4, n) => Field::Alias(n),
            _ => return None,
        };
        let anchored = match raw[13] {
            0 => false,
            1 => true,
            _ => return None,
        };
        keys.push(Entry { text: word(0), meta: word(4), field, anchored });
    }
    let groups: Vec<u32> = input.array()?;
    // Each key runs from its offsets to the next key's (the last to the end), cut at character boundaries;
    // its characters' metadata is read with `get` (see `Key`).
    let mut next = (text.len(), meta.len());
    for e in keys.iter().rev() {
        let (t, m) = (e.text as usize, e.meta as usize);
        if t > next.0 || m > next.1 || !text.is_char_boundary(t) {
            return None;
        }
        next = (t, m);
    }
    if next != (0, 0) || groups.len() != districts || groups.first().is_some_and(|&g| g != 0) {
        return None;
    }
    if !ascending(&groups, keys.len()) {
        return None;
    }
    Some(KeyStore { text, meta, keys, groups })
}

/// Are the highlights those of `districts`, and every theme number one of `themes`?
fn themes_fit(part: &Indexed, districts: &[District], themes: usize) -> bool {
    let counts = part.highlights.iter().zip(districts).all(|(&n, d)| n == d.highlights.len());
    // Summed from the districts, whose counts are real: the share's could overflow.
    let highlights: usize = districts.iter().map(|d| d.highlights.len()).sum();
    counts
        && part.highlights.len() == districts.len()
        && part.highlight_ends.len() == highlights
        && ends(&part.highlight_ends, part.flat_themes.len())
        && part.carried_ends.len() == districts.len()
        && ends(&part.carried_ends, part.carried.len())
        && part.flat_themes.iter().chain(&part.carried).all(|&t| (t as usize) < themes)
}

/// Do `offsets` never go back and stay within `len`?
fn ascending(offsets: &[u32], len: usize) -> bool {
    offsets.windows(2).all(|w| w[0] <= w[1]) && offsets.last().is_none_or(|&o| o as usize <= len)
}

/// Ends of runs: never going back, the last at `len` (none when there is nothing).
fn ends(offsets: &[u32], len: usize) -> bool {
    ascending(offsets, len) && offsets.last().map_or(len == 0, |&o| o as usize == len)
}

struct Out(Vec<u8>);

impl Out {
    fn u64(&mut self, n: u64) {
        self.0.extend_from_slice(&n.to_le_bytes());
    }

    fn u32s(&mut self, values: &[u32]) {
        values.iter().for_each(|v| self.0.extend_from_slice(&v.to_le_bytes()));
    }

    fn array(&mut self, values: &[u32]) {
        self.u64(values.len() as u64);
        self.u32s(values);
    }

    fn text(&mut self, text: &str) {
        self.u64(text.len() as u64);
        self.0.extend_from_slice(text.as_bytes());
    }
}

struct In<'a>(&'a [u8]);

impl<'a> In<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (taken, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(taken)
    }

    fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    /// An array of 32-bit numbers; its length is checked against the bytes left before room is made.
    fn array(&mut self) -> Option<Vec<u32>> {
        let len = usize::try_from(self.u64()?).ok()?;
        let bytes = self.take(len.checked_mul(4)?)?;
        Some(bytes.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect())
    }

    /// UTF-8 text, checked in one pass (simdutf8, as the cache's districts are).
    fn text(&mut self) -> Option<String> {
        let len = usize::try_from(self.u64()?).ok()?;
        let bytes = self.take(len)?;
        simdutf8::basic::from_utf8(bytes).ok().map(str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::search::{Preparer, SearchIndex};

    /// The built-in dataset's first four districts, and what the cache keeps beside the next eight: their
    /// folded text, where its parts start, and their share.
    fn kept() -> (Dataset, Vec<u8>) {
        let data = Dataset::embedded().expect("the built-in dataset loads");
        let mut head = data.clone();
        head.districts.truncate(4);
        let bytes = Preparer::new(&head).prepare(&data.districts[4..12]).to_bytes();
        (data, bytes)
    }

    /// The index of the first twelve districts, grown by the share `bytes` keep when it is taken; and
    /// whether it was.
    fn grown(data: &Dataset, bytes: &[u8]) -> (SearchIndex, bool) {
        let mut head = data.clone();
        head.districts.truncate(4);
        let mut index = SearchIndex::new(&head);
        let share = Preparer::new(&head).take(&data.districts[4..12], bytes.to_vec());
        let kept = share.kept();
        head.districts.extend_from_slice(&data.districts[4..12]);
        index.extend_prepared(&head, 4, vec![share]);
        (index, kept)
    }

    /// What the index answers of its twelve districts.
    fn answers(index: &SearchIndex) -> String {
        let filters: Vec<_> = ["hd", "东城", "ljfl", "district", "x"].iter().map(|q| index.filter(q)).collect();
        let found: Vec<_> = ["人大", "代表", "，", "2020"].iter().map(|w| index.texts.search(w, |_| true)).collect();
        let themes: Vec<_> = (0..12).map(|d| (index.district_themes(d), index.highlight_themes(d, 0))).collect();
        format!("{filters:?} {found:?} {themes:?} {:?}", index.theme_counts)
    }

    #[test]
    fn a_share_read_back_is_the_share_made() {
        let (data, bytes) = kept();
        let (read, kept) = grown(&data, &bytes);
        assert!(kept, "taken from the bytes");
        let mut twelve = data.clone();
        twelve.districts.truncate(12);
        assert_eq!(answers(&read), answers(&SearchIndex::new(&twelve)));
    }

    #[test]
    fn a_share_cut_short_or_of_other_districts_is_not_taken() {
        let (data, kept) = kept();
        let bytes = crate::search::prepared::split_kept(&kept).expect("a share after the folded text").share;
        for len in (0..bytes.len()).step_by(7).chain([bytes.len() - 1]) {
            assert!(from_bytes(&bytes[..len], &data.districts[4..12], data.themes.len()).is_none(), "cut at {len}");
        }
        let more = [bytes, b"x"].concat();
        assert!(from_bytes(&more, &data.districts[4..12], data.themes.len()).is_none(), "more after");
        assert!(from_bytes(bytes, &data.districts[4..11], data.themes.len()).is_none(), "fewer districts");
        assert!(from_bytes(bytes, &data.districts[5..13], data.themes.len()).is_none(), "other districts");
        assert!(from_bytes(bytes, &data.districts[4..12], 1).is_none(), "themes it does not have");
    }

    /// A share that fits but says odd things (no keys at all, every highlight on the last theme, a district
    /// carrying it twice) is taken, and the index still answers every question without a panic.
    #[test]
    fn a_share_that_fits_but_lies_leaves_an_index_that_answers() {
        let data = Dataset::embedded().expect("the built-in dataset loads");
        let batch = &data.districts[4..12];
        let last = (data.themes.len() - 1) as u32;
        let mut part = Indexed::default();
        part.keys.groups = vec![0; batch.len()];
        for d in batch {
            for _ in &d.highlights {
                part.flat_themes.extend([last, last]);
                part.highlight_ends.push(part.flat_themes.len() as u32);
            }
            part.highlights.push(d.highlights.len());
            part.carried.extend([last, last]);
            part.carried_ends.push(part.carried.len() as u32);
        }
        let signature = crate::search::prepared::themes_signature(&data.themes);
        // Kept without a folded text: the batch's text is folded where it joins.
        let bytes = [to_bytes(4, signature, Some("District"), &part), vec![0; 16]].concat();
        let (index, kept) = grown(&data, &bytes);
        assert!(kept, "it fits");
        answers(&index);
        let all = vec![true; data.themes.len()];
        for d in 0..14 {
            index.matching_highlights(d, &all);
            index.split(d, 13 - d);
        }
        index.filter_by_theme(last as usize);
    }

    /// A folded text that has the districts' parts but not their words (each part as long as the text it stands
    /// for, in ASCII: where the text is Chinese, three times as many characters) is taken, as its content is
    /// not checked; what a search finds in it is still shown inside the part's real text, and the districts
    /// before it are found as they are.
    #[test]
    fn a_folded_text_that_lies_finds_nothing_outside_the_texts() {
        let (data, bytes) = kept();
        let share = crate::search::prepared::split_kept(&bytes).expect("a share after the folded text").share;
        let batch = &data.districts[4..12];
        let lengths = crate::search::folded::part_lengths(batch);
        let folded: String = lengths.iter().map(|&len| "ab".repeat(len / 2) + "\0").collect();
        let starts: Vec<u8> = [0]
            .into_iter()
            .chain(memchr::memchr_iter(0, folded.as_bytes()).map(|nul| nul + 1))
            .take(lengths.len())
            .flat_map(|start| (start as u32).to_le_bytes())
            .collect();
        let lengths_kept = [folded.len() as u64, lengths.len() as u64].map(u64::to_le_bytes).concat();
        let annex = [folded.as_bytes(), &starts, share, &lengths_kept].concat();
        let (index, kept) = grown(&data, &annex);
        assert!(kept, "it fits");
        let mut twelve = data.clone();
        twelve.districts.truncate(12);
        let found = index.texts.search("ab", |_| true);
        let truthful = SearchIndex::new(&twelve).texts.search("ab", |d| d < 4);
        assert_eq!(found.iter().filter(|o| o.district < 4).copied().collect::<Vec<_>>(), truthful);
        let forged = lengths.iter().map(|len| len / 2).sum::<usize>();
        assert_eq!(found.iter().filter(|o| o.district >= 4).count(), forged, "every forged one");
        let past = found.iter().filter(|o| o.start + o.len > o.text(&twelve).chars().count()).count();
        // The Chinese parts' hits lie past their end from a third of the way on (the English parts' do not).
        assert!(past > forged / 10, "hits past their part's end, to be shown ({past} of {forged})");
        for o in &found {
            let text = o.text(&twelve);
            let context = o.context(&twelve, 5, 5);
            let shown = [context.before.as_str(), &context.hit, &context.after].concat();
            assert!(text.replace(['\n', '\r'], " ").contains(&shown), "{o:?} shows {shown:?}, not of {text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Bytes changed anywhere (in the folded text, its starts, the share, or the lengths after them) never
        /// make the browser's index panic: what they keep is refused, or it is taken with every offset in
        /// bounds, and the index answers.
        #[test]
        fn changed_bytes_never_make_an_index_that_panics(
            changes in proptest::collection::vec((proptest::prelude::any::<proptest::sample::Index>(), 0u8..=255), 1..6)
        ) {
            let (data, mut bytes) = kept();
            for (at, value) in changes {
                let at = at.index(bytes.len());
                bytes[at] = value;
            }
            let (index, _) = grown(&data, &bytes);
            answers(&index);
        }
    }
}
