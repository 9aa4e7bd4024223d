//! Writing dataset text into Markdown so that it reads as the text it is, never as markup.

/// Escapes the characters Markdown would take as markup (emphasis, links, HTML, tables, and `#` where it
/// would begin a heading) and folds line breaks into spaces, so a value stays inside its paragraph or cell.
/// A web address is written as an autolink (`<https://…>`), inside which nothing is markup, so it stays the
/// address it is rather than gaining backslashes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.starts_with('#') {
        out.push('\\');
    }
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("https://") || rest.starts_with("http://") {
            let end = rest.find(|c: char| !c.is_ascii_graphic() || "<>|".contains(c)).unwrap_or(rest.len());
            out.push('<');
            out.push_str(&rest[..end]);
            out.push('>');
            rest = &rest[end..];
            continue;
        }
        rest = &rest[c.len_utf8()..];
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A paragraph of dataset text: escaped, and kept from starting a list ("1. …", "- …", "+ …").
pub fn paragraph(s: &str) -> String {
    let escaped = escape(s);
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    match escaped.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => format!("{}\\{}", &escaped[..digits], &escaped[digits..]),
        Some(b'-' | b'+') if digits == 0 => format!("\\{escaped}"),
        _ => escaped,
    }
}

/// A heading of `level` (1 for `#`).
pub fn heading(level: usize, text: &str) -> String {
    format!("{} {}", "#".repeat(level.clamp(1, 6)), text)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_web_address_stays_the_address_it_is() {
        assert_eq!(
            escape("出处：《北京人大》，https://www.bjrd.gov.cn/a/t2021_22.html"),
            "出处：《北京人大》，<https://www.bjrd.gov.cn/a/t2021_22.html>"
        );
        assert_eq!(escape("http://x.y/<script>"), "<http://x.y/>\\<script\\>", "no markup gets into the link");
        assert_eq!(escape("not_a_link"), "not\\_a\\_link");
    }

    use super::*;

    #[test]
    fn markup_in_the_data_is_escaped() {
        assert_eq!(escape("a*b*_c_ [x](y) <b> |"), "a\\*b\\*\\_c\\_ \\[x\\](y) \\<b\\> \\|");
        assert_eq!(escape("两行\n文字"), "两行 文字");
        assert_eq!(escape("#1 of #2"), "\\#1 of #2", "only a leading # could make a heading");
        assert_eq!(heading(2, "东城"), "## 东城");
        assert_eq!(paragraph("1. 第一"), "1\\. 第一");
        assert_eq!(paragraph("- 一"), "\\- 一");
        assert_eq!(paragraph("2020年"), "2020年");
    }
}
