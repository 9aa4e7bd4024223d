//! Lines already laid out for their pane, one to a row from its top.
//!
//! What every pane shows is fitted to its width before it is drawn: the detail and the comparison wrapped by
//! `doc`, the lists' rows cut and padded by `spans::row`, the status line by `spans::fit`. `Paragraph` takes each
//! line apart into a list of styled graphemes to cut it again, which was most of the cost of a frame. A line
//! whose every character is a grapheme by itself (Chinese and English prose nearly always is) is written here a
//! character at a time, cut as `Paragraph` cuts it; any other line is given to `Paragraph`, so the cells are
//! always those it gives. A first frame of the built-in dataset took a quarter less for it (`cargo bench
//! --bench core -- startup`: 540 → 484 µs with the lines written by `Buffer::set_line`, 413 → 373 µs more a
//! character at a time), and every view's frame 39–48 % less (`cargo bench --bench frame`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use crate::text::char_width;

/// Left-aligned lines, one to a row; those past the area's height are not drawn.
pub struct Rows<'a>(pub Vec<Line<'a>>);

impl Widget for Rows<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        for (line, y) in self.0.into_iter().zip(area.top()..area.bottom()) {
            let row = Rect { y, height: 1, ..area };
            if line.spans.iter().all(|span| span.content.chars().all(alone)) {
                put(buf, row, &line);
            } else {
                Paragraph::new(line).render(row, buf);
            }
        }
    }
}

impl<'a> From<Line<'a>> for Rows<'a> {
    fn from(line: Line<'a>) -> Self {
        Rows(vec![line])
    }
}

/// Writes a line of characters that are each a grapheme into `row`, a character at a time, as `Paragraph`
/// writes it: each in its span's style over the line's, a character wider than the whole row left out, and
/// the line cut before the first character that does not fit (the cell a wide character covers is left as it
/// is, as there: each frame starts from an empty buffer).
fn put(buf: &mut Buffer, row: Rect, line: &Line) {
    let mut x = row.x;
    for span in &line.spans {
        let style = line.style.patch(span.style);
        for c in span.content.chars() {
            let width = char_width(c) as u16;
            if width > row.width {
                continue;
            }
            if row.right() - x < width {
                return;
            }
            let mut utf8 = [0; 4];
            buf[(x, row.y)].set_symbol(c.encode_utf8(&mut utf8)).set_style(style);
            x += width;
        }
    }
}

/// A character that is printable, a cell or two wide, and a grapheme by itself among others of its kind (a
/// mark or joiner after it would join it, which is why a line is written a character at a time only when all
/// its characters are of the kind): printable ASCII and Latin-1 (not the soft hyphen), the general
/// punctuation of U+2010–U+2027 and U+2030–U+205E (dashes, quotation marks, ellipsis, ‹ ›), arrows, box
/// drawing, blocks and geometric shapes (the frames, the gauge's ▰▱, the pinned ◆), the ideographic space and
/// punctuation (、。《》「」【】), the CJK ideographs and the full-width forms (，：；！？（）). Every one is
/// tested against `Paragraph` below.
fn alone(c: char) -> bool {
    matches!(
        c,
        ' '..='~'
            | '\u{A1}'..='\u{AC}'
            | '\u{AE}'..='\u{FF}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205E}'
            | '\u{2190}'..='\u{21FF}'
            | '\u{2500}'..='\u{25FF}'
            | '\u{3000}'..='\u{3011}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{FF01}'..='\u{FF5E}'
    )
}

#[cfg(test)]
mod tests {
    use ratatui::style::Style;
    use ratatui::text::Span;

    use super::*;

    /// A buffer something was drawn in before, so that a cell written differs from one left as it was.
    fn drawn_over(size: Rect) -> Buffer {
        Buffer::filled(size, ratatui::buffer::Cell::new("x"))
    }

    /// The cells `Paragraph` gives the same lines in the same area.
    fn as_paragraph(lines: Vec<Line<'static>>, area: Rect, size: Rect) -> Buffer {
        let mut buf = drawn_over(size);
        Paragraph::new(lines).render(area, &mut buf);
        buf
    }

    fn as_rows(lines: Vec<Line<'static>>, area: Rect, size: Rect) -> Buffer {
        let mut buf = drawn_over(size);
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
            // A wide character that does not fit ends the line: the next span's narrow one is not written.
            vec![
                Line::from(vec![Span::raw("abcdef一"), Span::raw("c")]),
                Line::from(vec![Span::raw("ab一"), Span::raw("c")]),
            ],
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
            for area in [size, Rect::new(2, 1, 7, 3), Rect::new(3, 0, 1, 5), Rect::new(0, 2, 0, 2)] {
                assert_eq!(
                    as_rows(lines.clone(), area, size),
                    as_paragraph(lines.clone(), area, size),
                    "{lines:?} in {area:?}"
                );
            }
        }
    }

    #[test]
    fn every_character_of_the_kind_is_written_as_its_grapheme() {
        let size = Rect::new(0, 0, 7, 1);
        let mut count = 0;
        for c in (' '..='\u{FFFF}').filter(|&c| alone(c)) {
            assert!(char_width(c) > 0, "{c:?} takes no cell");
            // Beside others, cut at the border, and in a row narrower than it.
            for text in [format!("{c}a{c}"), format!("{c}{c}{c}{c}"), format!("一{c}")] {
                let lines = vec![Line::from(text.clone())];
                for area in [size, Rect::new(6, 0, 1, 1)] {
                    assert_eq!(as_rows(lines.clone(), area, size), as_paragraph(lines.clone(), area, size), "{text:?}");
                }
            }
            count += 1;
        }
        assert!(count > 20_000, "{count}");
    }

    proptest::proptest! {
        /// Lines of characters of the kind (written a character at a time), and lines with combining marks,
        /// joiners, emoji and tabs among them (given to `Paragraph`), as a plain line and as a styled one.
        #[test]
        fn any_line_is_written_as_a_paragraph_writes_it(
            spans in proptest::prop_oneof![
                proptest::collection::vec("[a 一二，。“”—…]{0,8}", 0..4),
                proptest::collection::vec("[a 一二，。“”—…\u{301}\u{200d}\u{fe0f}🙂\u{1f3fb}❤ﾞe\u{a0}\t]{0,8}", 0..4),
            ],
            x in 0u16..10,
            width in 0u16..12,
        ) {
            let size = Rect::new(0, 0, 10, 2);
            let line = Line::from(spans.into_iter().map(Span::raw).collect::<Vec<_>>());
            let lines = vec![line.clone(), line.style(Style::new().bold())];
            let area = Rect::new(x, 0, width, 2);
            proptest::prop_assert_eq!(as_rows(lines.clone(), area, size), as_paragraph(lines, area, size));
        }
    }

    #[test]
    fn a_row_whose_emoji_are_wider_than_counted_is_cut_as_a_paragraph_cuts_it() {
        // `row` counts ❤ and its variation selector as one cell, ratatui as two: the line overflows, and the
        // highlighted b after the wide 一 that does not fit must not take the last cell.
        let left = crate::ui::spans::highlighted("❤\u{fe0f}❤\u{fe0f}a一b", &[6], Style::new(), Style::new().bold());
        let lines = vec![crate::ui::row(left, Span::raw(""), 6, Style::new().reversed())];
        let size = Rect::new(0, 0, 6, 1);
        assert_eq!(as_rows(lines.clone(), size, size), as_paragraph(lines, size, size));
    }

    #[test]
    fn an_area_outside_the_buffer_draws_nothing_and_does_not_panic() {
        let size = Rect::new(0, 0, 4, 2);
        let lines = vec![Line::from("一二三")];
        assert_eq!(as_rows(lines, Rect::new(10, 10, 5, 5), size), drawn_over(size));
        // A row that ends at the last column there is.
        let edge = Rect::new(u16::MAX - 3, 0, 3, 1);
        let (mut ours, mut theirs) = (Buffer::empty(edge), Buffer::empty(edge));
        Rows(vec![Line::from("a一b")]).render(edge, &mut ours);
        Paragraph::new(Line::from("a一b")).render(edge, &mut theirs);
        assert_eq!(ours, theirs);
        assert_eq!(ours[(edge.x + 1, 0)].symbol(), "一");
    }
}
