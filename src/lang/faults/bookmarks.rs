//! The bookmarks file that cannot be read, written or understood, said in both languages; with a brief form
//! for the status line.

use std::io;

use super::Fault;
use super::parsers::{json_in_chinese, plain_english};
use crate::lang::{Lang, Notice};

/// The bookmarks file: it cannot be read or written, or is not a bookmarks file this program can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookmarksFault<'a> {
    Unreadable {
        path: &'a str,
        reason: &'a str,
        kind: Option<io::ErrorKind>,
    },
    Invalid {
        path: &'a str,
        why: Corrupt<'a>,
        /// Was a change being saved (which then was not)?
        saving: bool,
    },
    Unwritable {
        path: &'a str,
        reason: &'a str,
    },
    /// The directory the file is kept in cannot be made or written in.
    DirectoryUnwritable {
        dir: &'a str,
        reason: &'a str,
    },
    NoHome,
    ChangedElsewhere {
        what: &'a str,
    },
}

/// Why a bookmarks file cannot be read as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corrupt<'a> {
    /// It was written in a later format than this program's.
    Newer { version: u32, ours: u32 },
    /// It is not JSON of the bookmarks' shape: where, and the parser's words (without their position).
    NotJson { line: usize, column: usize, message: &'a str },
}

impl Corrupt<'_> {
    /// Why, in a few words.
    pub fn what(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match *self {
            Corrupt::Newer { version, ours } if en => {
                format!("its format is of version {version}, newer than this liangdian's {ours}")
            }
            Corrupt::Newer { version, ours } => format!("文件格式版本 {version} 高于本程序支持的 {ours}"),
            // serde_json counts a position before the first character of a line as column 0.
            Corrupt::NotJson { line, column, message } if en => {
                format!("line {line}, column {}: {}", column.max(1), plain_english(message))
            }
            Corrupt::NotJson { line, column, message } => {
                format!("第 {line} 行第 {} 列：{}", column.max(1), json_in_chinese(message))
            }
        }
    }
}

impl Fault for BookmarksFault<'_> {
    fn what(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match *self {
            BookmarksFault::Unreadable { path, reason, .. } if en => {
                format!("cannot read the bookmarks in {path}: {reason}")
            }
            BookmarksFault::Unreadable { path, reason, .. } => format!("无法读取书签文件 {path}：{reason}"),
            BookmarksFault::Invalid { path, why, saving } if en => {
                let saved = if saving { " and nothing was saved" } else { "" };
                format!("the bookmarks file {path} is not valid ({}); it was left as it is{saved}", why.what(lang))
            }
            BookmarksFault::Invalid { path, why, saving } => {
                let saved = if saving { "，没有保存任何改动" } else { "" };
                format!("书签文件 {path} 无效（{}）；文件保持原样{saved}", why.what(lang))
            }
            BookmarksFault::Unwritable { path, reason } if en => {
                format!("cannot save the bookmarks in {path}: {reason}")
            }
            BookmarksFault::Unwritable { path, reason } => format!("无法把书签保存到 {path}：{reason}"),
            BookmarksFault::DirectoryUnwritable { dir, reason } if en => {
                format!("cannot save the bookmarks: the directory {dir} cannot be written in ({reason})")
            }
            BookmarksFault::DirectoryUnwritable { dir, reason } => {
                format!("无法保存书签：目录 {dir} 不可写入（{reason}）")
            }
            BookmarksFault::NoHome if en => "no place for bookmarks: neither XDG_DATA_HOME nor HOME is set".to_string(),
            BookmarksFault::NoHome => "没有存放书签的位置：`XDG_DATA_HOME` 和 `HOME` 都没有设置".to_string(),
            BookmarksFault::ChangedElsewhere { what } if en => {
                format!("the bookmark on {what} was changed in another window since you read it, so it was not deleted")
            }
            BookmarksFault::ChangedElsewhere { what } => {
                format!("{what}上的书签在你读过之后已在另一个窗口中改动，所以没有删除")
            }
        }
    }

    fn hint(&self, lang: Lang) -> String {
        let pick = |en: &str, zh: &str| lang.pick(en, zh).to_string();
        match *self {
            BookmarksFault::Unreadable { kind: Some(io::ErrorKind::IsADirectory), .. } => pick(
                "name a file, not a directory, in LIANGDIAN_BOOKMARKS",
                "`LIANGDIAN_BOOKMARKS` 应当指向文件，而不是目录",
            ),
            BookmarksFault::Unreadable { .. } => pick("check the file's permissions", "检查文件的权限"),
            BookmarksFault::Invalid { why: Corrupt::Newer { .. }, .. } => pick(
                "it was written by a later liangdian: use that one, or move the file away to start a new one",
                "它由更新版本的 liangdian 写成：请使用那个版本，或把它移走以新建一个",
            ),
            BookmarksFault::Invalid { .. } => {
                pick("fix it by hand, or move it away to start a new one", "手工修正它，或把它移走以新建一个")
            }
            BookmarksFault::Unwritable { .. } => pick("check that the directory can be written", "确认目录可以写入"),
            BookmarksFault::NoHome => {
                pick("set XDG_DATA_HOME to a directory you can write", "把 `XDG_DATA_HOME` 设为一个可写的目录")
            }
            BookmarksFault::DirectoryUnwritable { .. } => pick(
                "make the directory writable, or set LIANGDIAN_BOOKMARKS to a file in one you can write",
                "让该目录可写，或把 `LIANGDIAN_BOOKMARKS` 设为可写目录中的文件",
            ),
            BookmarksFault::ChangedElsewhere { .. } => {
                pick("open the bookmarks again to see its note", "重新打开书签，查看它的笔记")
            }
        }
    }

    /// In a few words, with a short hint: the status line has one line for all of it.
    fn brief(&self, lang: Lang) -> Notice {
        let en = lang == Lang::En;
        let colon = lang.colon();
        let hint = |en_words: &str, zh_words: &str| (colon, lang.pick(en_words, zh_words).to_string());
        let (what, (glue, hint)) = match *self {
            BookmarksFault::Unreadable { path, reason, .. } if en => (
                Notice::new("cannot read ").path(path).words(": ").detail(reason),
                hint("check its permissions", "检查它的权限"),
            ),
            BookmarksFault::Unreadable { path, reason, .. } => (
                Notice::new("无法读取 ").path(path).words("：").detail(reason),
                hint("check its permissions", "检查它的权限"),
            ),
            BookmarksFault::Invalid { path, why, .. } => {
                let what = if en {
                    Notice::new("").path(path).words(" is not valid (").detail(why.what(lang)).words(")")
                } else {
                    Notice::new("").path(path).words(" 无效（").detail(why.what(lang)).words("）")
                };
                let (en_hint, zh_hint) = match why {
                    Corrupt::Newer { .. } => ("update liangdian", "请更新 liangdian"),
                    Corrupt::NotJson { .. } => ("fix or move it", "修正它或把它移走"),
                };
                (what, hint(en_hint, zh_hint))
            }
            BookmarksFault::Unwritable { path, reason } if en => (
                Notice::new("cannot write ").path(path).words(": ").detail(reason),
                hint("check the directory", "检查所在目录"),
            ),
            BookmarksFault::Unwritable { path, reason } => (
                Notice::new("无法写入 ").path(path).words("：").detail(reason),
                hint("check the directory", "检查所在目录"),
            ),
            BookmarksFault::DirectoryUnwritable { dir, reason } if en => (
                Notice::new("cannot write in ").path(dir).words(": ").detail(reason),
                hint("make it writable", "让它可写"),
            ),
            BookmarksFault::DirectoryUnwritable { dir, reason } => (
                Notice::new("无法写入目录 ").path(dir).words("：").detail(reason),
                hint("make it writable", "让它可写"),
            ),
            BookmarksFault::NoHome => (
                Notice::new(lang.pick("HOME is not set", "没有设置 `HOME`")),
                hint("set XDG_DATA_HOME", "设置 `XDG_DATA_HOME`"),
            ),
            BookmarksFault::ChangedElsewhere { .. } => (
                Notice::new(lang.pick("changed in another window", "已在另一个窗口中改动")),
                hint("see its new note", "查看它的新笔记"),
            ),
        };
        what.hint(glue, hint)
    }
}
