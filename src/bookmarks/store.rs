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
use crate::lang::{BookmarksFault, Corrupt, Fault, Lang, Notice, io_reason};

/// What is written: a version, for the file's shape to change later, and the bookmarks. Keys this version
/// does not know (added by hand, or by a later version) are kept as they are.
#[derive(Debug, Serialize, Deserialize)]
struct FileShape {
    version: u32,
    bookmarks: Vec<Bookmark>,
    #[serde(flatten)]
    extra: serde_json::Map<String, serde_json::Value>,
}

const VERSION: u32 = 1;

/// A change to the bookmarks. Each carries the note as the reader saw it before the change (`None`: no
/// bookmark there), so that a note another browser saved in between is never lost: a new note is then added
/// to it rather than put in its place, and a deletion is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Add a bookmark, or change the note of the one on the same highlight.
    Put { bookmark: Bookmark, seen: Option<String> },
    /// Remove the bookmark on the same highlight as this one.
    Remove { bookmark: Bookmark, seen: Option<String> },
}

impl Change {
    /// The bookmark the change is about.
    pub fn bookmark(&self) -> &Bookmark {
        match self {
            Change::Put { bookmark, .. } | Change::Remove { bookmark, .. } => bookmark,
        }
    }
}

/// What applying a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    Done,
    /// Another browser had changed the note since it was read: the new note was added after it.
    Merged,
}

/// Why the bookmarks could not be read or saved. The facts are kept; [`StoreError::message`] says what,
/// where and what to do in the reader's language, [`StoreError::short`] the same in a few words.
#[derive(Debug)]
pub enum StoreError {
    Read {
        path: String,
        error: io::Error,
    },
    /// The file is there but is not bookmarks this version can read; it is left as it is (and, when a change
    /// was being saved, the change is not).
    Corrupt {
        path: String,
        why: Corruption,
        saving: bool,
    },
    Write {
        path: String,
        error: io::Error,
    },
    /// The directory the file is kept in cannot be made or written in (the file itself is not to blame).
    Directory {
        dir: String,
        error: io::Error,
    },
    NoHome,
    /// The bookmark to delete (its district and number) had its note changed by another browser.
    ChangedElsewhere {
        what: String,
    },
}

/// What is wrong with a bookmarks file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Corruption {
    /// Written by a later liangdian.
    Newer { version: u32 },
    /// Not JSON of the expected shape: serde_json's message, without its position.
    Json { line: usize, column: usize, message: String },
}

impl StoreError {
    /// What went wrong and what to do, for standard error: `what\n  hint: …`.
    pub fn message(&self, lang: Lang) -> String {
        self.say(lang, |fault| fault.report(lang))
    }

    /// The error in a few words and in its parts, for the status line: what is wrong, with the file's path
    /// as a detail a narrow line shortens.
    pub fn short(&self, lang: Lang) -> Notice {
        self.say(lang, |fault| fault.brief(lang))
    }

    /// Puts the facts into the catalogue's fault and says it with `say`.
    fn say<T>(&self, lang: Lang, say: impl Fn(BookmarksFault) -> T) -> T {
        match self {
            StoreError::Read { path, error } => {
                let reason = io_reason(error, lang);
                say(BookmarksFault::Unreadable { path, reason: &reason, kind: Some(error.kind()) })
            }
            StoreError::Write { path, error } => {
                say(BookmarksFault::Unwritable { path, reason: &io_reason(error, lang) })
            }
            StoreError::Directory { dir, error } => {
                say(BookmarksFault::DirectoryUnwritable { dir, reason: &io_reason(error, lang) })
            }
            StoreError::Corrupt { path, why, saving } => {
                let why = match why {
                    Corruption::Newer { version } => Corrupt::Newer { version: *version, ours: VERSION },
                    Corruption::Json { line, column, message } => {
                        Corrupt::NotJson { line: *line, column: *column, message }
                    }
                };
                say(BookmarksFault::Invalid { path, why, saving: *saving })
            }
            StoreError::NoHome => say(BookmarksFault::NoHome),
            StoreError::ChangedElsewhere { what } => say(BookmarksFault::ChangedElsewhere { what }),
        }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StoreError {}

/// The bookmarks file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    pub path: PathBuf,
}

impl Store {
    /// The reader's bookmarks file: `$LIANGDIAN_BOOKMARKS` if set, else `bookmarks.json` in the platform's
    /// data directory for liangdian (`$XDG_DATA_HOME/liangdian` or `~/.local/share/liangdian` on Linux,
    /// `~/Library/Application Support/liangdian` on macOS, `%APPDATA%\liangdian\data` on Windows). Where
    /// that has no file yet and the XDG place earlier versions wrote to everywhere has one, that one is
    /// read and written, so no bookmark seems lost.
    pub fn from_env() -> Result<Store, StoreError> {
        let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
        if let Some(path) = var("LIANGDIAN_BOOKMARKS") {
            return Ok(Store { path });
        }
        let earlier = var("XDG_DATA_HOME")
            .or_else(|| var("HOME").map(|h| h.join(".local/share")))
            .map(|dir| dir.join("liangdian").join("bookmarks.json"));
        let platform = directories::ProjectDirs::from("", "", "liangdian").map(|p| p.data_dir().join("bookmarks.json"));
        let path = match (platform, earlier) {
            (Some(platform), Some(earlier)) if !platform.exists() && earlier.exists() => earlier,
            (Some(platform), _) => platform,
            (None, Some(earlier)) => earlier,
            (None, None) => return Err(StoreError::NoHome),
        };
        Ok(Store { path })
    }

    /// Every bookmark in the file; none when there is no file yet.
    pub fn load(&self) -> Result<Vec<Bookmark>, StoreError> {
        let text = match fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(StoreError::Read { path: self.shown(), error }),
        };
        if text.trim().is_empty() {
            return Ok(Vec::new());
        }
        let file = self.parse(&text, false)?;
        if file.version > VERSION {
            let why = Corruption::Newer { version: file.version };
            return Err(StoreError::Corrupt { path: self.shown(), why, saving: false });
        }
        // Text from a file goes to the screen and into exports: made harmless like the dataset's.
        Ok(file.bookmarks.into_iter().map(Bookmark::sanitized).collect())
    }

    fn parse(&self, text: &str, saving: bool) -> Result<FileShape, StoreError> {
        serde_json::from_str(text).map_err(|e| {
            // serde_json ends its message with the position, which the report gives in front.
            let message = crate::lang::without_positions(&e.to_string());
            let message = crate::dataset::sanitize(&message, crate::dataset::Field::Line).into_owned();
            StoreError::Corrupt {
                path: self.shown(),
                why: Corruption::Json { line: e.line(), column: e.column(), message },
                saving,
            }
        })
    }

    /// Applies `change` to the file as it is now, under a lock, and returns every bookmark after it and what
    /// was done.
    pub fn apply(&self, change: &Change) -> Result<(Vec<Bookmark>, Applied), StoreError> {
        let target = self.target();
        let dir = target.parent().unwrap_or(Path::new(".")).to_path_buf();
        create_private_dir(&dir).map_err(|e| self.dir_error(&dir, e))?;
        let _lock = self.lock(&dir)?;
        let (mut file, mode) = match fs::read_to_string(&target) {
            Ok(text) if !text.trim().is_empty() => (self.parse(&text, true)?, file_mode(&target)),
            Ok(_) => (FileShape { version: VERSION, bookmarks: Vec::new(), extra: Default::default() }, None),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                (FileShape { version: VERSION, bookmarks: Vec::new(), extra: Default::default() }, None)
            }
            Err(error) => return Err(StoreError::Read { path: self.shown(), error }),
        };
        if file.version > VERSION {
            let why = Corruption::Newer { version: file.version };
            return Err(StoreError::Corrupt { path: self.shown(), why, saving: true });
        }
        let mut applied = Applied::Done;
        let at = file.bookmarks.iter().position(|b| b.same_place(change.bookmark()));
        match (change, at) {
            (Change::Put { bookmark, seen }, Some(i)) => {
                let now = &file.bookmarks[i].note;
                let mut new = bookmark.clone();
                // Another window changed the note since this one read it: keep both.
                if Some(now) != seen.as_ref() && !now.is_empty() && *now != new.note {
                    new.note = if new.note.is_empty() { now.clone() } else { format!("{now} / {}", new.note) };
                    applied = Applied::Merged;
                }
                new.extra = std::mem::take(&mut file.bookmarks[i].extra);
                file.bookmarks[i] = new;
            }
            (Change::Put { bookmark, .. }, None) => file.bookmarks.push(bookmark.clone()),
            (Change::Remove { bookmark, seen }, Some(i)) => {
                if Some(&file.bookmarks[i].note) != seen.as_ref() {
                    return Err(StoreError::ChangedElsewhere {
                        what: format!("{} {}", bookmark.district, bookmark.number),
                    });
                }
                file.bookmarks.remove(i);
            }
            (Change::Remove { .. }, None) => {}
        }
        file.version = VERSION;
        self.write(&dir, &target, &file, mode)?;
        Ok((file.bookmarks.into_iter().map(Bookmark::sanitized).collect(), applied))
    }

    /// The file a save replaces: through a symbolic link to the file it points at, so the link stays.
    fn target(&self) -> PathBuf {
        fs::canonicalize(&self.path).unwrap_or_else(|_| self.path.clone())
    }

    /// Takes the lock that keeps two browsers from changing the file at once (released when dropped).
    fn lock(&self, dir: &Path) -> Result<File, StoreError> {
        let path = dir.join(".bookmarks.lock");
        let file = OpenOptions::new().create(true).truncate(false).write(true).open(&path);
        let file = file.map_err(|e| self.dir_error(dir, e))?;
        file.lock().map_err(|e| self.write_error(e))?;
        Ok(file)
    }

    /// Writes the bookmarks to a new file of a fresh name beside the old one (readable by its owner only, or
    /// with the old file's permissions), then renames it over the old one and makes the rename durable.
    fn write(&self, dir: &Path, target: &Path, file: &FileShape, mode: Option<u32>) -> Result<(), StoreError> {
        let text = serde_json::to_string_pretty(file).map_err(|e| self.write_error(io::Error::other(e)))?;
        // A new file that cannot be made beside the old one is the directory's fault, not the file's.
        let builder = tempfile::Builder::new().prefix(".bookmarks.").suffix(".tmp").tempfile_in(dir);
        let mut temp = builder.map_err(|e| self.dir_error(dir, e))?;
        let written = (|| {
            temp.write_all(text.as_bytes())?;
            temp.write_all(b"\n")?;
            set_mode(temp.path(), mode)?;
            temp.as_file().sync_all()?;
            temp.persist(target).map_err(|e| e.error)?;
            // The rename itself is on disk only once the directory is.
            File::open(dir).and_then(|d| d.sync_all())
        })();
        written.map_err(|e| self.write_error(e))
    }

    fn write_error(&self, error: io::Error) -> StoreError {
        StoreError::Write { path: self.shown(), error }
    }

    fn dir_error(&self, dir: &Path, error: io::Error) -> StoreError {
        let dir = crate::dataset::sanitize(&dir.display().to_string(), crate::dataset::Field::Line).into_owned();
        StoreError::Directory { dir, error }
    }

    fn shown(&self) -> String {
        crate::dataset::sanitize(&self.path.display().to_string(), crate::dataset::Field::Line).into_owned()
    }
}

/// Creates the bookmarks' directory readable by its owner only (as the XDG base directory specification asks
/// of a data directory it creates).
fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.exists() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// The permissions of an existing file, to give its replacement.
fn file_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).ok().map(|m| m.permissions().mode())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Gives a new file the old one's permissions (a temporary file starts readable by its owner only).
fn set_mode(path: &Path, mode: Option<u32>) -> io::Result<()> {
    #[cfg(unix)]
    if let Some(mode) = mode {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
    }
    let _ = (path, mode);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;

    fn store(dir: &Path) -> Store {
        Store { path: dir.join("liangdian").join("bookmarks.json") }
    }

    fn put(bookmark: &Bookmark, seen: Option<&str>) -> Change {
        Change::Put { bookmark: bookmark.clone(), seen: seen.map(str::to_string) }
    }

    #[test]
    fn a_directory_that_cannot_hold_the_file_is_blamed_not_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = Dataset::embedded().expect("dataset");
        // "liangdian" is a file here, so no directory can be made or written in where the bookmarks go.
        fs::write(dir.path().join("liangdian"), "").expect("a file in the way");
        let b = Bookmark::new(&data, 0, 1, "note", 1).expect("bookmark");
        let err = store(dir.path()).apply(&put(&b, None)).expect_err("cannot be saved");
        assert!(matches!(err, StoreError::Directory { .. }), "{err:?}");
        let said = err.short(Lang::En).whole();
        assert!(said.starts_with("cannot write in ") && said.contains("liangdian"), "{said}");
        assert!(!said.contains("bookmarks.json"), "the file is not blamed: {said}");
    }

    #[test]
    fn a_note_is_put_changed_and_removed_and_survives_a_new_store() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = Dataset::embedded().expect("dataset");
        let s = store(dir.path());
        assert_eq!(s.load().expect("no file yet"), []);
        let b = Bookmark::new(&data, 0, 1, "first", 1).expect("bookmark");
        s.apply(&put(&b, None)).expect("saved");
        let edited = Bookmark { note: "second".into(), ..b.clone() };
        let (all, applied) = s.apply(&put(&edited, Some("first"))).expect("saved");
        assert_eq!((all.len(), applied), (1, Applied::Done), "the same highlight keeps one bookmark");
        assert_eq!(store(dir.path()).load().expect("read")[0].note, "second");
        let gone = s.apply(&Change::Remove { bookmark: b, seen: Some("second".into()) }).expect("saved");
        assert_eq!(gone.0, []);
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
                        s.apply(&put(&Bookmark { number: h + 1, ..b }, None)).expect("saved");
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
    fn a_browser_that_read_the_file_before_another_saved_keeps_the_others_note() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = Dataset::embedded().expect("dataset");
        let s = store(dir.path());
        let b = Bookmark::new(&data, 0, 1, "", 0).expect("bookmark");
        // Browser B bookmarks the highlight; browser A, which read the file before, then does too.
        s.apply(&put(&Bookmark { note: "from B, important".into(), ..b.clone() }, None)).expect("B saved");
        let (all, applied) = s.apply(&put(&Bookmark { note: "from A".into(), ..b.clone() }, None)).expect("A saved");
        assert_eq!(applied, Applied::Merged);
        assert_eq!(all[0].note, "from B, important / from A", "both notes are kept");
        // A deletion by a browser that saw another note is refused.
        let refused = s.apply(&Change::Remove { bookmark: b, seen: Some("from A".into()) });
        assert!(matches!(refused, Err(StoreError::ChangedElsewhere { .. })), "{refused:?}");
        assert_eq!(s.load().expect("read").len(), 1);
    }

    #[test]
    fn a_corrupt_file_is_reported_and_left_exactly_as_it_is() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = Dataset::embedded().expect("dataset");
        let s = store(dir.path());
        fs::create_dir_all(s.path.parent().expect("dir")).expect("dir");
        fs::write(&s.path, "{\"version\": 1, \"bookmarks\": [ {\"oops\"").expect("write");
        let before = fs::read(&s.path).expect("read");
        let err = s.load().expect_err("corrupt");
        assert!(err.to_string().contains("is not valid (line 1, column") && err.to_string().contains("left as it is"));
        assert!(
            err.short(Lang::En).whole().contains("/bookmarks.json is not valid (line 1, column"),
            "{}",
            err.short(Lang::En)
        );
        let b = Bookmark::new(&data, 0, 0, "", 0).expect("bookmark");
        assert!(matches!(s.apply(&put(&b, None)), Err(StoreError::Corrupt { .. })));
        assert_eq!(fs::read(&s.path).expect("read"), before, "untouched");
    }

    #[test]
    fn keys_this_version_does_not_know_are_kept_and_control_characters_are_made_harmless() {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = Dataset::embedded().expect("dataset");
        let s = store(dir.path());
        let b = Bookmark::new(&data, 0, 0, "", 0).expect("bookmark");
        let mut json = serde_json::to_value(&b).expect("json");
        json["colour"] = "red".into();
        json["note"] = "evil\u{1b}]52;c;aGk=\u{7}".into();
        let file = serde_json::json!({ "version": 1, "bookmarks": [json], "by": "hand" });
        fs::create_dir_all(s.path.parent().expect("dir")).expect("dir");
        fs::write(&s.path, file.to_string()).expect("write");
        assert!(!s.load().expect("read")[0].note.contains('\u{1b}'), "no escape reaches a screen");
        let other = Bookmark::new(&data, 1, 0, "", 0).expect("bookmark");
        s.apply(&put(&other, None)).expect("saved");
        let text = fs::read_to_string(&s.path).expect("read");
        assert!(text.contains("\"colour\": \"red\"") && text.contains("\"by\": \"hand\""), "{text}");
    }

    #[cfg(unix)]
    #[test]
    fn a_save_keeps_the_files_permissions_and_writes_through_a_symbolic_link() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let data = Dataset::embedded().expect("dataset");
        let real = dir.path().join("real.json");
        let link = dir.path().join("link.json");
        let b = Bookmark::new(&data, 0, 0, "one", 0).expect("bookmark");
        Store { path: real.clone() }.apply(&put(&b, None)).expect("saved");
        assert_eq!(fs::metadata(&real).expect("meta").permissions().mode() & 0o777, 0o600, "private by default");
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).expect("chmod");
        std::os::unix::fs::symlink(&real, &link).expect("link");
        let other = Bookmark::new(&data, 1, 0, "two", 0).expect("bookmark");
        Store { path: link.clone() }.apply(&put(&other, None)).expect("saved");
        assert!(fs::symlink_metadata(&link).expect("meta").file_type().is_symlink(), "the link stays a link");
        assert_eq!(Store { path: real.clone() }.load().expect("read").len(), 2, "the notes reach the real file");
        assert_eq!(fs::metadata(&real).expect("meta").permissions().mode() & 0o777, 0o640);
    }
}
