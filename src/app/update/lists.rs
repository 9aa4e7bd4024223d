//! The lists and the mouse: moving cursors, opening what is under them, clicks and the wheel.

use ratatui::layout::Position;

use super::{refilter, scroll, select_row};
use crate::app::cursor::{WHEEL_ROWS, fit_window, moved};
use crate::app::{App, Focus};
use crate::keys::{self, Action, Ctx};
use crate::lang::BrowserMsg;

/// Moves the cursor of the focused list, or scrolls the detail, by `delta` rows (clamped at the ends).
pub(super) fn step(app: &mut App, delta: isize) {
    let focus = if app.typing.is_some() { Focus::Districts } else { app.focus };
    match focus {
        Focus::Themes => {
            app.theme_cursor = moved(app.theme_cursor, delta, app.filtered.themes.len());
            keep_visible(app);
        }
        Focus::Districts => select_row(app, moved(app.district_cursor, delta, app.rows.len())),
        Focus::Detail => scroll(app, delta),
    }
}

/// Keeps both list cursors inside their visible windows.
pub(crate) fn keep_visible(app: &mut App) {
    let Some(p) = app.panes() else {
        // No panes (a tiny screen): at least never start a list below its cursor.
        app.theme_offset = app.theme_offset.min(app.theme_cursor);
        app.district_offset = app.district_offset.min(app.district_cursor);
        return;
    };
    app.theme_offset = fit_window(app.theme_cursor, app.theme_offset, p.themes.height as usize);
    let (cursor, height) = (app.district_cursor, p.districts.height as usize);
    let mut offset = fit_window(cursor, app.district_offset, height);
    // The district pinned to compare stays in view beside the selection when both fit (the lists put back
    // beside a narrow comparison would otherwise open on the selection alone).
    let pinned = app.compare.as_ref().map(|c| c.left).or(app.pinned);
    if let Some(row) = pinned.and_then(|d| app.row_of(d))
        && row.abs_diff(cursor) < height
    {
        offset = fit_window(cursor, offset.min(row).max((row + 1).saturating_sub(height)), height);
    }
    app.district_offset = offset;
}

pub(super) fn enter(app: &mut App) {
    match app.focus {
        Focus::Districts if app.selected().is_some() => app.focus = Focus::Detail,
        Focus::Themes => choose_theme(app),
        _ => {}
    }
}

/// Filters by exactly the theme under the theme cursor.
fn choose_theme(app: &mut App) {
    if let Some(hit) = app.filtered.themes.get(app.theme_cursor) {
        app.chosen_theme = Some(hit.theme);
        app.query.clear();
        refilter(app);
        app.focus = Focus::Districts;
    }
}

pub(super) fn click(app: &mut App, column: u16, row: u16) {
    let Some(p) = app.panes() else { return };
    if app.typing == Some(crate::app::Typing::Note) {
        // A click must not throw away a note being typed.
        let (save, leave) = (keys::key_of(Ctx::Note, &Action::Accept), keys::key_of(Ctx::Note, &Action::Cancel));
        app.notice = Some(app.lang.notice(BrowserMsg::FinishNote { save: &save, leave: &leave }));
        return;
    }
    let at = Position { x: column, y: row };
    app.typing = None;
    if p.input.contains(at) {
        app.typing = Some(crate::app::Typing::Filter);
        app.focus = Focus::Themes;
    } else if p.themes.contains(at) {
        let row = app.theme_offset + (row - p.themes.y) as usize;
        if row < app.filtered.themes.len() {
            app.theme_cursor = row;
            choose_theme(app);
        }
        app.focus = Focus::Themes;
    } else if p.districts_block.contains(at) {
        app.focus = Focus::Districts;
        if p.districts.contains(at) {
            let row = app.district_offset + (row - p.districts.y) as usize;
            if row < app.rows.len() {
                select_row(app, row);
            }
        }
    } else if p.detail_block.contains(at) {
        app.focus = Focus::Detail;
    } else if p.filter_block.contains(at) {
        app.focus = Focus::Themes;
    }
}

pub(super) fn wheel(app: &mut App, column: u16, row: u16, down: bool) {
    let Some(p) = app.panes() else { return };
    let at = Position { x: column, y: row };
    let delta = if down { 1 } else { -1 };
    if p.filter_block.contains(at) {
        app.theme_cursor = moved(app.theme_cursor, delta, app.filtered.themes.len());
        keep_visible(app);
    } else if p.districts_block.contains(at) {
        select_row(app, moved(app.district_cursor, delta, app.rows.len()));
    } else if p.detail_block.contains(at) {
        if let Some(c) = &app.compare {
            // Apart, the wheel scrolls the column under the pointer.
            let panes = crate::app::layout::compare(p.detail_block, c.header.lines.len());
            if !c.together && panes.left_block.contains(at) {
                return super::compare::scroll_left(app, delta * WHEEL_ROWS as isize);
            }
        }
        scroll(app, delta * WHEEL_ROWS as isize);
    }
}
