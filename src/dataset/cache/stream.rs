//! An entry read back batch by batch: its header checked first, then its values read one at a time and each
//! checked and decoded on every core, handed on in their order while the browser takes in those before.

use std::fs;
use std::io::{self, Read};
use std::path::Path;
use std::sync::{Condvar, Mutex};

use xxhash_rust::xxh3::xxh3_64_with_seed;

use super::super::chunks::{Ended, Piece};
use super::super::schema::{District, Text};
use super::super::stream::Annex;
use super::super::{heaps, validate};
use super::{Cache, MAGIC, VERSION, touch};

impl Cache {
    /// The dataset cached for content `key`, handed to `take` as it is decoded: its head, then its districts
    /// batch by batch, decoded and checked (by every rule but the one against repeated ids, which `take` is
    /// left) on threads of their own while `take` hands on the ones before. `Unusual` when there is no whole
    /// entry of this version, or a batch does not decode or breaks a rule (some batches may have been handed
    /// on before it).
    pub(in crate::dataset) fn stream(&self, key: u128, take: &mut dyn FnMut(Piece) -> bool) -> Ended {
        let Some(path) = self.path_of(key) else { return Ended::Unusual };
        // Its header is checked first (magic, version, key, and the payload's length against the file's), then
        // each value as it is read (its own checksum): none that is not whole is decoded. Checking the whole
        // entry before anything of it was used read it twice, and held back the first district.
        let Some((header, payload)) = entry_header(&path, key) else { return Ended::Unusual };
        let Ok(file) = fs::File::open(&path) else { return Ended::Unusual };
        let mut input = io::BufReader::with_capacity(1 << 16, file);
        if input.seek_relative(header as i64).is_err() {
            return Ended::Unusual;
        }
        let (mut left, mut seq) = (payload, 0u64);
        // The next value, checked by the thread that decodes it (see `whole`): the values are read one at a
        // time, under a lock. `Some(None)` at the payload's end, `None` for a value cut short.
        let mut value = move || -> Option<Option<Value>> {
            if left == 0 {
                return Some(None);
            }
            let mut sums = [0; 16];
            input.read_exact(&mut sums).ok()?;
            let (len, sum) = sums.split_at(8);
            let len = u64::from_le_bytes(len.try_into().ok()?);
            left = left.checked_sub(len.checked_add(16)?)?;
            // Read into room that is not zeroed first; a value shorter than its length is not whole.
            let mut bytes = Vec::with_capacity(usize::try_from(len).ok()?);
            (&mut input).take(len).read_to_end(&mut bytes).ok()?;
            let value = Value { seq, sum: u64::from_le_bytes(sum.try_into().ok()?), bytes };
            seq += 1;
            (value.bytes.len() as u64 == len).then_some(Some(value))
        };
        let head = value().flatten().filter(whole);
        let Some(head) = head.and_then(|head| super::head_of_entry(&head.bytes)) else {
            return Ended::Unusual;
        };
        let themes: Vec<Text> = head.themes.iter().map(|t| t.id.clone()).collect();
        if !take(Piece::Head(Box::new(head))) {
            return Ended::Stopped;
        }
        // A batch is two values: its districts in columns, then what was kept beside them.
        let batch = move || -> Option<Option<(Value, Value)>> {
            let Some(columns) = value()? else { return Some(None) };
            Some(Some((columns, value()??)))
        };
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 4);
        // Each batch is sanitised and checked where it was decoded, while it is in the processor's cache, by
        // every rule but the one against repeated ids (which needs the batches before, and is checked as they
        // are handed on). A batch that breaks one is a damaged entry. What was kept beside it is handed on in
        // the buffer it was read into.
        let decode = |(columns, annex): (Value, Value)| {
            if !whole(&columns) || !whole(&annex) {
                return None;
            }
            let districts =
                super::decode_batch(&columns.bytes).filter(|districts| validate::sound(districts, &themes))?;
            let bytes = columns.bytes.len() + annex.bytes.len() + 32;
            Some((districts, Annex::Cached(annex.bytes), bytes))
        };
        let mut batches = 0;
        // The workers' heaps are made room in for the districts the payload's bytes become.
        let payload = usize::try_from(payload).unwrap_or(usize::MAX);
        let ended = in_order(batch, &decode, (threads, payload), &mut |piece| {
            batches += 1;
            take(piece)
        });
        match ended {
            // A dataset has at least one district: an entry without a batch is not one a writer made.
            Ended::Whole if batches == 0 => Ended::Unusual,
            Ended::Whole => {
                touch(&path);
                Ended::Whole
            }
            ended => ended,
        }
    }
}

/// Where the pieces go: `false` declines one, and stops.
type Take<'a> = &'a mut dyn FnMut(Piece) -> bool;

/// A batch's values made districts, checked, what was kept beside them, and the bytes they took in the
/// entry; `None` when they are not a batch.
type Decode<'a, T> = dyn Fn(T) -> Option<(Vec<District>, Annex, usize)> + Sync + 'a;

/// A value of an entry as it was read: its place among the values, the checksum written before it, and its
/// bytes.
struct Value {
    seq: u64,
    sum: u64,
    bytes: Vec<u8>,
}

/// The batches `batch` gives (each what was read for one: in an entry, two values), decoded on `threads`
/// workers and handed to `take` in their order: `Whole` when every one decoded and was taken, `Stopped` when
/// `take` declined one, `Unusual` at the first that could not be read or decoded (those before it were handed
/// on). Each worker takes the next batch (numbered, under a lock) and decodes it; none runs more than `AHEAD`
/// batches past the one `take` waits for, so a worker that stalls never leaves the others filling memory with
/// batches that cannot be handed on yet. `payload`: what the values hold in all, for the room each worker
/// makes in its heap (see `heaps`).
fn in_order<T, F>(batch: F, decode: &Decode<'_, T>, (threads, payload): (usize, usize), take: Take<'_>) -> Ended
where
    T: Send,
    F: FnMut() -> Option<Option<T>> + Send,
{
    const AHEAD: usize = 8;
    let source = Mutex::new(Source { batch, next: 0, done: false, handed: 0 });
    let turn = Condvar::new();
    type Decoded = Option<(Vec<District>, Annex, usize)>;
    let (send, receive) = std::sync::mpsc::sync_channel::<(usize, Decoded)>(AHEAD);
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            let (send, source, turn) = (send.clone(), &source, &turn);
            scope.spawn(move || {
                heaps::make_room(payload, threads);
                loop {
                    let Ok(mut from) = source.lock() else { return };
                    while !from.done && from.next >= from.handed + AHEAD {
                        let Ok(woken) = turn.wait(from) else { return };
                        from = woken;
                    }
                    let Some((seq, bytes)) = from.take() else { return };
                    drop(from);
                    let decoded = bytes.and_then(decode);
                    if decoded.is_none() {
                        // Nothing after a batch that fails is read: it could not be handed on.
                        stop(source, turn);
                    }
                    // A failed send: the receiver stopped.
                    if send.send((seq, decoded)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(send);
        // However the receiver ends, the workers stop taking values (and any waiting for their turn wake).
        let _stop = Stop(&source, &turn);
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        for (seq, batch) in receive {
            waiting.insert(seq, batch);
            while let Some(batch) = waiting.remove(&next) {
                next += 1;
                let Some((districts, annex, bytes)) = batch else { return Ended::Unusual };
                if !take(Piece::Districts(districts, bytes, annex)) {
                    return Ended::Stopped;
                }
                if let Ok(mut from) = source.lock() {
                    from.handed = next;
                }
                turn.notify_all();
            }
        }
        // Every worker has ended: a batch still waiting is one after a gap, which only a failure leaves.
        if waiting.is_empty() { Ended::Whole } else { Ended::Unusual }
    })
}

/// The batches of an entry being read, numbered as they are taken.
struct Source<F> {
    batch: F,
    next: usize,
    done: bool,
    /// How many batches have been handed on.
    handed: usize,
}

impl<T, F: FnMut() -> Option<Option<T>>> Source<F> {
    /// The next batch and its number: `None` once the payload has ended (or a batch could not be read);
    /// one that could not be read is handed out once, as `(n, None)`, so that it fails in turn.
    fn take(&mut self) -> Option<(usize, Option<T>)> {
        if self.done {
            return None;
        }
        let seq = self.next;
        self.next += 1;
        match (self.batch)() {
            Some(Some(bytes)) => Some((seq, Some(bytes))),
            Some(None) => {
                self.done = true;
                None
            }
            None => {
                self.done = true;
                Some((seq, None))
            }
        }
    }
}

/// No more values are to be taken.
fn stop<F>(source: &Mutex<Source<F>>, turn: &Condvar) {
    if let Ok(mut from) = source.lock() {
        from.done = true;
    }
    turn.notify_all();
}

/// Stops the workers when dropped.
struct Stop<'a, F>(&'a Mutex<Source<F>>, &'a Condvar);

impl<F> Drop for Stop<'_, F> {
    fn drop(&mut self) {
        stop(self.0, self.1);
    }
}

/// Is `value` whole: is the checksum written before it the one of its bytes at its place?
fn whole(value: &Value) -> bool {
    xxh3_64_with_seed(&value.bytes, value.seq) == value.sum
}

/// An entry's header, checked as a [`Writer`] wrote it: magic, version, key, and the payload's length
/// against the file's; the length of the header and of the payload when they are.
fn entry_header(path: &Path, key: u128) -> Option<(u64, u64)> {
    let mut file = fs::File::open(path).ok()?;
    let mut header = vec![0; MAGIC.len() + VERSION.len() + 1 + 16 + 16];
    file.read_exact(&mut header).ok()?;
    let rest = header.strip_prefix(MAGIC)?.strip_prefix(VERSION.as_bytes())?.strip_prefix(b"\n")?;
    let (stored_key, rest) = rest.split_first_chunk::<16>()?;
    let (len, _) = rest.split_first_chunk::<8>()?;
    let len = u64::from_le_bytes(*len);
    let whole = u128::from_le_bytes(*stored_key) == key && file.metadata().ok()?.len() == header.len() as u64 + len;
    whole.then_some((header.len() as u64, len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::columns::{self, encode};

    /// Forty batches of three districts each, as an entry holds them.
    fn batches() -> Vec<Vec<District>> {
        crate::synthetic::dataset(120).districts.chunks(3).map(<[District]>::to_vec).collect()
    }

    /// What `in_order` hands on from `values` (`None`: a value that cannot be read), with `take` declining
    /// the batch numbered `decline`, and how it ends.
    fn run(values: Vec<Option<Vec<u8>>>, threads: usize, decline: Option<usize>) -> (Vec<Vec<District>>, Ended) {
        let mut values = values.into_iter();
        let value = move || -> Option<Option<Vec<u8>>> {
            match values.next() {
                None => Some(None), // the payload's end
                Some(Some(bytes)) => Some(Some(bytes)),
                Some(None) => None, // a value that cannot be read
            }
        };
        let mut taken = Vec::new();
        let decode = |bytes: Vec<u8>| columns::decode(&bytes).map(|d| (d, Annex::None, bytes.len()));
        let ended = in_order(value, &decode, (threads, 0), &mut |piece| match piece {
            Piece::Districts(districts, ..) if decline == Some(taken.len()) => {
                drop(districts);
                false
            }
            Piece::Districts(districts, ..) => {
                taken.push(districts);
                true
            }
            Piece::Head(_) => unreachable!("no head here"),
        });
        (taken, ended)
    }

    #[test]
    fn every_batch_is_handed_on_in_its_order_on_any_number_of_threads() {
        let batches = batches();
        for threads in 1..=4 {
            let (taken, ended) = run(batches.iter().map(|b| Some(encode(b).joined())).collect(), threads, None);
            assert_eq!((taken.as_slice(), ended), (batches.as_slice(), Ended::Whole), "{threads} threads");
        }
    }

    #[test]
    fn a_batch_that_cannot_be_read_or_decoded_ends_it_after_those_before() {
        let batches = batches();
        for threads in 1..=4 {
            for broken in [0, 1, 17, 39] {
                let mut values: Vec<Option<Vec<u8>>> = batches.iter().map(|b| Some(encode(b).joined())).collect();
                values[broken] = None;
                let (taken, ended) = run(values.clone(), threads, None);
                assert_eq!((taken.as_slice(), ended), (&batches[..broken], Ended::Unusual), "unread {broken}");
                values[broken] = Some(b"not a batch".to_vec());
                let (taken, ended) = run(values, threads, None);
                assert_eq!((taken.as_slice(), ended), (&batches[..broken], Ended::Unusual), "garbled {broken}");
            }
        }
    }

    #[test]
    fn a_reader_who_stops_taking_ends_it_at_once() {
        let batches = batches();
        for threads in 1..=4 {
            for decline in [0, 5, 39] {
                let (taken, ended) =
                    run(batches.iter().map(|b| Some(encode(b).joined())).collect(), threads, Some(decline));
                assert_eq!((taken.as_slice(), ended), (&batches[..decline], Ended::Stopped), "{threads} threads");
            }
        }
    }
}
