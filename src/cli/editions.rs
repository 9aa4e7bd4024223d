//! Several editions on the command line: `--edition YEAR|all`, and what is said of editions read together.

use super::{Failure, Global};
use crate::dataset::{Dataset, ThemeConflict};
use crate::lang::{CliMsg, Lang};

/// `--edition`'s value: a year, or every edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditionArg {
    All,
    Year(u16),
}

pub(super) fn edition_arg(value: &str) -> Result<EditionArg, String> {
    match value.trim() {
        v if v.eq_ignore_ascii_case("all") => Ok(EditionArg::All),
        v => v.parse().map(EditionArg::Year).map_err(|_| format!("'{value}' is not a year (such as 2020) or `all`")),
    }
}

impl Global {
    /// The editions asked for: `data` itself, or the edition of the year `--edition` names (a usage error
    /// when there is none).
    pub fn edition_of(&self, data: Dataset) -> Result<Dataset, Failure> {
        edition_of(data, self.edition, self.lang())
    }
}

/// `data`, or its edition of the year `edition` names (a usage error when there is none).
pub fn edition_of(data: Dataset, edition: Option<EditionArg>, lang: Lang) -> Result<Dataset, Failure> {
    let Some(EditionArg::Year(year)) = edition else { return Ok(data) };
    let years = data.years().iter().map(u16::to_string).collect::<Vec<_>>().join(lang.list_sep());
    data.only(year).ok_or_else(|| Failure::Usage {
        what: lang.say(CliMsg::NoSuchEdition { year, years: &years }),
        hint: lang.say(CliMsg::NoSuchEditionHint),
    })
}

/// A theme two editions name differently, as the reader is told.
pub fn theme_conflict(c: &ThemeConflict, lang: Lang) -> String {
    lang.say(CliMsg::ThemeNamedTwice {
        id: &c.id,
        kept_in: &c.kept.0,
        kept: &c.kept.1,
        other_in: &c.other.0,
        other: &c.other.1,
    })
}
