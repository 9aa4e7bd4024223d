//! A batch's share of the index, read on the loading thread while the browser takes in the batches before.
//!
//! A large file arrives batch by batch, and the browser used to index each batch itself: its pinyin keys were
//! a large part of the time the browser's thread spent on a file that was already parsed (or read from the
//! cache). The cache now keeps each batch's share beside it, with the keyword search's folded text (see
//! `kept`, `folded`): made here once everything is loaded the first time, when the entry is written (see
//! `dataset::Fill`), and read back here the second time, the browser appending it. A batch with nothing
//! kept the browser indexes and folds itself, straight into its index (a copy made here would be copied
//! there).
//!
//! What a share is made with (the themes' numbers, the English word every district's name ends with) is only
//! what the loading thread expects the index to have: the browser checks both and indexes the batch itself
//! when either differs, so a share made here never makes an index other than the one
//! [`SearchIndex::extend`] makes (tests prove the two alike). One read back from the cache is checked for its
//! shape, not its content: a forged one can mislead a search, never make it fail (see `kept`, `folded`).

use super::folded::Folded;
use super::labels::{all_end_with, shared_last_word, shared_word};
use super::{HashMap, Indexed, SearchIndex, Shared};
use crate::dataset::{Dataset, District, Theme};

/// The index of a run of districts, to be appended to a [`SearchIndex`] (see [`SearchIndex::extend_prepared`]).
pub struct Prepared {
    part: Indexed,
    /// The word left out of the keys of English names.
    shared_en: Option<String>,
    /// The themes the theme numbers are of (see [`themes_signature`]).
    themes: u64,
    /// The first district of the run, counted in the dataset it joins, and how many there are.
    from: usize,
    count: usize,
    /// Was it read from the cache (rather than made)?
    kept: bool,
    /// The districts' texts folded for the keyword search, when they came folded.
    folded: Option<Folded>,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared").field("from", &self.from).field("count", &self.count).finish_non_exhaustive()
    }
}

/// Makes the shares of the batches of one dataset, in order, following the dataset as its batches arrive.
pub struct Preparer {
    theme_ids: HashMap<Box<str>, u32>,
    themes: u64,
    shared_en: Option<String>,
    /// How many districts the dataset has so far.
    count: usize,
    /// The English name of its first district while it has only one (the word shared is not known yet).
    first_en: Option<String>,
}

/// What tells one list of themes from another: their ids, in order (xxh3, the same from build to build: it
/// is kept in the cache).
pub(super) fn themes_signature(themes: &[Theme]) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(&(themes.len() as u64).to_le_bytes());
    for t in themes {
        hasher.update(&(t.id.len() as u64).to_le_bytes());
        hasher.update(t.id.as_bytes());
    }
    hasher.digest()
}

impl Preparer {
    /// A preparer for the batches that will join `data` (its head and the districts it has now).
    pub fn new(data: &Dataset) -> Preparer {
        Preparer {
            theme_ids: data.themes.iter().enumerate().map(|(i, t)| (Box::from(t.id.as_str()), i as u32)).collect(),
            themes: themes_signature(&data.themes),
            shared_en: shared_last_word(&data.districts).map(str::to_string),
            count: data.districts.len(),
            first_en: (data.districts.len() == 1).then(|| data.districts[0].en.to_string()),
        }
    }

    /// The share of the index of `districts`, the next batch of the dataset, with their texts folded (for
    /// the cache to keep).
    pub fn prepare(&mut self, districts: &[District]) -> Prepared {
        let from = self.advance(districts);
        Prepared { folded: Folded::of(districts), ..self.make(districts, from) }
    }

    /// The share of the index of `districts`, the next batch of the dataset, read from what the cache kept
    /// beside them (see [`Prepared::to_bytes`]) when that is a share of them made as this one would be;
    /// otherwise made here. Their folded text is taken in the buffer `kept` came in, when it is theirs.
    pub fn take(&mut self, districts: &[District], mut kept: Vec<u8>) -> Prepared {
        let from = self.advance(districts);
        let split = split_kept(&kept);
        let share = split.as_ref().map(|k| k.share);
        let read = share.and_then(|share| super::kept::from_bytes(share, districts, self.theme_ids.len()));
        let mut prepared = match read {
            Some(read) if read.from == from && read.themes == self.themes && read.shared_en == self.shared_en => {
                let super::kept::Read { part, shared_en, themes, from } = read;
                Prepared { part, shared_en, themes, from, count: districts.len(), kept: true, folded: None }
            }
            _ => self.make(districts, from),
        };
        if let Some(Kept { text_len, starts, .. }) = split {
            // The starts are read before the buffer is cut to the folded text it begins with.
            let starts = Folded::starts_from(starts);
            kept.truncate(text_len);
            prepared.folded = starts.and_then(|starts| Folded::from_bytes(kept, starts, districts));
        }
        prepared
    }

    /// Follows the dataset over `districts`, the next batch, indexed elsewhere.
    pub fn follow(&mut self, districts: &[District]) {
        self.advance(districts);
    }

    /// Follows the dataset to the end of `districts`, the next batch; where they start.
    fn advance(&mut self, districts: &[District]) -> usize {
        // The word shared, as `SearchIndex::extend` decides it.
        self.shared_en = match self.shared_en.take() {
            Some(w) if all_end_with(districts, &w) => Some(w),
            // The names before agree on it, a new one does not: none is shared by all now.
            Some(_) => None,
            None if self.count > 1 => None,
            None => {
                let names = self.first_en.iter().map(String::as_str).chain(districts.iter().map(|d| d.en.as_str()));
                shared_word(names).map(str::to_string)
            }
        };
        let from = self.count;
        if self.count == 0 {
            self.first_en = districts.first().map(|d| d.en.to_string());
        }
        self.count += districts.len();
        if self.count > 1 {
            self.first_en = None;
        }
        from
    }

    /// The share of `districts`, starting at `from`, made here.
    fn make(&self, districts: &[District], from: usize) -> Prepared {
        let mut part = Indexed::default();
        let shared = Shared::Now(self.shared_en.as_deref());
        districts.iter().for_each(|d| part.add(d, &self.theme_ids, shared));
        let shared_en = self.shared_en.clone();
        Prepared { part, shared_en, themes: self.themes, from, count: districts.len(), kept: false, folded: None }
    }
}

/// What the cache kept beside a batch (see [`Prepared::to_bytes`]).
pub(super) struct Kept<'a> {
    /// The length of the folded text it starts with.
    pub text_len: usize,
    /// Where each of its parts starts.
    pub starts: &'a [u8],
    /// The share of the index.
    pub share: &'a [u8],
}

/// The parts of what the cache kept beside a batch, told by the two lengths at its end.
pub(super) fn split_kept(kept: &[u8]) -> Option<Kept<'_>> {
    let (rest, starts) = kept.split_last_chunk::<8>()?;
    let (rest, text_len) = rest.split_last_chunk::<8>()?;
    let text_len = usize::try_from(u64::from_le_bytes(*text_len)).ok()?;
    let starts = usize::try_from(u64::from_le_bytes(*starts)).ok()?.checked_mul(4)?;
    let (starts, share) = rest.get(text_len..)?.split_at_checked(starts)?;
    Some(Kept { text_len, starts, share })
}

impl Prepared {
    /// Was this share read from the cache rather than made?
    pub fn kept(&self) -> bool {
        self.kept
    }

    /// Does the districts' folded text come with this share (made with it, or read back and taken)?
    pub fn came_folded(&self) -> bool {
        self.folded.is_some()
    }

    /// The bytes that keep this share in the cache, beside its batch: the folded text first (so that, read
    /// back into a buffer of its own, it is taken in that buffer), where each of its parts starts, the share,
    /// then the folded text's length and its number of parts.
    pub fn to_bytes(&self) -> Vec<u8> {
        let share = super::kept::to_bytes(self.from, self.themes, self.shared_en.as_deref(), &self.part);
        let (text, starts) = self.folded.as_ref().map_or((&[][..], Vec::new()), |f| (&f.text[..], f.starts_bytes()));
        let lengths = [text.len() as u64, starts.len() as u64 / 4].map(u64::to_le_bytes).concat();
        [text, &starts, &share, &lengths].concat()
    }
}

impl SearchIndex {
    /// Indexes the districts of `data` from `from` on as [`SearchIndex::extend`] does, taking the shares
    /// `prepared` made of them when they are of these districts and were made as this index would make them;
    /// any other way, the districts are indexed here. Says how many districts came indexed.
    pub fn extend_prepared(&mut self, data: &Dataset, from: usize, prepared: Vec<Prepared>) -> usize {
        let mut at = from;
        for share in prepared {
            if !self.takes(data, at, &share) {
                break;
            }
            self.first_highlight.pop();
            self.highlight_starts.pop();
            self.carried_starts.pop();
            let new = &data.districts[at..at + share.count];
            self.append(share.part);
            // Folded text that came with the share is taken as it is; otherwise it is folded here.
            if !share.folded.is_some_and(|folded| self.texts.adopt(folded, new)) {
                self.texts.extend(new);
            }
            self.push_ends();
            at += share.count;
        }
        if at < data.districts.len() {
            self.extend(data, at);
        }
        at - from
    }

    /// Is `share` the index of the districts from `at` on, made as this index would make it? The word the
    /// English names share may only change with the whole index made again (see `extend`): a share made
    /// with another is no use then, nor one made with other themes.
    fn takes(&self, data: &Dataset, at: usize, share: &Prepared) -> bool {
        let Some(new) = data.districts.get(at..at + share.count) else { return false };
        if share.from != at || share.themes != self.themes || self.first_highlight.len() != at + 1 {
            return false;
        }
        if share.shared_en != self.shared_en {
            return false;
        }
        match self.shared_en.as_deref() {
            Some(w) => all_end_with(new, w),
            // None stays none once there are two districts (see `extend`).
            None => at > 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;

    /// Everything the index answers, for comparing two.
    fn answers(index: &SearchIndex, districts: usize) -> Vec<String> {
        let mut out = vec![format!("{:?}", index.theme_counts)];
        for d in 0..districts {
            out.push(format!(
                "{:?} {:?}",
                index.district_themes(d),
                (0..12).map(|h| index.highlight_themes(d, h)).collect::<Vec<_>>()
            ));
        }
        for query in ["", "dc", "dongcheng", "东城", "ljfl", "垃圾", "district", "qu", "x"] {
            out.push(format!("{:?}", index.filter(query)));
        }
        for word in ["人大", "代表", "the", "，", "2020", "renda", "la ji"] {
            out.push(format!("{:?}", index.texts.search(word, |_| true)));
        }
        // From each district on, across the runs of folded text that came with the shares.
        for d in 0..districts {
            out.push(format!("{:?}", index.texts.search_from("代表", d)));
        }
        out
    }

    /// The index of `data` grown batch by batch (cut at `cuts`), from shares when `prepare`, and how many
    /// districts came from them.
    fn grown(data: &Dataset, cuts: &[usize], prepare: bool) -> (SearchIndex, usize) {
        let mut head = data.clone();
        head.districts.truncate(cuts[0]);
        let mut index = SearchIndex::new(&head);
        let mut preparer = Preparer::new(&head);
        let mut taken = 0;
        for pair in cuts.windows(2) {
            let batch = &data.districts[pair[0]..pair[1]];
            let from = head.districts.len();
            let share = preparer.prepare(batch);
            head.districts.extend_from_slice(batch);
            if prepare {
                taken += index.extend_prepared(&head, from, vec![share]);
            } else {
                index.extend(&head, from);
            }
        }
        (index, taken)
    }

    #[test]
    fn shares_make_the_index_a_whole_load_makes() {
        let data = Dataset::embedded().expect("the built-in dataset loads");
        let whole = answers(&SearchIndex::new(&data), 16);
        // The shares are taken once the index has two districts to tell the shared word by.
        for (cuts, shared) in [(&[1, 2, 16][..], 14), (&[0, 5, 9, 16], 11), (&[3, 16], 13), (&[2, 3, 4, 10, 16], 14)] {
            let (index, taken) = grown(&data, cuts, true);
            assert_eq!(answers(&index, 16), whole, "cut at {cuts:?}");
            assert_eq!(taken, shared, "cut at {cuts:?}");
            assert_eq!(answers(&grown(&data, cuts, false).0, 16), whole, "cut at {cuts:?}, indexed here");
        }
    }

    /// What the cache keeps beside a batch gives back the share and the folded text made, texts left empty
    /// (as English often is) among them.
    #[test]
    fn a_share_read_back_comes_with_its_folded_text() {
        let data = Dataset::embedded().expect("the built-in dataset loads");
        let head = Dataset { districts: data.districts[..4].to_vec(), ..data.clone() };
        let mut batch = data.districts[4..12].to_vec();
        batch[0].lead_en = "".into();
        batch[3].highlights.iter_mut().for_each(|h| h.text_en = "".into());
        let made = Preparer::new(&head).prepare(&batch);
        let read = Preparer::new(&head).take(&batch, made.to_bytes());
        assert!(read.kept() && read.came_folded());
        assert_eq!(read.folded, made.folded);
        let cut = made.to_bytes()[1..].to_vec();
        assert!(!Preparer::new(&head).take(&batch, cut).came_folded(), "cut short");
    }

    #[test]
    fn a_share_made_otherwise_is_not_taken() {
        let data = Dataset::embedded().expect("the built-in dataset loads");
        let whole = answers(&SearchIndex::new(&data), 16);
        // A district whose English name breaks the shared word arrives: the keys of all change.
        let mut odd = data.clone();
        odd.districts[9].en = "Somewhere Else".into();
        let odd_whole = answers(&SearchIndex::new(&odd), 16);
        let (index, taken) = grown(&odd, &[4, 9, 16], true);
        assert_eq!((answers(&index, 16), taken), (odd_whole, 5));
        // Shares of other themes, of other districts, or given twice are not taken.
        let mut head = data.clone();
        head.districts.truncate(8);
        let mut other_themes = head.clone();
        other_themes.themes.reverse();
        let mut index = SearchIndex::new(&head);
        let share = Preparer::new(&other_themes).prepare(&data.districts[8..]);
        head.districts.extend_from_slice(&data.districts[8..]);
        assert_eq!(index.extend_prepared(&head, 8, vec![share]), 0);
        assert_eq!(answers(&index, 16), whole);
        let mut head = data.clone();
        head.districts.truncate(8);
        let mut index = SearchIndex::new(&head);
        let mut preparer = Preparer::new(&head);
        let first = preparer.prepare(&data.districts[8..12]);
        let wrong = Preparer::new(&head).prepare(&data.districts[12..]);
        head.districts.extend_from_slice(&data.districts[8..]);
        assert_eq!(index.extend_prepared(&head, 8, vec![first, wrong]), 4);
        assert_eq!(answers(&index, 16), whole);
    }
}
