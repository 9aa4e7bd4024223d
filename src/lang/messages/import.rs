//! The report `liangdian import` writes on standard error: what it read, found, skipped, drafted and left
//! for the reader, line by line.

use super::Message;
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ImportMsg<'a> {
    /// What was read, and how many lines around the article were skipped as the page's own (listed after).
    Read {
        origin: &'a str,
        html: bool,
        lines: usize,
        chrome: usize,
    },
    /// One skipped line, shortened.
    Skipped {
        line: &'a str,
    },
    /// The source found; `year_from_title` says where the year came from.
    Source {
        parts: &'a str,
        year: u16,
        year_from_title: bool,
    },
    /// Source fields not found, to fill in.
    SourceMissing {
        fields: &'a str,
    },
    Url {
        url: &'a str,
        canonical: bool,
    },
    NoUrl,
    Found {
        opening: bool,
        districts: usize,
        closing: bool,
    },
    Absent {
        names: &'a str,
    },
    Twice {
        names: &'a str,
    },
    Unplaced {
        paragraphs: usize,
    },
    Drafted {
        highlights: usize,
        figures: usize,
        themes: usize,
    },
    Wrote {
        path: &'a str,
    },
    /// The draft measured against a curated dataset.
    Measured {
        against: &'a str,
        identical: usize,
        districts: usize,
        opening: bool,
        closing: bool,
    },
    MeasuredFigures {
        found: usize,
        curated: usize,
        boundaries: usize,
        curated_boundaries: usize,
    },
    MeasuredThemes {
        precision: f64,
        recall: f64,
    },
    /// The default name of the output, in the header of the draft.
    DraftHeader {
        origin: &'a str,
    },
}

impl Message for ImportMsg<'_> {
    fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let yes = |b: bool, what_en: &str, what_zh: &str| match (b, en) {
            (true, true) => format!("{what_en} identical"),
            (false, true) => format!("{what_en} differs"),
            (true, false) => format!("{what_zh}一致"),
            (false, false) => format!("{what_zh}不一致"),
        };
        match *self {
            ImportMsg::Read { origin, html, lines, chrome } if en => format!(
                "read {origin} ({}, {lines} lines); skipped as the page's own: {chrome} line{}",
                if html { "a page saved as HTML" } else { "text" },
                if chrome == 1 { "" } else { "s" }
            ),
            ImportMsg::Read { origin, html, lines, chrome } => format!(
                "读取 {origin}（{}，{lines} 行）；属于网页本身、已跳过的：{chrome} 行",
                if html { "另存的 HTML 网页" } else { "文本" }
            ),
            ImportMsg::Skipped { line } if en => format!("  skipped: {line}"),
            ImportMsg::Skipped { line } => format!("  跳过：{line}"),
            ImportMsg::Source { parts, year, year_from_title } if en => format!(
                "source: {parts} · the work of {year} ({})",
                if year_from_title { "from the title" } else { "from --year" }
            ),
            ImportMsg::Source { parts, year, year_from_title } => {
                format!("出处：{parts} · {year}年的工作（{}）", if year_from_title { "据标题" } else { "据 --year" })
            }
            ImportMsg::SourceMissing { fields } if en => format!("not found: {fields}; fill them in under source:"),
            ImportMsg::SourceMissing { fields } => format!("没有找到：{fields}；请在 source: 下补上"),
            ImportMsg::Url { url, canonical } if en => format!(
                "published page: {url} ({})",
                if canonical { "the saved page's canonical link" } else { "from --url" }
            ),
            ImportMsg::Url { url, canonical } => {
                format!("原文网页：{url}（{}）", if canonical { "据网页的规范链接" } else { "据 --url" })
            }
            ImportMsg::NoUrl if en => "no published page: give it with --url, or fill in source.url".to_string(),
            ImportMsg::NoUrl => "没有原文网页地址：请用 --url 给出，或填写 source.url".to_string(),
            ImportMsg::Found { opening, districts, closing } if en => format!(
                "found: {}, {districts} of 16 districts, {}",
                if opening { "the opening" } else { "no opening" },
                if closing { "the closing" } else { "no closing" }
            ),
            ImportMsg::Found { opening, districts, closing } => format!(
                "找到：{}，16 个区中的 {districts} 个，{}",
                if opening { "开头段" } else { "没有开头段" },
                if closing { "结尾段" } else { "没有结尾段" }
            ),
            ImportMsg::Absent { names } if en => format!("absent: {names} (no paragraph begins with the name)"),
            ImportMsg::Absent { names } => format!("缺少：{names}（没有以其名称开头的段落）"),
            ImportMsg::Twice { names } if en => {
                format!("named twice: {names} (the second paragraph is kept under unplaced:)")
            }
            ImportMsg::Twice { names } => format!("出现两次：{names}（第二段保留在 unplaced: 下）"),
            ImportMsg::Unplaced { paragraphs } if en => format!(
                "not placed: {paragraphs} paragraph{}, kept under unplaced: (check warns of each until it is moved)",
                if paragraphs == 1 { "" } else { "s" }
            ),
            ImportMsg::Unplaced { paragraphs } => {
                format!("未归位：{paragraphs} 段，保留在 unplaced: 下（移走之前 check 会逐一提醒）")
            }
            ImportMsg::Drafted { highlights, figures, themes } if en => format!(
                "drafted, to be read against the article: {highlights} highlight titles, what {figures} figures \
                 count, {themes} suggested themes; no English"
            ),
            ImportMsg::Drafted { highlights, figures, themes } => format!(
                "草拟（须对照原文核对）：{highlights} 个亮点标题、{figures} 项数据的说明、{themes} 个建议主题；没有英文"
            ),
            ImportMsg::Wrote { path } if en => {
                format!("wrote {path}: check it with `liangdian check {path}`, read it with `liangdian --data {path}`")
            }
            ImportMsg::Wrote { path } => {
                format!("已写入 {path}：用 `liangdian check {path}` 检查，用 `liangdian --data {path}` 阅读")
            }
            ImportMsg::Measured { against, identical, districts, opening, closing } if en => format!(
                "against {against}: {identical} of {districts} district paragraphs identical, {}, {}",
                yes(opening, "the opening", ""),
                yes(closing, "the closing", "")
            ),
            ImportMsg::Measured { against, identical, districts, opening, closing } => format!(
                "对照 {against}：{districts} 个区的段落中 {identical} 个一致，{}，{}",
                yes(opening, "", "开头段"),
                yes(closing, "", "结尾段")
            ),
            ImportMsg::MeasuredFigures { found, curated, boundaries, curated_boundaries } if en => format!(
                "  figures: {found} of {curated} found with value and unit; highlight boundaries: {boundaries} \
                 of {curated_boundaries} differ{}",
                if boundaries == 1 { "s" } else { "" }
            ),
            ImportMsg::MeasuredFigures { found, curated, boundaries, curated_boundaries } => format!(
                "  数据：{curated} 项中找到 {found} 项（数值和单位）；亮点分界：{boundaries} 处不同（共 {curated_boundaries} 处）"
            ),
            ImportMsg::MeasuredThemes { precision, recall } if en => {
                format!("  suggested themes: precision {precision:.2}, recall {recall:.2}")
            }
            ImportMsg::MeasuredThemes { precision, recall } => {
                format!("  建议主题：精确率 {precision:.2}，召回率 {recall:.2}")
            }
            ImportMsg::DraftHeader { origin } if en => format!(
                "# A draft made by `liangdian import` from {origin}.\n\
                 # The texts are the article's. The titles, what each figure counts and the themes are drafted by \
                 the program:\n\
                 # read them against the article before relying on them. There is no English yet.\n"
            ),
            ImportMsg::DraftHeader { origin } => format!(
                "# 由 `liangdian import` 根据 {origin} 生成的草稿。\n\
                 # 正文照录原文；标题、各项数据的说明和主题由程序草拟，使用前请对照原文核对。尚无英文。\n"
            ),
        }
    }
}
