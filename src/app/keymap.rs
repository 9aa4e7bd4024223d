//! The keys, as data: one table from key to action per context. The help overlay, the status line's hints
//! and the README's key list are all read from this table, so they cannot drift from what the keys do.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

use super::action::{Action, Edit};
use super::{App, Focus, Lang, Overlay, Typing};

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
    pub keys: &'static [(KeyCode, KeyModifiers)],
    /// How the keys are written in the help and the status line.
    pub label: &'static str,
    pub action: Action,
    pub contexts: &'static [Ctx],
    pub en: &'static str,
    pub zh: &'static str,
    /// A word or two for the status line, in English and Chinese, when the binding is worth a hint there.
    pub hint: Option<(&'static str, &'static str)>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

const fn ch(c: char) -> (KeyCode, KeyModifiers) {
    (KeyCode::Char(c), NONE)
}
const fn ctrl(c: char) -> (KeyCode, KeyModifiers) {
    (KeyCode::Char(c), CTRL)
}
const fn key(code: KeyCode) -> (KeyCode, KeyModifiers) {
    (code, NONE)
}

macro_rules! bind {
    ($keys:expr, $label:expr, $action:expr, $ctx:expr, $en:expr, $zh:expr) => {
        Binding { keys: $keys, label: $label, action: $action, contexts: $ctx, en: $en, zh: $zh, hint: None }
    };
    ($keys:expr, $label:expr, $action:expr, $ctx:expr, $en:expr, $zh:expr, $hint_en:expr, $hint_zh:expr) => {
        Binding {
            keys: $keys,
            label: $label,
            action: $action,
            contexts: $ctx,
            en: $en,
            zh: $zh,
            hint: Some(($hint_en, $hint_zh)),
        }
    };
}

/// Every key the program knows, in the order the help lists them.
pub const BINDINGS: &[Binding] = &[
    // Moving.
    bind!(
        &[ch('j'), key(KeyCode::Down)],
        "j ↓",
        Action::Down,
        BROWSE,
        "move down / scroll down",
        "下移 / 向下滚动",
        "move",
        "移动"
    ),
    bind!(&[ch('k'), key(KeyCode::Up)], "k ↑", Action::Up, BROWSE, "move up / scroll up", "上移 / 向上滚动"),
    bind!(&[ch('g'), key(KeyCode::Home)], "g Home", Action::First, BROWSE, "first / top", "第一项 / 顶部"),
    bind!(&[ch('G'), key(KeyCode::End)], "G End", Action::Last, BROWSE, "last / bottom", "最后一项 / 底部"),
    bind!(&[key(KeyCode::Tab)], "Tab", Action::FocusNext, BROWSE, "next pane", "下一个窗格"),
    bind!(&[(KeyCode::BackTab, SHIFT)], "Shift-Tab", Action::FocusPrev, BROWSE, "previous pane", "上一个窗格"),
    bind!(
        &[key(KeyCode::Enter), ch('l'), key(KeyCode::Right)],
        "Enter l →",
        Action::Enter,
        LISTS,
        "open: a district's highlights, or filter by a theme",
        "打开：查看该区亮点，或按该主题筛选",
        "open",
        "打开"
    ),
    bind!(
        &[ch('h'), key(KeyCode::Esc), key(KeyCode::Left)],
        "h Esc ←",
        Action::Back,
        BROWSE,
        "back: leave the highlights, close the comparison, clear the search, clear the filter",
        "返回：离开亮点、关闭对比、清除搜索、清除筛选",
        "back",
        "返回"
    ),
    // The detail.
    bind!(
        &[ctrl('d'), key(KeyCode::PageDown)],
        "Ctrl-d PgDn",
        Action::HalfPageDown,
        BROWSE,
        "scroll the highlights down half a page",
        "亮点向下翻半页"
    ),
    bind!(
        &[ctrl('u'), key(KeyCode::PageUp)],
        "Ctrl-u PgUp",
        Action::HalfPageUp,
        BROWSE,
        "scroll the highlights up half a page",
        "亮点向上翻半页"
    ),
    bind!(
        &[ctrl('f'), key(KeyCode::Char(' '))],
        "Ctrl-f Space",
        Action::PageDown,
        &[Ctx::Detail],
        "scroll the highlights down a page",
        "亮点向下翻一页"
    ),
    bind!(&[ctrl('b')], "Ctrl-b", Action::PageUp, &[Ctx::Detail], "scroll the highlights up a page", "亮点向上翻一页"),
    // Filtering and searching.
    bind!(
        &[ch('f')],
        "f",
        Action::FocusFilter,
        BROWSE,
        "filter by theme or district: 垃圾分类, ljfl, waste, hd",
        "按主题或区名筛选：垃圾分类、ljfl、waste、hd",
        "filter",
        "筛选"
    ),
    bind!(
        &[ch('/')],
        "/",
        Action::StartSearch,
        BROWSE,
        "search the texts and titles for a keyword",
        "在正文和标题中搜索关键词",
        "search",
        "搜索"
    ),
    bind!(&[ch('n')], "n", Action::NextMatch, BROWSE, "next keyword match (across districts)", "下一个匹配（跨区）"),
    bind!(&[ch('N')], "N", Action::PrevMatch, BROWSE, "previous keyword match", "上一个匹配"),
    bind!(&[ch('a')], "a", Action::ShowMatches, BROWSE, "all keyword matches, with context", "列出全部匹配及上下文"),
    // Comparing.
    bind!(
        &[key(KeyCode::Char(' '))],
        "Space",
        Action::Pin,
        &[Ctx::Districts],
        "pin the district for comparison",
        "固定该区以便对比"
    ),
    bind!(
        &[ch('c')],
        "c",
        Action::ToggleCompare,
        BROWSE,
        "compare: the pinned (or selected) district beside the selected one",
        "对比：固定的（或选中的）区与选中的区并排",
        "compare",
        "对比"
    ),
    bind!(&[ch('s')], "s", Action::Swap, BROWSE, "in the comparison: swap the sides", "对比中：交换左右"),
    bind!(
        &[ch('t')],
        "t",
        Action::ToggleTogether,
        BROWSE,
        "in the comparison: scroll the columns together or apart",
        "对比中：两栏同步或分别滚动"
    ),
    bind!(
        &[ch('J')],
        "J",
        Action::LeftDown,
        BROWSE,
        "in the comparison: scroll the left column down",
        "对比中：左栏向下滚动"
    ),
    bind!(
        &[ch('K')],
        "K",
        Action::LeftUp,
        BROWSE,
        "in the comparison: scroll the left column up",
        "对比中：左栏向上滚动"
    ),
    // Pages.
    bind!(&[ch('m')], "m", Action::ShowMatrix, BROWSE, "the themes × districts matrix", "主题 × 区 矩阵"),
    bind!(&[ch('F')], "F", Action::ShowFigures, BROWSE, "every figure, sortable", "全部数据，可排序"),
    bind!(
        &[ch('o')],
        "o",
        Action::ToggleOverview,
        BROWSE,
        "the article: title, source, opening and closing",
        "原文概览：标题、出处、开篇和结语",
        "article",
        "原文"
    ),
    bind!(&[ch('?'), key(KeyCode::F(1))], "? F1", Action::ToggleHelp, BROWSE, "this help", "本帮助", "help", "帮助"),
    bind!(&[ch('q')], "q", Action::Quit, BROWSE, "quit", "退出", "quit", "退出"),
    bind!(&[ctrl('c')], "Ctrl-c", Action::Quit, ALL, "quit, from anywhere", "随时退出"),
    // Typing.
    bind!(
        &[key(KeyCode::Enter)],
        "Enter",
        Action::Accept,
        &[Ctx::Filter],
        "keep the filter, go to the districts (at the f filter)",
        "保留筛选，转到区列表",
        "keep",
        "保留"
    ),
    bind!(
        &[key(KeyCode::Enter)],
        "Enter",
        Action::Accept,
        &[Ctx::Search],
        "run the search (at the / prompt)",
        "执行搜索（在 / 提示处）",
        "search",
        "搜索"
    ),
    bind!(
        &[key(KeyCode::Esc)],
        "Esc",
        Action::Cancel,
        &[Ctx::Filter],
        "clear the filter and leave it (at the f filter)",
        "清除筛选并退出输入",
        "clear",
        "清除"
    ),
    bind!(
        &[key(KeyCode::Esc)],
        "Esc",
        Action::Cancel,
        &[Ctx::Search],
        "leave the / prompt",
        "退出搜索输入",
        "cancel",
        "取消"
    ),
    bind!(
        &[key(KeyCode::Down), ctrl('n')],
        "↓ Ctrl-n",
        Action::Down,
        TYPING,
        "next district",
        "下一个区",
        "districts",
        "选区"
    ),
    bind!(&[key(KeyCode::Up), ctrl('p')], "↑ Ctrl-p", Action::Up, TYPING, "previous district", "上一个区"),
    bind!(
        &[key(KeyCode::Backspace)],
        "Backspace",
        Action::Edit(Edit::Backspace),
        TYPING,
        "delete a character",
        "删除一个字"
    ),
    bind!(
        &[key(KeyCode::Delete)],
        "Delete",
        Action::Edit(Edit::Delete),
        TYPING,
        "delete the character under the cursor",
        "删除光标处的字"
    ),
    bind!(&[ctrl('w')], "Ctrl-w", Action::Edit(Edit::DeleteWord), TYPING, "delete a word", "删除一个词"),
    bind!(&[ctrl('u')], "Ctrl-u", Action::Edit(Edit::Clear), TYPING, "clear the line", "清空输入"),
    bind!(&[key(KeyCode::Left)], "←", Action::Edit(Edit::Left), TYPING, "cursor left", "光标左移"),
    bind!(&[key(KeyCode::Right)], "→", Action::Edit(Edit::Right), TYPING, "cursor right", "光标右移"),
    bind!(
        &[key(KeyCode::Home), ctrl('a')],
        "Home Ctrl-a",
        Action::Edit(Edit::Home),
        TYPING,
        "cursor to the start",
        "光标移到开头"
    ),
    bind!(
        &[key(KeyCode::End), ctrl('e')],
        "End Ctrl-e",
        Action::Edit(Edit::End),
        TYPING,
        "cursor to the end",
        "光标移到末尾"
    ),
    // Pages: help and overview scroll; the matrix, figures and matches have a cursor.
    bind!(&[ch('j'), key(KeyCode::Down)], "j ↓", Action::Down, READING, "down", "向下", "move", "移动"),
    bind!(&[ch('k'), key(KeyCode::Up)], "k ↑", Action::Up, READING, "up", "向上"),
    bind!(&[ch('h'), key(KeyCode::Left)], "h ←", Action::Left, &[Ctx::Matrix], "previous district", "上一个区"),
    bind!(&[ch('l'), key(KeyCode::Right)], "l →", Action::Right, &[Ctx::Matrix], "next district", "下一个区"),
    bind!(
        &[ctrl('d'), key(KeyCode::PageDown), key(KeyCode::Char(' '))],
        "Ctrl-d PgDn Space",
        Action::PageDown,
        READING,
        "page down",
        "向下翻页"
    ),
    bind!(&[ctrl('u'), key(KeyCode::PageUp)], "Ctrl-u PgUp", Action::PageUp, READING, "page up", "向上翻页"),
    bind!(&[ch('g'), key(KeyCode::Home)], "g Home", Action::First, READING, "top", "顶部"),
    bind!(&[ch('G'), key(KeyCode::End)], "G End", Action::Last, READING, "bottom", "底部"),
    bind!(
        &[key(KeyCode::Enter)],
        "Enter",
        Action::Enter,
        PAGES,
        "open: the district (with the theme marked), the figure's highlight, the match",
        "打开：该区（标出该主题）、数据所在亮点、匹配处",
        "open",
        "打开"
    ),
    bind!(
        &[ch('s')],
        "s",
        Action::Sort,
        &[Ctx::Figures],
        "change the order: article, largest, smallest, unit",
        "切换排序：原文、从大到小、从小到大、单位",
        "sort",
        "排序"
    ),
    bind!(&[key(KeyCode::Esc), ch('q')], "Esc q", Action::Back, READING, "close", "关闭", "close", "关闭"),
    bind!(&[ch('?'), ch('o'), key(KeyCode::F(1))], "? o F1", Action::Back, &[Ctx::Overlay], "close", "关闭"),
    bind!(
        &[ch('?'), key(KeyCode::F(1))],
        "? F1",
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
pub fn binding_for(ctx: Ctx, key: &KeyEvent) -> Option<&'static Binding> {
    let code = key.code;
    // Terminals report capitals with or without Shift; the character says it all.
    let mods = match key.code {
        KeyCode::Char(_) => key.modifiers - KeyModifiers::SHIFT,
        _ => key.modifiers,
    };
    BINDINGS.iter().find(|b| b.contexts.contains(&ctx) && b.keys.iter().any(|&(c, m)| c == code && m == mods))
}

/// Turns a terminal event into what the reader asked for, given where the keyboard is.
pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    let ctx = app.context();
    // On a terminal too small to draw the browser, a key would act on screens the reader cannot see: only
    // quitting (as the message says) and resizing do anything.
    if app.panes().is_none() {
        return match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
                (ctrl_c || key.code == KeyCode::Char('q')).then_some(Action::Quit)
            }
            Event::Resize(width, height) => Some(Action::Resize { width: *width, height: *height }),
            _ => None,
        };
    }
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if let Some(b) = binding_for(ctx, key) {
                return Some(b.action.clone());
            }
            match (ctx, key.code) {
                (Ctx::Filter | Ctx::Search, KeyCode::Char(c))
                    if !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(Action::Edit(Edit::Insert(c.to_string())))
                }
                _ => None,
            }
        }
        Event::Paste(text) if matches!(ctx, Ctx::Filter | Ctx::Search) => {
            Some(Action::Edit(Edit::Insert(text.clone())))
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column: m.column, row: m.row }),
            MouseEventKind::ScrollDown => Some(Action::Wheel { column: m.column, row: m.row, down: true }),
            MouseEventKind::ScrollUp => Some(Action::Wheel { column: m.column, row: m.row, down: false }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize { width: *width, height: *height }),
        _ => None,
    }
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

/// The label of the first binding of `action` in `ctx` ("s", "? F1").
pub fn label_of(ctx: Ctx, action: &Action) -> Option<&'static str> {
    BINDINGS.iter().find(|b| b.action == *action && b.contexts.contains(&ctx)).map(|b| b.label)
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
    Key(&'static str, String),
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
                rows.push(HelpRow::Key(if i == 0 { b.label } else { "" }, line));
            }
        }
    }
    rows
}
