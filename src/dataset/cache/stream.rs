//! An entry read back batch by batch: checked whole first, then its values read one at a time and decoded
//! on every core, handed on in their order while the browser takes in those before.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

use xxhash_rust::xxh3::Xxh3;

use super::super::chunks::{Ended, Piece};
use super::super::schema::{Dataset, District};
use super::{Cache, MAGIC, VERSION, touch};

impl Cache {
    /// The dataset cached for content `key`, handed to `take` as it is decoded: its head, then its districts
    /// batch by batch, decoded on a thread of their own while `take` checks and hands on the ones before.
    /// `Unusual` when there is no whole entry of this version (some batches may have been handed on when a
    /// later one does not decode).
    pub(in crate::dataset) fn stream(&self, key: u128, take: &mut dyn FnMut(Piece) -> bool) -> Ended {
        let Some(path) = self.path_of(key) else { return Ended::Unusual };
        // The entry is checked whole before anything of it is handed on, then read again a value at a time:
        // twice 17 MB from the page cache costs less than holding them.
        let Some((header, payload)) = checked_entry(&path, key) else { return Ended::Unusual };
        let Ok(file) = fs::File::open(&path) else { return Ended::Unusual };
        let mut input = io::BufReader::with_capacity(1 << 16, file);
        if input.seek_relative(header as i64).is_err() {
            return Ended::Unusual;
        }
        let mut left = payload;
        // The next value; `Some(None)` at the payload's end, `None` for a value that is not whole.
        let mut value = move || -> Option<Option<Vec<u8>>> {
            if left == 0 {
                return Some(None);
            }
            let mut len = [0; 8];
            input.read_exact(&mut len).ok()?;
            let len = u64::from_le_bytes(len);
            left = left.checked_sub(8 + len)?;
            let mut bytes = vec![0; usize::try_from(len).ok()?];
            input.read_exact(&mut bytes).ok()?;
            Some(Some(bytes))
        };
        let Some(head) = value().flatten().and_then(|v| rmp_serde::from_slice::<Dataset>(&v).ok()) else {
            return Ended::Unusual;
        };
        if !take(Piece::Head(Box::new(head))) {
            return Ended::Stopped;
        }
        // The batches are decoded on every core: each worker takes the next value from the file (in turn,
        // numbered) and decodes it; they are handed on in their order.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 4);
        let source = std::sync::Mutex::new(Source { value, next: 0, done: false });
        let (send, receive) = std::sync::mpsc::sync_channel::<(usize, Option<(Vec<District>, usize)>)>(2 * threads);
        let ended = std::thread::scope(|scope| {
            for _ in 0..threads {
                let (send, source) = (send.clone(), &source);
                scope.spawn(move || {
                    loop {
                        let Some((seq, bytes)) = source.lock().map_or(None, |mut s| s.take()) else { return };
                        let decoded = bytes.and_then(|b| super::super::columns::decode(&b).map(|d| (d, b.len())));
                        let failed = decoded.is_none();
                        // A failed send: the receiver stopped; a failed batch: nothing after it is decoded.
                        if send.send((seq, decoded)).is_err() || failed {
                            return;
                        }
                    }
                });
            }
            drop(send);
            let mut waiting = std::collections::BTreeMap::new();
            let mut next = 0;
            for (seq, batch) in receive {
                waiting.insert(seq, batch);
                while let Some(batch) = waiting.remove(&next) {
                    next += 1;
                    let Some((districts, bytes)) = batch else { return Ended::Unusual };
                    if !take(Piece::Districts(districts, bytes)) {
                        return Ended::Stopped;
                    }
                }
            }
            // Every worker has ended: a batch still waiting is one after a gap, which only a failure leaves.
            if waiting.is_empty() { Ended::Whole } else { Ended::Unusual }
        });
        if ended == Ended::Whole {
            touch(&path);
        }
        ended
    }
}

/// The values of an entry being read, numbered as they are taken.
struct Source<F> {
    value: F,
    next: usize,
    done: bool,
}

impl<F: FnMut() -> Option<Option<Vec<u8>>>> Source<F> {
    /// The next value and its number: `None` once the payload has ended (or a value could not be read);
    /// a value that could not be read is handed out once, as `(n, None)`, so that its batch fails in turn.
    fn take(&mut self) -> Option<(usize, Option<Vec<u8>>)> {
        if self.done {
            return None;
        }
        let seq = self.next;
        self.next += 1;
        match (self.value)() {
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

/// Reads an entry through, checking its magic, version, key, length and checksum as a [`Writer`] wrote
/// them, a piece at a time; the length of its header and of its payload when it is whole.
fn checked_entry(path: &Path, key: u128) -> Option<(u64, u64)> {
    let mut input = io::BufReader::with_capacity(1 << 16, fs::File::open(path).ok()?);
    let mut header = vec![0; MAGIC.len() + VERSION.len() + 1 + 16 + 16];
    input.read_exact(&mut header).ok()?;
    let rest = header.strip_prefix(MAGIC)?.strip_prefix(VERSION.as_bytes())?.strip_prefix(b"\n")?;
    let (stored_key, rest) = rest.split_first_chunk::<16>()?;
    let (len, sum) = rest.split_first_chunk::<8>()?;
    let (len, sum) = (u64::from_le_bytes(*len), u64::from_le_bytes(sum.try_into().ok()?));
    if u128::from_le_bytes(*stored_key) != key {
        return None;
    }
    let mut hasher = Xxh3::new();
    let mut read = 0u64;
    let mut buffer = vec![0; 1 << 16];
    loop {
        match input.read(&mut buffer).ok()? {
            0 => break,
            n => {
                hasher.update(&buffer[..n]);
                read += n as u64;
            }
        }
    }
    (read == len && hasher.digest() == sum).then_some((header.len() as u64, len))
}
