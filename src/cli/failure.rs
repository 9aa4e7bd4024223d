//! What can end a subcommand early, and the exit status each means.

use std::io;

use crate::dataset::LoadError;
use crate::lang::{CommandLineFault, Fault, Lang, io_reason};

/// Why a subcommand did not succeed. [`Failure::message`] is the report for standard error in the
/// interface's language: what went wrong, then a line starting `hint:` (`提示：`) that says what to do; the
/// `Display` is the same in English.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The command line names something that is not there: an unknown or ambiguous district.
    #[error("{what}\n  hint: {hint}")]
    Usage { what: String, hint: String },
    /// The question was fine and the answer is empty: no match, no theme, no figures.
    #[error("{what}\n  hint: {hint}")]
    NothingFound { what: String, hint: String },
    /// The dataset could not be read (a file error) or is not valid.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The bookmarks file could not be read.
    #[error(transparent)]
    Bookmarks(#[from] crate::bookmarks::StoreError),
    /// An article could not be imported, or its draft not written.
    #[error(transparent)]
    Import(#[from] super::ImportFailure),
    /// Standard output could not be written (a closed pipe is not reported: see `cli::finish`).
    #[error("{}", CommandLineFault::StdoutUnwritable { reason: &.0.to_string() }.report(Lang::En))]
    Output(#[from] io::Error),
}

impl Failure {
    /// The message for standard error, in the interface's language (in Chinese the hint follows 提示：).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Failure::Usage { what, hint } | Failure::NothingFound { what, hint } => lang.with_hint(what, hint),
            Failure::Load(e) => e.message(lang),
            Failure::Bookmarks(e) => e.message(lang),
            Failure::Import(e) => e.report(lang),
            Failure::Output(e) => CommandLineFault::StdoutUnwritable { reason: &io_reason(e, lang) }.report(lang),
        }
    }

    /// 1 when nothing was found or the dataset is invalid; 2 for usage and file errors.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::NothingFound { .. } => 1,
            Failure::Load(e) => e.exit_code(),
            Failure::Usage { .. } | Failure::Output(_) | Failure::Bookmarks(_) | Failure::Import(_) => 2,
        }
    }
}
