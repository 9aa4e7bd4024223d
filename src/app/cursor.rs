//! Cursors over rows: moving one by an amount, keeping it inside a window of rows. The district and theme
//! lists and every page with a list use these.

use ratatui::layout::Rect;

/// Lines the mouse wheel scrolls.
pub const WHEEL_ROWS: usize = 3;

/// `cursor` moved by `delta` rows and kept inside `len` rows.
pub fn moved(cursor: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    cursor.saturating_add_signed(delta).min(len - 1)
}

/// The first row of a window of `height` rows that starts at `offset` and must show `cursor`.
pub fn fit_window(cursor: usize, offset: usize, height: usize) -> usize {
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

    /// A click at screen row `y` of a list drawn in `rows`: the row under it (the last row, below the end).
    pub fn click(&mut self, y: u16, rows: Rect, len: usize) {
        self.cursor = (self.offset + y.saturating_sub(rows.y) as usize).min(len.saturating_sub(1));
    }
}
