//! The key table: one line per binding, with the contexts it applies in and its words in the catalogue.
//! The browser looks keys up in it; the help lists it section by section; the status line takes its hints
//! from it; messages name keys from it.

use super::{Action, Edit, Key};
use crate::lang::keys::{self as words, KeyWords, Words};

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
    /// A page is open over the panes (`pages/`).
    Page,
}

const LISTS: &[Ctx] = &[Ctx::Themes, Ctx::Districts];
const BROWSE_AND_PAGES: &[Ctx] = &[Ctx::Themes, Ctx::Districts, Ctx::Detail, Ctx::Page];
const TYPING: &[Ctx] = &[Ctx::Filter, Ctx::Search];
/// Where a line of text is edited.
const EDITING: &[Ctx] = &[Ctx::Filter, Ctx::Search, Ctx::Note];
/// Where the keys that open pages are bound.
pub const BROWSE: &[Ctx] = &[Ctx::Themes, Ctx::Districts, Ctx::Detail];
/// Where a page's keys are bound.
pub const PAGE: &[Ctx] = &[Ctx::Page];
const ALL: &[Ctx] = &[Ctx::Themes, Ctx::Districts, Ctx::Detail, Ctx::Filter, Ctx::Search, Ctx::Note, Ctx::Page];

/// One line of a key table: its keys, what they do, where, and its words. `A` is [`Action`] in the table
/// below; a page's own table binds keys to the page's own actions.
#[derive(Debug)]
pub struct Binding<A: 'static = Action> {
    pub keys: &'static [Key],
    pub action: A,
    pub contexts: &'static [Ctx],
    pub words: KeyWords,
}

/// A line of a key table.
pub const fn bind<A>(keys: &'static [Key], action: A, contexts: &'static [Ctx], words: KeyWords) -> Binding<A> {
    Binding { keys, action, contexts, words }
}

impl<A> Binding<A> {
    /// The line as the help and the status line read it, for a page's own action (which they need not know).
    pub fn own_line(&self) -> KeyLine {
        KeyLine { keys: self.keys, contexts: self.contexts, words: self.words, action: None }
    }
}

impl Binding {
    /// The line as the help and the status line read it.
    pub fn line(&'static self) -> KeyLine {
        KeyLine { action: Some(&self.action), ..self.own_line() }
    }
}

/// A binding of any table, as the help, the status line and the key lookup read it.
#[derive(Debug, Clone, Copy)]
pub struct KeyLine {
    pub keys: &'static [Key],
    pub contexts: &'static [Ctx],
    pub words: KeyWords,
    /// The action of the key table it asks for; `None`: an action of the open page's own.
    pub action: Option<&'static Action>,
}

impl KeyLine {
    /// How the keys are written in the help: "j ↓", "Ctrl-d PgDn".
    pub fn label(&self) -> String {
        self.keys.iter().map(|k| k.name()).collect::<Vec<_>>().join(" ")
    }
}

/// Every key of the panes, the lines being typed and every page, in the order the help lists them. The keys
/// that open pages and those a page has of its own are in the page's file.
pub static BINDINGS: &[Binding] = &[
    // Moving.
    bind(&[Key::Char('j'), Key::Down], Action::Down, BROWSE, words::DOWN),
    bind(&[Key::Char('k'), Key::Up], Action::Up, BROWSE, words::UP),
    bind(&[Key::Char('g'), Key::Home], Action::First, BROWSE, words::FIRST),
    bind(&[Key::Char('G'), Key::End], Action::Last, BROWSE, words::LAST),
    bind(&[Key::Tab], Action::FocusNext, BROWSE, words::NEXT_PANE),
    bind(&[Key::BackTab], Action::FocusPrev, BROWSE, words::PREVIOUS_PANE),
    bind(&[Key::Enter, Key::Char('l'), Key::Right], Action::Enter, LISTS, words::OPEN),
    bind(&[Key::Esc, Key::Char('h'), Key::Left], Action::Back, BROWSE, words::BACK),
    // The detail.
    bind(&[Key::Ctrl('d'), Key::PageDown], Action::HalfPageDown, BROWSE, words::HALF_PAGE_DOWN),
    bind(&[Key::Ctrl('u'), Key::PageUp], Action::HalfPageUp, BROWSE, words::HALF_PAGE_UP),
    bind(&[Key::Ctrl('f'), Key::Char(' ')], Action::PageDown, &[Ctx::Detail], words::PAGE_DOWN),
    bind(&[Key::Ctrl('b')], Action::PageUp, &[Ctx::Detail], words::PAGE_UP),
    bind(&[Key::Char(']')], Action::NextHighlight, BROWSE, words::NEXT_HIGHLIGHT),
    bind(&[Key::Char('[')], Action::PrevHighlight, BROWSE, words::PREVIOUS_HIGHLIGHT),
    bind(&[Key::Char('z')], Action::ToggleZoom, BROWSE, words::ZOOM),
    bind(&[Key::Char('e')], Action::ToggleReading, BROWSE, words::READING),
    bind(&[Key::Char('>')], Action::NextEdition, BROWSE, words::NEXT_EDITION),
    bind(&[Key::Char('<')], Action::PrevEdition, BROWSE, words::PREVIOUS_EDITION),
    // Taking text out.
    bind(&[Key::Char('y')], Action::Copy, BROWSE_AND_PAGES, words::COPY),
    bind(&[Key::Char('b')], Action::Bookmark, BROWSE, words::BOOKMARK),
    bind(&[Key::Char('Y')], Action::CopyAll, BROWSE, words::COPY_ALL),
    bind(&[Key::Char('w')], Action::Export, BROWSE_AND_PAGES, words::EXPORT),
    bind(&[Key::Char('M')], Action::ToggleMouse, BROWSE_AND_PAGES, words::MOUSE),
    // Filtering and searching.
    bind(&[Key::Char('f')], Action::FocusFilter, BROWSE, words::FILTER),
    bind(&[Key::Char('/')], Action::StartSearch, BROWSE, words::SEARCH),
    bind(&[Key::Char('n')], Action::NextMatch, BROWSE, words::NEXT_MATCH),
    bind(&[Key::Char('N')], Action::PrevMatch, BROWSE, words::PREVIOUS_MATCH),
    // Comparing.
    bind(&[Key::Char(' ')], Action::Pin, &[Ctx::Districts], words::PIN),
    bind(&[Key::Char('c')], Action::ToggleCompare, BROWSE, words::COMPARE),
    bind(&[Key::Char('s')], Action::Swap, BROWSE, words::SWAP),
    bind(&[Key::Char('t')], Action::ToggleTogether, BROWSE, words::TOGETHER),
    bind(&[Key::Char('J')], Action::LeftDown, BROWSE, words::LEFT_DOWN),
    bind(&[Key::Char('K')], Action::LeftUp, BROWSE, words::LEFT_UP),
    // The pages open with keys of their own (see `pages/`); the help is this table itself.
    bind(&[Key::Char('?'), Key::F(1)], Action::ToggleHelp, BROWSE, words::HELP),
    bind(&[Key::Char('q')], Action::Quit, BROWSE, words::QUIT),
    bind(&[Key::Ctrl('c')], Action::Quit, ALL, words::QUIT_ANYWHERE),
    // Typing.
    bind(&[Key::Enter], Action::Accept, &[Ctx::Filter], words::FILTER_KEEP),
    bind(&[Key::Enter], Action::Accept, &[Ctx::Search], words::SEARCH_RUN),
    bind(&[Key::Esc], Action::Cancel, &[Ctx::Filter], words::FILTER_CLEAR),
    bind(&[Key::Esc], Action::Cancel, &[Ctx::Search], words::SEARCH_LEAVE),
    bind(&[Key::Enter], Action::Accept, &[Ctx::Note], words::NOTE_SAVE),
    bind(&[Key::Esc], Action::Cancel, &[Ctx::Note], words::NOTE_LEAVE),
    bind(&[Key::Down, Key::Ctrl('n')], Action::Down, TYPING, words::NEXT_DISTRICT),
    bind(&[Key::Up, Key::Ctrl('p')], Action::Up, TYPING, words::PREVIOUS_DISTRICT),
    bind(&[Key::Backspace], Action::Edit(Edit::Backspace), EDITING, words::DELETE_CHARACTER),
    bind(&[Key::Delete], Action::Edit(Edit::Delete), EDITING, words::DELETE_UNDER),
    bind(&[Key::Ctrl('w')], Action::Edit(Edit::DeleteWord), EDITING, words::DELETE_WORD),
    bind(&[Key::Ctrl('u')], Action::Edit(Edit::Clear), EDITING, words::CLEAR_LINE),
    bind(&[Key::Left], Action::Edit(Edit::Left), EDITING, words::CURSOR_LEFT),
    bind(&[Key::Right], Action::Edit(Edit::Right), EDITING, words::CURSOR_RIGHT),
    bind(&[Key::Home, Key::Ctrl('a')], Action::Edit(Edit::Home), EDITING, words::CURSOR_HOME),
    bind(&[Key::End, Key::Ctrl('e')], Action::Edit(Edit::End), EDITING, words::CURSOR_END),
    // Every page: moving, closing, the help over it. A page's own keys (`pages/`) come before these.
    bind(&[Key::Char('j'), Key::Down], Action::Down, PAGE, words::PAGE_ROW_DOWN),
    bind(&[Key::Char('k'), Key::Up], Action::Up, PAGE, words::PAGE_ROW_UP),
    bind(&[Key::Ctrl('d'), Key::PageDown, Key::Char(' ')], Action::PageDown, PAGE, words::PAGE_PAGE_DOWN),
    bind(&[Key::Ctrl('u'), Key::PageUp], Action::PageUp, PAGE, words::PAGE_PAGE_UP),
    bind(&[Key::Char('g'), Key::Home], Action::First, PAGE, words::PAGE_TOP),
    bind(&[Key::Char('G'), Key::End], Action::Last, PAGE, words::PAGE_BOTTOM),
    bind(&[Key::Esc, Key::Char('q')], Action::Back, PAGE, words::PAGE_CLOSE),
    bind(&[Key::Char('?'), Key::F(1)], Action::ToggleHelp, PAGE, words::PAGE_HELP),
];

/// The sections of the help, in order, with the contexts whose bindings they list; the pages' own keys
/// follow, one section per page.
pub const SECTIONS: &[(Words, &[Ctx])] = &[
    (words::SECTION_LISTS, &[Ctx::Districts, Ctx::Themes]),
    (words::SECTION_DETAIL, &[Ctx::Detail]),
    (words::SECTION_TYPING, &[Ctx::Filter, Ctx::Search, Ctx::Note]),
    (words::SECTION_PAGES, &[Ctx::Page]),
];

/// Is `line`, bound in `contexts`, listed under section `i` of [`SECTIONS`]? It is when it applies in one of
/// the section's contexts and in none of an earlier section's (Ctrl-c, bound everywhere, is listed once).
pub fn section(i: usize, contexts: &[Ctx]) -> bool {
    let listed = SECTIONS.get(i).map_or(&[][..], |s| s.1);
    let earlier = SECTIONS.iter().take(i).flat_map(|s| s.1.iter());
    contexts.iter().any(|c| listed.contains(c)) && !earlier.into_iter().any(|c| contexts.contains(c))
}

/// The status line's hints while two districts are compared (in the district list or the detail): the way
/// out, the keys that only mean something there, moving and help. The first ones stay when room is short.
pub const COMPARE_HINTS: &[(Action, Words)] = &[
    (Action::ToggleCompare, words::HINT_CLOSE_COMPARE),
    (Action::Swap, words::HINT_SWAP),
    (Action::ToggleTogether, words::HINT_TOGETHER),
    (Action::LeftDown, words::HINT_LEFT_COLUMN),
    (Action::Down, words::HINT_MOVE),
    (Action::ToggleHelp, words::HINT_HELP),
];

/// The first binding of `action` in `ctx`.
pub fn binding_of(ctx: Ctx, action: &Action) -> Option<&'static Binding> {
    BINDINGS.iter().find(|b| b.action == *action && b.contexts.contains(&ctx))
}

/// The first key of `action` in `ctx`, as messages name it ("c", "Esc"), or "?" if it has none there.
pub fn key_of(ctx: Ctx, action: &Action) -> String {
    binding_of(ctx, action).and_then(|b| b.keys.first()).map_or_else(|| "?".to_string(), |k| k.name())
}

/// Is `key` bound to quitting anywhere (q, Ctrl-c)?
pub fn quits(key: Key) -> bool {
    BINDINGS.iter().any(|b| b.action == Action::Quit && b.keys.contains(&key))
}

/// Does `key` leave the loading screen? It quits, or it closes a page (Esc): the loading screen is read like
/// a page.
pub fn leaves_loading(key: Key) -> bool {
    quits(key) || BINDINGS.iter().any(|b| b.action == Action::Back && b.contexts == PAGE && b.keys.contains(&key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_first_key_of_an_action_where_it_applies() {
        assert_eq!(key_of(Ctx::Districts, &Action::ToggleCompare), "c");
        assert_eq!(key_of(Ctx::Page, &Action::Back), "Esc");
        assert_eq!(key_of(Ctx::Note, &Action::Accept), "Enter");
        assert_eq!(key_of(Ctx::Filter, &Action::Pin), "?", "a key not bound there is not named");
    }

    #[test]
    fn ctrl_c_is_listed_once_in_the_first_section_it_applies_in() {
        let ctrl_c = BINDINGS.iter().find(|b| b.keys == [Key::Ctrl('c')]).expect("bound");
        let listed: Vec<usize> = (0..SECTIONS.len()).filter(|&i| section(i, ctrl_c.contexts)).collect();
        assert_eq!(listed, [0]);
    }

    #[test]
    fn quitting_and_closing_leave_the_loading_screen_and_nothing_else_does() {
        assert!(leaves_loading(Key::Char('q')) && leaves_loading(Key::Ctrl('c')) && leaves_loading(Key::Esc));
        assert!(!leaves_loading(Key::Char('j')) && !leaves_loading(Key::Enter));
    }
}
