//! The browser: the panes' state and, beside it, the pages open over it. A key goes to the page on top
//! first (its own keys, then those every page shares); with no page open, to the panes. The panes' state
//! knows nothing of the pages; the pages act on it through its own functions.

use std::any::Any;

use ratatui::Frame;

use super::{Flow, Page, REGISTRY, help, messages};
use crate::app::App;
use crate::app::loading::Load;
use crate::dataset::Arrival;
use crate::keys::{Action, BINDINGS, Binding, Ctx, Edit, Key, KeyLine, PageId, key_of, quits};
use crate::lang::{BrowserMsg, KeyWords};
use crate::theme::Theme;
use crate::ui::{self, Chrome, PageStatus};

/// All the browser's state: the panes' and the open pages'.
#[derive(Debug)]
pub struct Browser {
    pub app: App,
    /// The open pages, the one with the keyboard last.
    pub pages: Vec<Box<dyn Page>>,
    /// What each page kept of itself when it last closed, so that it opens again as the reader left it (the
    /// figures in the order last chosen).
    memos: Vec<(PageId, Box<dyn Any + Send>)>,
}

impl Browser {
    pub fn new(app: App) -> Browser {
        Browser { app, pages: Vec::new(), memos: Vec::new() }
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
        match self.pages.last() {
            Some(page) if page.typing() => Ctx::Filter,
            Some(_) => Ctx::Page,
            None => self.app.context(),
        }
    }

    /// The bindings that apply now, in the order keys are looked up: on a page its own keys, then those every
    /// page shares; on the panes the key table's and the keys that open pages.
    pub fn keys(&self) -> Vec<KeyLine> {
        let ctx = self.context();
        match self.pages.last() {
            Some(page) if page.typing() => BINDINGS
                .iter()
                .map(Binding::line)
                .filter(|l| l.contexts.contains(&Ctx::Filter))
                // Typing on a page, the arrows move through the page's list, not the districts.
                .map(|l| match l.action {
                    Some(Action::Down | Action::Up) => KeyLine { words: KeyWords { hint: None, ..l.words }, ..l },
                    _ => l,
                })
                .collect(),
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
            .map(|p| PageStatus { mode: p.entry().words.mode.get(self.app.lang), position: p.position(&self.app) });
        Chrome { ctx: self.context(), keys: self.keys(), page }
    }
}

/// Carries out one action: the page on top has it, after the few every page shares; with no page open,
/// the panes have it, but for opening a page. Then every open page brings what it derives up to date.
pub fn update(b: &mut Browser, action: Action) {
    match (b.pages.pop(), action) {
        (None, Action::ToggleHelp) => b.app.step(|app| open(app, &mut b.pages, &b.memos, help::ID)),
        (None, Action::Open(id)) => b.app.step(|app| open(app, &mut b.pages, &b.memos, id)),
        (None, other) => crate::app::update(&mut b.app, other),
        (Some(page), action) => on_page(b, page, action),
    }
    for page in &mut b.pages {
        page.derive(&b.app);
    }
}

/// Takes in what the loading thread sent: districts that arrived; the whole dataset in place of what
/// arrived (another edition joined), the open pages opened again on it; the end; or the error that stopped
/// it, shown whole on the messages page over what loaded.
pub fn receive(b: &mut Browser, load: Load) {
    match load {
        // The browser is open already: a second state is never sent.
        Load::Open(_) => {}
        Load::More(Arrival::More { districts, expected, .. }) => b.app.arrive(districts, expected),
        Load::Batch(batch) => b.app.arrive_indexed(batch.districts, batch.expected, batch.index),
        Load::More(Arrival::Rereading) => b.app.rereading(),
        Load::More(Arrival::Begun { data, expected }) => {
            b.app.replace(*data);
            b.app.arriving(expected);
        }
        Load::More(Arrival::Whole(data)) => {
            b.app.replace(*data);
            reopen_pages(b);
        }
        Load::Done(told) => {
            let was_arriving = b.app.loading.is_some();
            b.app.arrived();
            b.app.tell(told);
            // The pages opened while the districts arrived (the matrix, the figures, the bookmarks) counted
            // those there then: they open again on all of them.
            if was_arriving {
                reopen_pages(b);
            }
        }
        Load::Stopped(message, code) => {
            b.app.stopped(message, code);
            // Over what is being typed, the status line says it and the messages page (L) holds it whole.
            let typing = b.app.typing.is_some() || b.pages.last().is_some_and(|p| p.typing());
            if !typing && b.pages.last().map(|p| p.entry().id) != Some(messages::ID) {
                open(&mut b.app, &mut b.pages, &b.memos, messages::ID);
            }
        }
    }
    for page in &mut b.pages {
        page.derive(&b.app);
    }
}

/// Opens the open pages again, in their order, on the dataset as it is now (each as it kept itself).
fn reopen_pages(b: &mut Browser) {
    let ids: Vec<PageId> = b.pages.iter().map(|p| p.entry().id).collect();
    for page in std::mem::take(&mut b.pages) {
        remember(&mut b.memos, &*page);
    }
    for id in ids {
        open(&mut b.app, &mut b.pages, &b.memos, id);
    }
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
        Action::ToggleHelp if page.entry().id == help::ID => return app.step(|_| remember(&mut b.memos, &*page)),
        // The page waits beneath the new one and has the keyboard again when it closes.
        Action::ToggleHelp | Action::Open(_) => {
            let id = if let Action::Open(id) = action { id } else { help::ID };
            b.pages.push(page);
            return app.step(|app| open(app, &mut b.pages, &b.memos, id));
        }
        Action::Copy => app.step(|app| {
            let clip = page.copy(app);
            // A page that has no row to copy may still be written whole: the notice says so.
            let write_key = key_of(Ctx::Page, &Action::Export);
            let writes = (clip.is_none() && page.export(app).is_some()).then_some(write_key.as_str());
            app.copy_clip(clip, BrowserMsg::NothingToCopyOnPage { write_key: writes });
        }),
        Action::Export => app.step(|app| app.write_export(page.export(app), BrowserMsg::NothingOnPage)),
        other => {
            let mut flow = Flow::Stay;
            app.step(|app| flow = page.update(app, &other));
            match flow {
                Flow::Stay => {}
                Flow::Close => return remember(&mut b.memos, &*page),
                Flow::Leave => {
                    for page in std::iter::once(page).chain(std::mem::take(&mut b.pages)) {
                        remember(&mut b.memos, &*page);
                    }
                    return;
                }
            }
        }
    }
    b.pages.push(page);
}

/// Opens page `id` over whatever is open, with what it kept of itself when it last closed.
fn open(app: &mut App, pages: &mut Vec<Box<dyn Page>>, memos: &[(PageId, Box<dyn Any + Send>)], id: PageId) {
    let Some(entry) = REGISTRY.iter().find(|p| p.id == id) else { return };
    let memo = memos.iter().find(|(of, _)| *of == id).map(|(_, m)| m.as_ref() as &dyn Any);
    if let Some(page) = (entry.open)(app, memo) {
        pages.push(page);
    }
}

/// Keeps what a closing page keeps of itself, in place of what it kept before.
fn remember(memos: &mut Vec<(PageId, Box<dyn Any + Send>)>, page: &dyn Page) {
    if let Some(memo) = page.memo() {
        let id = page.entry().id;
        memos.retain(|(of, _)| *of != id);
        memos.push((id, memo));
    }
}

/// Draws the whole screen: the panes and the status line, then the pages, bottom first (the help opened over
/// the matrix is drawn over it). Below the smallest size the screen says how large it must be, and no page
/// is drawn.
pub fn draw(frame: &mut Frame, b: &Browser, theme: &Theme) {
    if !ui::draw(frame, &b.app, &b.chrome(), theme) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Focus;
    use crate::dataset::Dataset;
    use crate::lang::Lang;

    fn browser() -> Browser {
        Browser::new(App::new(Dataset::embedded().expect("dataset"), Lang::En, 120, 40))
    }

    #[test]
    fn a_page_opened_moved_on_and_closed_over_the_detail_lays_nothing_out_again() {
        let mut b = browser();
        let before = b.app.detail_layouts;
        update(&mut b, Action::FocusNext);
        b.app.focus = Focus::Detail;
        update(&mut b, Action::PageDown);
        update(&mut b, Action::Open(super::super::matrix::ID));
        update(&mut b, Action::Down);
        update(&mut b, Action::Back);
        assert!(!b.on_page());
        assert_eq!(b.app.detail_layouts, before, "nothing the detail shows changed");
    }

    #[test]
    fn a_page_that_keeps_nothing_leaves_nothing_behind_when_it_closes() {
        let mut b = browser();
        for id in [help::ID, super::super::overview::ID, super::super::matrix::ID] {
            update(&mut b, Action::Open(id));
            update(&mut b, Action::Back);
        }
        assert!(b.memos.is_empty(), "{:?}", b.memos);
        update(&mut b, Action::Open(super::super::figures::ID));
        update(&mut b, Action::Back);
        assert_eq!(b.memos.len(), 1, "the figures keep their order");
    }

    #[test]
    fn a_key_of_the_page_on_top_comes_before_the_keys_every_page_shares() {
        let mut b = browser();
        update(&mut b, Action::ToggleHelp);
        assert_eq!(action_for_key(&b, Key::Char('?')), Some(Action::PageKey(Key::Char('?'))), "the help's own ?");
        assert_eq!(action_for_key(&b, Key::Esc), Some(Action::Back));
        assert_eq!(action_for_key(&b, Key::Char('x')), Some(Action::Unbound(Key::Char('x'))));
        update(&mut b, Action::PageKey(Key::Char('?')));
        assert!(!b.on_page(), "it closes the help");
    }
}
