//! One full frame of each view, at 120x40 and 200x60, on 16 and 10,000 districts: a frame must cost the
//! same whatever the size of the dataset, because only the visible rows are laid out.
//!
//!     cargo bench --bench frame

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use liangdian::app::{Action, App};
use liangdian::dataset::Dataset;
use liangdian::lang::Lang;
use liangdian::pages::draw;
use liangdian::pages::{Browser, update};
use liangdian::pages::{figures, matches, matrix};
use liangdian::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Puts a fresh app into one of the views.
fn open(app: &mut Browser, view: &str) {
    let actions: &[Action] = match view {
        "detail" => &[Action::Down],
        "compare" => &[Action::Pin, Action::Down, Action::Down, Action::ToggleCompare],
        "matrix" => &[Action::Open(matrix::ID)],
        "figures" => &[Action::Open(figures::ID)],
        "search_results" => &[Action::Open(matches::ID)],
        _ => &[],
    };
    if view == "search_results" {
        app.app.open_search("代表");
    }
    for action in actions {
        update(app, action.clone());
    }
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(30).measurement_time(Duration::from_secs(3));
    for (label, data) in [
        ("16", Dataset::embedded().expect("valid")),
        ("10000", Dataset::from_yaml_str(&liangdian::synthetic::yaml(10_000), "bench.yaml").expect("valid")),
    ] {
        for (w, h) in [(120u16, 40u16), (200, 60)] {
            for view in ["detail", "compare", "matrix", "figures", "search_results"] {
                let mut app = Browser::new(App::new(data.clone(), Lang::En, w, h));
                open(&mut app, view);
                let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
                let theme = Theme::colored();
                let id = BenchmarkId::new(format!("{view}_{w}x{h}"), label);
                group.bench_function(id, |b| b.iter(|| terminal.draw(|f| draw(f, &app, &theme)).map(|_| ())));
            }
        }
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
