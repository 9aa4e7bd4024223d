//! `update`: the state after an action. No terminal, no I/O: key sequences can be tested as plain data.

mod compare;
mod lists;
mod pages;
mod search;

use super::action::{Action, Edit};
use super::layout;
use super::{App, Focus, Overlay, Typing};
use crate::doc::{self, Doc, Marks};
use crate::lang::Msg;

/// Rows of the detail kept above a line the view jumps to.
const CONTEXT_ROWS: usize = 1;
/// Lines the mouse wheel scrolls.
const WHEEL_ROWS: usize = 3;

/// Carries out one action.
pub fn update(app: &mut App, action: Action) {
    app.notice = None;
    if app.overlay.is_some() {
        return pages::update(app, action);
    }
    match action {
        Action::Quit => app.quit = true,
        Action::ToggleHelp => app.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::ToggleOverview => {
            app.overlay = Some(Overlay::Overview { scroll: 0 });
            app.relayout();
        }
        Action::ShowMatrix => pages::open_matrix(app),
        Action::ShowFigures => pages::open_figures(app),
        Action::ShowMatches => pages::open_matches(app),
        Action::Back => back(app),
        Action::FocusNext => app.focus = cycle(app.focus, true),
        Action::FocusPrev => app.focus = cycle(app.focus, false),
        Action::Up => lists::step(app, -1),
        Action::Down => lists::step(app, 1),
        Action::First => lists::step(app, isize::MIN),
        Action::Last => lists::step(app, isize::MAX),
        Action::Left | Action::Right | Action::Sort => {}
        Action::Enter => lists::enter(app),
        Action::HalfPageDown => scroll(app, (view_height(app) / 2).max(1) as isize),
        Action::HalfPageUp => scroll(app, -((view_height(app) / 2).max(1) as isize)),
        Action::PageDown => scroll(app, view_height(app).max(1) as isize),
        Action::PageUp => scroll(app, -(view_height(app).max(1) as isize)),
        Action::FocusFilter => {
            app.typing = Some(Typing::Filter);
            app.focus = Focus::Themes;
        }
        Action::StartSearch => {
            app.typing = Some(Typing::Search);
            app.search.input.clear();
        }
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
            None => {}
        },
        Action::Accept => match app.typing.take() {
            Some(Typing::Filter) => app.focus = Focus::Districts,
            Some(Typing::Search) => search::run(app),
            None => {}
        },
        Action::Cancel => match app.typing.take() {
            Some(Typing::Filter) => {
                app.focus = Focus::Districts;
                clear_filter(app);
            }
            Some(Typing::Search) | None => {}
        },
        Action::Pin => compare::pin(app),
        Action::ToggleCompare => compare::toggle(app),
        Action::Swap => compare::swap(app),
        Action::ToggleTogether => compare::toggle_together(app),
        Action::LeftDown => compare::scroll_left(app, 1),
        Action::LeftUp => compare::scroll_left(app, -1),
        Action::Click { column, row } => lists::click(app, column, row),
        Action::Wheel { column, row, down } => lists::wheel(app, column, row, down),
        Action::Resize { width, height } => resize(app, width, height),
    }
}

fn resize(app: &mut App, width: u16, height: u16) {
    app.size = ratatui::layout::Rect::new(0, 0, width, height);
    app.relayout();
}

/// Esc: leave the detail, close the comparison, clear the search, clear the filter, in that order.
fn back(app: &mut App) {
    match app.focus {
        Focus::Detail | Focus::Themes => app.focus = Focus::Districts,
        Focus::Districts if app.compare.is_some() => app.compare = None,
        Focus::Districts if app.search.is_active() => search::clear(app),
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

fn clear_filter(app: &mut App) {
    app.query.clear();
    app.chosen_theme = None;
    refilter(app);
}

/// Recomputes what the filter selects, keeping the selected district when it still passes.
fn refilter(app: &mut App) {
    let previous = app.selected();
    app.filtered = match app.chosen_theme {
        Some(theme) => app.index.filter_by_theme(theme),
        None => app.index.filter(app.query.text()),
    };
    app.district_cursor =
        previous.and_then(|d| app.filtered.districts.iter().position(|hit| hit.district == d)).unwrap_or(0);
    app.theme_cursor = match app.chosen_theme {
        Some(theme) => app.filtered.themes.iter().position(|t| t.theme == theme).unwrap_or(0),
        None => 0,
    };
    app.theme_offset = 0;
    lists::keep_visible(app);
    search::refind(app);
    refresh(app);
    app.detail_scroll = first_marked(app);
}

/// Moves the district cursor to `row`, laying out the new district when it changed.
fn select_row(app: &mut App, row: usize) {
    let changed = row != app.district_cursor;
    app.district_cursor = row;
    lists::keep_visible(app);
    if changed {
        refresh(app);
        app.detail_scroll = first_marked(app);
        if let Some(c) = app.compare.as_mut() {
            c.scroll[1] = 0;
        }
    }
}

/// Selects a district wherever it is; when the filter hides it, the filter is cleared first.
fn select_district(app: &mut App, district: usize) {
    if !app.filtered.districts.iter().any(|d| d.district == district) {
        clear_filter(app);
        // Said, not done silently: the reader's filter is gone.
        if let Some(d) = app.data.districts.get(district) {
            app.notice = Some(app.lang.say(Msg::FilterClearedToShow { district: &d.name }));
        }
    }
    if let Some(row) = app.filtered.districts.iter().position(|d| d.district == district) {
        select_row(app, row);
    }
}

fn first_marked(app: &App) -> usize {
    let row = app.detail.marked_rows.first().map_or(0, |r| r.saturating_sub(CONTEXT_ROWS));
    row.min(max_scroll(app))
}

/// Rows of the detail (or of the comparison's columns) that fit.
fn view_height(app: &App) -> usize {
    match (&app.compare, app.panes()) {
        (Some(c), Some(p)) => layout::compare(p.detail_block, c.header.lines.len()).right.height as usize,
        (None, Some(p)) => p.detail.height as usize,
        (_, None) => 0,
    }
}

fn max_scroll(app: &App) -> usize {
    app.detail.lines.len().saturating_sub(app.panes().map_or(0, |p| p.detail.height as usize))
}

/// Scrolls the detail, or the comparison's columns.
fn scroll(app: &mut App, delta: isize) {
    if app.compare.is_some() {
        return compare::scroll(app, delta);
    }
    app.detail_scroll = app.detail_scroll.saturating_add_signed(delta).min(max_scroll(app));
}

/// Lays out the selected district (and the comparison) again.
fn refresh(app: &mut App) {
    let width = app.panes().map_or(0, |p| p.detail.width as usize);
    app.detail = match app.selected() {
        Some(d) => {
            let (matches, current) = search::matches_in(app, d);
            let marks = Marks { theme_on: &app.filtered.theme_on, matches, current, ..Marks::default() };
            doc::build(&app.data, d, &marks, width, app.lang)
        }
        None => Doc::default(),
    };
    compare::rebuild(app);
}

impl App {
    /// Lays everything out again for the current size: lists, detail, comparison, pages.
    pub fn relayout(&mut self) {
        lists::keep_visible(self);
        refresh(self);
        self.detail_scroll = self.detail_scroll.min(max_scroll(self));
        pages::relayout(self);
    }
}

impl App {
    /// Opens the comparison of two districts (dataset indices), as `--compare A B` does.
    pub fn open_compare(&mut self, left: usize, right: usize) {
        select_district(self, left);
        self.pinned = Some(left);
        select_district(self, right);
        self.compare = None;
        compare::toggle(self);
    }

    /// Runs a keyword search, as `--search WORD` does.
    pub fn open_search(&mut self, keyword: &str) {
        self.search.input.set(keyword);
        search::run(self);
    }
}
