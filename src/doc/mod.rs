//! Laid-out documents: text cut into lines of toned pieces for a width, shared by the browser (which copies
//! the visible lines into a frame) and the command line (which prints them). Tones are semantic (a figure, a
//! matched tag); the theme turns them into colours.

pub mod compare_header;
pub mod district;
pub mod markdown;
pub mod overview;
pub mod table;
mod terms;

use std::ops::Range;

use crate::dataset::Dataset;
use crate::lang::Lang;
use crate::text::{char_width, wrap};

pub use crate::theme::Tone;
pub use district::{Marks, build, source_lines};

/// One line of the detail: toned pieces whose widths add up to at most the layout width.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocLine {
    pub spans: Vec<(String, Tone)>,
}

/// A district's detail at one width.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doc {
    pub lines: Vec<DocLine>,
    /// The first line of each highlight block.
    pub highlight_rows: Vec<usize>,
    /// The first line of each highlight whose themes match the filter.
    pub marked_rows: Vec<usize>,
    /// The line of each keyword occurrence given in [`Marks::matches`], in the same order.
    pub match_rows: Vec<usize>,
}

/// The mark before a tag in a comparison whose theme both districts carry: the comparison's own sign
/// (东城 ⇄ 西城), so it reads without a legend and without colour. A tag only one side carries has none.
pub const SHARED_MARK: char = '⇄';

/// A theme as a tag: `#垃圾分类`, or with a comparison's mark `⇄#Waste sorting`.
pub fn tag(data: &Dataset, theme: usize, mark: Option<char>, tone: Tone, lang: Lang) -> Vec<(char, Tone)> {
    let t = &data.themes[theme];
    let label = lang.tag(&t.name, &t.en);
    mark.into_iter().chain(['#']).chain(label.chars()).map(|c| (c, tone)).collect()
}

/// Lays out items (tags) in lines of `width` cells with a space between two on a line. An item is never
/// split (#执法检查, #Budget and state assets) unless it is wider than a whole line by itself, which then
/// wraps on lines of its own.
pub fn wrap_items(items: &[Vec<(char, Tone)>], width: usize) -> Vec<Vec<(String, Tone)>> {
    let mut lines = Vec::new();
    let mut line: Vec<(char, Tone)> = Vec::new();
    let mut used = 0;
    let flush = |line: &mut Vec<(char, Tone)>, lines: &mut Vec<Vec<(String, Tone)>>| {
        if !line.is_empty() {
            lines.extend(wrap_toned(line, usize::MAX).into_iter().map(|(_, spans)| spans));
            line.clear();
        }
    };
    for item in items {
        let w: usize = item.iter().map(|&(c, _)| char_width(c)).sum();
        if !line.is_empty() && used + 1 + w > width {
            flush(&mut line, &mut lines);
        }
        if w > width {
            lines.extend(wrap_toned(item, width).into_iter().map(|(_, spans)| spans));
            continue;
        }
        if !line.is_empty() {
            line.push((' ', Tone::Plain));
            used += 1;
        } else {
            used = 0;
        }
        line.extend_from_slice(item);
        used += w;
    }
    flush(&mut line, &mut lines);
    lines
}

/// A wrapped line: the range of characters it holds and its runs of one tone.
pub type WrappedLine = (Range<usize>, Vec<(String, Tone)>);

/// Wraps toned characters; each line is its range of characters and its runs of one tone. A no-break space
/// (U+00A0, as a text may hold one) keeps its neighbours on one line and is shown as a space.
pub fn wrap_toned(text: &[(char, Tone)], width: usize) -> Vec<WrappedLine> {
    let chars: Vec<char> = text.iter().map(|(c, _)| if *c == '\u{a0}' { 'x' } else { *c }).collect();
    // The characters shown: a no-break space as a space, marks of no width left out.
    let shown = |range: Range<usize>| {
        text[range]
            .iter()
            .map(|&(c, tone)| (if c == '\u{a0}' { ' ' } else { c }, tone))
            .filter(|&(c, _)| c == ' ' || char_width(c) > 0)
    };
    let mut runs: Vec<(Tone, usize)> = Vec::new();
    wrap(&chars, width)
        .into_iter()
        .map(|range| {
            // Each run of one tone's bytes counted first, so that its string is made once at its size.
            runs.clear();
            for (c, tone) in shown(range.clone()) {
                match runs.last_mut() {
                    Some((t, bytes)) if *t == tone => *bytes += c.len_utf8(),
                    _ => runs.push((tone, c.len_utf8())),
                }
            }
            let mut spans: Vec<(String, Tone)> =
                runs.iter().map(|&(tone, bytes)| (String::with_capacity(bytes), tone)).collect();
            // Each character goes to its run: the next run begins once this one's bytes are all there.
            let (mut run, mut left) = (0, runs.first().map_or(0, |&(_, bytes)| bytes));
            for (c, _) in shown(range.clone()) {
                if left == 0 {
                    run += 1;
                    left = runs[run].1;
                }
                spans[run].0.push(c);
                left -= c.len_utf8();
            }
            (range, spans)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Each character appended to the last span while its tone lasts: what `wrap_toned` must give.
    fn wrap_char_by_char(text: &[(char, Tone)], width: usize) -> Vec<WrappedLine> {
        let chars: Vec<char> = text.iter().map(|(c, _)| if *c == '\u{a0}' { 'x' } else { *c }).collect();
        wrap(&chars, width)
            .into_iter()
            .map(|range| {
                let mut spans: Vec<(String, Tone)> = Vec::new();
                for &(c, tone) in &text[range.clone()] {
                    let c = if c == '\u{a0}' { ' ' } else { c };
                    if char_width(c) == 0 && c != ' ' {
                        continue;
                    }
                    match spans.last_mut() {
                        Some((s, t)) if *t == tone => s.push(c),
                        _ => spans.push((c.to_string(), tone)),
                    }
                }
                (range, spans)
            })
            .collect()
    }

    proptest! {
        #[test]
        fn runs_of_a_tone_are_the_spans_char_by_char_gives(
            text in proptest::collection::vec(("[代表a 。\u{a0}\u{200b}\u{301}]", 0..3u8), 0..60),
            width in 1usize..12,
        ) {
            let tones = [Tone::Text, Tone::Figure, Tone::Term];
            let text: Vec<(char, Tone)> =
                text.iter().map(|(c, t)| (c.chars().next().expect("one"), tones[*t as usize])).collect();
            prop_assert_eq!(wrap_toned(&text, width), wrap_char_by_char(&text, width));
        }
    }
}
