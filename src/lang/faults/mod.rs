//! What can go wrong outside the interface's own logic, said in both languages, one file for each thing
//! that can fail: a dataset file that cannot be read or is not valid (`dataset`), the bookmarks file
//! (`bookmarks`), an article to import (`import`), how the program was run (`command_line`), the terminal (`terminal`). Each fault has what
//! went wrong and what to do about it (the hint); the error types keep the facts and ask here for the words,
//! so a Chinese reader gets the whole report in Chinese. The parsers' and the system's own words are
//! translated in `parsers`.

mod bookmarks;
mod command_line;
mod dataset;
mod import;
mod parsers;
mod terminal;

use std::fmt;

use super::{Lang, Notice};
pub use bookmarks::{BookmarksFault, Corrupt};
pub use command_line::CommandLineFault;
pub use dataset::{DatasetFault, RuleFault};
pub use import::ImportFault;
pub use parsers::{io_reason, without_positions};
pub use terminal::TerminalFault;

/// A fault said in both languages: what went wrong, and what to do about it.
pub trait Fault: fmt::Debug {
    /// What went wrong, in one sentence without its hint.
    fn what(&self, lang: Lang) -> String;
    /// What to do about it.
    fn hint(&self, lang: Lang) -> String;
    /// What went wrong in a few words and in its parts, for the status line, where a path or the system's
    /// words may be shortened.
    fn brief(&self, lang: Lang) -> Notice {
        Notice::new(self.what(lang))
    }
    /// What went wrong and, on the next line, what to do: `what\n  hint: …` (`提示：…` in Chinese), as every
    /// failure is reported on standard error.
    fn report(&self, lang: Lang) -> String {
        lang.with_hint(&self.what(lang), &self.hint(lang))
    }
}

/// The two things a dataset has ids for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    District,
    Theme,
}

/// A dataset field that may not be empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blank {
    Name,
    Pinyin,
    Text,
}

/// Where a broken rule sits in a dataset (`theme 'waste-sorting'`, `district 3, highlight 2`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject<'a> {
    Dataset,
    /// A theme by its id, or by its number (from 1) when the id is empty.
    Theme {
        number: usize,
        id: &'a str,
    },
    District {
        number: usize,
        id: &'a str,
    },
    Highlight {
        district: usize,
        id: &'a str,
        number: usize,
    },
    /// A glossary's term, by its number (from 1) and as it is written.
    Term {
        number: usize,
        term: &'a str,
    },
}

impl Thing {
    pub(super) fn word(self, lang: Lang) -> &'static str {
        match self {
            Thing::District => lang.pick("district", "区"),
            Thing::Theme => lang.pick("theme", "主题"),
        }
    }
}

impl Blank {
    pub(super) fn word(self, lang: Lang) -> &'static str {
        match self {
            Blank::Name => lang.pick("name", "名称"),
            Blank::Pinyin => lang.pick("pinyin", "拼音"),
            Blank::Text => lang.pick("text", "正文"),
        }
    }
}

impl Subject<'_> {
    /// `district 'dongcheng', highlight 2` / `区 `dongcheng` 的第 2 条亮点`.
    pub fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let district = |number: usize, id: &str| match (en, id.is_empty()) {
            (true, true) => format!("district {number}"),
            (true, false) => format!("district '{id}'"),
            (false, true) => format!("第 {number} 个区"),
            (false, false) => format!("区 `{id}`"),
        };
        match *self {
            Subject::Dataset => lang.pick("the dataset", "数据集").to_string(),
            Subject::Theme { number, id: "" } if en => format!("theme {number}"),
            Subject::Theme { number, id: "" } => format!("第 {number} 个主题"),
            Subject::Theme { id, .. } if en => format!("theme '{id}'"),
            Subject::Theme { id, .. } => format!("主题 `{id}`"),
            Subject::District { number, id } => district(number, id),
            Subject::Term { number, term } if en => format!("term {number} «{term}»"),
            Subject::Term { number, term } => format!("第 {number} 个词条「{term}」"),
            Subject::Highlight { district: d, id, number } if en => format!("{}, highlight {number}", district(d, id)),
            Subject::Highlight { district: d, id, number } => format!("{} 的第 {number} 条亮点", district(d, id)),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io;

    use super::*;

    /// Every fault, with facts that show in its text.
    fn every_fault() -> Vec<Box<dyn Fault>> {
        let (origin, at) = ("mine.yaml", "mine.yaml");
        vec![
            Box::new(DatasetFault::CannotRead {
                origin,
                reason: "没有权限",
                kind: Some(io::ErrorKind::PermissionDenied),
            }),
            Box::new(DatasetFault::CannotRead {
                origin,
                reason: "文件或目录不存在",
                kind: Some(io::ErrorKind::NotFound),
            }),
            Box::new(DatasetFault::CannotRead { origin, reason: "x", kind: None }),
            Box::new(DatasetFault::IsDirectory { origin }),
            Box::new(DatasetFault::TooLarge { origin, size: 70_000_000, limit: 64_000_000 }),
            Box::new(DatasetFault::Empty { origin }),
            Box::new(DatasetFault::NotUtf8 { at, byte: 0xff }),
            Box::new(DatasetFault::TooDeep { at, levels: 64 }),
            Box::new(DatasetFault::TooIndented { at, column: 400 }),
            Box::new(DatasetFault::TooManyAliases { at, written: 100, expanded: 100_000_000 }),
            Box::new(DatasetFault::Yaml { at, message: "missing field `source`" }),
            Box::new(DatasetFault::Yaml { at, message: "unknown field `titel`, expected one of `title`, `text`" }),
            Box::new(DatasetFault::Yaml { at, message: "invalid type: string \"x\", expected a sequence" }),
            Box::new(DatasetFault::Yaml { at, message: "recursion limit exceeded" }),
            Box::new(DatasetFault::Yaml { at, message: "repetition limit exceeded" }),
            Box::new(RuleFault::NoDistricts),
            Box::new(RuleFault::EmptyId { thing: Thing::District }),
            Box::new(RuleFault::NotKebab { id: "Waste_Sorting" }),
            Box::new(RuleFault::RepeatedId { thing: Thing::Theme, first: 3, name: "垃圾分类" }),
            Box::new(RuleFault::RepeatedId { thing: Thing::District, first: 1, name: "东城" }),
            Box::new(RuleFault::Blank { field: Blank::Pinyin }),
            Box::new(RuleFault::NoText),
            Box::new(RuleFault::NoTitle),
            Box::new(RuleFault::UnknownTheme { id: "wast-sorting", nearest: Some("waste-sorting") }),
            Box::new(RuleFault::UnknownTheme { id: "zz", nearest: None }),
            Box::new(RuleFault::NotANumber { value: "三" }),
            Box::new(RuleFault::NotQuoted { figure: "85个" }),
            Box::new(BookmarksFault::Unreadable { path: "b.json", reason: "没有权限", kind: None }),
            Box::new(BookmarksFault::Unreadable {
                path: "b.json",
                reason: "是目录",
                kind: Some(io::ErrorKind::IsADirectory),
            }),
            Box::new(BookmarksFault::Invalid {
                path: "b.json",
                why: Corrupt::NotJson { line: 1, column: 2, message: "expected value" },
                saving: true,
            }),
            Box::new(BookmarksFault::Invalid {
                path: "b.json",
                why: Corrupt::Newer { version: 9, ours: 1 },
                saving: false,
            }),
            Box::new(BookmarksFault::Unwritable { path: "b.json", reason: "磁盘已满" }),
            Box::new(BookmarksFault::NoHome),
            Box::new(BookmarksFault::DirectoryUnwritable { dir: "/data/liangdian", reason: "没有权限" }),
            Box::new(BookmarksFault::ChangedElsewhere { what: "东城 2" }),
            Box::new(CommandLineFault::StdoutUnwritable { reason: "磁盘已满" }),
            Box::new(CommandLineFault::NotATerminal),
            Box::new(TerminalFault::TerminalFailed { reason: "没有权限" }),
            Box::new(TerminalFault::LoaderPanicked { what: "出错" }),
            Box::new(TerminalFault::LoaderVanished),
        ]
    }

    #[test]
    fn chinese_reports_use_chinese_punctuation() {
        for fault in every_fault() {
            let (zh, brief) = (fault.report(Lang::Zh), fault.brief(Lang::Zh).whole());
            assert_eq!(super::super::ascii_in_chinese_prose(&zh), None, "{fault:?}: «{zh}»");
            assert!(zh.contains("\n  提示："), "{fault:?}: {zh}");
            assert_eq!(super::super::ascii_in_chinese_prose(&brief), None, "{fault:?}: «{brief}»");
        }
    }

    #[test]
    fn english_reports_keep_their_words() {
        for fault in every_fault() {
            let en = fault.report(Lang::En);
            assert!(!en.contains('：') && !en.contains('；') && !en.contains('（'), "{fault:?}: {en}");
            assert!(en.contains("\n  hint: "), "{fault:?}: {en}");
        }
        let f = RuleFault::UnknownTheme { id: "wast-sorting", nearest: Some("waste-sorting") };
        assert_eq!(f.what(Lang::En), "refers to an unknown theme 'wast-sorting'");
        assert_eq!(f.hint(Lang::En), "did you mean 'waste-sorting'? Theme ids are listed under `themes:`");
    }

    #[test]
    fn serde_yaml_messages_of_known_forms_read_in_chinese() {
        let zh = |m| DatasetFault::Yaml { at: "f", message: m }.what(Lang::Zh);
        assert_eq!(zh("missing field `source`"), "f：缺少键 `source`");
        assert_eq!(
            zh("unknown field `titel`, expected one of `title`, `text`, `themes`"),
            "f：未知的键 `titel`；此处可用的键：`title`、`text`、`themes`"
        );
        assert_eq!(zh("unknown field `x`, expected `a` or `b`"), "f：未知的键 `x`；此处可用的键：`a`、`b`");
        assert_eq!(
            zh("invalid type: string \"x\", expected a sequence"),
            "f：值的类型不对：这里是字符串 \"x\"，应为列表"
        );
        assert_eq!(zh("invalid type: sequence, expected struct Highlight"), "f：值的类型不对：这里是列表，应为映射");
        assert_eq!(zh("districts[0]: missing field `name`"), "f：`districts[0]`：缺少键 `name`");
        assert_eq!(
            zh("found unexpected end of stream at line 2 column 1, while scanning a quoted scalar"),
            "f：引号没有闭合"
        );
        // An unknown form keeps the parser's words, so nothing is lost.
        assert_eq!(zh("a message of a new form"), "f：YAML 有误（a message of a new form）");
    }

    #[test]
    fn the_programs_own_type_names_are_said_as_a_reader_knows_them() {
        let en = |m| DatasetFault::Yaml { at: "f", message: m }.what(Lang::En);
        let zh = |m| DatasetFault::Yaml { at: "f", message: m }.what(Lang::Zh);
        assert_eq!(
            en("source.year: invalid type: string \"二\", expected u16"),
            "f: source.year: invalid type: string \"二\", expected a whole number from 0 to 65535"
        );
        assert_eq!(
            zh("invalid type: string \"二\", expected u16"),
            "f：值的类型不对：这里是字符串 \"二\"，应为介于 0 和 65535 之间的整数"
        );
        // The right kind out of range is not a wrong type.
        assert_eq!(
            zh("invalid value: integer `70000`, expected u16"),
            "f：值超出范围：这里是整数 `70000`，应为介于 0 和 65535 之间的整数"
        );
        let hint =
            DatasetFault::Yaml { at: "f", message: "invalid value: integer `70000`, expected u16" }.hint(Lang::En);
        assert!(hint.starts_with("this value is outside what the key takes"), "{hint}");
        assert_eq!(
            en("invalid type: sequence, expected struct Dataset"),
            "f: invalid type: sequence, expected a mapping of keys"
        );
        assert_eq!(zh("duplicate field `title`"), "f：键 `title` 重复");
        let json =
            Corrupt::NotJson { line: 2, column: 0, message: "invalid type: sequence, expected struct FileShape" };
        assert_eq!(json.what(Lang::En), "line 2, column 1: invalid type: sequence, expected a mapping of keys");
        let usize = Corrupt::NotJson { line: 1, column: 9, message: "invalid type: string \"1\", expected usize" };
        assert_eq!(usize.what(Lang::Zh), "第 1 行第 9 列：值的类型不对：这里是字符串 \"1\"，应为不小于 0 的整数");
    }

    #[test]
    fn a_parsers_positions_are_taken_out_of_its_message_and_nothing_else() {
        assert_eq!(
            without_positions(
                "found unexpected end of stream at line 27 column 1, while scanning a quoted scalar at line 3 column 9"
            ),
            "found unexpected end of stream, while scanning a quoted scalar"
        );
        assert_eq!(without_positions("expected value at line 1 column 2"), "expected value");
        assert_eq!(without_positions("a title at line one"), "a title at line one", "words, not a position");
    }

    #[test]
    fn system_reasons_of_common_kinds_read_in_chinese() {
        let e = io::Error::from_raw_os_error(13);
        assert_eq!(io_reason(&e, Lang::Zh), "没有权限（系统错误 13）");
        assert_eq!(io_reason(&e, Lang::En), e.to_string());
        let odd = io::Error::other("strange");
        assert_eq!(io_reason(&odd, Lang::Zh), "strange");
    }

    #[test]
    fn subjects_name_the_place_in_both_languages() {
        let s = Subject::Highlight { district: 2, id: "xicheng", number: 3 };
        assert_eq!(s.text(Lang::En), "district 'xicheng', highlight 3");
        assert_eq!(s.text(Lang::Zh), "区 `xicheng` 的第 3 条亮点");
        assert_eq!(Subject::Theme { number: 4, id: "" }.text(Lang::Zh), "第 4 个主题");
    }
}
