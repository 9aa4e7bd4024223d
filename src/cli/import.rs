//! `liangdian import FILE [-o OUT] [--url URL] [--year YEAR] [--against DATASET]`: an article of the column
//! made into a draft dataset, written to standard output or to OUT (never over a file that is there), with
//! a report on standard error. A file that is not such an article is refused with exit status 2 and nothing
//! is written.

use std::io::{self, Read, Write};
use std::path::Path;

use super::{Failure, Format, Out};
use crate::dataset::{Dataset, Field, sanitize};
use crate::import::{Import, ImportError, Options, Report, UrlFrom, YearFrom, import, measure};
use crate::lang::{Fault, ImportFault, ImportMsg, Lang, io_reason};
use crate::text::truncate;

/// Why the import wrote nothing.
#[derive(Debug)]
pub enum ImportFailure {
    Input { origin: String, error: ImportError },
    Read { origin: String, error: io::Error },
    Exists { path: String },
    Write { path: String, error: io::Error },
}

impl ImportFailure {
    /// What went wrong and what to do, in `lang`.
    pub fn report(&self, lang: Lang) -> String {
        let reason;
        let found;
        let fault = match self {
            ImportFailure::Input { origin, error } => match error {
                ImportError::Empty => ImportFault::Empty { origin },
                ImportError::Binary => ImportFault::Binary { origin },
                ImportError::NotUtf8 { line, column } => ImportFault::NotUtf8 { origin, line: *line, column: *column },
                ImportError::TooLarge { limit } => ImportFault::TooLarge { origin, limit: *limit },
                ImportError::NotAnArticle { found: names } => {
                    found = names.join(lang.list_sep());
                    ImportFault::NotAnArticle { origin, found: &found, count: names.len(), fewest: 8 }
                }
                ImportError::NoYear => ImportFault::NoYear { origin },
            },
            ImportFailure::Read { origin, error } => {
                reason = io_reason(error, lang);
                ImportFault::CannotRead { origin, reason: &reason }
            }
            ImportFailure::Exists { path } => ImportFault::Exists { path },
            ImportFailure::Write { path, error } => {
                reason = io_reason(error, lang);
                ImportFault::CannotWrite { path, reason: &reason }
            }
        };
        fault.report(lang)
    }
}

impl std::fmt::Display for ImportFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.report(Lang::En))
    }
}

impl std::error::Error for ImportFailure {}

/// What the command line gave the import.
pub struct Request<'a> {
    pub file: &'a Path,
    pub output: Option<&'a Path>,
    pub url: Option<String>,
    pub year: Option<u16>,
    /// A curated dataset to measure the draft against (`builtin` for the embedded one).
    pub against: Option<&'a Path>,
    /// The dataset whose themes are suggested (the built-in one unless `--data` names another).
    pub taxonomy: &'a Dataset,
}

pub fn run(request: &Request, lang: Lang) -> Result<(), Failure> {
    let origin = shown(request.file);
    let bytes = read(request.file).map_err(|error| ImportFailure::Read { origin: origin.clone(), error })?;
    let options = Options { url: request.url.clone(), year: request.year, taxonomy: request.taxonomy.themes.clone() };
    let Import { draft, report } =
        import(&bytes, &options).map_err(|error| ImportFailure::Input { origin: origin.clone(), error })?;
    let against = match request.against {
        Some(p) if p == Path::new("builtin") => Some(("builtin".to_string(), Dataset::embedded()?)),
        Some(p) => Some((shown(p), Dataset::from_path(p)?)),
        None => None,
    };
    let yaml = serde_yaml::to_string(&draft).unwrap_or_default();
    let document = format!("{}{yaml}", lang.say(ImportMsg::DraftHeader { origin: &origin }));
    let written = match request.output {
        Some(path) => Some(write_new(path, document.as_bytes())?),
        None => {
            let mut out = Out::stdout(Format::Text, lang);
            out.bytes(document.as_bytes()).and_then(|()| out.flush()).map_err(Failure::Output)?;
            None
        }
    };
    let mut lines = said(&report, &draft, &origin, lang);
    if let Some((name, curated)) = &against {
        let m = measure(&draft, curated);
        lines.push(lang.say(ImportMsg::Measured {
            against: name,
            identical: m.paragraphs_identical,
            districts: m.curated_districts,
            opening: m.intro_identical,
            closing: m.closing_identical,
        }));
        lines.push(lang.say(ImportMsg::MeasuredFigures {
            found: m.figures_found,
            curated: m.curated_figures,
            boundaries: m.boundaries_differing,
            curated_boundaries: m.curated_boundaries,
        }));
        lines.push(lang.say(ImportMsg::MeasuredThemes { precision: m.precision, recall: m.recall }));
    }
    if let Some(path) = &written {
        lines.push(lang.say(ImportMsg::Wrote { path }));
    }
    // The report is for the reader at the terminal; a closed standard error is no reason to fail.
    let mut err = io::stderr().lock();
    for line in lines {
        let _ = writeln!(err, "{line}");
    }
    Ok(())
}

/// A path as it may be printed.
fn shown(path: &Path) -> String {
    sanitize(&path.display().to_string(), Field::Line).into_owned()
}

/// The file's bytes, or standard input's for `-`; never more than one byte past the limit, so a huge file
/// is refused without being read whole.
fn read(path: &Path) -> io::Result<Vec<u8>> {
    let limit = crate::import::MAX_BYTES + 1;
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        io::stdin().lock().take(limit).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?.take(limit).read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// Writes a new file; one that is there already is left alone, and a half-written one is removed.
fn write_new(path: &Path, bytes: &[u8]) -> Result<String, ImportFailure> {
    let name = shown(path);
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|error| {
        if error.kind() == io::ErrorKind::AlreadyExists {
            ImportFailure::Exists { path: name.clone() }
        } else {
            ImportFailure::Write { path: name.clone(), error }
        }
    })?;
    if let Err(error) = file.write_all(bytes).and_then(|()| file.sync_all()) {
        drop(file);
        let _ = std::fs::remove_file(path);
        return Err(ImportFailure::Write { path: name, error });
    }
    Ok(name)
}

/// The report's lines, in the reader's language.
fn said(report: &Report, draft: &Dataset, origin: &str, lang: Lang) -> Vec<String> {
    let mut lines = vec![lang.say(ImportMsg::Read {
        origin,
        html: report.form == crate::import::Form::Html,
        lines: report.lines,
        chrome: report.chrome.len(),
    })];
    for line in report.chrome.iter().take(6) {
        let line = truncate(&sanitize(line, Field::Line), 60);
        lines.push(lang.say(ImportMsg::Skipped { line: &line }));
    }
    let source = &draft.source;
    let parts: Vec<&str> = [&source.title, &source.publication, &source.issue, &source.column]
        .into_iter()
        .map(|s| s.as_str())
        .filter(|s| !s.is_empty())
        .collect();
    lines.push(lang.say(ImportMsg::Source {
        parts: &parts.join(" · "),
        year: source.year,
        year_from_title: report.year_from == YearFrom::Title,
    }));
    let missing: Vec<&str> = [
        ("title", &source.title),
        ("publication", &source.publication),
        ("issue", &source.issue),
        ("column", &source.column),
    ]
    .into_iter()
    .filter(|(_, v)| v.is_empty())
    .map(|(k, _)| k)
    .collect();
    if !missing.is_empty() {
        lines.push(lang.say(ImportMsg::SourceMissing { fields: &missing.join(", ") }));
    }
    lines.push(match report.url_from {
        Some(from) => lang.say(ImportMsg::Url { url: &source.url, canonical: from == UrlFrom::Canonical }),
        None => lang.say(ImportMsg::NoUrl),
    });
    lines.push(lang.say(ImportMsg::Found {
        opening: !draft.intro.is_empty(),
        districts: report.districts.len(),
        closing: !draft.closing.is_empty(),
    }));
    if !report.absent.is_empty() {
        lines.push(lang.say(ImportMsg::Absent { names: &report.absent.join(lang.list_sep()) }));
    }
    if !report.twice.is_empty() {
        lines.push(lang.say(ImportMsg::Twice { names: &report.twice.join(lang.list_sep()) }));
    }
    if report.unplaced > 0 {
        lines.push(lang.say(ImportMsg::Unplaced { paragraphs: report.unplaced }));
    }
    lines.push(lang.say(ImportMsg::Drafted {
        highlights: report.highlights,
        figures: report.figures,
        themes: report.themes,
    }));
    lines
}
