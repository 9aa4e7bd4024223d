//! `update`: the state after an action. No terminal, no I/O: key sequences can be tested as plain data.
//! What the state implies for the screen (laid-out text, scroll positions) is derived afterwards, in one
//! step ([`derive`](super::derive::derive)).

mod compare;
pub(crate) mod lists;
pub(crate) mod search;
pub(crate) mod take;

use super::derive::{ScrollTo, derive};
use super::{App, Focus, Typing, layout};
use crate::keys::{self, Action, Ctx, Edit, Key};
use crate::lang::{BrowserMsg, Notice};

/// How many notices the log keeps.
const LOG_SIZE: usize = 50;

/// Rows of the detail kept above a line the view jumps to.
pub(crate) const CONTEXT_ROWS: usize = 1;

/// Carries out one action on the panes, then brings the derived views up to date.
pub fn update(app: &mut App, action: Action) {
    let warned = app.quit_warned;
    app.step(|app| {
        // A note typed and not saved is never lost to one keystroke: the first quit says so, a second quits.
        if action == Action::Quit && !warned && unsaved_note(app) {
            app.quit_warned = true;
            let save = keys::key_of(Ctx::Note, &Action::Accept);
            let quit = keys::key_of(Ctx::Note, &Action::Quit);
            app.notice = Some(app.lang.notice(BrowserMsg::NoteNotSaved { save: &save, quit: &quit }));
        } else {
            browse(app, action);
        }
    });
}

/// Is a note being typed that differs from the one saved?
fn unsaved_note(app: &App) -> bool {
    let typed = app.note.text().trim();
    app.typing == Some(Typing::Note) && !typed.is_empty() && Some(typed) != app.note_seen.as_deref().map(str::trim)
}

/// An action on the panes.
fn browse(app: &mut App, action: Action) {
    match action {
        Action::Quit => app.quit = true,
        // The pages' own: the browser above the panes opens them and gives them their keys.
        Action::ToggleHelp | Action::Open(_) | Action::PageKey(_) => {}
        Action::Back => back(app),
        Action::FocusNext => app.focus = cycle(app.focus, true),
        Action::FocusPrev => app.focus = cycle(app.focus, false),
        Action::Up => lists::step(app, -1),
        Action::Down => lists::step(app, 1),
        Action::First => lists::step(app, isize::MIN),
        Action::Last => lists::step(app, isize::MAX),
        Action::Enter => lists::enter(app),
        Action::HalfPageDown => scroll(app, (view_height(app) / 2).max(1) as isize),
        Action::HalfPageUp => scroll(app, -((view_height(app) / 2).max(1) as isize)),
        Action::PageDown => scroll(app, view_height(app).max(1) as isize),
        Action::PageUp => scroll(app, -(view_height(app).max(1) as isize)),
        Action::FocusFilter => {
            app.typing = Some(Typing::Filter);
            app.focus = Focus::Themes;
            // A search that named a theme (and said so) leaves its keyword in the filter: it finds the theme.
            if !app.search.offer.is_empty() && app.query.text().is_empty() && app.chosen_theme.is_none() {
                let keyword = app.search.keyword.clone();
                app.query.set(&keyword);
                refilter(app);
            }
        }
        Action::StartSearch => {
            app.typing = Some(Typing::Search);
            app.search.input.clear();
        }
        Action::NextEdition => super::editions::step(app, true),
        Action::PrevEdition => super::editions::step(app, false),
        Action::NextMatch => search::step(app, true),
        Action::PrevMatch => search::step(app, false),
        Action::Edit(edit) => match app.typing {
            // A chosen theme stands in the input as one token: any deletion removes it whole.
            Some(Typing::Filter)
                if app.chosen_theme.is_some()
                    && matches!(edit, Edit::Backspace | Edit::Delete | Edit::DeleteWord | Edit::Clear) =>
            {
                app.chosen_theme = None;
                refilter(app);
            }
            Some(Typing::Filter) if app.query.apply(&edit) => {
                app.chosen_theme = None;
                refilter(app);
            }
            Some(Typing::Filter) => {}
            Some(Typing::Search) => {
                app.search.input.apply(&edit);
            }
            Some(Typing::Note) => {
                app.note.apply(&edit);
            }
            None => {}
        },
        Action::Accept => match app.typing.take() {
            Some(Typing::Filter) => app.focus = Focus::Districts,
            Some(Typing::Search) => search::run(app),
            Some(Typing::Note) => take::save_note(app),
            None => {}
        },
        Action::Cancel => match app.typing.take() {
            Some(Typing::Filter) => {
                app.focus = Focus::Districts;
                clear_filter(app);
            }
            Some(Typing::Note) => app.note_for = None,
            Some(Typing::Search) | None => {}
        },
        Action::NextHighlight => step_highlight(app, 1),
        Action::PrevHighlight => step_highlight(app, -1),
        Action::Copy => take::copy(app),
        Action::CopyAll => take::copy_all(app),
        Action::Export => take::export(app),
        Action::ToggleMouse => take::toggle_mouse(app),
        Action::ToggleZoom => app.toggle_zoom(),
        Action::ToggleReading => toggle_reading(app),
        Action::Bookmark => take::start_note(app),
        Action::Done(outcome) => take::done(app, *outcome),
        Action::Unbound(key) => unbound(app, key),
        Action::Pin => compare::pin(app),
        Action::ToggleCompare => compare::toggle(app),
        // The comparison's own keys say how to open one when there is none.
        Action::Swap | Action::ToggleTogether | Action::LeftDown | Action::LeftUp if app.compare.is_none() => {
            compare::not_comparing(app, &action)
        }
        Action::Swap => compare::swap(app),
        Action::ToggleTogether => compare::toggle_together(app),
        Action::LeftDown => compare::scroll_left(app, 1),
        Action::LeftUp => compare::scroll_left(app, -1),
        Action::Click { column, row } => lists::click(app, column, row),
        Action::Wheel { column, row, down } => lists::wheel(app, column, row, down),
        Action::Resize { width, height } => resize(app, width, height),
    }
}

/// A key that does nothing here: said, with the key that lists them all.
fn unbound(app: &mut App, key: Key) {
    let help = keys::key_of(Ctx::Districts, &Action::ToggleHelp);
    app.notice = Some(app.lang.notice(BrowserMsg::Unbound { key: &key.name(), help_key: &help }));
}

fn resize(app: &mut App, width: u16, height: u16) {
    app.size = ratatui::layout::Rect::new(0, 0, width, height);
}

/// Esc: leave the detail, close the comparison, clear the search, clear the filter, in that order.
fn back(app: &mut App) {
    match app.focus {
        Focus::Detail | Focus::Themes => app.focus = Focus::Districts,
        Focus::Districts if app.compare.is_some() => app.compare = None,
        // A search that found nothing only because the filter hid it keeps its keyword: the filter goes first.
        Focus::Districts if app.search.is_active() && !search::hidden_by_filter(app) => search::clear(app),
        Focus::Districts if app.filtering() => clear_filter(app),
        Focus::Districts => {}
    }
}

fn cycle(focus: Focus, forward: bool) -> Focus {
    match (focus, forward) {
        (Focus::Themes, true) | (Focus::Detail, false) => Focus::Districts,
        (Focus::Districts, true) | (Focus::Themes, false) => Focus::Detail,
        (Focus::Detail, true) | (Focus::Districts, false) => Focus::Themes,
    }
}

pub(crate) fn clear_filter(app: &mut App) {
    app.query.clear();
    app.chosen_theme = None;
    refilter(app);
}

/// Recomputes what the filter selects, keeping the selected district when it still passes.
pub(crate) fn refilter(app: &mut App) {
    let previous = app.selected();
    app.filtered = match app.chosen_theme {
        Some(theme) => app.index.filter_by_theme(theme),
        None => app.index.filter(app.query.text()),
    };
    app.rows = super::editions::rows(&app.filtered.districts, &app.data);
    // The edition on screen stays the one read, whichever the filter let through.
    if let Some(d) = previous {
        super::editions::read_year_of(app, d);
    }
    app.district_cursor = previous.and_then(|d| app.row_of(d)).unwrap_or(0);
    app.theme_cursor = match app.chosen_theme {
        Some(theme) => app.filtered.themes.iter().position(|t| t.theme == theme).unwrap_or(0),
        None => 0,
    };
    app.theme_offset = 0;
    search::refind(app);
    app.scroll_to.push(ScrollTo::FirstMarked);
}

/// Moves the district cursor to `row`; a new district opens at its first marked highlight.
pub(crate) fn select_row(app: &mut App, row: usize) {
    let changed = row != app.district_cursor;
    app.district_cursor = row;
    if changed {
        app.scroll_to.push(ScrollTo::FirstMarked);
        if let Some(c) = app.compare.as_mut() {
            c.scroll[1] = 0;
        }
    }
}

/// Selects a district wherever it is; when the filter hides it, the filter is cleared first.
pub(crate) fn select_district(app: &mut App, district: usize) {
    if !app.filtered.districts.iter().any(|d| d.district == district) {
        clear_filter(app);
        // Said, not done silently: the reader's filter is gone.
        if let Some(d) = app.data.districts.get(district) {
            app.notice = Some(app.lang.notice(BrowserMsg::FilterClearedToShow { district: &d.called(app.lang) }));
        }
    }
    let before = app.selected();
    super::editions::read_year_of(app, district);
    if let Some(row) = app.row_of(district) {
        select_row(app, row);
    }
    // Another edition in the same row is another text too.
    if app.selected() != before {
        app.scroll_to.push(ScrollTo::FirstMarked);
    }
}

/// `]` and `[`: the highlight cursor to the next or previous highlight, scrolled into view.
fn step_highlight(app: &mut App, delta: isize) {
    let Some(d) = app.selected() else { return };
    if app.compare.is_some() {
        // The comparison's columns show no cursor: one moved there would act on what cannot be seen.
        app.notice = Some(app.lang.notice(BrowserMsg::NotWhileComparing));
        return;
    }
    let n = app.data.districts[d].highlights.len();
    app.highlight = crate::app::cursor::moved(app.highlight, delta, n);
    app.scroll_to.push(ScrollTo::Cursor);
}

/// Asks for the highlights pane to scroll to highlight `n` of the selected district.
pub(crate) fn show_highlight(app: &mut App, n: usize) {
    app.scroll_to.push(ScrollTo::Highlight(n));
}

/// Rows of the detail (or of the comparison's columns) that fit.
fn view_height(app: &App) -> usize {
    match (&app.compare, app.panes()) {
        (Some(c), Some(p)) => layout::compare(p.detail_block, c.header.lines.len()).right.height as usize,
        (None, Some(p)) => p.detail.height as usize,
        (_, None) => 0,
    }
}

/// Scrolls the detail, or the comparison's columns.
fn scroll(app: &mut App, delta: isize) {
    if app.compare.is_some() {
        return compare::scroll(app, delta);
    }
    app.detail_scroll = app.detail_scroll.saturating_add_signed(delta).min(super::derive::max_scroll(app));
}

/// `e`: the next way of reading the texts; a search keeps to what is shown, and says the new way.
fn toggle_reading(app: &mut App) {
    app.reading = app.reading.next();
    search::refind(app);
    let reading = app.reading.name(app.lang);
    app.said = super::Said::Done;
    app.notice = Some(app.lang.notice(BrowserMsg::Reading { reading }));
}

/// What the pages drawn over the panes ask of them: each runs as an action does ([`App::step`]), or inside
/// one.
impl App {
    /// Runs `f` as every action runs: the last notice cleared first (and a quit held back forgotten), the
    /// derived views brought up to date after.
    pub fn step(&mut self, f: impl FnOnce(&mut App)) {
        self.notice = None;
        self.said = super::Said::Warning;
        self.quit_warned = false;
        f(self);
        self.keep_notice();
        derive(self);
    }

    /// Keeps the notice an action left in the log (once, when the same is said again).
    fn keep_notice(&mut self) {
        if let Some(notice) = self.notice.as_ref().map(Notice::whole)
            && self.log.last() != Some(&notice)
        {
            if self.log.len() == LOG_SIZE {
                self.log.remove(0);
            }
            self.log.push(notice);
        }
    }

    /// Selects a district wherever it is (clearing a filter that hides it, and saying so), opening at its
    /// first marked highlight.
    pub fn select_district(&mut self, district: usize) {
        select_district(self, district);
    }

    /// Scrolls the highlights pane to highlight `n` of the selected district, with the cursor on it.
    pub fn show_highlight(&mut self, n: usize) {
        show_highlight(self, n);
    }

    /// Filters the districts by exactly one theme, as a theme picked from the list does.
    pub fn filter_by_theme(&mut self, theme: usize) {
        self.chosen_theme = Some(theme);
        self.query.clear();
        refilter(self);
    }

    /// Clears the filter: every district is shown again.
    pub fn clear_filter(&mut self) {
        clear_filter(self);
    }

    /// Goes to occurrence `i` of the keyword search, in its district.
    pub fn jump_to_match(&mut self, i: usize) {
        self.search.current = i;
        search::jump(self);
    }

    /// Copies `clip` to the clipboard and says so; without one, says `nothing`.
    pub fn copy_clip(&mut self, clip: Option<crate::export::Clip>, nothing: BrowserMsg) {
        take::put(self, clip, nothing);
    }

    /// Writes `export` to a new Markdown file and says where; without one, says `nothing`.
    pub fn write_export(&mut self, export: Option<crate::export::Export>, nothing: BrowserMsg) {
        take::write(self, export, nothing);
    }

    /// The reader's bookmarks, as read from their file.
    pub fn set_bookmarks(&mut self, bookmarks: Vec<crate::bookmarks::Bookmark>) {
        take::place_bookmarks(self, bookmarks);
        derive(self);
    }

    /// Opens the comparison of two districts (dataset indices), as `--compare A B` does.
    pub fn open_compare(&mut self, left: usize, right: usize) {
        select_district(self, left);
        self.pinned = Some(left);
        select_district(self, right);
        self.compare = None;
        compare::toggle(self);
        derive(self);
    }

    /// Runs a keyword search, as `--search WORD` does.
    pub fn open_search(&mut self, keyword: &str) {
        self.search.input.set(keyword);
        search::run(self);
        derive(self);
    }
}
