//! A dataset that cannot be read (the file as a whole) or is not valid (a broken rule), said in both
//! languages.

use std::io;

use super::parsers::{plain_english, yaml_hint, yaml_in_chinese};
use super::{Blank, Fault, Thing};
use crate::lang::Lang;

/// A dataset file as a whole: it cannot be read, or is not YAML a dataset can be parsed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetFault<'a> {
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
    /// Two editions read together are of one year.
    SameYear {
        year: u16,
        first: &'a str,
        second: &'a str,
    },
    /// A folder given for editions holds no dataset file.
    NoDatasets {
        origin: &'a str,
    },
}

impl Fault for DatasetFault<'_> {
    fn what(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match *self {
            DatasetFault::CannotRead { origin, reason, .. } if en => format!("cannot read {origin}: {reason}"),
            DatasetFault::CannotRead { origin, reason, .. } => format!("无法读取 {origin}：{reason}"),
            DatasetFault::IsDirectory { origin } if en => format!("cannot read {origin}: it is a directory"),
            DatasetFault::IsDirectory { origin } => format!("无法读取 {origin}：这是一个目录"),
            DatasetFault::TooLarge { origin, size, limit } if en => {
                format!("{origin} is {size} bytes, over the {limit}-byte limit for a dataset")
            }
            DatasetFault::TooLarge { origin, size, limit } => {
                format!("{origin} 有 {size} 字节，超过数据集 {limit} 字节的上限")
            }
            DatasetFault::Empty { origin } if en => format!("{origin} is empty"),
            DatasetFault::Empty { origin } => format!("{origin} 是空文件"),
            DatasetFault::NotUtf8 { at, byte } if en => format!("{at}: not UTF-8 text (byte 0x{byte:02x})"),
            DatasetFault::NotUtf8 { at, byte } => format!("{at}：不是 UTF-8 文本（字节 0x{byte:02x}）"),
            DatasetFault::TooDeep { at, levels } if en => {
                format!("{at}: collections nest more than {levels} levels deep")
            }
            DatasetFault::TooDeep { at, levels } => format!("{at}：集合嵌套超过 {levels} 层"),
            DatasetFault::TooIndented { at, column } if en => format!("{at}: this line nests past column {column}"),
            DatasetFault::TooIndented { at, column } => format!("{at}：这一行的缩进超过第 {column} 列"),
            DatasetFault::TooManyAliases { at, written, expanded } if en => {
                format!("{at}: YAML aliases would expand its values from about {written} to {expanded} bytes")
            }
            DatasetFault::TooManyAliases { at, written, expanded } => {
                format!("{at}：YAML 别名会把内容从约 {written} 字节展开到 {expanded} 字节")
            }
            DatasetFault::Yaml { at, message } if en => format!("{at}: {}", plain_english(message)),
            DatasetFault::Yaml { at, message } => format!("{at}：{}", yaml_in_chinese(message)),
            DatasetFault::SameYear { year, first, second } if en => {
                format!("{first} and {second} are both the edition of {year}")
            }
            DatasetFault::SameYear { year, first, second } => format!("{first} 和 {second} 都是 {year} 年的版本"),
            DatasetFault::NoDatasets { origin } if en => format!("the folder {origin} holds no dataset (*.yaml)"),
            DatasetFault::NoDatasets { origin } => format!("文件夹 {origin} 中没有数据集（*.yaml）"),
        }
    }

    fn hint(&self, lang: Lang) -> String {
        let not_a_dataset = || {
            lang.pick(
                "a dataset nests about seven levels deep; this file is probably not a dataset",
                "数据集的嵌套约为七层，这个文件大概不是数据集",
            )
            .to_string()
        };
        let pick = |en: &str, zh: &str| lang.pick(en, zh).to_string();
        match *self {
            DatasetFault::CannotRead { kind: Some(io::ErrorKind::NotFound), .. } => {
                pick("check the path and the file name", "检查路径和文件名")
            }
            DatasetFault::CannotRead { kind: Some(io::ErrorKind::PermissionDenied), .. } => {
                pick("check the file's permissions", "检查文件的权限")
            }
            DatasetFault::CannotRead { .. } => {
                pick("check that the path names a readable YAML file", "确认路径指向一个可读的 YAML 文件")
            }
            DatasetFault::IsDirectory { .. } => pick(
                "name a YAML file inside it, such as assets/districts.yaml",
                "请指定其中的 YAML 文件，例如 `assets/districts.yaml`",
            ),
            DatasetFault::TooLarge { .. } => pick(
                "check that this is the file you meant; a dataset of 10,000 districts is about 20 MB",
                "请确认这是要打开的文件；一万个区的数据集约 20 MB",
            ),
            DatasetFault::Empty { .. } => pick(
                "a dataset needs at least `source:` and `districts:`; see the README's dataset schema",
                "数据集至少要有 `source:` 和 `districts:`；格式见 README 的数据集一节",
            ),
            DatasetFault::NotUtf8 { .. } => pick("save the file as UTF-8", "请以 UTF-8 编码保存文件"),
            DatasetFault::TooDeep { .. } | DatasetFault::TooIndented { .. } => not_a_dataset(),
            DatasetFault::TooManyAliases { .. } => pick(
                "write repeated values out instead of referring to them with aliases",
                "把重复的值直接写出来，不要用别名引用",
            ),
            DatasetFault::Yaml { message, .. } => yaml_hint(message, lang),
            DatasetFault::SameYear { .. } => lang
                .pick(
                    "read one of them: an edition is named by its source's year (source.year), which must differ",
                    "只读其中一个：版本以出处的年份（source.year）区分，年份不能相同",
                )
                .to_string(),
            DatasetFault::NoDatasets { .. } => lang
                .pick(
                    "put each edition's YAML file in it, or name the files with --data",
                    "把各版本的 YAML 文件放进去，或用 --data 逐个指定文件",
                )
                .to_string(),
        }
    }
}

/// One broken rule of a dataset that parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleFault<'a> {
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
    /// A glossary's term no text of the dataset holds.
    TermNotInTexts {
        term: &'a str,
    },
    /// A glossary's highlights that are not those whose text holds the term.
    TermHighlights {
        listed: &'a str,
        found: &'a str,
    },
    /// A warning: English (`field`) is missing here while others of its kind have it.
    NoEnglish {
        field: &'a str,
    },
    /// A warning: a number of the Chinese text that its English does not hold.
    NumberNotInEnglish {
        number: &'a str,
    },
    /// A warning: a quantity of the text (17个) that no figure of its highlight records.
    QuantityNotAFigure {
        quantity: &'a str,
    },
    /// A warning: text an import could not place; `after` is where it stood (`intro`, a district's id, or
    /// empty for before everything).
    Unplaced {
        after: &'a str,
    },
}

impl Fault for RuleFault<'_> {
    fn what(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match *self {
            RuleFault::NoDistricts if en => "has no districts".to_string(),
            RuleFault::NoDistricts => "没有区".to_string(),
            RuleFault::EmptyId { thing } if en => format!("has an empty {} id", thing.word(lang)),
            RuleFault::EmptyId { thing } => format!("{} id 为空", thing.word(lang)),
            RuleFault::NotKebab { id } if en => format!("has an id '{id}' that is not kebab-case"),
            RuleFault::NotKebab { id } => format!("id `{id}` 不是 kebab-case 格式"),
            RuleFault::RepeatedId { thing, first, name } if en => {
                format!("repeats the id of {} {first} ({name})", thing.word(lang))
            }
            RuleFault::RepeatedId { thing, first, name } => {
                format!("与第 {first} 个{}（{name}）的 id 重复", thing.word(lang))
            }
            RuleFault::Blank { field } if en => format!("has an empty {}", field.word(lang)),
            RuleFault::Blank { field } => format!("{}为空", field.word(lang)),
            RuleFault::NoText if en => "has neither a lead nor highlights".to_string(),
            RuleFault::NoText => "既没有导语也没有亮点".to_string(),
            RuleFault::NoTitle if en => "has no title".to_string(),
            RuleFault::NoTitle => "没有标题".to_string(),
            RuleFault::UnknownTheme { id, .. } if en => format!("refers to an unknown theme '{id}'"),
            RuleFault::UnknownTheme { id, .. } => format!("引用了不存在的主题 `{id}`"),
            RuleFault::NotANumber { value } if en => format!("has a figure whose value '{value}' is not a number"),
            RuleFault::NotANumber { value } => format!("有一项数据的值 `{value}` 不是数字"),
            RuleFault::NotQuoted { figure } if en => format!("has a figure '{figure}' that its text does not contain"),
            RuleFault::NotQuoted { figure } => format!("数据 `{figure}` 不在这条亮点的正文里"),
            RuleFault::TermNotInTexts { term } if en => format!("«{term}» is in none of the dataset's texts"),
            RuleFault::TermNotInTexts { term } => format!("数据集的正文中没有「{term}」"),
            RuleFault::TermHighlights { listed, found } if en => {
                format!("lists the highlights [{listed}] but its term is in [{found}]")
            }
            RuleFault::TermHighlights { listed, found } => format!("列出的亮点为 [{listed}]，而含有该词的是 [{found}]"),
            RuleFault::NoEnglish { field } if en => {
                format!("has no English (`{field}`) where others of its kind have it")
            }
            RuleFault::NoEnglish { field } => format!("缺少英文（`{field}`），而同类的其他文字都有"),
            RuleFault::NumberNotInEnglish { number } if en => {
                format!("its English does not hold the number {number} of its Chinese")
            }
            RuleFault::NumberNotInEnglish { number } => format!("英文中没有中文里的数字 {number}"),
            RuleFault::QuantityNotAFigure { quantity } if en => {
                format!("its text has the quantity {quantity}, which none of its figures records")
            }
            RuleFault::QuantityNotAFigure { quantity } => format!("正文中的数量 {quantity} 没有记录为数据"),
            RuleFault::Unplaced { after: "" } if en => {
                "holds text of the article that was not placed, before the opening".to_string()
            }
            RuleFault::Unplaced { after } if en => {
                format!("holds text of the article that was not placed, after `{after}`")
            }
            RuleFault::Unplaced { after: "" } => "有一段未归位的原文，位于开头段之前".to_string(),
            RuleFault::Unplaced { after } => format!("有一段未归位的原文，位于 `{after}` 之后"),
        }
    }

    fn hint(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let pick = |en: &str, zh: &str| lang.pick(en, zh).to_string();
        match *self {
            RuleFault::NoDistricts => {
                pick("add at least one district under `districts:`", "在 `districts:` 下至少加一个区")
            }
            RuleFault::EmptyId { .. } | RuleFault::NotKebab { .. } => pick(
                "use lowercase ASCII letters and digits joined by hyphens, such as 'waste-sorting'",
                "用小写 ASCII 字母和数字，以连字符相连，例如 `waste-sorting`",
            ),
            RuleFault::RepeatedId { thing: Thing::District, .. } => {
                pick("give each district its own id", "每个区要有自己的 id")
            }
            RuleFault::RepeatedId { thing: Thing::Theme, .. } => {
                pick("give each theme its own id, or merge the two", "每个主题要有自己的 id，或把两个合并")
            }
            RuleFault::Blank { .. } => pick("fill it in or remove the entry", "填上内容，或删去这一项"),
            RuleFault::NoText => pick("add the district's text", "补上这个区的正文"),
            RuleFault::NoTitle => pick("write a short label under `title:`", "在 `title:` 下写一个简短的标题"),
            RuleFault::UnknownTheme { nearest: Some(near), .. } if en => {
                format!("did you mean '{near}'? Theme ids are listed under `themes:`")
            }
            RuleFault::UnknownTheme { nearest: Some(near), .. } => {
                format!("是不是 `{near}`？主题 id 都列在 `themes:` 下")
            }
            RuleFault::UnknownTheme { nearest: None, .. } => pick(
                "add it under `themes:` or use one of the ids listed there",
                "把它加到 `themes:` 下，或改用那里列出的 id",
            ),
            RuleFault::NotANumber { .. } => pick(
                "write the digits as the text has them, such as \"3.7\"; put words in `unit` or `what`",
                "按正文的写法写出数字，例如 `3.7`；文字放进 `unit` 或 `what`",
            ),
            RuleFault::NotQuoted { .. } => pick(
                "a figure quotes its highlight: `value` then `unit` as they stand in `text`",
                "数据须照录亮点原文：`value` 和 `unit` 要与 `text` 中的写法一致",
            ),
            RuleFault::TermNotInTexts { .. } => pick(
                "write the term exactly as the texts do, or take it out of the glossary",
                "按正文的写法写出该词，或把它从词汇表中删去",
            ),
            RuleFault::TermHighlights { .. } => pick(
                "list every highlight whose text holds the term, as `district-id number`, in the dataset's order",
                "按数据集的顺序，以 `区 id 编号` 列出所有正文含有该词的亮点",
            ),
            RuleFault::NoEnglish { .. } => pick(
                "translate it, or leave this kind of text in Chinese alone throughout",
                "补上译文，或让这类文字全部只用中文",
            ),
            RuleFault::NumberNotInEnglish { .. } => pick(
                "write the number in digits in the English, or give the figure that records it a `value_en` that \
                 the English holds",
                "在英文中用阿拉伯数字写出它，或为记录它的数据写一个英文中出现的 `value_en`",
            ),
            RuleFault::QuantityNotAFigure { .. } => pick(
                "add it under `figures:` with its `value`, `unit` and `what`, as the others are",
                "仿照其他数据，在 `figures:` 下加上它的 `value`、`unit` 和 `what`",
            ),
            RuleFault::Unplaced { .. } => pick(
                "move it into `intro`, `closing`, a district's lead or a highlight, or delete it if it is not the \
                 article's",
                "把它移入 `intro`、`closing`、某个区的导语或亮点；若不是原文，删去即可",
            ),
        }
    }
}
