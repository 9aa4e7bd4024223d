//! Refusing hostile YAML before the real parser sees it.
//!
//! Two shapes of input cost the YAML parsers far more than their size:
//! - Deep nesting. libyaml (inside serde_yaml) takes time quadratic in the depth of flow collections
//!   (`[[[[…`: 20,000 levels take 0.7 s, 200,000 levels 70 s), and yaml-rust2, which finds error positions,
//!   recurses on block nesting (`- - - - …`) and overflows its stack at 200,000 levels. A dataset nests about
//!   seven levels, so a quick scan refuses flow nesting past [`MAX_FLOW_DEPTH`] and block nesting past
//!   [`MAX_BLOCK_COLUMNS`] columns before either parser runs.
//! - Aliases. serde_yaml stops exponential "billion laughs" expansion, but not the quadratic kind: one
//!   anchored list of 10,000 theme ids referred to by 10,000 highlights is 100 million strings from a 300 KB
//!   file, and one 20 MB text repeated 200 times is 4 GB. When the scan sees an alias, the file's values are
//!   weighed with aliases expanded, and a file that would grow past [`MAX_EXPANSION`] times its own size is
//!   refused.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Flow collections (`[…]`, `{…}`) nested deeper than this are refused.
pub const MAX_FLOW_DEPTH: usize = 64;
/// A line whose indentation and `- ` / `? ` chains reach past this column is refused.
pub const MAX_BLOCK_COLUMNS: usize = 512;
/// Lines read without a YAML parser (`json_lines`, `plain_items`), which are not scanned, are indented at
/// most this much: far below [`MAX_BLOCK_COLUMNS`], so that they never hold what the scan refuses.
pub(super) const UNSCANNED_INDENT: usize = 64;
/// Aliases may make a document at most this many times larger than it is written, plus a fixed allowance
/// for small files. Size is counted as one per collection and one plus its length in bytes per scalar, so
/// that a long text anchored once and repeated is caught as surely as a long list; this also keeps every
/// loaded text under 16 × 64 MiB + 100 KB, which the search index's 32-bit offsets rely on.
pub const MAX_EXPANSION: u64 = 16;
const EXPANSION_ALLOWANCE: u64 = 100_000;

/// Why a file was refused before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    TooDeep {
        line: usize,
        column: usize,
    },
    TooIndented {
        line: usize,
    },
    /// Sizes as [`MAX_EXPANSION`] counts them: about the bytes of the values, as written and as expanded.
    TooManyAliases {
        written: u64,
        expanded: u64,
    },
}

/// Scans `text`; `Err` when it nests too deep or its aliases expand too far. `Ok(true)` when the text uses
/// aliases (so that it cannot be parsed in pieces).
pub fn check(text: &str) -> Result<bool, Refusal> {
    let saw_alias = scan(text)?;
    if saw_alias {
        check_expansion(text)?;
    }
    Ok(saw_alias)
}

/// The nesting scan. Returns whether an alias (`*name`) was seen. It follows just enough YAML to know where
/// a value starts (where `[`, `{`, a quote, an anchor or an alias mean something), skips quoted scalars,
/// comments and block scalars, and counts flow depth exactly (inside flow collections plain scalars cannot
/// hold brackets).
fn scan(text: &str) -> Result<bool, Refusal> {
    let b = text.as_bytes();
    let n = b.len();
    let (mut i, mut line, mut line_start) = (0, 1, 0);
    let mut depth = 0usize;
    let mut value_start = true;
    let mut saw_alias = false;
    // Indentation of the line that opened a block scalar (`|` or `>`), while its content lines are skipped.
    let mut block_scalar: Option<usize> = None;
    // Indentation of the line where a plain scalar began, while it may go on: a more indented line continues
    // its text (`lead: 注释` then `  [见附件`), where a bracket is a character, not a collection.
    let mut plain: Option<usize> = None;
    let mut at_line_start = true;
    while i < n {
        if at_line_start {
            at_line_start = false;
            let mut indent = 0;
            while i < n && b[i] == b' ' {
                i += 1;
                indent += 1;
            }
            let blank = i >= n || b[i] == b'\n' || b[i] == b'\r';
            if let Some(parent) = block_scalar {
                if blank || indent > parent {
                    // A line of a block scalar's text: nothing in it is YAML syntax.
                    while i < n && b[i] != b'\n' {
                        i += 1;
                    }
                    continue;
                }
                block_scalar = None;
            }
            if depth == 0 {
                let continues = plain.is_some_and(|p| indent > p) && !blank && b[i] != b'#';
                if continues {
                    value_start = false;
                    continue;
                }
                if !blank {
                    plain = None;
                }
                let mut j = i;
                let mut chain = 0;
                while j + 1 < n && matches!(b[j], b'-' | b'?' | b':') && b[j + 1] == b' ' {
                    j += 2;
                    chain += 1;
                    while j < n && b[j] == b' ' {
                        j += 1;
                    }
                }
                if indent + 2 * chain > MAX_BLOCK_COLUMNS {
                    return Err(Refusal::TooIndented { line });
                }
                value_start = true;
            }
            continue;
        }
        if !value_start && depth == 0 {
            // In a plain scalar's text, or after a value, outside flow collections: only a line's end, a
            // comment or a `: ` can change anything, and the bytes between are skipped at once (most of a
            // large file is such text).
            match memchr::memchr3(b'\n', b'#', b':', &b[i..]) {
                Some(k) => i += k,
                None => break,
            }
        }
        let c = b[i];
        let next_is_space = |k: usize| k + 1 >= n || matches!(b[k + 1], b' ' | b'\t' | b'\n' | b'\r');
        match c {
            b'\n' => {
                line += 1;
                line_start = i + 1;
                at_line_start = true;
                i += 1;
                continue;
            }
            b'#' if i == line_start || matches!(b[i - 1], b' ' | b'\t') => {
                plain = None; // a comment ends a plain scalar
                while i < n && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' if value_start => {
                i = skip_quoted(b, i, &mut line, &mut line_start);
                value_start = false;
                continue;
            }
            b'|' | b'>' if value_start && depth == 0 => {
                let indent = b[line_start..i].iter().take_while(|&&c| c == b' ').count();
                block_scalar = Some(indent);
                value_start = false;
            }
            b'[' | b'{' if value_start || depth > 0 => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    let column = text[line_start..i].chars().count() + 1;
                    return Err(Refusal::TooDeep { line, column });
                }
                value_start = true;
            }
            b']' | b'}' if depth > 0 => {
                depth -= 1;
                value_start = false;
            }
            b',' if depth > 0 => value_start = true,
            b'*' if value_start => {
                saw_alias = true;
                value_start = false;
            }
            // An anchor or a tag comes before its value: the value still starts after it.
            b'&' | b'!' if value_start => {
                while i < n && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b',' | b']' | b'}') {
                    i += 1;
                }
                continue;
            }
            // `- ` and `? ` mean something only where a node starts; inside a plain scalar they are text.
            b'-' | b'?' if value_start && next_is_space(i) => {}
            b':' if next_is_space(i) || depth > 0 => {
                value_start = true;
                plain = None;
            }
            b' ' | b'\t' | b'\r' => {}
            _ => {
                if value_start && depth == 0 {
                    plain = Some(b[line_start..i].iter().take_while(|&&c| c == b' ').count());
                }
                value_start = false;
            }
        }
        i += 1;
    }
    Ok(saw_alias)
}

/// Skips a quoted scalar that starts at `i`; returns the index after its closing quote. Only an escape, the
/// quote and a line's end mean anything inside, and the bytes between are skipped at once.
fn skip_quoted(b: &[u8], mut i: usize, line: &mut usize, line_start: &mut usize) -> usize {
    let quote = b[i];
    i += 1;
    while i < b.len() {
        let next = match quote {
            b'"' => memchr::memchr3(b'\\', b'"', b'\n', &b[i..]),
            _ => memchr::memchr2(quote, b'\n', &b[i..]),
        };
        let Some(k) = next else { return b.len() };
        i += k;
        match b[i] {
            // The escaped byte is skipped; an escaped line break (a line continued) is still a line.
            b'\\' => {
                if b.get(i + 1) == Some(&b'\n') {
                    *line += 1;
                    *line_start = i + 2;
                }
                i += 2;
            }
            b'\'' if quote == b'\'' && b.get(i + 1) == Some(&b'\'') => i += 2,
            c if c == quote => return i + 1,
            _ => {
                *line += 1;
                *line_start = i + 1;
                i += 1;
            }
        }
    }
    b.len()
}

/// Counts the document's values as written and as aliases would expand them.
fn check_expansion(text: &str) -> Result<(), Refusal> {
    let mut counter = Expansion::default();
    // A syntax error here is reported by serde_yaml, which runs next, with its own position.
    let _ = Parser::new_from_str(text).load(&mut counter, false);
    let limit = counter.written.saturating_mul(MAX_EXPANSION).saturating_add(EXPANSION_ALLOWANCE);
    if counter.expanded > limit {
        return Err(Refusal::TooManyAliases { written: counter.written, expanded: counter.expanded });
    }
    Ok(())
}

#[derive(Default)]
struct Expansion {
    /// Values of each open collection so far, with the collection's anchor.
    open: Vec<(usize, u64)>,
    /// Expanded size of each anchored value.
    anchored: HashMap<usize, u64>,
    written: u64,
    expanded: u64,
}

impl Expansion {
    fn add(&mut self, size: u64) {
        match self.open.last_mut() {
            Some((_, count)) => *count = count.saturating_add(size),
            None => self.expanded = self.expanded.saturating_add(size),
        }
    }
}

impl MarkedEventReceiver for Expansion {
    fn on_event(&mut self, event: Event, _: Marker) {
        match event {
            Event::Scalar(value, _, anchor, _) => {
                // A scalar weighs its length: one long text anchored and repeated is as costly as many values.
                let size = 1 + value.len() as u64;
                self.written += size;
                if anchor > 0 {
                    self.anchored.insert(anchor, size);
                }
                self.add(size);
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                self.written += 1;
                self.open.push((anchor, 1));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((anchor, size)) = self.open.pop() {
                    if anchor > 0 {
                        self.anchored.insert(anchor, size);
                    }
                    self.add(size);
                }
            }
            Event::Alias(anchor) => {
                self.written += 1;
                let size = self.anchored.get(&anchor).copied().unwrap_or(1);
                self.add(size);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_dataset_passes() {
        assert_eq!(check(include_str!("../../assets/districts.yaml")), Ok(false));
    }

    #[test]
    fn deep_flow_nesting_is_refused_where_it_starts() {
        let text = format!("districts: {}{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(check(&text), Err(Refusal::TooDeep { line: 1, column: 12 + MAX_FLOW_DEPTH }));
        let ok = format!("districts: {}{}", "[".repeat(10), "]".repeat(10));
        assert_eq!(check(&ok), Ok(false));
    }

    #[test]
    fn deep_block_nesting_is_refused() {
        let text = format!("districts:\n  {}x\n", "- ".repeat(1000));
        assert_eq!(check(&text), Err(Refusal::TooIndented { line: 2 }));
    }

    #[test]
    fn brackets_in_quotes_comments_and_plain_text_are_not_nesting() {
        let many = "[".repeat(200);
        for text in [
            format!("a: \"{many}\"\n"),
            format!("a: '{many}'\n"),
            format!("a: x # {many}\n"),
            format!("a: text{many}\n"),
            format!("a: |\n  {many}\n  more\nb: 1\n"),
            format!("a: \"x\\\"{many}\"\n"),
        ] {
            assert_eq!(check(&text), Ok(false), "{text}");
        }
    }

    #[test]
    fn a_line_continued_inside_double_quotes_still_counts_as_a_line() {
        let text = format!("a: \"x\\\n  y\"\nb: {}{}\n", "[".repeat(100), "]".repeat(100));
        assert!(matches!(check(&text), Err(Refusal::TooDeep { line: 3, .. })), "{:?}", check(&text));
    }

    #[test]
    fn a_quote_inside_a_block_scalar_does_not_hide_what_follows() {
        let text = format!("a: |\n  it's\nb: {}{}\n", "[".repeat(100), "]".repeat(100));
        assert!(matches!(check(&text), Err(Refusal::TooDeep { line: 3, .. })), "{:?}", check(&text));
    }

    #[test]
    fn a_quadratic_alias_bomb_is_refused() {
        let mut text = String::from("ids: &ids [");
        text.push_str(&vec!["x"; 3000].join(", "));
        text.push_str("]\nuses:\n");
        for _ in 0..3000 {
            text.push_str("  - *ids\n");
        }
        assert!(matches!(check(&text), Err(Refusal::TooManyAliases { .. })), "{:?}", check(&text));
    }

    #[test]
    fn one_long_text_repeated_by_aliases_is_refused() {
        let mut text = format!("lead: &long {}\nuses:\n", "长".repeat(100_000));
        for _ in 0..40 {
            text.push_str("  - *long\n");
        }
        assert!(matches!(check(&text), Err(Refusal::TooManyAliases { .. })), "{:?}", check(&text));
    }

    #[test]
    fn a_plain_text_going_on_over_lines_may_start_a_line_with_a_bracket() {
        let mut text = String::from("districts:\n");
        for i in 0..200 {
            text.push_str(&format!("  - id: d{i}\n    lead: 注释 - [见附件\n      [见附件{i}\n\n      - - [x\n"));
        }
        assert_eq!(check(&text), Ok(false));
        // Not a continuation: a line no deeper than the scalar's own, or after a comment.
        let deep = "[".repeat(100);
        for text in [format!("a: b\n{deep}\n"), format!("a: b # c\n  {deep}\n"), format!("- a\n- {deep}\n")] {
            assert!(matches!(check(&text), Err(Refusal::TooDeep { line: 2, .. })), "{text}: {:?}", check(&text));
        }
    }

    #[test]
    fn modest_aliases_are_fine() {
        let text = "base: &b {a: 1, b: 2}\nx: *b\ny: *b\n";
        assert_eq!(check(text), Ok(true));
    }

    use proptest::strategy::Strategy;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Skipping runs of text at once finds what a scan byte by byte finds, refusals and positions alike.
        #[test]
        fn the_scan_agrees_with_the_scan_byte_by_byte(
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    "[", "]", "{", "}", "'", "\"", "#", ": ", ":", "- ", "-", "? ", " ", "  ", "\n", "\n  ", "\r\n",
                    "|", ">", "*a", "&a ", "!t ", ",", "\\", "''", "x", "长", "lead: ", "[[[[[[[[", "]]]]]]]]", "\t",
                ]),
                0..80,
            ).prop_map(|parts| parts.concat()),
        ) {
            proptest::prop_assert_eq!(scan(&text), super::super::limits_bytewise::scan(&text), "{:?}", text);
        }
    }
}
