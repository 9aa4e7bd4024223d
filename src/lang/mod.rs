//! The interface's language, and the catalogue of everything the program itself writes in it: the words
//! (`labels`), the sentences with figures or names in them (`messages`) and counted nouns with their plurals
//! (`plural`), what each key does (`keys`) and the pages' words (`pages`). English and Chinese stand side by side in each, so a text
//! cannot exist in one language only.
//! The article's own text is Chinese in both.

mod faults;
pub mod keys;
mod labels;
mod messages;
mod notice;
pub mod pages;
mod plural;

pub use faults::{
    Blank, BookmarksFault, CommandLineFault, Corrupt, DatasetFault, Fault, RuleFault, Subject, TerminalFault, Thing,
    io_reason, without_positions,
};
pub use keys::{KeyWords, Words};
pub use labels::{EN, Labels, ZH};
pub use messages::{BrowserMsg, CliMsg, DocMsg, Message};
pub use notice::{Notice, Piece};
pub use plural::Noun;

/// The language of the interface's own labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    /// From the environment, as a terminal program should: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that
    /// is set; `zh…` gives Chinese, anything else English.
    pub fn from_env() -> Lang {
        let var =
            ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
        Lang::from_locale(var.as_deref().unwrap_or(""))
    }

    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("zh") { Lang::Zh } else { Lang::En }
    }

    /// Picks the label for this language.
    pub fn pick<'a>(self, en: &'a str, zh: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }

    /// A dataset label as a reader of this language looks for it: the Chinese one, with the English one beside
    /// it in the English interface ("垃圾分类 Waste sorting"), as the article is Chinese in both.
    pub fn both(self, zh: &str, en: &str) -> String {
        match self {
            Lang::En if !en.is_empty() && en != zh => format!("{zh} {en}"),
            _ => zh.to_string(),
        }
    }

    /// Words in parentheses as this language writes them: `(t)`, `（t）`.
    pub fn paren(self, words: &str) -> String {
        match self {
            Lang::En => format!("({words})"),
            Lang::Zh => format!("（{words}）"),
        }
    }

    /// The reader's words quoted: `«ljfl»`, `「ljfl」`.
    pub fn quote(self, words: &str) -> String {
        match self {
            Lang::En => format!("«{words}»"),
            Lang::Zh => format!("「{words}」"),
        }
    }

    /// The colon after a label: `Themes: `, `主题：`.
    pub fn colon(self) -> &'static str {
        self.pick(": ", "：")
    }

    /// Between the items of a list in prose: `东城, 西城` / `东城、西城`.
    pub fn list_sep(self) -> &'static str {
        self.pick(", ", "、")
    }

    /// Words followed by a note in parentheses: `together (t)`, `同步滚动（t）` (full-width parentheses
    /// bring their own space).
    pub fn aside(self, words: &str, note: &str) -> String {
        match self {
            Lang::En => format!("{words} ({note})"),
            Lang::Zh => format!("{words}（{note}）"),
        }
    }

    /// A dataset label in this language, falling back to the Chinese one when the English one is missing.
    pub fn label<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::En if !en.is_empty() => en,
            _ => zh,
        }
    }
}

/// The ASCII punctuation in Chinese prose, if any: code (a command, a key, an id) is written in backticks
/// and a web address is written as it is; neither is prose, so only what stands outside them is looked at.
/// For the catalogue's tests.
#[cfg(test)]
pub(crate) fn ascii_in_chinese_prose(zh: &str) -> Option<char> {
    let prose: String = zh.split('`').step_by(2).collect();
    let words = prose.split(|c: char| c.is_whitespace() || c == '，').filter(|w| !w.starts_with("http"));
    words.flat_map(str::chars).find(|c| matches!(c, ':' | ';' | ',' | '(' | ')' | '!' | '?'))
}

impl Lang {
    /// The interface's words in this language.
    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }

    /// A message in this language.
    pub fn say(self, msg: impl Message) -> String {
        msg.text(self)
    }

    /// A message in its parts, for the status line.
    pub fn notice(self, msg: impl Message) -> Notice {
        msg.notice(self)
    }

    /// A failure as standard error reports it: what went wrong, then what to do on an indented line after
    /// `hint: ` (`提示：` in Chinese).
    pub fn with_hint(self, what: &str, hint: &str) -> String {
        format!("{what}\n  {}{hint}", self.say(CliMsg::Hint))
    }
}
