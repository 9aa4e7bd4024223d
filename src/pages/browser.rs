//! The browser: the panes' state and, beside it, the pages open over it. A key goes to the page on top
//! first (its own keys, then those every page shares); with no page open, to the panes. The panes' state
//! knows nothing of the pages; the pages act on it through its own functions.

use ratatui::Frame;

use super::{Flow, Page, REGISTRY, help};
use crate::app::layout::panes;
use crate::app::update::take;
use crate::app::{App, derive};
use crate::keys::{Action, BINDINGS, Binding, Ctx, Edit, Key, KeyLine, PageId, key_of, quits};
use crate::lang::Msg;
use crate::theme::Theme;
use crate::ui::{self, Chrome, PageStatus};

/// All the browser's state: the panes' and the open pages'.
#[derive(Debug)]
pub struct Browser {
    pub app: App,
    /// The open pages, the one with the keyboard last.
    pub pages: Vec<Box<dyn Page>>,
    /// Each page as it was when it last closed, so that it opens again as the reader left it (the figures
    /// in the order last chosen).
    closed: Vec<Box<dyn Page>>,
}

impl Browser {
    pub fn new(app: App) -> Browser {
        Browser { app, pages: Vec::new(), closed: Vec::new() }
    }

    /// The page on top, if one is open and is a `P`.
    pub fn page<P: Page>(&self) -> Option<&P> {
        self.pages.last()?.as_page::<P>()
    }

    /// Is a page open?
    pub fn on_page(&self) -> bool {
        !self.pages.is_empty()
    }

    /// Where the keyboard is: on the page on top, or where the panes have it.
    pub fn context(&self) -> Ctx {
        if self.on_page() { Ctx::Page } else { self.app.context() }
    }

    /// The bindings that apply now, in the order keys are looked up: on a page its own keys, then those every
    /// page shares; on the panes the key table's and the keys that open pages.
    pub fn keys(&self) -> Vec<KeyLine> {
        let ctx = self.context();
        match self.pages.last() {
            Some(page) => {
                let shared = BINDINGS.iter().map(Binding::line).filter(|l| l.contexts.contains(&Ctx::Page));
                page.entry().keys.lines().into_iter().chain(shared).collect()
            }
            None => {
                let openers = REGISTRY.iter().filter_map(|p| p.opens);
                BINDINGS.iter().chain(openers).map(Binding::line).filter(|l| l.contexts.contains(&ctx)).collect()
            }
        }
    }

    /// What the status line needs to know of the keyboard and of the page on top.
    pub fn chrome(&self) -> Chrome {
        let page = self
            .pages
            .last()
            .map(|p| PageStatus { mode: (p.entry().mode)(self.app.lang.labels()), position: p.position(&self.app) });
        Chrome { ctx: self.context(), keys: self.keys(), page }
    }
}

/// Carries out one action: the page on top has it, after the few every page shares; with no page open,
/// the panes have it, but for opening a page. Then every open page brings what it derives up to date.
pub fn update(b: &mut Browser, action: Action) {
    match (b.pages.pop(), action) {
        (None, Action::ToggleHelp) => settle(&mut b.app, |app| open(app, &mut b.pages, &b.closed, help::ID)),
        (None, Action::Open(id)) => settle(&mut b.app, |app| open(app, &mut b.pages, &b.closed, id)),
        (None, other) => crate::app::update(&mut b.app, other),
        (Some(page), action) => on_page(b, page, action),
    }
    for page in &mut b.pages {
        page.derive(&b.app);
    }
}

/// Runs `f` on the panes' state as their own update runs an action: the last notice cleared first, the
/// derived views brought up to date after.
fn settle(app: &mut App, f: impl FnOnce(&mut App)) {
    app.notice = None;
    app.quit_warned = false;
    f(app);
    derive::derive(app);
}

/// An action while a page is open (`page`, taken off the stack).
fn on_page(b: &mut Browser, mut page: Box<dyn Page>, action: Action) {
    let app = &mut b.app;
    match action {
        // What the panes do the same way under a page.
        Action::Quit | Action::Resize { .. } | Action::ToggleMouse | Action::Done(_) | Action::Unbound(_) => {
            crate::app::update(app, action)
        }
        // The help's own keys close it; asked for again in code, it closes too rather than opening twice.
        Action::ToggleHelp if page.entry().id == help::ID => return settle(app, |_| keep(&mut b.closed, page)),
        // The page waits beneath the new one and has the keyboard again when it closes.
        Action::ToggleHelp | Action::Open(_) => {
            let id = if let Action::Open(id) = action { id } else { help::ID };
            b.pages.push(page);
            return settle(app, |app| open(app, &mut b.pages, &b.closed, id));
        }
        Action::Copy => settle(app, |app| {
            let clip = page.copy(app);
            // A page that has no row to copy may still be written whole: the notice says so.
            let write_key = key_of(Ctx::Page, &Action::Export);
            let writes = (clip.is_none() && page.export(app).is_some()).then_some(write_key.as_str());
            take::put(app, clip, Msg::NothingToCopyOnPage { write_key: writes });
        }),
        Action::Export => settle(app, |app| take::write(app, page.export(app), Msg::NothingOnPage)),
        other => {
            let mut flow = Flow::Stay;
            settle(app, |app| flow = page.update(app, &other));
            match flow {
                Flow::Stay => {}
                Flow::Close => return keep(&mut b.closed, page),
                Flow::Leave => {
                    keep(&mut b.closed, page);
                    for page in std::mem::take(&mut b.pages) {
                        keep(&mut b.closed, page);
                    }
                    return;
                }
            }
        }
    }
    b.pages.push(page);
}

/// Opens page `id` over whatever is open, from the page as it last closed if it did.
fn open(app: &mut App, pages: &mut Vec<Box<dyn Page>>, closed: &[Box<dyn Page>], id: PageId) {
    let Some(entry) = REGISTRY.iter().find(|p| p.id == id) else { return };
    let last = closed.iter().find(|p| p.entry().id == id).map(|p| p.as_ref());
    if let Some(page) = (entry.open)(app, last) {
        pages.push(page);
    }
}

/// Keeps a closed page, in place of the one of its kind closed before.
fn keep(closed: &mut Vec<Box<dyn Page>>, page: Box<dyn Page>) {
    let id = page.entry().id;
    closed.retain(|p| p.entry().id != id);
    closed.push(page);
}

/// Draws the whole screen: the panes and the status line, then the pages, bottom first (the help opened over
/// the matrix is drawn over it). Below the smallest size the screen says how large it must be, and no page
/// is drawn.
pub fn draw(frame: &mut Frame, b: &Browser, theme: &Theme) {
    ui::draw(frame, &b.app, &b.chrome(), theme);
    if panes(frame.area(), b.app.zoomed()).is_none() {
        return;
    }
    for page in &b.pages {
        page.draw(frame, &b.app, theme);
    }
}

/// What a key asks for, given where the keyboard is.
pub fn action_for_key(b: &Browser, key: Key) -> Option<Action> {
    // On a terminal too small to draw the browser, a key would act on screens the reader cannot see: only
    // quitting does anything (as the message there says).
    if b.app.panes().is_none() {
        return quits(key).then_some(Action::Quit);
    }
    if let Some(line) = b.keys().into_iter().find(|l| l.keys.contains(&key)) {
        return Some(line.action.cloned().unwrap_or(Action::PageKey(key)));
    }
    match (b.context(), key) {
        (Ctx::Filter | Ctx::Search | Ctx::Note, Key::Char(c)) => Some(Action::Edit(Edit::Insert(c.to_string()))),
        (Ctx::Filter | Ctx::Search | Ctx::Note, _) => None,
        (_, key) => Some(Action::Unbound(key)),
    }
}

/// What pasted text asks for: to be typed, when the keyboard is in a line of text.
pub fn action_for_paste(b: &Browser, text: &str) -> Option<Action> {
    let typing = b.app.panes().is_some() && matches!(b.context(), Ctx::Filter | Ctx::Search | Ctx::Note);
    typing.then(|| Action::Edit(Edit::Insert(text.to_string())))
}
