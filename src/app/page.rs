//! A page: a whole view drawn over the panes (the key help, the article, the matrix, the figures, the match
//! list), which has the keyboard while it is open. Each page lives in one file of `pages/` with its state,
//! its keys, its update and its draw; open pages are a stack, so the help opened over the matrix goes back
//! to the matrix when it closes.

use std::any::Any;
use std::fmt;

use ratatui::Frame;

use super::App;
use super::action::Action;
use super::keymap::Binding;
use crate::export::{Clip, Export};
use crate::lang::Labels;
use crate::theme::Theme;

/// One open page.
pub trait Page: fmt::Debug + Any + Send {
    /// The page's line in the registry: its name and its keys.
    fn entry(&self) -> &'static PageEntry;
    /// Carries out an action; says whether the page stays open.
    fn update(&mut self, app: &mut App, action: &Action) -> Flow;
    /// Brings what the page derives from the rest of the state (laid-out text, a cursor kept in view) up to
    /// date; called after every update, so it should do nothing when nothing it reads has changed.
    fn derive(&mut self, _app: &App) {}
    /// Draws the page over the panes; reads state only.
    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme);
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
#[derive(Debug)]
pub struct PageEntry {
    /// How it is opened, which also names it.
    pub opener: Opener,
    /// The status line's badge.
    pub mode: fn(&Labels) -> &'static str,
    /// The help's heading over the page's own keys.
    pub name: fn(&Labels) -> &'static str,
    /// Its keys: the one that opens it (bound in the browsing contexts) and its own (bound in
    /// [`Ctx::Page`](super::keymap::Ctx::Page), where they come before the keys every page shares).
    pub keys: &'static [Binding],
}

/// How a key opens a page: the page's name, and a function that builds the page from the state or says why
/// it cannot (a notice) and returns `None`. Two openers are the same when they name the same page (function
/// addresses are no reliable identity).
#[derive(Clone, Copy)]
pub struct Opener {
    pub page: &'static str,
    pub open: fn(&mut App) -> Option<Box<dyn Page>>,
}

impl fmt::Debug for Opener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Opener({})", self.page)
    }
}

impl PartialEq for Opener {
    fn eq(&self, other: &Opener) -> bool {
        self.page == other.page
    }
}

impl Eq for Opener {}

impl App {
    /// The page on top, if one is open and is a `P`.
    pub fn page<P: Page>(&self) -> Option<&P> {
        let top: &dyn Page = self.pages.last()?.as_ref();
        (top as &dyn Any).downcast_ref::<P>()
    }

    /// Is a page open?
    pub fn on_page(&self) -> bool {
        !self.pages.is_empty()
    }
}
