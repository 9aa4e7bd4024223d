//! Reading a dataset from the binary or from a file, within limits, into a sanitised, validated [`Dataset`].

use std::fs::{self, File};
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::atomic::Ordering;

use serde::Deserialize;

use super::cache::Cache;
use super::chunks;
use super::error::{LoadError, SyntaxFault};
use super::glossary::{EMBEDDED_GLOSSARY, Glossary};
use super::limits::{self, MAX_BLOCK_COLUMNS, MAX_FLOW_DEPTH, Refusal};
use super::literal;
use super::locate;
use super::progress::{Progress, Stage};
use super::sanitize::{Field, sanitize, sanitize_dataset};
use super::schema::Dataset;
use super::validate::validate;

/// The largest dataset file accepted. Ten thousand districts of eight highlights are about 20 MB; this
/// leaves room for three times that while refusing a file that is plainly not a dataset before reading it.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The dataset shipped with the program: the sixteen districts of the 2020 article.
pub const EMBEDDED_YAML: &str = include_str!("../../assets/districts.yaml");

/// How the embedded dataset is named in messages.
pub const EMBEDDED_ORIGIN: &str = "the built-in dataset";
/// How its glossary is named in messages.
const EMBEDDED_GLOSSARY_ORIGIN: &str = "the built-in glossary";

impl Dataset {
    /// The dataset compiled into the binary, so the program runs from any folder: as prepared at build time;
    /// should that ever fail to decode, the YAML is read as a file would be.
    pub fn embedded() -> Result<Dataset, LoadError> {
        if let Some(data) = Dataset::prepared() {
            return Ok(data);
        }
        Dataset::embedded_from_yaml()
    }

    /// The built-in dataset and glossary as decoded, with nothing done to them: they are part of the binary,
    /// not a file a reader hands it, and the test below proves them equal to what the YAML gives once
    /// sanitised, validated and checked against each other. Doing that again at each start took half a
    /// millisecond before the first frame.
    fn prepared() -> Option<Dataset> {
        // As `build.rs` prepared them from the YAML (`literal`): read without parsing.
        let mut data = Dataset::deserialize(&literal::DISTRICTS).ok()?;
        data.glossary = Glossary::deserialize(&literal::GLOSSARY).ok()?.terms;
        Some(data)
    }

    /// The built-in dataset read from its YAML, as it was before it was prepared at build time.
    pub fn embedded_from_yaml() -> Result<Dataset, LoadError> {
        let mut data = Dataset::from_yaml_str(EMBEDDED_YAML, EMBEDDED_ORIGIN)?;
        data.glossary = Glossary::from_yaml_str(EMBEDDED_GLOSSARY, EMBEDDED_GLOSSARY_ORIGIN, &data)?.terms;
        Ok(data)
    }

    /// Reads, parses, sanitises and validates a dataset file.
    pub fn from_path(path: &Path) -> Result<Dataset, LoadError> {
        Dataset::from_path_with_progress(path, &Progress::default())
    }

    /// [`Dataset::from_path`], telling `progress` how far it has got. The glossary beside the file, when
    /// there is one, comes with it.
    pub fn from_path_with_progress(path: &Path, progress: &Progress) -> Result<Dataset, LoadError> {
        let mut data = Dataset::read_path(path, progress)?;
        if let Some(glossary) = Glossary::beside(path, &data)? {
            data.glossary = glossary.terms;
        }
        Ok(data)
    }

    /// [`Dataset::from_path_with_progress`] through `cache`: a file read before, with the same content, is
    /// taken from its entry; another is read and kept there. The cache only ever saves time: whatever goes
    /// wrong with it, the file is read as if there were none.
    pub fn from_path_cached(path: &Path, progress: &Progress, cache: &Cache) -> Result<Dataset, LoadError> {
        if cache.dir.is_none() {
            return Dataset::from_path_with_progress(path, progress);
        }
        progress.set_stage(Stage::Reading);
        let before = fs::metadata(path).ok().map(|m| (m.len(), m.modified().ok()));
        let key = before.filter(|(len, _)| *len <= MAX_BYTES).and_then(|_| Cache::key_of_file(path).ok());
        let mut data = match key.and_then(|k| cache.get(k)) {
            Some(data) => data,
            None => {
                let data = Dataset::read_path(path, progress)?;
                // Kept only when the file did not change while it was read: the entry names its content.
                let after = fs::metadata(path).ok().map(|m| (m.len(), m.modified().ok()));
                if let Some(key) = key.filter(|_| after == before) {
                    cache.put(key, &data);
                }
                data
            }
        };
        if let Some(glossary) = Glossary::beside(path, &data)? {
            data.glossary = glossary.terms;
        }
        Ok(data)
    }

    fn read_path(path: &Path, progress: &Progress) -> Result<Dataset, LoadError> {
        let origin = sanitize(&path.display().to_string(), Field::Line).into_owned();
        progress.set_stage(Stage::Reading);
        let size = checked_size(path, &origin)?;
        if size >= chunks::MIN_BYTES as u64
            && let Ok(file) = File::open(path)
        {
            // A large file is parsed in pieces as it is read, and is never in memory whole. Should the
            // pieces fail, the file is read again and takes the whole road, which reports exactly what is
            // wrong; should the data fail validation, it is read again to say where.
            progress.bytes.store(size as usize, Ordering::Relaxed);
            progress.set_stage(Stage::Parsing);
            let input = BufReader::with_capacity(READ_BUFFER, file.take(MAX_BYTES + 1));
            // A file that grew past the limit since its size was read was cut short: the whole road says so.
            if let Some(data) =
                chunks::parse(input, progress).filter(|_| progress.read.load(Ordering::Relaxed) as u64 <= MAX_BYTES)
            {
                let text = || read_limited(path, &origin).ok().and_then(|b| String::from_utf8(b).ok());
                return checked(data, &origin, progress, text);
            }
            progress.restart();
            progress.set_stage(Stage::Reading);
        }
        Dataset::read_path_whole(path, progress)
    }

    /// Reads a file the ordinary road: whole, then parsed as one document, so that whatever is wrong is
    /// reported exactly, with its line and column.
    pub(super) fn read_path_whole(path: &Path, progress: &Progress) -> Result<Dataset, LoadError> {
        let origin = sanitize(&path.display().to_string(), Field::Line).into_owned();
        progress.set_stage(Stage::Reading);
        let bytes = read_limited(path, &origin)?;
        progress.bytes.store(bytes.len(), Ordering::Relaxed);
        let text = decode(&bytes, &origin)?;
        parse_whole(text, &origin, progress)
    }

    /// Parses, sanitises and validates YAML text; `origin` names it in messages (a path, say).
    pub fn from_yaml_str(text: &str, origin: &str) -> Result<Dataset, LoadError> {
        Dataset::from_yaml_str_with_progress(text, origin, &Progress::default())
    }

    /// [`Dataset::from_yaml_str`], telling `progress` how far it has got.
    pub fn from_yaml_str_with_progress(text: &str, origin: &str, progress: &Progress) -> Result<Dataset, LoadError> {
        if text.len() >= chunks::MIN_BYTES {
            progress.bytes.store(text.len(), Ordering::Relaxed);
            progress.set_stage(Stage::Parsing);
            if let Some(data) = chunks::parse(text.as_bytes(), progress) {
                return checked(data, origin, progress, || Some(text.to_string()));
            }
            progress.restart();
        }
        parse_whole(text, origin, progress)
    }
}

/// How much of a large file is read at a time.
const READ_BUFFER: usize = 1 << 16;

/// The ordinary road: the whole text scanned for hostile shapes, parsed as one document, sanitised.
fn parse_whole(text: &str, origin: &str, progress: &Progress) -> Result<Dataset, LoadError> {
    progress.set_stage(Stage::Parsing);
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { origin: origin.to_string() });
    }
    limits::check(text).map_err(|r| refused(r, origin))?;
    let mut data: Dataset = serde_yaml::from_str(text).map_err(|e| syntax_error(&e, origin))?;
    sanitize_dataset(&mut data);
    checked(data, origin, progress, || Some(text.to_string()))
}

/// Validates a parsed dataset; problems get their line and column from `text`, which is only asked for
/// when there are problems.
fn checked(
    data: Dataset,
    origin: &str,
    progress: &Progress,
    text: impl FnOnce() -> Option<String>,
) -> Result<Dataset, LoadError> {
    progress.set_stage(Stage::Checking);
    let mut problems = validate(&data);
    if problems.is_empty() {
        return Ok(data);
    }
    if let Some(text) = text() {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
        let positions = locate::positions(text);
        for p in &mut problems {
            p.position = positions.get(&p.path).copied();
        }
        problems.sort_by_key(|p| p.position.unwrap_or((usize::MAX, 0)));
    }
    Err(LoadError::Invalid { origin: origin.to_string(), problems })
}

/// The file's size, after refusing what is not a readable file of acceptable size.
fn checked_size(path: &Path, origin: &str) -> Result<u64, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| read_error(e, origin))?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory { origin: origin.to_string() });
    }
    if meta.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { origin: origin.to_string(), size: meta.len(), limit: MAX_BYTES });
    }
    Ok(meta.len())
}

fn read_error(error: io::Error, origin: &str) -> LoadError {
    if error.kind() == io::ErrorKind::IsADirectory {
        return LoadError::IsDirectory { origin: origin.to_string() };
    }
    LoadError::Read { origin: origin.to_string(), error }
}

fn read_limited(path: &Path, origin: &str) -> Result<Vec<u8>, LoadError> {
    let size = checked_size(path, origin)?;
    // Devices and pipes report no length, so the limit is enforced on the read as well.
    let mut bytes = Vec::with_capacity(size as usize);
    let file = File::open(path).map_err(|e| read_error(e, origin))?;
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(|e| read_error(e, origin))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(LoadError::TooLarge { origin: origin.to_string(), size: bytes.len() as u64, limit: MAX_BYTES });
    }
    Ok(bytes)
}

fn decode<'a>(bytes: &'a [u8], origin: &str) -> Result<&'a str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // valid_up_to ends on a character boundary, so this slice is valid UTF-8.
        let column = std::str::from_utf8(&good[line_start..]).map_or(1, |s| s.chars().count() + 1);
        LoadError::NotUtf8 { origin: origin.to_string(), line, column, byte: bytes[e.valid_up_to()] }
    })
}

pub(super) fn refused(refusal: Refusal, origin: &str) -> LoadError {
    let (position, fault) = match refusal {
        Refusal::TooDeep { line, column } => (Some((line, column)), SyntaxFault::TooDeep { levels: MAX_FLOW_DEPTH }),
        Refusal::TooIndented { line } => (Some((line, 1)), SyntaxFault::TooIndented { column: MAX_BLOCK_COLUMNS }),
        Refusal::TooManyAliases { written, expanded } => (None, SyntaxFault::TooManyAliases { written, expanded }),
    };
    LoadError::Syntax { origin: origin.to_string(), position, fault }
}

pub(super) fn syntax_error(e: &serde_yaml::Error, origin: &str) -> LoadError {
    // serde_yaml writes " at line L column C" into its message, once or twice (the parser's own position
    // inside it); the position is reported in front instead.
    let message = match e.location() {
        Some(_) => crate::lang::without_positions(&e.to_string()),
        None => e.to_string(),
    };
    LoadError::Syntax {
        origin: origin.to_string(),
        position: e.location().map(|l| (l.line(), l.column())),
        fault: SyntaxFault::Yaml(sanitize(&message, Field::Line).into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dataset_prepared_at_build_time_is_the_one_its_yaml_gives() {
        let prepared = Dataset::prepared().expect("the prepared dataset is read");
        // Sanitised, validated and its glossary checked: so the prepared one needs none of it at start-up.
        let from_yaml = Dataset::embedded_from_yaml().expect("the YAML loads");
        assert_eq!(prepared, from_yaml);
        assert_eq!(prepared.glossary.len(), from_yaml.glossary.len());
        assert!(!prepared.glossary.is_empty());
    }
}
