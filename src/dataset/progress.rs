//! How far a load has got, readable from another thread (the browser shows it while a large file loads).

use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};

/// The stage a load is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Reading,
    Parsing,
    Checking,
    Indexing,
}

/// Counters a loader updates and a drawing thread reads, all relaxed, since they only inform a picture; and the
/// two marks by which the browser and the loader agree on the cache's entry at quit (sequentially consistent).
#[derive(Debug, Default)]
pub struct Progress {
    stage: AtomicU8,
    /// Bytes of the file, once known.
    pub bytes: AtomicUsize,
    /// Bytes read and cut into pieces so far (a large file is parsed as it is read).
    pub read: AtomicUsize,
    /// Districts parsed so far.
    pub done: AtomicUsize,
    /// Everything is loaded, and the cache's entry is being written (see `cache::Fill`): a reader who
    /// quits now is told so and kept waiting for it (a few seconds at most), so that the next start is quick.
    pub keeping: AtomicBool,
    /// Set by the browser for the loader: nothing more is wanted (the entry being written is given up).
    pub stop: AtomicBool,
}

impl Progress {
    pub fn set_stage(&self, stage: Stage) {
        self.stage.store(stage as u8, Ordering::Relaxed);
    }

    pub fn stage(&self) -> Stage {
        match self.stage.load(Ordering::Relaxed) {
            0 => Stage::Reading,
            1 => Stage::Parsing,
            2 => Stage::Checking,
            _ => Stage::Indexing,
        }
    }

    /// Districts parsed so far.
    pub fn districts(&self) -> usize {
        self.done.load(Ordering::Relaxed)
    }

    /// How much of the file has been read, from 0 to 1, when its size is known.
    pub fn fraction_read(&self) -> Option<f64> {
        let bytes = self.bytes.load(Ordering::Relaxed);
        (bytes > 0).then(|| (self.read.load(Ordering::Relaxed) as f64 / bytes as f64).min(1.0))
    }

    /// Starts the counts again (a load that tried the fast road and must take the whole one).
    pub fn restart(&self) {
        self.read.store(0, Ordering::Relaxed);
        self.done.store(0, Ordering::Relaxed);
    }
}
