//! The core at scale: loading, writing the cache and reading it back, one keystroke in the theme filter, a
//! keyword search, and start-up to the first frame, on the shipped 16 districts and on generated datasets of
//! 1,000 and 10,000 districts.
//!
//!     cargo bench --bench core

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use liangdian::app::{Action, App, Edit};
use liangdian::dataset::{Cache, Checker, Dataset, EMBEDDED_YAML};
use liangdian::lang::Lang;
use liangdian::pages::draw;
use liangdian::pages::{Browser, update};
use liangdian::search::{Preparer, SearchIndex};
use liangdian::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The three corpora: (label, YAML text).
fn corpora() -> Vec<(&'static str, String)> {
    vec![
        ("16", EMBEDDED_YAML.to_string()),
        ("1000", liangdian::synthetic::yaml(1_000)),
        ("10000", liangdian::synthetic::yaml(10_000)),
    ]
}

fn frame(app: &Browser, terminal: &mut Terminal<TestBackend>) {
    terminal.draw(|f| draw(f, app, &Theme::colored())).expect("draws");
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_and_validate");
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    for (label, yaml) in corpora() {
        group.throughput(Throughput::Bytes(yaml.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(label), &yaml, |b, yaml| {
            b.iter(|| Dataset::from_yaml_str(black_box(yaml), "bench.yaml").expect("valid"))
        });
    }
    group.finish();
    // What the browser does with `--data`: the file is read in pieces while they are parsed.
    let mut group = c.benchmark_group("load_file");
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    for (label, yaml) in corpora() {
        let dir = std::env::temp_dir().join(format!("liangdian-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(format!("{label}.yaml"));
        std::fs::write(&path, &yaml).expect("write corpus");
        group.throughput(Throughput::Bytes(yaml.len() as u64));
        group.bench_function(label, |b| b.iter(|| Dataset::from_path(black_box(&path)).expect("valid")));
        let _ = std::fs::remove_file(&path);
        let _ = std::fs::remove_dir(&dir);
    }
    group.finish();
    // The checks every load makes of every district, the cache's entries included (on the thread that takes
    // the districts in).
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    for (label, yaml) in corpora() {
        let data = Dataset::from_yaml_str(&yaml, "bench.yaml").expect("valid");
        group.bench_function(label, |b| {
            b.iter(|| Checker::new(black_box(&data)).districts(black_box(&data.districts)).len())
        });
    }
    group.finish();
    // An entry of the cache written for a dataset read whole (`Cache::put`): its districts in columns, in
    // batches, to a file (the system's page cache; how soon it reaches the disk is the system's). A file read
    // in pieces also writes the index's share and folded text beside each batch, made by `index_batches`.
    let mut group = c.benchmark_group("cache_put");
    group.sample_size(10);
    for (label, yaml) in corpora().into_iter().skip(1) {
        let data = Dataset::from_yaml_str(&yaml, "bench.yaml").expect("valid");
        let dir = tempfile::tempdir().expect("temp dir");
        let cache = Cache::at(dir.path());
        group.bench_function(label, |b| b.iter(|| cache.put(1, black_box(&data))));
    }
    group.finish();
    // An entry read back whole (`Cache::get`): its batches decoded on every core, every string's bytes looked
    // through for what would need making harmless, and the dataset checked. A load from the cache does the
    // same batch by batch, handing each on as it is decoded.
    let mut group = c.benchmark_group("cache_get");
    group.sample_size(10);
    for (label, yaml) in corpora().into_iter().skip(1) {
        let data = Dataset::from_yaml_str(&yaml, "bench.yaml").expect("valid");
        let dir = tempfile::tempdir().expect("temp dir");
        let cache = Cache::at(dir.path());
        cache.put(1, &data);
        group.bench_function(label, |b| b.iter(|| cache.get(black_box(1)).expect("read back")));
    }
    group.finish();
    let mut group = c.benchmark_group("index");
    group.sample_size(10);
    for (label, yaml) in corpora() {
        let data = Dataset::from_yaml_str(&yaml, "bench.yaml").expect("valid");
        group.bench_function(label, |b| b.iter(|| SearchIndex::new(black_box(&data))));
    }
    group.finish();
    // A large file's index as the loading thread has it, batch by batch (64 districts, after the first):
    // made, or read from what the cache kept beside each batch.
    let mut group = c.benchmark_group("index_batches");
    group.sample_size(10);
    for (label, yaml) in corpora().into_iter().skip(1) {
        let data = Dataset::from_yaml_str(&yaml, "bench.yaml").expect("valid");
        let mut head = data.clone();
        head.districts.truncate(64);
        let batches: Vec<_> = data.districts[64..].chunks(64).collect();
        let mut preparer = Preparer::new(&head);
        let kept: Vec<Vec<u8>> = batches.iter().map(|batch| preparer.prepare(batch).to_bytes()).collect();
        group.bench_function(BenchmarkId::new("made", label), |b| {
            b.iter(|| {
                let mut preparer = Preparer::new(&head);
                batches.iter().map(|batch| preparer.prepare(black_box(batch))).collect::<Vec<_>>()
            })
        });
        group.bench_function(BenchmarkId::new("read", label), |b| {
            // Each run takes buffers of its own, as a load from the cache does.
            let read = |kept: Vec<Vec<u8>>| {
                let mut preparer = Preparer::new(&head);
                let shares = batches.iter().zip(kept).map(|(batch, kept)| preparer.take(black_box(batch), kept));
                shares.inspect(|share| assert!(share.kept() && share.came_folded())).collect::<Vec<_>>()
            };
            b.iter_batched(|| kept.clone(), read, BatchSize::LargeInput)
        });
    }
    group.finish();
}

/// One keystroke in the theme filter: re-rank the themes, narrow the districts, lay out the detail, draw.
/// Measured as typing a character and deleting it again, halved, so every iteration starts from the same
/// state ("l", then "lj").
fn keystroke(c: &mut Criterion) {
    let mut group = c.benchmark_group("filter_keystroke_and_frame_120x40");
    group.sample_size(20);
    for (label, yaml) in corpora() {
        let data = Dataset::from_yaml_str(&yaml, "bench.yaml").expect("valid");
        let mut app = Browser::new(App::new(data, Lang::En, 120, 40));
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        update(&mut app, Action::FocusFilter);
        update(&mut app, Action::Edit(Edit::Insert("l".into())));
        group.bench_function(label, |b| {
            b.iter_custom(|iters| {
                let start = Instant::now();
                for _ in 0..iters {
                    update(&mut app, Action::Edit(Edit::Insert("j".into())));
                    frame(&app, &mut terminal);
                    update(&mut app, Action::Edit(Edit::Backspace));
                    frame(&app, &mut terminal);
                }
                start.elapsed() / 2
            })
        });
    }
    group.finish();
}

/// A keyword search over every lead and highlight text, alone and as the reader sees it (run, jump to the
/// first match, draw).
fn keyword(c: &mut Criterion) {
    let mut group = c.benchmark_group("keyword_search");
    group.sample_size(20);
    for (label, yaml) in corpora() {
        let data = Dataset::from_yaml_str(&yaml, "bench.yaml").expect("valid");
        let index = SearchIndex::new(&data);
        group.bench_function(BenchmarkId::new("find_all", label), |b| {
            b.iter(|| index.texts.find(black_box("代表"), |_| true).len())
        });
        let mut app = Browser::new(App::new(data, Lang::En, 120, 40));
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        group.bench_function(BenchmarkId::new("to_first_match_on_screen", label), |b| {
            b.iter(|| {
                app.app.open_search(black_box("代表"));
                frame(&app, &mut terminal);
            })
        });
    }
    group.finish();
}

/// From the embedded text to the first frame: parse, validate, index, lay out, draw.
fn startup(c: &mut Criterion) {
    c.bench_function("startup_to_first_frame_embedded_120x40", |b| {
        b.iter(|| {
            let data = Dataset::embedded().expect("valid");
            let app = Browser::new(App::new(data, Lang::En, 120, 40));
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
            frame(&app, &mut terminal);
        })
    });
}

criterion_group!(benches, load, keystroke, keyword, startup);
criterion_main!(benches);
