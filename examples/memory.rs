//! Where the memory of a load goes: the heap in use and its peak after each stage, counted by a global
//! allocator (the process's resident size adds the program itself and the allocator's own overhead).
//!
//!     cargo run --release --example generate -- 10000 > /tmp/districts-10000.yaml
//!     cargo run --release --example memory -- /tmp/districts-10000.yaml

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use liangdian::dataset::Dataset;
use liangdian::search::{SearchIndex, TextIndex};

/// The system allocator, counting live bytes, their peak and live blocks.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static BLOCKS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        BLOCKS.fetch_add(1, Relaxed);
        // SAFETY: the layout is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        BLOCKS.fetch_sub(1, Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn report(stage: &str) {
    let mb = |n: usize| n as f64 / 1e6;
    println!(
        "{stage:<22} in use {:6.1} MB in {:7} blocks   peak so far {:6.1} MB",
        mb(LIVE.load(Relaxed)),
        BLOCKS.load(Relaxed),
        mb(PEAK.load(Relaxed))
    );
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("memory: name a dataset file\n  usage: memory FILE");
        std::process::exit(2);
    };
    report("start");
    let data = match Dataset::from_path(std::path::Path::new(&path)) {
        Ok(data) => data,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    report("dataset loaded");
    let texts = TextIndex::new(&data);
    report("+ keyword text index");
    drop(texts);
    let index = SearchIndex::new(&data);
    report("+ whole search index");
    drop(index);
    let app = liangdian::app::App::new(data, liangdian::lang::Lang::En, 120, 40);
    report("browser state, 120x40");
    drop(app);
    report("all dropped");
    // The same file handed on batch by batch and taken in as the browser takes it in (no cache).
    PEAK.store(LIVE.load(Relaxed), Relaxed);
    let mut app: Option<liangdian::app::App> = None;
    let streamed = Dataset::stream_path(
        std::path::Path::new(&path),
        &liangdian::dataset::Progress::default(),
        &liangdian::dataset::Cache::default(),
        &mut |arrival| match arrival {
            liangdian::dataset::Arrival::Begun { data, expected } => {
                let mut opened = liangdian::app::App::new(*data, liangdian::lang::Lang::En, 120, 40);
                opened.arriving(expected);
                app = Some(opened);
            }
            liangdian::dataset::Arrival::More { districts, expected, .. } => {
                if let Some(app) = app.as_mut() {
                    app.arrive(districts, expected);
                }
            }
            liangdian::dataset::Arrival::Whole(data) => {
                app = Some(liangdian::app::App::new(*data, liangdian::lang::Lang::En, 120, 40));
            }
            liangdian::dataset::Arrival::Rereading => {}
        },
    );
    if let (Ok(()), Some(app)) = (streamed, app.as_mut()) {
        app.arrived();
    }
    report("streamed, taken in");
}
