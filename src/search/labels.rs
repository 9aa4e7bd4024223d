//! The themes' and districts' search keys, built when they are first needed for a small dataset.
//!
//! A small dataset's keys (the sixteen built-in districts and their themes) are most of its indexing: the
//! pinyin tables are read from the binary for the first time. Only a typed filter or a district named on the
//! command line needs them, so the first frame does not wait for them; the labels they are made of are kept
//! (for a dataset under 1,024 districts, at most a few thousand short strings) and the keys built at their
//! first use. A large file's keys are built at
//! once, on every core, batch by batch (see [`super::SearchIndex::new`]).

use std::sync::OnceLock;

use super::{Field, KeyStore};
use crate::dataset::{Dataset, District, Text, Theme};

/// The keys of every theme and of every district, one group each, in dataset order.
#[derive(Default)]
pub(super) struct Keys {
    pub themes: KeyStore,
    pub districts: KeyStore,
}

/// Keys built now, or the labels to build them from at their first use.
pub(super) struct LazyKeys {
    keys: OnceLock<Keys>,
    /// The labels of each theme and of each district, while the keys may not be built yet.
    labels: Option<Box<Labels>>,
}

struct Labels {
    themes: Vec<Vec<(Text, Field)>>,
    districts: Vec<[(Text, Field); 4]>,
}

/// The last word that every district's English name ends with ("District"), when there is one: it tells
/// no district apart, and as part of a key it lets `hd` find Huairou District beside Haidian.
pub(super) fn shared_last_word(districts: &[District]) -> Option<&str> {
    shared_word(districts.iter().map(|d| d.en.as_str()))
}

/// The last word all of `names` end with, when there are two names or more and they do.
pub(super) fn shared_word<'a>(mut names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let word = names.next()?.trim().rsplit_once(' ')?.1;
    let mut more = false;
    let all = names.all(|en| {
        more = true;
        ends_with_word(en, word)
    });
    (all && more && !word.is_empty()).then_some(word)
}

/// Do the English names of all `districts` end with `word` (after a space)?
pub(super) fn all_end_with(districts: &[District], word: &str) -> bool {
    districts.iter().all(|d| ends_with_word(&d.en, word))
}

/// Does the English name `en` end with `word`, after a space?
fn ends_with_word(en: &str, word: &str) -> bool {
    en.trim().rsplit_once(' ').is_some_and(|(_, last)| last == word)
}

/// An English name without the word all of them share.
pub(super) fn distinct_part<'a>(en: &'a str, shared: Option<&str>) -> &'a str {
    match shared {
        Some(word) => en.trim().strip_suffix(word).map_or(en, str::trim_end),
        None => en,
    }
}

/// A theme's labels: its name, English name and aliases.
pub(super) fn theme_labels(t: &Theme) -> impl Iterator<Item = (&str, Field)> {
    let names = [(t.name.as_str(), Field::Name), (t.en.as_str(), Field::En)];
    names.into_iter().chain(t.aliases.iter().enumerate().map(|(i, a)| (a.as_str(), Field::Alias(i as u32))))
}

/// A district's labels: its name, pinyin, English name (without the word all of them share) and id.
pub(super) fn district_labels<'d>(d: &'d District, shared_en: Option<&str>) -> [(&'d str, Field); 4] {
    [
        (d.name.as_str(), Field::Name),
        (d.pinyin.as_str(), Field::Pinyin),
        (distinct_part(&d.en, shared_en), Field::En),
        (d.id.as_str(), Field::Id),
    ]
}

/// The themes' keys, one group per theme.
pub(super) fn theme_keys(themes: &[Theme]) -> KeyStore {
    let mut keys = KeyStore::default();
    themes.iter().for_each(|t| keys.push_group(theme_labels(t)));
    keys
}

impl LazyKeys {
    pub fn built(keys: Keys) -> LazyKeys {
        LazyKeys { keys: OnceLock::from(keys), labels: None }
    }

    /// Keys to be built at their first use from the labels of `data`'s themes and districts.
    pub fn later(data: &Dataset, shared_en: Option<&str>) -> LazyKeys {
        let owned = |labels: &mut dyn Iterator<Item = (&str, Field)>| {
            labels.map(|(label, field)| (Text::from(label), field)).collect::<Vec<_>>()
        };
        let labels = Labels {
            themes: data.themes.iter().map(|t| owned(&mut theme_labels(t))).collect(),
            districts: data
                .districts
                .iter()
                .map(|d| district_labels(d, shared_en).map(|(label, field)| (Text::from(label), field)))
                .collect(),
        };
        LazyKeys { keys: OnceLock::new(), labels: Some(Box::new(labels)) }
    }

    /// The keys, built now if they were not yet.
    pub fn get(&self) -> &Keys {
        self.keys.get_or_init(|| {
            let mut keys = Keys::default();
            if let Some(labels) = &self.labels {
                for theme in &labels.themes {
                    keys.themes.push_group(theme.iter().map(|(label, field)| (label.as_str(), *field)));
                }
                for district in &labels.districts {
                    keys.districts.push_group(district.iter().map(|(label, field)| (label.as_str(), *field)));
                }
            }
            keys
        })
    }

    /// The keys, to add to (built now if they were not yet; the labels are then let go).
    pub fn get_mut(&mut self) -> &mut Keys {
        self.get();
        self.labels = None;
        self.keys.get_mut().expect("built just above")
    }

    /// Have the keys been built?
    pub fn is_built(&self) -> bool {
        self.keys.get().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(store: &KeyStore) -> Vec<Vec<(String, Field, bool)>> {
        (0..store.len()).map(|g| store.group(g).map(|k| (k.text.to_string(), k.field, k.anchored)).collect()).collect()
    }

    #[test]
    fn keys_built_at_their_first_use_are_those_built_at_once() {
        let data = Dataset::embedded().expect("the built-in dataset loads");
        let shared = shared_last_word(&data.districts);
        let later = LazyKeys::later(&data, shared);
        assert!(!later.is_built());
        let mut districts = KeyStore::default();
        data.districts.iter().for_each(|d| districts.push_group(district_labels(d, shared)));
        let now = Keys { themes: theme_keys(&data.themes), districts };
        assert_eq!(texts(&later.get().themes), texts(&now.themes));
        assert_eq!(texts(&later.get().districts), texts(&now.districts));
        assert!(later.is_built());
        assert_eq!(texts(&later.get().districts).len(), 16);
    }
}
