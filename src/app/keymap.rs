//! The keys, as data: one table from key to action per context. The help overlay, the status line's hints,
//! the keys named in messages and the README's key list are all read from this table, so they cannot drift
//! from what the keys do. Keys are the browser's own [`Key`]s: the terminal's events are translated into them
//! beside the event loop, so nothing here knows the terminal.

use super::action::{Action, Edit};
pub use super::key::Key;
use super::{App, Focus, PageEntry, Typing};
use crate::lang::Lang;

/// Where the keyboard is: which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Themes,
    Districts,
    Detail,
    /// Typing in the theme filter.
    Filter,
    /// Typing at the keyword search prompt.
    Search,
    /// Typing a bookmark's note.
    Note,
    /// A page is open (the help, the article, the matrix, the figures, the matches).
    Page,
}

const LISTS: &[Ctx] = &[Ctx::Themes, Ctx::Districts];
const BROWSE_AND_PAGES: &[Ctx] = &[Ctx::Themes, Ctx::Districts, Ctx::Detail, Ctx::Page];
const TYPING: &[Ctx] = &[Ctx::Filter, Ctx::Search];
/// Where a line of text is edited.
const EDITING: &[Ctx] = &[Ctx::Filter, Ctx::Search, Ctx::Note];
/// Where the keys that open pages are bound.
pub const BROWSE: &[Ctx] = &[Ctx::Themes, Ctx::Districts, Ctx::Detail];
/// Where a page's own keys are bound.
pub const PAGE: &[Ctx] = &[Ctx::Page];
const ALL: &[Ctx] = &[Ctx::Themes, Ctx::Districts, Ctx::Detail, Ctx::Filter, Ctx::Search, Ctx::Note, Ctx::Page];

/// One line of the key table.
#[derive(Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub contexts: &'static [Ctx],
    pub en: &'static str,
    pub zh: &'static str,
    /// A word or two for the status line, in English and Chinese, when the binding is worth a hint there.
    pub hint: Option<(&'static str, &'static str)>,
}

impl Binding {
    /// How the keys are written in the help: "j ↓", "Ctrl-d PgDn".
    pub fn label(&self) -> String {
        self.keys.iter().map(|k| k.name()).collect::<Vec<_>>().join(" ")
    }
}

/// A line of the key table: keys, action, contexts, description in English and Chinese, and optionally a
/// status-line hint in both.
#[macro_export]
macro_rules! bind {
    ($keys:expr, $action:expr, $ctx:expr, $en:expr, $zh:expr) => {
        $crate::app::keymap::Binding { keys: $keys, action: $action, contexts: $ctx, en: $en, zh: $zh, hint: None }
    };
    ($keys:expr, $action:expr, $ctx:expr, $en:expr, $zh:expr, $hint_en:expr, $hint_zh:expr) => {
        $crate::app::keymap::Binding {
            keys: $keys,
            action: $action,
            contexts: $ctx,
            en: $en,
            zh: $zh,
            hint: Some(($hint_en, $hint_zh)),
        }
    };
}

/// Every key the program knows, in the order the help lists them.
pub static BINDINGS: &[Binding] = &[
    // Moving.
    bind!(
        &[Key::Char('j'), Key::Down],
        Action::Down,
        BROWSE,
        "move down / scroll down",
        "下移 / 向下滚动",
        "move",
        "移动"
    ),
    bind!(&[Key::Char('k'), Key::Up], Action::Up, BROWSE, "move up / scroll up", "上移 / 向上滚动"),
    bind!(&[Key::Char('g'), Key::Home], Action::First, BROWSE, "first / top", "第一项 / 顶部"),
    bind!(&[Key::Char('G'), Key::End], Action::Last, BROWSE, "last / bottom", "最后一项 / 底部"),
    bind!(&[Key::Tab], Action::FocusNext, BROWSE, "next pane", "下一个窗格"),
    bind!(&[Key::BackTab], Action::FocusPrev, BROWSE, "previous pane", "上一个窗格"),
    bind!(
        &[Key::Enter, Key::Char('l'), Key::Right],
        Action::Enter,
        LISTS,
        "open: a district's highlights, or filter by a theme",
        "打开：查看该区亮点，或按该主题筛选",
        "open",
        "打开"
    ),
    bind!(
        &[Key::Esc, Key::Char('h'), Key::Left],
        Action::Back,
        BROWSE,
        "back: leave the highlights, close the comparison, clear the search, clear the filter",
        "返回：离开亮点、关闭对比、清除搜索、清除筛选",
        "back",
        "返回"
    ),
    // The detail.
    bind!(
        &[Key::Ctrl('d'), Key::PageDown],
        Action::HalfPageDown,
        BROWSE,
        "scroll the highlights down half a page",
        "亮点向下翻半页"
    ),
    bind!(
        &[Key::Ctrl('u'), Key::PageUp],
        Action::HalfPageUp,
        BROWSE,
        "scroll the highlights up half a page",
        "亮点向上翻半页"
    ),
    bind!(
        &[Key::Ctrl('f'), Key::Char(' ')],
        Action::PageDown,
        &[Ctx::Detail],
        "scroll the highlights down a page",
        "亮点向下翻一页"
    ),
    bind!(&[Key::Ctrl('b')], Action::PageUp, &[Ctx::Detail], "scroll the highlights up a page", "亮点向上翻一页"),
    bind!(
        &[Key::Char(']')],
        Action::NextHighlight,
        BROWSE,
        "next highlight (y copies the one marked)",
        "下一条亮点（y 复制标出的那一条）"
    ),
    bind!(&[Key::Char('[')], Action::PrevHighlight, BROWSE, "previous highlight", "上一条亮点"),
    bind!(
        &[Key::Char('z')],
        Action::ToggleZoom,
        BROWSE,
        "zoom: the highlights (or the comparison) over the whole width, or back beside the lists",
        "放大：亮点（或对比）占满整个宽度，再按恢复"
    ),
    // Taking text out.
    bind!(
        &[Key::Char('y')],
        Action::Copy,
        BROWSE_AND_PAGES,
        "copy the highlight with its source (comparing: both districts; on a page: its row)",
        "复制该条亮点及出处（对比中：两个区；页面上：该行）"
    ),
    bind!(
        &[Key::Char('b')],
        Action::Bookmark,
        BROWSE,
        "bookmark the highlight under the cursor, with a note (again: change the note)",
        "为光标所在亮点加书签并写笔记（再按：修改笔记）"
    ),
    bind!(&[Key::Char('Y')], Action::CopyAll, BROWSE, "copy the whole district with its source", "复制整个区及出处"),
    bind!(
        &[Key::Char('w')],
        Action::Export,
        BROWSE_AND_PAGES,
        "write what is shown to a Markdown file in the current directory",
        "把当前内容写入当前目录下的 Markdown 文件"
    ),
    bind!(
        &[Key::Char('M')],
        Action::ToggleMouse,
        BROWSE_AND_PAGES,
        "mouse off / on: off, the terminal selects and copies text itself",
        "关闭 / 开启鼠标：关闭后可用终端自身选取复制文字"
    ),
    // Filtering and searching.
    bind!(
        &[Key::Char('f')],
        Action::FocusFilter,
        BROWSE,
        "filter by theme or district: 垃圾分类, ljfl, waste, hd",
        "按主题或区名筛选：垃圾分类、ljfl、waste、hd",
        "filter",
        "筛选"
    ),
    bind!(
        &[Key::Char('/')],
        Action::StartSearch,
        BROWSE,
        "search the texts and titles for a keyword, or its pinyin (several words: all in one highlight)",
        "在正文和标题中搜索关键词或其拼音（多个词：同一条亮点中全部出现）",
        "search",
        "搜索"
    ),
    bind!(&[Key::Char('n')], Action::NextMatch, BROWSE, "next keyword match (across districts)", "下一个匹配（跨区）"),
    bind!(&[Key::Char('N')], Action::PrevMatch, BROWSE, "previous keyword match", "上一个匹配"),
    // Comparing.
    bind!(&[Key::Char(' ')], Action::Pin, &[Ctx::Districts], "pin the district for comparison", "固定该区以便对比"),
    bind!(
        &[Key::Char('c')],
        Action::ToggleCompare,
        BROWSE,
        "compare: the pinned (or selected) district beside the selected one",
        "对比：固定的（或选中的）区与选中的区并排",
        "compare",
        "对比"
    ),
    bind!(&[Key::Char('s')], Action::Swap, BROWSE, "in the comparison: swap the sides", "对比中：交换左右"),
    bind!(
        &[Key::Char('t')],
        Action::ToggleTogether,
        BROWSE,
        "in the comparison: scroll the columns together or apart",
        "对比中：两栏同步或分别滚动"
    ),
    bind!(
        &[Key::Char('J')],
        Action::LeftDown,
        BROWSE,
        "in the comparison: scroll the left column down",
        "对比中：左栏向下滚动"
    ),
    bind!(
        &[Key::Char('K')],
        Action::LeftUp,
        BROWSE,
        "in the comparison: scroll the left column up",
        "对比中：左栏向上滚动"
    ),
    // The pages open with keys of their own (see `pages/`); the help is the key table itself.
    bind!(&[Key::Char('?'), Key::F(1)], Action::ToggleHelp, BROWSE, "this help", "本帮助", "help", "帮助"),
    bind!(&[Key::Char('q')], Action::Quit, BROWSE, "quit", "退出", "quit", "退出"),
    bind!(
        &[Key::Ctrl('c')],
        Action::Quit,
        ALL,
        "quit, from anywhere (a note not saved asks once)",
        "随时退出（笔记未保存时先提示一次）"
    ),
    // Typing.
    bind!(
        &[Key::Enter],
        Action::Accept,
        &[Ctx::Filter],
        "filter: keep it and go to the districts",
        "筛选：保留筛选，转到区列表",
        "keep",
        "保留"
    ),
    bind!(&[Key::Enter], Action::Accept, &[Ctx::Search], "search: run it", "搜索：执行搜索", "search", "搜索"),
    bind!(
        &[Key::Esc],
        Action::Cancel,
        &[Ctx::Filter],
        "filter: clear it and leave",
        "筛选：清除筛选并退出输入",
        "clear",
        "清除"
    ),
    bind!(
        &[Key::Esc],
        Action::Cancel,
        &[Ctx::Search],
        "search: leave the prompt",
        "搜索：退出搜索输入",
        "cancel",
        "取消"
    ),
    bind!(
        &[Key::Enter],
        Action::Accept,
        &[Ctx::Note],
        "note: save the bookmark with it",
        "笔记：保存书签及笔记",
        "save",
        "保存"
    ),
    bind!(
        &[Key::Esc],
        Action::Cancel,
        &[Ctx::Note],
        "note: leave without saving",
        "笔记：不保存并退出",
        "cancel",
        "取消"
    ),
    bind!(&[Key::Down, Key::Ctrl('n')], Action::Down, TYPING, "next district", "下一个区", "districts", "选区"),
    bind!(&[Key::Up, Key::Ctrl('p')], Action::Up, TYPING, "previous district", "上一个区"),
    bind!(&[Key::Backspace], Action::Edit(Edit::Backspace), EDITING, "delete a character", "删除一个字"),
    bind!(
        &[Key::Delete],
        Action::Edit(Edit::Delete),
        EDITING,
        "delete the character under the cursor",
        "删除光标处的字"
    ),
    bind!(&[Key::Ctrl('w')], Action::Edit(Edit::DeleteWord), EDITING, "delete a word", "删除一个词"),
    bind!(&[Key::Ctrl('u')], Action::Edit(Edit::Clear), EDITING, "clear the line", "清空输入"),
    bind!(&[Key::Left], Action::Edit(Edit::Left), EDITING, "cursor left", "光标左移"),
    bind!(&[Key::Right], Action::Edit(Edit::Right), EDITING, "cursor right", "光标右移"),
    bind!(&[Key::Home, Key::Ctrl('a')], Action::Edit(Edit::Home), EDITING, "cursor to the start", "光标移到开头"),
    bind!(&[Key::End, Key::Ctrl('e')], Action::Edit(Edit::End), EDITING, "cursor to the end", "光标移到末尾"),
    // Every page: moving, closing, the help over it. A page's own keys (`pages/`) come before these.
    bind!(&[Key::Char('j'), Key::Down], Action::Down, PAGE, "down", "向下", "move", "移动"),
    bind!(&[Key::Char('k'), Key::Up], Action::Up, PAGE, "up", "向上"),
    bind!(&[Key::Ctrl('d'), Key::PageDown, Key::Char(' ')], Action::PageDown, PAGE, "page down", "向下翻页"),
    bind!(&[Key::Ctrl('u'), Key::PageUp], Action::PageUp, PAGE, "page up", "向上翻页"),
    bind!(&[Key::Char('g'), Key::Home], Action::First, PAGE, "top", "顶部"),
    bind!(&[Key::Char('G'), Key::End], Action::Last, PAGE, "bottom", "底部"),
    bind!(&[Key::Esc, Key::Char('q')], Action::Back, PAGE, "close", "关闭", "close", "关闭"),
    bind!(
        &[Key::Char('?'), Key::F(1)],
        Action::ToggleHelp,
        PAGE,
        "the help, over the page (closing it comes back here)",
        "帮助，覆盖本页（关闭后回到本页）",
        "help",
        "帮助"
    ),
];

/// The sections of the help, in order, with the contexts whose bindings they list; the pages' own keys
/// follow, one section per page.
pub const SECTIONS: &[(&str, &str, &[Ctx])] = &[
    ("Lists and highlights", "列表与亮点", &[Ctx::Districts, Ctx::Themes]),
    ("The highlights pane", "亮点窗格", &[Ctx::Detail]),
    (
        "Typing in the filter, at the search prompt or a note",
        "输入筛选词、搜索词或笔记时",
        &[Ctx::Filter, Ctx::Search, Ctx::Note],
    ),
    ("On every page", "所有页面", &[Ctx::Page]),
];

impl App {
    /// Which bindings apply now.
    pub fn context(&self) -> Ctx {
        if self.on_page() {
            return Ctx::Page;
        }
        match self.typing {
            Some(Typing::Filter) => Ctx::Filter,
            Some(Typing::Search) => Ctx::Search,
            Some(Typing::Note) => Ctx::Note,
            None => match self.focus {
                Focus::Themes => Ctx::Themes,
                Focus::Districts => Ctx::Districts,
                Focus::Detail => Ctx::Detail,
            },
        }
    }

    /// The bindings that apply now, in the order they are looked up: on a page its own keys first.
    pub fn bindings(&self) -> Box<dyn Iterator<Item = &'static Binding> + '_> {
        let ctx = self.context();
        match self.pages.last() {
            // The page's own keys, then those every page shares; not another page's.
            Some(page) => {
                Box::new(page.entry().keys.iter().chain(BINDINGS).filter(|b| b.contexts.contains(&Ctx::Page)))
            }
            None => Box::new(all_bindings().filter(move |b| b.contexts.contains(&ctx))),
        }
    }
}

/// Every binding: the table's and those of every page, in the order the help lists them.
pub fn all_bindings() -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().chain(crate::pages::REGISTRY.iter().flat_map(|p| p.keys))
}

/// What a key asks for, given where the keyboard is.
pub fn action_for_key(app: &App, key: Key) -> Option<Action> {
    // On a terminal too small to draw the browser, a key would act on screens the reader cannot see: only
    // quitting does anything (as the message there says).
    if app.panes().is_none() {
        return quits(key).then_some(Action::Quit);
    }
    if let Some(b) = app.bindings().find(|b| b.keys.contains(&key)) {
        return Some(b.action.clone());
    }
    match (app.context(), key) {
        (Ctx::Filter | Ctx::Search | Ctx::Note, Key::Char(c)) => Some(Action::Edit(Edit::Insert(c.to_string()))),
        (Ctx::Filter | Ctx::Search | Ctx::Note, _) => None,
        (_, key) => Some(Action::Unbound(key)),
    }
}

/// Is `key` bound to quitting anywhere (q, Ctrl-c)?
pub fn quits(key: Key) -> bool {
    all_bindings().any(|b| b.action == Action::Quit && b.keys.contains(&key))
}

/// Does `key` leave the loading screen? It quits, or it closes a page (Esc): the loading screen is read like
/// a page.
pub fn leaves_loading(key: Key) -> bool {
    quits(key) || BINDINGS.iter().any(|b| b.action == Action::Back && b.contexts == PAGE && b.keys.contains(&key))
}

/// What pasted text asks for: to be typed, when the keyboard is in a line of text.
pub fn action_for_paste(app: &App, text: &str) -> Option<Action> {
    let typing = app.panes().is_some() && matches!(app.context(), Ctx::Filter | Ctx::Search | Ctx::Note);
    typing.then(|| Action::Edit(Edit::Insert(text.to_string())))
}

/// The status line's hints while two districts are compared (in the district list or the detail): the way
/// out, the keys that only mean something there, moving and help. The first ones stay when room is short.
pub const COMPARE_HINTS: &[(Action, &str, &str)] = &[
    (Action::ToggleCompare, "close", "关闭对比"),
    (Action::Swap, "swap", "交换"),
    (Action::ToggleTogether, "together/apart", "同步/分别"),
    (Action::LeftDown, "left column", "左栏"),
    (Action::Down, "move", "移动"),
    (Action::ToggleHelp, "help", "帮助"),
];

/// The first binding of `action` in `ctx`.
pub fn binding_of(ctx: Ctx, action: &Action) -> Option<&'static Binding> {
    all_bindings().find(|b| b.action == *action && b.contexts.contains(&ctx))
}

/// The first key of `action` in `ctx`, as messages name it ("c", "Esc"), or "?" if it has none there.
pub fn key_of(ctx: Ctx, action: &Action) -> String {
    binding_of(ctx, action).and_then(|b| b.keys.first()).map_or_else(|| "?".to_string(), |k| k.name())
}

/// The key a page's frame names for `action`: the one every page shares when there is one (Esc closes any
/// page, whatever else closes this one), else the page's own.
pub fn page_key(page: &PageEntry, action: &Action) -> String {
    let on_page = BINDINGS.iter().chain(page.keys).filter(|b| b.contexts.contains(&Ctx::Page));
    on_page.filter(|b| b.action == *action).find_map(|b| b.keys.first()).map_or_else(|| "?".to_string(), |k| k.name())
}

/// The bindings the help lists under section `i` of [`SECTIONS`]: those of its contexts that an earlier
/// section has not listed already (Ctrl-c, bound everywhere, is listed once), with the keys that open pages
/// among the browsing ones. A page's own keys are listed under the page.
pub fn section(i: usize) -> impl Iterator<Item = &'static Binding> {
    let contexts = SECTIONS.get(i).map_or(&[][..], |s| s.2);
    let earlier: Vec<Ctx> = SECTIONS.iter().take(i).flat_map(|s| s.2.iter().copied()).collect();
    let openers = crate::pages::REGISTRY.iter().flat_map(|p| p.keys).filter(|b| !b.contexts.contains(&Ctx::Page));
    BINDINGS.iter().chain(openers).filter(move |b| {
        b.contexts.iter().any(|c| contexts.contains(c)) && !b.contexts.iter().any(|c| earlier.contains(c))
    })
}

/// One line of the help page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpRow {
    Section(String),
    /// The keys (empty on a description's continuation lines) and a line of the description.
    Key(String, String),
    Blank,
}

/// Where descriptions start on the help page.
pub const HELP_KEY_COLUMN: usize = 20;

/// The help page, section by section, straight from the key table and the pages' keys, descriptions
/// wrapped to `width`.
pub fn help_page(width: usize, lang: Lang) -> Vec<HelpRow> {
    let room = width.saturating_sub(HELP_KEY_COLUMN).max(12);
    let mut rows = Vec::new();
    let mut add = |title: &str, bindings: &mut dyn Iterator<Item = &'static Binding>| {
        if !rows.is_empty() {
            rows.push(HelpRow::Blank);
        }
        rows.push(HelpRow::Section(title.to_string()));
        for b in bindings {
            let text: Vec<char> = lang.pick(b.en, b.zh).chars().collect();
            for (i, range) in crate::text::wrap(&text, room).into_iter().enumerate() {
                let line: String = text[range].iter().collect();
                rows.push(HelpRow::Key(if i == 0 { b.label() } else { String::new() }, line));
            }
        }
    };
    for (i, &(en, zh, _)) in SECTIONS.iter().enumerate() {
        add(lang.pick(en, zh), &mut section(i));
    }
    for page in crate::pages::REGISTRY {
        add((page.name)(lang.labels()), &mut page.keys.iter().filter(|b| b.contexts == PAGE));
    }
    // What the marks on the screen mean, after the keys.
    rows.push(HelpRow::Blank);
    rows.push(HelpRow::Section(lang.pick("Marks", "标记").to_string()));
    for &(mark, en, zh) in LEGEND {
        let text: Vec<char> = lang.pick(en, zh).chars().collect();
        for (i, range) in crate::text::wrap(&text, room).into_iter().enumerate() {
            let line: String = text[range].iter().collect();
            rows.push(HelpRow::Key(if i == 0 { mark.to_string() } else { String::new() }, line));
        }
    }
    rows
}

/// The marks the screen uses, with what each means (the help page's last section).
const LEGEND: &[(&str, &str, &str)] = &[
    ("▌", "beside a highlight: its themes match the filter", "亮点旁：它的主题与筛选相符"),
    (
        "◆",
        "beside a highlight: bookmarked; in the district list: pinned to compare",
        "亮点旁：已加书签；区列表中：已固定待对比",
    ),
    ("⇄#", "comparing: a theme both districts carry", "对比中：两个区都有的主题"),
    ("#", "comparing: a theme only this side carries", "对比中：只有这一边有的主题"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys a binding list gives to more than one binding.
    fn clashes<'a>(bindings: impl Iterator<Item = &'a Binding>) -> Vec<Key> {
        let mut seen: Vec<Key> = Vec::new();
        let mut twice = Vec::new();
        for b in bindings {
            for &k in b.keys {
                if seen.contains(&k) {
                    twice.push(k);
                }
                seen.push(k);
            }
        }
        twice
    }

    #[test]
    fn no_key_means_two_things_in_one_place() {
        for ctx in [Ctx::Themes, Ctx::Districts, Ctx::Detail, Ctx::Filter, Ctx::Search, Ctx::Note] {
            assert_eq!(clashes(all_bindings().filter(|b| b.contexts.contains(&ctx))), [], "{ctx:?}");
        }
        // On a page, its own keys come first and may shadow the shared ones (the help's ? closes it).
        assert_eq!(clashes(BINDINGS.iter().filter(|b| b.contexts.contains(&Ctx::Page))), [], "every page");
        for page in crate::pages::REGISTRY {
            let own = page.keys.iter().filter(|b| b.contexts == PAGE);
            assert_eq!(clashes(own), [], "{}", (page.name)(&crate::lang::EN));
        }
    }

    #[test]
    fn every_page_can_be_opened_or_is_the_help() {
        for page in crate::pages::REGISTRY {
            let opened = page.keys.iter().any(|b| matches!(b.action, Action::Open(_)) && b.contexts == BROWSE);
            let name = (page.name)(&crate::lang::EN);
            assert!(opened || page.opener == crate::pages::help::OPEN, "{name} has no key that opens it");
        }
    }
}
