//! The keys, as data: one table from key to action per context. The help overlay, the status line's hints,
//! the keys named in messages and the README's key list are all read from this table, so they cannot drift
//! from what the keys do. Keys are the browser's own [`Key`]s: the terminal's events are translated into them
//! beside the event loop, so nothing here knows the terminal.

use super::action::{Action, Edit};
pub use super::key::Key;
use super::{App, Focus, Overlay, Typing};
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
    /// The help or the overview is open.
    Overlay,
    /// The themes × districts matrix.
    Matrix,
    /// The figures table.
    Figures,
    /// The list of keyword matches.
    Matches,
}

const BROWSE: &[Ctx] = &[Ctx::Themes, Ctx::Districts, Ctx::Detail];
const LISTS: &[Ctx] = &[Ctx::Themes, Ctx::Districts];
const TYPING: &[Ctx] = &[Ctx::Filter, Ctx::Search];
const PAGES: &[Ctx] = &[Ctx::Matrix, Ctx::Figures, Ctx::Matches];
const READING: &[Ctx] = &[Ctx::Overlay, Ctx::Matrix, Ctx::Figures, Ctx::Matches];
const ALL: &[Ctx] = &[
    Ctx::Themes,
    Ctx::Districts,
    Ctx::Detail,
    Ctx::Filter,
    Ctx::Search,
    Ctx::Overlay,
    Ctx::Matrix,
    Ctx::Figures,
    Ctx::Matches,
];

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

macro_rules! bind {
    ($keys:expr, $action:expr, $ctx:expr, $en:expr, $zh:expr) => {
        Binding { keys: $keys, action: $action, contexts: $ctx, en: $en, zh: $zh, hint: None }
    };
    ($keys:expr, $action:expr, $ctx:expr, $en:expr, $zh:expr, $hint_en:expr, $hint_zh:expr) => {
        Binding { keys: $keys, action: $action, contexts: $ctx, en: $en, zh: $zh, hint: Some(($hint_en, $hint_zh)) }
    };
}

/// Every key the program knows, in the order the help lists them.
pub const BINDINGS: &[Binding] = &[
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
        "search the texts and titles for a keyword",
        "在正文和标题中搜索关键词",
        "search",
        "搜索"
    ),
    bind!(&[Key::Char('n')], Action::NextMatch, BROWSE, "next keyword match (across districts)", "下一个匹配（跨区）"),
    bind!(&[Key::Char('N')], Action::PrevMatch, BROWSE, "previous keyword match", "上一个匹配"),
    bind!(&[Key::Char('a')], Action::ShowMatches, BROWSE, "all keyword matches, with context", "列出全部匹配及上下文"),
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
    // Pages.
    bind!(&[Key::Char('m')], Action::ShowMatrix, BROWSE, "the themes × districts matrix", "主题 × 区 矩阵"),
    bind!(&[Key::Char('F')], Action::ShowFigures, BROWSE, "every figure, sortable", "全部数据，可排序"),
    bind!(
        &[Key::Char('o')],
        Action::ToggleOverview,
        BROWSE,
        "the article: title, source, opening and closing",
        "原文概览：标题、出处、开篇和结语",
        "article",
        "原文"
    ),
    bind!(&[Key::Char('?'), Key::F(1)], Action::ToggleHelp, BROWSE, "this help", "本帮助", "help", "帮助"),
    bind!(&[Key::Char('q')], Action::Quit, BROWSE, "quit", "退出", "quit", "退出"),
    bind!(&[Key::Ctrl('c')], Action::Quit, ALL, "quit, from anywhere", "随时退出"),
    // Typing.
    bind!(
        &[Key::Enter],
        Action::Accept,
        &[Ctx::Filter],
        "keep the filter, go to the districts (at the f filter)",
        "保留筛选，转到区列表",
        "keep",
        "保留"
    ),
    bind!(
        &[Key::Enter],
        Action::Accept,
        &[Ctx::Search],
        "run the search (at the / prompt)",
        "执行搜索（在 / 提示处）",
        "search",
        "搜索"
    ),
    bind!(
        &[Key::Esc],
        Action::Cancel,
        &[Ctx::Filter],
        "clear the filter and leave it (at the f filter)",
        "清除筛选并退出输入",
        "clear",
        "清除"
    ),
    bind!(&[Key::Esc], Action::Cancel, &[Ctx::Search], "leave the / prompt", "退出搜索输入", "cancel", "取消"),
    bind!(&[Key::Down, Key::Ctrl('n')], Action::Down, TYPING, "next district", "下一个区", "districts", "选区"),
    bind!(&[Key::Up, Key::Ctrl('p')], Action::Up, TYPING, "previous district", "上一个区"),
    bind!(&[Key::Backspace], Action::Edit(Edit::Backspace), TYPING, "delete a character", "删除一个字"),
    bind!(
        &[Key::Delete],
        Action::Edit(Edit::Delete),
        TYPING,
        "delete the character under the cursor",
        "删除光标处的字"
    ),
    bind!(&[Key::Ctrl('w')], Action::Edit(Edit::DeleteWord), TYPING, "delete a word", "删除一个词"),
    bind!(&[Key::Ctrl('u')], Action::Edit(Edit::Clear), TYPING, "clear the line", "清空输入"),
    bind!(&[Key::Left], Action::Edit(Edit::Left), TYPING, "cursor left", "光标左移"),
    bind!(&[Key::Right], Action::Edit(Edit::Right), TYPING, "cursor right", "光标右移"),
    bind!(&[Key::Home, Key::Ctrl('a')], Action::Edit(Edit::Home), TYPING, "cursor to the start", "光标移到开头"),
    bind!(&[Key::End, Key::Ctrl('e')], Action::Edit(Edit::End), TYPING, "cursor to the end", "光标移到末尾"),
    // Pages: help and overview scroll; the matrix, figures and matches have a cursor.
    bind!(&[Key::Char('j'), Key::Down], Action::Down, READING, "down", "向下", "move", "移动"),
    bind!(&[Key::Char('k'), Key::Up], Action::Up, READING, "up", "向上"),
    bind!(&[Key::Char('h'), Key::Left], Action::Left, &[Ctx::Matrix], "previous district", "上一个区"),
    bind!(&[Key::Char('l'), Key::Right], Action::Right, &[Ctx::Matrix], "next district", "下一个区"),
    bind!(&[Key::Ctrl('d'), Key::PageDown, Key::Char(' ')], Action::PageDown, READING, "page down", "向下翻页"),
    bind!(&[Key::Ctrl('u'), Key::PageUp], Action::PageUp, READING, "page up", "向上翻页"),
    bind!(&[Key::Char('g'), Key::Home], Action::First, READING, "top", "顶部"),
    bind!(&[Key::Char('G'), Key::End], Action::Last, READING, "bottom", "底部"),
    bind!(
        &[Key::Enter],
        Action::Enter,
        PAGES,
        "open: the district (with the theme marked), the figure's highlight, the match",
        "打开：该区（标出该主题）、数据所在亮点、匹配处",
        "open",
        "打开"
    ),
    bind!(
        &[Key::Char('s')],
        Action::Sort,
        &[Ctx::Figures],
        "change the order: article, largest, smallest, unit",
        "切换排序：原文、从大到小、从小到大、单位",
        "sort",
        "排序"
    ),
    bind!(&[Key::Esc, Key::Char('q')], Action::Back, READING, "close", "关闭", "close", "关闭"),
    bind!(&[Key::Char('?'), Key::Char('o'), Key::F(1)], Action::Back, &[Ctx::Overlay], "close", "关闭"),
    bind!(
        &[Key::Char('?'), Key::F(1)],
        Action::ToggleHelp,
        PAGES,
        "the help, over the page (closing it comes back here)",
        "帮助，覆盖本页（关闭后回到本页）",
        "help",
        "帮助"
    ),
];

/// The sections of the help, in order, with the contexts whose bindings they list.
pub const SECTIONS: &[(&str, &str, &[Ctx])] = &[
    ("Lists and highlights", "列表与亮点", &[Ctx::Districts, Ctx::Themes]),
    ("The highlights pane", "亮点窗格", &[Ctx::Detail]),
    (
        "Typing in the filter (f) or at the search prompt (/)",
        "输入筛选词（f）或搜索词（/）时",
        &[Ctx::Filter, Ctx::Search],
    ),
    ("The matrix, figures and match list", "矩阵、数据与匹配列表", &[Ctx::Matrix, Ctx::Figures, Ctx::Matches]),
    ("Help and overview", "帮助与概览", &[Ctx::Overlay]),
];

impl App {
    /// Which bindings apply now.
    pub fn context(&self) -> Ctx {
        match (&self.overlay, self.typing) {
            (Some(Overlay::Help { .. } | Overlay::Overview { .. }), _) => Ctx::Overlay,
            (Some(Overlay::Matrix(_)), _) => Ctx::Matrix,
            (Some(Overlay::Figures(_)), _) => Ctx::Figures,
            (Some(Overlay::Matches { .. }), _) => Ctx::Matches,
            (None, Some(Typing::Filter)) => Ctx::Filter,
            (None, Some(Typing::Search)) => Ctx::Search,
            (None, None) => match self.focus {
                Focus::Themes => Ctx::Themes,
                Focus::Districts => Ctx::Districts,
                Focus::Detail => Ctx::Detail,
            },
        }
    }
}

/// The binding for a key in a context, if any.
pub fn binding_for(ctx: Ctx, key: Key) -> Option<&'static Binding> {
    BINDINGS.iter().find(|b| b.contexts.contains(&ctx) && b.keys.contains(&key))
}

/// What a key asks for, given where the keyboard is.
pub fn action_for_key(app: &App, key: Key) -> Option<Action> {
    // On a terminal too small to draw the browser, a key would act on screens the reader cannot see: only
    // quitting does anything (as the message there says).
    if app.panes().is_none() {
        return matches!(key, Key::Char('q') | Key::Ctrl('c')).then_some(Action::Quit);
    }
    let ctx = app.context();
    if let Some(b) = binding_for(ctx, key) {
        return Some(b.action.clone());
    }
    match (ctx, key) {
        (Ctx::Filter | Ctx::Search, Key::Char(c)) => Some(Action::Edit(Edit::Insert(c.to_string()))),
        _ => None,
    }
}

/// What pasted text asks for: to be typed, when the keyboard is in a line of text.
pub fn action_for_paste(app: &App, text: &str) -> Option<Action> {
    let typing = app.panes().is_some() && matches!(app.context(), Ctx::Filter | Ctx::Search);
    typing.then(|| Action::Edit(Edit::Insert(text.to_string())))
}

/// The bindings to show in the status line now.
pub fn hints(ctx: Ctx) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.hint.is_some() && b.contexts.contains(&ctx))
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
    BINDINGS.iter().find(|b| b.action == *action && b.contexts.contains(&ctx))
}

/// The first key of `action` in `ctx`, as messages name it ("c", "Esc"), or "?" if it has none there.
pub fn key_of(ctx: Ctx, action: &Action) -> String {
    binding_of(ctx, action).and_then(|b| b.keys.first()).map_or_else(|| "?".to_string(), |k| k.name())
}

/// The bindings the help lists under a section: those of its contexts that an earlier section has not
/// listed already (Ctrl-c, bound everywhere, is listed once).
pub fn section(contexts: &'static [Ctx]) -> impl Iterator<Item = &'static Binding> {
    let earlier: Vec<Ctx> =
        SECTIONS.iter().take_while(|s| !std::ptr::eq(s.2, contexts)).flat_map(|s| s.2.iter().copied()).collect();
    BINDINGS.iter().filter(move |b| {
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

/// The help page, section by section, straight from the key table, descriptions wrapped to `width`.
pub fn help_page(width: usize, lang: Lang) -> Vec<HelpRow> {
    let room = width.saturating_sub(HELP_KEY_COLUMN).max(12);
    let mut rows = Vec::new();
    for &(en, zh, contexts) in SECTIONS {
        if !rows.is_empty() {
            rows.push(HelpRow::Blank);
        }
        rows.push(HelpRow::Section(lang.pick(en, zh).to_string()));
        for b in section(contexts) {
            let text: Vec<char> = lang.pick(b.en, b.zh).chars().collect();
            for (i, range) in crate::text::wrap(&text, room).into_iter().enumerate() {
                let line: String = text[range].iter().collect();
                rows.push(HelpRow::Key(if i == 0 { b.label() } else { String::new() }, line));
            }
        }
    }
    rows
}
