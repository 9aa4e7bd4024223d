//! An entry written after its file has loaded, from a second read of the file, while the reader reads.
//!
//! Writing the entry as the batches pass (each put in columns, its share of the index made and folded,
//! checksummed and written) took about a sixth of the processor time of a first open, on two cores that the
//! parse already kept busy: everything was on screen later than without a cache at all (PERFORMANCE.md,
//! "The cache written after the load"). The browser has no use for the entry until the next start, so the
//! file is read once more after everything is on screen, by one parser at the lowest priority, and the
//! entry written from that, with each batch's share of the browser's index beside it.
//!
//! The second read is kept only when it read the very content the load's key names: its bytes are hashed
//! as they pass (see `key::Keyed`), so a file changed in between is never kept under the old content's key.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use super::super::chunks::{self, Ended, Piece};
use super::super::columns;
use super::super::load::MAX_BYTES;
use super::super::progress::Progress;
use super::super::schema::{Dataset, District};
use super::Cache;
use super::key::Keyed;

/// What the layer above keeps beside each batch of an entry (see `stream::Annex`), made batch by batch as
/// the entry is written.
pub trait Annexes {
    /// The dataset's head with its first batch, which has nothing kept beside it.
    fn begin(&mut self, first: &Dataset);
    /// What to keep beside `districts`, the batch after those before.
    fn next(&mut self, districts: &[District]) -> Vec<u8>;
}

/// An entry to write for the file at `path`, whose content had `key` when it loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fill {
    pub(in crate::dataset) cache: Cache,
    pub(in crate::dataset) path: PathBuf,
    pub(in crate::dataset) key: u128,
}

impl Fill {
    /// Reads the file again, its batches parsed by `parsers` threads, and writes its entry, with `annexes`
    /// beside the batches; stops, writing nothing, once `stop` is set. Says whether the entry was written: not
    /// when the file changed since it loaded, no longer reads as it did, or the cache cannot be written.
    pub fn write(self, annexes: &mut dyn Annexes, stop: &AtomicBool, parsers: usize) -> bool {
        let Ok(file) = File::open(&self.path) else { return false };
        let Some(mut writer) = self.cache.writer(self.key) else { return false };
        let mut keyed = Keyed::new(file.take(MAX_BYTES + 1));
        let mut head: Option<Dataset> = None;
        let mut first = true;
        // The parse's counts are its own: the reader's progress is of the load, which is over.
        let ended = chunks::stream_on(
            BufReader::with_capacity(1 << 16, &mut keyed),
            &Progress::default(),
            false,
            parsers,
            &mut |piece| {
                if stop.load(Ordering::Relaxed) {
                    return false;
                }
                match piece {
                    Piece::Head(data) => {
                        writer.head(&data);
                        head = Some(*data);
                    }
                    Piece::Districts(districts, ..) => {
                        let columns = columns::encode(&districts);
                        if std::mem::take(&mut first) {
                            let Some(mut data) = head.take() else { return false };
                            data.districts = districts;
                            annexes.begin(&data);
                            writer.districts(&columns, &[]);
                        } else {
                            writer.districts(&columns, &annexes.next(&districts));
                        }
                    }
                }
                true
            },
        );
        let whole = ended == Ended::Whole && !first && keyed.key() == self.key;
        if whole {
            writer.finish();
        }
        whole
    }
}
