//! The nesting scan of `limits` as it was before it skipped runs of text with memchr: a byte at a time (with
//! the one fix made since to both: an escaped line break in double quotes counts as a line). The tests check
//! that the scan gives the same answer, refusal and position for any text.

use super::limits::{MAX_BLOCK_COLUMNS, MAX_FLOW_DEPTH, Refusal};

pub fn scan(text: &str) -> Result<bool, Refusal> {
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

fn skip_quoted(b: &[u8], mut i: usize, line: &mut usize, line_start: &mut usize) -> usize {
    let quote = b[i];
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' if quote == b'"' => {
                if b.get(i + 1) == Some(&b'\n') {
                    *line += 1;
                    *line_start = i + 2;
                }
                i += 1;
            }
            b'\'' if quote == b'\'' && b.get(i + 1) == Some(&b'\'') => i += 1,
            c if c == quote => return i + 1,
            b'\n' => {
                *line += 1;
                *line_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    i
}
