//! The key that names a file's entry: a fast hash of the file's content, read on every core.
//!
//! The content is cut into pieces of a fixed size; each piece is hashed (xxh3, 128 bits) where it lies in the
//! file, by whichever thread takes it next, and the key is the hash of the pieces' hashes in their order. The
//! pieces being of a fixed size, a file has the same key however many threads read it. A load from the cache
//! can read nothing before it has the key: hashed by one thread, the key of a 20 MB file held the second core
//! idle for the first 4.5 ms of the load.

use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use xxhash_rust::xxh3::{Xxh3, xxh3_128};

/// The size of the pieces hashed apart (the last may be shorter): small enough to share a file of a few MB
/// evenly between the threads, large enough that their hashes are few to hash again.
const PIECE: u64 = 1 << 20;
/// What a thread reads at a time, into a buffer of its own that stays in the processor's cache.
const READ: usize = 1 << 16;

/// The key of the content of the file at `path`.
pub fn of_file(path: &Path) -> io::Result<u128> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(4);
    with_threads(path, threads)
}

/// The key of the file at `path`, read by `threads` threads (this one among them).
fn with_threads(path: &Path, threads: usize) -> io::Result<u128> {
    let file = File::open(path)?;
    let len = file.metadata()?.len();
    let pieces = len.div_ceil(PIECE);
    let next = AtomicU64::new(0);
    // Each thread hashes the next piece no thread has taken, until none is left.
    let work = || -> io::Result<Vec<(u64, u128)>> {
        let mut buffer = vec![0; READ];
        let mut done = Vec::new();
        loop {
            let piece = next.fetch_add(1, Ordering::Relaxed);
            if piece >= pieces {
                return Ok(done);
            }
            let at = piece * PIECE;
            done.push((piece, hash_range(&file, at, (at + PIECE).min(len), &mut buffer)?));
        }
    };
    let helpers = usize::try_from(pieces).unwrap_or(usize::MAX).min(threads).saturating_sub(1);
    let hashes = std::thread::scope(|scope| -> io::Result<Vec<(u64, u128)>> {
        let helping: Vec<_> = (0..helpers).map(|_| scope.spawn(work)).collect();
        let mut all = work()?;
        for helper in helping {
            all.extend(helper.join().map_err(|_| io::Error::other("a thread hashing the file stopped"))??);
        }
        Ok(all)
    })?;
    Ok(combined(hashes))
}

/// The key of the pieces' hashes, each with its piece's number, in whatever order the threads made them.
fn combined(mut hashes: Vec<(u64, u128)>) -> u128 {
    hashes.sort_unstable_by_key(|&(piece, _)| piece);
    let joined: Vec<u8> = hashes.iter().flat_map(|(_, hash)| hash.to_le_bytes()).collect();
    xxh3_128(&joined)
}

/// The hash of the bytes of `file` from `at` to `end`; an error when the file ends before `end` (it shrank
/// while it was read).
fn hash_range(file: &File, mut at: u64, end: u64, buffer: &mut [u8]) -> io::Result<u128> {
    let mut hasher = Xxh3::new();
    while at < end {
        let want = usize::try_from(end - at).unwrap_or(usize::MAX).min(buffer.len());
        match read_at(file, &mut buffer[..want], at) {
            Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => {
                hasher.update(&buffer[..n]);
                at += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(hasher.digest128())
}

/// Reads at `at` without moving a position shared with the other threads.
#[cfg(unix)]
fn read_at(file: &File, buffer: &mut [u8], at: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buffer, at)
}

#[cfg(windows)]
fn read_at(file: &File, buffer: &mut [u8], at: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buffer, at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A file of `len` bytes that differ from place to place, with `edit` applied.
    fn file_of(len: usize, edit: impl FnOnce(&mut Vec<u8>)) -> tempfile::NamedTempFile {
        let mut bytes: Vec<u8> = (0..len).map(|i| (i * 7 + i / 251) as u8).collect();
        edit(&mut bytes);
        let mut file = tempfile::NamedTempFile::new().expect("a file");
        file.write_all(&bytes).expect("written");
        file
    }

    #[test]
    fn the_key_is_the_same_however_many_threads_read_the_file() {
        // Three whole pieces and a part of one.
        let file = file_of(3 * PIECE as usize + 12_345, |_| {});
        let one = with_threads(file.path(), 1).expect("hashed");
        for threads in [2, 3, 4, 8] {
            assert_eq!(with_threads(file.path(), threads).expect("hashed"), one, "{threads} threads");
        }
    }

    #[test]
    fn the_pieces_count_in_their_order_whichever_thread_hashed_them_first() {
        let hashes: Vec<(u64, u128)> = (0..5).map(|i| (i, u128::from(i) * 0x9E37_79B9_7F4A_7C15)).collect();
        let mut finished = hashes.clone();
        finished.reverse();
        finished.swap(1, 3);
        assert_eq!(combined(finished), combined(hashes.clone()));
        let mut swapped = hashes.clone();
        (swapped[0].1, swapped[1].1) = (swapped[1].1, swapped[0].1);
        assert_ne!(combined(swapped), combined(hashes));
    }

    #[test]
    fn any_change_to_the_content_changes_the_key() {
        let len = 2 * PIECE as usize + 10;
        let key = |edit: fn(&mut Vec<u8>)| with_threads(file_of(len, edit).path(), 2).expect("hashed");
        let base = key(|_| {});
        assert_eq!(key(|_| {}), base, "the same content, the same key");
        let changed = [
            key(|b| b[0] ^= 1),
            key(|b| b[PIECE as usize - 1] ^= 1),
            key(|b| b[PIECE as usize] ^= 1),
            key(|b| *b.last_mut().expect("a byte") ^= 1),
            key(|b| b.push(0)),
            key(|b| b.truncate(PIECE as usize * 2)),
            // The same pieces in another order.
            key(|b| {
                let (first, rest) = b.split_at_mut(PIECE as usize);
                first.swap_with_slice(&mut rest[..PIECE as usize]);
            }),
        ];
        for (i, k) in changed.iter().enumerate() {
            assert_ne!(*k, base, "change {i}");
        }
    }

    #[test]
    fn an_empty_file_has_a_key_and_a_missing_one_an_error() {
        let empty = file_of(0, |_| {});
        assert_ne!(
            with_threads(empty.path(), 2).expect("hashed"),
            with_threads(file_of(1, |_| {}).path(), 2).expect("hashed")
        );
        assert!(of_file(Path::new("/no/such/file.yaml")).is_err());
    }
}
