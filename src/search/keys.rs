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
    Alias(usize),
}

/// One searchable form of a label.
#[derive(Debug, Clone)]
pub struct Key {
    pub field: Field,
    /// Lowercased text that the query is matched against.
    pub text: String,
    /// For each character of `text`: the index of the label's character it stands for (low 15 bits) and
    /// whether a word or syllable starts there (high bit). Packed into one `u16` because ten thousand
    /// districts have some eighty thousand keys.
    meta: Vec<u16>,
    /// Must a match begin at the key's first character? True for pinyin and initials: `hd` inside
    /// 代表活动站 (dai·biao·huo·dong·zhan) is an accident, not what a reader typing `hd` means; a part of a
    /// label is typed in Chinese.
    pub anchored: bool,
}

/// At most this many readings per label: one per polyphonic character beyond the first reading, which keeps
/// the count linear in the label's length instead of exponential.
const MAX_VARIANTS: usize = 6;

/// The keys of one label: itself, folded, and, when it holds Chinese characters, its pinyin and initials in
/// every reading.
pub fn keys_for(label: &str, field: Field, out: &mut Vec<Key>) {
    if label.is_empty() {
        return;
    }
    out.push(folded(label, field));
    let readings: Vec<Vec<&'static str>> = label.chars().map(readings_of).collect();
    if readings.iter().all(|r| r.is_empty()) {
        return;
    }
    let mut variants: Vec<Vec<usize>> = vec![vec![0; readings.len()]];
    for (i, r) in readings.iter().enumerate() {
        for alt in 1..r.len() {
            if variants.len() >= MAX_VARIANTS {
                break;
            }
            let mut v = vec![0; readings.len()];
            v[i] = alt;
            variants.push(v);
        }
    }
    let chars: Vec<char> = label.chars().collect();
    for choice in variants {
        let mut full = Key { field, text: String::new(), meta: Vec::new(), anchored: true };
        let mut initials = full.clone();
        for (i, &c) in chars.iter().enumerate() {
            match readings[i].get(choice[i]) {
                Some(syllable) => {
                    for (k, ch) in syllable.chars().enumerate() {
                        push(&mut full, ch, k == 0, i);
                    }
                    if let Some(first) = syllable.chars().next() {
                        push(&mut initials, first, true, i);
                    }
                }
                None if c.is_alphanumeric() => {
                    let start = i == 0 || !chars[i - 1].is_alphanumeric() || !c.is_ascii();
                    for lower in c.to_lowercase() {
                        push(&mut full, lower, start, i);
                        push(&mut initials, lower, start, i);
                    }
                }
                None => {} // punctuation has no sound
            }
        }
        for key in [full, initials] {
            if !key.text.is_empty() && !out.iter().any(|k| k.text == key.text) {
                out.push(key);
            }
        }
    }
}

/// Labels longer than this map their tail to its last character (a highlight there is approximate).
const MAX_SOURCE: usize = (1 << 15) - 1;
const START: u16 = 1 << 15;

fn push(key: &mut Key, c: char, start: bool, source: usize) {
    key.text.push(c);
    key.meta.push(source.min(MAX_SOURCE) as u16 | if start { START } else { 0 });
}

impl Key {
    /// Does a word or syllable start at character `i` of the key?
    pub fn starts(&self, i: usize) -> bool {
        self.meta.get(i).is_some_and(|m| m & START != 0)
    }

    /// The index of the label's character that character `i` of the key stands for.
    pub fn source(&self, i: usize) -> Option<usize> {
        self.meta.get(i).map(|m| (m & !START) as usize)
    }
}

/// Every plain reading of a Chinese character, without repeats (`朝` → chao, zhao); empty for other text.
fn readings_of(c: char) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    if let Some(multi) = c.to_pinyin_multi() {
        for p in multi {
            let plain = p.plain();
            if !out.contains(&plain) {
                out.push(plain);
            }
        }
    }
    out
}

/// The label itself, lowercased, with word starts after spaces and punctuation and at every Chinese
/// character.
fn folded(label: &str, field: Field) -> Key {
    let mut key = Key { field, text: String::new(), meta: Vec::new(), anchored: false };
    let mut prev: Option<char> = None;
    for (i, c) in label.chars().enumerate() {
        let start = match prev {
            None => true,
            Some(p) => !c.is_ascii() || !p.is_alphanumeric() || (p.is_lowercase() && c.is_uppercase()),
        };
        for (k, lower) in c.to_lowercase().enumerate() {
            push(&mut key, lower, start && k == 0, i);
        }
        prev = Some(c);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(label: &str) -> Vec<String> {
        let mut out = Vec::new();
        keys_for(label, Field::Name, &mut out);
        out.into_iter().map(|k| k.text).collect()
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
        let mut out = Vec::new();
        keys_for("海淀", Field::Name, &mut out);
        let full = out.iter().find(|k| k.text == "haidian").expect("full pinyin");
        let sources: Vec<usize> = (0..7).filter_map(|i| full.source(i)).collect();
        assert_eq!(sources, [0, 0, 0, 1, 1, 1, 1]);
        let starts: Vec<bool> = (0..7).map(|i| full.starts(i)).collect();
        assert_eq!(starts, [true, false, false, true, false, false, false]);
    }

    #[test]
    fn english_labels_fold_case_and_mark_word_starts() {
        let mut out = Vec::new();
        keys_for("Waste sorting", Field::En, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].text, "waste sorting");
        assert!(out[0].starts(0) && out[0].starts(6) && !out[0].starts(1));
    }
}
