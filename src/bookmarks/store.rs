//! The bookmarks file: read, changed and written so that no note is ever lost. A change is applied to the
//! file as it is on disk at that moment, under a lock, so two browsers open at once each add their notes
//! to the other's; the new file is written beside the old one and renamed over it, so a crash leaves the
//! old file or the new one, never half of one; a file that cannot be read as bookmarks is reported and left
//! exactly as it is.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Bookmark;

/// What is written: a version, for the file's shape to change later, and the bookmarks.
#[derive(Debug, Serialize, Deserialize)]
struct FileShape {
    version: u32,
    bookmarks: Vec<Bookmark>,
}

const VERSION: u32 = 1;

/// A change to the bookmarks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Add a bookmark, or replace the note of the one on the same highlight.
    Put(Bookmark),
    /// Remove the bookmark on the same highlight as this one.
    Remove(Bookmark),
}

/// Why the bookmarks could not be read or saved; each says what, where and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot read the bookmarks in {path}: {reason}\n  hint: check the file's permissions")]
    Read { path: String, reason: String },
    #[error(
        "the bookmarks file {path} is not valid ({reason}); it was left as it is and nothing was saved\n  hint: \
         fix it by hand, or move it away to start a new one"
    )]
    Corrupt { path: String, reason: String },
    #[error("cannot save the bookmarks in {path}: {reason}\n  hint: check that the directory can be written")]
    Write { path: String, reason: String },
    #[error(
        "no place for bookmarks: neither XDG_DATA_HOME nor HOME is set\n  hint: set XDG_DATA_HOME to a \
         directory you can write"
    )]
    NoHome,
}

/// The bookmarks file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    pub path: PathBuf,
}

impl Store {
    /// The reader's bookmarks file: `$LIANGDIAN_BOOKMARKS` if set, else `liangdian/bookmarks.json` in the XDG
    /// data directory (`$XDG_DATA_HOME`, or `~/.local/share`).
    pub fn from_env() -> Result<Store, StoreError> {
        let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
        if let Some(path) = var("LIANGDIAN_BOOKMARKS") {
            return Ok(Store { path });
        }
        let data = var("XDG_DATA_HOME").or_else(|| var("HOME").map(|h| h.join(".local/share")));
        let dir = data.ok_or(StoreError::NoHome)?;
        Ok(Store { path: dir.join("liangdian").join("bookmarks.json") })
    }

    /// Every bookmark in the file; none when there is no file yet.
    pub fn load(&self) -> Result<Vec<Bookmark>, StoreError> {
        let text = match fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::Read { path: self.shown(), reason: e.to_string() }),
        };
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let file: FileShape = serde_json::from_str(&text).map_err(|e| StoreError::Corrupt {
            path: self.shown(),
            reason: format!("line {}, column {}: {e}", e.line(), e.column()),
        })?;
        if file.version > VERSION {
            return Err(StoreError::Corrupt {
                path: self.shown(),
                reason: format!("it is of version {}, newer than this liangdian's {VERSION}", file.version),
            });
        }
        Ok(file.bookmarks)
    }

    /// Applies `change` to the file as it is now, under a lock, and returns every bookmark after it.
    pub fn apply(&self, change: &Change) -> Result<Vec<Bookmark>, StoreError> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir).map_err(|e| self.write_error(e))?;
        let _lock = self.lock(dir)?;
        let mut bookmarks = self.load()?;
        match change {
            Change::Put(new) => match bookmarks.iter_mut().find(|b| b.same_place(new)) {
                Some(old) => *old = new.clone(),
                None => bookmarks.push(new.clone()),
            },
            Change::Remove(gone) => bookmarks.retain(|b| !b.same_place(gone)),
        }
        self.write(dir, &bookmarks)?;
        Ok(bookmarks)
    }

    /// Takes the lock that keeps two browsers from changing the file at once (released when dropped).
    fn lock(&self, dir: &Path) -> Result<File, StoreError> {
        let path = dir.join(".bookmarks.lock");
        let file = OpenOptions::new().create(true).truncate(false).write(true).open(&path);
        let file = file.map_err(|e| self.write_error(e))?;
        file.lock().map_err(|e| self.write_error(e))?;
        Ok(file)
    }

    /// Writes the bookmarks to a new file beside the old one, then renames it over the old one.
    fn write(&self, dir: &Path, bookmarks: &[Bookmark]) -> Result<(), StoreError> {
        let text = serde_json::to_string_pretty(&FileShape { version: VERSION, bookmarks: bookmarks.to_vec() })
            .map_err(|e| self.write_error(io::Error::other(e)))?;
        let temp = dir.join(format!(".bookmarks.json.{}.tmp", std::process::id()));
        let written = (|| {
            let mut f = File::create(&temp)?;
            f.write_all(text.as_bytes())?;
            f.write_all(b"\n")?;
            f.sync_all()?;
            fs::rename(&temp, &self.path)
        })();
        if let Err(e) = written {
            let _ = fs::remove_file(&temp);
            return Err(self.write_error(e));
        }
        Ok(())
    }

    fn write_error(&self, e: io::Error) -> StoreError {
        StoreError::Write { path: self.shown(), reason: e.to_string() }
    }

    fn shown(&self) -> String {
        crate::dataset::sanitize(&self.path.display().to_string(), crate::dataset::Field::Line).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;

    fn store(dir: &Path) -> Store {
        Store { path: dir.join("liangdian").join("bookmarks.json") }
    }

    #[test]
    fn a_note_is_put_replaced_and_removed_and_survives_a_new_store() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = Dataset::embedded().expect("dataset");
        let s = store(dir.path());
        assert_eq!(s.load().expect("no file yet"), []);
        let b = Bookmark::new(&data, 0, 1, "first", 1).expect("bookmark");
        s.apply(&Change::Put(b.clone())).expect("saved");
        let edited = Bookmark { note: "second".into(), ..b.clone() };
        let all = s.apply(&Change::Put(edited)).expect("saved");
        assert_eq!(all.len(), 1, "the same highlight keeps one bookmark");
        assert_eq!(store(dir.path()).load().expect("read")[0].note, "second");
        assert_eq!(s.apply(&Change::Remove(b)).expect("saved"), []);
    }

    #[test]
    fn two_browsers_saving_at_once_keep_both_notes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = Dataset::embedded().expect("dataset");
        let path = dir.path().to_path_buf();
        // Each writer marks its own highlights, one at a time, while the other does the same.
        let writers: Vec<_> = (0..2)
            .map(|w| {
                let (path, data) = (path.clone(), data.clone());
                std::thread::spawn(move || {
                    let s = store(&path);
                    for h in 0..10 {
                        let b = Bookmark::new(&data, w, h % 3, &format!("writer {w} note {h}"), h as u64)
                            .expect("bookmark");
                        let b = Bookmark { number: h + 1, ..b };
                        s.apply(&Change::Put(b)).expect("saved");
                    }
                })
            })
            .collect();
        for w in writers {
            w.join().expect("writer");
        }
        let all = store(&path).load().expect("read");
        assert_eq!(all.len(), 20, "every note of both writers is there: {all:#?}");
    }

    #[test]
    fn a_corrupt_file_is_reported_and_left_exactly_as_it_is() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = Dataset::embedded().expect("dataset");
        let s = store(dir.path());
        fs::create_dir_all(s.path.parent().expect("dir")).expect("dir");
        fs::write(&s.path, "{\"version\": 1, \"bookmarks\": [ {\"oops\"").expect("write");
        let before = fs::read(&s.path).expect("read");
        let err = s.load().expect_err("corrupt").to_string();
        assert!(err.contains("is not valid (line 1, column") && err.contains("left as it is"), "{err}");
        let b = Bookmark::new(&data, 0, 0, "", 0).expect("bookmark");
        assert!(matches!(s.apply(&Change::Put(b)), Err(StoreError::Corrupt { .. })));
        assert_eq!(fs::read(&s.path).expect("read"), before, "untouched");
    }
}
