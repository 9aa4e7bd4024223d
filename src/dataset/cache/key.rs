//! The key that names a file's entry: a fast hash of the file's content, read by up to four threads at once.
//!
//! The content is cut into pieces of a fixed size; each piece is hashed (xxh3, 128 bits) where it lies in the
//! file, by whichever thread takes it next, and the key is the hash of the pieces' hashes in their order. The
//! pieces being of a fixed size, a file has the same key however many threads read it. A load from the cache
//! can read nothing before it has the key: hashed by one thread, the key of a 20 MB file held the second core
//! idle for the first 4.5 ms of a warm load (`perf sched timehist`).
//!
//! The key is of the bytes the file holds when it is opened, as long as it says it is: a file that turns out
//! longer or shorter has no key. Only a regular file has one: a pipe or a device says it holds nothing, and
//! would otherwise share the key of an empty file (what it gives can only be read once, by the load).

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
/// The most threads that read a file: a file of a few MB gives more only a piece or two each, and the reads
/// are bound by the kernel's copy of the file as much as by the hash.
const THREADS: usize = 4;

/// The key of the content of the file at `path`.
pub fn of_file(path: &Path) -> io::Result<u128> {
    let not_a_file = || io::Error::new(io::ErrorKind::InvalidInput, "only a regular file is named by its content");
    // Told before the file is opened: opening a named pipe waits for its writer, and closing it unread would
    // leave the writer nobody to write to when the load opens it again.
    if !std::fs::metadata(path)?.is_file() {
        return Err(not_a_file());
    }
    let file = File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_a_file());
    }
    // Elsewhere than Unix and Windows, reads move a position the threads would share: one thread reads.
    let most = if cfg!(any(unix, windows)) { THREADS } else { 1 };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(most);
    of_open(&file, meta.len(), threads)
}

/// The key of the `len` bytes of `file`, read by `threads` threads (this one among them).
fn of_open(file: &File, len: u64, threads: usize) -> io::Result<u128> {
    let pieces = len.div_ceil(PIECE);
    let next = AtomicU64::new(0);
    // Each thread hashes the next piece no thread has taken, until none is left; the first to fail takes the
    // rest away from the others.
    let work = || -> io::Result<Vec<(u64, u128)>> {
        let mut buffer = vec![0; READ];
        let mut done = Vec::new();
        loop {
            let piece = next.fetch_add(1, Ordering::Relaxed);
            if piece >= pieces {
                return Ok(done);
            }
            let at = piece * PIECE;
            match hash_range(file, at, (at + PIECE).min(len), &mut buffer) {
                Ok(hash) => done.push((piece, hash)),
                Err(e) => {
                    next.store(pieces, Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
    };
    let helpers = usize::try_from(pieces).unwrap_or(usize::MAX).min(threads).saturating_sub(1);
    let results = std::thread::scope(|scope| {
        // A thread that cannot be started leaves its share to the others: the key only ever saves time.
        let helping: Vec<_> =
            (0..helpers).filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, work).ok()).collect();
        let mut results = vec![work()];
        // Every helper is joined, whatever this thread's share gave.
        for helper in helping {
            results.push(helper.join().unwrap_or_else(|_| Err(io::Error::other("a thread hashing the file stopped"))));
        }
        results
    });
    let mut hashes = Vec::with_capacity(usize::try_from(pieces).unwrap_or(0));
    for result in results {
        hashes.extend(result?);
    }
    // A file longer than it said (it grew after it was opened, or says nothing of its length) is not the
    // content hashed.
    if read_at(file, &mut [0], len)? != 0 {
        return Err(io::Error::other("the file is longer than it says"));
    }
    Ok(combined(hashes))
}

/// A reader that makes the key of what is read through it, as it is read: the same pieces, hashed one after
/// another. The cache's entry for a file parsed a second time, after its load, is written only when what that
/// parse read has the key the load found (see `fill`): a file changed in between is not kept under it.
pub struct Keyed<R> {
    inner: R,
    piece: Xxh3,
    /// Bytes in the piece being hashed.
    filled: u64,
    hashes: Vec<(u64, u128)>,
}

impl<R: io::Read> Keyed<R> {
    pub fn new(inner: R) -> Keyed<R> {
        Keyed { inner, piece: Xxh3::new(), filled: 0, hashes: Vec::new() }
    }

    /// The key of everything read.
    pub fn key(&self) -> u128 {
        let mut hashes = self.hashes.clone();
        if self.filled > 0 {
            hashes.push((hashes.len() as u64, self.piece.digest128()));
        }
        combined(hashes)
    }
}

impl<R: io::Read> io::Read for Keyed<R> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buffer)?;
        let mut read = &buffer[..n];
        while !read.is_empty() {
            let take = usize::try_from(PIECE - self.filled).unwrap_or(usize::MAX).min(read.len());
            self.piece.update(&read[..take]);
            self.filled += take as u64;
            read = &read[take..];
            if self.filled == PIECE {
                self.hashes.push((self.hashes.len() as u64, self.piece.digest128()));
                (self.piece, self.filled) = (Xxh3::new(), 0);
            }
        }
        Ok(n)
    }
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

/// Reads at `at`, each read carrying its own place in the file, so that threads can share one open file: on
/// Unix no position moves; on Windows the position moves, and nothing here uses it.
#[cfg(unix)]
fn read_at(file: &File, buffer: &mut [u8], at: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buffer, at)
}

/// See the Unix `read_at`. Windows may take the reads of one handle opened for plain reading one at a time:
/// the key is then made no quicker than by one thread, and is the same.
#[cfg(windows)]
fn read_at(file: &File, buffer: &mut [u8], at: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buffer, at)
}

/// Moves the file's one position, then reads: only ever one thread reads a file here (see `of_file`).
#[cfg(not(any(unix, windows)))]
fn read_at(file: &File, buffer: &mut [u8], at: u64) -> io::Result<usize> {
    use std::io::{Read, Seek};
    let mut file = file;
    file.seek(io::SeekFrom::Start(at))?;
    file.read(buffer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A file of `len` bytes that differ from place to place, with `edit` applied.
    fn file_of(len: usize, edit: impl FnOnce(&mut Vec<u8>)) -> tempfile::NamedTempFile {
        let mut bytes = bytes_of(len);
        edit(&mut bytes);
        let mut file = tempfile::NamedTempFile::new().expect("a file");
        file.write_all(&bytes).expect("written");
        file
    }

    fn bytes_of(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 7 + i / 251) as u8).collect()
    }

    /// The key of a file as it is, read by `threads` threads.
    fn with_threads(path: &Path, threads: usize) -> io::Result<u128> {
        let file = File::open(path)?;
        let len = file.metadata()?.len();
        of_open(&file, len, threads)
    }

    #[test]
    fn the_key_is_the_hash_of_the_pieces_hashes_in_order() {
        let short = bytes_of(1000);
        let one_piece = xxh3_128(&xxh3_128(&short).to_le_bytes());
        assert_eq!(of_file(file_of(1000, |_| {}).path()).expect("hashed"), one_piece);
        let long = bytes_of(PIECE as usize + 10);
        let (first, second) = long.split_at(PIECE as usize);
        let two_pieces = xxh3_128(&[xxh3_128(first).to_le_bytes(), xxh3_128(second).to_le_bytes()].concat());
        assert_eq!(of_file(file_of(long.len(), |_| {}).path()).expect("hashed"), two_pieces);
        assert_eq!(of_file(file_of(0, |_| {}).path()).expect("hashed"), xxh3_128(&[]), "no pieces");
    }

    #[test]
    fn a_reader_makes_the_key_of_what_it_reads_in_reads_of_any_size() {
        let piece = PIECE as usize;
        for len in [0, 1, 1000, piece - 1, piece, piece + 1, 3 * piece + 12_345] {
            let file = file_of(len, |_| {});
            let key = of_file(file.path()).expect("hashed");
            for step in [1 << 16, 4093, piece + 7] {
                let mut keyed = Keyed::new(File::open(file.path()).expect("opened"));
                let mut buffer = vec![0; step];
                while io::Read::read(&mut keyed, &mut buffer).expect("read") > 0 {}
                assert_eq!(keyed.key(), key, "{len} bytes read {step} at a time");
            }
        }
        let bytes = bytes_of(piece + 10);
        let mut keyed = Keyed::new(&bytes[..piece + 9]);
        io::copy(&mut keyed, &mut io::sink()).expect("read");
        assert_ne!(keyed.key(), of_file(file_of(piece + 10, |_| {}).path()).expect("hashed"), "a byte short");
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
    fn a_file_longer_or_shorter_than_it_says_has_no_key() {
        let file = file_of(2 * PIECE as usize + 10, |_| {});
        let open = File::open(file.path()).expect("opened");
        let len = 2 * PIECE + 10;
        for threads in [1, 2, 4] {
            // Said shorter: in the last piece, at a piece's end, or with no piece at all.
            for said in [len - 1, 2 * PIECE, 0] {
                assert!(of_open(&open, said, threads).is_err(), "{said} bytes said, {threads} threads");
            }
            // Said longer: the last piece, or a whole piece more, cannot be read.
            for said in [len + 1, len + PIECE] {
                let error = of_open(&open, said, threads).expect_err("longer than the file");
                assert_eq!(error.kind(), io::ErrorKind::UnexpectedEof, "{said} bytes said, {threads} threads");
            }
            assert!(of_open(&open, len, threads).is_ok());
        }
    }

    #[test]
    fn only_a_regular_file_has_a_key() {
        assert!(of_file(Path::new("/no/such/file.yaml")).is_err());
        let dir = tempfile::tempdir().expect("a folder");
        assert!(of_file(dir.path()).is_err(), "a folder");
        #[cfg(unix)]
        {
            // A device (or a pipe) says it holds nothing: it would share the key of an empty file.
            let error = of_file(Path::new("/dev/null")).expect_err("a device");
            assert_eq!(error.kind(), io::ErrorKind::InvalidInput);
        }
    }
}
