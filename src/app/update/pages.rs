//! The pages drawn over the panes: help, overview, matrix, figures, matches. While one is open it has the
//! keyboard.

use super::lists::{fit, moved};
use super::{CONTEXT_ROWS, WHEEL_ROWS, clear_filter, max_scroll, refilter, search, select_district};
use crate::app::action::Action;

use crate::app::keymap::Ctx;
use crate::app::{App, FiguresPage, Focus, Grid, Overlay, keymap, layout};
use crate::lang::Msg;

pub(super) fn open_matrix(app: &mut App) {
    // Start on the selected district's column, so the matrix opens where the reader is.
    let grid = Grid { col: app.selected().unwrap_or(0), ..Grid::default() };
    app.overlay = Some(Overlay::Matrix(grid));
    relayout(app);
}

pub(super) fn open_figures(app: &mut App) {
    // In the order the reader last chose.
    app.overlay = Some(Overlay::Figures(FiguresPage::new(&app.data, app.figure_sort)));
}

pub(super) fn open_matches(app: &mut App) {
    if app.search.matches.is_empty() {
        let search_key = keymap::key_of(Ctx::Districts, &Action::StartSearch);
        app.notice = Some(app.lang.say(Msg::NoMatchesToList { search_key: &search_key }));
        return;
    }
    let cursor = app.search.current;
    app.overlay = Some(Overlay::Matches { cursor, offset: 0 });
    relayout(app);
}

pub(super) fn update(app: &mut App, action: Action) {
    match action {
        Action::Quit => app.quit = true,
        Action::Resize { width, height } => super::resize(app, width, height),
        Action::Back => close(app),
        Action::Click { column, row } => click(app, column, row),
        Action::ToggleHelp if matches!(app.overlay, Some(Overlay::Help { .. })) => close(app),
        Action::ToggleHelp => {
            // Over a page: the page waits beneath and comes back when the help closes.
            app.under_help = app.overlay.take().map(Box::new);
            app.overlay = Some(Overlay::Help { scroll: 0 });
        }
        Action::ToggleOverview if matches!(app.overlay, Some(Overlay::Overview { .. })) => app.overlay = None,
        Action::Enter => enter(app),
        Action::Sort => {
            let data = &app.data;
            if let Some(Overlay::Figures(f)) = app.overlay.as_mut() {
                f.sort_by(data, f.table.sort.next());
                app.figure_sort = f.table.sort;
            }
        }
        other => {
            if let Some((rows, cols)) = motion(&other, app) {
                move_cursor(app, rows, cols);
            }
        }
    }
    keep_in_view(app);
}

/// Closes the page; the help goes back to the page it was opened over, if any.
fn close(app: &mut App) {
    let help = matches!(app.overlay, Some(Overlay::Help { .. }));
    let beneath = app.under_help.take();
    app.overlay = if help { beneath.map(|page| *page) } else { None };
    relayout(app);
}

/// A click on a row (or a matrix cell) moves the cursor there; a click outside the page closes it.
fn click(app: &mut App, column: u16, row: u16) {
    let at = ratatui::layout::Position { x: column, y: row };
    let size = app.size;
    match app.overlay.as_mut() {
        Some(Overlay::Matrix(g)) => {
            let m = layout::matrix(size, app.data.districts.len());
            let first_column = m.body.x + m.label_width;
            if m.body.contains(at) && column >= first_column {
                g.row = (g.row_offset + (row - m.body.y) as usize).min(app.data.themes.len().saturating_sub(1));
                let col = g.col_offset + ((column - first_column) / m.cell_width) as usize;
                g.col = col.min(app.data.districts.len().saturating_sub(1));
            } else if !m.block.contains(at) {
                app.overlay = None;
            }
        }
        Some(Overlay::Figures(FiguresPage { cursor, offset, table })) => {
            let l = layout::list_page(size);
            if l.rows.contains(at) {
                *cursor = (*offset + (row - l.rows.y) as usize).min(table.rows.len().saturating_sub(1));
            } else if !l.block.contains(at) {
                app.overlay = None;
            }
        }
        Some(Overlay::Matches { cursor, offset }) => {
            let l = layout::list_page(size);
            if l.rows.contains(at) {
                *cursor = (*offset + (row - l.rows.y) as usize).min(app.search.matches.len().saturating_sub(1));
            } else if !l.block.contains(at) {
                app.overlay = None;
            }
        }
        _ => close(app),
    }
}

/// How far an action moves a page's cursor: (rows, columns).
fn motion(action: &Action, app: &App) -> Option<(isize, isize)> {
    let page = page_height(app).max(1) as isize;
    Some(match action {
        Action::Up => (-1, 0),
        Action::Down => (1, 0),
        Action::Left => (0, -1),
        Action::Right => (0, 1),
        Action::First => (isize::MIN, 0),
        Action::Last => (isize::MAX, 0),
        Action::PageDown | Action::HalfPageDown => (page, 0),
        Action::PageUp | Action::HalfPageUp => (-page, 0),
        Action::Wheel { down: true, .. } => (WHEEL_ROWS as isize, 0),
        Action::Wheel { down: false, .. } => (-(WHEEL_ROWS as isize), 0),
        _ => return None,
    })
}

fn move_cursor(app: &mut App, rows: isize, cols: isize) {
    let total = total_rows(app);
    let height = page_height(app);
    let themes = app.data.themes.len();
    let districts = app.data.districts.len();
    match app.overlay.as_mut() {
        Some(Overlay::Help { scroll } | Overlay::Overview { scroll }) => {
            *scroll = moved(*scroll, rows, total.saturating_sub(height) + 1);
        }
        Some(Overlay::Matrix(g)) => {
            g.row = moved(g.row, rows, themes);
            g.col = moved(g.col, cols, districts);
        }
        Some(Overlay::Figures(f)) => f.cursor = moved(f.cursor, rows, f.table.rows.len()),
        Some(Overlay::Matches { cursor, .. }) => *cursor = moved(*cursor, rows, total),
        None => {}
    }
}

fn enter(app: &mut App) {
    match app.overlay.take() {
        Some(Overlay::Matrix(g)) => open_cell(app, g.row, g.col),
        Some(Overlay::Figures(f)) => {
            if let Some(r) = f.table.rows.get(f.cursor).copied() {
                select_district(app, r.district);
                app.focus = Focus::Detail;
                let row = app.detail.highlight_rows.get(r.highlight).copied().unwrap_or(0);
                app.detail_scroll = row.saturating_sub(CONTEXT_ROWS).min(max_scroll(app));
            }
        }
        Some(Overlay::Matches { cursor, .. }) => {
            app.search.current = cursor;
            search::jump(app);
        }
        other => app.overlay = other,
    }
}

/// A matrix cell: the district, filtered by the theme when it carries it.
fn open_cell(app: &mut App, theme: usize, district: usize) {
    if theme >= app.data.themes.len() || district >= app.data.districts.len() {
        return;
    }
    app.focus = Focus::Districts;
    let (d, t) = (&app.data.districts[district].name, &app.data.themes[theme]);
    let label = app.lang.label(&t.name, &t.en);
    if app.index.district_themes[district].contains(&theme) {
        let back_key = keymap::key_of(Ctx::Districts, &Action::Back);
        let notice = app.lang.say(Msg::ThemeFiltered { theme: label, back_key: &back_key });
        app.chosen_theme = Some(theme);
        app.query.clear();
        refilter(app);
        select_district(app, district);
        app.notice = Some(notice);
    } else {
        let notice = app.lang.say(Msg::NoHighlightOn { district: d, theme: label, filter_cleared: app.filtering() });
        clear_filter(app);
        select_district(app, district);
        app.notice = Some(notice);
    }
}

/// The number of rows the open page has.
fn total_rows(app: &App) -> usize {
    match &app.overlay {
        Some(Overlay::Help { .. }) => keymap::help_page(layout::help_text_width(app.size), app.lang).len(),
        Some(Overlay::Overview { .. }) => app.overview.lines.len(),
        Some(Overlay::Matrix(_)) => app.data.themes.len(),
        Some(Overlay::Figures(f)) => f.table.rows.len(),
        Some(Overlay::Matches { .. }) => app.search.matches.len(),
        None => 0,
    }
}

/// How many of them fit.
pub(crate) fn page_height(app: &App) -> usize {
    let size = app.size;
    match &app.overlay {
        Some(Overlay::Help { .. }) => {
            let rows = keymap::help_page(layout::help_text_width(size), app.lang).len();
            layout::help(size, rows).height.saturating_sub(2) as usize
        }
        Some(Overlay::Overview { .. }) => layout::page_text(size).height as usize,
        Some(Overlay::Matrix(_)) => layout::matrix(size, app.data.districts.len()).body.height as usize,
        Some(Overlay::Figures(_) | Overlay::Matches { .. }) => layout::list_page(size).rows.height as usize,
        None => 0,
    }
}

/// Lays the open page's text out for the size (the overview), then keeps its cursor in view.
pub(super) fn relayout(app: &mut App) {
    if matches!(app.overlay, Some(Overlay::Overview { .. })) {
        app.overview = crate::doc::overview::build(&app.data, app.lang, layout::page_text(app.size).width as usize);
    }
    keep_in_view(app);
}

/// Keeps the open page's cursor (or scroll) inside what fits.
fn keep_in_view(app: &mut App) {
    let height = page_height(app);
    let total = total_rows(app);
    let columns = layout::matrix(app.size, app.data.districts.len()).columns.max(1);
    match app.overlay.as_mut() {
        Some(Overlay::Help { scroll } | Overlay::Overview { scroll }) => {
            *scroll = (*scroll).min(total.saturating_sub(height));
        }
        Some(Overlay::Matrix(g)) => {
            g.row_offset = fit(g.row, g.row_offset, height);
            g.col_offset = fit(g.col, g.col_offset, columns);
        }
        Some(Overlay::Figures(f)) => f.offset = fit(f.cursor, f.offset, height),
        Some(Overlay::Matches { cursor, offset }) => *offset = fit(*cursor, *offset, height),
        None => {}
    }
}
