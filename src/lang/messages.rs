//! The interface's sentences: each message with the names, figures and keys it carries, written once in
//! English and once in Chinese (with Chinese punctuation). Keys are passed in as the key table names them,
//! so a message never names a key the table does not bind.

use super::{Lang, Noun};

/// One thing the interface says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg<'a> {
    /// A jump to a district the filter hid cleared the filter.
    FilterClearedToShow {
        district: &'a str,
    },
    Pinned {
        district: &'a str,
        compare_key: &'a str,
    },
    Unpinned {
        district: &'a str,
    },
    ColumnsTogether,
    /// `left_keys`: the keys that scroll the left column ("J/K").
    ColumnsApart {
        left_keys: &'a str,
    },
    /// The comparison has no right side: the filter lets no district through.
    NoDistrictSelected {
        back_key: &'a str,
    },
    /// The comparison was opened on the selected district alone: the other side is chosen by moving.
    MoveToCompare {
        move_keys: &'a str,
        district: &'a str,
    },
    NoMatchesToList {
        search_key: &'a str,
    },
    /// A matrix cell opened the districts carrying its theme.
    ThemeFiltered {
        theme: &'a str,
        back_key: &'a str,
    },
    /// A matrix cell of a district without the theme.
    NoHighlightOn {
        district: &'a str,
        theme: &'a str,
        filter_cleared: bool,
    },
    /// A search found nothing, and the filter had hidden some districts from it.
    OnlyFilteredSearched,
    NothingToStep {
        search_key: &'a str,
    },
    NoSearchYet {
        search_key: &'a str,
    },
    /// "16 districts · 52 highlights · 25 themes · 38 figures".
    Totals {
        districts: usize,
        highlights: usize,
        themes: usize,
        figures: usize,
    },
    /// `liangdian check`'s verdict on a good file.
    Valid {
        districts: usize,
        highlights: usize,
        themes: usize,
        figures: usize,
    },
    /// A district's counts: "4 highlights · 9 themes".
    Counts {
        highlights: usize,
        themes: usize,
    },
    TooSmall {
        need: (u16, u16),
        size: (u16, u16),
        quit_key: &'a str,
    },
    /// The status line's search: "no match for «冬奥会»" or "match 2/7 «冬奥会»".
    SearchStatus {
        keyword: &'a str,
        current: usize,
        total: usize,
    },
    /// The status line while a filter limits the search: "in 5 of 16 districts".
    SearchedOnly {
        shown: usize,
        all: usize,
    },
    /// A key that does nothing where the keyboard is.
    Unbound {
        key: &'a str,
        help_key: &'a str,
    },
    /// The status line's filter: "3 themes matching".
    ThemesMatching {
        n: usize,
    },
    /// The match list's title: "«冬奥会» · 4 matches".
    MatchesTitle {
        keyword: &'a str,
        n: usize,
    },
    /// `liangdian search`'s title: "«冬奥会» · 4 matches in 1 of 16 districts".
    SearchTitle {
        keyword: &'a str,
        matches: usize,
        districts: usize,
        searched: usize,
    },
    /// The comparison's group of themes only one district carries: "Only 东城".
    OnlyIn {
        district: &'a str,
    },
    /// What a key does, as a short hint: "q quits".
    Quits {
        key: &'a str,
    },
    /// Where the text comes from, as the detail ends: "Source: 《北京人大》杂志 2021年第1期 · 基层人大 · 各区…".
    SourceLine {
        publication: &'a str,
        issue: &'a str,
        column: &'a str,
        title: &'a str,
    },
    /// A citation for text taken out of the browser: the article and the district.
    Citation {
        publication: &'a str,
        issue: &'a str,
        title: &'a str,
        district: &'a str,
    },
    /// Text went to the clipboard (with its citation): what, and how long.
    Copied {
        what: &'a str,
        chars: usize,
    },
    /// `y`, `Y` or `w` on the panes with no district selected.
    NothingToCopy,
    /// `y` or `w` on a page that has nothing of the kind (the help).
    NothingOnPage,
    /// `y` on a page without rows: whether `w` writes it.
    NothingToCopyOnPage {
        write_key: Option<&'a str>,
    },
    /// A Markdown file was written.
    Wrote {
        path: &'a str,
    },
    NotWritten {
        name: &'a str,
        why: &'a str,
    },
    MouseOn,
    /// A bookmark was saved or removed: its district, number and title.
    Bookmarked {
        what: &'a str,
    },
    Unbookmarked {
        what: &'a str,
    },
    /// A bookmark's highlight now has other text, or is gone.
    TextChanged {
        what: &'a str,
    },
    NoLongerThere {
        what: &'a str,
    },
    /// `d` once on the bookmarks page: `key` again deletes.
    ConfirmDelete {
        what: &'a str,
        key: &'a str,
    },
    /// The bookmarks page with none: `key` marks one; `elsewhere` belong to other datasets.
    NoBookmarks {
        key: &'a str,
        elsewhere: usize,
    },
    /// A note was saved beside one another window had saved on the same highlight in between.
    BookmarkMerged {
        what: &'a str,
    },
    /// The bookmarks could not be saved; the note typed is back at the prompt.
    NotSaved {
        why: &'a str,
    },
    /// The bookmarks could not be read.
    NotRead {
        why: &'a str,
    },
    /// A click while a note is typed.
    FinishNote {
        save: &'a str,
        leave: &'a str,
    },
    /// A key that acts on the highlight cursor, while comparing (which shows no cursor).
    NotWhileComparing,
    /// The note prompt: for which highlight.
    NoteFor {
        what: &'a str,
    },
    /// `key` turns it on again.
    MouseOff {
        key: &'a str,
    },
    // The command line's failures: what went wrong, then what to do.
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
    /// A comparison's group of themes with its count: "Both (6):", "共同（6）：".
    GroupCount {
        label: &'a str,
        n: usize,
    },
    /// After a zoomed pane's title: the key that puts the lists back.
    Zoomed {
        key: &'a str,
    },
    /// The word before a failure's hint.
    Hint,
    /// The loading screen while a large file is parsed.
    Parsed {
        districts: usize,
        percent: u32,
    },
    /// The empty filter line: the key that opens it (while browsing), and what may be typed.
    FilterPlaceholder {
        key: Option<&'a str>,
    },
    /// A key of the comparison pressed with none open.
    OnlyComparing {
        key: &'a str,
        pin_key: &'a str,
        compare_key: &'a str,
    },
    /// A search whose matches are all in English titles.
    EnglishTitlesOnly,
    /// A quit held back at the note prompt.
    NoteNotSaved {
        save: &'a str,
        quit: &'a str,
    },
    /// `--compare` or `--search` beside a subcommand.
    BrowserOnly,
    BrowserOnlyHint,
    /// The heading over the broken rules of a dataset file.
    InvalidDataset {
        origin: &'a str,
        problems: usize,
    },
    /// The filter lets no district through.
    NoDistricts {
        back_key: &'a str,
    },
}

impl Msg<'_> {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let count = |n, noun| lang.count(n, noun);
        match *self {
            Msg::FilterClearedToShow { district } if en => format!("filter cleared to show {district}"),
            Msg::FilterClearedToShow { district } => format!("已清除筛选以显示{district}"),
            Msg::Pinned { district, compare_key } if en => {
                format!("pinned {district}: {compare_key} compares it with the selected district")
            }
            Msg::Pinned { district, compare_key } => format!("已固定{district}：按 {compare_key} 与选中的区对比"),
            Msg::Unpinned { district } if en => format!("unpinned {district}"),
            Msg::Unpinned { district } => format!("已取消固定{district}"),
            Msg::ColumnsTogether if en => "columns scroll together".to_string(),
            Msg::ColumnsTogether => "两栏同步滚动".to_string(),
            Msg::ColumnsApart { left_keys } if en => format!("columns scroll apart: {left_keys} scroll the left one"),
            Msg::ColumnsApart { left_keys } => format!("两栏分别滚动：{left_keys} 滚动左栏"),
            Msg::NoDistrictSelected { back_key } if en => {
                format!("no district is selected: {back_key} clears the filter")
            }
            Msg::NoDistrictSelected { back_key } => format!("没有选中的区：按 {back_key} 清除筛选"),
            Msg::MoveToCompare { move_keys, district } if en => {
                format!("move ({move_keys}) to the district to compare with {district}")
            }
            Msg::MoveToCompare { move_keys, district } => format!("移动（{move_keys}）到要与{district}对比的区"),
            Msg::NoMatchesToList { search_key } if en => format!("no matches to list: press {search_key} to search"),
            Msg::NoMatchesToList { search_key } => format!("没有可列出的匹配：按 {search_key} 搜索"),
            Msg::ThemeFiltered { theme, back_key } if en => {
                format!("districts with #{theme}; {back_key} clears the filter")
            }
            Msg::ThemeFiltered { theme, back_key } => format!("只列出涉及 #{theme} 的区；按 {back_key} 清除筛选"),
            Msg::NoHighlightOn { district, theme, filter_cleared } => match (en, filter_cleared) {
                (true, true) => format!("{district} has no highlight on {theme}; filter cleared"),
                (true, false) => format!("{district} has no highlight on {theme}"),
                (false, true) => format!("{district}没有关于{theme}的亮点；已清除筛选"),
                (false, false) => format!("{district}没有关于{theme}的亮点"),
            },
            Msg::OnlyFilteredSearched if en => "only the districts the filter shows were searched".to_string(),
            Msg::OnlyFilteredSearched => "只搜索了筛选后显示的区".to_string(),
            Msg::NothingToStep { search_key } if en => {
                format!("nothing to step through: {search_key} searches for another keyword")
            }
            Msg::NothingToStep { search_key } => format!("没有可跳转的匹配：按 {search_key} 换个关键词"),
            Msg::NoSearchYet { search_key } if en => format!("no search yet: press {search_key} and type a keyword"),
            Msg::NoSearchYet { search_key } => format!("尚未搜索：按 {search_key} 输入关键词"),
            Msg::Totals { districts, highlights, themes, figures } => [
                count(districts, Noun::District),
                count(highlights, Noun::Highlight),
                count(themes, Noun::Theme),
                count(figures, Noun::Figure),
            ]
            .join(" · "),
            Msg::Valid { districts, highlights, themes, figures } if en => format!(
                "valid: {}",
                [
                    count(districts, Noun::District),
                    count(highlights, Noun::Highlight),
                    count(themes, Noun::Theme),
                    count(figures, Noun::Figure),
                ]
                .join(", ")
            ),
            Msg::Valid { districts, highlights, themes, figures } => {
                format!("有效，共 {}", Msg::Totals { districts, highlights, themes, figures }.text(lang))
            }
            Msg::Counts { highlights, themes } => {
                format!("{} · {}", count(highlights, Noun::Highlight), count(themes, Noun::Theme))
            }
            Msg::TooSmall { need, size, quit_key } if en => format!(
                "liangdian needs at least {}×{}; this one is {}×{}. Enlarge the window, or press {quit_key} to quit.",
                need.0, need.1, size.0, size.1
            ),
            Msg::TooSmall { need, size, quit_key } => format!(
                "liangdian 至少需要 {}×{} 的终端，当前为 {}×{}。请放大窗口，或按 {quit_key} 退出。",
                need.0, need.1, size.0, size.1
            ),
            Msg::SearchStatus { keyword, total: 0, .. } if en => format!("no match for «{keyword}»"),
            Msg::SearchStatus { keyword, current, total } if en => format!("match {current}/{total} «{keyword}»"),
            Msg::SearchStatus { keyword, total: 0, .. } => format!("未找到「{keyword}」"),
            Msg::SearchStatus { keyword, current, total } => format!("匹配 {current}/{total}「{keyword}」"),
            Msg::Unbound { key, help_key } if en => format!("{key} does nothing here: {help_key} for help"),
            Msg::Unbound { key, help_key } => format!("{key} 在这里没有作用：按 {help_key} 查看帮助"),
            Msg::SearchedOnly { shown, all } if en => format!("in the {shown} of {all} the filter shows"),
            Msg::SearchedOnly { shown, all } => format!("仅在筛选出的 {shown}/{all} 个区中"),
            Msg::ThemesMatching { n } if en => format!("{} matching", count(n, Noun::Theme)),
            Msg::ThemesMatching { n } => format!("匹配 {}", count(n, Noun::Theme)),
            Msg::MatchesTitle { keyword, n } if en => format!("«{keyword}» · {}", count(n, Noun::Match)),
            Msg::MatchesTitle { keyword, n } => format!("「{keyword}」 · {}", count(n, Noun::Match)),
            Msg::SearchTitle { keyword, matches, districts, searched } if en => {
                format!(
                    "«{keyword}» · {} in {districts} of {}",
                    count(matches, Noun::Match),
                    count(searched, Noun::District)
                )
            }
            Msg::SearchTitle { keyword, matches, districts, searched } => {
                format!("「{keyword}」 · {districts} 个区共 {}（搜索了 {searched} 个区）", count(matches, Noun::Match))
            }
            Msg::OnlyIn { district } if en => format!("Only {district}"),
            Msg::OnlyIn { district } => format!("仅{district}"),
            Msg::Quits { key } if en => format!("{key} quits"),
            Msg::Quits { key } => format!("{key} 退出"),
            Msg::SourceLine { publication, issue, column, title } => {
                let column = if column.is_empty() { String::new() } else { format!(" · {column}") };
                let label = if en { "Source: " } else { "出处：" };
                format!("{label}{publication} {issue}{column} · {title}")
            }
            Msg::Citation { publication, issue, title, district: "" } if en => {
                format!("Source: {publication}{issue}《{title}》")
            }
            Msg::Citation { publication, issue, title, district: "" } => {
                format!("出处：{publication}{issue}《{title}》")
            }
            Msg::Citation { publication, issue, title, district } if en => {
                format!("Source: {publication}{issue}《{title}》, {district}")
            }
            Msg::Citation { publication, issue, title, district } => {
                format!("出处：{publication}{issue}《{title}》，{district}")
            }
            Msg::Copied { what, chars } if en => {
                format!("copied {what} ({chars} characters)")
            }
            Msg::Copied { what, chars } => format!("已复制{what}（{chars} 字）"),
            Msg::NothingToCopy if en => "nothing to take: no district is selected".to_string(),
            Msg::NothingToCopy => "没有可复制或写出的内容：没有选中的区".to_string(),
            Msg::NothingToCopyOnPage { write_key: Some(key) } if en => {
                format!("this page has no row to copy; {key} writes it to a file")
            }
            Msg::NothingToCopyOnPage { write_key: Some(key) } => format!("本页没有可复制的行；按 {key} 把它写入文件"),
            Msg::NothingToCopyOnPage { write_key: None } if en => "this page has nothing to copy".to_string(),
            Msg::NothingToCopyOnPage { write_key: None } => "本页没有可复制的内容".to_string(),
            Msg::NothingOnPage if en => "this page has nothing to copy or write".to_string(),
            Msg::NothingOnPage => "本页没有可复制或写出的内容".to_string(),
            Msg::Wrote { path } if en => format!("wrote {path}"),
            Msg::Wrote { path } => format!("已写入 {path}"),
            Msg::NotWritten { name, why } if en => {
                format!("could not write {name}: {why}; start liangdian in a directory you can write to")
            }
            Msg::NotWritten { name, why } => format!("无法写入 {name}：{why}；请在可写的目录中启动 liangdian"),
            Msg::Bookmarked { what } if en => format!("bookmarked {what}"),
            Msg::Bookmarked { what } => format!("已加书签：{what}"),
            Msg::Unbookmarked { what } if en => format!("removed the bookmark on {what}"),
            Msg::Unbookmarked { what } => format!("已删除书签：{what}"),
            Msg::TextChanged { what } if en => {
                format!("the text of {what} has changed since the note was made: the note stays in the bookmarks")
            }
            Msg::TextChanged { what } => format!("「{what}」的原文在写笔记后已改动：笔记仍保留在书签中"),
            Msg::NoLongerThere { what } if en => format!("{what} is not in this dataset"),
            Msg::NoLongerThere { what } => format!("本数据集中已没有{what}"),
            Msg::ConfirmDelete { what, key } if en => format!("press {key} again to delete the bookmark on {what}"),
            Msg::ConfirmDelete { what, key } => format!("再按 {key} 删除「{what}」的书签"),
            Msg::NoBookmarks { key, elsewhere: 0 } if en => {
                format!("no bookmarks yet: {key} marks the highlight under the cursor")
            }
            Msg::NoBookmarks { key, elsewhere } if en => format!(
                "no bookmarks in this dataset ({} in others): {key} marks the highlight under the cursor",
                elsewhere
            ),
            Msg::NoBookmarks { key, elsewhere: 0 } => format!("还没有书签：按 {key} 为光标所在亮点加书签"),
            Msg::NoBookmarks { key, elsewhere } => {
                format!("本数据集还没有书签（其他数据集中有 {elsewhere} 条）：按 {key} 为光标所在亮点加书签")
            }
            Msg::BookmarkMerged { what } if en => {
                format!("bookmarked {what}; another window had changed its note, so both are kept")
            }
            Msg::BookmarkMerged { what } => format!("已加书签：{what}；另一窗口已改过笔记，两者都已保留"),
            Msg::NotSaved { why } if en => format!("not saved: {why}; your note is kept here, Enter tries again"),
            Msg::NotSaved { why } => format!("未保存：{why}；笔记仍在此处，按 Enter 重试"),
            Msg::NotRead { why } if en => format!("bookmarks not read: {why}"),
            Msg::NotRead { why } => format!("无法读取书签：{why}"),
            Msg::FinishNote { save, leave } if en => {
                format!("finish the note first: {save} saves it, {leave} leaves it")
            }
            Msg::FinishNote { save, leave } => format!("请先写完笔记：按 {save} 保存，按 {leave} 放弃"),
            Msg::NotWhileComparing if en => "not while comparing: close the comparison first".to_string(),
            Msg::NotWhileComparing => "对比时不可用：请先关闭对比".to_string(),
            Msg::NoteFor { what } if en => format!("note for {what}: "),
            Msg::NoteFor { what } => format!("为「{what}」写笔记："),
            Msg::MouseOn if en => "mouse on: clicks and the wheel act here".to_string(),
            Msg::MouseOn => "鼠标已开启：点击和滚轮作用于本程序".to_string(),
            Msg::MouseOff { key } if en => {
                format!("mouse off: the terminal selects text; {key} turns it back on")
            }
            Msg::MouseOff { key } => format!("鼠标已关闭：可用终端选取文字；按 {key} 重新开启"),
            Msg::SameDistrict { a, b, name } if en => format!("'{a}' and '{b}' name the same district ({name})"),
            Msg::SameDistrict { a, b, name } => format!("「{a}」和「{b}」是同一个区（{name}）"),
            Msg::SameDistrictHint if en => {
                "name two different districts, such as `liangdian compare 东城 xicheng`".to_string()
            }
            Msg::SameDistrictHint => "请给出两个不同的区，例如 `liangdian compare 东城 xicheng`".to_string(),
            Msg::UnknownDistrict { name, nearest: "" } if en => format!("no district is called '{name}'"),
            Msg::UnknownDistrict { name, nearest } if en => {
                format!("no district is called '{name}'; did you mean {nearest}?")
            }
            Msg::UnknownDistrict { name, nearest: "" } => format!("没有名为「{name}」的区"),
            Msg::UnknownDistrict { name, nearest } => format!("没有名为「{name}」的区；是不是要找{nearest}？"),
            Msg::AmbiguousDistrict { name, candidates } if en => {
                format!("'{name}' names several districts: {candidates}")
            }
            Msg::AmbiguousDistrict { name, candidates } => format!("「{name}」对应多个区：{candidates}"),
            Msg::NameDistrictHint if en => {
                "name a district by its Chinese name, pinyin, initials or id; `liangdian list` shows them all"
                    .to_string()
            }
            Msg::NameDistrictHint => "可用中文名、拼音、拼音首字母或 id 指定区；`liangdian list` 列出全部".to_string(),
            Msg::EmptyKeyword if en => "the keyword is empty".to_string(),
            Msg::EmptyKeyword => "关键词为空".to_string(),
            Msg::EmptyKeywordHint if en => "give a word to search for, such as `liangdian search 冬奥会`".to_string(),
            Msg::EmptyKeywordHint => "请给出要搜索的词，例如 `liangdian search 冬奥会`".to_string(),
            Msg::NoMatchIn { keyword, districts } if en => {
                format!("no match for «{keyword}» in {}", count(districts, Noun::District))
            }
            Msg::NoMatchIn { keyword, districts } => format!("在 {districts} 个区中未找到「{keyword}」"),
            Msg::NoMatchHint if en => {
                "the search is literal: try a shorter word, or `liangdian themes WORD` to find themes by meaning"
                    .to_string()
            }
            Msg::NoMatchHint => "搜索按字面匹配：可试更短的词，或用 `liangdian themes 词` 按含义查找主题".to_string(),
            Msg::NoThemes if en => "the dataset has no themes".to_string(),
            Msg::NoThemes => "数据集中没有主题".to_string(),
            Msg::NoThemesHint if en => {
                "themes are listed under `themes:` in the dataset; see the README's schema".to_string()
            }
            Msg::NoThemesHint => "主题列在数据集的 `themes:` 下；格式见 README 的数据集一节".to_string(),
            Msg::NoThemeMatches { query } if en => format!("no theme matches «{query}»"),
            Msg::NoThemeMatches { query } => format!("没有与「{query}」匹配的主题"),
            Msg::NoThemeMatchesHint if en => "try Chinese (垃圾分类), pinyin (lajifenlei), initials (ljfl) or English \
                                              (waste); `liangdian themes` lists them all"
                .to_string(),
            Msg::NoThemeMatchesHint => {
                "可试中文（垃圾分类）、拼音（lajifenlei）、首字母（ljfl）或英文（waste）；`liangdian themes` 列出全部"
                    .to_string()
            }
            Msg::NoFiguresIn { district } if en => format!("{district}'s highlights quote no figures"),
            Msg::NoFiguresIn { district } => format!("{district}的亮点中没有数据"),
            Msg::NoFiguresInHint if en => "`liangdian figures` lists the figures of every district".to_string(),
            Msg::NoFiguresInHint => "`liangdian figures` 列出各区的全部数据".to_string(),
            Msg::NoFigures if en => "the dataset quotes no figures".to_string(),
            Msg::NoFigures => "数据集中没有引用任何数据".to_string(),
            Msg::NoFiguresHint if en => {
                "figures are listed under each highlight's `figures:` in the dataset".to_string()
            }
            Msg::NoFiguresHint => "数据集中，数据列在每条亮点的 `figures:` 下".to_string(),
            Msg::NoBookmarksHere { file, elsewhere: 0 } if en => format!("no bookmarks on this dataset in {file}"),
            Msg::NoBookmarksHere { file, elsewhere: 0 } => format!("{file} 中没有本数据集的书签"),
            Msg::NoBookmarksHere { file, elsewhere } if en => {
                format!("no bookmarks on this dataset in {file} ({elsewhere} on others)")
            }
            Msg::NoBookmarksHere { file, elsewhere } => {
                format!("{file} 中没有本数据集的书签（其他数据集有 {elsewhere} 条）")
            }
            Msg::BookmarkHint { key } if en => {
                format!("press {key} in the browser to bookmark the highlight under the cursor")
            }
            Msg::BookmarkHint { key } => format!("在浏览界面中按 {key} 为光标所在亮点加书签"),
            Msg::GroupCount { label, n } if en => format!("{label} ({n}):"),
            Msg::GroupCount { label, n } => format!("{label}（{n}）："),
            Msg::Zoomed { key } if en => format!("zoomed: {key} puts the lists back"),
            Msg::Zoomed { key } => format!("已放大：按 {key} 恢复列表"),
            Msg::Hint if en => "hint: ".to_string(),
            Msg::Hint => "提示：".to_string(),
            Msg::FilterPlaceholder { key: Some(key) } if en => format!("{key} to filter: 垃圾分类, ljfl, waste, hd …"),
            Msg::FilterPlaceholder { key: Some(key) } => format!("按 {key} 筛选：垃圾分类、ljfl、waste、hd …"),
            Msg::FilterPlaceholder { key: None } if en => {
                "type a theme or district: 垃圾分类, ljfl, waste, hd …".to_string()
            }
            Msg::FilterPlaceholder { key: None } => "输入主题或区名：垃圾分类、ljfl、waste、hd …".to_string(),
            Msg::OnlyComparing { key, pin_key, compare_key } if en => {
                format!(
                    "{key} works in a comparison: {pin_key} pins a district, {compare_key} compares it with another"
                )
            }
            Msg::OnlyComparing { key, pin_key, compare_key } => {
                format!("{key} 用于对比：按 {pin_key} 固定一个区，再按 {compare_key} 与另一个区对比")
            }
            Msg::EnglishTitlesOnly if en => "found in the English titles only (the texts are Chinese); \
                                             `liangdian themes WORD` finds the themes by meaning"
                .to_string(),
            Msg::EnglishTitlesOnly => {
                "只在英文标题中找到（正文为中文）；`liangdian themes 词` 按含义查找主题".to_string()
            }
            Msg::NoteNotSaved { save, quit } if en => {
                format!("the note is not saved: {save} saves it, {quit} again quits without it")
            }
            Msg::NoteNotSaved { save, quit } => format!("笔记尚未保存：按 {save} 保存，再按 {quit} 不保存并退出"),
            Msg::BrowserOnly if en => {
                "--compare and --search open the browser and cannot be used with a subcommand".to_string()
            }
            Msg::BrowserOnly => "`--compare` 和 `--search` 用于打开浏览界面，不能与子命令一起使用".to_string(),
            Msg::BrowserOnlyHint if en => {
                "leave them out, or leave out the subcommand; `liangdian --help` shows every option".to_string()
            }
            Msg::BrowserOnlyHint => "去掉它们，或去掉子命令；`liangdian --help` 列出所有选项".to_string(),
            Msg::InvalidDataset { origin, problems } if en => {
                format!("{origin} is not a valid dataset ({}):", count(problems, Noun::Problem))
            }
            Msg::InvalidDataset { origin, problems } => {
                format!("{origin} 不是有效的数据集（{}）：", count(problems, Noun::Problem))
            }
            Msg::NoDistricts { back_key } if en => format!("no district matches; {back_key} clears the filter"),
            Msg::NoDistricts { back_key } => format!("没有匹配的区；按 {back_key} 清除筛选"),
            Msg::Parsed { districts, percent } if en => {
                format!("parsing: {}, {percent} % of the file", count(districts, Noun::District))
            }
            Msg::Parsed { districts, percent } => {
                format!("解析：{}，已读 {percent}%", count(districts, Noun::District))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each message, with plain arguments.
    fn every_message() -> Vec<Msg<'static>> {
        let (district, theme, key) = ("东城", "垃圾分类", "x");
        vec![
            Msg::FilterClearedToShow { district },
            Msg::Pinned { district, compare_key: key },
            Msg::Unpinned { district },
            Msg::ColumnsTogether,
            Msg::ColumnsApart { left_keys: key },
            Msg::NoDistrictSelected { back_key: key },
            Msg::MoveToCompare { move_keys: key, district },
            Msg::NoMatchesToList { search_key: key },
            Msg::ThemeFiltered { theme, back_key: key },
            Msg::NoHighlightOn { district, theme, filter_cleared: true },
            Msg::NoHighlightOn { district, theme, filter_cleared: false },
            Msg::OnlyFilteredSearched,
            Msg::NothingToStep { search_key: key },
            Msg::NoSearchYet { search_key: key },
            Msg::Totals { districts: 16, highlights: 52, themes: 25, figures: 38 },
            Msg::Valid { districts: 16, highlights: 52, themes: 25, figures: 38 },
            Msg::Counts { highlights: 1, themes: 2 },
            Msg::TooSmall { need: (60, 16), size: (40, 10), quit_key: key },
            Msg::SearchStatus { keyword: theme, current: 1, total: 2 },
            Msg::SearchStatus { keyword: theme, current: 0, total: 0 },
            Msg::ThemesMatching { n: 1 },
            Msg::SearchedOnly { shown: 5, all: 16 },
            Msg::Unbound { key, help_key: key },
            Msg::MatchesTitle { keyword: theme, n: 1 },
            Msg::SearchTitle { keyword: theme, matches: 4, districts: 1, searched: 16 },
            Msg::OnlyIn { district },
            Msg::Quits { key },
            Msg::Parsed { districts: 4096, percent: 38 },
            Msg::NoDistricts { back_key: key },
            Msg::InvalidDataset { origin: "mine.yaml", problems: 2 },
            Msg::BrowserOnly,
            Msg::BrowserOnlyHint,
            Msg::NoteNotSaved { save: key, quit: key },
            Msg::EnglishTitlesOnly,
            Msg::OnlyComparing { key, pin_key: key, compare_key: key },
            Msg::FilterPlaceholder { key: Some(key) },
            Msg::FilterPlaceholder { key: None },
            Msg::SameDistrict { a: district, b: district, name: district },
            Msg::SameDistrictHint,
            Msg::UnknownDistrict { name: district, nearest: "" },
            Msg::UnknownDistrict { name: district, nearest: district },
            Msg::AmbiguousDistrict { name: key, candidates: district },
            Msg::NameDistrictHint,
            Msg::EmptyKeyword,
            Msg::EmptyKeywordHint,
            Msg::NoMatchIn { keyword: theme, districts: 16 },
            Msg::NoMatchHint,
            Msg::NoThemes,
            Msg::NoThemesHint,
            Msg::NoThemeMatches { query: theme },
            Msg::NoThemeMatchesHint,
            Msg::NoFiguresIn { district },
            Msg::NoFiguresInHint,
            Msg::NoFigures,
            Msg::NoFiguresHint,
            Msg::NoBookmarksHere { file: "b.json", elsewhere: 0 },
            Msg::BookmarkHint { key },
            Msg::Hint,
            Msg::Zoomed { key },
            Msg::GroupCount { label: district, n: 6 },
            Msg::Copied { what: district, chars: 12 },
            Msg::NothingToCopy,
            Msg::NothingOnPage,
            Msg::NothingToCopyOnPage { write_key: Some(key) },
            Msg::NothingToCopyOnPage { write_key: None },
            Msg::Wrote { path: "./x.md" },
            Msg::NotWritten { name: "x.md", why: "denied" },
            Msg::MouseOn,
            Msg::Bookmarked { what: district },
            Msg::Unbookmarked { what: district },
            Msg::NoteFor { what: district },
            Msg::BookmarkMerged { what: district },
            Msg::NotSaved { why: district },
            Msg::NotRead { why: district },
            Msg::NotWhileComparing,
            Msg::FinishNote { save: key, leave: key },
            Msg::TextChanged { what: district },
            Msg::NoLongerThere { what: district },
            Msg::ConfirmDelete { what: district, key },
            Msg::NoBookmarks { key, elsewhere: 0 },
            Msg::NoBookmarks { key, elsewhere: 2 },
            Msg::MouseOff { key },
            Msg::SourceLine {
                publication: "《北京人大》杂志", issue: "2021年第1期", column: "基层人大", title: theme
            },
            Msg::Citation { publication: "《北京人大》杂志", issue: "2021年第1期", title: theme, district },
            Msg::Citation {
                publication: "《北京人大》杂志", issue: "2021年第1期", title: theme, district: ""
            },
            Msg::NoBookmarksHere { file: "b.json", elsewhere: 3 },
        ]
    }

    #[test]
    fn chinese_messages_use_chinese_punctuation() {
        for msg in every_message() {
            let zh = msg.text(Lang::Zh);
            assert_eq!(super::super::ascii_in_chinese_prose(&zh), None, "{msg:?}: «{zh}»");
        }
    }

    #[test]
    fn every_message_names_what_it_carries_in_both_languages() {
        for msg in every_message() {
            for lang in [Lang::En, Lang::Zh] {
                let text = msg.text(lang);
                assert!(!text.is_empty(), "{msg:?} in {lang:?}");
                let carries = format!("{msg:?}");
                for piece in ["东城", "垃圾分类"] {
                    if carries.contains(piece) {
                        assert!(text.contains(piece), "{msg:?} in {lang:?} lost «{piece}»: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn english_counts_in_messages_agree_with_their_numbers() {
        assert_eq!(Msg::ThemesMatching { n: 1 }.text(Lang::En), "1 theme matching");
        assert_eq!(Msg::MatchesTitle { keyword: "冬奥会", n: 1 }.text(Lang::En), "«冬奥会» · 1 match");
        assert_eq!(
            Msg::SearchTitle { keyword: "x", matches: 3, districts: 1, searched: 1 }.text(Lang::En),
            "«x» · 3 matches in 1 of 1 district"
        );
    }
}
