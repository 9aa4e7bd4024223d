//! The districts' own keys (`id`, `name`, `lead` …) read without a YAML parser, when every line of them is
//! of the plainest kind: what is left of a batch once `json_lines` has taken its highlights out. serde_yaml
//! took about a tenth of a large file's cold load for these few lines a district; read here they cost a
//! fraction of that.
//!
//! As for the JSON lines, the rule only lets through what YAML plainly reads one way, and anything else goes
//! to serde_yaml, which reports exactly what is wrong. A line is read here only when it is `key: value` with
//! one space after the colon, at the indentation of its item's keys (the first after `- `), the key one of a
//! district's and not yet given, and the value either
//! - a double-quoted string with no quote inside, of characters YAML reads as text (the same rule as a JSON
//!   line's, which also refuses every backslash, so that no escape is read), or
//! - a plain word: it begins with a letter (an ASCII letter or any character above ASCII, so never an
//!   indicator, a digit or a sign), holds no `#` or `:`, does not end with a space and holds only
//!   characters YAML reads as text. Where a string is wanted serde_yaml takes a plain word as its text, even
//!   one YAML could resolve otherwise (`null`, `yes`): the differential test below holds it to that;
//!
//! or `highlights: []`. No blank line, comment, continued value or other style is read here.

use super::json_lines::json_safe;
use super::limits::UNSCANNED_INDENT;
use super::lines;
use super::schema::{District, Text};

/// The districts written in `rest` (`items` of them), or `None` when any line is not of the plainest kind.
pub fn parse(rest: &str, items: usize) -> Option<Vec<District>> {
    let mut districts = Vec::with_capacity(items);
    let first = lines::of(rest).next()?;
    let item_indent = lines::indent(first);
    if item_indent > UNSCANNED_INDENT {
        return None; // these lines are not scanned for hostile shapes: none is too indented
    }
    let key_indent = item_indent + 2;
    let mut item: Option<Item> = None;
    for line in lines::of(rest) {
        let content = line.strip_suffix('\n').unwrap_or(line);
        let content = content.strip_suffix('\r').unwrap_or(content);
        let pair = if lines::indent(content) == item_indent && content[item_indent..].starts_with("- ") {
            if let Some(done) = item.take() {
                districts.push(done.district()?);
            }
            item = Some(Item::default());
            &content[key_indent..]
        } else if lines::indent(content) == key_indent {
            &content[key_indent..]
        } else {
            return None;
        };
        item.as_mut()?.set(pair)?;
    }
    districts.push(item?.district()?);
    (districts.len() == items).then_some(districts)
}

/// One district's keys as they are read.
#[derive(Default)]
struct Item {
    id: Option<Text>,
    name: Option<Text>,
    pinyin: Option<Text>,
    en: Option<Text>,
    lead: Option<Text>,
    lead_en: Option<Text>,
    highlights: bool,
}

impl Item {
    /// Takes `key: value`; `None` when it is not of the plainest kind or the key is unknown or given twice.
    fn set(&mut self, pair: &str) -> Option<()> {
        let (key, value) = pair.split_once(": ")?;
        if key == "highlights" {
            // As `json_lines` leaves the key whose JSON lines it took (or as a file writes no highlights).
            return (value == "[]" && !std::mem::replace(&mut self.highlights, true)).then_some(());
        }
        let slot = match key {
            "id" => &mut self.id,
            "name" => &mut self.name,
            "pinyin" => &mut self.pinyin,
            "en" => &mut self.en,
            "lead" => &mut self.lead,
            "lead_en" => &mut self.lead_en,
            _ => return None,
        };
        if slot.is_some() {
            return None;
        }
        *slot = Some(Text::from(scalar(value)?));
        Some(())
    }

    /// The district, when every key it must have was given.
    fn district(self) -> Option<District> {
        Some(District {
            id: self.id?,
            name: self.name?,
            pinyin: self.pinyin?,
            en: self.en.unwrap_or_default(),
            lead: self.lead.unwrap_or_default(),
            lead_en: self.lead_en.unwrap_or_default(),
            highlights: Vec::new(),
            edition: 0,
            year: None,
        })
    }
}

/// The text of a value of the plainest kind, or `None`.
fn scalar(value: &str) -> Option<&str> {
    if let Some(quoted) = value.strip_prefix('"') {
        let inner = quoted.strip_suffix('"')?;
        return (!inner.contains('"') && json_safe(inner)).then_some(inner);
    }
    let first = value.chars().next()?;
    let word = (first.is_ascii_alphabetic() || !first.is_ascii())
        && !value.ends_with(' ')
        && !value.contains(['#', ':'])
        && json_safe(value);
    word.then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(rest: &str) -> Option<Vec<District>> {
        serde_yaml::from_str(rest).ok()
    }

    const ITEM: &str = "  - id: a\n    name: \"甲 乙\"\n    pinyin: Jia\n    en: District A\n    lead: 导语，有“引号”\n    highlights: []\n";

    #[test]
    fn the_plainest_lines_give_what_serde_yaml_gives() {
        let two = format!("{ITEM}{}", ITEM.replace("id: a", "id: b").replace("    en: District A\n", ""));
        let fast = parse(&two, 2).expect("the fast road");
        assert_eq!(Some(fast.clone()), yaml(&two));
        assert_eq!(fast[1].id, "b");
        assert_eq!(fast[1].en, "");
        assert_eq!(fast[0].lead, "导语，有“引号”");
        let crlf = two.replace('\n', "\r\n");
        assert_eq!(parse(&crlf, 2), yaml(&crlf));
        assert!(parse(&crlf, 2).is_some());
        // At the top level, as a batch of the first items may be cut.
        let top = "- id: a\n  name: 甲\n  pinyin: Jia\n";
        assert_eq!(parse(top, 1), yaml(top));
        assert!(parse(top, 1).is_some());
    }

    #[test]
    fn anything_in_doubt_goes_to_serde_yaml() {
        assert!(parse(ITEM, 1).is_some(), "the item itself takes the fast road");
        assert_eq!(parse(ITEM, 2), None, "the count of items must agree");
        let deep = ITEM.replace('\n', &format!("\n{}", " ".repeat(600)));
        let deep = format!("{}{}", " ".repeat(600), deep.trim_end_matches(' '));
        assert!(crate::dataset::limits::check(&deep).is_err(), "the scan refuses it");
        assert_eq!(parse(&deep, 1), None, "indented past what is read unscanned");
        for changed in [
            ("    pinyin: Jia\n", ""),                                   // a key a district must have
            ("    en: District A\n", "    en: District A\n    en: B\n"), // twice
            ("    en: District A\n", "    area: 41\n"),                  // not a district's key
            ("en: District A", "en:  District A"),                       // two spaces
            ("en: District A", "en: District A "),                       // a trailing space
            ("en: District A", "en: District A # note"),                 // a comment
            ("en: District A", "en: 'District A'"),                      // single quotes
            ("en: District A", "en: 12"),                                // a number
            ("en: District A", "en: ~"),                                 // null
            ("en: District A", "en: -A"),                                // an indicator first
            ("en: District A", "en: A: B"),                              // a mapping in a word
            ("en: District A", "en: |"),                                 // a block scalar
            ("en: District A", "en: \"A \\\" B\""),                      // an escape
            ("en: District A", "en: \"A\" B"),                           // more after the quote
            ("en: District A", "en: A\u{85}B"),                          // a line break of YAML's own
            ("    lead: 导语", "    lead: 导语\n      续"),              // a continued value
            ("    lead: 导语", "\n    lead: 导语"),                      // a blank line
            ("    lead: 导语", "    # note\n    lead: 导语"),            // a comment line
            ("highlights: []", "highlights:"),                           // highlights of another kind
            ("  - id: a", "  -   id: a"),                                // keys at another indentation
        ] {
            let batch = ITEM.replace(changed.0, changed.1);
            assert_ne!(batch, ITEM, "{changed:?}");
            assert_eq!(parse(&batch, 1), None, "{batch}");
        }
    }

    #[test]
    fn a_word_is_its_text_as_serde_yaml_reads_it_for_a_string() {
        for word in ["null", "Yes", "off", "Nord", "中文 words", "A-1.5 (b)"] {
            let item = ITEM.replace("en: District A", &format!("en: {word}"));
            let fast = parse(&item, 1).expect("a plain word");
            assert_eq!(fast[0].en, word);
            assert_eq!(Some(fast), yaml(&item));
        }
    }

    mod differential {
        use proptest::prelude::*;

        use super::{parse, yaml};

        /// Pieces of a value: plain text, and what YAML reads otherwise in some place.
        const PIECES: &[&str] = &[
            "a", "Qu", "19", "中", "“", " ", "#", " #", ":", ": ", "-", "- ", "?", "'", "\"", "\\", "\\n", "!", "&a",
            "*a", "|", ">", "%", "@", "`", "[", "]", "{", "}", ",", "~", "null", "yes", "Off", ".inf", "0x1F", "1e3",
            "\t", "\u{85}", "\u{a0}", "\u{3000}", "\u{2028}", "\u{feff}", "\u{7f}", "\u{1}", "😀", "---",
        ];

        /// Words YAML may read as something other than text when they stand alone.
        const WORDS: &[&str] =
            &["null", "Null", "~", "true", "yes", "Off", "y", "N", "12", "-3", "1e3", ".inf", "0x1F"];

        fn value() -> impl Strategy<Value = String> {
            let text = prop_oneof![
                3 => (proptest::sample::select(&["a", "Qu", "中", "District"]), proptest::collection::vec(proptest::sample::select(PIECES), 0..3))
                    .prop_map(|(word, parts)| format!("{word}{}", parts.concat())),
                1 => proptest::collection::vec(proptest::sample::select(PIECES), 0..5).prop_map(|parts| parts.concat()),
                1 => proptest::sample::select(WORDS).prop_map(str::to_string),
            ];
            (text, 0..5u8).prop_map(|(text, quote)| match quote {
                0 => format!("\"{text}\""),
                1 => format!("'{text}'"),
                _ => text,
            })
        }

        /// A key line: a district's key or another, at the keys' indentation or not, with one space or more.
        fn line() -> impl Strategy<Value = String> {
            let key =
                proptest::sample::select(&["id", "name", "pinyin", "en", "lead", "lead_en", "highlights", "area"]);
            (key, value(), 0..16u8).prop_map(|(key, value, layout)| match layout {
                1 => format!("     {key}: {value}\n"),
                2 => format!("    {key}:  {value}\n"),
                3 => format!("    {key}: []\n"),
                4 => format!("\n    {key}: {value}\n"),
                _ => format!("    {key}: {value}\n"),
            })
        }

        fn item() -> impl Strategy<Value = String> {
            (value(), proptest::collection::vec(line(), 0..4), 0..4u8).prop_map(|(id, lines, start)| {
                let mut item = match start {
                    0 => format!("  - id: {id}\n"),
                    _ => "  - id: a\n".to_string(),
                };
                if start < 3 {
                    item.push_str("    name: 甲\n    pinyin: Jia\n");
                }
                item.push_str(&lines.concat());
                item
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 5000, ..ProptestConfig::default() })]

            /// Whatever is read here, serde_yaml reads the same; what serde_yaml refuses is refused here.
            #[test]
            fn the_plainest_lines_are_never_read_otherwise_than_serde_yaml(items in proptest::collection::vec(item(), 1..3)) {
                let rest = items.concat();
                if let Some(fast) = parse(&rest, items.len()) {
                    prop_assert_eq!(crate::dataset::limits::check(&rest), Ok(false), "{}", rest);
                    prop_assert_eq!(Some(fast), yaml(&rest), "{}", rest);
                }
            }
        }

        #[test]
        fn a_generated_file_takes_the_fast_road() {
            let text = crate::synthetic::yaml(64);
            let at = text.find("  - id: d0").expect("the first district");
            let mut rest = String::new();
            let mut in_highlights = false;
            for line in text[at..].split_inclusive('\n') {
                if line.trim_start().starts_with("- {") && in_highlights {
                    continue;
                }
                in_highlights = line.trim_end() == "    highlights:";
                rest.push_str(if in_highlights { "    highlights: []\n" } else { line });
            }
            let fast = parse(&rest, 64).expect("every line of the plainest kind");
            assert_eq!(Some(fast), yaml(&rest));
        }
    }
}
