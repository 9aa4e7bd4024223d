//! The pages drawn over the panes, one file each with its state, keys, update and draw (see
//! [`Page`](crate::app::Page)), and what they share: how far an action moves a cursor or a scroll, and the
//! frame of a full page.

pub mod bookmarks;
pub mod figures;
pub mod help;
pub mod matches;
pub mod matrix;
pub mod overview;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

pub use crate::app::cursor::{ListCursor, WHEEL_ROWS, fit_window, moved};
use crate::app::keymap::page_key;
use crate::app::{Action, PageEntry};
use crate::theme::Theme;
use crate::ui::scroll_label;

/// Every page, in the order the help lists their keys. Adding a page: its file above, and its line here.
pub const REGISTRY: &[&PageEntry] =
    &[&help::ENTRY, &overview::ENTRY, &matrix::ENTRY, &figures::ENTRY, &matches::ENTRY, &bookmarks::ENTRY];

/// How far an action moves a page's cursor or scroll: (rows, columns), for a page `height` rows tall.
pub(crate) fn motion(action: &Action, height: usize) -> Option<(isize, isize)> {
    let page = height.max(1) as isize;
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

/// A scrolled page's scroll after `action`, for `total` rows of which `height` are shown.
pub(crate) fn scrolled(scroll: usize, action: &Action, total: usize, height: usize) -> usize {
    match motion(action, height) {
        Some((rows, _)) => moved(scroll, rows, total.saturating_sub(height) + 1),
        None => scroll,
    }
}

/// A page's bordered frame: its title, the keys of `page` for `keys` at the bottom right, and which rows are
/// shown at the bottom left.
pub(crate) fn frame_block<'a>(
    page: &PageEntry,
    theme: &Theme,
    title: String,
    keys: &[Action],
    rows: (usize, usize, usize),
) -> Block<'a> {
    let keys: Vec<String> = keys.iter().map(|a| page_key(page, a)).collect();
    let block = Block::bordered()
        .border_style(theme.border(true))
        .title(Span::styled(title, theme.title(true)))
        .title_bottom(Line::from(Span::styled(format!(" {} ", keys.join(" · ")), theme.key())).right_aligned());
    let (offset, height, total) = rows;
    match scroll_label(offset, height, total) {
        Some(position) => block.title_bottom(Line::from(Span::styled(position, theme.dim())).left_aligned()),
        None => block,
    }
}

/// Clears a page's area and draws its frame.
pub(crate) fn draw_frame(frame: &mut Frame, area: Rect, block: Block) {
    crate::ui::clear_for_popup(frame, area);
    frame.render_widget(block, area);
}
