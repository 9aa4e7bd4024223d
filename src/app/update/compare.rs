//! The comparison: pin a district, open it beside the selection, swap, scroll together or apart.

use super::lists::moved;
use super::select_district;
use crate::app::detail::{self, Doc, Marks};
use crate::app::{App, Compare, Focus, compare_header, layout};

pub(super) fn pin(app: &mut App) {
    let Some(selected) = app.selected() else { return };
    let name = &app.data.districts[selected].name;
    if app.pinned == Some(selected) {
        app.pinned = None;
        app.notice = Some(app.lang.pick("unpinned", "已取消固定").to_string() + " " + name);
    } else {
        app.pinned = Some(selected);
        app.notice = Some(match app.lang {
            crate::app::Lang::En => format!("pinned {name}: c compares it with the selected district"),
            crate::app::Lang::Zh => format!("已固定{name}:按 c 与选中的区对比"),
        });
    }
}

/// Opens the comparison (the pinned district, or else the selected one, on the left) or closes it.
pub(super) fn toggle(app: &mut App) {
    if app.compare.take().is_some() {
        return;
    }
    let Some(left) = app.pinned.or(app.selected()) else { return };
    app.compare = Some(Compare { left, together: true, ..Compare::default() });
    app.focus = Focus::Districts;
    rebuild(app);
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
    rebuild(app);
}

pub(super) fn toggle_together(app: &mut App) {
    if let Some(c) = app.compare.as_mut() {
        c.together = !c.together;
        app.notice = Some(
            if c.together {
                app.lang.pick("columns scroll together", "两栏同步滚动")
            } else {
                app.lang.pick("columns scroll apart: J/K scroll the left one", "两栏分别滚动:J/K 滚动左栏")
            }
            .to_string(),
        );
    }
}

/// Scrolls the right column, and the left one with it when they scroll together.
pub(super) fn scroll(app: &mut App, delta: isize) {
    let height = super::view_height(app);
    let Some(c) = app.compare.as_mut() else { return };
    let max = |doc: &Doc| doc.lines.len().saturating_sub(height);
    c.scroll[1] = c.scroll[1].saturating_add_signed(delta).min(max(&c.docs[1]));
    if c.together {
        c.scroll[0] = c.scroll[0].saturating_add_signed(delta).min(max(&c.docs[0]));
    }
}

/// Scrolls the left column on its own.
pub(super) fn scroll_left(app: &mut App, delta: isize) {
    let height = super::view_height(app);
    let Some(c) = app.compare.as_mut() else { return };
    let len = c.docs[0].lines.len().saturating_sub(height);
    c.scroll[0] = moved(c.scroll[0], delta, len + 1);
}

/// Lays out the header and both columns for the current size.
pub(super) fn rebuild(app: &mut App) {
    let (Some(c), Some(right), Some(p)) = (app.compare.as_ref(), app.selected(), app.panes()) else { return };
    let left = c.left;
    let split = app.index.split(left, right);
    let shared: Vec<bool> = (0..app.data.themes.len()).map(|t| split.shared.contains(&t)).collect();
    let names = [app.data.districts[left].name.as_str(), app.data.districts[right].name.as_str()];
    let header_width = p.detail_block.width.saturating_sub(4) as usize;
    let mut header = compare_header::header(&app.data, &split, names, app.lang, header_width, false);
    if header.lines.len() > layout::header_room(p.detail_block) as usize {
        header = compare_header::header(&app.data, &split, names, app.lang, header_width, true);
    }
    let panes = layout::compare(p.detail_block, header.lines.len());
    let marks = Marks { shared: Some(&shared), compact: true, ..Marks::default() };
    let docs = [
        detail::build(&app.data, left, &marks, panes.left.width as usize, app.lang),
        detail::build(&app.data, right, &marks, panes.right.width as usize, app.lang),
    ];
    let height = panes.right.height as usize;
    if let Some(c) = app.compare.as_mut() {
        for (scroll, doc) in c.scroll.iter_mut().zip(&docs) {
            *scroll = (*scroll).min(doc.lines.len().saturating_sub(height));
        }
        c.docs = docs;
        c.header = header;
    }
}
