//! Where the time of a load in batches goes: the file handed on batch by batch alone, then taken in by the
//! browser's state as the browser takes it (every batch indexed, filtered and laid out), and a whole load
//! for comparison.
//!
//! `cargo run --release --example arrive -- FILE.yaml`

use std::path::PathBuf;
use std::time::{Duration, Instant};

use liangdian::app::App;
use liangdian::dataset::{Arrival, Cache, Dataset, Progress};
use liangdian::lang::Lang;

fn main() {
    let path = PathBuf::from(std::env::args().nth(1).expect("a dataset file"));
    let none = Cache::default();

    let start = Instant::now();
    let mut batches = 0;
    Dataset::stream_path(&path, &Progress::default(), &none, &mut |_| batches += 1).expect("loads");
    println!("handed on alone:        {:>7.1} ms ({batches} arrivals)", ms(start.elapsed()));

    let start = Instant::now();
    let mut app: Option<App> = None;
    let mut taking = Duration::ZERO;
    let mut first = None;
    Dataset::stream_path(&path, &Progress::default(), &none, &mut |arrival| {
        let took = Instant::now();
        match arrival {
            Arrival::Begun { data, expected } => {
                let mut opened = App::new(*data, Lang::En, 160, 50);
                opened.arriving(expected);
                app = Some(opened);
                first = Some(start.elapsed());
            }
            Arrival::More { districts, expected } => {
                if let Some(app) = app.as_mut() {
                    app.arrive(districts, expected);
                }
            }
            Arrival::Whole(data) => app = Some(App::new(*data, Lang::En, 160, 50)),
            Arrival::Rereading => {}
        }
        taking += took.elapsed();
    })
    .expect("loads");
    if let Some(app) = app.as_mut() {
        app.arrived();
    }
    let first = first.map_or(0.0, ms);
    println!(
        "taken in by the browser: {:>7.1} ms (first districts at {first:.1} ms; taking them in: {:.1} ms)",
        ms(start.elapsed()),
        ms(taking)
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

/// The second time: the file's entry in a cache, handed on batch by batch and taken in by the browser's state.
fn warm(path: &std::path::Path) {
    let dir = tempfile::tempdir().expect("a folder");
    let cache = Cache::at(dir.path());
    Dataset::stream_path(path, &Progress::default(), &cache, &mut |_| {}).expect("loads");
    let start = Instant::now();
    let mut app: Option<App> = None;
    let mut first = None;
    let mut taking = Duration::ZERO;
    Dataset::stream_path(path, &Progress::default(), &cache, &mut |arrival| {
        let took = Instant::now();
        take(&mut app, arrival);
        first.get_or_insert(start.elapsed());
        taking += took.elapsed();
    })
    .expect("loads");
    println!(
        "warm, taken in:          {:>7.1} ms (first districts at {:.1} ms; taking them in: {:.1} ms)",
        ms(start.elapsed()),
        first.map_or(0.0, ms),
        ms(taking)
    );
    std::mem::forget(app);
}

fn take(app: &mut Option<App>, arrival: Arrival) {
    match arrival {
        Arrival::Begun { data, expected } => {
            let mut opened = App::new(*data, Lang::En, 160, 50);
            opened.arriving(expected);
            *app = Some(opened);
        }
        Arrival::More { districts, expected } => {
            if let Some(app) = app.as_mut() {
                app.arrive(districts, expected);
            }
        }
        Arrival::Whole(data) => *app = Some(App::new(*data, Lang::En, 160, 50)),
        Arrival::Rereading => {}
    }
}
