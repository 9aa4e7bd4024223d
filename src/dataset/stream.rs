//! A large file handed on as it is parsed, so that the browser can open on its first districts and take
//! in the rest as they come, while the file is still being read.
//!
//! A file in the usual shape is parsed in pieces (see `chunks`); each batch of districts is checked as it
//! arrives (the same rules, in the same order, as a whole dataset is) and handed on. Its cache entry is
//! written afterwards, from a second read of the file (see `cache::Fill`). Anything out of the ordinary
//! takes the ordinary road: a file too small to cut, one with a glossary beside it (a glossary is checked
//! against every district), one already cached, one whose pieces fail. A file whose pieces fail after some
//! were handed on is read whole again, so that its error is reported exactly where it is; should it load
//! after all, the whole dataset takes the place of what was handed on.

use std::fs::{self, File};
use std::io::BufReader;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::Ordering;

use super::cache::{Cache, Fill};
use super::chunks::{self, Ended, Piece};
use super::error::LoadError;
use super::glossary;
use super::load::MAX_BYTES;
use super::progress::{Progress, Stage};
use super::schema::{Dataset, District};
use super::validate::Checker;

/// What a load hands on, in order.
#[derive(Debug, Clone)]
pub enum Arrival {
    /// The dataset's head and its first districts, and how many districts the file is expected to hold,
    /// judged by the size of those read so far.
    Begun { data: Box<Dataset>, expected: usize },
    /// The next districts, in file order, the count expected now, and what the cache keeps beside them.
    More { districts: Vec<District>, expected: usize, annex: Annex },
    /// The whole dataset: the first arrival of a file read whole, or the one that takes the place of what
    /// arrived before.
    Whole(Box<Dataset>),
    /// The pieces stopped short of the end (a mistake, or a shape that cannot be cut): the file is being read
    /// whole, to say exactly where it goes wrong or to give all of it.
    Rereading,
}

/// What the cache keeps beside a batch of districts for the layer above (the browser's index of them, which
/// took as long to make as the batch to decode): opaque bytes here, made and read by the receiver.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Annex {
    /// Nothing was kept, and nothing will be.
    #[default]
    None,
    /// What the cache kept beside these districts (it may be empty).
    Cached(Vec<u8>),
}

/// What a load hands its arrivals to: any `FnMut(Arrival)`, or a receiver that keeps something beside each
/// batch in the cache.
pub trait Receive {
    fn arrive(&mut self, arrival: Arrival);

    /// Does the receiver keep something beside each batch? An entry written without (by the command line,
    /// or by a receiver that keeps nothing) is then written again, once, from the file.
    fn wants_annex(&self) -> bool {
        false
    }

    /// The cache's entry for the file just read batch by batch, to write once the receiver has what it
    /// needs on screen (see [`Fill`]). By default it is written at once, on every core, with nothing beside
    /// the batches.
    fn write_later(&mut self, fill: Fill) {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        fill.write(&mut NoAnnexes, &std::sync::atomic::AtomicBool::new(false), cores);
    }
}

/// Nothing kept beside the batches.
struct NoAnnexes;

impl super::cache::Annexes for NoAnnexes {
    fn begin(&mut self, _first: &Dataset) {}

    fn next(&mut self, _districts: &[District]) -> Vec<u8> {
        Vec::new()
    }
}

impl<F: FnMut(Arrival)> Receive for F {
    fn arrive(&mut self, arrival: Arrival) {
        self(arrival)
    }
}

impl Dataset {
    /// Reads the dataset file at `path` (through `cache`), handing it to `arrive` as it is parsed: batch by
    /// batch when it can be cut into batches, otherwise whole. An error after some of it arrived is what a
    /// whole read of the file reports, position and all.
    pub fn stream_path(
        path: &Path,
        progress: &Progress,
        cache: &Cache,
        arrive: &mut dyn Receive,
    ) -> Result<(), LoadError> {
        let size = fs::metadata(path).ok().filter(|m| m.is_file()).map(|m| m.len());
        let cuttable = size.is_some_and(|s| (chunks::MIN_BYTES as u64..=MAX_BYTES).contains(&s));
        if !cuttable || glossary::beside(path).is_file() {
            arrive.arrive(Arrival::Whole(Box::new(Dataset::from_path_cached(path, progress, cache)?)));
            return Ok(());
        }
        let size = size.unwrap_or_default();
        progress.set_stage(Stage::Reading);
        let modified = || fs::metadata(path).ok().map(|m| (m.len(), m.modified().ok()));
        let before = modified();
        let key = cache.dir.as_ref().and_then(|_| Cache::key_of_file(path).ok());
        // The second time, the districts come from the cache, checked and handed on batch by batch as well.
        if let Some((key, entry)) = key.and_then(|k| Some((k, cache.entry_size(k)?))) {
            // Its batches were checked where they were decoded, but for repeated ids.
            let mut on = Handing { want_annex: arrive.wants_annex(), ..Handing::new(entry as usize) };
            if cache.stream(key, &mut |piece| on.piece(piece, arrive)) == Ended::Whole {
                return Ok(());
            }
            // A damaged entry: the file is read, and what it gives takes the place of anything handed on.
        }
        let Ok(file) = File::open(path) else {
            // Whatever stops the file from opening, the ordinary road says it.
            arrive.arrive(Arrival::Whole(Box::new(Dataset::read_path_whole(path, progress)?)));
            return Ok(());
        };
        progress.bytes.store(size as usize, Ordering::Relaxed);
        progress.set_stage(Stage::Parsing);
        let input = BufReader::with_capacity(1 << 16, file.take(MAX_BYTES + 1));
        let mut on = Handing::new(size as usize);
        let ended = chunks::stream(input, progress, true, &mut |piece| on.piece(piece, arrive));
        let read = progress.read.load(Ordering::Relaxed) as u64;
        if ended == Ended::Whole && read <= MAX_BYTES {
            // Kept only when the file did not change while it was read (the entry names its content; the
            // second read checks that too).
            if let Some(key) = key.filter(|_| modified() == before) {
                arrive.write_later(Fill { cache: cache.clone(), path: path.to_path_buf(), key });
            }
            return Ok(());
        }
        if on.begun {
            arrive.arrive(Arrival::Rereading);
        }
        progress.restart();
        let data = Dataset::read_path_whole(path, progress)?;
        if let Some(key) = key.filter(|_| modified() == before) {
            cache.put(key, &data);
        }
        arrive.arrive(Arrival::Whole(Box::new(data)));
        Ok(())
    }
}

/// What a load in pieces knows as the pieces pass.
struct Handing {
    /// The head, until the first districts go with it.
    head: Option<Dataset>,
    checker: Option<Checker>,
    /// Districts handed on, and the bytes of the file they took.
    loaded: usize,
    bytes: usize,
    /// The file's size.
    size: usize,
    begun: bool,
    /// Does the receiver want what the cache keeps beside each batch (and a batch without it stops the load
    /// from the cache, so that the entry is written again with it)?
    want_annex: bool,
}

impl Handing {
    fn new(size: usize) -> Handing {
        let (begun, want_annex) = (false, false);
        Handing { head: None, checker: None, loaded: 0, bytes: 0, size, begun, want_annex }
    }

    /// Checks a piece and hands it on; `false` stops the load in pieces (the file then takes the ordinary
    /// road, which reports the problem with its position).
    fn piece(&mut self, piece: Piece, arrive: &mut dyn Receive) -> bool {
        match piece {
            Piece::Head(head) => {
                let checker = Checker::new(&head);
                if !checker.head.is_empty() {
                    return false;
                }
                self.head = Some(*head);
                self.checker = Some(checker);
                true
            }
            Piece::Districts(districts, bytes, annex) => {
                // The first batch goes with the head and has nothing beside it; a later one without is of an
                // entry written without annexes.
                if self.want_annex && self.begun && annex == Annex::Cached(Vec::new()) {
                    return false;
                }
                let Some(checker) = self.checker.as_mut() else { return false };
                // Every other rule was checked where the batch was parsed or decoded, while it was in that
                // processor's cache; the one against repeated ids needs the batches before it.
                let sound = checker.no_repeats(&districts);
                if !sound {
                    return false;
                }
                self.loaded += districts.len();
                self.bytes += bytes;
                let expected = self.expected();
                self.hand_on(districts, expected, annex, arrive)
            }
        }
    }

    /// Hands districts on: the first with the head, the rest as more; `false` when there is no head to go
    /// with.
    fn hand_on(&mut self, districts: Vec<District>, expected: usize, annex: Annex, arrive: &mut dyn Receive) -> bool {
        if std::mem::replace(&mut self.begun, true) {
            arrive.arrive(Arrival::More { districts, expected, annex });
            return true;
        }
        let Some(mut data) = self.head.take() else { return false };
        data.districts = districts;
        arrive.arrive(Arrival::Begun { data: Box::new(data), expected });
        true
    }

    /// How many districts the file holds, judged by the bytes those handed on took: never fewer than
    /// have arrived.
    fn expected(&self) -> usize {
        let per_district = self.bytes as f64 / self.loaded.max(1) as f64;
        let estimate = (self.size as f64 / per_district.max(1.0)).round() as usize;
        estimate.max(self.loaded)
    }
}
