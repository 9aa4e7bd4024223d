//! What the import is given, before it is read as an article: bytes that must be text (UTF-8, no NUL, not
//! empty, not too large), told apart as plain text or a page saved as HTML.

use super::ImportError;

/// An article of this column is about 20 KB of text and its saved page a few hundred KB; a file many times
/// larger is something else, and is refused before it is parsed.
pub const MAX_BYTES: u64 = 8 * 1024 * 1024;

/// The two forms a reader has an article in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Copied from the page: breadcrumbs, title, buttons and paragraphs, one per line.
    Text,
    /// The page saved from a browser.
    Html,
}

/// The bytes as text, with their form; a byte-order mark and carriage returns are dropped.
pub fn decode(bytes: &[u8]) -> Result<(String, Form), ImportError> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(ImportError::TooLarge { limit: MAX_BYTES });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // UTF-16 (a byte-order mark, then NUL bytes in every other place) is text, just not in UTF-8.
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(ImportError::NotUtf8 { line: 1, column: 1 });
    }
    if bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let start = before.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
        ImportError::NotUtf8 { line, column }
    })?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let form = if looks_like_html(&text) { Form::Html } else { Form::Text };
    Ok((text, form))
}

/// A saved page begins with its doctype or a tag and has the elements of a document.
fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(2048).collect::<String>().to_ascii_lowercase();
    head.starts_with('<')
        && ["<!doctype html", "<html", "<head", "<body", "<meta", "<p", "<div"].iter().any(|t| head.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_html_are_told_apart() {
        assert_eq!(decode("东城 人大常委会…".as_bytes()).map(|(_, f)| f), Ok(Form::Text));
        assert_eq!(decode(b"<!DOCTYPE html><html><body><p>x</p></body></html>").map(|(_, f)| f), Ok(Form::Html));
        assert_eq!(decode("\u{feff}  <html>".as_bytes()).map(|(_, f)| f), Ok(Form::Html), "after a BOM");
        assert_eq!(decode(b"a < b, c > d").map(|(_, f)| f), Ok(Form::Text));
        assert_eq!(decode(b"one\r\ntwo\rthree").map(|(t, _)| t), Ok("one\ntwo\nthree".to_string()));
    }

    #[test]
    fn what_is_not_text_is_refused() {
        assert_eq!(decode(b""), Err(ImportError::Empty));
        assert_eq!(decode(b" \n\t\n"), Err(ImportError::Empty));
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(ImportError::Binary));
        assert_eq!(
            decode("第一行\n第二\u{7f}".as_bytes().iter().copied().chain([0xB6, 0xAB]).collect::<Vec<u8>>().as_slice()),
            Err(ImportError::NotUtf8 { line: 2, column: 4 })
        );
        let large = vec![b'a'; MAX_BYTES as usize + 1];
        assert!(matches!(decode(&large), Err(ImportError::TooLarge { .. })));
    }
}
