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
    Blank, BookmarksFault, CommandLineFault, Corrupt, DatasetFault, Fault, ImportFault, RuleFault, Subject,
    TerminalFault, Thing, io_reason, without_positions,
};
pub use keys::{KeyWords, Words};
pub use labels::{EN, Labels, ZH};
pub use messages::{BrowserMsg, CliMsg, DocMsg, ImportMsg, Message};
pub use notice::{Notice, Piece};
pub use plural::{Noun, about, grouped};

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

    /// A theme as a tag names it: the Chinese, with the English in parentheses in the English interface
    /// (垃圾分类 (Waste sorting)), so a reader can quote the original and a tag of several English words
    /// stands apart from the next without colour.
    pub fn tag(self, zh: &str, en: &str) -> String {
        match self {
            Lang::En if !en.is_empty() && en != zh => format!("{zh} ({en})"),
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

/// Which of the dataset's texts are read: the article's Chinese, their English translation, or both (the
/// English under each Chinese paragraph). A text without English shows its Chinese whatever the choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Texts {
    #[default]
    Chinese,
    English,
    Both,
}

impl Texts {
    /// Where a reader starts: the English interface reads both, the Chinese one Chinese.
    pub fn for_lang(lang: Lang) -> Texts {
        match lang {
            Lang::En => Texts::Both,
            Lang::Zh => Texts::Chinese,
        }
    }

    /// The next choice of the key that steps through them: Chinese, both, English.
    pub fn next(self) -> Texts {
        match self {
            Texts::Chinese => Texts::Both,
            Texts::Both => Texts::English,
            Texts::English => Texts::Chinese,
        }
    }

    /// Are the Chinese texts shown (those with English too)?
    pub fn chinese(self) -> bool {
        self != Texts::English
    }

    /// Are the English texts shown, where there are some?
    pub fn english(self) -> bool {
        self != Texts::Chinese
    }

    /// The texts read of one whose Chinese is `zh` and English `en`, in order: the Chinese unless English
    /// alone is read and there is some, then the English when it is read and there is some.
    pub fn of<'a>(self, zh: &'a str, en: &'a str) -> impl Iterator<Item = &'a str> {
        let english = self.english() && !en.is_empty();
        let chinese = self.chinese() || !english;
        chinese.then_some(zh).into_iter().chain(english.then_some(en)).filter(|t| !t.is_empty())
    }

    /// A title as it is read: `title (title_en)` when both are, as in the English interface; the English
    /// alone when English alone is read.
    pub fn title(self, zh: &str, en: &str, lang: Lang) -> String {
        match self {
            Texts::English if !en.is_empty() => en.to_string(),
            Texts::Both => Lang::En.both(zh, en),
            _ => lang.both(zh, en),
        }
    }

    /// As the command line writes it: `zh`, `en`, `both`.
    pub fn parse(word: &str) -> Option<Texts> {
        match word {
            "zh" => Some(Texts::Chinese),
            "en" => Some(Texts::English),
            "both" => Some(Texts::Both),
            _ => None,
        }
    }

    /// Its name in the status line and the help: 中文, English, 中英 / 中文, 英文, 中英对照.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Texts::Chinese => lang.pick("Chinese", "中文"),
            Texts::English => lang.pick("English", "英文"),
            Texts::Both => lang.pick("Chinese + English", "中英对照"),
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
