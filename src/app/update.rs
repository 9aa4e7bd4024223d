//! `update`: the state after an action. No terminal, no I/O: key sequences can be tested as plain data.

use super::action::Action;
use super::detail::{self, Doc, DocLine, Tone};
use super::keymap;
use super::layout;
use super::{App, Focus, Overlay};

/// Rows of the detail kept above the first matching highlight when the view jumps to it.
const CONTEXT_ROWS: usize = 1;
/// Lines the mouse wheel scrolls.
const WHEEL_ROWS: usize = 3;

/// Carries out one action.
pub fn update(app: &mut App, action: Action) {
    if app.overlay.is_some() {
        return update_overlay(app, action);
    }
    match action {
        Action::Quit => app.quit = true,
        Action::ToggleHelp => app.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::ToggleOverview => {
            app.overlay = Some(Overlay::Overview { scroll: 0 });
            app.relayout();
        }
        Action::Back => back(app),
        Action::FocusNext => app.focus = cycle(app.focus, true),
        Action::FocusPrev => app.focus = cycle(app.focus, false),
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::First => step(app, isize::MIN),
        Action::Last => step(app, isize::MAX),
        Action::Enter => enter(app),
        Action::HalfPageDown => scroll_detail(app, (detail_height(app) / 2).max(1) as isize),
        Action::HalfPageUp => scroll_detail(app, -((detail_height(app) / 2).max(1) as isize)),
        Action::PageDown => scroll_detail(app, detail_height(app).max(1) as isize),
        Action::PageUp => scroll_detail(app, -(detail_height(app).max(1) as isize)),
        Action::FocusFilter => {
            app.typing = true;
            app.focus = Focus::Themes;
        }
        Action::Edit(edit) => {
            if app.typing && app.query.apply(&edit) {
                app.chosen_theme = None;
                refilter(app);
            }
        }
        Action::AcceptFilter => {
            app.typing = false;
            app.focus = Focus::Districts;
        }
        Action::CancelFilter => {
            app.typing = false;
            app.focus = Focus::Districts;
            clear_filter(app);
        }
        Action::Click { column, row } => click(app, column, row),
        Action::Wheel { column, row, down } => wheel(app, column, row, down),
        Action::Resize { width, height } => {
            app.size = ratatui::layout::Rect::new(0, 0, width, height);
            app.relayout();
        }
    }
}

fn update_overlay(app: &mut App, action: Action) {
    let rows = overlay_rows(app);
    let height = overlay_height(app);
    let max = rows.saturating_sub(height);
    let Some(Overlay::Help { scroll } | Overlay::Overview { scroll }) = app.overlay.as_mut() else { return };
    match action {
        Action::Quit => app.quit = true,
        Action::Back | Action::ToggleHelp | Action::ToggleOverview | Action::Click { .. } => app.overlay = None,
        Action::Up => *scroll = scroll.saturating_sub(1),
        Action::Down => *scroll = (*scroll + 1).min(max),
        Action::PageUp | Action::HalfPageUp => *scroll = scroll.saturating_sub(height.max(1)),
        Action::PageDown | Action::HalfPageDown => *scroll = (*scroll + height.max(1)).min(max),
        Action::First => *scroll = 0,
        Action::Last => *scroll = max,
        Action::Wheel { down, .. } => {
            *scroll = if down { (*scroll + WHEEL_ROWS).min(max) } else { scroll.saturating_sub(WHEEL_ROWS) }
        }
        Action::Resize { width, height } => {
            app.size = ratatui::layout::Rect::new(0, 0, width, height);
            app.relayout();
        }
        _ => {}
    }
}

/// How many rows the open overlay has, and how many of them fit.
fn overlay_rows(app: &App) -> usize {
    match app.overlay {
        Some(Overlay::Help { .. }) => keymap::help_rows(),
        Some(Overlay::Overview { .. }) => app.overview.lines.len(),
        None => 0,
    }
}

fn overlay_height(app: &App) -> usize {
    match app.overlay {
        Some(Overlay::Help { .. }) => layout::help(app.size, keymap::help_rows()).height.saturating_sub(2) as usize,
        Some(Overlay::Overview { .. }) => layout::page_text(app.size).height as usize,
        None => 0,
    }
}

fn back(app: &mut App) {
    match app.focus {
        Focus::Detail | Focus::Themes => app.focus = Focus::Districts,
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

/// Moves the cursor of the focused list, or scrolls the detail, by `delta` rows (clamped at the ends).
fn step(app: &mut App, delta: isize) {
    let focus = if app.typing { Focus::Districts } else { app.focus };
    match focus {
        Focus::Themes => {
            app.theme_cursor = moved(app.theme_cursor, delta, app.filtered.themes.len());
            keep_visible(app);
        }
        Focus::Districts => select_row(app, moved(app.district_cursor, delta, app.filtered.districts.len())),
        Focus::Detail => scroll_detail(app, delta),
    }
}

fn moved(cursor: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    cursor.saturating_add_signed(delta).min(len - 1)
}

fn enter(app: &mut App) {
    match app.focus {
        Focus::Districts if app.selected().is_some() => app.focus = Focus::Detail,
        Focus::Themes => {
            if let Some(hit) = app.filtered.themes.get(app.theme_cursor) {
                app.chosen_theme = Some(hit.theme);
                app.query.clear();
                refilter(app);
                app.focus = Focus::Districts;
            }
        }
        _ => {}
    }
}

fn clear_filter(app: &mut App) {
    app.query.clear();
    app.chosen_theme = None;
    refilter(app);
}

fn select_row(app: &mut App, row: usize) {
    let changed = row != app.district_cursor;
    app.district_cursor = row;
    keep_visible(app);
    if changed {
        rebuild_detail(app);
        app.detail_scroll = first_marked(app);
    }
}

/// Recomputes what the filter selects, keeping the selected district when it still passes.
pub(super) fn refilter(app: &mut App) {
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
    keep_visible(app);
    rebuild_detail(app);
    app.detail_scroll = first_marked(app);
}

fn first_marked(app: &App) -> usize {
    let row = app.detail.marked_rows.first().map_or(0, |r| r.saturating_sub(CONTEXT_ROWS));
    row.min(max_scroll(app))
}

fn detail_height(app: &App) -> usize {
    app.panes().map_or(0, |p| p.detail.height as usize)
}

fn max_scroll(app: &App) -> usize {
    app.detail.lines.len().saturating_sub(detail_height(app))
}

fn scroll_detail(app: &mut App, delta: isize) {
    app.detail_scroll = app.detail_scroll.saturating_add_signed(delta).min(max_scroll(app));
}

/// Keeps both list cursors inside their visible windows.
fn keep_visible(app: &mut App) {
    let Some(p) = app.panes() else { return };
    let fit = |cursor: usize, offset: usize, height: u16| {
        let height = (height as usize).max(1);
        offset.min(cursor).max((cursor + 1).saturating_sub(height))
    };
    app.theme_offset = fit(app.theme_cursor, app.theme_offset, p.themes.height);
    app.district_offset = fit(app.district_cursor, app.district_offset, p.districts.height);
}

fn rebuild_detail(app: &mut App) {
    let width = app.panes().map_or(0, |p| p.detail.width as usize);
    app.detail = match app.selected() {
        Some(d) => detail::build(&app.data, d, &app.filtered.theme_on, width, app.lang),
        None => Doc::default(),
    };
}

impl App {
    /// Lays everything out again for the current size: lists, detail, overview.
    pub fn relayout(&mut self) {
        keep_visible(self);
        rebuild_detail(self);
        self.detail_scroll = self.detail_scroll.min(max_scroll(self));
        if matches!(self.overlay, Some(Overlay::Overview { .. })) {
            self.overview = overview(self, layout::page_text(self.size).width as usize);
            let max = self.overview.lines.len().saturating_sub(overlay_height(self));
            if let Some(Overlay::Overview { scroll }) = self.overlay.as_mut() {
                *scroll = (*scroll).min(max);
            }
        }
        if let Some(Overlay::Help { scroll }) = self.overlay.as_mut() {
            let max = keymap::help_rows().saturating_sub(layout::help(self.size, keymap::help_rows()).height as usize);
            *scroll = (*scroll).min(max + 2);
        }
    }
}

/// The article's own page: title, source, totals, opening and closing paragraphs.
fn overview(app: &App, width: usize) -> Doc {
    let data = &app.data;
    let labels = app.lang.labels();
    let mut doc = Doc::default();
    let para = |doc: &mut Doc, text: &str, tone: Tone| {
        let chars: Vec<(char, Tone)> = text.chars().map(|c| (c, tone)).collect();
        for spans in detail::wrap_toned(&chars, width.max(8)) {
            doc.lines.push(DocLine { spans });
        }
    };
    let s = &data.source;
    para(&mut doc, &s.title, Tone::Heading);
    let mut source = format!("{} · {}", s.publication, s.issue);
    if !s.column.is_empty() {
        source.push_str(&format!(" · {}", s.column));
    }
    para(&mut doc, &source, Tone::Sub);
    let highlights: usize = data.districts.iter().map(|d| d.highlights.len()).sum();
    let figures: usize = data.highlights().map(|(_, h)| h.figures.len()).sum();
    let totals = match app.lang {
        super::Lang::En => format!(
            "{} districts · {highlights} highlights · {} themes · {figures} figures",
            data.districts.len(),
            data.themes.len()
        ),
        super::Lang::Zh => format!(
            "{} 个区 · {highlights} 条亮点 · {} 个主题 · {figures} 项数据",
            data.districts.len(),
            data.themes.len()
        ),
    };
    para(&mut doc, &totals, Tone::Dim);
    for (label, text) in [(labels.intro, &data.intro), (labels.closing, &data.closing)] {
        if text.is_empty() {
            continue;
        }
        doc.lines.push(DocLine::default());
        para(&mut doc, label, Tone::Title);
        para(&mut doc, text, Tone::Lead);
    }
    doc
}

fn click(app: &mut App, column: u16, row: u16) {
    let Some(p) = app.panes() else { return };
    let at = ratatui::layout::Position { x: column, y: row };
    if p.input.contains(at) {
        update(app, Action::FocusFilter);
    } else if p.themes.contains(at) {
        let row = app.theme_offset + (row - p.themes.y) as usize;
        if row < app.filtered.themes.len() {
            app.typing = false;
            app.focus = Focus::Themes;
            app.theme_cursor = row;
            enter(app);
            app.focus = Focus::Themes;
        }
    } else if p.districts_block.contains(at) {
        app.typing = false;
        app.focus = Focus::Districts;
        if p.districts.contains(at) {
            let row = app.district_offset + (row - p.districts.y) as usize;
            if row < app.filtered.districts.len() {
                select_row(app, row);
            }
        }
    } else if p.detail_block.contains(at) {
        app.typing = false;
        app.focus = Focus::Detail;
    } else if p.filter_block.contains(at) {
        app.typing = false;
        app.focus = Focus::Themes;
    }
}

fn wheel(app: &mut App, column: u16, row: u16, down: bool) {
    let Some(p) = app.panes() else { return };
    let at = ratatui::layout::Position { x: column, y: row };
    let delta = if down { 1 } else { -1 };
    if p.filter_block.contains(at) {
        app.theme_cursor = moved(app.theme_cursor, delta, app.filtered.themes.len());
        keep_visible(app);
    } else if p.districts_block.contains(at) {
        select_row(app, moved(app.district_cursor, delta, app.filtered.districts.len()));
    } else if p.detail_block.contains(at) {
        scroll_detail(app, delta * WHEEL_ROWS as isize);
    }
}
