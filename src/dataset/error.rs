//! What can go wrong when a dataset is loaded, said so that a reader knows what, where and what to do.

use std::fmt;

use super::locate::Position;

/// A dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read: missing, a directory, no permission.
    #[error("cannot read {origin}: {reason}\n  hint: {hint}")]
    Read { origin: String, reason: String, hint: String },

    /// The file is larger than a dataset may be.
    #[error(
        "{origin} is {size} bytes, over the {limit}-byte limit for a dataset\n  hint: check that this is the \
         file you meant; a dataset of 10,000 districts is about 12 MB"
    )]
    TooLarge { origin: String, size: u64, limit: u64 },

    /// The file has no content.
    #[error(
        "{origin} is empty\n  hint: a dataset needs at least `source:` and `districts:`; see the README's dataset schema"
    )]
    Empty { origin: String },

    /// The bytes are not UTF-8.
    #[error("{origin}:{line}:{column}: not UTF-8 text (byte 0x{byte:02x})\n  hint: save the file as UTF-8")]
    NotUtf8 { origin: String, line: usize, column: usize, byte: u8 },

    /// YAML syntax, a missing or unknown key, a value of the wrong type, or a limit of the parser.
    #[error("{}: {message}\n  hint: {hint}", at(origin, *position))]
    Syntax { origin: String, position: Option<Position>, message: String, hint: String },

    /// The YAML parsed but breaks the dataset's rules; every problem is listed.
    #[error("{origin} is not a valid dataset ({} {}):\n{}", problems.len(), plural(problems.len()), list(origin, problems))]
    Invalid { origin: String, problems: Vec<Problem> },
}

impl LoadError {
    /// The process exit status for this error: 2 when the file could not be read, 1 when it was read but is
    /// not a valid dataset.
    pub fn exit_code(&self) -> u8 {
        match self {
            LoadError::Read { .. } | LoadError::TooLarge { .. } => 2,
            _ => 1,
        }
    }

    /// The problems of an invalid dataset (empty for the other errors).
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

/// One broken rule in a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the offending value sits, when it could be found.
    pub position: Option<Position>,
    /// The value's path in the document, such as `districts[2].highlights[0].themes[1]`.
    pub path: String,
    /// Whose problem it is: `district 'dongcheng'`, `theme 'waste-sorting'`.
    pub subject: String,
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}; {}", self.subject, self.path, self.message, self.hint)
    }
}

fn at(origin: &str, position: Option<Position>) -> String {
    match position {
        Some((line, column)) => format!("{origin}:{line}:{column}"),
        None => origin.to_string(),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "problem" } else { "problems" }
}

fn list(origin: &str, problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {}: {p}", at(origin, p.position))).collect::<Vec<_>>().join("\n")
}
