//! The index kept in the cache beside each batch of a large file: the first start indexes the batches as they
//! arrive and, once everything is loaded, writes the entry with each batch's share of the index beside it; the
//! second reads the shares instead of making them again, and every way ends in the state a whole load gives;
//! an entry written without them (by the command line) is written again, once, with them.

mod common;

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;

use common::filter;
use liangdian::app::loading::Load;
use liangdian::app::{Action, App};
use liangdian::browse::{Opening, load};
use liangdian::dataset::{Cache, Dataset, Progress};
use liangdian::lang::Lang;
use liangdian::pages::{Browser, receive, update};

const DISTRICTS: usize = 1_000;

/// The browser as the event loop makes it from what the loading thread sends, and for each batch that
/// arrived with its index, whether that index was read from the cache.
fn browse(file: &Path, cache: &Cache) -> (Browser, Vec<bool>) {
    browse_all(&[file], cache)
}

/// What the loading thread sends the browser for `files`, in English at 120x40, with `compare` asked for.
fn loaded(files: &[&Path], cache: &Cache, compare: Option<Vec<String>>) -> Vec<Load> {
    // No reader's bookmarks: every test here sets the same, before anything reads it.
    // SAFETY: set to one value by every test of this crate, so no read ever sees it change under it.
    unsafe { std::env::set_var("LIANGDIAN_BOOKMARKS", std::env::temp_dir().join("liangdian-kept-index/none.json")) };
    let opening = Opening {
        data: files.iter().map(|f| f.to_path_buf()).collect(),
        edition: None,
        cache: cache.clone(),
        compare,
        search: None,
        lang: Lang::En,
        size: (120, 40),
    };
    let sent = RefCell::new(Vec::new());
    load(&opening, &Progress::default(), &|l| sent.borrow_mut().push(l));
    sent.into_inner()
}

/// [`browse`] over several editions.
fn browse_all(files: &[&Path], cache: &Cache) -> (Browser, Vec<bool>) {
    let mut sent = loaded(files, cache, None).into_iter();
    let Some(Load::Open(Ok(app))) = sent.next() else { panic!("the browser opens first") };
    let mut browser = Browser::new(*app);
    let mut kept = Vec::new();
    for l in sent {
        if let Load::Batch(batch) = &l {
            kept.extend(batch.index.iter().map(|share| share.kept()));
        }
        receive(&mut browser, l);
    }
    read_as_a_reader(&mut browser);
    (browser, kept)
}

#[test]
fn no_entry_is_written_for_a_browser_that_cannot_open() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = file_of(&liangdian::synthetic::yaml(DISTRICTS));
    let cache = Cache::at(&dir.path().join("cache"));
    let sent = loaded(&[file.path()], &cache, Some(vec!["nosuchplace".into(), "nothere".into()]));
    assert!(matches!(sent.first(), Some(Load::Open(Err(_)))), "the comparison names no district");
    let left: Vec<_> = std::fs::read_dir(dir.path().join("cache")).map(|r| r.collect()).unwrap_or_default();
    assert!(left.is_empty(), "nothing written: {left:?}");
    // The same file opened as it can be is kept.
    let (_, _) = browse(file.path(), &cache);
    assert_eq!(cache.entries().len(), 1);
}

fn read_as_a_reader(b: &mut Browser) {
    filter(b, "ljfl");
    update(b, Action::Accept);
    b.app.open_search("代表");
}

fn file_of(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(".yaml").tempfile().expect("a file");
    file.write_all(text.as_bytes()).expect("written");
    file
}

/// Has `b` the state a whole load of `text` gives: districts, filter, search, index?
fn assert_as_whole(how: &str, b: &Browser, text: &str) {
    assert_as(how, b, Dataset::from_yaml_str(text, "whole").expect("loads whole"));
}

/// Has `b` the state the browser has on `whole`?
fn assert_as(how: &str, b: &Browser, whole: Dataset) {
    let districts = whole.districts.len();
    let mut loaded = Browser::new(App::new(whole, Lang::En, 120, 40));
    read_as_a_reader(&mut loaded);
    let (s, w) = (&b.app, &loaded.app);
    assert!(s.loading.is_none(), "{how}: all arrived");
    assert_eq!(s.data, w.data, "{how}: districts, in order");
    assert_eq!((&s.filtered, &s.rows, s.district_total), (&w.filtered, &w.rows, w.district_total), "{how}");
    assert_eq!(s.index.theme_counts, w.index.theme_counts, "{how}: the counts");
    assert_eq!((&s.search.all, &s.search.matches), (&w.search.all, &w.search.matches), "{how}: the search");
    for d in 0..districts {
        assert_eq!(s.index.district_themes(d), w.index.district_themes(d), "{how}: district {d}");
        assert_eq!(s.index.highlight_themes(d, 1), w.index.highlight_themes(d, 1), "{how}: district {d}");
    }
    for query in ["dc", "东城", "Qu12", "qu 99", "waste", "ljfl", "district", "name12", "odd", "place"] {
        assert_eq!(s.index.filter(query), w.index.filter(query), "{how}: {query}");
    }
    for keyword in ["垃圾分类", "Special inquiry", "合计", "%"] {
        let found = s.index.texts.search(keyword, |_| true);
        assert_eq!(found, w.index.texts.search(keyword, |_| true), "{how}: {keyword}");
    }
}

/// Loaded the first time (the index made by the browser, then kept), the second (read), and without a cache:
/// each as whole.
fn three_ways(text: &str) {
    let dir = tempfile::tempdir().expect("a folder");
    let file = file_of(text);
    let cache = Cache::at(&dir.path().join("cache"));
    let (cold, made) = browse(file.path(), &cache);
    let (warm, read) = browse(file.path(), &cache);
    assert!(made.is_empty(), "the first time the browser indexes every batch itself: {made:?}");
    assert!(read.len() > 3 && read.iter().all(|&k| k), "read the second time: {read:?}");
    let (uncached, none) = browse(file.path(), &Cache::default());
    assert!(none.is_empty(), "without a cache the browser indexes every batch itself");
    for (how, b) in [("made", &cold), ("read", &warm), ("no cache", &uncached)] {
        assert_as_whole(how, b, text);
    }
}

/// The generated file with each district's English name changed by `en`.
fn with_english(en: impl Fn(usize) -> String) -> String {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        match line.strip_prefix("    en: District ").and_then(|n| n.trim_end().parse::<usize>().ok()) {
            Some(i) => out.push_str(&format!("    en: {}\n", en(i))),
            None => out.push_str(line),
        }
    }
    assert_ne!(out, text, "names changed");
    out
}

#[test]
fn the_index_kept_beside_each_batch_gives_the_state_a_whole_load_gives() {
    three_ways(&liangdian::synthetic::yaml(DISTRICTS));
}

#[test]
fn names_that_share_their_last_word_are_keyed_as_a_whole_load_keys_them_even_when_one_breaks_it_late() {
    // "Name12 District": the word all share is left out of their keys.
    three_ways(&with_english(|i| format!("Name{i} District")));
    // District 700 breaks it: every key changes, those kept before included.
    three_ways(&with_english(|i| if i == 700 { "Odd Place".into() } else { format!("Name{i} District") }));
}

#[test]
fn with_several_editions_the_first_comes_with_its_kept_index_and_the_others_join() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = file_of(&liangdian::synthetic::yaml(DISTRICTS));
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/editions/2021.yaml");
    let files = [file.path(), fixture.as_path()];
    let cache = Cache::at(&dir.path().join("cache"));
    let (cold, made) = browse_all(&files, &cache);
    let (warm, read) = browse_all(&files, &cache);
    assert!(made.is_empty(), "the first time the browser indexes every batch itself: {made:?}");
    assert!(read.len() > 3 && read.iter().all(|&k| k), "read the second time: {read:?}");
    let paths: Vec<_> = files.iter().map(|f| f.to_path_buf()).collect();
    let (whole, _) = liangdian::dataset::shelf::load(&paths, &Progress::default(), &Cache::default()).expect("loads");
    assert_as("made", &cold, whole.clone());
    assert_as("read", &warm, whole);
}

#[test]
fn an_entry_written_without_the_index_is_written_again_with_it_once() {
    let dir = tempfile::tempdir().expect("a folder");
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let file = file_of(&text);
    let cache = Cache::at(&dir.path().join("cache"));
    // The command line keeps the dataset alone.
    Dataset::from_path_cached(file.path(), &Progress::default(), &cache).expect("loads");
    let bare = cache.entries();
    assert_eq!(bare.len(), 1);
    let (first, made) = browse(file.path(), &cache);
    assert!(made.is_empty(), "the file read again, its batches indexed by the browser: {made:?}");
    let entries = cache.entries();
    assert!(entries.len() == 1 && entries[0].bytes > bare[0].bytes, "written again with the index: {entries:?}");
    assert_as_whole("written again", &first, &text);
    let (second, read) = browse(file.path(), &cache);
    assert!(read.len() > 3 && read.iter().all(|&k| k), "then read: {read:?}");
    assert_as_whole("read", &second, &text);
    assert_eq!(cache.entries().len(), 1, "the entry, written again in its place");
}
