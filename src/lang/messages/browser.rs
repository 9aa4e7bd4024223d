//! The browser's sentences: notices on the status line, prompts, the loading screen. Keys are passed in as
//! the key table names them, so a message never names a key the table does not bind.

use super::Message;
use crate::lang::{Lang, Noun};

/// One thing the browser says: a notice on the status line, a prompt, the loading screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserMsg<'a> {
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
    /// A keyword that names a theme more districts carry than it was found in: `themes` as "垃圾分类" or
    /// "物业管理 and 垃圾分类", `districts` as "8" or "8 and 8".
    ThemeOffer {
        themes: &'a str,
        districts: &'a str,
        two: bool,
        filter_key: &'a str,
    },
    /// A search that found nothing in the districts the filter shows, but something in `districts` it hides.
    FilterHidesMatches {
        keyword: &'a str,
        districts: usize,
        back_key: &'a str,
    },
    /// A keyword of punctuation alone, which is not searched.
    NothingToSearch {
        keyword: &'a str,
    },
    NothingToStep {
        search_key: &'a str,
    },
    NoSearchYet {
        search_key: &'a str,
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
    /// What a key does, as a short hint: "q quits".
    Quits {
        key: &'a str,
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
    /// After a zoomed pane's title: the key that puts the lists back.
    Zoomed {
        key: &'a str,
    },
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
    /// A quit held back at the note prompt.
    NoteNotSaved {
        save: &'a str,
        quit: &'a str,
    },
    /// The filter lets no district through.
    NoDistricts {
        back_key: &'a str,
    },
}

impl Message for BrowserMsg<'_> {
    fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let count = |n, noun| lang.count(n, noun);
        match *self {
            BrowserMsg::FilterClearedToShow { district } if en => format!("filter cleared to show {district}"),
            BrowserMsg::FilterClearedToShow { district } => format!("已清除筛选以显示{district}"),
            BrowserMsg::Pinned { district, compare_key } if en => {
                format!("pinned {district}: {compare_key} compares it with the selected district")
            }
            BrowserMsg::Pinned { district, compare_key } => {
                format!("已固定{district}：按 {compare_key} 与选中的区对比")
            }
            BrowserMsg::Unpinned { district } if en => format!("unpinned {district}"),
            BrowserMsg::Unpinned { district } => format!("已取消固定{district}"),
            BrowserMsg::ColumnsTogether if en => "columns scroll together".to_string(),
            BrowserMsg::ColumnsTogether => "两栏同步滚动".to_string(),
            BrowserMsg::ColumnsApart { left_keys } if en => {
                format!("columns scroll apart: {left_keys} scroll the left one")
            }
            BrowserMsg::ColumnsApart { left_keys } => format!("两栏分别滚动：{left_keys} 滚动左栏"),
            BrowserMsg::NoDistrictSelected { back_key } if en => {
                format!("no district is selected: {back_key} clears the filter")
            }
            BrowserMsg::NoDistrictSelected { back_key } => format!("没有选中的区：按 {back_key} 清除筛选"),
            BrowserMsg::MoveToCompare { move_keys, district } if en => {
                format!("move ({move_keys}) to the district to compare with {district}")
            }
            BrowserMsg::MoveToCompare { move_keys, district } => format!("移动（{move_keys}）到要与{district}对比的区"),
            BrowserMsg::NoMatchesToList { search_key } if en => {
                format!("no matches to list: press {search_key} to search")
            }
            BrowserMsg::NoMatchesToList { search_key } => format!("没有可列出的匹配：按 {search_key} 搜索"),
            BrowserMsg::ThemeFiltered { theme, back_key } if en => {
                format!("districts with #{theme}; {back_key} clears the filter")
            }
            BrowserMsg::ThemeFiltered { theme, back_key } => {
                format!("只列出涉及 #{theme} 的区；按 {back_key} 清除筛选")
            }
            BrowserMsg::NoHighlightOn { district, theme, filter_cleared } => match (en, filter_cleared) {
                (true, true) => format!("{district} has no highlight on {theme}; filter cleared"),
                (true, false) => format!("{district} has no highlight on {theme}"),
                (false, true) => format!("{district}没有关于{theme}的亮点；已清除筛选"),
                (false, false) => format!("{district}没有关于{theme}的亮点"),
            },
            BrowserMsg::NothingToSearch { keyword } if en => {
                format!("«{keyword}» has no letter, digit or Chinese character: search for a word, such as 冬奥会")
            }
            BrowserMsg::NothingToSearch { keyword } => {
                format!("「{keyword}」中没有字母、数字或汉字：请搜索一个词，例如冬奥会")
            }
            BrowserMsg::ThemeOffer { themes, districts, two: false, filter_key } if en => {
                format!("{districts} districts carry the theme {themes}: {filter_key} filters by it")
            }
            BrowserMsg::ThemeOffer { themes, districts, two: true, filter_key } if en => {
                format!("{districts} districts carry the themes {themes}: {filter_key} filters by them")
            }
            BrowserMsg::ThemeOffer { themes, districts, two: false, filter_key } => {
                format!("{districts} 个区带有主题{themes}：按 {filter_key} 按主题筛选")
            }
            BrowserMsg::ThemeOffer { themes, districts, two: true, filter_key } => {
                format!("主题{themes}分别见于 {districts} 个区：按 {filter_key} 按主题筛选")
            }
            BrowserMsg::FilterHidesMatches { keyword, districts, back_key } if en => {
                format!(
                    "«{keyword}»: {}, hidden by the filter · {back_key} clears it",
                    count(districts, Noun::District)
                )
            }
            BrowserMsg::FilterHidesMatches { keyword, districts, back_key } => {
                format!("「{keyword}」在筛选隐藏的 {districts} 个区中：按 {back_key} 清除筛选")
            }
            BrowserMsg::NothingToStep { search_key } if en => {
                format!("nothing to step through: {search_key} searches for another keyword")
            }
            BrowserMsg::NothingToStep { search_key } => format!("没有可跳转的匹配：按 {search_key} 换个关键词"),
            BrowserMsg::NoSearchYet { search_key } if en => {
                format!("no search yet: press {search_key} and type a keyword")
            }
            BrowserMsg::NoSearchYet { search_key } => format!("尚未搜索：按 {search_key} 输入关键词"),
            BrowserMsg::TooSmall { need, size, quit_key } if en => format!(
                "liangdian needs at least {}×{}; this one is {}×{}. Enlarge the window, or press {quit_key} to quit.",
                need.0, need.1, size.0, size.1
            ),
            BrowserMsg::TooSmall { need, size, quit_key } => format!(
                "liangdian 至少需要 {}×{} 的终端，当前为 {}×{}。请放大窗口，或按 {quit_key} 退出。",
                need.0, need.1, size.0, size.1
            ),
            BrowserMsg::SearchStatus { keyword, total: 0, .. } if en => format!("no match for «{keyword}»"),
            BrowserMsg::SearchStatus { keyword, current, total } if en => {
                format!("match {current}/{total} «{keyword}»")
            }
            BrowserMsg::SearchStatus { keyword, total: 0, .. } => format!("未找到「{keyword}」"),
            BrowserMsg::SearchStatus { keyword, current, total } => format!("匹配 {current}/{total}「{keyword}」"),
            BrowserMsg::Unbound { key, help_key } if en => format!("{key} does nothing here: {help_key} for help"),
            BrowserMsg::Unbound { key, help_key } => format!("{key} 在这里没有作用：按 {help_key} 查看帮助"),
            BrowserMsg::SearchedOnly { shown, all } if en => format!("in the {shown} of {all} the filter shows"),
            BrowserMsg::SearchedOnly { shown, all } => format!("仅在筛选出的 {shown}/{all} 个区中"),
            BrowserMsg::ThemesMatching { n } if en => format!("{} matching", count(n, Noun::Theme)),
            BrowserMsg::ThemesMatching { n } => format!("匹配 {}", count(n, Noun::Theme)),
            BrowserMsg::Quits { key } if en => format!("{key} quits"),
            BrowserMsg::Quits { key } => format!("{key} 退出"),
            BrowserMsg::Copied { what, chars } if en => {
                format!("copied {what} ({chars} characters)")
            }
            BrowserMsg::Copied { what, chars } => format!("已复制{what}（{chars} 字）"),
            BrowserMsg::NothingToCopy if en => "nothing to take: no district is selected".to_string(),
            BrowserMsg::NothingToCopy => "没有可复制或写出的内容：没有选中的区".to_string(),
            BrowserMsg::NothingToCopyOnPage { write_key: Some(key) } if en => {
                format!("this page has no row to copy; {key} writes it to a file")
            }
            BrowserMsg::NothingToCopyOnPage { write_key: Some(key) } => {
                format!("本页没有可复制的行；按 {key} 把它写入文件")
            }
            BrowserMsg::NothingToCopyOnPage { write_key: None } if en => "this page has nothing to copy".to_string(),
            BrowserMsg::NothingToCopyOnPage { write_key: None } => "本页没有可复制的内容".to_string(),
            BrowserMsg::NothingOnPage if en => "this page has nothing to copy or write".to_string(),
            BrowserMsg::NothingOnPage => "本页没有可复制或写出的内容".to_string(),
            BrowserMsg::Wrote { path } if en => format!("wrote {path}"),
            BrowserMsg::Wrote { path } => format!("已写入 {path}"),
            BrowserMsg::NotWritten { name, why } if en => {
                format!("could not write {name}: {why}; start liangdian in a directory you can write to")
            }
            BrowserMsg::NotWritten { name, why } => format!("无法写入 {name}：{why}；请在可写的目录中启动 liangdian"),
            BrowserMsg::Bookmarked { what } if en => format!("bookmarked {what}"),
            BrowserMsg::Bookmarked { what } => format!("已加书签：{what}"),
            BrowserMsg::Unbookmarked { what } if en => format!("removed the bookmark on {what}"),
            BrowserMsg::Unbookmarked { what } => format!("已删除书签：{what}"),
            BrowserMsg::TextChanged { what } if en => {
                format!("the text of {what} has changed since the note was made: the note stays in the bookmarks")
            }
            BrowserMsg::TextChanged { what } => format!("「{what}」的原文在写笔记后已改动：笔记仍保留在书签中"),
            BrowserMsg::NoLongerThere { what } if en => format!("{what} is not in this dataset"),
            BrowserMsg::NoLongerThere { what } => format!("本数据集中已没有{what}"),
            BrowserMsg::ConfirmDelete { what, key } if en => {
                format!("press {key} again to delete the bookmark on {what}")
            }
            BrowserMsg::ConfirmDelete { what, key } => format!("再按 {key} 删除「{what}」的书签"),
            BrowserMsg::NoBookmarks { key, elsewhere: 0 } if en => {
                format!("no bookmarks yet: {key} marks the highlight under the cursor")
            }
            BrowserMsg::NoBookmarks { key, elsewhere } if en => format!(
                "no bookmarks in this dataset ({} in others): {key} marks the highlight under the cursor",
                elsewhere
            ),
            BrowserMsg::NoBookmarks { key, elsewhere: 0 } => format!("还没有书签：按 {key} 为光标所在亮点加书签"),
            BrowserMsg::NoBookmarks { key, elsewhere } => {
                format!("本数据集还没有书签（其他数据集中有 {elsewhere} 条）：按 {key} 为光标所在亮点加书签")
            }
            BrowserMsg::BookmarkMerged { what } if en => {
                format!("bookmarked {what}; another window had changed its note, so both are kept")
            }
            BrowserMsg::BookmarkMerged { what } => format!("已加书签：{what}；另一窗口已改过笔记，两者都已保留"),
            BrowserMsg::NotSaved { why } if en => {
                format!("not saved: {why}; your note is kept here, Enter tries again")
            }
            BrowserMsg::NotSaved { why } => format!("未保存：{why}；笔记仍在此处，按 Enter 重试"),
            BrowserMsg::NotRead { why } if en => format!("bookmarks not read: {why}"),
            BrowserMsg::NotRead { why } => format!("无法读取书签：{why}"),
            BrowserMsg::FinishNote { save, leave } if en => {
                format!("finish the note first: {save} saves it, {leave} leaves it")
            }
            BrowserMsg::FinishNote { save, leave } => format!("请先写完笔记：按 {save} 保存，按 {leave} 放弃"),
            BrowserMsg::NotWhileComparing if en => "not while comparing: close the comparison first".to_string(),
            BrowserMsg::NotWhileComparing => "对比时不可用：请先关闭对比".to_string(),
            BrowserMsg::NoteFor { what } if en => format!("note for {what}: "),
            BrowserMsg::NoteFor { what } => format!("为「{what}」写笔记："),
            BrowserMsg::MouseOn if en => "mouse on: clicks and the wheel act here".to_string(),
            BrowserMsg::MouseOn => "鼠标已开启：点击和滚轮作用于本程序".to_string(),
            BrowserMsg::MouseOff { key } if en => {
                format!("mouse off: the terminal selects text; {key} turns it back on")
            }
            BrowserMsg::MouseOff { key } => format!("鼠标已关闭：可用终端选取文字；按 {key} 重新开启"),
            BrowserMsg::Zoomed { key } if en => format!("zoomed: {key} puts the lists back"),
            BrowserMsg::Zoomed { key } => format!("已放大：按 {key} 恢复列表"),
            BrowserMsg::FilterPlaceholder { key: Some(key) } if en => {
                format!("{key} to filter: 垃圾分类, ljfl, waste, hd …")
            }
            BrowserMsg::FilterPlaceholder { key: Some(key) } => format!("按 {key} 筛选：垃圾分类、ljfl、waste、hd …"),
            BrowserMsg::FilterPlaceholder { key: None } if en => {
                "type a theme or district: 垃圾分类, ljfl, waste, hd …".to_string()
            }
            BrowserMsg::FilterPlaceholder { key: None } => "输入主题或区名：垃圾分类、ljfl、waste、hd …".to_string(),
            BrowserMsg::OnlyComparing { key, pin_key, compare_key } if en => {
                format!(
                    "{key} works in a comparison: {pin_key} pins a district, {compare_key} compares it with another"
                )
            }
            BrowserMsg::OnlyComparing { key, pin_key, compare_key } => {
                format!("{key} 用于对比：按 {pin_key} 固定一个区，再按 {compare_key} 与另一个区对比")
            }
            BrowserMsg::NoteNotSaved { save, quit } if en => {
                format!("the note is not saved: {save} saves it, {quit} again quits without it")
            }
            BrowserMsg::NoteNotSaved { save, quit } => {
                format!("笔记尚未保存：按 {save} 保存，再按 {quit} 不保存并退出")
            }
            BrowserMsg::NoDistricts { back_key } if en => format!("no district matches; {back_key} clears the filter"),
            BrowserMsg::NoDistricts { back_key } => format!("没有匹配的区；按 {back_key} 清除筛选"),
            BrowserMsg::Parsed { districts, percent } if en => {
                format!("parsing: {}, {percent} % of the file", count(districts, Noun::District))
            }
            BrowserMsg::Parsed { districts, percent } => {
                format!("解析：{}，已读 {percent}%", count(districts, Noun::District))
            }
        }
    }
}
