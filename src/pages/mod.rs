//! The pages drawn over the panes, one file each with its state, keys, update and draw (see
//! [`Page`](crate::app::Page)), and what they share: moving a cursor or a scroll by an action, and the
//! frame of a full page.

pub mod figures;
pub mod help;
pub mod matches;
pub mod matrix;
pub mod overview;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::app::keymap::{Ctx, key_of};
use crate::app::{Action, PageEntry};
use crate::theme::Theme;
use crate::ui::scroll_label;

/// Every page, in the order the help lists their keys. Adding a page: its file above, and its line here.
pub const REGISTRY: &[&PageEntry] = &[&help::ENTRY, &overview::ENTRY, &matrix::ENTRY, &figures::ENTRY, &matches::ENTRY];

/// Lines the mouse wheel moves a page.
const WHEEL_ROWS: isize = 3;

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
        Action::Wheel { down: true, .. } => (WHEEL_ROWS, 0),
        Action::Wheel { down: false, .. } => (-WHEEL_ROWS, 0),
        _ => return None,
    })
}

/// `cursor` moved by `delta` rows and kept inside `len` rows.
pub(crate) fn moved(cursor: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    cursor.saturating_add_signed(delta).min(len - 1)
}

/// The first row of a window of `height` rows that starts at `offset` and must show `cursor`.
pub(crate) fn fit_window(cursor: usize, offset: usize, height: usize) -> usize {
    offset.min(cursor).max((cursor + 1).saturating_sub(height.max(1)))
}

/// A list's cursor and the first row shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListCursor {
    pub cursor: usize,
    pub offset: usize,
}

impl ListCursor {
    pub fn at(cursor: usize) -> ListCursor {
        ListCursor { cursor, offset: 0 }
    }

    /// Moves by `delta` rows in a list of `len`.
    pub fn step(&mut self, delta: isize, len: usize) {
        self.cursor = moved(self.cursor, delta, len);
    }

    /// Keeps the cursor inside the list and inside `height` rows from the offset.
    pub fn keep_in_view(&mut self, len: usize, height: usize) {
        self.cursor = self.cursor.min(len.saturating_sub(1));
        self.offset = fit_window(self.cursor, self.offset, height);
    }

    /// A click at screen row `y` of a list drawn in `rows`: the row under it, if there is one.
    pub fn click(&mut self, y: u16, rows: Rect, len: usize) {
        let row = self.offset + y.saturating_sub(rows.y) as usize;
        if row < len {
            self.cursor = row;
        }
    }
}

/// A page's bordered frame: its title, its keys for `keys` (from the key table: the keys every page shares
/// first, so Back is Esc) at the bottom right, and which rows are shown at the bottom left.
pub(crate) fn frame_block<'a>(theme: &Theme, title: String, keys: &[Action], rows: (usize, usize, usize)) -> Block<'a> {
    let keys: Vec<String> = keys.iter().map(|a| key_of(Ctx::Page, a)).collect();
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
