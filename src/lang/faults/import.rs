//! What goes wrong with `liangdian import`, said in both languages: the file is not an article of the
//! column (empty, binary, not UTF-8, too large, another article), or the draft cannot be written.

use super::Fault;
use crate::lang::Lang;

/// Why `liangdian import` made no draft; nothing is written in every case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFault<'a> {
    Empty {
        origin: &'a str,
    },
    Binary {
        origin: &'a str,
    },
    NotUtf8 {
        origin: &'a str,
        line: usize,
        column: usize,
    },
    TooLarge {
        origin: &'a str,
        limit: u64,
    },
    /// Fewer than `fewest` districts begin a paragraph; `found` lists those that do.
    NotAnArticle {
        origin: &'a str,
        found: &'a str,
        count: usize,
        fewest: usize,
    },
    NoYear {
        origin: &'a str,
    },
    CannotRead {
        origin: &'a str,
        reason: &'a str,
    },
    /// The output file is there already.
    Exists {
        path: &'a str,
    },
    CannotWrite {
        path: &'a str,
        reason: &'a str,
    },
}

impl Fault for ImportFault<'_> {
    fn what(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match *self {
            ImportFault::Empty { origin } if en => format!("{origin} is empty: there is no article to import"),
            ImportFault::Empty { origin } => format!("{origin} 是空的：没有可导入的文章"),
            ImportFault::Binary { origin } if en => format!("{origin} is not text (it holds NUL bytes)"),
            ImportFault::Binary { origin } => format!("{origin} 不是文本（含有 NUL 字节）"),
            ImportFault::NotUtf8 { origin, line, column } if en => {
                format!("{origin}:{line}:{column}: the text is not UTF-8")
            }
            ImportFault::NotUtf8 { origin, line, column } => format!("{origin}:{line}:{column}：文本不是 UTF-8 编码"),
            ImportFault::TooLarge { origin, limit } if en => {
                format!("{origin} is more than {limit} bytes, larger than an article's page can be")
            }
            ImportFault::TooLarge { origin, limit } => format!("{origin} 超过 {limit} 字节，比一篇文章的网页大得多"),
            ImportFault::NotAnArticle { origin, count: 0, .. } if en => {
                format!("{origin} is not an article of this column: no paragraph begins with a district's name")
            }
            ImportFault::NotAnArticle { origin, count: 0, .. } => {
                format!("{origin} 不是本栏目的文章：没有哪一段以区名开头")
            }
            ImportFault::NotAnArticle { origin, found, count, fewest } if en => format!(
                "{origin} is not an article of this column: {count} of Beijing's 16 districts begin a paragraph \
                 ({found}), where the column has at least {fewest}"
            ),
            ImportFault::NotAnArticle { origin, found, count, fewest } => format!(
                "{origin} 不是本栏目的文章：只有 {count} 个区的名称开头成段（{found}），本栏目至少有 {fewest} 个"
            ),
            ImportFault::NoYear { origin } if en => format!("{origin}: the title names no year of the work"),
            ImportFault::NoYear { origin } => format!("{origin}：标题中没有写明工作的年份"),
            ImportFault::CannotRead { origin, reason } if en => format!("cannot read {origin}: {reason}"),
            ImportFault::CannotRead { origin, reason } => format!("无法读取 {origin}：{reason}"),
            ImportFault::Exists { path } if en => format!("{path} exists, and a draft is never written over a file"),
            ImportFault::Exists { path } => format!("{path} 已存在，草稿不会覆盖已有的文件"),
            ImportFault::CannotWrite { path, reason } if en => format!("cannot write {path}: {reason}"),
            ImportFault::CannotWrite { path, reason } => format!("无法写入 {path}：{reason}"),
        }
    }

    fn hint(&self, lang: Lang) -> String {
        let pick = |en: &str, zh: &str| lang.pick(en, zh).to_string();
        match *self {
            ImportFault::Empty { .. } | ImportFault::Binary { .. } | ImportFault::TooLarge { .. } => pick(
                "give the article as the text copied from its page, or the page saved as HTML",
                "请提供从网页复制的文章文本，或另存为 HTML 的网页",
            ),
            ImportFault::NotUtf8 { .. } => pick(
                "save it as UTF-8; a page in GB18030 converts with `iconv -f GB18030 -t UTF-8 FILE > FILE.txt`",
                "请存为 UTF-8；GB18030 编码的网页可用 `iconv -f GB18030 -t UTF-8 文件 > 文件.txt` 转换",
            ),
            ImportFault::NotAnArticle { .. } => pick(
                "import the column 各区人大常委会…工作亮点扫描, where each district's paragraph begins with its name \
                 (东城 人大常委会…)",
                "请导入《各区人大常委会…工作亮点扫描》，其中每个区的段落以区名开头（东城 人大常委会……）",
            ),
            ImportFault::NoYear { .. } => {
                pick("give it with --year, such as --year 2021", "请用 --year 给出，例如 --year 2021")
            }
            ImportFault::CannotRead { .. } => pick("check the path and the file name", "检查路径和文件名"),
            ImportFault::Exists { .. } => {
                pick("choose another name with -o, or move the file away", "用 -o 换一个文件名，或把已有的文件移走")
            }
            ImportFault::CannotWrite { .. } => {
                pick("check that the folder exists and may be written to", "检查文件夹是否存在、是否可写")
            }
        }
    }
}
