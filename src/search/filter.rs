//! The fuzzy theme filter: ranks themes by a query and narrows the districts to those it concerns.
//!
//! fuzzy-matcher finds the best subsequence match in each key. A subsequence alone is too loose for
//! narrowing districts (`hd` is a subsequence of "household waste", `cy` a substring of "recycling"), so a
//! match is kept only when every run of it begins where a word, a syllable or a Chinese character begins:
//! `hd` keeps 海淀 (h·ai d·ian) and drops "house·hold", `ljfl` keeps 垃圾分类 as `ljfl` and as
//! `la·ji·fen·lei`. Pinyin and initials must match from the label's first character.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::keys::{Field, Key};

/// How well a query matched one theme or district, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub score: i64,
    /// The field the best match was in.
    pub field: Field,
    /// Character indices of the matched characters in that field's label, ascending, without repeats.
    pub chars: Vec<usize>,
}

/// Matches `query` (already lowercased) against every key and returns the best acceptable hit.
pub fn best_hit<'a>(matcher: &SkimMatcherV2, keys: impl IntoIterator<Item = Key<'a>>, query: &str) -> Option<Hit> {
    let mut best: Option<(i64, Key<'a>, Vec<usize>)> = None;
    for key in keys {
        let Some((score, mut indices)) = matcher.fuzzy_indices(key.text, query) else { continue };
        if !acceptable(&key, &indices) {
            // The matcher's favourite alignment may scatter where a tidier one exists ("hold" in
            // "household"): look for that one before giving up on the key.
            match tidy_alignment(&key, query) {
                Some(tidy) => indices = tidy,
                None => continue,
            }
        }
        if best.as_ref().is_none_or(|(s, ..)| score > *s) {
            best = Some((score, key, indices));
        }
    }
    best.map(|(score, key, indices)| {
        let mut chars: Vec<usize> = indices.iter().filter_map(|&i| key.source(i)).collect();
        chars.dedup();
        Hit { score, field: key.field, chars }
    })
}

/// Runs that each begin at a word or syllable start (and, for initials, a match from the first character).
fn acceptable(key: &Key, indices: &[usize]) -> bool {
    if key.anchored && indices.first() != Some(&0) {
        return false;
    }
    indices.iter().enumerate().all(|(n, &i)| (n > 0 && indices[n - 1] + 1 == i) || key.starts(i))
}

/// A left-to-right alignment in which each run begins at a word or syllable start (greedy: continue the
/// current run when possible, otherwise jump to the next start).
fn tidy_alignment(key: &Key, query: &str) -> Option<Vec<usize>> {
    let text: Vec<char> = key.text.chars().collect();
    let pattern: Vec<char> = query.chars().collect();
    let mut out: Vec<usize> = Vec::with_capacity(pattern.len());
    let mut from = 0;
    for &p in &pattern {
        let continues = out.last().is_some_and(|&last| last + 1 == from) && text.get(from) == Some(&p);
        let at = if continues {
            from
        } else if key.anchored && out.is_empty() {
            Some(0).filter(|_| text.first() == Some(&p))?
        } else {
            (from..text.len()).find(|&i| text[i] == p && key.starts(i))?
        };
        out.push(at);
        from = at + 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::keys::KeyStore;

    fn hit(label: &str, query: &str) -> Option<Hit> {
        let mut keys = KeyStore::default();
        keys.push_group([(label, Field::Name)]);
        best_hit(&SkimMatcherV2::default(), keys.group(0), query)
    }

    #[test]
    fn initials_and_full_pinyin_find_chinese_labels() {
        assert_eq!(hit("垃圾分类", "ljfl").map(|h| h.chars), Some(vec![0, 1, 2, 3]));
        assert_eq!(hit("垃圾分类", "lajifenlei").map(|h| h.chars), Some(vec![0, 1, 2, 3]));
        assert_eq!(hit("垃圾分类", "垃圾").map(|h| h.chars), Some(vec![0, 1]));
        assert_eq!(hit("海淀", "hd").map(|h| h.chars), Some(vec![0, 1]));
    }

    #[test]
    fn scattered_letters_inside_words_do_not_match() {
        assert_eq!(hit("household waste", "hd"), None);
        assert_eq!(hit("recycling", "cy"), None);
        assert!(hit("household waste", "hw").is_some());
        assert!(hit("household waste", "waste").is_some());
    }

    #[test]
    fn partial_syllables_match_from_their_start() {
        assert!(hit("垃圾分类", "lajif").is_some());
        assert!(hit("垃圾分类", "laf").is_some());
        assert_eq!(hit("垃圾分类", "ajf"), None);
        assert_eq!(hit("代表活动站", "hd"), None, "pinyin matches from the label's start");
        assert_eq!(hit("代表活动站", "huodong"), None, "pinyin matches from the label's start");
        assert!(hit("代表活动站", "dbhd").is_some());
        assert!(hit("代表活动站", "daibiaoh").is_some());
        assert!(hit("代表活动站", "活动").is_some());
    }
}
