//! Building one row of text from styled pieces, fitted to a width without splitting a wide character.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::text::{char_width, width};

/// A label with the characters at `matched` (character indices) in the match style.
pub fn highlighted(label: &str, matched: &[usize], base: Style, hit: Style) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    for (i, c) in label.chars().enumerate() {
        let is_hit = matched.binary_search(&i).is_ok();
        if is_hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), if run_hit { base.patch(hit) } else { base }));
        }
        run_hit = is_hit;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_hit { base.patch(hit) } else { base }));
    }
    spans
}

/// Cuts spans to `max` cells, ending with `…` when anything was cut.
pub fn fit(spans: Vec<Span<'static>>, max: usize) -> Vec<Span<'static>> {
    let total: usize = spans.iter().map(|s| width(&s.content)).sum();
    if total <= max {
        return spans;
    }
    let mut out = Vec::new();
    let mut used = 0;
    let room = max.saturating_sub(1);
    let mut last_style = Style::new();
    for span in spans {
        let mut kept = String::new();
        for c in span.content.chars() {
            let w = char_width(c);
            if used + w > room {
                break;
            }
            kept.push(c);
            used += w;
        }
        last_style = span.style;
        let full = kept.len() == span.content.len();
        if !kept.is_empty() {
            out.push(Span::styled(kept, span.style));
        }
        if !full {
            break;
        }
    }
    if max > 0 {
        out.push(Span::styled("…", last_style));
    }
    out
}

/// A row with `left` fitted before a right-aligned `right`, padded to exactly `max` cells.
pub fn row(left: Vec<Span<'static>>, right: Span<'static>, max: usize, style: Style) -> Line<'static> {
    let right_width = width(&right.content);
    let (right, right_width) = if right_width + 1 >= max { (Span::raw(""), 0) } else { (right, right_width) };
    let room = max.saturating_sub(right_width + usize::from(right_width > 0));
    let mut spans = fit(left, room);
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    spans.push(Span::raw(" ".repeat(max.saturating_sub(used + right_width))));
    spans.push(right);
    Line::from(spans).style(style)
}

/// A message for an empty pane, wrapped to its width (a line does not start with closing punctuation) rather
/// than cut: "no district matches; Esc clears the filter" must be read whole to be of use.
pub fn message(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    let chars: Vec<char> = text.chars().collect();
    crate::text::wrap(&chars, width.max(1))
        .into_iter()
        .map(|r| Line::from(Span::styled(chars[r].iter().collect::<String>(), style)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn fitting_never_splits_a_wide_character() {
        let spans = vec![Span::raw("垃圾"), Span::raw("分类")];
        assert_eq!(text(&fit(spans.clone(), 6)), "垃圾…");
        assert_eq!(text(&fit(spans.clone(), 5)), "垃圾…");
        assert_eq!(text(&fit(spans, 8)), "垃圾分类");
    }

    #[test]
    fn matched_characters_get_their_own_spans() {
        let spans = highlighted("垃圾分类", &[0, 1], Style::new(), Style::new().bold());
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0].content, "垃圾");
    }

    #[test]
    fn a_row_is_exactly_as_wide_as_asked() {
        for max in 0..20 {
            let line = row(vec![Span::raw("海淀 Haidian")], Span::raw("3"), max, Style::new());
            assert!(line.width() <= max.max(1), "{max}: {line:?}");
        }
    }
}
