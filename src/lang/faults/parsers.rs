//! The parsers' own words (serde_yaml's, serde_json's) and the operating system's, translated where their
//! form is known and kept as they are otherwise, so nothing they say is lost; and what to do about
//! serde_yaml's.

use std::io;

use crate::lang::Lang;

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
pub(super) fn yaml_in_chinese(message: &str) -> String {
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
pub(super) fn plain_english(message: &str) -> String {
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
pub(super) fn yaml_hint(message: &str, lang: Lang) -> String {
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
pub(super) fn json_in_chinese(message: &str) -> String {
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
