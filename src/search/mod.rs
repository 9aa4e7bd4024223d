//! Search over the dataset: the fuzzy theme filter (with pinyin keys) and, built once at load, the index it
//! runs on. Pure functions over a [`Dataset`]; nothing here knows about a terminal.

mod filter;
mod folded;
mod kept;
mod keys;
mod keyword;
mod labels;
mod occurrence;
mod offer;
mod prepared;
mod resolve;
mod spoken;

/// Theme ids to their numbers, looked up for every highlight's every theme: hashed with foldhash (seeded
/// for each run, as the standard library's hasher is) rather than SipHash, which took a tenth of a large
/// file's indexing.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

use fuzzy_matcher::skim::SkimMatcherV2;

use crate::dataset::Dataset;
pub use filter::Hit;
pub use keys::{Field, Key, KeyStore};
pub use keyword::{Context, Occurrence, Part, TextIndex, searchable, trim_punctuation};
use labels::{Keys, LazyKeys, shared_last_word};
pub use offer::{Offer, theme_offers};
pub use prepared::{Prepared, Preparer};
pub use resolve::{Candidate, ResolveError, list as candidates};

/// Fewer districts than this make a small dataset: indexed on one thread, its keys built at their first use.
const SMALL: usize = 1024;

/// Everything the filter needs, computed once when a dataset is loaded.
pub struct SearchIndex {
    matcher: SkimMatcherV2,
    /// One group of keys per theme and one per district, in dataset order; a small dataset's are built at
    /// their first use (see [`labels`]).
    keys: LazyKeys,
    /// The indices of the themes each district carries, one district's run after another (see
    /// [`SearchIndex::district_themes`]): a vector each took three times the room for 10,000 districts.
    carried: Vec<u32>,
    /// Where each district's run starts in `carried`, plus one end marker.
    carried_starts: Vec<u32>,
    /// For each theme, how many districts carry it.
    pub theme_counts: Vec<usize>,
    /// Every highlight's theme indices, one run after another (see [`SearchIndex::highlight_themes`]); kept
    /// flat because a nested vector per highlight costs an allocation each for 80,000 highlights. Indices
    /// and offsets are 32-bit: the loader keeps a dataset far below four billion themes and highlights.
    flat_themes: Vec<u32>,
    /// Where each highlight's run starts in `flat_themes`, in reading order, plus one end marker.
    highlight_starts: Vec<u32>,
    /// Each district's first highlight in `highlight_starts`, plus one end marker.
    first_highlight: Vec<u32>,
    /// The district texts, folded for keyword search.
    pub texts: TextIndex,
    /// The word every district's English name ends with, left out of their keys (see [`shared_last_word`]).
    shared_en: Option<String>,
    /// The themes the theme numbers are of (see [`prepared`]).
    themes: u64,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex").field("themes", &self.theme_counts.len()).finish_non_exhaustive()
    }
}

/// Which themes two districts share and which only one of them carries (theme indices, dataset order).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ThemeSplit {
    pub shared: Vec<usize>,
    pub left: Vec<usize>,
    pub right: Vec<usize>,
}

/// A run of districts' share of the index, built on one worker thread.
#[derive(Default)]
struct Indexed {
    keys: KeyStore,
    /// Each highlight's theme indices, one run after another, and where each highlight's run ends.
    flat_themes: Vec<u32>,
    highlight_ends: Vec<u32>,
    /// Highlights per district.
    highlights: Vec<usize>,
    /// The themes each district carries, one run after another, and where each district's run ends.
    carried: Vec<u32>,
    carried_ends: Vec<u32>,
}

impl Indexed {
    /// Indexes district `d`; its keys too, unless `shared_en` is `Later` (they are built at their first use).
    fn add<K>(&mut self, d: &crate::dataset::District, theme_ids: &HashMap<K, u32>, shared_en: Shared)
    where
        K: std::borrow::Borrow<str> + std::hash::Hash + Eq,
    {
        if let Shared::Now(shared_en) = shared_en {
            self.keys.push_group(labels::district_labels(d, shared_en));
        }
        let first = self.flat_themes.len();
        for h in &d.highlights {
            self.flat_themes.extend(h.themes.iter().filter_map(|id| theme_ids.get(id.as_str()).copied()));
            self.highlight_ends.push(self.flat_themes.len() as u32);
        }
        self.highlights.push(d.highlights.len());
        // The district's themes, each once, in order.
        let from = self.carried.len();
        self.carried.extend_from_slice(&self.flat_themes[first..]);
        self.carried[from..].sort_unstable();
        let mut kept = from;
        for i in from..self.carried.len() {
            if kept == from || self.carried[kept - 1] != self.carried[i] {
                self.carried[kept] = self.carried[i];
                kept += 1;
            }
        }
        self.carried.truncate(kept);
        self.carried_ends.push(self.carried.len() as u32);
    }
}

/// The word all English names share, for keys built now; `Later` when they are built at their first use.
#[derive(Clone, Copy)]
enum Shared<'a> {
    Now(Option<&'a str>),
    Later,
}

/// A theme as the filter ranks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeHit {
    pub theme: usize,
    /// `None` when the query is empty (every theme shown, unranked).
    pub hit: Option<Hit>,
}

/// A district that passes the filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistrictHit {
    pub district: usize,
    /// Where the query matched the district's own names, if it did.
    pub hit: Option<Hit>,
}

/// What a query selects.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filtered {
    /// Themes, best first; all of them in dataset order when the query is empty.
    pub themes: Vec<ThemeHit>,
    /// Districts that match by name or carry a matching theme; all of them when the query is empty.
    pub districts: Vec<DistrictHit>,
    /// For each theme of the dataset: does it match? (All false when the query is empty.)
    pub theme_on: Vec<bool>,
    /// How many of `districts`, at the front, match by name (ranked); the rest are in dataset order.
    pub named: usize,
}

impl SearchIndex {
    pub fn new(data: &Dataset) -> SearchIndex {
        let theme_ids: HashMap<&str, u32> =
            data.themes.iter().enumerate().map(|(i, t)| (t.id.as_str(), i as u32)).collect();
        // A small dataset is indexed on one thread and its keys wait for their first use. A large one's are
        // built now, on every core: its pinyin keys are most of its work, and threads only pay for themselves
        // past a thousand districts or so.
        let later = data.districts.len() < SMALL;
        let threads = if later { 1 } else { std::thread::available_parallelism().map_or(1, |n| n.get()) };
        let per_thread = data.districts.len().div_ceil(threads).max(1);
        let shared_en = shared_last_word(&data.districts);
        let shared = if later { Shared::Later } else { Shared::Now(shared_en) };
        let index_run = |run: &[crate::dataset::District], theme_ids: &HashMap<&str, u32>| {
            let mut part = Indexed::default();
            run.iter().for_each(|d| part.add(d, theme_ids, shared));
            part.keys.shrink_to_fit();
            part
        };
        let parts: Vec<Indexed> = if threads == 1 {
            vec![index_run(&data.districts, &theme_ids)]
        } else {
            std::thread::scope(|scope| {
                let workers: Vec<_> = data
                    .districts
                    .chunks(per_thread)
                    .map(|chunk| {
                        let theme_ids = &theme_ids;
                        scope.spawn(move || index_run(chunk, theme_ids))
                    })
                    .collect();
                // A worker only panics if indexing itself has a bug; surface it rather than lose districts.
                workers.into_iter().map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
            })
        };
        // Every vector is sized before it is filled: growth by doubling would leave up to half of each empty.
        let highlights: usize = parts.iter().map(|p| p.highlight_ends.len()).sum();
        let mut index = SearchIndex {
            matcher: SkimMatcherV2::default(),
            keys: if later {
                LazyKeys::later(data, shared_en)
            } else {
                LazyKeys::built(Keys { themes: labels::theme_keys(&data.themes), districts: KeyStore::default() })
            },
            carried: Vec::with_capacity(parts.iter().map(|p| p.carried.len()).sum()),
            carried_starts: Vec::with_capacity(data.districts.len() + 1),
            theme_counts: vec![0; data.themes.len()],
            flat_themes: Vec::with_capacity(parts.iter().map(|p| p.flat_themes.len()).sum()),
            highlight_starts: Vec::with_capacity(highlights + 1),
            first_highlight: Vec::with_capacity(data.districts.len() + 1),
            texts: TextIndex::default(),
            shared_en: shared_en.map(str::to_string),
            themes: prepared::themes_signature(&data.themes),
        };
        for part in parts {
            index.append(part);
        }
        // Built once the runs are gone, so that the peak holds one of them at most.
        index.texts = TextIndex::new(data);
        index.push_ends();
        index
    }

    /// The end markers of `first_highlight`, `highlight_starts` and `carried_starts`, once the districts
    /// before are all there.
    fn push_ends(&mut self) {
        self.first_highlight.push(self.highlight_starts.len() as u32);
        self.highlight_starts.push(self.flat_themes.len() as u32);
        self.carried_starts.push(self.carried.len() as u32);
    }

    /// Indexes the districts of `data` from `from` on, which have joined those indexed (a large file
    /// arriving batch by batch): the index is then the one [`SearchIndex::new`] builds of all of them.
    pub fn extend(&mut self, data: &Dataset, from: usize) {
        // The shared word stays while the new names end with it too; only with a district or none before
        // can one appear (the names before already disagree otherwise).
        let shared_en = match self.shared_en.as_deref() {
            Some(w) if labels::all_end_with(data.districts.get(from..).unwrap_or_default(), w) => Some(w),
            None if from > 1 => None,
            _ => shared_last_word(&data.districts),
        };
        if from > data.districts.len()
            || self.first_highlight.len() != from + 1
            || shared_en != self.shared_en.as_deref()
        {
            // The word all English names share is no longer the one left out of the keys (or the index is not
            // of the districts before `from`): every key changes.
            *self = SearchIndex::new(data);
            return;
        }
        let theme_ids: HashMap<&str, u32> =
            data.themes.iter().enumerate().map(|(i, t)| (t.id.as_str(), i as u32)).collect();
        let mut part = Indexed::default();
        data.districts[from..].iter().for_each(|d| part.add(d, &theme_ids, Shared::Now(shared_en)));
        // The end markers of the districts before come off, and go back after the new ones.
        self.first_highlight.pop();
        self.highlight_starts.pop();
        self.carried_starts.pop();
        self.append(part);
        self.texts.extend(&data.districts[from..]);
        self.push_ends();
    }

    /// Makes room for `expected` districts in all, judged by the `now` indexed so far, so that the districts
    /// still to arrive are added without the index being copied to a larger place again and again (which
    /// would, for a moment, hold it twice, and leave up to half of it empty).
    pub fn reserve_for(&mut self, expected: usize, now: usize) {
        if self.keys.is_built() {
            self.keys.get_mut().districts.reserve_for(expected, now);
        }
        keys::reserve_for(&mut self.carried, expected, now);
        keys::reserve_for(&mut self.carried_starts, expected, now);
        keys::reserve_for(&mut self.flat_themes, expected, now);
        keys::reserve_for(&mut self.highlight_starts, expected, now);
        keys::reserve_for(&mut self.first_highlight, expected, now);
        self.texts.reserve_for(expected, now);
    }

    /// Adds a run of districts' share of the index after those there (without the end markers).
    fn append(&mut self, part: Indexed) {
        let (flat, mut first) = (self.flat_themes.len() as u32, self.highlight_starts.len() as u32);
        self.highlight_starts.push(flat);
        self.highlight_starts.extend(part.highlight_ends.iter().map(|end| flat + end));
        self.highlight_starts.pop(); // the next run starts where this one ends
        self.flat_themes.extend(part.flat_themes);
        for count in part.highlights {
            self.first_highlight.push(first);
            first += count as u32;
        }
        let carried = self.carried.len() as u32;
        self.carried_starts.push(carried);
        self.carried_starts.extend(part.carried_ends.iter().map(|end| carried + end));
        self.carried_starts.pop();
        part.carried.iter().for_each(|&t| self.theme_counts[t as usize] += 1);
        self.carried.extend(part.carried);
        // Keys waiting for their first use are built once districts join (they are then added to).
        if !self.keys.is_built() && part.keys.is_empty() {
            return;
        }
        // The first run's keys become the store (no copy); the others are appended to it.
        let keys = &mut self.keys.get_mut().districts;
        if keys.is_empty() {
            *keys = part.keys;
        } else {
            keys.append(part.keys);
        }
    }

    /// Gives back what growing batch by batch left unused (once a file has arrived whole), where that is
    /// more than an eighth.
    pub fn shrink_to_fit(&mut self) {
        if self.keys.is_built() {
            self.keys.get_mut().districts.shrink_to_fit();
        }
        keys::shrink_if_slack(&mut self.carried);
        keys::shrink_if_slack(&mut self.carried_starts);
        keys::shrink_if_slack(&mut self.flat_themes);
        keys::shrink_if_slack(&mut self.highlight_starts);
        keys::shrink_if_slack(&mut self.first_highlight);
        self.texts.shrink_to_fit();
    }

    /// How many districts are indexed.
    fn district_count(&self) -> usize {
        self.first_highlight.len().saturating_sub(1)
    }

    /// The theme indices of highlight `h` of district `d` (empty when there is no such highlight).
    pub fn highlight_themes(&self, d: usize, h: usize) -> &[u32] {
        let (Some(&first), Some(&next)) = (self.first_highlight.get(d), self.first_highlight.get(d + 1)) else {
            return &[];
        };
        let g = first as usize + h;
        if g >= next as usize {
            return &[];
        }
        &self.flat_themes[self.highlight_starts[g] as usize..self.highlight_starts[g + 1] as usize]
    }

    /// The indices of the themes district `d` carries, each once, in order (none for a district that is not
    /// there).
    pub fn district_themes(&self, d: usize) -> &[u32] {
        match (self.carried_starts.get(d), self.carried_starts.get(d + 1)) {
            (Some(&start), Some(&end)) => &self.carried[start as usize..end as usize],
            _ => &[],
        }
    }

    /// Does district `d` carry theme `theme`?
    pub fn carries(&self, d: usize, theme: usize) -> bool {
        u32::try_from(theme).is_ok_and(|t| self.district_themes(d).contains(&t))
    }

    /// The themes districts `left` and `right` share, and those only one carries.
    pub fn split(&self, left: usize, right: usize) -> ThemeSplit {
        let (l, r) = (self.district_themes(left), self.district_themes(right));
        let of = |themes: &[u32], keep: &dyn Fn(&u32) -> bool| {
            themes.iter().filter(|t| keep(t)).map(|&t| t as usize).collect()
        };
        ThemeSplit {
            shared: of(l, &|t| r.contains(t)),
            left: of(l, &|t| !r.contains(t)),
            right: of(r, &|t| !l.contains(t)),
        }
    }

    /// How many of a district's highlights carry a theme that is on.
    pub fn matching_highlights(&self, district: usize, theme_on: &[bool]) -> usize {
        let (Some(&first), Some(&next)) = (self.first_highlight.get(district), self.first_highlight.get(district + 1))
        else {
            return 0;
        };
        (first..next)
            .filter(|&g| {
                self.flat_themes
                    [self.highlight_starts[g as usize] as usize..self.highlight_starts[g as usize + 1] as usize]
                    .iter()
                    .any(|&t| theme_on.get(t as usize) == Some(&true))
            })
            .count()
    }

    /// Ranks themes and narrows districts by a typed query (Chinese, pinyin, initials or English).
    pub fn filter(&self, query: &str) -> Filtered {
        let query = query.trim().to_lowercase();
        let theme_count = self.theme_counts.len();
        if query.is_empty() {
            return Filtered {
                themes: (0..theme_count).map(|theme| ThemeHit { theme, hit: None }).collect(),
                districts: (0..self.district_count()).map(|district| DistrictHit { district, hit: None }).collect(),
                theme_on: vec![false; theme_count],
                named: 0,
            };
        }
        let mut themes: Vec<ThemeHit> = (0..theme_count)
            .filter_map(|theme| {
                let keys = self.keys.get().themes.group(theme);
                filter::best_hit(&self.matcher, keys, &query).map(|hit| ThemeHit { theme, hit: Some(hit) })
            })
            .collect();
        themes.sort_by_key(|t| std::cmp::Reverse(t.hit.as_ref().map_or(0, |h| h.score)));
        let mut theme_on = vec![false; theme_count];
        for t in &themes {
            theme_on[t.theme] = true;
        }
        let (mut districts, by_theme) = self.narrow(&query, &theme_on, 0);
        let named = districts.len();
        districts.extend(by_theme);
        Filtered { themes, districts, theme_on, named }
    }

    /// Narrows the districts to those carrying one chosen theme.
    pub fn filter_by_theme(&self, theme: usize) -> Filtered {
        let mut theme_on = vec![false; self.theme_counts.len()];
        if let Some(on) = theme_on.get_mut(theme) {
            *on = true;
        }
        Filtered {
            themes: (0..self.theme_counts.len()).map(|theme| ThemeHit { theme, hit: None }).collect(),
            districts: (0..self.district_count())
                .filter(|&d| self.carries(d, theme))
                .map(|district| DistrictHit { district, hit: None })
                .collect(),
            theme_on,
            named: 0,
        }
    }

    /// Brings `filtered`, what `query` (or the chosen theme) selected among the districts before `from`, up
    /// to date with those from `from` on, which have joined since: the same as filtering them all again.
    pub fn filter_more(&self, filtered: &mut Filtered, query: &str, chosen: Option<usize>, from: usize) {
        let query = query.trim().to_lowercase();
        let new = from..self.district_count();
        if let Some(theme) = chosen {
            let carry = new.filter(|&d| self.carries(d, theme));
            filtered.districts.extend(carry.map(|district| DistrictHit { district, hit: None }));
        } else if query.is_empty() {
            filtered.districts.extend(new.map(|district| DistrictHit { district, hit: None }));
        } else {
            let (by_name, by_theme) = self.narrow(&query, &filtered.theme_on, from);
            let named = filtered.named + by_name.len();
            // Ranked again with the new ones after the old: a stable sort keeps dataset order among equals, as a
            // whole filter does.
            let tail = filtered.districts.split_off(filtered.named);
            filtered.districts.extend(by_name);
            filtered.districts.sort_by_key(|d| std::cmp::Reverse(d.hit.as_ref().map_or(0, |h| h.score)));
            filtered.districts.extend(tail);
            filtered.districts.extend(by_theme);
            filtered.named = named;
        }
    }

    /// Districts from `from` on matching by name (best first), and those carrying a matching theme (in
    /// dataset order).
    fn narrow(&self, query: &str, theme_on: &[bool], from: usize) -> (Vec<DistrictHit>, Vec<DistrictHit>) {
        let mut by_name = Vec::new();
        let mut by_theme = Vec::new();
        // 海淀区 and haidian qu filter as 海淀 and haidian do.
        let bare = resolve::without_district_word(query);
        let query = bare.as_deref().unwrap_or(query);
        let keys = &self.keys.get().districts;
        for district in from..self.district_count() {
            match filter::best_hit(&self.matcher, keys.group(district), query) {
                Some(hit) => by_name.push(DistrictHit { district, hit: Some(hit) }),
                None if self.district_themes(district).iter().any(|&t| theme_on[t as usize]) => {
                    by_theme.push(DistrictHit { district, hit: None })
                }
                None => {}
            }
        }
        by_name.sort_by_key(|d| std::cmp::Reverse(d.hit.as_ref().map_or(0, |h| h.score)));
        (by_name, by_theme)
    }
}
