//! The comparison: pin a district, open it beside the selection, swap, scroll together or apart.

use super::lists::moved;
use super::select_district;
use crate::app::detail::{self, Doc, DocLine, Marks, Tone, wrap_toned};
use crate::app::{App, Compare, Focus, layout};

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
    let themes = app.data.themes.len();
    let carries = |d: usize| {
        let mut on = vec![false; themes];
        for &t in &app.index.district_themes[d] {
            on[t] = true;
        }
        on
    };
    let (l, r) = (carries(left), carries(right));
    let shared: Vec<bool> = (0..themes).map(|t| l[t] && r[t]).collect();
    let header_width = p.detail_block.width.saturating_sub(4) as usize;
    let mut header = header(app, left, right, &l, &r, header_width, false);
    if header.lines.len() > layout::header_room(p.detail_block) as usize {
        header = self::header(app, left, right, &l, &r, header_width, true);
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

/// "Both: … / Only 东城: … / Only 西城: …", each theme as a tag marked = (shared) or + (one side); when
/// `counts_only`, one line of counts (the columns' tags still carry the marks).
fn header(app: &App, left: usize, right: usize, l: &[bool], r: &[bool], width: usize, counts_only: bool) -> Doc {
    let mut doc = Doc::default();
    let names = [&app.data.districts[left].name, &app.data.districts[right].name];
    let groups = [
        (
            app.lang.pick("Both", "共同").to_string(),
            '=',
            Tone::TagShared,
            (0..l.len()).filter(|&t| l[t] && r[t]).collect::<Vec<_>>(),
        ),
        (
            format!("{} {}", app.lang.pick("Only", "仅"), names[0]),
            '+',
            Tone::TagOwn,
            (0..l.len()).filter(|&t| l[t] && !r[t]).collect(),
        ),
        (
            format!("{} {}", app.lang.pick("Only", "仅"), names[1]),
            '+',
            Tone::TagOwn,
            (0..l.len()).filter(|&t| r[t] && !l[t]).collect(),
        ),
    ];
    if counts_only {
        let mut text: Vec<(char, Tone)> = Vec::new();
        for (i, (label, mark, tone, themes)) in groups.iter().enumerate() {
            if i > 0 {
                text.extend("  ".chars().map(|c| (c, Tone::Plain)));
            }
            text.push((*mark, *tone));
            text.extend(format!("{label} {}", themes.len()).chars().map(|c| (c, Tone::Title)));
        }
        for (_, spans) in wrap_toned(&text, width.max(8)) {
            doc.lines.push(DocLine { spans });
        }
        return doc;
    }
    for (label, mark, tone, themes) in groups {
        let mut text: Vec<(char, Tone)> =
            format!("{label} ({}):", themes.len()).chars().map(|c| (c, Tone::Title)).collect();
        for t in themes {
            let theme = &app.data.themes[t];
            text.push((' ', Tone::Plain));
            text.push((mark, tone));
            text.push(('#', tone));
            text.extend(
                app.lang.label(&theme.name, &theme.en).chars().map(|c| (if c == ' ' { '\u{a0}' } else { c }, tone)),
            );
        }
        for (_, spans) in wrap_toned(&text, width.max(8)) {
            doc.lines.push(DocLine { spans });
        }
    }
    doc
}
