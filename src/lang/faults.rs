//! What can go wrong outside the interface's own logic, said in both languages: a dataset file that cannot
//! be read or is not valid, the bookmarks file, standard output, the terminal. Each fault has what went wrong
//! and what to do about it (the hint); the error types keep the facts and ask here for the words, so a
//! Chinese reader gets the whole report in Chinese.
//!
//! The parsers' own words (serde_yaml's, serde_json's, the operating system's) are translated where their
//! form is known and kept as they are otherwise, so nothing they say is lost.

use std::io;

use super::Lang;

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
}

/// One fault: the facts it carries are filled in by the error that has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault<'a> {
    // A dataset file as a whole.
    CannotRead {
        origin: &'a str,
        reason: &'a str,
        kind: Option<io::ErrorKind>,
    },
    IsDirectory {
        origin: &'a str,
    },
    TooLarge {
        origin: &'a str,
        size: u64,
        limit: u64,
    },
    Empty {
        origin: &'a str,
    },
    /// `at` is the file with its line and column (`districts.yaml:3:7`), as editors read it.
    NotUtf8 {
        at: &'a str,
        byte: u8,
    },
    TooDeep {
        at: &'a str,
        levels: usize,
    },
    TooIndented {
        at: &'a str,
        column: usize,
    },
    TooManyAliases {
        at: &'a str,
        written: u64,
        expanded: u64,
    },
    /// serde_yaml's message, without its position.
    Yaml {
        at: &'a str,
        message: &'a str,
    },

    // One broken rule of a dataset.
    NoDistricts,
    EmptyId {
        thing: Thing,
    },
    NotKebab {
        id: &'a str,
    },
    RepeatedId {
        thing: Thing,
        first: usize,
        name: &'a str,
    },
    Blank {
        field: Blank,
    },
    NoText,
    NoTitle,
    UnknownTheme {
        id: &'a str,
        nearest: Option<&'a str>,
    },
    NotANumber {
        value: &'a str,
    },
    NotQuoted {
        figure: &'a str,
    },

    // The bookmarks file.
    BookmarksUnreadable {
        path: &'a str,
        reason: &'a str,
        kind: Option<io::ErrorKind>,
    },
    /// `reason` is [`Fault::NewerFile`] or [`Fault::NotJson`] in the same language; `newer` says which.
    BookmarksInvalid {
        path: &'a str,
        reason: &'a str,
        newer: bool,
        /// Was a change being saved (which then was not)?
        saving: bool,
    },
    NewerFile {
        version: u32,
        ours: u32,
    },
    NotJson {
        line: usize,
        column: usize,
        message: &'a str,
    },
    BookmarksUnwritable {
        path: &'a str,
        reason: &'a str,
    },
    NoHome,
    ChangedElsewhere {
        what: &'a str,
    },

    // The program's surroundings.
    StdoutUnwritable {
        reason: &'a str,
    },
    NotATerminal,
    TerminalFailed {
        reason: &'a str,
    },
    LoaderPanicked {
        what: &'a str,
    },
    LoaderVanished,
}

impl Fault<'_> {
    /// What went wrong, in one sentence without its hint.
    pub fn what(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match *self {
            Fault::CannotRead { origin, reason, .. } if en => format!("cannot read {origin}: {reason}"),
            Fault::CannotRead { origin, reason, .. } => format!("无法读取 {origin}：{reason}"),
            Fault::IsDirectory { origin } if en => format!("cannot read {origin}: it is a directory"),
            Fault::IsDirectory { origin } => format!("无法读取 {origin}：这是一个目录"),
            Fault::TooLarge { origin, size, limit } if en => {
                format!("{origin} is {size} bytes, over the {limit}-byte limit for a dataset")
            }
            Fault::TooLarge { origin, size, limit } => {
                format!("{origin} 有 {size} 字节，超过数据集 {limit} 字节的上限")
            }
            Fault::Empty { origin } if en => format!("{origin} is empty"),
            Fault::Empty { origin } => format!("{origin} 是空文件"),
            Fault::NotUtf8 { at, byte } if en => format!("{at}: not UTF-8 text (byte 0x{byte:02x})"),
            Fault::NotUtf8 { at, byte } => format!("{at}：不是 UTF-8 文本（字节 0x{byte:02x}）"),
            Fault::TooDeep { at, levels } if en => format!("{at}: collections nest more than {levels} levels deep"),
            Fault::TooDeep { at, levels } => format!("{at}：集合嵌套超过 {levels} 层"),
            Fault::TooIndented { at, column } if en => format!("{at}: this line nests past column {column}"),
            Fault::TooIndented { at, column } => format!("{at}：这一行的缩进超过第 {column} 列"),
            Fault::TooManyAliases { at, written, expanded } if en => {
                format!("{at}: YAML aliases would expand its values from about {written} to {expanded} bytes")
            }
            Fault::TooManyAliases { at, written, expanded } => {
                format!("{at}：YAML 别名会把内容从约 {written} 字节展开到 {expanded} 字节")
            }
            Fault::Yaml { at, message } if en => format!("{at}: {}", plain_english(message)),
            Fault::Yaml { at, message } => format!("{at}：{}", yaml_in_chinese(message)),

            Fault::NoDistricts if en => "has no districts".to_string(),
            Fault::NoDistricts => "没有区".to_string(),
            Fault::EmptyId { thing } if en => format!("has an empty {} id", thing.word(lang)),
            Fault::EmptyId { thing } => format!("{} id 为空", thing.word(lang)),
            Fault::NotKebab { id } if en => format!("has an id '{id}' that is not kebab-case"),
            Fault::NotKebab { id } => format!("id `{id}` 不是 kebab-case 格式"),
            Fault::RepeatedId { thing, first, name } if en => {
                format!("repeats the id of {} {first} ({name})", thing.word(lang))
            }
            Fault::RepeatedId { thing, first, name } => {
                format!("与第 {first} 个{}（{name}）的 id 重复", thing.word(lang))
            }
            Fault::Blank { field } if en => format!("has an empty {}", field.word(lang)),
            Fault::Blank { field } => format!("{}为空", field.word(lang)),
            Fault::NoText if en => "has neither a lead nor highlights".to_string(),
            Fault::NoText => "既没有导语也没有亮点".to_string(),
            Fault::NoTitle if en => "has no title".to_string(),
            Fault::NoTitle => "没有标题".to_string(),
            Fault::UnknownTheme { id, .. } if en => format!("refers to an unknown theme '{id}'"),
            Fault::UnknownTheme { id, .. } => format!("引用了不存在的主题 `{id}`"),
            Fault::NotANumber { value } if en => format!("has a figure whose value '{value}' is not a number"),
            Fault::NotANumber { value } => format!("有一项数据的值 `{value}` 不是数字"),
            Fault::NotQuoted { figure } if en => format!("has a figure '{figure}' that its text does not contain"),
            Fault::NotQuoted { figure } => format!("数据 `{figure}` 不在这条亮点的正文里"),

            Fault::BookmarksUnreadable { path, reason, .. } if en => {
                format!("cannot read the bookmarks in {path}: {reason}")
            }
            Fault::BookmarksUnreadable { path, reason, .. } => format!("无法读取书签文件 {path}：{reason}"),
            Fault::BookmarksInvalid { path, reason, saving, .. } if en => {
                let saved = if saving { " and nothing was saved" } else { "" };
                format!("the bookmarks file {path} is not valid ({reason}); it was left as it is{saved}")
            }
            Fault::BookmarksInvalid { path, reason, saving, .. } => {
                let saved = if saving { "，没有保存任何改动" } else { "" };
                format!("书签文件 {path} 无效（{reason}）；文件保持原样{saved}")
            }
            Fault::NewerFile { version, ours } if en => {
                format!("its format is of version {version}, newer than this liangdian's {ours}")
            }
            Fault::NewerFile { version, ours } => format!("文件格式版本 {version} 高于本程序支持的 {ours}"),
            // serde_json counts a position before the first character of a line as column 0.
            Fault::NotJson { line, column, message } if en => {
                format!("line {line}, column {}: {}", column.max(1), plain_english(message))
            }
            Fault::NotJson { line, column, message } => {
                format!("第 {line} 行第 {} 列：{}", column.max(1), json_in_chinese(message))
            }
            Fault::BookmarksUnwritable { path, reason } if en => {
                format!("cannot save the bookmarks in {path}: {reason}")
            }
            Fault::BookmarksUnwritable { path, reason } => format!("无法把书签保存到 {path}：{reason}"),
            Fault::NoHome if en => "no place for bookmarks: neither XDG_DATA_HOME nor HOME is set".to_string(),
            Fault::NoHome => "没有存放书签的位置：`XDG_DATA_HOME` 和 `HOME` 都没有设置".to_string(),
            Fault::ChangedElsewhere { what } if en => {
                format!("the bookmark on {what} was changed in another window since you read it, so it was not deleted")
            }
            Fault::ChangedElsewhere { what } => {
                format!("{what}上的书签在你读过之后已在另一个窗口中改动，所以没有删除")
            }

            Fault::StdoutUnwritable { reason } if en => format!("cannot write to standard output: {reason}"),
            Fault::StdoutUnwritable { reason } => format!("无法写入标准输出：{reason}"),
            Fault::NotATerminal if en => "standard output is not a terminal, and the browser needs one".to_string(),
            Fault::NotATerminal => "标准输出不是终端，而浏览界面需要终端".to_string(),
            Fault::TerminalFailed { reason } if en => format!("the terminal failed: {reason}"),
            Fault::TerminalFailed { reason } => format!("终端出错：{reason}"),
            Fault::LoaderPanicked { what } if en => format!("loading stopped unexpectedly: the loader {what}"),
            Fault::LoaderPanicked { what } => format!("加载意外中止：加载线程{what}"),
            Fault::LoaderVanished if en => "loading stopped unexpectedly".to_string(),
            Fault::LoaderVanished => "加载意外中止".to_string(),
        }
    }

    /// What to do about it.
    pub fn hint(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let not_a_dataset = || {
            lang.pick(
                "a dataset nests about seven levels deep; this file is probably not a dataset",
                "数据集的嵌套约为七层，这个文件大概不是数据集",
            )
            .to_string()
        };
        let pick = |en: &str, zh: &str| lang.pick(en, zh).to_string();
        match *self {
            Fault::CannotRead { kind: Some(io::ErrorKind::NotFound), .. } => {
                pick("check the path and the file name", "检查路径和文件名")
            }
            Fault::BookmarksUnreadable { kind: Some(io::ErrorKind::IsADirectory), .. } => pick(
                "name a file, not a directory, in LIANGDIAN_BOOKMARKS",
                "`LIANGDIAN_BOOKMARKS` 应当指向文件，而不是目录",
            ),
            Fault::CannotRead { kind: Some(io::ErrorKind::PermissionDenied), .. }
            | Fault::BookmarksUnreadable { .. } => pick("check the file's permissions", "检查文件的权限"),
            Fault::CannotRead { .. } => {
                pick("check that the path names a readable YAML file", "确认路径指向一个可读的 YAML 文件")
            }
            Fault::IsDirectory { .. } => pick(
                "name a YAML file inside it, such as assets/districts.yaml",
                "请指定其中的 YAML 文件，例如 `assets/districts.yaml`",
            ),
            Fault::TooLarge { .. } => pick(
                "check that this is the file you meant; a dataset of 10,000 districts is about 20 MB",
                "请确认这是要打开的文件；一万个区的数据集约 20 MB",
            ),
            Fault::Empty { .. } => pick(
                "a dataset needs at least `source:` and `districts:`; see the README's dataset schema",
                "数据集至少要有 `source:` 和 `districts:`；格式见 README 的数据集一节",
            ),
            Fault::NotUtf8 { .. } => pick("save the file as UTF-8", "请以 UTF-8 编码保存文件"),
            Fault::TooDeep { .. } | Fault::TooIndented { .. } => not_a_dataset(),
            Fault::TooManyAliases { .. } => pick(
                "write repeated values out instead of referring to them with aliases",
                "把重复的值直接写出来，不要用别名引用",
            ),
            Fault::Yaml { message, .. } => yaml_hint(message, lang),

            Fault::NoDistricts => {
                pick("add at least one district under `districts:`", "在 `districts:` 下至少加一个区")
            }
            Fault::EmptyId { .. } | Fault::NotKebab { .. } => pick(
                "use lowercase ASCII letters and digits joined by hyphens, such as 'waste-sorting'",
                "用小写 ASCII 字母和数字，以连字符相连，例如 `waste-sorting`",
            ),
            Fault::RepeatedId { thing: Thing::District, .. } => {
                pick("give each district its own id", "每个区要有自己的 id")
            }
            Fault::RepeatedId { thing: Thing::Theme, .. } => {
                pick("give each theme its own id, or merge the two", "每个主题要有自己的 id，或把两个合并")
            }
            Fault::Blank { .. } => pick("fill it in or remove the entry", "填上内容，或删去这一项"),
            Fault::NoText => pick("add the district's text", "补上这个区的正文"),
            Fault::NoTitle => pick("write a short label under `title:`", "在 `title:` 下写一个简短的标题"),
            Fault::UnknownTheme { nearest: Some(near), .. } if en => {
                format!("did you mean '{near}'? Theme ids are listed under `themes:`")
            }
            Fault::UnknownTheme { nearest: Some(near), .. } => format!("是不是 `{near}`？主题 id 都列在 `themes:` 下"),
            Fault::UnknownTheme { nearest: None, .. } => pick(
                "add it under `themes:` or use one of the ids listed there",
                "把它加到 `themes:` 下，或改用那里列出的 id",
            ),
            Fault::NotANumber { .. } => pick(
                "write the digits as the text has them, such as \"3.7\"; put words in `unit` or `what`",
                "按正文的写法写出数字，例如 `3.7`；文字放进 `unit` 或 `what`",
            ),
            Fault::NotQuoted { .. } => pick(
                "a figure quotes its highlight: `value` then `unit` as they stand in `text`",
                "数据须照录亮点原文：`value` 和 `unit` 要与 `text` 中的写法一致",
            ),

            Fault::BookmarksInvalid { newer: true, .. } | Fault::NewerFile { .. } => pick(
                "it was written by a later liangdian: use that one, or move the file away to start a new one",
                "它由更新版本的 liangdian 写成：请使用那个版本，或把它移走以新建一个",
            ),
            Fault::BookmarksInvalid { .. } | Fault::NotJson { .. } => {
                pick("fix it by hand, or move it away to start a new one", "手工修正它，或把它移走以新建一个")
            }
            Fault::BookmarksUnwritable { .. } => pick("check that the directory can be written", "确认目录可以写入"),
            Fault::NoHome => {
                pick("set XDG_DATA_HOME to a directory you can write", "把 `XDG_DATA_HOME` 设为一个可写的目录")
            }
            Fault::ChangedElsewhere { .. } => {
                pick("open the bookmarks again to see its note", "重新打开书签，查看它的笔记")
            }

            Fault::StdoutUnwritable { .. } => {
                pick("check the file or pipe the output goes to", "检查输出去往的文件或管道")
            }
            Fault::NotATerminal => pick(
                "run it in a terminal, or print with a subcommand: `liangdian list`, `liangdian show DISTRICT` (see --help)",
                "请在终端中运行，或用子命令输出：`liangdian list`、`liangdian show 区名`（见 `--help`）",
            ),
            Fault::TerminalFailed { .. } => {
                pick("check that TERM names your terminal, then try again", "确认 `TERM` 写的是你的终端，然后重试")
            }
            Fault::LoaderPanicked { .. } => pick(
                "this is a bug in liangdian; please report it with this message and the file being loaded",
                "这是 liangdian 的缺陷，请连同这条消息和正在加载的文件一起报告",
            ),
            Fault::LoaderVanished => {
                pick("run `liangdian check FILE` to see what is wrong", "运行 `liangdian check 文件` 查看问题所在")
            }
        }
    }

    /// What went wrong in a few words, for the status line (the bookmarks' faults; any other is its `what`).
    pub fn brief(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match *self {
            Fault::BookmarksUnreadable { path, reason, .. } if en => format!("cannot read {path}: {reason}"),
            Fault::BookmarksUnreadable { path, reason, .. } => format!("无法读取 {path}：{reason}"),
            Fault::BookmarksInvalid { path, reason, .. } if en => format!("{path} is not valid ({reason})"),
            Fault::BookmarksInvalid { path, reason, .. } => format!("{path} 无效（{reason}）"),
            Fault::BookmarksUnwritable { path, reason } if en => format!("cannot write {path}: {reason}"),
            Fault::BookmarksUnwritable { path, reason } => format!("无法写入 {path}：{reason}"),
            Fault::NoHome if en => "no HOME or XDG_DATA_HOME to keep them in".to_string(),
            Fault::NoHome => "没有可存放书签的 `HOME` 或 `XDG_DATA_HOME`".to_string(),
            Fault::ChangedElsewhere { .. } if en => "changed in another window since; not deleted".to_string(),
            Fault::ChangedElsewhere { .. } => "已在另一个窗口中改动，没有删除".to_string(),
            _ => self.what(lang),
        }
    }

    /// What went wrong and, on the next line, what to do: `what\n  hint: …` (`提示：…` in Chinese), as every
    /// failure is reported on standard error.
    pub fn report(&self, lang: Lang) -> String {
        lang.with_hint(&self.what(lang), &self.hint(lang))
    }
}

impl Thing {
    fn word(self, lang: Lang) -> &'static str {
        match self {
            Thing::District => lang.pick("district", "区"),
            Thing::Theme => lang.pick("theme", "主题"),
        }
    }
}

impl Blank {
    fn word(self, lang: Lang) -> &'static str {
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
            Subject::Highlight { district: d, id, number } if en => format!("{}, highlight {number}", district(d, id)),
            Subject::Highlight { district: d, id, number } => format!("{} 的第 {number} 条亮点", district(d, id)),
        }
    }
}

/// The operating system's reason for a failed file operation. In Chinese the common kinds are said in
/// Chinese; any other keeps the system's own words.
pub fn io_reason(e: &io::Error, lang: Lang) -> String {
    use io::ErrorKind as K;
    if lang == Lang::En {
        return e.to_string();
    }
    let zh = match e.kind() {
        K::NotFound => "文件或目录不存在",
        K::PermissionDenied => "没有权限",
        K::AlreadyExists => "已经存在",
        K::IsADirectory => "这是一个目录",
        K::NotADirectory => "路径中有一项不是目录",
        K::ReadOnlyFilesystem => "文件系统是只读的",
        K::StorageFull => "磁盘已满",
        K::FileTooLarge => "文件太大",
        K::InvalidData => "内容无效",
        K::UnexpectedEof => "文件意外结束",
        K::BrokenPipe => "管道已关闭",
        K::Interrupted => "操作被中断",
        _ => return e.to_string(),
    };
    match e.raw_os_error() {
        Some(code) => format!("{zh}（系统错误 {code}）"),
        None => zh.to_string(),
    }
}

/// serde_yaml's message in Chinese where its form is known: a missing or unknown key, a value of the wrong
/// type, a parser limit. Anything else is the parser's own words after a Chinese lead.
fn yaml_in_chinese(message: &str) -> String {
    // serde_yaml names the value the message is about first ("districts[0].highlights[1]: missing field …").
    let path = message.split_once(": ").map(|(p, _)| p).filter(|p| !p.is_empty() && !p.contains(' '));
    if let Some(path) = path {
        return format!("`{path}`：{}", yaml_in_chinese(&message[path.len() + 2..]));
    }
    if let Some(said) = serde_in_chinese(message) {
        return said;
    }
    if message.contains("recursion limit exceeded") {
        return "嵌套层数超过了解析器的上限".to_string();
    }
    if message.contains("repetition limit exceeded") {
        return "别名展开的次数超过了解析器的上限".to_string();
    }
    // The YAML parser's own words for the common slips.
    let slips = [
        ("while scanning a quoted scalar", "引号没有闭合"),
        ("found character that cannot start any token", "这里的字符不能开始一个值（常见原因：用制表符缩进）"),
        ("found a tab character", "缩进中有制表符；YAML 只能用空格缩进"),
        ("did not find expected key", "没有找到应有的键（常见原因：缩进不齐，或前面的引号没有闭合）"),
        ("mapping values are not allowed in this context", "这里不能有键值（常见原因：值中有未加引号的冒号）"),
        ("did not find expected '-' indicator", "没有找到应有的 `-`（常见原因：列表缩进不齐）"),
        ("did not find expected ',' or ']'", "方括号列表没有闭合：缺少 `,` 或 `]`"),
        ("did not find expected ',' or '}'", "花括号映射没有闭合：缺少 `,` 或 `}`"),
        ("could not find expected ':'", "缺少应有的冒号"),
        ("did not find expected node content", "缺少应有的值"),
        ("found unexpected end of stream", "文件意外结束"),
        ("found undefined alias", "引用了未定义的别名"),
    ];
    if let Some((_, zh)) = slips.iter().find(|(en, _)| message.contains(en)) {
        return zh.to_string();
    }
    format!("YAML 有误（{message}）")
}

/// A parser's message without every " at line L column C" in it (serde_yaml writes it once or twice, the
/// parser's own position inside; serde_json at the end): the position is reported in front instead.
pub fn without_positions(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let line = digits(after);
        match after[line..].strip_prefix(" column ") {
            Some(col) if line > 0 && digits(col) > 0 => rest = &col[digits(col)..],
            _ => {
                out.push_str(" at line ");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// serde's own messages, alike for YAML and JSON: a missing or unknown key, a value of the wrong type.
fn serde_in_chinese(message: &str) -> Option<String> {
    if let Some(key) = message.strip_prefix("missing field ") {
        return Some(format!("缺少键 {key}"));
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (key, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return Some(match expected.strip_prefix("one of ") {
            Some(list) => format!("未知的键 {key}；此处可用的键：{}", list.replace(", ", "、")),
            None if !expected.is_empty() => format!("未知的键 {key}；此处可用的键：{}", expected.replace(" or ", "、")),
            None => format!("未知的键 {key}"),
        });
    }
    if let Some(key) = message.strip_prefix("duplicate field ") {
        return Some(format!("键 {key} 重复"));
    }
    let said = |rest: &str, what: &str| {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "?"));
        format!("{what}：这里是{}，应为{}", kind_in_chinese(found), kind_in_chinese(expected))
    };
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return Some(said(rest, "值的类型不对"));
    }
    // The right kind, outside what the key takes (a year of 70000).
    message.strip_prefix("invalid value: ").map(|rest| said(rest, "值超出范围"))
}

/// A kind of value as serde names it ("a sequence", "string \"abc\"", "struct Highlight").
fn kind_in_chinese(kind: &str) -> String {
    let (head, rest) = kind.split_once(' ').unwrap_or((kind, ""));
    if let Some((_, zh)) = rust_number(head) {
        return zh.to_string();
    }
    let head = match head {
        "a" | "an" => return kind_in_chinese(rest),
        "sequence" => "列表",
        "map" | "struct" => "映射",
        "string" => "字符串",
        "floating" => "小数",
        "integer" => "整数",
        "boolean" => "布尔值",
        "unit" | "null" => "空值",
        "character" => "字符",
        _ => return format!("「{kind}」"),
    };
    // A string's or a number's value follows its kind: kept, as it names what was found.
    match rest {
        "" | "value" | "point" => head.to_string(),
        value
            if value.starts_with('"')
                || value.starts_with('`')
                || value.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '.') =>
        {
            format!("{head} {value}")
        }
        _ => head.to_string(),
    }
}

/// A Rust number type as serde names what it expected (u16, usize, f64), in words with what it takes:
/// (English, Chinese); `None` for anything else.
fn rust_number(kind: &str) -> Option<(&'static str, &'static str)> {
    Some(match kind {
        "u8" => ("a whole number from 0 to 255", "介于 0 和 255 之间的整数"),
        "u16" => ("a whole number from 0 to 65535", "介于 0 和 65535 之间的整数"),
        "u32" => ("a whole number from 0 to 4294967295", "介于 0 和 4294967295 之间的整数"),
        "u64" | "u128" | "usize" => ("a whole number, 0 or more", "不小于 0 的整数"),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => ("a whole number", "整数"),
        "f32" | "f64" => ("a number", "数字"),
        _ => return None,
    })
}

/// serde's English with the program's own type names said as a reader knows them: `expected u16` is
/// `expected a whole number`, `expected struct FileShape` is `expected a mapping of keys`.
fn plain_english(message: &str) -> String {
    let Some((before, expected)) = message.rsplit_once("expected ") else { return message.to_string() };
    let word = expected.split([' ', ',']).next().unwrap_or_default();
    let plain = match rust_number(word) {
        Some((en, _)) => en,
        None if word == "struct" => "a mapping of keys",
        None => return message.to_string(),
    };
    // `struct Name` is two words; a number type one.
    let skip =
        if word == "struct" { expected.splitn(3, ' ').take(2).map(str::len).sum::<usize>() + 1 } else { word.len() };
    format!("{before}expected {plain}{}", &expected[skip.min(expected.len())..])
}

/// What to do about one of serde_yaml's messages.
fn yaml_hint(message: &str, lang: Lang) -> String {
    let (en, zh) = if message.contains("missing field") {
        ("add the missing key; the README lists the dataset's keys", "补上缺少的键；README 列出了数据集的所有键")
    } else if message.contains("unknown field") {
        ("check the key's spelling; the message lists the keys allowed here", "检查键的拼写；上面列出了此处可用的键")
    } else if message.contains("recursion limit") {
        (
            "the file nests far deeper than a dataset does; it is probably not a dataset",
            "这个文件的嵌套远深于数据集，大概不是数据集",
        )
    } else if message.contains("repetition limit") {
        (
            "the file expands YAML aliases too many times; write the values out instead",
            "这个文件展开 YAML 别名的次数过多；请把值直接写出来",
        )
    } else if message.contains("invalid value") {
        (
            "this value is outside what the key takes; the README's dataset schema shows each key's values",
            "这个值超出了这个键的取值；README 的数据集一节写明了每个键的取值",
        )
    } else if message.contains("invalid type") {
        (
            "this value has the wrong kind; the README's dataset schema shows each key's kind",
            "这个值的类型不对；README 的数据集一节写明了每个键的类型",
        )
    } else {
        ("fix the YAML syntax at this position", "修正此处的 YAML 语法")
    };
    lang.pick(en, zh).to_string()
}

/// serde_json's message (without its position) in Chinese where its form is known; anything else is kept.
fn json_in_chinese(message: &str) -> String {
    if let Some(said) = serde_in_chinese(message) {
        return said;
    }
    match message {
        "EOF while parsing a value" | "EOF while parsing an object" | "EOF while parsing a list" => {
            "文件在一个值的中间结束".to_string()
        }
        "expected value" => "这里应当是一个值".to_string(),
        "trailing comma" => "多了一个逗号".to_string(),
        "key must be a string" => "键必须是字符串".to_string(),
        other => format!("JSON 有误（{other}）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fault, with facts that show in its text.
    fn every_fault() -> Vec<Fault<'static>> {
        let (origin, at) = ("mine.yaml", "mine.yaml");
        vec![
            Fault::CannotRead { origin, reason: "没有权限", kind: Some(io::ErrorKind::PermissionDenied) },
            Fault::CannotRead { origin, reason: "文件或目录不存在", kind: Some(io::ErrorKind::NotFound) },
            Fault::CannotRead { origin, reason: "x", kind: None },
            Fault::IsDirectory { origin },
            Fault::TooLarge { origin, size: 70_000_000, limit: 64_000_000 },
            Fault::Empty { origin },
            Fault::NotUtf8 { at, byte: 0xff },
            Fault::TooDeep { at, levels: 64 },
            Fault::TooIndented { at, column: 400 },
            Fault::TooManyAliases { at, written: 100, expanded: 100_000_000 },
            Fault::Yaml { at, message: "missing field `source`" },
            Fault::Yaml { at, message: "unknown field `titel`, expected one of `title`, `text`" },
            Fault::Yaml { at, message: "invalid type: string \"x\", expected a sequence" },
            Fault::Yaml { at, message: "recursion limit exceeded" },
            Fault::Yaml { at, message: "repetition limit exceeded" },
            Fault::NoDistricts,
            Fault::EmptyId { thing: Thing::District },
            Fault::NotKebab { id: "Waste_Sorting" },
            Fault::RepeatedId { thing: Thing::Theme, first: 3, name: "垃圾分类" },
            Fault::RepeatedId { thing: Thing::District, first: 1, name: "东城" },
            Fault::Blank { field: Blank::Pinyin },
            Fault::NoText,
            Fault::NoTitle,
            Fault::UnknownTheme { id: "wast-sorting", nearest: Some("waste-sorting") },
            Fault::UnknownTheme { id: "zz", nearest: None },
            Fault::NotANumber { value: "三" },
            Fault::NotQuoted { figure: "85个" },
            Fault::BookmarksUnreadable { path: "b.json", reason: "没有权限", kind: None },
            Fault::BookmarksUnreadable { path: "b.json", reason: "是目录", kind: Some(io::ErrorKind::IsADirectory) },
            Fault::BookmarksInvalid { path: "b.json", reason: "why", newer: false, saving: true },
            Fault::BookmarksInvalid { path: "b.json", reason: "why", newer: true, saving: false },
            Fault::NewerFile { version: 9, ours: 1 },
            Fault::NotJson { line: 1, column: 2, message: "expected value" },
            Fault::BookmarksUnwritable { path: "b.json", reason: "磁盘已满" },
            Fault::NoHome,
            Fault::ChangedElsewhere { what: "东城 2" },
            Fault::StdoutUnwritable { reason: "磁盘已满" },
            Fault::NotATerminal,
            Fault::TerminalFailed { reason: "没有权限" },
            Fault::LoaderPanicked { what: "出错" },
            Fault::LoaderVanished,
        ]
    }

    #[test]
    fn chinese_reports_use_chinese_punctuation() {
        for fault in every_fault() {
            let (zh, brief) = (fault.report(Lang::Zh), fault.brief(Lang::Zh));
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
        let f = Fault::UnknownTheme { id: "wast-sorting", nearest: Some("waste-sorting") };
        assert_eq!(f.what(Lang::En), "refers to an unknown theme 'wast-sorting'");
        assert_eq!(f.hint(Lang::En), "did you mean 'waste-sorting'? Theme ids are listed under `themes:`");
    }

    #[test]
    fn serde_yaml_messages_of_known_forms_read_in_chinese() {
        let zh = |m| Fault::Yaml { at: "f", message: m }.what(Lang::Zh);
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
        let en = |m| Fault::Yaml { at: "f", message: m }.what(Lang::En);
        let zh = |m| Fault::Yaml { at: "f", message: m }.what(Lang::Zh);
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
        let hint = Fault::Yaml { at: "f", message: "invalid value: integer `70000`, expected u16" }.hint(Lang::En);
        assert!(hint.starts_with("this value is outside what the key takes"), "{hint}");
        assert_eq!(
            en("invalid type: sequence, expected struct Dataset"),
            "f: invalid type: sequence, expected a mapping of keys"
        );
        assert_eq!(zh("duplicate field `title`"), "f：键 `title` 重复");
        let json = Fault::NotJson { line: 2, column: 0, message: "invalid type: sequence, expected struct FileShape" };
        assert_eq!(json.what(Lang::En), "line 2, column 1: invalid type: sequence, expected a mapping of keys");
        let usize = Fault::NotJson { line: 1, column: 9, message: "invalid type: string \"1\", expected usize" };
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
