//! Where the time of a load in batches goes: the file handed on batch by batch alone, then loaded as the
//! browser loads it (each batch's index made on the loading thread, then the batch taken in by the browser's
//! state: indexed, filtered and laid out), here all on one thread; a whole load for comparison; and the second
//! time, from the cache, each batch's index read from beside it.
//!
//! `cargo run --release --example arrive -- FILE.yaml`

use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use liangdian::app::App;
use liangdian::app::loading::Load;
use liangdian::browse::{Opening, load};
use liangdian::dataset::{Cache, Dataset, Progress};
use liangdian::lang::Lang;
use liangdian::pages::{Browser, receive};

fn main() {
    let path = PathBuf::from(std::env::args().nth(1).expect("a dataset file"));
    let none = Cache::default();

    let start = Instant::now();
    let mut batches = 0;
    Dataset::stream_path(&path, &Progress::default(), &none, &mut |_| batches += 1).expect("loads");
    println!("handed on alone:        {:>7.1} ms ({batches} arrivals)", ms(start.elapsed()));

    let (took, first, taking) = browse(&path, &none);
    println!(
        "taken in by the browser: {took:>7.1} ms (first districts at {first:.1} ms; taking them in: {taking:.1} ms)"
    );

    let start = Instant::now();
    let data = Dataset::from_path(&path).expect("loads");
    let read = start.elapsed();
    let app = App::new(data, Lang::En, 160, 50);
    println!("whole, then indexed:     {:>7.1} ms (read {:.1} ms)", ms(start.elapsed()), ms(read));
    std::mem::forget(app);
    warm(&path);
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The second time: the file's entry in a cache (with each batch's index), handed on batch by batch and
/// taken in by the browser's state.
fn warm(path: &std::path::Path) {
    let dir = tempfile::tempdir().expect("a folder");
    let cache = Cache::at(dir.path());
    browse(path, &cache);
    let (took, first, taking) = browse(path, &cache);
    println!(
        "warm, taken in:          {took:>7.1} ms (first districts at {first:.1} ms; taking them in: {taking:.1} ms)"
    );
}

/// The file loaded as the browser loads it (the loading thread making or reading each batch's index), its
/// arrivals taken in on the same thread: the time in all, when the browser opened, and the time taking in.
fn browse(path: &std::path::Path, cache: &Cache) -> (f64, f64, f64) {
    let opening = Opening {
        data: vec![path.to_path_buf()],
        edition: None,
        cache: cache.clone(),
        compare: None,
        search: None,
        lang: Lang::En,
        size: (160, 50),
    };
    let start = Instant::now();
    let browser: RefCell<Option<Browser>> = RefCell::new(None);
    let (first, taking) = (Cell::new(None), Cell::new(Duration::ZERO));
    load(&opening, &Progress::default(), &|l| {
        let took = Instant::now();
        let mut browser = browser.borrow_mut();
        match (browser.as_mut(), l) {
            (None, Load::Open(Ok(app))) => {
                *browser = Some(Browser::new(*app));
                first.set(Some(start.elapsed()));
            }
            (Some(b), l) => receive(b, l),
            (None, _) => panic!("the file does not open"),
        }
        taking.set(taking.get() + took.elapsed());
    });
    let took = start.elapsed();
    std::mem::forget(browser);
    (ms(took), first.get().map_or(0.0, ms), ms(taking.get()))
}
