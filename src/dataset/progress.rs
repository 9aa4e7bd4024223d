//! How far a load has got, readable from another thread (the browser shows it while a large file loads).

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

/// The stage a load is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Reading,
    Parsing,
    Checking,
    Indexing,
}

/// Counters a loader updates and a drawing thread reads; all relaxed, since they only inform a picture.
#[derive(Debug, Default)]
pub struct Progress {
    stage: AtomicU8,
    /// Bytes of the file, once known.
    pub bytes: AtomicUsize,
    /// Districts parsed so far, and how many there are (0 while unknown).
    pub done: AtomicUsize,
    pub total: AtomicUsize,
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

    /// Districts parsed and their total, when the total is known.
    pub fn districts(&self) -> Option<(usize, usize)> {
        let total = self.total.load(Ordering::Relaxed);
        (total > 0).then(|| (self.done.load(Ordering::Relaxed).min(total), total))
    }
}
