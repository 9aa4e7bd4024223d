//! A faster road for a batch whose highlights are written one JSON object a line, as large generated files
//! write them (`      - {"title":"…","text":"…"}`): those lines are read by serde_json, five to six times
//! faster than serde_yaml reads them, and the rest of the batch (the districts' own keys) by `plain_items`.
//!
//! YAML is a superset of JSON, so such a line means the same to both parsers; the rule below only lets
//! through lines where that is plainly so, and everything else takes serde_yaml's road, which reports
//! exactly what is wrong. A line is taken by serde_json only when it is, whole, `- {…}` at one indentation
//! right under a `highlights:` key of its own, holds no backslash (no escape sequence to read two ways), and
//! holds only characters YAML reads as text (no control character, no line break of its own, no byte-order
//! mark). Any doubt about a batch (a highlight in block style among them, a comment after one, a value
//! serde_json will not take, a district's key `plain_items` will not read) and the whole batch goes to
//! serde_yaml.
//!
//! What this road reads needs no scan for hostile shapes (`limits`), which took a tenth of a large file's
//! load: a JSON line read into the schema's types nests three deep at most and holds no alias, and no line
//! read here is indented past [`UNSCANNED_INDENT`]. The differential tests check that whatever this road
//! reads passes the scan.

use super::limits::UNSCANNED_INDENT;
use super::lines::indent;
use super::schema::{District, Highlight};

/// A batch's districts as this road reads them.
pub struct Read {
    pub districts: Vec<District>,
    /// Does some highlight line hold a character that sanitising must make visible? When none does, the
    /// highlights need no sanitising (only the districts' own texts do).
    pub highlights_need_care: bool,
}

/// The districts of a batch (its text as cut, `items` district items), read with its highlight lines by
/// serde_json; `None` when the batch is not entirely of the shape this road takes (serde_yaml then reads it).
pub fn read(batch: &str, items: usize) -> Option<Read> {
    let mut care = false;
    let mut rest = String::with_capacity(batch.len() / 4);
    // Each district's highlights as read here (`None`: it has none written as JSON lines).
    let mut highlights: Vec<Option<Vec<Highlight>>> = Vec::with_capacity(items);
    let mut lines = super::lines::of(batch).peekable();
    let first = lines.peek()?;
    let item_indent = indent(first);
    // The keys of an item stand where its first key stands, after `- `.
    let after_dash = first[item_indent..].strip_prefix('-')?;
    let key_indent = item_indent + 1 + indent(after_dash);
    while let Some(line) = lines.next() {
        let content = line.trim_end_matches(['\n', '\r']);
        if indent(content) == item_indent && content[item_indent..].starts_with('-') {
            highlights.push(None);
        }
        if !is_highlights_key(content, key_indent) {
            rest.push_str(line);
            continue;
        }
        // The highlights key: its JSON lines, then what follows them must end the sequence.
        let mut read = Vec::new();
        let mut json_indent = None;
        while let Some(next) = lines.peek() {
            let content = next.trim_end_matches(['\n', '\r']);
            let trimmed = content.trim_start_matches(' ');
            if indent(content) > UNSCANNED_INDENT {
                return None; // these lines are not scanned for hostile shapes: none is too indented
            }
            if trimmed.is_empty() || trimmed.starts_with('#') {
                lines.next();
                continue;
            }
            let at = indent(content);
            let Some(json) = trimmed.strip_prefix("- ").filter(|j| j.starts_with('{') && j.ends_with('}')) else {
                break;
            };
            if at < key_indent || json_indent.is_some_and(|i| i != at) {
                return None;
            }
            care |= look(json)?;
            json_indent = Some(at);
            read.push(serde_json::from_str::<Highlight>(json).ok()?);
            lines.next();
        }
        // The sequence must end here: the next line is a key of the item or the next item, never more of it.
        if let Some(next) = lines.peek() {
            let content = next.trim_end_matches(['\n', '\r']);
            let at = indent(content);
            let dash = content[at..].starts_with('-');
            let ends = (at == key_indent && !dash) || (at == item_indent && dash);
            if !ends {
                return None;
            }
        }
        if read.is_empty() {
            return None; // block-style highlights: serde_yaml's
        }
        read.shrink_to_fit();
        let slot = highlights.last_mut()?;
        if slot.is_some() {
            return None; // two `highlights:` keys: serde_yaml says so
        }
        *slot = Some(read);
        rest.push_str(&line[..key_indent]);
        rest.push_str("highlights: []\n");
    }
    // The districts' own keys must be of the plainest kind, each whole on its line (`plain_items`): only then
    // is every line above what it seems. A value quoted over several lines could hold a line that looks like
    // `highlights:` and JSON lines after it, which YAML reads as text; such a batch is serde_yaml's.
    // `plain_items` reads no highlights (`highlights: []` alone), so every highlight is one looked at above.
    let mut districts = super::plain_items::parse(&rest, items)?;
    if districts.len() != items || highlights.len() != items {
        return None;
    }
    for (district, read) in districts.iter_mut().zip(highlights) {
        if let Some(read) = read {
            district.highlights = read;
        }
    }
    Some(Read { districts, highlights_need_care: care })
}

/// The districts [`read`] reads.
#[cfg(test)]
fn parse(batch: &str, items: usize) -> Option<Vec<District>> {
    read(batch, items).map(|r| r.districts)
}

/// Is the line exactly the key `highlights:` at the item's keys' indentation (trailing blanks aside)?
fn is_highlights_key(content: &str, key_indent: usize) -> bool {
    indent(content) == key_indent && content[key_indent..].trim_end_matches(' ') == "highlights:"
}

/// Does the text hold only what YAML and JSON read alike: printable characters that are not a backslash,
/// a line break of YAML's own (NEL, LS, PS) or a byte-order mark?
pub(super) fn json_safe(text: &str) -> bool {
    look(text).is_some()
}

/// [`json_safe`] and, in the same look, whether the text holds a character that sanitising must make
/// visible: `None` when it is not safe, otherwise `Some(needs care)`. Every string serde_json reads from a
/// safe line (no backslash, so no escape) is a piece of the line's bytes, so a line that needs no care
/// gives strings that need none.
fn look(text: &str) -> Option<bool> {
    use super::bytes::each;
    use super::sanitize::{may_need_care, needs_care_at};
    let b = text.as_bytes();
    let care = std::cell::Cell::new(false);
    let marks = |w| may_need_care(w) | each(w, b'\\') | each(w, 0xEF);
    let refused = super::bytes::any_rare(b, may_begin_refusal_or_care, marks, |i| {
        care.set(care.get() || needs_care_at(b, i));
        refused_at(b, i)
    });
    (!refused).then(|| care.get())
}

/// Could a refused character, or one that needs care, begin at byte `x`, followed by `next`? EF, the lead byte
/// of the full-width punctuation in nearly every block of Chinese text, counts only before BB or BF (the
/// byte-order mark, the non-characters).
fn may_begin_refusal_or_care(x: u8, next: u8) -> bool {
    super::sanitize::may_begin_care(x) | (x == b'\\') | ((x == 0xEF) & ((next == 0xBB) | (next == 0xBF)))
}

/// Does a refused character begin at `b[i]`? Below 0x80 printable ASCII but the backslash is text; C2 80–9F
/// are the C1 controls (NEL among them); E2 80 A8/A9 are LS and PS; EF BB BF is the byte-order mark, EF BF
/// BE/BF the non-characters. Lead bytes never occur inside a character.
fn refused_at(b: &[u8], i: usize) -> bool {
    match b[i] {
        b'\\' => true,
        0x20..=0x7E | 0x80..=0xBF => false,
        0x00..=0x1F | 0x7F => true,
        0xC2 => matches!(b.get(i + 1), Some(0x80..=0x9F)),
        0xE2 => matches!((b.get(i + 1), b.get(i + 2)), (Some(0x80), Some(0xA8 | 0xA9))),
        0xEF => matches!((b.get(i + 1), b.get(i + 2)), (Some(0xBB), Some(0xBF)) | (Some(0xBF), Some(0xBE | 0xBF))),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(batch: &str) -> Option<Vec<District>> {
        serde_yaml::from_str(batch).ok()
    }

    const ITEM: &str = "  - id: a\n    name: 甲\n    pinyin: Jia\n    highlights:\n      - {\"title\":\"T\",\"text\":\"一，二。\",\"themes\":[\"x\"],\"figures\":[{\"value\":\"3\",\"unit\":\"个\",\"what\":\"项\"}]}\n    lead: 导语\n";

    #[test]
    fn json_lines_give_what_serde_yaml_gives() {
        let plain = "  - id: a\n    name: 甲\n    pinyin: Jia\n    highlights:\n      - {\"title\":\"T\",\"text\":\"一: 二 # 三\",\"themes\":[\"x\",\"y\"],\"figures\":[{\"value\":\"3\",\"unit\":\"个\",\"what\":\"项\"}]}\n\n      # a comment\n      - {\"title\": \"U\", \"text\": \"“引号”\"}\n    lead: 导语\n  - id: b\n    name: 乙\n    pinyin: Yi\n    lead: 只有导语\n";
        let fast = parse(plain, 2).expect("the fast road");
        assert_eq!(Some(fast.clone()), yaml(plain));
        assert_eq!(fast[0].highlights.len(), 2);
        // Compact notation: the sequence at the key's own indentation.
        let compact = plain.replace("      - {", "    - {").replace("      # a", "    # a");
        assert_eq!(parse(&compact, 2), yaml(&compact));
        assert!(parse(&compact, 2).is_some());
    }

    #[test]
    fn anything_in_doubt_goes_to_serde_yaml() {
        // An escape sequence (read two ways in principle), a block-style highlight among JSON ones, a
        // comment after a line, a control character, a value JSON will not take as text, two keys.
        assert!(parse(ITEM, 1).is_some(), "the item itself takes the fast road");
        for batch in [
            ITEM.replace("一，二。", "一\\u0020二"),
            ITEM.replace("    lead: 导语\n", "      - title: V\n        text: 块\n    lead: 导语\n"),
            ITEM.replace("\"项\"}]}\n", "\"项\"}]} # note\n"),
            ITEM.replace("一，二。", "一\u{7f}二"),
            ITEM.replace("一，二。", "一\u{85}二"),
            ITEM.replace("一，二。", "一\u{feff}二"),
            ITEM.replace("\"value\":\"3\"", "\"value\":3"),
            ITEM.replace("    lead: 导语\n", "    highlights:\n      - {\"title\":\"W\",\"text\":\"重复\"}\n"),
            ITEM.replace("      - {", "        - {")
                .replace("    lead: 导语\n", "      - {\"title\":\"W\",\"text\":\"歪\"}\n"),
            // Indented past what is read unscanned (the scan refuses lines past 512 columns).
            ITEM.replace("      - {", &format!("{}- {{", " ".repeat(600))),
            // A district's key that is not of the plainest kind.
            ITEM.replace("    lead: 导语\n", "    lead: >\n      导语\n"),
            ITEM.replace("    highlights:\n", &format!("    highlights:\n{}\n", " ".repeat(600))),
        ] {
            assert_ne!(batch, ITEM);
            assert_eq!(parse(&batch, 1), None, "{batch}");
        }
    }

    #[test]
    fn the_byte_by_byte_look_agrees_with_the_rule_for_every_character() {
        let rule = |c: char| match c {
            '\\' => false,
            ' '..='~' => true,
            '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}' => false,
            c => c >= '\u{a0}',
        };
        for code in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(code) else { continue };
            assert_eq!(json_safe(&format!("a{c}中")), rule(c), "U+{code:04X}");
            // Past the first word of eight bytes, and across the border of two.
            for before in ["长长长", "abcdefg"] {
                assert_eq!(json_safe(&format!("{before}{c}长长长")), rule(c), "U+{code:04X} after {before}");
            }
            // At every place of a word, and in the last bytes, looked at one by one: for the characters whose
            // first byte the words are looked at for, and for others now and then.
            if c.len_utf8() > 1 && matches!(c.to_string().as_bytes()[0], 0xC2 | 0xE2 | 0xEF) || code % 61 == 0 {
                for at in 0..12 {
                    let before = "a".repeat(at);
                    assert_eq!(json_safe(&format!("{before}{c}长长长")), rule(c), "U+{code:04X} at {at}");
                    assert_eq!(json_safe(&format!("{before}{c}")), rule(c), "U+{code:04X} last, at {at}");
                    // In a later block of 32 bytes, and across the border of two.
                    let long = format!("{before}{}", "长".repeat(10));
                    assert_eq!(json_safe(&format!("{long}{c}{long}")), rule(c), "U+{code:04X} after {}", long.len());
                }
            }
        }
    }

    #[test]
    fn every_refused_or_careful_character_begins_where_the_block_look_looks() {
        use crate::dataset::sanitize::needs_care_at;
        // Every first two bytes; every third only after the lead bytes whose rules read it (E2 and EF; C2 and
        // D8 read two bytes).
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                let thirds = if matches!(x, 0xE2 | 0xEF) { 0..=255u8 } else { 0..=0 };
                for z in thirds {
                    let b = [x, y, z];
                    if refused_at(&b, 0) || needs_care_at(&b, 0) {
                        assert!(may_begin_refusal_or_care(x, y), "{b:02x?}");
                    }
                }
            }
        }
        // The full-width comma and colon (EF BC 8C, EF BC 9A) do not make a block looked through.
        assert!(!may_begin_refusal_or_care(0xEF, 0xBC));
    }

    proptest::proptest! {
        /// The words' look agrees with the byte-by-byte rule on any text of the bytes that matter.
        #[test]
        fn the_words_look_agrees_with_the_bytes(parts in proptest::collection::vec(proptest::sample::select(&[
            "a", "中", "“", "”", "，", "\\", "\u{7f}", "\u{1}", "\t", "\u{85}", "\u{a0}", "·", "\u{2028}", "\u{2029}",
            "\u{feff}", "\u{fffe}", "\u{ffff}", "\u{fffd}", "\u{fec0}", "—", "…",
        ][..]), 0..30)) {
            let text = parts.concat();
            let b = text.as_bytes();
            proptest::prop_assert_eq!(json_safe(&text), !(0..b.len()).any(|i| refused_at(b, i)), "{:?}", text);
        }
    }

    #[test]
    fn it_says_whether_the_highlights_need_care() {
        let care = |batch: &str| read(batch, 1).map(|r| r.highlights_need_care);
        assert_eq!(care(ITEM), Some(false));
        for bidi in ['\u{202e}', '\u{2066}', '\u{200f}', '\u{61c}'] {
            assert_eq!(care(&ITEM.replace("一，二。", &format!("一{bidi}二"))), Some(true), "{bidi:?}");
            // In the district's own texts it is for sanitising them to find, not this.
            assert_eq!(care(&ITEM.replace("导语", &format!("导{bidi}语"))), Some(false), "{bidi:?}");
        }
        // Far into a long text, past the first blocks of 32 bytes looked at whole.
        let long = "一二三四五六七八九十".repeat(4);
        assert_eq!(care(&ITEM.replace("一，二。", &format!("{long}\u{202e}{long}"))), Some(true));
        assert_eq!(care(&ITEM.replace("一，二。", &format!("{long}，{long}"))), Some(false));
        // Highlights written otherwise are serde_yaml's, whose every text is sanitised.
        let flow = "  - id: a\n    name: 甲\n    pinyin: Jia\n    highlights: [{title: T, text: \"X\\e[2J\"}]\n";
        assert_eq!(care(flow), None);
    }

    #[test]
    fn a_value_quoted_over_several_lines_is_read_by_serde_yaml_whatever_it_holds() {
        // What looks like a `highlights:` key and a JSON line is text inside the quotes (or, with double
        // quotes, a mistake serde_yaml reports).
        for quote in ['\'', '"'] {
            let batch = format!(
                "  - id: a\n    name: 甲\n    pinyin: Jia\n    lead: {quote}start\n    highlights:\n      - {{\"title\":\"T\",\"text\":\"x\"}}\n    end{quote}\n"
            );
            assert_eq!(parse(&batch, 1), None, "{batch}");
        }
    }

    #[test]
    fn a_batch_without_json_lines_is_read_as_it_is() {
        let block = "  - id: a\n    name: 甲\n    pinyin: Jia\n    lead: 导语\n";
        assert_eq!(parse(block, 1), yaml(block));
        assert_eq!(parse(block, 2), None, "the count of items must agree");
    }

    mod differential {
        use proptest::prelude::*;

        use super::{parse, yaml};

        /// Characters that mean something to YAML or JSON but are text inside a quoted string …
        const SAFE: &[&str] = &[
            "a", "中", "“", "#", ": ", ":", " ", "{", "}", "[", "]", ",", "'", "&a", "*a", "!", "|", ">", "%", "@",
            "`", "\u{a0}", "\u{3000}", "😀", "-", "- ", "? ", "---",
        ];
        /// … and what one of them refuses or reads otherwise.
        const BREAKING: &[&str] =
            &["\"", "\\", "\t", "\u{85}", "\u{2028}", "\u{feff}", "\u{7f}", "\u{1}", "\r", "\\n", "\\u4e2d", "\\/"];

        fn text() -> impl Strategy<Value = String> {
            let part = prop_oneof![
                12 => proptest::sample::select(SAFE),
                1 => proptest::sample::select(BREAKING),
            ];
            proptest::collection::vec(part, 0..6).prop_map(|parts| parts.concat())
        }

        /// One highlight line as a file might hold it: spacing, extra fields, a trailing comment, or not JSON.
        fn line() -> impl Strategy<Value = String> {
            (text(), text(), 0..8u8, 0..10u8).prop_map(|(title, body, spacing, extra)| {
                let sep = if spacing == 1 { ": " } else { ":" };
                let mut json = format!("{{\"title\"{sep}\"{title}\",\"text\"{sep}\"{body}\"");
                match extra {
                    1 => json.push_str(",\"themes\":[\"x\"]"),
                    2 => json.push_str(",\"figures\":[{\"value\":\"3\",\"unit\":\"个\",\"what\":\"项\"}]"),
                    3 => json.push_str(",\"themes\":7"),
                    4 => json.push_str(",\"title\":\"twice\""),
                    _ => {}
                }
                json.push('}');
                match spacing {
                    2 => format!("{json} # note"),
                    3 => format!("{json}   "),
                    _ => json,
                }
            })
        }

        fn item() -> impl Strategy<Value = String> {
            (proptest::collection::vec(line(), 0..3), 0..4u8, text()).prop_map(|(lines, layout, lead)| {
                let mut item = String::from("  - id: a\n    name: 甲\n    pinyin: Jia\n");
                if !lines.is_empty() {
                    item.push_str(if layout == 3 { "    highlights:  \n" } else { "    highlights:\n" });
                    for (i, l) in lines.iter().enumerate() {
                        let at = if layout == 1 { "    " } else { "      " };
                        if layout == 2 && i == 1 {
                            item.push_str("\n      # between\n");
                        }
                        item.push_str(&format!("{at}- {l}\n"));
                    }
                }
                item.push_str(&format!("    lead: \"{lead}\"\n"));
                item
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 5000, ..ProptestConfig::default() })]

            /// Whatever the fast road reads, serde_yaml reads the same; what serde_yaml refuses, it refuses.
            #[test]
            fn the_fast_road_never_reads_otherwise_than_serde_yaml(items in proptest::collection::vec(item(), 1..3)) {
                let batch = items.concat();
                if let Some(fast) = parse(&batch, items.len()) {
                    prop_assert_eq!(crate::dataset::limits::check(&batch), Ok(false), "{}", batch);
                    prop_assert_eq!(Some(fast), yaml(&batch), "{}", batch);
                }
            }
        }

        #[test]
        fn the_fast_road_is_taken_by_a_generated_file() {
            let text = crate::synthetic::yaml(64);
            let at = text.find("  - id: d0").expect("the first district");
            assert!(parse(&text[at..], 64).is_some());
            assert_eq!(parse(&text[at..], 64), yaml(&text[at..]));
        }
    }
}
