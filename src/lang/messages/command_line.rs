//! The command line's sentences: what went wrong and what to do about it, and the headings of what it
//! prints. Whichever face fails, its report is printed on standard error in these words (a dataset the
//! browser could not load too, once the terminal is restored).

use super::{DocMsg, Message};
use crate::lang::{Lang, Noun};

/// One thing the command line says: a failure and what to do about it, a result's heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CliMsg<'a> {
    /// `liangdian check`'s verdict on a good file.
    Valid {
        districts: usize,
        highlights: usize,
        themes: usize,
        figures: usize,
    },
    /// `liangdian search`'s title: "«冬奥会» · 4 matches in 1 of 16 districts".
    SearchTitle {
        keyword: &'a str,
        matches: usize,
        districts: usize,
        searched: usize,
    },
    /// Two names on the command line for one district.
    SameDistrict {
        a: &'a str,
        b: &'a str,
        name: &'a str,
    },
    SameDistrictHint,
    /// A name that names no district; the nearest, if any.
    UnknownDistrict {
        name: &'a str,
        nearest: &'a str,
    },
    /// A name that names several districts.
    AmbiguousDistrict {
        name: &'a str,
        candidates: &'a str,
    },
    NameDistrictHint,
    EmptyKeyword,
    EmptyKeywordHint,
    /// A keyword that names a theme more districts carry than it was found in.
    ThemeOffer {
        theme: &'a str,
        districts: usize,
    },
    /// A keyword of punctuation alone, which is not searched.
    NothingToSearch {
        keyword: &'a str,
    },
    NothingToSearchHint,
    /// A search that found nothing, in `districts` districts.
    NoMatchIn {
        keyword: &'a str,
        districts: usize,
    },
    NoMatchHint,
    NoThemes,
    NoThemesHint,
    NoThemeMatches {
        query: &'a str,
    },
    NoThemeMatchesHint,
    /// `glossary TERM` that names no term and is part of none.
    NoTermMatches {
        query: &'a str,
    },
    /// The dataset came without a glossary.
    NoGlossary,
    NoTermMatchesHint,
    NoFiguresIn {
        district: &'a str,
    },
    NoFiguresInHint,
    NoFigures,
    NoFiguresHint,
    /// `liangdian bookmarks` with none on this dataset.
    NoBookmarksHere {
        file: &'a str,
        elsewhere: usize,
    },
    BookmarkHint {
        key: &'a str,
    },
    /// The word before a failure's hint.
    Hint,
    /// A search whose matches are all in English titles.
    EnglishTitlesOnly,
    /// `--compare` or `--search` beside a subcommand.
    BrowserOnly,
    BrowserOnlyHint,
    /// The heading over the broken rules of a dataset file.
    InvalidDataset {
        origin: &'a str,
        problems: usize,
    },
    /// `--edition YEAR` when no edition is of that year.
    NoSuchEdition {
        year: u16,
        years: &'a str,
    },
    NoSuchEditionHint,
    /// `liangdian cache`: where it is, its entries and the room they take.
    CacheSummary {
        dir: &'a str,
        entries: usize,
        bytes: u64,
        limit: u64,
    },
    /// The cache is turned off (`--no-cache`, `LIANGDIAN_NO_CACHE`) or has no home.
    CacheOff,
    CacheCleared {
        dir: &'a str,
        entries: usize,
    },
    CacheNotCleared {
        dir: &'a str,
        reason: &'a str,
    },
    CacheNotClearedHint,
    /// A district named with a year it has no edition of.
    NoEdition {
        name: &'a str,
        year: u16,
        years: &'a str,
    },
    /// A theme id two editions name differently; the first name is shown.
    ThemeNamedTwice {
        id: &'a str,
        kept_in: &'a str,
        kept: &'a str,
        other_in: &'a str,
        other: &'a str,
    },
}

impl Message for CliMsg<'_> {
    fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let count = |n, noun| lang.count(n, noun);
        match *self {
            CliMsg::Valid { districts, highlights, themes, figures } if en => format!(
                "valid: {}",
                [
                    count(districts, Noun::District),
                    count(highlights, Noun::Highlight),
                    count(themes, Noun::Theme),
                    count(figures, Noun::Figure),
                ]
                .join(", ")
            ),
            CliMsg::Valid { districts, highlights, themes, figures } => {
                format!("有效，共 {}", DocMsg::Totals { districts, highlights, themes, figures }.text(lang))
            }
            CliMsg::SearchTitle { keyword, matches, districts, searched } if en => {
                format!(
                    "«{keyword}» · {} in {districts} of {}",
                    count(matches, Noun::Match),
                    count(searched, Noun::District)
                )
            }
            CliMsg::SearchTitle { keyword, matches, districts, searched } => {
                format!("「{keyword}」 · {districts} 个区共 {}（搜索了 {searched} 个区）", count(matches, Noun::Match))
            }
            CliMsg::SameDistrict { a, b, name } if en => format!("'{a}' and '{b}' name the same district ({name})"),
            CliMsg::SameDistrict { a, b, name } => format!("「{a}」和「{b}」是同一个区（{name}）"),
            CliMsg::SameDistrictHint if en => {
                "name two different districts, such as `liangdian compare 东城 xicheng`".to_string()
            }
            CliMsg::SameDistrictHint => "请给出两个不同的区，例如 `liangdian compare 东城 xicheng`".to_string(),
            CliMsg::UnknownDistrict { name, nearest: "" } if en => format!("no district is called '{name}'"),
            CliMsg::UnknownDistrict { name, nearest } if en => {
                format!("no district is called '{name}'; did you mean {nearest}?")
            }
            CliMsg::UnknownDistrict { name, nearest: "" } => format!("没有名为「{name}」的区"),
            CliMsg::UnknownDistrict { name, nearest } => format!("没有名为「{name}」的区；是不是要找{nearest}？"),
            CliMsg::AmbiguousDistrict { name, candidates } if en => {
                format!("'{name}' names several districts: {candidates}")
            }
            CliMsg::AmbiguousDistrict { name, candidates } => format!("「{name}」对应多个区：{candidates}"),
            CliMsg::NameDistrictHint if en => {
                "name a district by its Chinese name, pinyin, initials or id; `liangdian list` shows them all"
                    .to_string()
            }
            CliMsg::NameDistrictHint => {
                "可用中文名、拼音、拼音首字母或 id 指定区；`liangdian list` 列出全部".to_string()
            }
            CliMsg::NothingToSearch { keyword } if en => {
                format!("«{keyword}» has no letter, digit or Chinese character to search for")
            }
            CliMsg::NothingToSearch { keyword } => format!("「{keyword}」中没有可搜索的字母、数字或汉字"),
            CliMsg::NothingToSearchHint if en => {
                "punctuation alone is everywhere: give a word, such as `liangdian search 冬奥会`".to_string()
            }
            CliMsg::NothingToSearchHint => "标点随处都有，请给出一个词，例如 `liangdian search 冬奥会`".to_string(),
            CliMsg::ThemeOffer { theme, districts } if en => {
                format!("{districts} districts carry the theme {theme}: `liangdian themes {theme}` lists them")
            }
            CliMsg::ThemeOffer { theme, districts } => {
                format!("{districts} 个区带有主题{theme}：`liangdian themes {theme}` 列出这些区")
            }
            CliMsg::EmptyKeyword if en => "the keyword is empty".to_string(),
            CliMsg::EmptyKeyword => "关键词为空".to_string(),
            CliMsg::EmptyKeywordHint if en => {
                "give a word to search for, such as `liangdian search 冬奥会`".to_string()
            }
            CliMsg::EmptyKeywordHint => "请给出要搜索的词，例如 `liangdian search 冬奥会`".to_string(),
            CliMsg::NoMatchIn { keyword, districts } if en => {
                format!("no match for «{keyword}» in {}", count(districts, Noun::District))
            }
            CliMsg::NoMatchIn { keyword, districts } => format!("在 {districts} 个区中未找到「{keyword}」"),
            CliMsg::NoMatchHint if en => {
                "the search is literal: try a shorter word, or `liangdian themes WORD` to find themes by meaning"
                    .to_string()
            }
            CliMsg::NoMatchHint => {
                "搜索按字面匹配：可试更短的词，或用 `liangdian themes 词` 按含义查找主题".to_string()
            }
            CliMsg::NoThemes if en => "the dataset has no themes".to_string(),
            CliMsg::NoThemes => "数据集中没有主题".to_string(),
            CliMsg::NoThemesHint if en => {
                "themes are listed under `themes:` in the dataset; see the README's schema".to_string()
            }
            CliMsg::NoThemesHint => "主题列在数据集的 `themes:` 下；格式见 README 的数据集一节".to_string(),
            CliMsg::NoTermMatches { query } if en => format!("no term of the glossary is or holds «{query}»"),
            CliMsg::NoTermMatches { query } => format!("词汇表中没有「{query}」，也没有含有它的词条"),
            CliMsg::NoGlossary if en => "this dataset has no glossary".to_string(),
            CliMsg::NoGlossary => "这个数据集没有词汇表".to_string(),
            CliMsg::NoTermMatchesHint if en => {
                "`liangdian glossary` lists every term; a dataset's glossary is the file \
                                               NAME.glossary.yaml beside NAME.yaml"
                    .to_string()
            }
            CliMsg::NoTermMatchesHint => {
                "`liangdian glossary` 列出全部词条；数据集的词汇表是与 NAME.yaml 同目录的 NAME.glossary.yaml"
                    .to_string()
            }
            CliMsg::NoThemeMatches { query } if en => format!("no theme matches «{query}»"),
            CliMsg::NoThemeMatches { query } => format!("没有与「{query}」匹配的主题"),
            CliMsg::NoThemeMatchesHint if en => {
                "try Chinese (垃圾分类), pinyin (lajifenlei), initials (ljfl) or English \
                                              (waste); `liangdian themes` lists them all"
                    .to_string()
            }
            CliMsg::NoThemeMatchesHint => {
                "可试中文（垃圾分类）、拼音（lajifenlei）、首字母（ljfl）或英文（waste）；`liangdian themes` 列出全部"
                    .to_string()
            }
            CliMsg::NoFiguresIn { district } if en => format!("{district}'s highlights quote no figures"),
            CliMsg::NoFiguresIn { district } => format!("{district}的亮点中没有数据"),
            CliMsg::NoFiguresInHint if en => "`liangdian figures` lists the figures of every district".to_string(),
            CliMsg::NoFiguresInHint => "`liangdian figures` 列出各区的全部数据".to_string(),
            CliMsg::NoFigures if en => "the dataset quotes no figures".to_string(),
            CliMsg::NoFigures => "数据集中没有引用任何数据".to_string(),
            CliMsg::NoFiguresHint if en => {
                "figures are listed under each highlight's `figures:` in the dataset".to_string()
            }
            CliMsg::NoFiguresHint => "数据集中，数据列在每条亮点的 `figures:` 下".to_string(),
            CliMsg::NoBookmarksHere { file, elsewhere: 0 } if en => format!("no bookmarks on this dataset in {file}"),
            CliMsg::NoBookmarksHere { file, elsewhere: 0 } => format!("{file} 中没有本数据集的书签"),
            CliMsg::NoBookmarksHere { file, elsewhere } if en => {
                format!("no bookmarks on this dataset in {file} ({elsewhere} on others)")
            }
            CliMsg::NoBookmarksHere { file, elsewhere } => {
                format!("{file} 中没有本数据集的书签（其他数据集有 {elsewhere} 条）")
            }
            CliMsg::BookmarkHint { key } if en => {
                format!("press {key} in the browser to bookmark the highlight under the cursor")
            }
            CliMsg::BookmarkHint { key } => format!("在浏览界面中按 {key} 为光标所在亮点加书签"),
            CliMsg::Hint if en => "hint: ".to_string(),
            CliMsg::Hint => "提示：".to_string(),
            CliMsg::EnglishTitlesOnly if en => "found in the English titles only (the texts are Chinese); \
                                             `liangdian themes WORD` finds the themes by meaning"
                .to_string(),
            CliMsg::EnglishTitlesOnly => {
                "只在英文标题中找到（正文为中文）；`liangdian themes 词` 按含义查找主题".to_string()
            }
            CliMsg::BrowserOnly if en => {
                "--compare and --search open the browser and cannot be used with a subcommand".to_string()
            }
            CliMsg::BrowserOnly => "`--compare` 和 `--search` 用于打开浏览界面，不能与子命令一起使用".to_string(),
            CliMsg::BrowserOnlyHint if en => {
                "leave them out, or leave out the subcommand; `liangdian --help` shows every option".to_string()
            }
            CliMsg::BrowserOnlyHint => "去掉它们，或去掉子命令；`liangdian --help` 列出所有选项".to_string(),
            CliMsg::InvalidDataset { origin, problems } if en => {
                format!("{origin} is not a valid dataset ({}):", count(problems, Noun::Problem))
            }
            CliMsg::InvalidDataset { origin, problems } => {
                format!("{origin} 不是有效的数据集（{}）：", count(problems, Noun::Problem))
            }
            CliMsg::CacheSummary { dir, entries, bytes, limit } if en => format!(
                "cache: {dir} · {} · {} of {}",
                if entries == 1 { "1 entry".to_string() } else { format!("{entries} entries") },
                megabytes(bytes),
                megabytes(limit)
            ),
            CliMsg::CacheSummary { dir, entries, bytes, limit } => {
                format!("缓存：{dir} · {entries} 项 · 占用 {}，上限 {}", megabytes(bytes), megabytes(limit))
            }
            CliMsg::CacheOff if en => {
                "the cache is off (--no-cache, LIANGDIAN_NO_CACHE, or no home directory)".to_string()
            }
            CliMsg::CacheOff => "缓存已关闭（--no-cache、LIANGDIAN_NO_CACHE，或没有主目录）".to_string(),
            CliMsg::CacheCleared { dir, entries } if en => {
                format!(
                    "cleared {dir}: {}",
                    if entries == 1 { "1 entry".to_string() } else { format!("{entries} entries") }
                )
            }
            CliMsg::CacheCleared { dir, entries } => format!("已清空 {dir}：{entries} 项"),
            CliMsg::CacheNotCleared { dir, reason } if en => format!("cannot clear {dir}: {reason}"),
            CliMsg::CacheNotCleared { dir, reason } => format!("无法清空 {dir}：{reason}"),
            CliMsg::CacheNotClearedHint if en => "check the folder's permissions, or remove it yourself".to_string(),
            CliMsg::CacheNotClearedHint => "检查该文件夹的权限，或自行删除它".to_string(),
            CliMsg::NoSuchEdition { year, years } if en => {
                format!("--edition {year}: no edition is of {year}; the editions read are of {years}")
            }
            CliMsg::NoSuchEdition { year, years } => {
                format!("--edition {year}：没有 {year} 年的版本；读取的版本为 {years} 年")
            }
            CliMsg::NoSuchEditionHint if en => {
                "name one of those years, or --edition all; each --data file is an edition".to_string()
            }
            CliMsg::NoSuchEditionHint => {
                "请给出其中一个年份，或用 --edition all；每个 --data 文件是一个版本".to_string()
            }
            CliMsg::NoEdition { name, year, years } if en => {
                format!("{name} is not in the edition of {year}; it is in {years}")
            }
            CliMsg::NoEdition { name, year, years } => {
                format!("{name} 不在 {year} 年的版本中；它在 {years} 年的版本中")
            }
            CliMsg::ThemeNamedTwice { id, kept_in, kept, other_in, other } if en => format!(
                "warning: the theme '{id}' is {kept} in {kept_in} and {other} in {other_in}; it is shown as {kept}"
            ),
            CliMsg::ThemeNamedTwice { id, kept_in, kept, other_in, other } => {
                format!(
                    "警告：主题 `{id}` 在 {kept_in} 中叫「{kept}」，在 {other_in} 中叫「{other}」；显示为「{kept}」"
                )
            }
        }
    }
}

/// A size in megabytes, with one decimal: 16.9 MB.
fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}
