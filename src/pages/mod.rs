//! The pages drawn over the panes (the help, the article, the matrix, the figures, the match list, the
//! bookmarks), one file each with its state, its keys and own actions, its layout, update and draw; the
//! browser that keeps them as a stack beside the panes' state and hands each key to the page on top first
//! ([`Browser`]); and what the pages share: how far an action moves a cursor or a scroll, and the frame of a
//! full page.
//!
//! Adding a page: its file here (with its `mod` line below), its line in [`REGISTRY`], its words in the
//! catalogue (a block in `lang/pages.rs`: name, badge, what its keys do), and its keys in the README's key
//! table (a test checks). Nothing else names it.

mod browser;
mod frame;
mod reading;

pub mod bookmarks;
pub mod figures;
pub mod glossary;
pub mod help;
pub mod matches;
pub mod matrix;
pub mod messages;
pub mod overview;
pub mod published;

use std::any::Any;
use std::fmt;

use ratatui::Frame;

pub use crate::app::cursor::{ListCursor, WHEEL_ROWS, fit_window, moved};
use crate::app::{Action, App};
use crate::export::{Clip, Export};
use crate::keys::{BINDINGS, Binding, Key, KeyLine, PageId};
use crate::lang::pages::PageWords;
use crate::theme::Theme;
pub use browser::{Browser, action_for_key, action_for_paste, draw, receive, update};
pub use frame::{ListPanes, list_page, page_area, page_text};
pub(crate) use frame::{draw_frame, frame_block};

/// Every page, in the order the help lists their keys.
pub const REGISTRY: &[&PageEntry] = &[
    &help::ENTRY,
    &overview::ENTRY,
    &published::ENTRY,
    &matrix::ENTRY,
    &figures::ENTRY,
    &matches::ENTRY,
    &bookmarks::ENTRY,
    &messages::ENTRY,
    &glossary::ENTRY,
    &glossary::HERE,
];

/// One open page.
pub trait Page: fmt::Debug + Any + Send {
    /// The page's line in the registry: its name and its keys.
    fn entry(&self) -> &'static PageEntry;
    /// Carries out an action: one every page shares (moving, closing, a click), or one of its own keys
    /// ([`Action::PageKey`], looked up in its own table). Says whether the page stays open. It runs inside
    /// [`App::step`]: the derived views are brought up to date after it.
    fn update(&mut self, app: &mut App, action: &Action) -> Flow;
    /// Brings what the page derives from the rest of the state (laid-out text, a cursor kept in view) up to
    /// date; called after every update, so it should do nothing when nothing it reads has changed.
    fn derive(&mut self, _app: &App) {}
    /// Draws the page over the panes; reads state only.
    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme);
    /// Is a line being typed on the page (its own filter)? The keyboard is then a filter's: letters are
    /// typed, Enter keeps and Esc clears.
    fn typing(&self) -> bool {
        false
    }
    /// What `y` copies on the page: its row, with the source.
    fn copy(&self, _app: &App) -> Option<Clip> {
        None
    }
    /// What `w` writes on the page: all of it, as Markdown.
    fn export(&self, _app: &App) -> Option<Export> {
        None
    }
    /// Where the page's cursor is, for the status line ("石景山 9/16 × Waste sorting").
    fn position(&self, _app: &App) -> Option<String> {
        None
    }
    /// What the page keeps of itself when it closes, handed to it when it opens again (the figures keep
    /// their order); most keep nothing.
    fn memo(&self) -> Option<Box<dyn Any + Send>> {
        None
    }
}

/// What happens to a page after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Stay,
    /// Close this page: the one beneath (if any) has the keyboard again.
    Close,
    /// Close every page: the action took the reader back to the panes (a jump to a district).
    Leave,
}

/// A page as the registry knows it, before it is open.
pub struct PageEntry {
    /// The name [`Action::Open`] opens it by.
    pub id: PageId,
    /// Builds the page from the state and from what it kept of itself when it last closed ([`Page::memo`]),
    /// or says why it cannot (a notice) and returns `None`.
    pub open: Open,
    /// Its name (the help's heading over its keys) and its badge on the status line.
    pub words: &'static PageWords,
    /// The key that opens it from the panes; the help has none of its own (the key table's `?` opens it).
    pub opens: Option<&'static Binding>,
    /// Its own keys, bound to its own actions; they come before the keys every page shares.
    pub keys: &'static dyn OwnKeys,
}

/// How a page is opened: see [`PageEntry::open`].
pub type Open = fn(&mut App, Option<&dyn Any>) -> Option<Box<dyn Page>>;

impl fmt::Debug for PageEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PageEntry({})", self.id.0)
    }
}

/// A page's own key table, as the help, the status line and the key lookup read it, whatever the type of
/// the page's actions.
pub trait OwnKeys: Sync {
    fn lines(&self) -> Vec<KeyLine>;
}

impl<A: Sync, const N: usize> OwnKeys for [Binding<A>; N] {
    fn lines(&self) -> Vec<KeyLine> {
        self.iter().map(Binding::own_line).collect()
    }
}

/// The page's own action bound to `key` in its table.
pub(crate) fn own<A: Copy>(table: &[Binding<A>], key: Key) -> Option<A> {
    table.iter().find(|b| b.keys.contains(&key)).map(|b| b.action)
}

/// The first key of the page's own `action`, as its frame and its messages name it.
pub(crate) fn own_key<A: PartialEq>(table: &[Binding<A>], action: A) -> String {
    table.iter().find(|b| b.action == action).and_then(|b| b.keys.first()).map_or_else(|| "?".to_string(), |k| k.name())
}

/// Every binding the program has: the key table's, then each page's opening key and own keys, in the order
/// the help lists them.
pub fn all_key_lines() -> impl Iterator<Item = KeyLine> {
    let pages = REGISTRY.iter().flat_map(|p| p.opens.map(Binding::line).into_iter().chain(p.keys.lines()));
    BINDINGS.iter().map(Binding::line).chain(pages)
}

/// What every list page does with a click or a move: a click on a row puts the cursor there and one outside
/// the page closes it; a move steps the cursor through the `n` rows.
pub(crate) fn list_moves(list: &mut ListCursor, action: &Action, l: &ListPanes, n: usize) -> Flow {
    match *action {
        Action::Click { column, row } => {
            let at = ratatui::layout::Position { x: column, y: row };
            if l.rows.contains(at) {
                list.click(row, l.rows, n);
            } else if !l.block.contains(at) {
                return Flow::Close;
            }
        }
        ref other => {
            if let Some(rows) = motion(other, l.rows.height as usize) {
                list.step(rows, n);
            }
        }
    }
    Flow::Stay
}

/// How far an action moves a page's cursor or scroll, in rows, for a page `height` rows tall.
pub(crate) fn motion(action: &Action, height: usize) -> Option<isize> {
    let page = height.max(1) as isize;
    Some(match action {
        Action::Up => -1,
        Action::Down => 1,
        Action::First => isize::MIN,
        Action::Last => isize::MAX,
        Action::PageDown | Action::HalfPageDown => page,
        Action::PageUp | Action::HalfPageUp => -page,
        Action::Wheel { down: true, .. } => WHEEL_ROWS as isize,
        Action::Wheel { down: false, .. } => -(WHEEL_ROWS as isize),
        _ => return None,
    })
}

/// A scrolled page's scroll after `action`, for `total` rows of which `height` are shown.
pub(crate) fn scrolled(scroll: usize, action: &Action, total: usize, height: usize) -> usize {
    match motion(action, height) {
        Some(rows) => moved(scroll, rows, total.saturating_sub(height) + 1),
        None => scroll,
    }
}

impl dyn Page {
    /// The page as its own type, if it is a `P`.
    pub fn as_page<P: Page>(&self) -> Option<&P> {
        (self as &dyn Any).downcast_ref::<P>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{BROWSE, Ctx, PAGE};

    /// The keys a list of lines gives to more than one line.
    fn clashes(lines: impl Iterator<Item = KeyLine>) -> Vec<Key> {
        let mut seen: Vec<Key> = Vec::new();
        let mut twice = Vec::new();
        for l in lines {
            for &k in l.keys {
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
            assert_eq!(clashes(all_key_lines().filter(|l| l.contexts.contains(&ctx))), [], "{ctx:?}");
        }
        // On a page, its own keys come first and may shadow the shared ones (the help's ? closes it).
        let shared = BINDINGS.iter().map(Binding::line).filter(|l| l.contexts.contains(&Ctx::Page));
        assert_eq!(clashes(shared), [], "every page");
        for page in REGISTRY {
            assert_eq!(clashes(page.keys.lines().into_iter()), [], "{}", page.words.name.en);
        }
    }

    #[test]
    fn every_page_can_be_opened_or_is_the_help() {
        for page in REGISTRY {
            let opened = page.opens.is_some_and(|b| b.action == Action::Open(page.id) && b.contexts == BROWSE);
            assert!(opened || page.id == help::ID, "{} has no key that opens it", page.words.name.en);
        }
    }

    #[test]
    fn a_pages_own_keys_are_bound_on_pages_only() {
        for page in REGISTRY {
            assert!(page.keys.lines().iter().all(|l| l.contexts == PAGE && l.action.is_none()), "{:?}", page);
        }
    }

    #[test]
    fn pages_have_names_of_their_own() {
        let mut ids: Vec<&str> = REGISTRY.iter().map(|p| p.id.0).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), REGISTRY.len());
    }
}
