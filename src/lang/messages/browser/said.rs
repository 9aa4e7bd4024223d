//! What the browser's messages say, in both languages and in their parts (see [`Notice`]).

use super::BrowserMsg;
use crate::lang::messages::Message;
use crate::lang::{Lang, Notice, Noun, about, grouped};

impl Message for BrowserMsg<'_> {
    fn text(&self, lang: Lang) -> String {
        self.notice(lang).whole()
    }

    /// The message in its parts: the verdict's words and the hint are kept whole on a narrow line, the
    /// details (names of files, titles, keywords, the system's words) give way.
    fn notice(&self, lang: Lang) -> Notice {
        let en = lang == Lang::En;
        let count = |n, noun| lang.count(n, noun);
        let colon = lang.colon();
        let semi = lang.pick("; ", "；");
        // «keyword» / 「keyword」 with the keyword a detail.
        let quoted = |before: &str, keyword: &str| {
            let (open, close) = lang.pick("«»", "「」").split_at(lang.pick("«", "「").len());
            Notice::new(before).words(open).detail(keyword).words(close)
        };
        match *self {
            BrowserMsg::FilterClearedToShow { district } if en => {
                Notice::new(format!("filter cleared to show {district}"))
            }
            BrowserMsg::FilterClearedToShow { district } => Notice::new(format!("已清除筛选以显示{district}")),
            BrowserMsg::Pinned { district, compare_key } if en => Notice::new(format!("pinned {district}"))
                .hint(colon, format!("{compare_key} compares it with the selected district")),
            BrowserMsg::Pinned { district, compare_key } => {
                Notice::new(format!("已固定{district}")).hint(colon, format!("按 {compare_key} 与选中的区对比"))
            }
            BrowserMsg::Unpinned { district } if en => Notice::new(format!("unpinned {district}")),
            BrowserMsg::Unpinned { district } => Notice::new(format!("已取消固定{district}")),
            BrowserMsg::ColumnsTogether if en => Notice::new("columns scroll together"),
            BrowserMsg::ColumnsTogether => Notice::new("两栏同步滚动"),
            BrowserMsg::ColumnsApart { left_keys } if en => {
                Notice::new("columns scroll apart").hint(colon, format!("{left_keys} scroll the left one"))
            }
            BrowserMsg::ColumnsApart { left_keys } => {
                Notice::new("两栏分别滚动").hint(colon, format!("{left_keys} 滚动左栏"))
            }
            BrowserMsg::NoDistrictSelected { back_key } if en => {
                Notice::new("no district is selected").hint(colon, format!("{back_key} clears the filter"))
            }
            BrowserMsg::NoDistrictSelected { back_key } => {
                Notice::new("没有选中的区").hint(colon, format!("按 {back_key} 清除筛选"))
            }
            BrowserMsg::MoveToCompare { move_keys, district } if en => {
                Notice::new(format!("move ({move_keys}) to the district to compare with {district}"))
            }
            BrowserMsg::MoveToCompare { move_keys, district } => {
                Notice::new(format!("移动（{move_keys}）到要与{district}对比的区"))
            }
            BrowserMsg::NoMatchesToList { search_key } if en => {
                Notice::new("no matches to list").hint(colon, format!("press {search_key} to search"))
            }
            BrowserMsg::NoMatchesToList { search_key } => {
                Notice::new("没有可列出的匹配").hint(colon, format!("按 {search_key} 搜索"))
            }
            BrowserMsg::ThemeFiltered { theme, back_key } if en => {
                Notice::new("districts with #").detail(theme).hint(semi, format!("{back_key} clears the filter"))
            }
            BrowserMsg::ThemeFiltered { theme, back_key } => {
                Notice::new("只列出涉及 #").detail(theme).words(" 的区").hint(semi, format!("按 {back_key} 清除筛选"))
            }
            BrowserMsg::NoHighlightOn { district, theme, filter_cleared } => {
                let said = if en {
                    Notice::new(format!("{district} has no highlight on ")).detail(theme)
                } else {
                    Notice::new(district).words("没有关于").detail(theme).words("的亮点")
                };
                if filter_cleared { said.hint(semi, lang.pick("filter cleared", "已清除筛选")) } else { said }
            }
            BrowserMsg::NothingToSearch { keyword } if en => {
                quoted("", keyword).words(" has no letter, digit or Chinese character").hint(colon, "try 冬奥会")
            }
            BrowserMsg::NothingToSearch { keyword } => {
                quoted("", keyword).words("中没有字母、数字或汉字").hint(colon, "试试冬奥会")
            }
            BrowserMsg::ThemeOffer { themes, districts, two, filter_key } if en => {
                let (s, it) = if two { ("s", "them") } else { ("", "it") };
                Notice::new(format!("{districts} districts carry the theme{s} "))
                    .detail(themes)
                    .hint(colon, format!("{filter_key} filters by {it}"))
            }
            BrowserMsg::ThemeOffer { themes, districts, two: false, filter_key } => {
                Notice::new(format!("{districts} 个区带有主题"))
                    .detail(themes)
                    .hint(colon, format!("按 {filter_key} 按主题筛选"))
            }
            BrowserMsg::ThemeOffer { themes, districts, two: true, filter_key } => Notice::new("主题")
                .detail(themes)
                .words(format!("分别见于 {districts} 个区"))
                .hint(colon, format!("按 {filter_key} 按主题筛选")),
            BrowserMsg::FilterHidesMatches { keyword, districts, back_key } if en => quoted("", keyword)
                .words(format!(": {}, hidden by the filter", count(districts, Noun::District)))
                .hint(" · ", format!("{back_key} clears it")),
            BrowserMsg::FilterHidesMatches { keyword, districts, back_key } => quoted("", keyword)
                .words(format!("在筛选隐藏的 {districts} 个区中"))
                .hint(colon, format!("按 {back_key} 清除筛选")),
            BrowserMsg::NothingToStep { search_key } if en => {
                Notice::new("nothing to step through").hint(colon, format!("{search_key} searches for another keyword"))
            }
            BrowserMsg::NothingToStep { search_key } => {
                Notice::new("没有可跳转的匹配").hint(colon, format!("按 {search_key} 换个关键词"))
            }
            BrowserMsg::Arriving { loaded, expected, incomplete } => {
                let counted = format!("{}/{}", grouped(loaded), about(expected));
                match incomplete {
                    false => Notice::new(counted),
                    true => Notice::new(format!("{counted} · {}", lang.labels().incomplete)),
                }
            }
            BrowserMsg::Rereading if en => {
                Notice::new("reading the file again").hint(colon, "a mistake, or an odd shape")
            }
            BrowserMsg::Rereading => Notice::new("正在重新读取文件").hint(colon, "文件有错误或结构特殊"),
            BrowserMsg::QuittingAfterCheck if en => {
                Notice::new("quitting once the file is checked").hint(colon, "Ctrl-c quits now")
            }
            BrowserMsg::QuittingAfterCheck => Notice::new("文件检查完毕后退出").hint(colon, "按 Ctrl-c 立即退出"),
            BrowserMsg::QuittingAfterKeeping if en => {
                Notice::new("quitting once the file is cached").hint(colon, "q again quits now")
            }
            BrowserMsg::QuittingAfterKeeping => Notice::new("文件缓存完毕后退出").hint(colon, "再按 q 立即退出"),
            BrowserMsg::SoFar { loaded } if en => Notice::new(format!("in the {} loaded so far", grouped(loaded))),
            BrowserMsg::SoFar { loaded } => Notice::new(format!("仅在已读入的 {} 个区中", grouped(loaded))),
            BrowserMsg::LoadStopped { loaded, expected, back_key, quit_key } if en => {
                Notice::new("loading stopped at an error")
                    .detail(format!(" after {} of {} districts", grouped(loaded), about(expected)))
                    .hint(colon, format!("{back_key} reads them, {quit_key} quits"))
            }
            BrowserMsg::LoadStopped { loaded, expected, back_key, quit_key } => Notice::new("读取中途出错")
                .detail(format!("，已读入 {}/{} 个区", grouped(loaded), about(expected)))
                .hint(colon, format!("按 {back_key} 阅读已读入的，按 {quit_key} 退出")),
            BrowserMsg::OneEdition if en => {
                Notice::new("one edition is read").hint(colon, "--data once per year reads several")
            }
            BrowserMsg::OneEdition => Notice::new("只读取了一个版本").hint(colon, "每年给一个 --data 即可读取多个"),
            BrowserMsg::NoOtherEdition { district, year, later: true } if en => {
                Notice::new("no later edition of ").detail(district).words(format!(" than {year}"))
            }
            BrowserMsg::NoOtherEdition { district, year, later: false } if en => {
                Notice::new("no earlier edition of ").detail(district).words(format!(" than {year}"))
            }
            BrowserMsg::NoOtherEdition { district, year, later } => Notice::new(String::new())
                .detail(district)
                .words(format!("没有比 {year} 年{}的版本", if later { "更晚" } else { "更早" })),
            BrowserMsg::NoSearchYet { search_key } if en => {
                Notice::new("no search yet").hint(colon, format!("press {search_key} and type a keyword"))
            }
            BrowserMsg::NoSearchYet { search_key } => {
                Notice::new("尚未搜索").hint(colon, format!("按 {search_key} 输入关键词"))
            }
            BrowserMsg::TooSmall { need, size, quit_key } if en => Notice::new(format!(
                "liangdian needs at least {}×{}; this one is {}×{}. Enlarge the window, or press {quit_key} to quit.",
                need.0, need.1, size.0, size.1
            )),
            BrowserMsg::TooSmall { need, size, quit_key } => Notice::new(format!(
                "liangdian 至少需要 {}×{} 的终端，当前为 {}×{}。请放大窗口，或按 {quit_key} 退出。",
                need.0, need.1, size.0, size.1
            )),
            BrowserMsg::SearchStatus { keyword, total: 0, .. } if en => quoted("no match for ", keyword),
            BrowserMsg::SearchStatus { keyword, current, total, english } if en => {
                let said = quoted(&format!("match {current}/{total} "), keyword);
                if english { said.words(" in English") } else { said }
            }
            BrowserMsg::SearchStatus { keyword, total: 0, .. } => quoted("未找到", keyword),
            BrowserMsg::SearchStatus { keyword, current, total, english } => {
                let said = quoted(&format!("匹配 {current}/{total}"), keyword);
                if english { said.words("（英文）") } else { said }
            }
            BrowserMsg::Unbound { key, help_key } if en => {
                Notice::new(format!("{key} does nothing here")).hint(colon, format!("{help_key} for help"))
            }
            BrowserMsg::Unbound { key, help_key } => {
                Notice::new(format!("{key} 在这里没有作用")).hint(colon, format!("按 {help_key} 查看帮助"))
            }
            BrowserMsg::SearchedOnly { shown, all } if en => {
                Notice::new(format!("in the {shown} of {all} the filter shows"))
            }
            BrowserMsg::SearchedOnly { shown, all } => Notice::new(format!("仅在筛选出的 {shown}/{all} 个区中")),
            BrowserMsg::ThemesMatching { n } if en => Notice::new(format!("{} matching", count(n, Noun::Theme))),
            BrowserMsg::ThemesMatching { n } => Notice::new(format!("匹配 {}", count(n, Noun::Theme))),
            BrowserMsg::Quits { key } if en => Notice::new(format!("{key} quits")),
            BrowserMsg::Quits { key } => Notice::new(format!("{key} 退出")),
            BrowserMsg::NoTerms { here: true } if en => Notice::new("no term of the glossary in this highlight"),
            BrowserMsg::NoTerms { here: true } => Notice::new("这条亮点中没有词汇表里的词"),
            BrowserMsg::NoTerms { here: false } if en => Notice::new("this dataset has no glossary"),
            BrowserMsg::NoTerms { here: false } => Notice::new("这个数据集没有词汇表"),
            BrowserMsg::TermMeans { term, pinyin, en: english, meaning } => {
                let reading = format!("{pinyin} · {english}");
                Notice::new(format!("{term} ")).detail(reading).words(lang.colon()).detail(meaning)
            }
            BrowserMsg::Reading { reading } if en => Notice::new(format!("reading the texts in {reading}")),
            BrowserMsg::Reading { reading } => Notice::new(format!("正文：{reading}")),
            BrowserMsg::Copied { what, chars } if en => {
                Notice::new("copied ").detail(what).words(format!(" ({chars} characters)"))
            }
            BrowserMsg::Copied { what, chars } => Notice::new("已复制").detail(what).words(format!("（{chars} 字）")),
            BrowserMsg::NothingToCopy if en => Notice::new("nothing to take: no district is selected"),
            BrowserMsg::NothingToCopy => Notice::new("没有可复制或写出的内容：没有选中的区"),
            BrowserMsg::NothingToCopyOnPage { write_key: Some(key) } if en => {
                Notice::new("this page has no row to copy").hint(semi, format!("{key} writes it to a file"))
            }
            BrowserMsg::NothingToCopyOnPage { write_key: Some(key) } => {
                Notice::new("本页没有可复制的行").hint(semi, format!("按 {key} 把它写入文件"))
            }
            BrowserMsg::NothingToCopyOnPage { write_key: None } if en => Notice::new("this page has nothing to copy"),
            BrowserMsg::NothingToCopyOnPage { write_key: None } => Notice::new("本页没有可复制的内容"),
            BrowserMsg::NothingOnPage if en => Notice::new("this page has nothing to copy or write"),
            BrowserMsg::NothingOnPage => Notice::new("本页没有可复制或写出的内容"),
            BrowserMsg::Wrote { path } if en => Notice::new("wrote ").path(path),
            BrowserMsg::Wrote { path } => Notice::new("已写入 ").path(path),
            BrowserMsg::NotWritten { name, why } if en => Notice::new("could not write ")
                .path(name)
                .words(": ")
                .detail(why)
                .hint(semi, "run liangdian in a writable directory"),
            BrowserMsg::NotWritten { name, why } => {
                Notice::new("无法写入 ").path(name).words("：").detail(why).hint(semi, "请在可写的目录中启动 liangdian")
            }
            BrowserMsg::Bookmarked { what } if en => Notice::new("bookmarked ").detail(what),
            BrowserMsg::Bookmarked { what } => Notice::new("已加书签：").detail(what),
            BrowserMsg::Unbookmarked { what } if en => Notice::new("removed the bookmark on ").detail(what),
            BrowserMsg::Unbookmarked { what } => Notice::new("已删除书签：").detail(what),
            BrowserMsg::TextChanged { what } if en => Notice::new("the text of ")
                .detail(what)
                .words(" changed after the note")
                .hint(colon, "the note is kept"),
            BrowserMsg::TextChanged { what } => {
                quoted("", what).words("的原文在写笔记后已改动").hint(colon, "笔记仍保留")
            }
            BrowserMsg::NoLongerThere { what } if en => Notice::new("").detail(what).words(" is not in this dataset"),
            BrowserMsg::NoLongerThere { what } => Notice::new("本数据集中已没有").detail(what),
            BrowserMsg::ConfirmDelete { what, key } if en => {
                Notice::new(format!("press {key} again to delete the bookmark on ")).detail(what)
            }
            BrowserMsg::ConfirmDelete { what, key } => quoted(&format!("再按 {key} 删除"), what).words("的书签"),
            BrowserMsg::NoBookmarks { key, elsewhere: 0 } if en => {
                Notice::new("no bookmarks yet").hint(colon, format!("{key} marks the highlight under the cursor"))
            }
            BrowserMsg::NoBookmarks { key, elsewhere } if en => {
                Notice::new(format!("no bookmarks in this dataset ({elsewhere} in others)"))
                    .hint(colon, format!("{key} marks the highlight under the cursor"))
            }
            BrowserMsg::NoBookmarks { key, elsewhere: 0 } => {
                Notice::new("还没有书签").hint(colon, format!("按 {key} 为光标所在亮点加书签"))
            }
            BrowserMsg::NoBookmarks { key, elsewhere } => {
                Notice::new(format!("本数据集还没有书签（其他数据集中有 {elsewhere} 条）"))
                    .hint(colon, format!("按 {key} 为光标所在亮点加书签"))
            }
            BrowserMsg::BookmarkMerged { what } if en => {
                Notice::new("bookmarked ").detail(what).words(": the note from another window is kept too")
            }
            BrowserMsg::BookmarkMerged { what } => {
                Notice::new("已加书签：").detail(what).words("；另一窗口写的笔记也已保留")
            }
            BrowserMsg::NotSaved { why } if en => Notice::new("not saved: ").then(why).hint(semi, "Enter tries again"),
            BrowserMsg::NotSaved { why } => Notice::new("未保存：").then(why).hint(semi, "按 Enter 重试"),
            // Nothing of the browser's own to do: the fault's hint is the hint.
            BrowserMsg::NotDeleted { why } => {
                Notice::new(lang.pick("not deleted: ", "未删除：")).then(why).hint_of(why, semi)
            }
            BrowserMsg::NotRead { why } => {
                Notice::new(lang.pick("bookmarks not read: ", "无法读取书签：")).then(why).hint_of(why, semi)
            }
            BrowserMsg::FinishNote { save, leave } if en => {
                Notice::new("finish the note first").hint(colon, format!("{save} saves it, {leave} leaves it"))
            }
            BrowserMsg::FinishNote { save, leave } => {
                Notice::new("请先写完笔记").hint(colon, format!("按 {save} 保存，按 {leave} 放弃"))
            }
            BrowserMsg::NotWhileComparing if en => {
                Notice::new("not while comparing").hint(colon, "close the comparison first")
            }
            BrowserMsg::NotWhileComparing => Notice::new("对比时不可用").hint(colon, "请先关闭对比"),
            BrowserMsg::NoteFor { what } if en => Notice::new(format!("note for {what}: ")),
            BrowserMsg::NoteFor { what } => Notice::new(format!("为「{what}」写笔记：")),
            BrowserMsg::MouseOn if en => Notice::new("mouse on").hint(colon, "clicks and the wheel act here"),
            BrowserMsg::MouseOn => Notice::new("鼠标已开启").hint(colon, "点击和滚轮作用于本程序"),
            BrowserMsg::MouseOff { key } if en => {
                Notice::new("mouse off: the terminal selects text").hint(semi, format!("{key} turns it back on"))
            }
            BrowserMsg::MouseOff { key } => {
                Notice::new("鼠标已关闭：可用终端选取文字").hint(semi, format!("按 {key} 重新开启"))
            }
            BrowserMsg::Zoomed { key } if en => Notice::new("zoomed").hint(colon, format!("{key} puts the lists back")),
            BrowserMsg::Zoomed { key } => Notice::new("已放大").hint(colon, format!("按 {key} 恢复列表")),
            BrowserMsg::FilterPlaceholder { key: Some(key) } if en => {
                Notice::new(format!("{key} to filter: 垃圾分类, ljfl, waste, hd …"))
            }
            BrowserMsg::FilterPlaceholder { key: Some(key) } => {
                Notice::new(format!("按 {key} 筛选：垃圾分类、ljfl、waste、hd …"))
            }
            BrowserMsg::FilterPlaceholder { key: None } if en => {
                Notice::new("type a theme or district: 垃圾分类, ljfl, waste, hd …")
            }
            BrowserMsg::FilterPlaceholder { key: None } => Notice::new("输入主题或区名：垃圾分类、ljfl、waste、hd …"),
            BrowserMsg::OnlyComparing { key, pin_key, compare_key } if en => {
                Notice::new(format!("{key} works in a comparison"))
                    .hint(colon, format!("{pin_key} pins a district, {compare_key} compares"))
            }
            BrowserMsg::OnlyComparing { key, pin_key, compare_key } => Notice::new(format!("{key} 用于对比"))
                .hint(colon, format!("按 {pin_key} 固定一个区，再按 {compare_key} 与另一个区对比")),
            BrowserMsg::NoteNotSaved { save, quit } if en => {
                Notice::new("note not saved").hint(colon, format!("{save} saves, {quit} again quits without it"))
            }
            BrowserMsg::NoteNotSaved { save, quit } => {
                Notice::new("笔记尚未保存").hint(colon, format!("按 {save} 保存，再按 {quit} 不保存并退出"))
            }
            BrowserMsg::NoDistricts { back_key } if en => {
                Notice::new("no district matches").hint(semi, format!("{back_key} clears the filter"))
            }
            BrowserMsg::NoDistricts { back_key } => {
                Notice::new("没有匹配的区").hint(semi, format!("按 {back_key} 清除筛选"))
            }
            BrowserMsg::Parsed { districts, percent } if en => {
                Notice::new(format!("parsing: {}, {percent} % of the file", count(districts, Noun::District)))
            }
            BrowserMsg::Parsed { districts, percent } => {
                Notice::new(format!("解析：{}，已读 {percent}%", count(districts, Noun::District)))
            }
        }
    }
}
