//! Where each pane sits for a terminal size. One function, used by drawing and by `update` (to know which
//! pane a click landed in and how far the highlights scroll), so the two never disagree. The pages' layouts
//! are in their own files (`pages/`).

use ratatui::layout::Rect;

/// The smallest terminal the panes fit in; below it the screen says how large it must be.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// The rectangles of the browser's panes. `*_block` includes the border; the others are the insides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub filter_block: Rect,
    /// The query line inside the filter pane.
    pub input: Rect,
    /// The theme list inside the filter pane.
    pub themes: Rect,
    pub districts_block: Rect,
    pub districts: Rect,
    pub detail_block: Rect,
    pub detail: Rect,
    pub status: Rect,
}

/// Below this width a comparison takes the whole width by itself: two columns beside the lists would be too
/// narrow to read.
pub const COMPARE_ZOOM_BELOW: u16 = 100;

/// The panes for a screen of this size, or `None` when it is below the minimum. Zoomed, the highlights pane
/// (or the comparison) takes the whole width and the lists are not shown.
pub fn panes(area: Rect, zoomed: bool) -> Option<Panes> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    if zoomed {
        let body = Rect { height: area.height - 1, ..area };
        let hidden = Rect::new(area.x, area.y, 0, 0);
        return Some(Panes {
            filter_block: hidden,
            input: hidden,
            themes: hidden,
            districts_block: hidden,
            districts: hidden,
            detail_block: body,
            detail: Rect { x: body.x + 2, width: body.width.saturating_sub(4), ..inner(body) },
            status: Rect::new(area.x, area.y + body.height, area.width, 1),
        });
    }
    let body_height = area.height - 1;
    let left_width = (area.width * 32 / 100).clamp(28, 44);
    let filter_height = (body_height * 45 / 100).max(6);
    let filter_block = Rect::new(area.x, area.y, left_width, filter_height);
    let districts_block = Rect::new(area.x, area.y + filter_height, left_width, body_height - filter_height);
    let detail_block = Rect::new(area.x + left_width, area.y, area.width - left_width, body_height);
    let filter_inner = inner(filter_block);
    Some(Panes {
        filter_block,
        input: Rect { height: 1, ..filter_inner },
        // One row for the query, one for the rule under it.
        themes: Rect { y: filter_inner.y + 2, height: filter_inner.height.saturating_sub(2), ..filter_inner },
        districts_block,
        districts: inner(districts_block),
        detail_block,
        detail: Rect { x: detail_block.x + 2, width: detail_block.width.saturating_sub(4), ..inner(detail_block) },
        status: Rect::new(area.x, area.y + body_height, area.width, 1),
    })
}

/// The inside of a bordered rectangle.
pub fn inner(r: Rect) -> Rect {
    Rect::new(r.x + 1, r.y + 1, r.width.saturating_sub(2), r.height.saturating_sub(2))
}

/// A rectangle of `width` × `height` centred in `area`, never larger than it.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// The comparison's areas inside the highlights pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ComparePanes {
    /// Shared and one-sided themes.
    pub header: Rect,
    pub left_block: Rect,
    pub right_block: Rect,
    pub left: Rect,
    pub right: Rect,
    /// One above the other instead of side by side (narrow screens).
    pub stacked: bool,
}

/// Columns narrower than this are stacked instead of put side by side.
const MIN_COLUMN: u16 = 24;

/// How many rows the comparison's header may take: a quarter of the pane, so the columns keep the rest.
pub fn header_room(detail_block: Rect) -> u16 {
    (inner(detail_block).height / 4).max(1)
}

/// The comparison laid out in the highlights pane's block, with `header_rows` rows of header.
pub fn compare(detail_block: Rect, header_rows: usize) -> ComparePanes {
    let outer = inner(detail_block);
    let header_height = (header_rows as u16).min(header_room(detail_block));
    let header = Rect { x: outer.x + 1, width: outer.width.saturating_sub(2), height: header_height, ..outer };
    let body = Rect { y: outer.y + header_height, height: outer.height - header_height, ..outer };
    let stacked = body.width / 2 < MIN_COLUMN;
    let (left_block, right_block) = if stacked {
        let top = body.height / 2;
        (Rect { height: top, ..body }, Rect { y: body.y + top, height: body.height - top, ..body })
    } else {
        let half = body.width / 2;
        (Rect { width: half, ..body }, Rect { x: body.x + half, width: body.width - half, ..body })
    };
    let text = |r: Rect| {
        let i = inner(r);
        Rect { x: i.x + 1, width: i.width.saturating_sub(2), ..i }
    };
    ComparePanes { header, left: text(left_block), right: text(right_block), left_block, right_block, stacked }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_tile_the_screen_at_common_sizes() {
        for (w, h) in [(120, 40), (80, 24), (60, 16), (300, 100)] {
            let p = panes(Rect::new(0, 0, w, h), false).expect("fits");
            assert_eq!(p.filter_block.width + p.detail_block.width, w);
            assert_eq!(p.filter_block.height + p.districts_block.height + p.status.height, h);
            assert!(p.themes.height >= 1 && p.districts.height >= 1 && p.detail.height >= 1, "{w}x{h}: {p:?}");
        }
    }

    #[test]
    fn compare_columns_stack_when_narrow() {
        let wide = panes(Rect::new(0, 0, 160, 40), false).expect("fits");
        assert!(!compare(wide.detail_block, 3).stacked);
        let narrow = panes(Rect::new(0, 0, 60, 24), false).expect("fits");
        let c = compare(narrow.detail_block, 3);
        assert!(c.stacked);
        assert!(c.left.height >= 2 && c.right.height >= 2, "{c:?}");
    }

    #[test]
    fn too_small_screens_have_no_panes() {
        assert_eq!(panes(Rect::new(0, 0, 0, 0), false), None);
        assert_eq!(panes(Rect::new(0, 0, 59, 40), false), None);
        assert_eq!(panes(Rect::new(0, 0, 120, 15), true), None);
    }
}
