//! The cache's entry of a file read batch by batch is written after the load, from a second read of the file
//! (so that a first open shows everything sooner): it holds the file as the load read it, with what the
//! browser keeps beside each batch, or nothing at all.

use std::io::Write;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use liangdian::dataset::{Annex, Annexes, Arrival, Cache, Dataset, District, Fill, Progress, Receive};

/// Enough districts (about 2 MB) to be cut into batches.
const DISTRICTS: usize = 1_000;

fn file_of(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(".yaml").tempfile().expect("a file");
    file.write_all(text.as_bytes()).expect("written");
    file
}

/// A receiver that keeps the entry to write for later, as the browser does.
#[derive(Default)]
struct Later {
    fills: Vec<Fill>,
}

impl Receive for Later {
    fn arrive(&mut self, _arrival: Arrival) {}

    fn write_later(&mut self, fill: Fill) {
        self.fills.push(fill);
    }
}

/// The entry to write for `path`, once it has loaded (through `cache`).
fn loaded(path: &Path, cache: &Cache) -> Fill {
    let mut later = Later::default();
    Dataset::stream_path(path, &Progress::default(), cache, &mut later).expect("loads");
    assert!(cache.entries().is_empty(), "nothing is written while the file loads");
    let [fill] = <[Fill; 1]>::try_from(later.fills).expect("one entry to write");
    fill
}

/// Keeps beside each batch its number and the ids of its districts; remembers what it was asked.
#[derive(Default)]
struct Labels {
    first: Option<Dataset>,
    batches: Vec<Vec<String>>,
}

impl Annexes for Labels {
    fn begin(&mut self, first: &Dataset) {
        self.first = Some(first.clone());
    }

    fn next(&mut self, districts: &[District]) -> Vec<u8> {
        self.batches.push(districts.iter().map(|d| d.id.to_string()).collect());
        format!("batch {}: {}", self.batches.len(), self.batches.last().expect("one").join(",")).into_bytes()
    }
}

/// Only the files in `dir` (no part of an entry left behind).
fn files_in(dir: &Path) -> Vec<String> {
    let dir = dir.join("liangdian");
    let Ok(read) = std::fs::read_dir(dir) else { return Vec::new() };
    read.map(|e| e.expect("listed").file_name().to_string_lossy().into_owned()).collect()
}

#[test]
fn an_entry_written_after_the_load_gives_the_file_back_with_what_is_kept_beside_each_batch() {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let file = file_of(&text);
    let dir = tempfile::tempdir().expect("a folder");
    let cache = Cache::at(&dir.path().join("liangdian"));
    let fill = loaded(file.path(), &cache);
    let mut labels = Labels::default();
    assert!(fill.write(&mut labels, &AtomicBool::new(false), 1), "written");
    let whole = Dataset::from_yaml_str(&text, "whole").expect("loads whole");
    let key = Cache::key_of_file(file.path()).expect("hashed");
    assert_eq!(cache.get(key).as_ref(), Some(&whole), "the file as a whole load gives it");
    // The first batch goes with the head, the rest each with what was made for it.
    let first = labels.first.expect("begun with the head and the first batch");
    assert_eq!((first.source, first.themes), (whole.source.clone(), whole.themes.clone()));
    let ids = |d: &[District]| d.iter().map(|d| d.id.to_string()).collect::<Vec<_>>();
    let mut seen = ids(&first.districts);
    labels.batches.iter().for_each(|batch| seen.extend(batch.iter().cloned()));
    assert_eq!(seen, ids(&whole.districts), "every district once, in order");
    let mut kept = Vec::new();
    Dataset::stream_path(file.path(), &Progress::default(), &cache, &mut |arrival| {
        if let Arrival::More { districts, annex: Annex::Cached(bytes), .. } = arrival {
            kept.push((ids(&districts), String::from_utf8(bytes).expect("as written")));
        }
    })
    .expect("loads from the cache");
    assert_eq!(kept.len(), labels.batches.len());
    for (n, (districts, annex)) in kept.iter().enumerate() {
        assert_eq!(annex, &format!("batch {}: {}", n + 1, districts.join(",")), "beside its own batch");
    }
}

#[test]
fn a_file_changed_after_its_load_is_not_kept_under_the_content_that_loaded() {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let changes = [
        // Still a valid dataset, and of the same size: only its content tells it.
        text.replacen("pinyin: Qu0\n", "pinyin: QuX\n", 1),
        // No longer a dataset.
        text.replacen("districts:", "districts: [", 1),
        // Shorter, cut at a line: fewer districts.
        text[..=text.as_bytes()[..text.len() / 2].iter().rposition(|&b| b == b'\n').expect("a line")].to_string(),
    ];
    for (n, changed) in changes.iter().enumerate() {
        assert_ne!(changed, &text, "change {n}");
        let file = file_of(&text);
        let dir = tempfile::tempdir().expect("a folder");
        let cache = Cache::at(&dir.path().join("liangdian"));
        let fill = loaded(file.path(), &cache);
        std::fs::write(file.path(), changed).expect("changed");
        assert!(!fill.write(&mut Labels::default(), &AtomicBool::new(false), 2), "change {n}: not written");
        assert_eq!(files_in(dir.path()), Vec::<String>::new(), "change {n}: nothing left in the cache");
    }
}

/// Gives the entry up as it is asked for the third batch's share.
struct GivingUp<'a> {
    stop: &'a AtomicBool,
    batches: usize,
}

impl Annexes for GivingUp<'_> {
    fn begin(&mut self, _first: &Dataset) {}

    fn next(&mut self, _districts: &[District]) -> Vec<u8> {
        self.batches += 1;
        self.stop.store(self.batches == 3, std::sync::atomic::Ordering::Relaxed);
        Vec::new()
    }
}

#[test]
fn an_entry_given_up_leaves_nothing() {
    let file = file_of(&liangdian::synthetic::yaml(DISTRICTS));
    let dir = tempfile::tempdir().expect("a folder");
    let cache = Cache::at(&dir.path().join("liangdian"));
    let stop = AtomicBool::new(true);
    assert!(!loaded(file.path(), &cache).write(&mut Labels::default(), &stop, 1), "stopped before the head");
    assert_eq!(files_in(dir.path()), Vec::<String>::new());
    // Stopped with batches written: the part written so far goes.
    for parsers in [1, 2] {
        let stop = AtomicBool::new(false);
        let mut giving_up = GivingUp { stop: &stop, batches: 0 };
        assert!(!loaded(file.path(), &cache).write(&mut giving_up, &stop, parsers), "stopped midway");
        assert_eq!(giving_up.batches, 3, "{parsers} parsers");
        assert_eq!(files_in(dir.path()), Vec::<String>::new(), "{parsers} parsers");
    }
}

#[test]
fn a_receiver_that_keeps_nothing_has_the_entry_written_at_once() {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let file = file_of(&text);
    let dir = tempfile::tempdir().expect("a folder");
    let cache = Cache::at(dir.path());
    Dataset::stream_path(file.path(), &Progress::default(), &cache, &mut |_| {}).expect("loads");
    let key = Cache::key_of_file(file.path()).expect("hashed");
    assert_eq!(cache.get(key), Some(Dataset::from_yaml_str(&text, "whole").expect("loads whole")));
}
