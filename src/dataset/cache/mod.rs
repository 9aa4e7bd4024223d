//! A cache of parsed, sanitised and validated datasets, so that a large file opens at once the second time.
//!
//! Each entry is named by a fast hash of the file's content (xxh3, 128 bits, of its pieces hashed by up to
//! four threads at once: see `key`) and lives in the platform's cache directory (`$XDG_CACHE_HOME/liangdian`
//! on Linux). An entry says which version of the program wrote it and carries a checksum of what follows; one
//! from another version, a truncated or corrupt one, or one whose dataset no longer passes validation is
//! ignored and written again, never trusted. The cache keeps to a size limit, the entries read least recently
//! going first. A cache directory that cannot be made or written is skipped without a word: the cache only
//! ever saves time.

use std::fs;
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use xxhash_rust::xxh3::Xxh3;

use super::columns::InColumns;
use super::schema::Dataset;

mod fill;
mod key;
mod read;
mod stream;

pub use fill::{Annexes, Fill};

use read::{decode, decode_batch, head_of_entry};

/// What begins every entry.
const MAGIC: &[u8; 16] = b"liangdian-cache\n";
/// The program's version, and the entries' layout: an entry written by another is not read.
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "/8");
/// The most the entries may take together.
pub const LIMIT: u64 = 256_000_000;
/// What turns the cache off, as `--no-cache` does.
pub const OFF_VAR: &str = "LIANGDIAN_NO_CACHE";
const EXTENSION: &str = "cache";
/// What an entry being written is called until it is whole (`.writing-XXXXXX.part`).
const PART_PREFIX: &str = ".writing-";
const PART_SUFFIX: &str = ".part";
/// A part this old is left from a program that ended while writing it (its terminal closed, say): no
/// writer takes this long, and the next trim removes it.
const STALE_PART: std::time::Duration = std::time::Duration::from_secs(3600);

/// Where the cache is, or that there is none (turned off, or no home to put it in).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cache {
    pub dir: Option<PathBuf>,
}

/// One entry, as `liangdian cache` lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    pub bytes: u64,
    pub used: SystemTime,
}

impl Cache {
    /// The platform's cache directory for liangdian, unless `off` (`--no-cache`) or `LIANGDIAN_NO_CACHE`
    /// turns it off.
    pub fn from_env(off: bool) -> Cache {
        let off = off || std::env::var_os(OFF_VAR).is_some_and(|v| !v.is_empty() && v != "0");
        let dir = (!off).then(|| directories::ProjectDirs::from("", "", "liangdian")).flatten();
        Cache { dir: dir.map(|d| d.cache_dir().to_path_buf()) }
    }

    /// A cache in `dir` (for tests and tools).
    pub fn at(dir: &Path) -> Cache {
        Cache { dir: Some(dir.to_path_buf()) }
    }

    /// The hash of a file's content that names its entry (see `key`).
    pub fn key_of_file(path: &Path) -> io::Result<u128> {
        key::of_file(path)
    }

    fn path_of(&self, key: u128) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(format!("{key:032x}.{EXTENSION}")))
    }

    /// The dataset cached for content `key`, if an entry is there, whole, of this version, and valid.
    pub fn get(&self, key: u128) -> Option<Dataset> {
        let path = self.path_of(key)?;
        let mut bytes = Vec::new();
        fs::File::open(&path).ok()?.read_to_end(&mut bytes).ok()?;
        let data = decode(&bytes, key)?;
        if !super::validate::validate(&data).is_empty() {
            return None;
        }
        touch(&path);
        Some(data)
    }

    /// The size of the entry for content `key`, if there is one.
    pub(super) fn entry_size(&self, key: u128) -> Option<u64> {
        fs::metadata(self.path_of(key)?).ok().map(|m| m.len())
    }

    /// Keeps `data` as the dataset of content `key`, then trims the cache to its limit. Nothing is said when
    /// it cannot be written.
    pub fn put(&self, key: u128, data: &Dataset) {
        let Some(mut writer) = self.writer(key) else { return };
        writer.head(&head_of(data));
        // In batches as a file read in pieces writes them: the browser then opens on the first batch and
        // takes in the rest as they are decoded, and `get` decodes them on every core.
        for batch in data.districts.chunks(super::chunks::BATCH) {
            writer.districts(&super::columns::encode(batch), &[]);
        }
        writer.finish();
    }

    /// An entry for content `key` written a piece at a time (its head, then its districts a batch at a time),
    /// so that a file parsed in pieces is cached without a copy of it in memory (see `fill`); `None` when
    /// there is no cache or it cannot be written.
    pub fn writer(&self, key: u128) -> Option<Writer> {
        let (dir, path) = (self.dir.as_ref()?, self.path_of(key)?);
        fs::create_dir_all(dir).ok()?;
        // Written under a temporary name, then renamed: a reader never sees half an entry.
        let mut file = tempfile::Builder::new().prefix(PART_PREFIX).suffix(PART_SUFFIX).tempfile_in(dir).ok()?;
        let mut header = Vec::with_capacity(64);
        header.extend_from_slice(MAGIC);
        header.extend_from_slice(VERSION.as_bytes());
        header.push(b'\n');
        header.extend_from_slice(&key.to_le_bytes());
        let sums_at = header.len() as u64;
        // The payload's length and checksum, filled in once it is written.
        header.extend_from_slice(&[0; 16]);
        file.write_all(&header).ok()?;
        let file = io::BufWriter::new(file);
        let (hasher, len, values, failed) = (Xxh3::new(), 0, 0, false);
        Some(Writer { cache: self.clone(), path, file, hasher, len, values, sums_at, failed })
    }
    /// Every entry, the most recently used first.
    pub fn entries(&self) -> Vec<Entry> {
        let Some(dir) = &self.dir else { return Vec::new() };
        let Ok(read) = fs::read_dir(dir) else { return Vec::new() };
        let mut entries: Vec<Entry> = read
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == EXTENSION))
            .filter_map(|e| {
                let meta = e.metadata().ok()?;
                Some(Entry { path: e.path(), bytes: meta.len(), used: meta.modified().ok()? })
            })
            .collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.used));
        entries
    }

    /// Removes the entries used least recently until the rest take at most `limit` bytes, and the parts of
    /// entries left unfinished long ago.
    pub fn trim(&self, limit: u64) {
        let mut total = 0;
        for entry in self.entries() {
            total += entry.bytes;
            if total > limit {
                let _ = fs::remove_file(&entry.path);
            }
        }
        let now = SystemTime::now();
        for (path, modified) in self.parts() {
            if now.duration_since(modified).is_ok_and(|age| age >= STALE_PART) {
                let _ = fs::remove_file(path);
            }
        }
    }

    /// Removes every entry, and any part of one; how many entries were removed.
    pub fn clear(&self) -> io::Result<usize> {
        let entries = self.entries();
        for entry in &entries {
            fs::remove_file(&entry.path)?;
        }
        for (path, _) in self.parts() {
            // One being written by a program still running goes too: clearing is asked for, and that
            // program's entry is then not kept.
            let _ = fs::remove_file(path);
        }
        Ok(entries.len())
    }

    /// The entries being written, or left unfinished, and when each was last written to; with those that
    /// earlier versions left under the temporary files' usual name (`.tmpXXXXXX`).
    fn parts(&self) -> Vec<(PathBuf, SystemTime)> {
        let Some(read) = self.dir.as_ref().and_then(|dir| fs::read_dir(dir).ok()) else { return Vec::new() };
        let part = |n: &str| n.starts_with(PART_PREFIX) && n.ends_with(PART_SUFFIX) || n.starts_with(".tmp");
        read.filter_map(Result::ok)
            .filter(|e| e.file_name().to_str().is_some_and(part))
            .filter_map(|e| Some((e.path(), e.metadata().ok()?.modified().ok()?)))
            .collect()
    }
}

/// An entry being written: see [`Cache::writer`]. Nothing is kept unless [`Writer::finish`] is called.
pub struct Writer {
    cache: Cache,
    path: PathBuf,
    file: io::BufWriter<tempfile::NamedTempFile>,
    hasher: Xxh3,
    len: u64,
    /// How many values have been written: each value's checksum is seeded with its place.
    values: u64,
    sums_at: u64,
    failed: bool,
}

impl Writer {
    /// The dataset's head: everything but its districts (which are not looked at).
    pub fn head(&mut self, head: &Dataset) {
        self.value(head);
    }

    /// The next districts, in columns (`columns::encode`), and what to keep beside them (see `Annex`): two
    /// values, so that the annex is read back into a buffer of its own, which the receiver may keep (the
    /// folded text of the keyword search in it is taken as it is read).
    pub fn districts(&mut self, columns: &InColumns, annex: &[u8]) {
        self.parts(&columns.parts());
        self.bytes(annex);
    }

    fn value(&mut self, value: &impl serde::Serialize) {
        match rmp_serde::to_vec_named(value) {
            Ok(bytes) => self.bytes(&bytes),
            Err(_) => self.failed = true,
        }
    }

    /// One value (see [`Writer::parts`]), read back from its own slice (reading values one after another from
    /// one reader is several times slower).
    fn bytes(&mut self, bytes: &[u8]) {
        self.parts(&[bytes]);
    }

    /// One value made of `parts`, written one after another rather than joined first: its length, its own
    /// checksum (seeded with its place among the values, so that a value moved is not whole either), then
    /// its bytes. A reader checks each value as it reads it, and uses none that is not whole.
    fn parts(&mut self, parts: &[&[u8]]) {
        if self.failed {
            return;
        }
        let mut own = Xxh3::with_seed(self.values);
        parts.iter().for_each(|part| own.update(part));
        self.values += 1;
        let len = parts.iter().map(|p| p.len() as u64).sum::<u64>().to_le_bytes();
        for part in [&len[..], &own.digest().to_le_bytes()] {
            self.hasher.update(part);
            self.len += part.len() as u64;
            self.failed |= self.file.write_all(part).is_err();
        }
        for part in parts {
            if self.failed {
                return;
            }
            self.hasher.update(part);
            self.len += part.len() as u64;
            self.failed = self.file.write_all(part).is_err();
        }
    }

    /// Completes the entry and puts it in place, then trims the cache to its limit.
    pub fn finish(self) {
        if self.failed {
            return;
        }
        let sums = [self.len.to_le_bytes(), self.hasher.digest().to_le_bytes()].concat();
        let Ok(mut file) = self.file.into_inner() else { return };
        let written = file.seek(io::SeekFrom::Start(self.sums_at)).and_then(|_| file.write_all(&sums));
        if written.is_ok() && file.persist(&self.path).is_ok() {
            self.cache.trim(LIMIT);
        }
    }
}

/// Everything of a dataset but its districts.
fn head_of(data: &Dataset) -> Dataset {
    Dataset {
        source: data.source.clone(),
        intro: data.intro.clone(),
        intro_en: data.intro_en.clone(),
        closing: data.closing.clone(),
        closing_en: data.closing_en.clone(),
        unplaced: data.unplaced.clone(),
        themes: data.themes.clone(),
        districts: Vec::new(),
        glossary: Vec::new(),
        editions: Vec::new(),
    }
}

/// The entry's bytes, as a [`Writer`] writes them (for the tests).
#[cfg(test)]
fn encode(data: &Dataset, key: u128) -> Option<Vec<u8>> {
    let dir = tempfile::tempdir().ok()?;
    let cache = Cache::at(dir.path());
    cache.put(key, data);
    fs::read(cache.path_of(key)?).ok()
}

/// An entry read again stays in the cache the longest.
fn touch(path: &Path) {
    if let Ok(file) = fs::File::options().append(true).open(path) {
        let _ = file.set_modified(SystemTime::now());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        Dataset::embedded().expect("the built-in dataset")
    }

    #[test]
    fn an_entry_gives_back_the_dataset_it_was_made_of() {
        let dir = tempfile::tempdir().expect("a folder");
        let cache = Cache::at(dir.path());
        let mut data = data();
        data.glossary.clear();
        let file = tempfile::NamedTempFile::new().expect("a file");
        let key = Cache::key_of_file(file.path()).expect("hashed");
        assert_eq!(cache.get(key), None, "nothing yet");
        cache.put(key, &data);
        assert_eq!(cache.get(key), Some(data));
        assert_eq!(cache.get(key ^ 1), None, "another file's content");
    }

    #[test]
    fn a_damaged_or_foreign_entry_is_never_trusted() {
        let data = data();
        let key = 7;
        let bytes = encode(&data, key).expect("encodes");
        assert!(decode(&bytes, key).is_some());
        assert!(decode(&bytes[..bytes.len() - 1], key).is_none(), "truncated");
        let mut flipped = bytes.clone();
        let last = flipped.len() - 10;
        flipped[last] ^= 0x20;
        assert!(decode(&flipped, key).is_none(), "a byte changed");
        let other_version = [&MAGIC[..], b"0.0.0/0\n", &bytes[MAGIC.len() + VERSION.len() + 1..]].concat();
        assert!(decode(&other_version, key).is_none(), "another version's");
        assert!(decode(b"", key).is_none() && decode(b"liangdian-cache\n", key).is_none());
    }

    #[test]
    fn a_value_moved_to_another_place_is_not_used() {
        use crate::dataset::chunks::{Ended, Piece};
        let dir = tempfile::tempdir().expect("a folder");
        let cache = Cache::at(dir.path());
        cache.put(1, &crate::synthetic::dataset(300));
        let path = cache.path_of(1).expect("a path");
        let bytes = fs::read(&path).expect("read");
        // Each value: its length, its own checksum, its bytes; the head, then two for each batch (its districts,
        // what was kept beside them). The last batch's two change places.
        let (mut values, mut at) = (Vec::new(), MAGIC.len() + VERSION.len() + 1 + 32);
        while at < bytes.len() {
            let len = u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes")) as usize;
            values.push(at..at + 16 + len);
            at += 16 + len;
        }
        let (a, b) = (values[values.len() - 2].clone(), values[values.len() - 1].clone());
        fs::write(&path, [&bytes[..a.start], &bytes[b], &bytes[a]].concat()).expect("written");
        let mut handed = 0;
        let ended = cache.stream(1, &mut |piece| {
            handed += usize::from(matches!(piece, Piece::Districts(..)));
            true
        });
        let batches = (values.len() - 1) / 2;
        assert_eq!((ended, handed), (Ended::Unusual, batches - 1), "the head and the batches before, no more");
        assert_eq!(cache.get(1), None);
    }

    #[test]
    fn an_entry_planted_with_escape_sequences_is_read_harmless() {
        use crate::dataset::chunks::{Ended, Piece};
        let dir = tempfile::tempdir().expect("a folder");
        let cache = Cache::at(dir.path());
        // A writer takes what it is given, as one forging an entry would: nothing here was sanitised.
        let mut planted = crate::synthetic::dataset(200);
        planted.intro = "intro \x1b]52;c;cHduZWQ=\x07".into();
        planted.districts[150].highlights[0].title = "\x1b[2J\u{202e}cleared".into();
        cache.put(1, &planted);
        let read = cache.get(1).expect("whole and valid");
        assert_eq!(read.intro, "intro ␛]52;c;cHduZWQ=␇");
        assert_eq!(read.districts[150].highlights[0].title, "␛[2J\\u{202e}cleared");
        let (mut head, mut districts) = (None, Vec::new());
        let ended = cache.stream(1, &mut |piece| {
            match piece {
                Piece::Head(h) => head = Some(h),
                Piece::Districts(batch, ..) => districts.extend(batch),
            }
            true
        });
        assert_eq!(ended, Ended::Whole);
        assert_eq!(head.expect("a head").intro, read.intro, "streamed, the head");
        assert_eq!(districts, read.districts, "streamed, the districts");
    }

    #[test]
    fn an_entry_whose_head_holds_districts_or_that_has_no_batch_is_not_read() {
        use crate::dataset::chunks::Ended;
        let dir = tempfile::tempdir().expect("a folder");
        let cache = Cache::at(dir.path());
        let data = crate::synthetic::dataset(3);
        // A head that carries districts of its own (unsanitised), then a batch as a writer writes it.
        let mut head = data.clone();
        head.districts[0].name = "\x1b[2J".into();
        let mut writer = cache.writer(1).expect("a writer");
        writer.head(&head);
        writer.districts(&super::super::columns::encode(&data.districts), &[]);
        writer.finish();
        // A head and not one batch.
        let mut writer = cache.writer(2).expect("a writer");
        writer.head(&head_of(&data));
        writer.finish();
        for key in [1, 2] {
            assert_eq!(cache.get(key), None, "entry {key}");
            assert_eq!(cache.stream(key, &mut |_| true), Ended::Unusual, "entry {key}, streamed");
        }
    }

    #[test]
    fn an_entry_whose_dataset_is_not_valid_is_not_read() {
        let dir = tempfile::tempdir().expect("a folder");
        let cache = Cache::at(dir.path());
        let mut broken = data();
        broken.districts[0].id = "Not Kebab".into();
        cache.put(1, &broken);
        assert_eq!(cache.get(1), None);
    }

    #[test]
    fn the_cache_keeps_to_its_limit_the_least_recently_used_going_first() {
        let dir = tempfile::tempdir().expect("a folder");
        let cache = Cache::at(dir.path());
        let data = data();
        for key in 1..=3 {
            cache.put(key, &data);
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(cache.get(1).is_some(), "read: now the most recently used");
        let one = cache.entries()[0].bytes;
        cache.trim(2 * one);
        assert_eq!(cache.entries().len(), 2);
        assert!(cache.get(1).is_some() && cache.get(2).is_none() && cache.get(3).is_some());
        assert_eq!(cache.clear().expect("cleared"), 2);
        assert!(cache.entries().is_empty());
    }

    #[test]
    fn an_entry_left_unfinished_goes_at_a_trim_once_stale_and_at_a_clear() {
        let dir = tempfile::tempdir().expect("a folder");
        let cache = Cache::at(dir.path());
        let mut writer = cache.writer(1).expect("a writer");
        writer.head(&data());
        drop(writer);
        assert_eq!(fs::read_dir(dir.path()).expect("listed").count(), 0, "a writer dropped leaves nothing");
        // Parts as a program that ended while writing leaves them: one long ago, one just now.
        let part = |name: &str, age: u64| {
            let path = dir.path().join(format!("{PART_PREFIX}{name}{PART_SUFFIX}"));
            let file = fs::File::create(&path).expect("written");
            file.set_modified(SystemTime::now() - std::time::Duration::from_secs(age)).expect("dated");
            path
        };
        let (stale, fresh) = (part("old", 2 * STALE_PART.as_secs()), part("new", 60));
        let earlier = dir.path().join(".tmpAbC123");
        fs::File::create(&earlier).expect("written").set_modified(SystemTime::now() - 2 * STALE_PART).expect("dated");
        cache.put(2, &data());
        assert!(!stale.exists() && fresh.exists(), "a stale part goes when an entry is written");
        assert!(!earlier.exists(), "and one an earlier version left");
        assert_eq!(cache.entries().len(), 1, "a part is not an entry");
        assert_eq!(cache.clear().expect("cleared"), 1);
        assert_eq!(fs::read_dir(dir.path()).expect("listed").count(), 0, "the fresh part goes too");
    }

    #[test]
    fn a_cache_that_cannot_be_written_is_skipped() {
        let file = tempfile::NamedTempFile::new().expect("a file");
        let cache = Cache::at(&file.path().join("under-a-file"));
        cache.put(1, &data());
        assert_eq!(cache.get(1), None);
        assert_eq!(Cache::default().get(1), None, "no cache at all");
    }
}
