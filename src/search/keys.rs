//! Search keys: the forms a label can be typed in, built once at load.
//!
//! A label such as 垃圾分类 is matched as itself, as full pinyin (`lajifenlei`) and as initials (`ljfl`).
//! Polyphones are common (长 zhang/chang, 行 xing/hang, 朝 zhao/chao), so a character's other readings give
//! further keys. Every key remembers, for each of its characters, which character of the label it stands
//! for, so that a match on `ljfl` highlights 垃圾分类 on screen.

use pinyin::ToPinyinMulti;

/// Which field of a theme or district a key was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The Chinese name.
    Name,
    /// The English label.
    En,
    /// The dataset's own romanisation (districts).
    Pinyin,
    /// The id.
    Id,
    /// The n-th alias (themes).
    Alias(u32),
}

/// One searchable form of a label, borrowed from a [`KeyStore`].
#[derive(Debug, Clone, Copy)]
pub struct Key<'a> {
    pub field: Field,
    /// Lowercased text that the query is matched against.
    pub text: &'a str,
    /// For each character of `text`: the index of the label's character it stands for (low 15 bits) and
    /// whether a word or syllable starts there (high bit).
    meta: &'a [u16],
    /// Must a match begin at the key's first character? True for pinyin and initials: `hd` inside
    /// 代表活动站 (dai·biao·huo·dong·zhan) is an accident, not what a reader typing `hd` means; a part of a
    /// label is typed in Chinese.
    pub anchored: bool,
}

impl Key<'_> {
    /// Does a word or syllable start at character `i` of the key?
    pub fn starts(&self, i: usize) -> bool {
        self.meta.get(i).is_some_and(|m| m & START != 0)
    }

    /// The index of the label's character that character `i` of the key stands for.
    pub fn source(&self, i: usize) -> Option<usize> {
        self.meta.get(i).map(|m| (m & !START) as usize)
    }
}

/// The keys of many labels, grouped (one group per theme or district), kept in one place: every key's
/// text one after another in one string and its character metadata in one vector. Ten thousand districts
/// have some eighty thousand keys; as a vector of strings each they took 10.8 MB, here about 3 MB.
#[derive(Debug, Default)]
pub struct KeyStore {
    pub(super) text: String,
    pub(super) meta: Vec<u16>,
    pub(super) keys: Vec<Entry>,
    /// Where each group's keys start in `keys`.
    pub(super) groups: Vec<u32>,
}

/// Where one key lies in the store; it ends where the next one starts.
#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    pub text: u32,
    pub meta: u32,
    pub field: Field,
    pub anchored: bool,
}

impl KeyStore {
    /// Adds a group made of the keys of `labels`; a key two labels share is kept once.
    pub fn push_group<'l>(&mut self, labels: impl IntoIterator<Item = (&'l str, Field)>) {
        self.groups.push(self.keys.len() as u32);
        for (label, field) in labels {
            self.add_label(label, field);
        }
    }

    /// How many groups there are.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The keys of group `g` (none if there is no such group).
    pub fn group(&self, g: usize) -> impl Iterator<Item = Key<'_>> + Clone {
        let start = self.groups.get(g).map_or(self.keys.len(), |&s| s as usize);
        let end = self.groups.get(g + 1).map_or(self.keys.len(), |&s| s as usize);
        (start..end).map(|k| self.key(k))
    }

    /// Appends another store's groups after this one's (stores are built on several threads).
    pub fn append(&mut self, other: KeyStore) {
        let (text, meta, keys) = (self.text.len() as u32, self.meta.len() as u32, self.keys.len() as u32);
        if u32::try_from(self.text.len() + other.text.len()).is_err()
            || u32::try_from(self.meta.len() + other.meta.len()).is_err()
        {
            // Past 32-bit offsets (never for a loaded dataset): the groups stay, so that group numbers still
            // name the same labels, but without keys.
            self.groups.extend(other.groups.iter().map(|_| keys));
            return;
        }
        self.text.reserve_exact(other.text.len());
        self.meta.reserve_exact(other.meta.len());
        self.keys.reserve_exact(other.keys.len());
        self.groups.reserve_exact(other.groups.len());
        self.text.push_str(&other.text);
        self.meta.extend_from_slice(&other.meta);
        self.keys.extend(other.keys.iter().map(|e| Entry { text: e.text + text, meta: e.meta + meta, ..*e }));
        self.groups.extend(other.groups.iter().map(|g| g + keys));
    }

    /// Gives back the room a growing store keeps for more.
    /// Makes room for `expected` groups in all, judged by the `now` there: the store then grows in place.
    pub fn reserve_for(&mut self, expected: usize, now: usize) {
        let wanted = wanted(self.text.len(), expected, now);
        if self.text.capacity() < wanted {
            self.text.reserve_exact(wanted + wanted / 10 - self.text.len());
        }
        reserve_for(&mut self.meta, expected, now);
        reserve_for(&mut self.keys, expected, now);
        reserve_for(&mut self.groups, expected, now);
    }

    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.meta.shrink_to_fit();
        self.keys.shrink_to_fit();
        self.groups.shrink_to_fit();
    }

    fn key(&self, k: usize) -> Key<'_> {
        let e = self.keys[k];
        let next = self.keys.get(k + 1);
        let text_end = next.map_or(self.text.len(), |n| n.text as usize);
        let meta_end = next.map_or(self.meta.len(), |n| n.meta as usize);
        Key {
            field: e.field,
            text: &self.text[e.text as usize..text_end],
            meta: &self.meta[e.meta as usize..meta_end],
            anchored: e.anchored,
        }
    }

    /// The keys of one label: itself, folded, and, when it holds Chinese characters, its pinyin and
    /// initials in every reading.
    fn add_label(&mut self, label: &str, field: Field) {
        if label.is_empty() {
            return;
        }
        // The buffers are the thread's, kept from label to label: a large file has some forty thousand
        // labels, and fresh buffers for each were most of the time its keys took.
        WORK.with_borrow_mut(|work| self.add_label_with(label, field, work));
    }

    fn add_label_with(&mut self, label: &str, field: Field, work: &mut Work) {
        work.full.clear();
        folded(label, &mut work.full);
        // The label's own form is always a key of its field (a district's pinyin field says Chaoyang even
        // though its name's pinyin key says the same): a hit reports the field it was found in.
        self.push(&work.full, field, false);
        work.chars.clear();
        work.readings.clear();
        work.spans.clear();
        for c in label.chars() {
            let from = work.readings.len();
            readings_into(c, &mut work.readings);
            work.chars.push(c);
            work.spans.push((from, work.readings.len() - from));
        }
        if work.readings.is_empty() {
            return;
        }
        // The first reading of every character, then each other reading of one character at a time (see
        // `MAX_VARIANTS`).
        let others = work.spans.iter().enumerate().flat_map(|(i, &(_, n))| (1..n).map(move |alt| Some((i, alt))));
        let variants: Vec<Option<(usize, usize)>> = std::iter::once(None).chain(others).take(MAX_VARIANTS).collect();
        for variant in variants {
            work.full.clear();
            work.initials.clear();
            for (i, &c) in work.chars.iter().enumerate() {
                let (from, n) = work.spans[i];
                let choice = match variant {
                    Some((at, alt)) if at == i => alt,
                    _ => 0,
                };
                if choice < n {
                    let syllable = work.readings[from + choice];
                    for (k, ch) in syllable.chars().enumerate() {
                        work.full.push(ch, k == 0, i);
                    }
                    if let Some(first) = syllable.chars().next() {
                        work.initials.push(first, true, i);
                    }
                } else if c.is_alphanumeric() {
                    let start = i == 0 || !work.chars[i - 1].is_alphanumeric() || !c.is_ascii();
                    for lower in c.to_lowercase() {
                        work.full.push(lower, start, i);
                        work.initials.push(lower, start, i);
                    }
                }
                // Punctuation has no sound.
            }
            self.add_pinyin(&work.full, field);
            self.add_pinyin(&work.initials, field);
        }
    }

    /// Adds a pinyin key to the last group unless it is empty or the group already has one with its text.
    fn add_pinyin(&mut self, key: &Scratch, field: Field) {
        let group = self.groups.last().map_or(0, |&g| g as usize);
        if key.text.is_empty() || (group..self.keys.len()).any(|k| self.key(k).text == key.text) {
            return;
        }
        self.push(key, field, true);
    }

    fn push(&mut self, key: &Scratch, field: Field, anchored: bool) {
        // Offsets are 32-bit. The loader keeps every text under about 1 GB (see `limits::MAX_EXPANSION`);
        // a store built from anything larger leaves out the keys that would not fit rather than misplace them.
        let (Ok(text), Ok(meta)) = (u32::try_from(self.text.len()), u32::try_from(self.meta.len())) else { return };
        if u32::try_from(self.text.len() + key.text.len()).is_err() {
            return;
        }
        self.keys.push(Entry { text, meta, field, anchored });
        self.text.push_str(&key.text);
        self.meta.extend_from_slice(&key.meta);
    }
}

thread_local! {
    static WORK: std::cell::RefCell<Work> = std::cell::RefCell::default();
}

/// What a label's keys are built in.
#[derive(Default)]
struct Work {
    full: Scratch,
    initials: Scratch,
    chars: Vec<char>,
    /// Every character's readings, one character after another ...
    readings: Vec<&'static str>,
    /// ... and where each character's start in `readings`, and how many it has.
    spans: Vec<(usize, usize)>,
}

/// A key being built.
#[derive(Debug, Default)]
struct Scratch {
    text: String,
    meta: Vec<u16>,
}

impl Scratch {
    fn push(&mut self, c: char, start: bool, source: usize) {
        self.text.push(c);
        self.meta.push(source.min(MAX_SOURCE) as u16 | if start { START } else { 0 });
    }

    fn clear(&mut self) {
        self.text.clear();
        self.meta.clear();
    }
}

/// At most this many readings per label: one per polyphonic character beyond the first reading, which keeps
/// the count linear in the label's length instead of exponential.
const MAX_VARIANTS: usize = 6;

/// Labels longer than this map their tail to its last character (a highlight there is approximate).
const MAX_SOURCE: usize = (1 << 15) - 1;
const START: u16 = 1 << 15;

/// Every plain reading of a Chinese character, without repeats (`朝` → chao, zhao); empty for other text.
pub(crate) fn readings_of(c: char) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    readings_into(c, &mut out);
    out
}

/// [`readings_of`], appended to `out`.
fn readings_into(c: char, out: &mut Vec<&'static str>) {
    let from = out.len();
    if let Some(multi) = c.to_pinyin_multi() {
        for p in multi {
            let plain = p.plain();
            if !out[from..].contains(&plain) {
                out.push(plain);
            }
        }
    }
}

/// The label itself, lowercased, with word starts after spaces and punctuation and at every Chinese
/// character.
fn folded(label: &str, key: &mut Scratch) {
    let mut prev: Option<char> = None;
    for (i, c) in label.chars().enumerate() {
        let start = match prev {
            None => true,
            Some(p) => !c.is_ascii() || !p.is_alphanumeric() || (p.is_lowercase() && c.is_uppercase()),
        };
        for (k, lower) in c.to_lowercase().enumerate() {
            key.push(lower, start && k == 0, i);
        }
        prev = Some(c);
    }
}

/// Room in `v` for what `expected` items will need, judged by what `now` items took (2 % more), so that a
/// vector filled batch by batch grows once rather than by doubling, which leaves up to half of it empty.
pub fn reserve_for<T>(v: &mut Vec<T>, expected: usize, now: usize) {
    let wanted = wanted(v.len(), expected, now);
    if v.capacity() < wanted {
        // A tenth more than judged: the estimate moves as batches arrive, and each move must not copy it all.
        v.reserve_exact(wanted + wanted / 10 - v.len());
    }
}

/// Gives back what is left unused when it is more than an eighth (copying a large vector to save a few
/// percent would, for a moment, hold it twice).
pub fn shrink_if_slack<T>(v: &mut Vec<T>) {
    if v.capacity() - v.len() > v.len() / 8 {
        v.shrink_to_fit();
    }
}

/// What `expected` items will take, when `now` took `len` (2 % more); `len` itself when nothing is expected.
pub fn wanted(len: usize, expected: usize, now: usize) -> usize {
    if now == 0 || expected <= now {
        return len;
    }
    len.saturating_mul(expected) / now + len / 50
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(label: &str, field: Field) -> KeyStore {
        let mut store = KeyStore::default();
        store.push_group([(label, field)]);
        store
    }

    fn texts(label: &str) -> Vec<String> {
        store(label, Field::Name).group(0).map(|k| k.text.to_string()).collect()
    }

    #[test]
    fn chinese_gets_pinyin_and_initials() {
        let t = texts("垃圾分类");
        assert!(t.contains(&"lajifenlei".to_string()), "{t:?}");
        assert!(t.contains(&"ljfl".to_string()), "{t:?}");
    }

    #[test]
    fn polyphones_give_every_reading() {
        let t = texts("朝阳");
        assert!(t.contains(&"chaoyang".to_string()) && t.contains(&"zhaoyang".to_string()), "{t:?}");
        assert!(t.contains(&"cy".to_string()) && t.contains(&"zy".to_string()), "{t:?}");
    }

    #[test]
    fn keys_map_back_to_the_label() {
        let store = store("海淀", Field::Name);
        let full = store.group(0).find(|k| k.text == "haidian").expect("full pinyin");
        let sources: Vec<usize> = (0..7).filter_map(|i| full.source(i)).collect();
        assert_eq!(sources, [0, 0, 0, 1, 1, 1, 1]);
        let starts: Vec<bool> = (0..7).map(|i| full.starts(i)).collect();
        assert_eq!(starts, [true, false, false, true, false, false, false]);
    }

    #[test]
    fn groups_keep_their_own_keys_after_stores_are_joined() {
        let mut a = KeyStore::default();
        a.push_group([("海淀", Field::Name), ("Haidian", Field::Pinyin)]);
        let mut b = KeyStore::default();
        b.push_group([("朝阳", Field::Name)]);
        b.push_group([("x-1", Field::Id)]);
        a.append(b);
        assert_eq!(a.len(), 3);
        let texts = |g: usize| a.group(g).map(|k| (k.text.to_string(), k.field)).collect::<Vec<_>>();
        assert!(texts(0).contains(&("haidian".to_string(), Field::Pinyin)), "{:?}", texts(0));
        assert!(texts(0).contains(&("hd".to_string(), Field::Name)));
        assert!(texts(1).contains(&("zy".to_string(), Field::Name)) && texts(1).iter().all(|(t, _)| t != "hd"));
        assert_eq!(texts(2), [("x-1".to_string(), Field::Id)]);
        let full = a.group(1).find(|k| k.text == "chaoyang").expect("full pinyin");
        assert_eq!((full.source(4), full.starts(4), full.anchored), (Some(1), true, true));
        assert_eq!(a.group(3).count(), 0);
    }

    #[test]
    fn english_labels_fold_case_and_mark_word_starts() {
        let store = store("Waste sorting", Field::En);
        let out: Vec<Key> = store.group(0).collect();
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].text, "waste sorting");
        assert!(out[0].starts(0) && out[0].starts(6) && !out[0].starts(1));
    }
}
