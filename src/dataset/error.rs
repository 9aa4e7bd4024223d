//! What can go wrong when a dataset is loaded, kept as facts (the file, the position, the broken rule) and
//! said in the reader's language by the catalogue (`lang::Fault`): what went wrong, where, and what to do.

use std::fmt;
use std::io;

use super::locate::Position;
use crate::lang::{Blank, CliMsg, DatasetFault, Fault, Lang, RuleFault, Subject, Thing, io_reason};

/// A dataset could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be opened or read: missing, no permission.
    Read { origin: String, error: io::Error },
    /// The path names a directory.
    IsDirectory { origin: String },
    /// The file is larger than a dataset may be.
    TooLarge { origin: String, size: u64, limit: u64 },
    /// The file has no content.
    Empty { origin: String },
    /// The bytes are not UTF-8.
    NotUtf8 { origin: String, line: usize, column: usize, byte: u8 },
    /// YAML syntax, a missing or unknown key, a value of the wrong type, or a limit of the parser.
    Syntax { origin: String, position: Option<Position>, fault: SyntaxFault },
    /// The YAML parsed but breaks the dataset's rules; every problem is listed.
    Invalid { origin: String, problems: Vec<Problem> },
    /// Two editions read together are of one year.
    SameYear { year: u16, first: String, second: String },
    /// A folder given for editions holds no dataset file.
    NoDatasets { origin: String },
}

/// Why the YAML could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxFault {
    /// Flow collections nest deeper than `levels`.
    TooDeep { levels: usize },
    /// A line is indented past `column`.
    TooIndented { column: usize },
    /// Aliases would blow the values up from `written` to `expanded` bytes.
    TooManyAliases { written: u64, expanded: u64 },
    /// serde_yaml's own message, without its position.
    Yaml(String),
}

impl LoadError {
    /// The process exit status for this error: 2 when the file could not be read, 1 when it was read but is
    /// not a valid dataset.
    pub fn exit_code(&self) -> u8 {
        match self {
            LoadError::Read { .. }
            | LoadError::IsDirectory { .. }
            | LoadError::TooLarge { .. }
            | LoadError::SameYear { .. }
            | LoadError::NoDatasets { .. } => 2,
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

    /// The position a whole-file error points at, if any.
    pub fn position(&self) -> Option<Position> {
        match self {
            LoadError::Syntax { position, .. } => *position,
            LoadError::NotUtf8 { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }

    /// A whole-file error as what went wrong and what to do, in `lang`; `None` for an invalid dataset, whose
    /// problems each say their own.
    pub fn what_and_hint(&self, lang: Lang) -> Option<(String, String)> {
        let reason;
        let at = at(self.origin(), self.position());
        let fault = match self {
            LoadError::Read { origin, error } => {
                reason = io_reason(error, lang);
                DatasetFault::CannotRead { origin, reason: &reason, kind: Some(error.kind()) }
            }
            LoadError::IsDirectory { origin } => DatasetFault::IsDirectory { origin },
            LoadError::TooLarge { origin, size, limit } => {
                DatasetFault::TooLarge { origin, size: *size, limit: *limit }
            }
            LoadError::Empty { origin } => DatasetFault::Empty { origin },
            LoadError::NotUtf8 { byte, .. } => DatasetFault::NotUtf8 { at: &at, byte: *byte },
            LoadError::Syntax { fault, .. } => match fault {
                SyntaxFault::TooDeep { levels } => DatasetFault::TooDeep { at: &at, levels: *levels },
                SyntaxFault::TooIndented { column } => DatasetFault::TooIndented { at: &at, column: *column },
                SyntaxFault::TooManyAliases { written, expanded } => {
                    DatasetFault::TooManyAliases { at: &at, written: *written, expanded: *expanded }
                }
                SyntaxFault::Yaml(message) => DatasetFault::Yaml { at: &at, message },
            },
            LoadError::Invalid { .. } => return None,
            LoadError::SameYear { year, first, second } => DatasetFault::SameYear { year: *year, first, second },
            LoadError::NoDatasets { origin } => DatasetFault::NoDatasets { origin },
        };
        Some((fault.what(lang), fault.hint(lang)))
    }

    /// The whole report for standard error in `lang`: what, then `hint:`; or, for an invalid dataset, a
    /// heading and one line per problem with its position.
    pub fn message(&self, lang: Lang) -> String {
        if let Some((what, hint)) = self.what_and_hint(lang) {
            return lang.with_hint(&what, &hint);
        }
        let origin = self.origin();
        let problems = self.problems();
        let mut out = lang.say(CliMsg::InvalidDataset { origin, problems: problems.len() });
        for p in problems {
            out.push_str(&format!("\n  {}", p.line(origin, lang)));
        }
        out
    }

    fn origin(&self) -> &str {
        match self {
            LoadError::Read { origin, .. }
            | LoadError::IsDirectory { origin }
            | LoadError::TooLarge { origin, .. }
            | LoadError::Empty { origin }
            | LoadError::NotUtf8 { origin, .. }
            | LoadError::Syntax { origin, .. }
            | LoadError::Invalid { origin, .. }
            | LoadError::SameYear { first: origin, .. }
            | LoadError::NoDatasets { origin } => origin,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Read { error, .. } => Some(error),
            _ => None,
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
    /// Whose problem it is.
    pub owner: Owner,
    pub rule: Rule,
}

/// Whose problem it is: the dataset, a theme, a district or one of its highlights (numbers from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    Dataset,
    Theme {
        number: usize,
        id: String,
    },
    District {
        number: usize,
        id: String,
    },
    Highlight {
        district: usize,
        id: String,
        number: usize,
    },
    /// A term of a glossary.
    Term {
        number: usize,
        term: String,
    },
}

/// The rule a value breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    NoDistricts,
    EmptyId(Thing),
    NotKebab(String),
    /// Repeats the id of the `first` (from 1) of its kind, called `name`.
    RepeatedId {
        thing: Thing,
        first: usize,
        name: String,
    },
    Blank(Blank),
    NoText,
    NoTitle,
    UnknownTheme {
        id: String,
        nearest: Option<String>,
    },
    NotANumber(String),
    /// A figure (value and unit, white space removed) that its text does not hold.
    NotQuoted(String),
    /// A glossary's term that no text of the dataset holds.
    TermNotInTexts(String),
    /// A glossary's list of highlights that is not the list of those whose text holds its term.
    TermHighlights {
        listed: String,
        found: String,
    },
    /// A warning: English missing in the field named, while others of its kind have it.
    NoEnglish(String),
    /// A warning: a number of the Chinese that the English does not hold.
    NumberNotInEnglish(String),
    /// A warning: a quantity of a highlight's text (17个) that none of its figures records.
    QuantityNotAFigure(String),
    /// A warning: text an import could not place (`unplaced:`), which follows `after`.
    Unplaced {
        after: String,
    },
}

impl Problem {
    /// Whose problem it is: `district 'dongcheng', highlight 2`.
    pub fn subject(&self, lang: Lang) -> String {
        let subject = match &self.owner {
            Owner::Dataset => Subject::Dataset,
            Owner::Theme { number, id } => Subject::Theme { number: *number, id },
            Owner::District { number, id } => Subject::District { number: *number, id },
            Owner::Term { number, term } => Subject::Term { number: *number, term },
            Owner::Highlight { district, id, number } => {
                Subject::Highlight { district: *district, id, number: *number }
            }
        };
        subject.text(lang)
    }

    /// What is wrong: `refers to an unknown theme 'wast-sorting'`.
    pub fn message(&self, lang: Lang) -> String {
        self.fault().what(lang)
    }

    /// What to do about it.
    pub fn hint(&self, lang: Lang) -> String {
        self.fault().hint(lang)
    }

    /// The problem on one line after its position: `mine.yaml:3:7: theme 'x' (themes[0].id): …; …`.
    pub fn line(&self, origin: &str, lang: Lang) -> String {
        let (subject, message, hint) = (self.subject(lang), self.message(lang), self.hint(lang));
        let at = at(origin, self.position);
        match lang {
            Lang::En => format!("{at}: {subject} ({}): {message}; {hint}", self.path),
            Lang::Zh => format!("{at}：{subject}（{}）：{message}；{hint}", self.path),
        }
    }

    /// A warning on one line after its position: `mine.yaml:3:7: warning: …`.
    pub fn warning_line(&self, origin: &str, lang: Lang) -> String {
        let (subject, message, hint) = (self.subject(lang), self.message(lang), self.hint(lang));
        let at = at(origin, self.position);
        match lang {
            Lang::En => format!("{at}: warning: {subject} ({}): {message}; {hint}", self.path),
            Lang::Zh => format!("{at}：警告：{subject}（{}）：{message}；{hint}", self.path),
        }
    }

    fn fault(&self) -> RuleFault<'_> {
        match &self.rule {
            Rule::NoDistricts => RuleFault::NoDistricts,
            Rule::EmptyId(thing) => RuleFault::EmptyId { thing: *thing },
            Rule::NotKebab(id) => RuleFault::NotKebab { id },
            Rule::RepeatedId { thing, first, name } => RuleFault::RepeatedId { thing: *thing, first: *first, name },
            Rule::Blank(field) => RuleFault::Blank { field: *field },
            Rule::NoText => RuleFault::NoText,
            Rule::NoTitle => RuleFault::NoTitle,
            Rule::UnknownTheme { id, nearest } => RuleFault::UnknownTheme { id, nearest: nearest.as_deref() },
            Rule::NotANumber(value) => RuleFault::NotANumber { value },
            Rule::NotQuoted(figure) => RuleFault::NotQuoted { figure },
            Rule::NoEnglish(field) => RuleFault::NoEnglish { field },
            Rule::TermNotInTexts(term) => RuleFault::TermNotInTexts { term },
            Rule::TermHighlights { listed, found } => RuleFault::TermHighlights { listed, found },
            Rule::NumberNotInEnglish(number) => RuleFault::NumberNotInEnglish { number },
            Rule::QuantityNotAFigure(quantity) => RuleFault::QuantityNotAFigure { quantity },
            Rule::Unplaced { after } => RuleFault::Unplaced { after },
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = Lang::En;
        write!(f, "{} ({}): {}; {}", self.subject(lang), self.path, self.message(lang), self.hint(lang))
    }
}

/// A file with its line and column, as editors and compilers write it: `mine.yaml:3:7`.
fn at(origin: &str, position: Option<Position>) -> String {
    match position {
        Some((line, column)) => format!("{origin}:{line}:{column}"),
        None => origin.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn invalid() -> LoadError {
        LoadError::Invalid {
            origin: "mine.yaml".into(),
            problems: vec![Problem {
                position: Some((12, 9)),
                path: "districts[0].highlights[1].themes[0]".into(),
                owner: Owner::Highlight { district: 1, id: "dongcheng".into(), number: 2 },
                rule: Rule::UnknownTheme { id: "wast-sorting".into(), nearest: Some("waste-sorting".into()) },
            }],
        }
    }

    #[test]
    fn an_invalid_dataset_lists_its_problems_in_the_readers_language() {
        assert_eq!(
            invalid().message(Lang::En),
            "mine.yaml is not a valid dataset (1 problem):\n  mine.yaml:12:9: district 'dongcheng', highlight 2 \
             (districts[0].highlights[1].themes[0]): refers to an unknown theme 'wast-sorting'; did you mean \
             'waste-sorting'? Theme ids are listed under `themes:`"
        );
        assert_eq!(
            invalid().message(Lang::Zh),
            "mine.yaml 不是有效的数据集（1 个问题）：\n  mine.yaml:12:9：区 `dongcheng` 的第 2 条亮点\
             （districts[0].highlights[1].themes[0]）：引用了不存在的主题 `wast-sorting`；是不是 `waste-sorting`？\
             主题 id 都列在 `themes:` 下"
        );
    }

    #[test]
    fn a_file_that_cannot_be_read_says_why_and_what_to_do() {
        let e = LoadError::Read { origin: "gone.yaml".into(), error: io::Error::from(io::ErrorKind::NotFound) };
        assert!(e.message(Lang::En).ends_with("\n  hint: check the path and the file name"), "{e}");
        assert_eq!(e.message(Lang::Zh), "无法读取 gone.yaml：文件或目录不存在\n  提示：检查路径和文件名");
        assert_eq!(e.exit_code(), 2);
    }
}
