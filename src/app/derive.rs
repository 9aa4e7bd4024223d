//! The views derived from the state, brought up to date in one step after every update: the selected
//! district laid out for the highlights pane, the comparison's header and columns, and the scroll positions
//! that depend on them (the pages bring their own up to date beside it). Each is rebuilt only when what it is
//! built from (the district, the marks, the width, the language) has changed, so `update` never lays
//! anything out by hand and a frame never does.

use super::update::{CONTEXT_ROWS, search};
use super::{App, Compare, layout};
use crate::doc::{self, Doc, DocLine, Marks, Tone, compare_header};
use crate::lang::{BrowserMsg, Lang, Texts};
use crate::search::Occurrence;

/// Where the highlights pane should scroll once the new layout is known; asked for by `update`, which does
/// not have the layout yet. Applied in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScrollTo {
    /// The first highlight the filter marks (or the top).
    FirstMarked,
    /// The start of highlight `n`.
    Highlight(usize),
    /// The keyword occurrence the reader is on: only if it is outside the window.
    CurrentMatch,
    /// The highlight under the cursor: only if its start is outside the window.
    Cursor,
}

/// What the highlights pane's document is built from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DetailInputs {
    district: Option<usize>,
    width: usize,
    lang: Lang,
    reading: Texts,
    theme_on: Vec<bool>,
    matches: Vec<Occurrence>,
    current: Option<usize>,
    notes: Vec<(usize, String)>,
}

/// What the comparison is built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CompareInputs {
    left: usize,
    right: Option<usize>,
    block: ratatui::layout::Rect,
    lang: Lang,
    reading: Texts,
}

/// Brings every derived view up to date with the state.
pub fn derive(app: &mut App) {
    // Lists asked back beside a narrow comparison are asked for that comparison only: the next one takes
    // the whole width by itself again.
    if app.compare.is_none() && app.zoom == Some(false) {
        app.zoom = None;
    }
    super::update::lists::keep_visible(app);
    detail(app);
    for target in std::mem::take(&mut app.scroll_to) {
        scroll_to(app, target);
    }
    app.detail_scroll = app.detail_scroll.min(max_scroll(app));
    follow_view(app);
    compare(app);
}

fn detail(app: &mut App) {
    let district = app.selected();
    let (matches, current) = district.map_or((&[][..], None), |d| search::matches_in(app, d));
    let inputs = DetailInputs {
        district,
        width: app.panes().map_or(0, |p| p.detail.width as usize),
        lang: app.lang,
        reading: app.reading,
        theme_on: app.filtered.theme_on.clone(),
        matches: matches.to_vec(),
        current,
        notes: app
            .bookmarked
            .iter()
            .filter(|(bd, _, _)| Some(*bd) == district)
            .map(|(_, h, n)| (*h, n.clone()))
            .collect(),
    };
    if app.detail_inputs.as_ref() == Some(&inputs) {
        return;
    }
    app.detail_layouts += 1;
    app.detail = match district {
        Some(d) => {
            let marks = Marks {
                theme_on: &inputs.theme_on,
                matches: &inputs.matches,
                current,
                notes: &inputs.notes,
                reading: app.reading,
                ..Marks::default()
            };
            doc::build(&app.data, &app.index, d, &marks, inputs.width, app.lang)
        }
        None => Doc::default(),
    };
    app.detail_inputs = Some(inputs);
}

/// The largest scroll of the highlights pane that still fills it.
pub(crate) fn max_scroll(app: &App) -> usize {
    app.detail.lines.len().saturating_sub(app.panes().map_or(0, |p| p.detail.height as usize))
}

/// Applies a scroll target, and puts the highlight cursor on the highlight it goes to.
fn scroll_to(app: &mut App, target: ScrollTo) {
    let height = app.panes().map_or(0, |p| p.detail.height as usize).max(1);
    let rows = &app.detail.highlight_rows;
    // The highlight a row of the detail belongs to (the lead counts with the first).
    let owner = |row: usize| rows.partition_point(|&start| start <= row).saturating_sub(1);
    // Moves the view only when `row` is outside it.
    let reveal = |scroll: usize, row: usize| {
        if row < scroll || row >= scroll + height { row.saturating_sub(CONTEXT_ROWS) } else { scroll }
    };
    let (scroll, cursor) = match target {
        ScrollTo::FirstMarked => match app.detail.marked_rows.first() {
            Some(&row) => (row.saturating_sub(CONTEXT_ROWS), owner(row)),
            None => (0, 0),
        },
        ScrollTo::Highlight(n) => (rows.get(n).map_or(0, |r| r.saturating_sub(CONTEXT_ROWS)), n),
        ScrollTo::CurrentMatch => {
            let current = app.detail_inputs.as_ref().and_then(|i| i.current);
            let row = current.and_then(|i| app.detail.match_rows.get(i)).copied().unwrap_or(0);
            (reveal(app.detail_scroll, row), owner(row))
        }
        ScrollTo::Cursor => {
            let row = rows.get(app.highlight).copied().unwrap_or(0);
            (reveal(app.detail_scroll, row), app.highlight)
        }
    };
    app.detail_scroll = scroll.min(max_scroll(app));
    app.highlight = cursor;
}

/// Keeps the highlight cursor on a highlight that is in view: when the reader scrolls its highlight out of
/// the window, the cursor moves to the first highlight whose title is shown, so that `y` copies what can be
/// seen.
fn follow_view(app: &mut App) {
    let rows = &app.detail.highlight_rows;
    if rows.is_empty() {
        app.highlight = 0;
        return;
    }
    let height = app.panes().map_or(0, |p| p.detail.height as usize).max(1);
    let view = app.detail_scroll..app.detail_scroll + height;
    app.highlight = app.highlight.min(rows.len() - 1);
    // The cursor stays while its title (its number, shown reversed) is in view; else it goes to the first
    // title in view, or, when a long highlight fills the view with no title, to that highlight.
    if !view.contains(&rows[app.highlight]) {
        let first_title = (0..rows.len()).find(|&n| view.contains(&rows[n]));
        let filling = rows.partition_point(|&start| start <= view.start).saturating_sub(1);
        app.highlight = first_title.unwrap_or(filling);
    }
}

/// Lays out the comparison's header and columns when its districts, its pane or the language changed, and
/// keeps its scroll inside the columns.
fn compare(app: &mut App) {
    let (Some(c), Some(p)) = (app.compare.as_ref(), app.panes()) else { return };
    let inputs = CompareInputs {
        left: c.left,
        right: app.selected(),
        block: p.detail_block,
        lang: app.lang,
        reading: app.reading,
    };
    if c.inputs.as_ref() != Some(&inputs) {
        let (header, docs) = compare_docs(app, &inputs);
        if let Some(c) = app.compare.as_mut() {
            (c.header, c.docs, c.inputs) = (header, docs, Some(inputs));
        }
    }
    let Some(c) = app.compare.as_mut() else { return };
    let panes = layout::compare(p.detail_block, c.header.lines.len());
    let heights = [panes.left.height as usize, panes.right.height as usize];
    for ((scroll, doc), height) in c.scroll.iter_mut().zip(&c.docs).zip(heights) {
        *scroll = (*scroll).min(doc.lines.len().saturating_sub(height));
    }
}

fn compare_docs(app: &App, inputs: &CompareInputs) -> (Doc, [Doc; 2]) {
    let block = inputs.block;
    let Some(right) = inputs.right else {
        // The filter hides every district: nothing is on the right, so show nothing there either.
        let back_key = crate::keys::key_of(crate::keys::Ctx::Districts, &crate::keys::Action::Back);
        let message = app.lang.say(BrowserMsg::NoDistrictSelected { back_key: &back_key });
        let header = Doc { lines: vec![DocLine { spans: vec![(message, Tone::Dim)] }], ..Doc::default() };
        let panes = layout::compare(block, 1);
        // Laid out as a comparison's column is, every tag one-sided: there is no other side to share with.
        let none = vec![false; app.data.themes.len()];
        let marks = Marks { shared: Some(&none), compact: true, reading: app.reading, ..Marks::default() };
        let left = doc::build(&app.data, &app.index, inputs.left, &marks, panes.left.width as usize, app.lang);
        return (header, [left, Doc::default()]);
    };
    let left = inputs.left;
    let split = app.index.split(left, right);
    let shared: Vec<bool> = (0..app.data.themes.len()).map(|t| split.shared.contains(&t)).collect();
    let called = [left, right].map(|d| app.data.districts[d].called(app.lang));
    let names = [called[0].as_str(), called[1].as_str()];
    let header_width = block.width.saturating_sub(4) as usize;
    let room = layout::header_room(block) as usize;
    let figures = crate::dataset::Figures::paired(&app.data, left, right);
    let mut header = compare_header::header(&app.data, &split, &figures, names, app.lang, header_width, false);
    if header.lines.len() > room {
        header = compare_header::header(&app.data, &split, &figures, names, app.lang, header_width, true);
    }
    if left == right {
        // `c` without a pinned district starts from the selected one: the other side is chosen by moving.
        let key = |action| crate::keys::key_of(crate::keys::Ctx::Districts, &action);
        let move_keys = format!("{} {}", key(super::Action::Down), key(super::Action::Up));
        let message = app.lang.say(BrowserMsg::MoveToCompare { move_keys: &move_keys, district: names[0] });
        let text: Vec<(char, Tone)> = message.chars().map(|c| (c, Tone::Dim)).collect();
        let lines = doc::wrap_toned(&text, header_width.max(8))
            .into_iter()
            .map(|(_, spans)| DocLine { spans })
            .take(room.max(1))
            .collect();
        header = Doc { lines, ..Doc::default() };
    }
    let panes = layout::compare(block, header.lines.len());
    let marks = Marks { shared: Some(&shared), compact: true, reading: app.reading, ..Marks::default() };
    let docs = [
        doc::build(&app.data, &app.index, left, &marks, panes.left.width as usize, app.lang),
        doc::build(&app.data, &app.index, right, &marks, panes.right.width as usize, app.lang),
    ];
    (header, docs)
}

impl Compare {
    /// A comparison with `left` on the left, its columns scrolling together; laid out by the next derive.
    pub fn new(left: usize) -> Compare {
        Compare { left, together: true, ..Compare::default() }
    }
}

#[cfg(test)]
mod tests {
    use crate::app::{Action, App, Focus, update};
    use crate::dataset::Dataset;
    use crate::lang::Lang;

    fn app() -> App {
        App::new(Dataset::embedded().expect("dataset"), Lang::En, 120, 40)
    }

    #[test]
    fn the_detail_is_laid_out_again_only_when_what_it_shows_changes() {
        let mut app = app();
        let before = app.detail_layouts;
        // Moving focus and scrolling change nothing the detail is built from.
        update(&mut app, Action::FocusNext);
        app.focus = Focus::Detail;
        update(&mut app, Action::PageDown);
        update(&mut app, Action::Down);
        update(&mut app, Action::Back);
        assert_eq!(app.detail_layouts, before, "nothing it shows changed");
        // Another district, another width, another language: each lays it out once.
        app.focus = Focus::Districts;
        update(&mut app, Action::Down);
        assert_eq!(app.detail_layouts, before + 1);
        update(&mut app, Action::Resize { width: 100, height: 40 });
        assert_eq!(app.detail_layouts, before + 2);
        update(&mut app, Action::Resize { width: 100, height: 30 });
        assert_eq!(app.detail_layouts, before + 2, "a change of height alone needs no new layout");
        app.lang = Lang::Zh;
        update(&mut app, Action::Up);
        assert_eq!(app.detail_layouts, before + 3, "the district and the language changed in one step: once");
    }

    #[test]
    fn a_comparison_is_laid_out_when_opened_and_follows_the_selection() {
        let mut app = app();
        update(&mut app, Action::Pin);
        update(&mut app, Action::Down);
        update(&mut app, Action::ToggleCompare);
        let c = app.compare.as_ref().expect("open");
        assert!(!c.header.lines.is_empty() && !c.docs[0].lines.is_empty() && !c.docs[1].lines.is_empty());
        let right = c.docs[1].clone();
        update(&mut app, Action::Down);
        assert_ne!(app.compare.as_ref().expect("open").docs[1], right, "the right column is the new selection");
    }
}
