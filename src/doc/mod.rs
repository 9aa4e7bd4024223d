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
