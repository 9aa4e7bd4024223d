//! The index kept in the cache beside each batch of a large file: the first start makes it and keeps it, the
//! second reads it instead of making it again, and both end in the state a whole load gives.

mod common;

use std::cell::RefCell;
use std::io::Write;

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
fn browse(file: &std::path::Path, cache: &Cache) -> (Browser, Vec<bool>) {
    let opening = Opening {
        data: vec![file.to_path_buf()],
        edition: None,
        cache: cache.clone(),
        compare: None,
        search: None,
        lang: Lang::En,
        size: (120, 40),
    };
    let sent = RefCell::new(Vec::new());
    load(&opening, &Progress::default(), &|l| sent.borrow_mut().push(l));
    let mut sent = sent.into_inner().into_iter();
    let Some(Load::Open(Ok(app))) = sent.next() else { panic!("the browser opens first") };
    let mut browser = Browser::new(*app);
    let mut kept = Vec::new();
    for l in sent {
        if let Load::Batch(batch) = &l {
            kept.extend(batch.index.iter().map(|share| share.kept()));
        }
        receive(&mut browser, l);
    }
    filter(&mut browser, "ljfl");
    update(&mut browser, Action::Accept);
    browser.app.open_search("代表");
    (browser, kept)
}

#[test]
fn the_index_kept_beside_each_batch_gives_the_state_a_whole_load_gives() {
    let dir = tempfile::tempdir().expect("a folder");
    // SAFETY: this crate's only test sets it, before any thread that reads the environment starts.
    unsafe { std::env::set_var("LIANGDIAN_BOOKMARKS", dir.path().join("bookmarks.json")) };
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let mut file = tempfile::Builder::new().suffix(".yaml").tempfile().expect("a file");
    file.write_all(text.as_bytes()).expect("written");
    let cache = Cache::at(&dir.path().join("cache"));

    let (cold, made) = browse(file.path(), &cache);
    let (warm, read) = browse(file.path(), &cache);
    assert!(made.len() > 3 && made.iter().all(|&k| !k), "made the first time: {made:?}");
    assert!(read.len() == made.len() && read.iter().all(|&k| k), "read the second time: {read:?}");
    let (uncached, _) = browse(file.path(), &Cache::default());

    let whole = Dataset::from_yaml_str(&text, "whole").expect("loads whole");
    let mut loaded = Browser::new(App::new(whole, Lang::En, 120, 40));
    filter(&mut loaded, "ljfl");
    update(&mut loaded, Action::Accept);
    loaded.app.open_search("代表");
    let w = &loaded.app;
    for (how, b) in [("made", &cold), ("read", &warm), ("no cache", &uncached)] {
        let s = &b.app;
        assert!(s.loading.is_none(), "{how}: all arrived");
        assert_eq!(s.data, w.data, "{how}: districts, in order");
        assert_eq!((&s.filtered, &s.rows, s.district_total), (&w.filtered, &w.rows, w.district_total), "{how}");
        assert_eq!(s.index.theme_counts, w.index.theme_counts, "{how}: the counts");
        assert_eq!((&s.search.all, &s.search.matches), (&w.search.all, &w.search.matches), "{how}: the search");
        for d in 0..DISTRICTS {
            assert_eq!(s.index.district_themes(d), w.index.district_themes(d), "{how}: district {d}");
            assert_eq!(s.index.highlight_themes(d, 1), w.index.highlight_themes(d, 1), "{how}: district {d}");
        }
        for query in ["dc", "东城", "Qu12", "qu 99", "waste", "ljfl", "district"] {
            assert_eq!(s.index.filter(query), w.index.filter(query), "{how}: {query}");
        }
        for keyword in ["垃圾分类", "Special inquiry", "合计", "%"] {
            let found = s.index.texts.search(keyword, |_| true);
            assert_eq!(found, w.index.texts.search(keyword, |_| true), "{how}: {keyword}");
        }
    }
}
