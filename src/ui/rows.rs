//! Lines already laid out for their pane, one to a row from its top.
//!
//! What every pane shows is fitted to its width before it is drawn: the detail and the comparison wrapped by
//! `doc`, the lists' rows cut and padded by `spans::row`, the status line by `spans::fit`. `Paragraph` would
//! take each line apart into a list of styled graphemes to wrap or cut it again; written straight into the
//! buffer, the same cells come out (a line wider than its pane is cut at the first grapheme that does not
//! fit; only a grapheme wider than the whole pane, which `Paragraph` skips to show what follows, ends it).
//! A first frame of the built-in dataset took a tenth less (`cargo bench --bench core -- startup`: 540 → 484
//! µs, the lists, the filter, the detail and the status line drawn so).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// Left-aligned lines, one to a row; those past the area's height are not drawn.
pub struct Rows<'a>(pub Vec<Line<'a>>);

impl Widget for Rows<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        for (line, y) in self.0.iter().zip(area.top()..area.bottom()) {
            buf.set_line(area.x, y, line, area.width);
        }
    }
}

impl<'a> From<Line<'a>> for Rows<'a> {
    fn from(line: Line<'a>) -> Self {
        Rows(vec![line])
    }
}

#[cfg(test)]
mod tests {
    use ratatui::style::Style;
    use ratatui::text::Span;
    use ratatui::widgets::Paragraph;

    use super::*;

    /// The cells `Paragraph` gives the same lines in the same area.
    fn as_paragraph(lines: Vec<Line<'static>>, area: Rect, size: Rect) -> Buffer {
        let mut buf = Buffer::empty(size);
        Paragraph::new(lines).render(area, &mut buf);
        buf
    }

    fn as_rows(lines: Vec<Line<'static>>, area: Rect, size: Rect) -> Buffer {
        let mut buf = Buffer::empty(size);
        Rows(lines).render(area, &mut buf);
        buf
    }

    #[test]
    fn the_cells_are_those_a_paragraph_gives() {
        let size = Rect::new(0, 0, 12, 5);
        let cases: Vec<Vec<Line<'static>>> = vec![
            vec![
                Line::from("垃圾分类 ljfl"),
                Line::from(vec![Span::raw("东城 "), Span::styled("4", Style::new().red())]),
            ],
            // Cut where the next character does not fit, a wide one at the border among them.
            vec![Line::from("一二三四五六七八"), Line::from("abcdefghijklmnop"), Line::from("abc一二三四五六七")],
            // The line's style under each span's, as a selected row has it.
            vec![
                Line::from(vec![Span::raw("选中"), Span::styled(" 3", Style::new().dim())])
                    .style(Style::new().reversed()),
            ],
            // Control and zero-width characters are dropped; combining marks stay with their letter.
            vec![Line::from("a\u{7}b\u{200b}c"), Line::from("e\u{301}x")],
            // More lines than rows.
            (0..8).map(|i| Line::from(format!("{i}"))).collect(),
            vec![],
        ];
        for lines in cases {
            for area in [size, Rect::new(2, 1, 7, 3), Rect::new(3, 2, 1, 1)] {
                assert_eq!(
                    as_rows(lines.clone(), area, size),
                    as_paragraph(lines.clone(), area, size),
                    "{lines:?} in {area:?}"
                );
            }
        }
    }

    #[test]
    fn an_area_outside_the_buffer_draws_nothing_and_does_not_panic() {
        let size = Rect::new(0, 0, 4, 2);
        let lines = vec![Line::from("一二三")];
        assert_eq!(as_rows(lines, Rect::new(10, 10, 5, 5), size), Buffer::empty(size));
    }
}
