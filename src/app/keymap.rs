//! The keys, as data: one table from key to action per context. The help overlay, the status line's hints
//! and the README's key list are all read from this table, so they cannot drift from what the keys do.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

use super::action::{Action, Edit};
use super::{App, Focus};

/// Where the keyboard is: which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Themes,
    Districts,
    Detail,
    /// Typing in the theme filter.
    Typing,
    /// The help or the overview is open.
    Overlay,
}

const BROWSE: &[Ctx] = &[Ctx::Themes, Ctx::Districts, Ctx::Detail];
const LISTS: &[Ctx] = &[Ctx::Themes, Ctx::Districts];
const ALL: &[Ctx] = &[Ctx::Themes, Ctx::Districts, Ctx::Detail, Ctx::Typing, Ctx::Overlay];

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
    ($keys:expr, $label:expr, $action:expr, $ctx:expr, $en:expr, $zh:expr, $hint:expr) => {
        Binding { keys: $keys, label: $label, action: $action, contexts: $ctx, en: $en, zh: $zh, hint: $hint }
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
        Some(("move", "移动"))
    ),
    bind!(&[ch('k'), key(KeyCode::Up)], "k ↑", Action::Up, BROWSE, "move up / scroll up", "上移 / 向上滚动", None),
    bind!(&[ch('g'), key(KeyCode::Home)], "g Home", Action::First, BROWSE, "first / top", "第一项 / 顶部", None),
    bind!(&[ch('G'), key(KeyCode::End)], "G End", Action::Last, BROWSE, "last / bottom", "最后一项 / 底部", None),
    bind!(&[key(KeyCode::Tab)], "Tab", Action::FocusNext, BROWSE, "next pane", "下一个窗格", None),
    bind!(&[(KeyCode::BackTab, SHIFT)], "Shift-Tab", Action::FocusPrev, BROWSE, "previous pane", "上一个窗格", None),
    bind!(
        &[key(KeyCode::Enter), ch('l'), key(KeyCode::Right)],
        "Enter l →",
        Action::Enter,
        LISTS,
        "open: a district's highlights, or filter by a theme",
        "打开:查看该区亮点,或按该主题筛选",
        Some(("open", "打开"))
    ),
    bind!(
        &[ch('h'), key(KeyCode::Esc), key(KeyCode::Left)],
        "h Esc ←",
        Action::Back,
        BROWSE,
        "back; in the district list, clear the filter",
        "返回;在区列表中清除筛选",
        Some(("back", "返回"))
    ),
    // The detail.
    bind!(
        &[ctrl('d'), key(KeyCode::PageDown)],
        "Ctrl-d PgDn",
        Action::HalfPageDown,
        BROWSE,
        "scroll the highlights down half a page",
        "亮点向下翻半页",
        None
    ),
    bind!(
        &[ctrl('u'), key(KeyCode::PageUp)],
        "Ctrl-u PgUp",
        Action::HalfPageUp,
        BROWSE,
        "scroll the highlights up half a page",
        "亮点向上翻半页",
        None
    ),
    bind!(
        &[ctrl('f'), key(KeyCode::Char(' '))],
        "Ctrl-f Space",
        Action::PageDown,
        &[Ctx::Detail],
        "scroll the highlights down a page",
        "亮点向下翻一页",
        None
    ),
    bind!(
        &[ctrl('b')],
        "Ctrl-b",
        Action::PageUp,
        &[Ctx::Detail],
        "scroll the highlights up a page",
        "亮点向上翻一页",
        None
    ),
    // Filtering.
    bind!(
        &[ch('f')],
        "f",
        Action::FocusFilter,
        BROWSE,
        "filter by theme or district: 垃圾分类, ljfl, waste, hd",
        "按主题或区名筛选:垃圾分类、ljfl、waste、hd",
        Some(("filter", "筛选"))
    ),
    bind!(
        &[key(KeyCode::Enter)],
        "Enter",
        Action::AcceptFilter,
        &[Ctx::Typing],
        "keep the filter, go to the districts",
        "保留筛选,转到区列表",
        Some(("keep", "保留"))
    ),
    bind!(
        &[key(KeyCode::Esc)],
        "Esc",
        Action::CancelFilter,
        &[Ctx::Typing],
        "clear the filter and leave it",
        "清除筛选并退出输入",
        Some(("clear", "清除"))
    ),
    bind!(
        &[key(KeyCode::Down), ctrl('n')],
        "↓ Ctrl-n",
        Action::Down,
        &[Ctx::Typing],
        "next district",
        "下一个区",
        Some(("districts", "选区"))
    ),
    bind!(
        &[key(KeyCode::Up), ctrl('p')],
        "↑ Ctrl-p",
        Action::Up,
        &[Ctx::Typing],
        "previous district",
        "上一个区",
        None
    ),
    bind!(
        &[key(KeyCode::Backspace)],
        "Backspace",
        Action::Edit(Edit::Backspace),
        &[Ctx::Typing],
        "delete a character",
        "删除一个字",
        None
    ),
    bind!(
        &[key(KeyCode::Delete)],
        "Delete",
        Action::Edit(Edit::Delete),
        &[Ctx::Typing],
        "delete the character under the cursor",
        "删除光标处的字",
        None
    ),
    bind!(&[ctrl('w')], "Ctrl-w", Action::Edit(Edit::DeleteWord), &[Ctx::Typing], "delete a word", "删除一个词", None),
    bind!(&[ctrl('u')], "Ctrl-u", Action::Edit(Edit::Clear), &[Ctx::Typing], "clear the query", "清空输入", None),
    bind!(&[key(KeyCode::Left)], "←", Action::Edit(Edit::Left), &[Ctx::Typing], "cursor left", "光标左移", None),
    bind!(&[key(KeyCode::Right)], "→", Action::Edit(Edit::Right), &[Ctx::Typing], "cursor right", "光标右移", None),
    bind!(
        &[key(KeyCode::Home), ctrl('a')],
        "Home Ctrl-a",
        Action::Edit(Edit::Home),
        &[Ctx::Typing],
        "cursor to the start",
        "光标移到开头",
        None
    ),
    bind!(
        &[key(KeyCode::End), ctrl('e')],
        "End Ctrl-e",
        Action::Edit(Edit::End),
        &[Ctx::Typing],
        "cursor to the end",
        "光标移到末尾",
        None
    ),
    // Pages and overlays.
    bind!(
        &[ch('o')],
        "o",
        Action::ToggleOverview,
        BROWSE,
        "the article: title, source, opening and closing",
        "原文概览:标题、出处、开篇和结语",
        Some(("article", "原文"))
    ),
    bind!(
        &[ch('?'), key(KeyCode::F(1))],
        "? F1",
        Action::ToggleHelp,
        BROWSE,
        "this help",
        "本帮助",
        Some(("help", "帮助"))
    ),
    bind!(&[ch('j'), key(KeyCode::Down)], "j ↓", Action::Down, &[Ctx::Overlay], "scroll down", "向下滚动", None),
    bind!(&[ch('k'), key(KeyCode::Up)], "k ↑", Action::Up, &[Ctx::Overlay], "scroll up", "向上滚动", None),
    bind!(
        &[ctrl('d'), key(KeyCode::PageDown), key(KeyCode::Char(' '))],
        "Ctrl-d PgDn Space",
        Action::PageDown,
        &[Ctx::Overlay],
        "page down",
        "向下翻页",
        None
    ),
    bind!(
        &[ctrl('u'), key(KeyCode::PageUp)],
        "Ctrl-u PgUp",
        Action::PageUp,
        &[Ctx::Overlay],
        "page up",
        "向上翻页",
        None
    ),
    bind!(&[ch('g'), key(KeyCode::Home)], "g Home", Action::First, &[Ctx::Overlay], "top", "顶部", None),
    bind!(&[ch('G'), key(KeyCode::End)], "G End", Action::Last, &[Ctx::Overlay], "bottom", "底部", None),
    bind!(
        &[key(KeyCode::Esc), ch('q'), ch('?'), ch('o'), ch('h')],
        "Esc q",
        Action::Back,
        &[Ctx::Overlay],
        "close",
        "关闭",
        Some(("close", "关闭"))
    ),
    bind!(&[ch('q')], "q", Action::Quit, BROWSE, "quit", "退出", Some(("quit", "退出"))),
    bind!(&[ctrl('c')], "Ctrl-c", Action::Quit, ALL, "quit, from anywhere", "随时退出", None),
];

/// The section titles of the help, in order, with the contexts whose bindings they list.
pub const SECTIONS: &[(&str, &str, Ctx)] = &[
    ("Lists and highlights", "列表与亮点", Ctx::Districts),
    ("The highlights pane", "亮点窗格", Ctx::Detail),
    ("Typing in the filter", "输入筛选词时", Ctx::Typing),
    ("Help and overview", "帮助与概览", Ctx::Overlay),
];

impl App {
    /// Which bindings apply now.
    pub fn context(&self) -> Ctx {
        if self.overlay.is_some() {
            Ctx::Overlay
        } else if self.typing {
            Ctx::Typing
        } else {
            match self.focus {
                Focus::Themes => Ctx::Themes,
                Focus::Districts => Ctx::Districts,
                Focus::Detail => Ctx::Detail,
            }
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
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if let Some(b) = binding_for(ctx, key) {
                return Some(b.action.clone());
            }
            match (ctx, key.code) {
                (Ctx::Typing, KeyCode::Char(c))
                    if !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(Action::Edit(Edit::Insert(c.to_string())))
                }
                _ => None,
            }
        }
        Event::Paste(text) if ctx == Ctx::Typing => Some(Action::Edit(Edit::Insert(text.clone()))),
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

/// The bindings the help lists under a section: those of its context, each once.
pub fn section(ctx: Ctx) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| {
        b.contexts.contains(&ctx)
            && match ctx {
                // Detail-only keys go under their own section; shared ones are listed with the lists.
                Ctx::Detail => !b.contexts.contains(&Ctx::Districts),
                _ => true,
            }
    })
}

/// One row of the help page.
#[derive(Debug, Clone, Copy)]
pub enum HelpRow {
    Section(&'static str, &'static str),
    Key(&'static Binding),
    Blank,
}

/// The help page, section by section, straight from the key table.
pub fn help_page() -> Vec<HelpRow> {
    let mut rows = Vec::new();
    for &(en, zh, ctx) in SECTIONS {
        if !rows.is_empty() {
            rows.push(HelpRow::Blank);
        }
        rows.push(HelpRow::Section(en, zh));
        rows.extend(section(ctx).map(HelpRow::Key));
    }
    rows
}

/// How many rows the help page has.
pub fn help_rows() -> usize {
    help_page().len()
}
