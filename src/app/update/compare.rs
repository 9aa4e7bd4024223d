//! The comparison: pin a district, open it beside the selection, swap, scroll together or apart.

use super::select_district;
use crate::app::cursor::moved;
use crate::app::{App, Compare, Focus, layout};
use crate::keys::{self, Action, Ctx};
use crate::lang::BrowserMsg;

pub(super) fn pin(app: &mut App) {
    let Some(selected) = app.selected() else { return };
    let name = &app.data.districts[selected].name;
    if app.pinned == Some(selected) {
        app.pinned = None;
        app.notice = Some(app.lang.notice(BrowserMsg::Unpinned { district: name }));
    } else {
        app.pinned = Some(selected);
        let compare_key = keys::key_of(Ctx::Districts, &Action::ToggleCompare);
        app.notice = Some(app.lang.notice(BrowserMsg::Pinned { district: name, compare_key: &compare_key }));
    }
}

/// Opens the comparison (the pinned district, or else the selected one, on the left) or closes it.
pub(super) fn toggle(app: &mut App) {
    if app.compare.take().is_some() {
        return;
    }
    let Some(left) = app.pinned.or(app.selected()) else { return };
    app.compare = Some(Compare::new(left));
    app.focus = Focus::Districts;
}

/// A key of the comparison with none open: what it is for, and how to open one.
pub(super) fn not_comparing(app: &mut App, action: &Action) {
    let key = keys::key_of(Ctx::Districts, action);
    let pin_key = keys::key_of(Ctx::Districts, &Action::Pin);
    let compare_key = keys::key_of(Ctx::Districts, &Action::ToggleCompare);
    app.notice =
        Some(app.lang.notice(BrowserMsg::OnlyComparing { key: &key, pin_key: &pin_key, compare_key: &compare_key }));
}

/// Puts the right district on the left and the left one under the cursor.
pub(super) fn swap(app: &mut App) {
    let (Some(c), Some(right)) = (app.compare.as_ref(), app.selected()) else { return };
    let left = c.left;
    let scroll = c.scroll;
    select_district(app, left);
    if let Some(c) = app.compare.as_mut() {
        c.left = right;
        c.scroll = [scroll[1], scroll[0]];
    }
    if app.pinned.is_some() {
        app.pinned = Some(right);
    }
}

pub(super) fn toggle_together(app: &mut App) {
    if let Some(c) = app.compare.as_mut() {
        c.together = !c.together;
        let left_keys = format!(
            "{}/{}",
            keys::key_of(Ctx::Districts, &Action::LeftDown),
            keys::key_of(Ctx::Districts, &Action::LeftUp)
        );
        app.notice = Some(app.lang.notice(if c.together {
            BrowserMsg::ColumnsTogether
        } else {
            BrowserMsg::ColumnsApart { left_keys: &left_keys }
        }));
    }
}

/// Rows of the left and right columns that fit (they differ by one when stacked on an odd height).
fn heights(app: &App) -> [usize; 2] {
    match (&app.compare, app.panes()) {
        (Some(c), Some(p)) => {
            let panes = layout::compare(p.detail_block, c.header.lines.len());
            [panes.left.height as usize, panes.right.height as usize]
        }
        _ => [0, 0],
    }
}

/// Scrolls the right column, and the left one with it when they scroll together.
pub(super) fn scroll(app: &mut App, delta: isize) {
    let heights = heights(app);
    let Some(c) = app.compare.as_mut() else { return };
    let max = |side: usize| c.docs[side].lines.len().saturating_sub(heights[side]);
    let (max_left, max_right) = (max(0), max(1));
    c.scroll[1] = c.scroll[1].saturating_add_signed(delta).min(max_right);
    if c.together {
        c.scroll[0] = c.scroll[0].saturating_add_signed(delta).min(max_left);
    }
}

/// J and K: the left column alone. Columns scrolling together are set apart first, so that the border's
/// "scroll together" never stands beside columns out of step.
pub(super) fn scroll_left(app: &mut App, delta: isize) {
    if app.compare.as_ref().is_some_and(|c| c.together) {
        toggle_together(app);
    }
    let [height, _] = heights(app);
    let Some(c) = app.compare.as_mut() else { return };
    let len = c.docs[0].lines.len().saturating_sub(height);
    c.scroll[0] = moved(c.scroll[0], delta, len + 1);
}
