//! What the keys do, in words: each binding's line in the help and, where it is worth one, its hint on the
//! status line, in English and Chinese; the help's section headings and the marks it explains. The key
//! table (`keys/`) names these and holds no words of its own; the pages' words are in `pages.rs`.

use super::Lang;

/// A text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub en: &'static str,
    pub zh: &'static str,
}

impl Words {
    pub const fn new(en: &'static str, zh: &'static str) -> Words {
        Words { en, zh }
    }

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.zh)
    }
}

/// What a key does: its line in the help, and a word or two for the status line when it is worth a hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyWords {
    pub does: Words,
    pub hint: Option<Words>,
}

impl KeyWords {
    pub(super) const fn new(en: &'static str, zh: &'static str) -> KeyWords {
        KeyWords { does: Words::new(en, zh), hint: None }
    }

    pub(super) const fn hinted(
        en: &'static str,
        zh: &'static str,
        hint_en: &'static str,
        hint_zh: &'static str,
    ) -> KeyWords {
        KeyWords { does: Words::new(en, zh), hint: Some(Words::new(hint_en, hint_zh)) }
    }
}

// Moving in the lists and the highlights.
pub const DOWN: KeyWords = KeyWords::hinted("move down / scroll down", "下移 / 向下滚动", "move", "移动");
pub const UP: KeyWords = KeyWords::new("move up / scroll up", "上移 / 向上滚动");
pub const FIRST: KeyWords = KeyWords::new("first / top", "第一项 / 顶部");
pub const LAST: KeyWords = KeyWords::new("last / bottom", "最后一项 / 底部");
pub const NEXT_PANE: KeyWords = KeyWords::new("next pane", "下一个窗格");
pub const PREVIOUS_PANE: KeyWords = KeyWords::new("previous pane", "上一个窗格");
pub const OPEN: KeyWords = KeyWords::hinted(
    "open: a district's highlights, or filter by a theme",
    "打开：查看该区亮点，或按该主题筛选",
    "open",
    "打开",
);
pub const BACK: KeyWords = KeyWords::hinted(
    "back: leave the highlights, close the comparison, clear the search, clear the filter",
    "返回：离开亮点、关闭对比、清除搜索、清除筛选",
    "back",
    "返回",
);

// The highlights pane.
pub const HALF_PAGE_DOWN: KeyWords = KeyWords::new("scroll the highlights down half a page", "亮点向下翻半页");
pub const HALF_PAGE_UP: KeyWords = KeyWords::new("scroll the highlights up half a page", "亮点向上翻半页");
pub const PAGE_DOWN: KeyWords = KeyWords::new("scroll the highlights down a page", "亮点向下翻一页");
pub const PAGE_UP: KeyWords = KeyWords::new("scroll the highlights up a page", "亮点向上翻一页");
pub const NEXT_HIGHLIGHT: KeyWords =
    KeyWords::new("next highlight (y copies the one marked)", "下一条亮点（y 复制标出的那一条）");
pub const PREVIOUS_HIGHLIGHT: KeyWords = KeyWords::new("previous highlight", "上一条亮点");
pub const ZOOM: KeyWords = KeyWords::new(
    "zoom: the highlights (or the comparison) over the whole width, or back beside the lists",
    "放大：亮点（或对比）占满整个宽度，再按恢复",
);

pub const NEXT_EDITION: KeyWords = KeyWords::new(
    "the district's next edition (a later year), when several are read",
    "该区的下一个版本（较晚的年份）",
);
pub const PREVIOUS_EDITION: KeyWords =
    KeyWords::new("the district's previous edition (an earlier year)", "该区的上一个版本（较早的年份）");
pub const READING: KeyWords = KeyWords::new(
    "read the texts in Chinese, in Chinese with the English under each paragraph, or in English",
    "切换正文：中文、中英对照（英文在每段中文之下）、英文",
);

// Taking text out.
pub const COPY: KeyWords = KeyWords::new(
    "copy the highlight with its source (comparing: both districts; on a page: its row)",
    "复制该条亮点及出处（对比中：两个区；页面上：该行）",
);
pub const BOOKMARK: KeyWords = KeyWords::new(
    "bookmark the highlight under the cursor, with a note (again: change the note)",
    "为光标所在亮点加书签并写笔记（再按：修改笔记）",
);
pub const COPY_ALL: KeyWords = KeyWords::new("copy the whole district with its source", "复制整个区及出处");
pub const EXPORT: KeyWords = KeyWords::new(
    "write what is shown to a Markdown file in the current directory",
    "把当前内容写入当前目录下的 Markdown 文件",
);
pub const MOUSE: KeyWords = KeyWords::new(
    "mouse off / on: off, the terminal selects and copies text itself",
    "关闭 / 开启鼠标：关闭后可用终端自身选取复制文字",
);

// Filtering and searching.
pub const FILTER: KeyWords = KeyWords::hinted(
    "filter by theme or district: 垃圾分类, ljfl, waste, hd",
    "按主题或区名筛选：垃圾分类、ljfl、waste、hd",
    "filter",
    "筛选",
);
pub const SEARCH: KeyWords = KeyWords::hinted(
    "search the texts and titles for a keyword, or its pinyin (several words: all in one highlight)",
    "在正文和标题中搜索关键词或其拼音（多个词：同一条亮点中全部出现）",
    "search",
    "搜索",
);
pub const NEXT_MATCH: KeyWords = KeyWords::new("next keyword match (across districts)", "下一个匹配（跨区）");
pub const PREVIOUS_MATCH: KeyWords = KeyWords::new("previous keyword match", "上一个匹配");

// Comparing.
pub const PIN: KeyWords = KeyWords::new("pin the district for comparison", "固定该区以便对比");
pub const COMPARE: KeyWords = KeyWords::hinted(
    "compare: the pinned (or selected) district beside the selected one",
    "对比：固定的（或选中的）区与选中的区并排",
    "compare",
    "对比",
);
pub const SWAP: KeyWords = KeyWords::new("in the comparison: swap the sides", "对比中：交换左右");
pub const TOGETHER: KeyWords =
    KeyWords::new("in the comparison: scroll the columns together or apart", "对比中：两栏同步或分别滚动");
pub const LEFT_DOWN: KeyWords = KeyWords::new("in the comparison: scroll the left column down", "对比中：左栏向下滚动");
pub const LEFT_UP: KeyWords = KeyWords::new("in the comparison: scroll the left column up", "对比中：左栏向上滚动");

// Help and quitting.
pub const HELP: KeyWords = KeyWords::hinted("this help", "本帮助", "help", "帮助");
pub const QUIT: KeyWords = KeyWords::hinted("quit", "退出", "quit", "退出");
pub const QUIT_ANYWHERE: KeyWords =
    KeyWords::new("quit, from anywhere (a note not saved asks once)", "随时退出（笔记未保存时先提示一次）");

// Typing in a line: the filter, the search prompt, a note.
pub const FILTER_KEEP: KeyWords =
    KeyWords::hinted("filter: keep it and go to the districts", "筛选：保留筛选，转到区列表", "keep", "保留");
pub const SEARCH_RUN: KeyWords = KeyWords::hinted("search: run it", "搜索：执行搜索", "search", "搜索");
pub const FILTER_CLEAR: KeyWords =
    KeyWords::hinted("filter: clear it and leave", "筛选：清除筛选并退出输入", "clear", "清除");
pub const SEARCH_LEAVE: KeyWords = KeyWords::hinted("search: leave the prompt", "搜索：退出搜索输入", "cancel", "取消");
pub const NOTE_SAVE: KeyWords =
    KeyWords::hinted("note: save the bookmark with it", "笔记：保存书签及笔记", "save", "保存");
pub const NOTE_LEAVE: KeyWords = KeyWords::hinted("note: leave without saving", "笔记：不保存并退出", "cancel", "取消");
pub const NEXT_DISTRICT: KeyWords = KeyWords::hinted("next district", "下一个区", "districts", "选区");
pub const PREVIOUS_DISTRICT: KeyWords = KeyWords::new("previous district", "上一个区");
pub const DELETE_CHARACTER: KeyWords = KeyWords::new("delete a character", "删除一个字");
pub const DELETE_UNDER: KeyWords = KeyWords::new("delete the character under the cursor", "删除光标处的字");
pub const DELETE_WORD: KeyWords = KeyWords::new("delete a word", "删除一个词");
pub const CLEAR_LINE: KeyWords = KeyWords::new("clear the line", "清空输入");
pub const CURSOR_LEFT: KeyWords = KeyWords::new("cursor left", "光标左移");
pub const CURSOR_RIGHT: KeyWords = KeyWords::new("cursor right", "光标右移");
pub const CURSOR_HOME: KeyWords = KeyWords::new("cursor to the start", "光标移到开头");
pub const CURSOR_END: KeyWords = KeyWords::new("cursor to the end", "光标移到末尾");

// Every page.
pub const PAGE_ROW_DOWN: KeyWords = KeyWords::hinted("down", "向下", "move", "移动");
pub const PAGE_ROW_UP: KeyWords = KeyWords::new("up", "向上");
pub const PAGE_PAGE_DOWN: KeyWords = KeyWords::new("page down", "向下翻页");
pub const PAGE_PAGE_UP: KeyWords = KeyWords::new("page up", "向上翻页");
pub const PAGE_TOP: KeyWords = KeyWords::new("top", "顶部");
pub const PAGE_BOTTOM: KeyWords = KeyWords::new("bottom", "底部");
pub const PAGE_CLOSE: KeyWords = KeyWords::hinted("close", "关闭", "close", "关闭");
pub const PAGE_HELP: KeyWords = KeyWords::hinted(
    "the help, over the page (closing it comes back here)",
    "帮助，覆盖本页（关闭后回到本页）",
    "help",
    "帮助",
);

/// The status line's hints while two districts are compared, in the order they are given.
pub const HINT_CLOSE_COMPARE: Words = Words::new("close", "关闭对比");
pub const HINT_SWAP: Words = Words::new("swap", "交换");
pub const HINT_TOGETHER: Words = Words::new("together/apart", "同步/分别");
pub const HINT_LEFT_COLUMN: Words = Words::new("left column", "左栏");
pub const HINT_MOVE: Words = Words::new("move", "移动");
pub const HINT_HELP: Words = Words::new("help", "帮助");

/// The help's section headings.
pub const SECTION_LISTS: Words = Words::new("Lists and highlights", "列表与亮点");
pub const SECTION_DETAIL: Words = Words::new("The highlights pane", "亮点窗格");
pub const SECTION_TYPING: Words =
    Words::new("Typing in the filter, at the search prompt or a note", "输入筛选词、搜索词或笔记时");
pub const SECTION_PAGES: Words = Words::new("On every page", "所有页面");
pub const SECTION_MARKS: Words = Words::new("Marks", "标记");
pub const SECTION_ABOUT: Words = Words::new("About", "关于");

/// The marks the screen uses, with what each means (the help's last section).
pub const MARKS: &[(Words, Words)] = &[
    (Words::new("▌", "▌"), Words::new("beside a highlight: its themes match the filter", "亮点旁：它的主题与筛选相符")),
    (
        Words::new("◆", "◆"),
        Words::new(
            "beside a highlight: bookmarked; in the district list: pinned to compare",
            "亮点旁：已加书签；区列表中：已固定待对比",
        ),
    ),
    (Words::new("⇄#", "⇄#"), Words::new("comparing: a theme both districts carry", "对比中：两个区都有的主题")),
    (Words::new("#", "#"), Words::new("comparing: a theme only this side carries", "对比中：只有这一边有的主题")),
    (
        Words::new("italics", "斜体"),
        Words::new(
            "titles, themes and figure notes: this dataset's, not the article's (p shows a paragraph as published)",
            "标题、主题与数字说明：本数据集所加，并非原文（p 查看原文段落）",
        ),
    ),
    (
        Words::new("underlined", "下划线"),
        Words::new(
            "a term the glossary explains (i lists those of the highlight, T all of them)",
            "词汇表中有释义的词（i 列出本条亮点中的，T 列出全部）",
        ),
    ),
    (
        Words::new("dimmed text", "灰色正文"),
        Words::new(
            "the English under its Chinese, a translation made for this dataset (e: Chinese, both, English)",
            "中文之下的英文，为本数据集所译，并非原文（e：中文、中英对照、英文）",
        ),
    ),
];
