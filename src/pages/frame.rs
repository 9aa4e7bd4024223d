//! What every full page shares: where it sits (everything but the status line), its bordered frame with
//! its keys and which rows show, and the layout of a list page (a header row over the rows).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::app::layout::inner;
use crate::theme::Theme;
use crate::ui::scroll_label;

/// The area of a full page drawn over the panes: everything but the status line.
pub fn page_area(area: Rect) -> Rect {
    Rect { height: area.height.saturating_sub(1), ..area }
}

/// The inside of a bordered page, with a margin of two columns for the text.
pub fn page_text(area: Rect) -> Rect {
    let outer = inner(page_area(area));
    Rect { x: outer.x + 1, width: outer.width.saturating_sub(2), ..outer }
}

/// A list page (figures, matches, bookmarks): its block, a header row and the rows under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListPanes {
    pub block: Rect,
    pub header: Rect,
    pub rows: Rect,
}

pub fn list_page(area: Rect) -> ListPanes {
    let block = page_area(area);
    let i = inner(block);
    let i = Rect { x: i.x + 1, width: i.width.saturating_sub(2), ..i };
    ListPanes {
        block,
        header: Rect { height: 1.min(i.height), ..i },
        rows: Rect { y: i.y + 1, height: i.height.saturating_sub(1), ..i },
    }
}

/// A page's bordered frame: its title, the names of its keys at the bottom right, and which rows are shown
/// at the bottom left.
pub(crate) fn frame_block<'a>(theme: &Theme, title: String, keys: &[String], rows: (usize, usize, usize)) -> Block<'a> {
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
