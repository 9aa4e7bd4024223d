//! Parsing a large dataset in pieces as it is read, on every core.
//!
//! serde_yaml reads a whole document into a list of events before it builds anything, so a 20 MB file
//! costs a few hundred megabytes of events, and it parses on one core. A dataset in the usual shape (block
//! style, `districts:` the last top-level key, one `- ` item per district, no aliases) can be cut at its
//! district items as its lines arrive: the head (source, themes …) and batches of districts are parsed
//! separately, the batches on as many threads as there are cores while the next lines are read. Only a few
//! batches' text and one batch's events per thread exist at a time, so the file is never in memory whole:
//! for ten thousand districts (20 MB) the load peaks at the dataset plus a few megabytes.
//!
//! This is only a faster road to the same place: whenever a piece fails the scan for hostile shapes, uses
//! an alias, fails to parse or is not UTF-8, or the file is not in the usual shape, the caller parses the
//! whole document the ordinary way, so every error (and its line and column) is exactly what it would
//! have been.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use super::json_lines;
use super::limits;
use super::lines;
use super::progress::Progress;
use super::sanitize::{sanitize_district, sanitize_district_own, sanitize_head};
use super::schema::{Dataset, District, Text};
use super::stream::Annex;
use super::validate;

mod shape;

use shape::{Place, Shape};

/// Below this size one thread and one parse are quicker than cutting.
pub const MIN_BYTES: usize = 1 << 20;
/// Districts per parse: small enough that a batch's events stay small (256 districts cost 6 MB of events
/// per thread), large enough to amortise each call.
pub(super) const BATCH: usize = 64;

/// Some districts' text, in file order.
struct Batch {
    seq: usize,
    items: usize,
    text: String,
}

/// What the reader and the workers hand the collector.
enum Cut {
    /// The head, once the `districts:` key is reached, parsed and sanitised.
    Head(Box<Dataset>),
    /// A batch parsed: its place in the file, its districts and the bytes of text they took.
    Parsed(usize, Vec<District>, usize),
    /// A batch that did not parse: its place in the file.
    Failed(usize),
    /// The reader is done, having sent this many batches: all of the file (`Ok`), or those before a line
    /// that is not in the usual shape or could not be read (`Err`).
    Read(Result<usize, usize>),
}

/// What the collector hands on, in file order: the head first, then the districts batch by batch.
#[derive(Debug)]
pub enum Piece {
    /// The dataset's head (source, themes …), with no districts yet.
    Head(Box<Dataset>),
    /// The next districts, sanitised, the bytes of the file (or of the cache's entry) they took, and what the
    /// cache kept beside them.
    Districts(Vec<District>, usize, Annex),
}

/// How a parse in pieces ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// Every piece was handed on.
    Whole,
    /// The file must be parsed whole (a piece failed, the shape is not the usual one, or the input could not
    /// be read); some pieces may have been handed on already.
    Unusual,
    /// The receiver asked to stop.
    Stopped,
}

/// Reads `input` to its end and returns the sanitised dataset, or `None` when it must be parsed whole.
pub fn parse(input: impl BufRead + Send, progress: &Progress) -> Option<Dataset> {
    let mut data: Option<Dataset> = None;
    // The whole dataset is checked once it is there.
    let ended = stream(input, progress, false, &mut |piece| {
        match piece {
            Piece::Head(head) => data = Some(*head),
            Piece::Districts(districts, ..) => data.as_mut().map_or((), |d| d.districts.extend(districts)),
        }
        true
    });
    (ended == Ended::Whole).then_some(data).flatten()
}

/// Reads `input` to its end, handing the head and then each batch of districts to `take` in file order as
/// soon as they are parsed; `take` returns `false` to stop. With `check`, each batch is checked on the thread
/// that parsed it, while it is in that processor's cache, by every rule but the one against repeated ids
/// (which needs the batches before it): a batch that breaks one ends the pieces there, as one that does
/// not parse does, and the file is read whole, which reports the problem where it is.
pub fn stream(
    input: impl BufRead + Send,
    progress: &Progress,
    check: bool,
    take: &mut dyn FnMut(Piece) -> bool,
) -> Ended {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    stream_on(input, progress, check, threads, take)
}

/// [`stream`] with the batches parsed by `threads` workers (at least one).
pub fn stream_on(
    input: impl BufRead + Send,
    progress: &Progress,
    check: bool,
    threads: usize,
    take: &mut dyn FnMut(Piece) -> bool,
) -> Ended {
    let threads = threads.max(1);
    // The first batch that failed (`usize::MAX`: none); the batches after it are not parsed.
    let failed = AtomicUsize::new(usize::MAX);
    // A bounded queue: reading waits for the parsers rather than holding the file in memory.
    let (send, receive) = mpsc::sync_channel::<Batch>(threads);
    // Bounded too: a receiver slower than the parsers (the cache's entry written from a second read, which
    // puts each batch in columns and indexes it) makes them wait, rather than holding the parsed file in memory.
    // The receiver takes what comes in any order, so a parser never waits on a batch that is behind it.
    let (give, collect) = mpsc::sync_channel::<Cut>(threads + 1);
    // Each worker holds the queue's receiving end: were they all to stop, the reader's next send fails
    // instead of waiting for ever.
    let receive = Arc::new(Mutex::new(receive));
    // The themes' ids, for the checks: set by the reader before it sends the first batch.
    let themes = OnceLock::new();
    let workers = threads;
    std::thread::scope(|scope| {
        // Owned here, to be dropped before the threads are joined (below).
        let collect = collect;
        let (failed, themes) = (&failed, &themes);
        let mut threads: Vec<_> = (0..threads)
            .map(|_| {
                let receive = Arc::clone(&receive);
                let give = give.clone();
                // Each first makes room in its heap for its share of the file's districts (see `heaps`).
                scope.spawn(move || {
                    super::heaps::make_room(progress.bytes.load(Ordering::Relaxed), workers);
                    work(&receive, &give, failed, progress, check.then_some(themes))
                })
            })
            .collect();
        drop(receive);
        threads.push(scope.spawn(move || {
            let mut sent = 0;
            let read = cut(input, send, &give, failed, progress, themes, &mut sent);
            let _ = give.send(Cut::Read(read.ok_or(sent)));
        }));
        let ended = collect_in_order(&collect, take);
        if ended != Ended::Whole {
            // The reader and the workers see this and stop; the queue is drained as they do.
            failed.store(0, Ordering::Relaxed);
        }
        // Nothing more is taken: a parser or the reader waiting to hand on what no one will take (the queue is
        // bounded) is let go, its send failing.
        drop(collect);
        // A thread only panics if cutting or parsing itself has a bug: its batch never arrives, the pieces
        // end `Unusual`, and the whole road reports what it finds. Joined here, the panic goes no further.
        for thread in threads {
            let _ = thread.join();
        }
        ended
    })
}

/// Hands on the pieces in file order as they come; batches parsed out of order wait for those before. When
/// a batch fails, or the reader stops at a line out of the usual shape, every batch before it is still
/// handed on: what arrives is all that could be read before the problem.
fn collect_in_order(collect: &Receiver<Cut>, take: &mut dyn FnMut(Piece) -> bool) -> Ended {
    let mut waiting: BTreeMap<usize, (Vec<District>, usize)> = BTreeMap::new();
    let mut next = 0;
    // How many batches there are to hand on, once known, and whether they are all of the file.
    let mut end: Option<(usize, bool)> = None;
    let mut head = false;
    let stop_at = |end: &mut Option<(usize, bool)>, at: usize, whole: bool| {
        let at = end.map_or(at, |(e, _)| e.min(at));
        *end = Some((at, whole && end.is_none_or(|(_, w)| w)));
    };
    // Every sender gone before the batches were all there: a worker or the reader panicked.
    while let Ok(cut) = collect.recv() {
        match cut {
            Cut::Head(data) => {
                head = true;
                if !take(Piece::Head(data)) {
                    return Ended::Stopped;
                }
            }
            Cut::Parsed(seq, districts, bytes) => {
                waiting.insert(seq, (districts, bytes));
            }
            Cut::Failed(seq) => stop_at(&mut end, seq, false),
            Cut::Read(Ok(batches)) => stop_at(&mut end, batches, true),
            Cut::Read(Err(batches)) => stop_at(&mut end, batches, false),
        }
        while end.is_none_or(|(e, _)| next < e)
            && let Some((districts, bytes)) = waiting.remove(&next)
        {
            if !head {
                return Ended::Unusual;
            }
            next += 1;
            if !take(Piece::Districts(districts, bytes, Annex::None)) {
                return Ended::Stopped;
            }
        }
        match end {
            Some((e, true)) if next == e => return Ended::Whole,
            Some((e, false)) if next == e => return Ended::Unusual,
            _ => {}
        }
    }
    Ended::Unusual
}

/// Reads lines; once the districts begin, parses the head (as a document of its own), sets its themes' ids
/// for the checks and hands it to the collector; sends district batches to the workers and returns the
/// number of batches sent; `None` when the input is not in the usual shape or could not be read.
fn cut(
    input: impl BufRead,
    send: SyncSender<Batch>,
    give: &SyncSender<Cut>,
    failed: &AtomicUsize,
    progress: &Progress,
    themes: &OnceLock<Vec<Text>>,
    sent: &mut usize,
) -> Option<usize> {
    let mut shape = Shape::default();
    let mut head = String::new();
    let mut batch = Batch { seq: 0, items: 0, text: String::new() };
    let mut first = true;
    let mut in_head = true;
    lines::read(input, |line| {
        if failed.load(Ordering::Relaxed) != usize::MAX {
            return None;
        }
        progress.read.fetch_add(line.len(), Ordering::Relaxed);
        // simdutf8: several times quicker than the standard check on Chinese, and this thread reads every line.
        let mut text = simdutf8::basic::from_utf8(line).ok()?;
        if std::mem::take(&mut first) {
            text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        }
        match shape.place(text)? {
            Place::Head => head.push_str(text),
            // Blank or a comment, and read by no parser: none may be what the scan for hostile shapes refuses
            // (a line indented past its columns), or the file would load here and be refused whole.
            Place::Between if lines::indent(text) > limits::UNSCANNED_INDENT => {
                return None;
            }
            Place::Between => {}
            Place::ItemStart => {
                if std::mem::take(&mut in_head) {
                    head.push_str("districts: []\n");
                    if !plain(&head) {
                        return None;
                    }
                    // Parsed here, before any batch is sent, so that the batches can be checked against its
                    // themes as they are parsed.
                    let mut data = serde_yaml::from_str::<Dataset>(&head).ok()?;
                    sanitize_head(&mut data);
                    let _ = themes.set(data.themes.iter().map(|t| t.id.clone()).collect());
                    give.send(Cut::Head(Box::new(data))).ok()?;
                }
                if batch.items == BATCH {
                    let seq = batch.seq;
                    // Room for a batch like the last, so that its text is not copied as it grows.
                    let text = String::with_capacity(batch.text.len() + batch.text.len() / 8);
                    send.send(std::mem::replace(&mut batch, Batch { seq: seq + 1, items: 0, text })).ok()?;
                    *sent = seq + 1;
                }
                batch.items += 1;
                batch.text.push_str(text);
            }
            Place::Item => batch.text.push_str(text),
        }
        Some(())
    })?;
    if batch.items == 0 {
        return None; // no `districts:` key, or no district under it
    }
    let batches = batch.seq + 1;
    send.send(batch).ok()?;
    Some(batches)
}

/// Parses batches until the reader is done, handing each to the collector tagged with its place in the file;
/// with `check`, only a batch that passes the checks but for repeated ids (see [`stream`]).
fn work(
    batches: &Mutex<Receiver<Batch>>,
    give: &SyncSender<Cut>,
    failed: &AtomicUsize,
    progress: &Progress,
    check: Option<&OnceLock<Vec<Text>>>,
) {
    loop {
        let next = batches.lock().unwrap_or_else(PoisonError::into_inner).recv();
        let Ok(batch) = next else { return };
        if batch.seq > failed.load(Ordering::Relaxed) {
            continue; // drain the queue so that the reader is not left waiting
        }
        // Highlights written one JSON object a line are read by serde_json (see `json_lines`), and the
        // districts' own keys of the plainest kind without a YAML parser: that road reads nothing the scan for
        // hostile shapes would refuse (its tests hold it to that), so only what goes to serde_yaml is scanned.
        let parsed = json_lines::read(&batch.text, batch.items)
            .map(|read| (read.districts, read.highlights_need_care))
            .or_else(|| {
                let districts = plain(&batch.text).then(|| serde_yaml::from_str::<Vec<District>>(&batch.text).ok())?;
                Some((districts?, true))
            })
            // Every item must have become exactly one district, or the cut was wrong.
            .filter(|(d, _)| d.len() == batch.items);
        // Highlights read from JSON lines that hold nothing needing care (found as the lines were checked) are
        // left as they are: sanitising them would look through every byte of them again.
        let parsed = parsed.map(|(mut districts, care)| {
            let sanitize = if care { sanitize_district } else { sanitize_district_own };
            districts.iter_mut().for_each(sanitize);
            districts
        });
        // The themes are always set before a batch is sent; were they not, the batch would fail.
        let sound =
            |districts: &Vec<District>| check.is_none_or(|t| t.get().is_some_and(|t| validate::sound(districts, t)));
        match parsed.filter(sound) {
            Some(districts) => {
                progress.done.fetch_add(districts.len(), Ordering::Relaxed);
                if give.send(Cut::Parsed(batch.seq, districts, batch.text.len())).is_err() {
                    return;
                }
            }
            None => {
                // The batches after this one are not parsed; those before it still arrive.
                failed.fetch_min(batch.seq, Ordering::Relaxed);
                let _ = give.send(Cut::Failed(batch.seq));
            }
        }
    }
}

/// Does a piece pass the scan for hostile shapes without an alias (which could point into another piece)?
fn plain(piece: &str) -> bool {
    matches!(limits::check(piece), Ok(false))
}

#[cfg(test)]
mod tests {
    use super::shape::hides_a_line_break;
    use super::*;

    #[test]
    fn a_receiver_that_stops_while_the_parsers_wait_on_it_ends_the_parse() {
        let text = crate::synthetic::yaml(1_000);
        for (threads, stop_at) in [(1, 1), (1, 3), (2, 1), (3, 5)] {
            let (done, ended) = mpsc::channel();
            let text = text.clone();
            std::thread::spawn(move || {
                let mut batches = 0;
                let got = stream_on(text.as_bytes(), &Progress::default(), false, threads, &mut |piece| {
                    let Piece::Districts(..) = piece else { return true };
                    batches += 1;
                    // Slower than the parsers: their queue is full when it stops.
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    batches < stop_at
                });
                let _ = done.send(got);
            });
            let got = ended.recv_timeout(std::time::Duration::from_secs(30));
            assert_eq!(got, Ok(Ended::Stopped), "{threads} parsers, stopped at batch {stop_at}");
        }
    }

    #[test]
    fn lines_hiding_another_line_break_are_unusual() {
        for hidden in ["  # c\r  - id: d0", "a\u{85}b", "x\u{2028}y", "x\u{2029}"] {
            assert!(hides_a_line_break(hidden), "{hidden:?}");
        }
        for plain in ["“两条例”…—", "\u{a0}\u{80}", "text"] {
            assert!(!hides_a_line_break(plain), "{plain:?}");
        }
        let mut text = crate::synthetic::yaml(200);
        let first = text.find("  - id: d0").expect("the first district");
        text.insert_str(first, "  # the first\r");
        assert_eq!(parse(text.as_bytes(), &Progress::default()), None);
    }

    #[test]
    fn a_line_before_the_first_district_that_the_scan_refuses_is_not_passed_over() {
        for line in [" ".repeat(600), format!("{}# a comment", " ".repeat(600))] {
            let text = crate::synthetic::yaml(200).replacen("districts:\n", &format!("districts:\n{line}\n"), 1);
            assert!(limits::check(&text).is_err(), "the whole road refuses it");
            assert_eq!(parse(text.as_bytes(), &Progress::default()), None, "and so the pieces do not read it");
        }
    }

    #[test]
    fn unusual_shapes_are_parsed_whole() {
        for text in ["source: x\n", "districts: [{id: a}]\n", "districts:\n", "districts:\n# none yet\n"] {
            assert_eq!(parse(text.as_bytes(), &Progress::default()), None, "{text}");
        }
    }

    #[test]
    fn pieces_give_exactly_what_the_whole_gives() {
        for n in [1, BATCH, BATCH + 1, 300, 1000] {
            let text = crate::synthetic::yaml(n);
            let mut whole: Dataset = serde_yaml::from_str(&text).expect("whole");
            whole.districts.iter_mut().for_each(sanitize_district);
            let progress = Progress::default();
            assert_eq!(parse(text.as_bytes(), &progress), Some(whole), "{n} districts");
            assert_eq!(progress.done.load(Ordering::Relaxed), n);
            assert_eq!(progress.read.load(Ordering::Relaxed), text.len());
        }
        let shipped = super::super::EMBEDDED_YAML;
        assert_eq!(
            parse(shipped.as_bytes(), &Progress::default()),
            Some(serde_yaml::from_str(shipped).expect("whole"))
        );
    }

    #[test]
    fn a_broken_piece_or_bad_bytes_send_the_document_to_the_whole_parse() {
        let mut text = crate::synthetic::yaml(300);
        text.push_str("  - id: broken\n    name: [unclosed\n");
        assert_eq!(parse(text.as_bytes(), &Progress::default()), None);
        let mut bytes = crate::synthetic::yaml(300).into_bytes();
        bytes.extend_from_slice(b"  - id: x\n    name: \xff\n");
        assert_eq!(parse(bytes.as_slice(), &Progress::default()), None);
    }
}
