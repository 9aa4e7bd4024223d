//! Lines already laid out for their pane, one to a row from its top.
//!
//! What every pane shows is fitted to its width before it is drawn: the detail and the comparison wrapped by
//! `doc`, the lists' rows cut and padded by `spans::row`, the status line by `spans::fit`. `Paragraph` would
//! take each line apart into a list of styled graphemes to wrap or cut it again; written straight into the
//! buffer, the same cells come out (a line wider than its pane is cut at the first grapheme that does not
//! fit; only a grapheme wider than the whole pane, which `Paragraph` skips to show what follows, ends it).
//! A first frame of the built-in dataset took a fifth less for it (`cargo bench --bench core -- startup`: 540
//! → 484 µs drawn so, 413 → 373 µs more with the writing a character at a time below), and every view's frame
//! 14–44 % less (`cargo bench --bench frame`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::text::char_width;

/// Left-aligned lines, one to a row; those past the area's height are not drawn.
pub struct Rows<'a>(pub Vec<Line<'a>>);

impl Widget for Rows<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        for (line, y) in self.0.iter().zip(area.top()..area.bottom()) {
            let mut x = area.x;
            for span in line {
                if x >= area.right() {
                    break;
                }
                x = put(buf, (x, y), &span.content, area.right(), line.style.patch(span.style));
            }
        }
    }
}

impl<'a> From<Line<'a>> for Rows<'a> {
    fn from(line: Line<'a>) -> Self {
        Rows(vec![line])
    }
}

/// Writes `text` from `(x, y)`, cut before the first grapheme that would reach past column `right`, as
/// `Buffer::set_stringn` does; returns the column after it. Text whose every character is a grapheme by
/// itself (Chinese and English prose nearly always is) is written a character at a time: cutting it into
/// graphemes first was most of the cost of writing it.
fn put(buf: &mut Buffer, (mut x, y): (u16, u16), text: &str, right: u16, style: Style) -> u16 {
    if !text.chars().all(alone) {
        return buf.set_stringn(x, y, text, usize::from(right.saturating_sub(x)), style).0;
    }
    for c in text.chars() {
        let width = char_width(c) as u16;
        if right.saturating_sub(x) < width {
            break;
        }
        let mut utf8 = [0; 4];
        buf[(x, y)].set_symbol(c.encode_utf8(&mut utf8)).set_style(style);
        // The cell a wide character covers is emptied, as `set_stringn` does.
        for covered in x + 1..x + width {
            buf[(covered, y)].reset();
        }
        x += width;
    }
    x
}

/// A character that is a grapheme by itself whatever stands beside it (no mark joins it, it joins nothing),
/// printable, and a cell or two wide: printable ASCII, the CJK ideographs, the ideographic punctuation (、。
/// 《》「」【】), the full-width forms (，：；！？（）) and the dashes, quotation marks and ellipsis of
/// U+2010–U+2026.
fn alone(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{4E00}'..='\u{9FFF}' | '\u{3001}'..='\u{3011}' | '\u{FF01}'..='\u{FF5E}' | '\u{2010}'..='\u{2026}')
}

#[cfg(test)]
mod tests {
    use ratatui::style::Style;
    use ratatui::text::Span;
    use ratatui::widgets::Paragraph;

    use super::*;

    /// A buffer something was drawn in before, so that a cell left as it was differs from one emptied.
    fn drawn_over(size: Rect) -> Buffer {
        Buffer::filled(size, ratatui::buffer::Cell::new("x"))
    }

    /// The cells `Paragraph` gives the same lines in the same area of an empty buffer, as each frame's is
    /// (`Paragraph` leaves the cell a wide character covers as it was; `set_line` empties it).
    fn as_paragraph(lines: Vec<Line<'static>>, area: Rect, size: Rect) -> Buffer {
        let mut buf = Buffer::empty(size);
        Paragraph::new(lines).render(area, &mut buf);
        buf
    }

    fn as_rows(lines: Vec<Line<'static>>, area: Rect, size: Rect) -> Buffer {
        rows_in(drawn_over(size), lines, area)
    }

    fn rows_in(mut buf: Buffer, lines: Vec<Line<'static>>, area: Rect) -> Buffer {
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
                    rows_in(Buffer::empty(size), lines.clone(), area),
                    as_paragraph(lines.clone(), area, size),
                    "{lines:?} in {area:?}"
                );
            }
        }
    }

    /// The cells `Buffer::set_line` gives, grapheme by grapheme.
    fn as_set_line(lines: &[Line<'static>], area: Rect, size: Rect) -> Buffer {
        let mut buf = drawn_over(size);
        let area = area.intersection(size);
        for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
            buf.set_line(area.x, y, line, area.width);
        }
        buf
    }

    #[test]
    fn every_character_taken_alone_is_written_as_its_grapheme() {
        let size = Rect::new(0, 0, 7, 1);
        let alone = (' '..='\u{FFFF}').filter(|&c| alone(c));
        let mut count = 0;
        for c in alone {
            assert!(char_width(c) > 0, "{c:?} takes no cell");
            // Beside others, and cut at the border.
            for text in [format!("{c}a{c}"), format!("{c}{c}{c}{c}"), format!("一{c}")] {
                let lines = vec![Line::from(text.clone())];
                assert_eq!(as_rows(lines.clone(), size, size), as_set_line(&lines, size, size), "{text:?}");
            }
            count += 1;
        }
        assert!(count > 20_000, "{count}");
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_written_as_set_line_writes_it(
            spans in proptest::collection::vec("[a 一二，。“”—…\u{301}\u{200d}\u{fe0f}🙂\u{1f3fb}e\u{a0}\t]{0,8}", 0..4),
            x in 0u16..6,
            width in 0u16..12,
        ) {
            let size = Rect::new(0, 0, 10, 2);
            let line = Line::from(spans.into_iter().map(ratatui::text::Span::raw).collect::<Vec<_>>());
            let lines = vec![line.clone(), line.style(Style::new().bold())];
            let area = Rect::new(x, 0, width, 2);
            proptest::prop_assert_eq!(as_rows(lines.clone(), area, size), as_set_line(&lines, area, size));
        }
    }

    #[test]
    fn an_area_outside_the_buffer_draws_nothing_and_does_not_panic() {
        let size = Rect::new(0, 0, 4, 2);
        let lines = vec![Line::from("一二三")];
        assert_eq!(as_rows(lines, Rect::new(10, 10, 5, 5), size), drawn_over(size));
    }
}
