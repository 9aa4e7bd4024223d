//! Where each line of a dataset belongs, read line by line: its head, the `districts:` key, the start of a
//! district item or the rest of one. Anything out of the usual shape ends the reading in pieces.

/// Where a line belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// Before the `districts:` key.
    Head,
    /// The `districts:` key itself, or a blank or comment line before its first item.
    Between,
    /// The first line of a district item (`- id: …`).
    ItemStart,
    /// Any later line of the current item.
    Item,
}

/// Follows the usual shape line by line: the head, the `districts:` key at the top level, then its `- `
/// items, all at one indentation.
#[derive(Debug, Default)]
pub(super) struct Shape {
    in_districts: bool,
    item_indent: Option<usize>,
}

impl Shape {
    /// Where `line` belongs; `None` for anything unusual: another top-level key after the districts, a
    /// second document, flow style.
    pub(super) fn place(&mut self, line: &str) -> Option<Place> {
        let content = line.strip_suffix('\n').unwrap_or(line);
        let content = content.strip_suffix('\r').unwrap_or(content);
        // YAML also breaks lines at a lone CR, NEL, LS and PS: a line holding one is two lines to the parser,
        // and cutting by `\n` alone could drop the second.
        if content.starts_with("---") || content.starts_with("...") || hides_a_line_break(content) {
            return None;
        }
        if !self.in_districts {
            self.in_districts = is_districts_key(content);
            return Some(if self.in_districts { Place::Between } else { Place::Head });
        }
        let trimmed = content.trim_start_matches(' ');
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return Some(if self.item_indent.is_some() { Place::Item } else { Place::Between });
        }
        let indent = content.len() - trimmed.len();
        let is_item = trimmed.starts_with("- ") || trimmed == "-";
        match self.item_indent {
            None if is_item => {
                self.item_indent = Some(indent);
                Some(Place::ItemStart)
            }
            Some(i) if indent == i && is_item => Some(Place::ItemStart),
            Some(i) if indent > i => Some(Place::Item),
            _ => None, // another top-level key, or a line at the items' level that is not an item
        }
    }
}

/// Is this line exactly the top-level key `districts:`, with at most blanks and a comment after it? Only
/// a space or a tab separates a comment (`districts:# x` is not this key), as YAML has it.
fn is_districts_key(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("districts:") else { return false };
    let after = rest.trim_start_matches([' ', '\t']);
    after.is_empty() || (after.len() < rest.len() && after.starts_with('#'))
}

/// Does the line hold a line break other than its final `\n`: CR, NEL (U+0085), LS (U+2028) or PS (U+2029)?
pub(super) fn hides_a_line_break(line: &str) -> bool {
    let b = line.as_bytes();
    // Checked by their first byte, which is rare in text, and only then by what follows: “ and ” share the
    // first two bytes of LS and PS.
    memchr::memchr3_iter(b'\r', 0xC2, 0xE2, b).any(|i| match b[i] {
        b'\r' => true,
        0xC2 => b.get(i + 1) == Some(&0x85),
        _ => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Option<Vec<(Place, &str)>> {
        let mut shape = Shape::default();
        text.split_inclusive('\n').map(|line| Some((shape.place(line)?, line))).collect()
    }

    #[test]
    fn the_usual_shape_is_cut_at_each_district() {
        let text =
            "source: {title: T}\ndistricts:\n\n  - id: a\n    name: 甲\n\n  - id: b # the second\n    name: 乙\n";
        let places = places(text).expect("usual shape");
        let of = |p: Place| places.iter().filter(|(q, _)| *q == p).map(|(_, l)| *l).collect::<Vec<_>>();
        assert_eq!(of(Place::Head), ["source: {title: T}\n"]);
        assert_eq!(of(Place::Between), ["districts:\n", "\n"]);
        assert_eq!(of(Place::ItemStart), ["  - id: a\n", "  - id: b # the second\n"]);
        assert_eq!(of(Place::Item), ["    name: 甲\n", "\n", "    name: 乙\n"]);
    }

    #[test]
    fn the_districts_key_is_matched_as_yaml_reads_it() {
        for yes in ["districts:", "districts: ", "districts:\t", "districts: # the list", "districts:\t#x"] {
            assert!(is_districts_key(yes), "{yes:?}");
        }
        for no in
            ["districts:# x", "districts:\u{3000}", "districts:\u{a0}", "districts: []", " districts:", "district:"]
        {
            assert!(!is_districts_key(no), "{no:?}");
        }
    }

    #[test]
    fn unusual_shapes_are_not_placed() {
        for text in [
            "districts:\n  - id: a\nthemes: []\n",
            "districts:\n  - id: a\n---\ndistricts: []\n",
            "districts:\n  id: a\n",
        ] {
            assert_eq!(places(text), None, "{text}");
        }
    }
}
