//! Making untrusted text harmless before it can reach a terminal.
//!
//! A dataset is a file someone sent you. Its strings may carry escape sequences (`ESC ] 52;…` writes the
//! clipboard, `ESC [ 2J` clears the screen), other C0 and C1 controls, or bidirectional overrides that make
//! text read differently from what it is. Every such character is replaced, once, at load time, by a visible
//! stand-in, so nothing downstream (screen, standard output, error messages) needs to think about it again.

use std::borrow::Cow;

use super::schema::{Dataset, District, Text};

/// How line breaks and tabs are treated in a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Names, titles, ids: a line break or tab becomes a space.
    Line,
    /// Running text: a line break is kept (the reader sees a new line), `\r\n` becomes `\n`, a tab a space.
    Text,
}

/// Returns `s` with every control, C1 and bidi-override character made visible.
pub fn sanitize(s: &str, field: Field) -> Cow<'_, str> {
    if !any_change(s, field) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push(' '),
            '\n' if field == Field::Text => out.push('\n'),
            '\n' => out.push(' '),
            '\r' if chars.peek() == Some(&'\n') => {} // the '\n' that follows is handled above
            c => push_visible(&mut out, c),
        }
    }
    Cow::Owned(out)
}

/// True for characters that must not reach a terminal as they are.
pub fn needs_care(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// `s.chars().any(needs_care)` for the UTF-8 bytes `b` of `s`, read byte by byte: every string of a large
/// file passes here, and nearly none needs care. In UTF-8 a control is a byte below 0x20, 0x7F, or C2 80–9F
/// (C1); a bidi control starts D8 9C or E2 80/81. Lead bytes never occur inside a character, so a match is
/// always a character's start. Over a block that holds many strings whole, false says none of them needs care.
pub(super) fn any_byte_needs_care(b: &[u8]) -> bool {
    super::bytes::any_rare(b, |x, _| may_begin_care(x), may_need_care, |i| needs_care_at(b, i))
}

/// Does [`sanitize`] change `s` in `field`? As [`any_byte_needs_care`], but for a line break in running text,
/// which is kept: a text written over several lines is not copied for nothing.
fn any_change(s: &str, field: Field) -> bool {
    let b = s.as_bytes();
    let at = |i| needs_care_at(b, i) && !(field == Field::Text && b[i] == b'\n');
    super::bytes::any_rare(b, |x, _| may_begin_care(x), may_need_care, at)
}

/// The bytes of `word` where a character that needs care could begin (see [`super::bytes::any`]).
pub(super) fn may_need_care(word: u64) -> u64 {
    use super::bytes::{each, each_control};
    each_control(word) | each(word, 0x7F) | each(word, 0xC2) | each(word, 0xD8) | each(word, 0xE2)
}

/// Could a character that needs care begin at byte `x`? The bytes [`may_need_care`] marks, one at a time.
pub(super) fn may_begin_care(x: u8) -> bool {
    (x < 0x20) | (x == 0x7F) | (x == 0xC2) | (x == 0xD8) | (x == 0xE2)
}

/// Does a character that needs care begin at `b[i]`?
pub(super) fn needs_care_at(b: &[u8], i: usize) -> bool {
    match b[i] {
        0x00..=0x1F | 0x7F => true,
        0xC2 => matches!(b.get(i + 1), Some(0x80..=0x9F)),
        0xD8 => b.get(i + 1) == Some(&0x9C),
        0xE2 => matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0x80), Some(0x8E | 0x8F | 0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
        ),
        _ => false,
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn push_visible(out: &mut String, c: char) {
    match c as u32 {
        // C0 controls have their own visible pictures: ESC is ␛, NUL is ␀, CR is ␍.
        code @ 0x00..=0x1F => out.push(char::from_u32(0x2400 + code).unwrap_or('\u{FFFD}')),
        0x7F => out.push('\u{2421}'), // ␡
        // C1 controls and bidi controls have no picture: spell them out.
        code if c.is_control() || is_bidi_control(c) => {
            out.push_str(&format!("\\u{{{code:x}}}"));
        }
        _ => out.push(c),
    }
}

fn clean(s: &mut Text, field: Field) {
    if let Cow::Owned(fixed) = sanitize(s, field) {
        *s = fixed.into();
    }
}

/// Sanitises every string of a dataset in place.
pub fn sanitize_dataset(data: &mut Dataset) {
    sanitize_head(data);
    data.districts.iter_mut().for_each(sanitize_district);
}

/// Sanitises everything but the districts: source, intro, closing, themes.
pub fn sanitize_head(data: &mut Dataset) {
    let src = &mut data.source;
    for s in [&mut src.title, &mut src.publication, &mut src.issue, &mut src.column, &mut src.url] {
        clean(s, Field::Line);
    }
    for s in [&mut data.intro, &mut data.intro_en, &mut data.closing, &mut data.closing_en] {
        clean(s, Field::Text);
    }
    for piece in &mut data.unplaced {
        clean(&mut piece.after, Field::Line);
        clean(&mut piece.text, Field::Text);
    }
    for theme in &mut data.themes {
        for s in [&mut theme.id, &mut theme.name, &mut theme.en] {
            clean(s, Field::Line);
        }
        theme.aliases.iter_mut().for_each(|a| clean(a, Field::Line));
    }
}

/// Sanitises one district (the loader does this on the thread that parsed it).
pub fn sanitize_district(district: &mut District) {
    sanitize_district_own(district);
    sanitize_highlights(district);
}

/// Sanitises a district's own texts (its id, names and lead), not its highlights: for highlights read from
/// lines that were found to hold nothing that needs care.
pub(super) fn sanitize_district_own(district: &mut District) {
    for s in [&mut district.id, &mut district.name, &mut district.pinyin, &mut district.en] {
        clean(s, Field::Line);
    }
    clean(&mut district.lead, Field::Text);
    clean(&mut district.lead_en, Field::Text);
}

fn sanitize_highlights(district: &mut District) {
    for h in &mut district.highlights {
        clean(&mut h.title, Field::Line);
        clean(&mut h.title_en, Field::Line);
        clean(&mut h.text, Field::Text);
        clean(&mut h.text_en, Field::Text);
        h.themes.iter_mut().for_each(|t| clean(t, Field::Line));
        for f in &mut h.figures {
            for s in [&mut f.value, &mut f.unit, &mut f.what] {
                clean(s, Field::Line);
            }
            for s in [&mut f.qualifier, &mut f.what_en, &mut f.value_en] {
                s.text_mut().into_iter().for_each(|s| clean(s, Field::Line));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_byte_by_byte_look_agrees_with_the_characters_for_every_character() {
        for code in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(code) else { continue };
            let alone = c.to_string();
            assert_eq!(any_byte_needs_care(alone.as_bytes()), needs_care(c), "U+{code:04X}");
            let among = format!("a{c}中");
            assert_eq!(any_byte_needs_care(among.as_bytes()), needs_care(c), "U+{code:04X} among others");
            // Past the first word of eight bytes, and across the border of two.
            for before in ["长长长", "abcdefg"] {
                let later = format!("{before}{c}长长长");
                assert_eq!(any_byte_needs_care(later.as_bytes()), needs_care(c), "U+{code:04X} after {before}");
            }
            // At every place of a word, and in the last bytes: for the characters whose first byte a word is
            // marked at, and for others now and then.
            if matches!(alone.as_bytes()[0], 0xC2 | 0xD8 | 0xE2) || code % 61 == 0 {
                for at in 0..12 {
                    let before = "a".repeat(at);
                    assert_eq!(
                        any_byte_needs_care(format!("{before}{c}长长").as_bytes()),
                        needs_care(c),
                        "U+{code:04X} at {at}"
                    );
                    assert_eq!(
                        any_byte_needs_care(format!("{before}{c}").as_bytes()),
                        needs_care(c),
                        "U+{code:04X} last, at {at}"
                    );
                    // In a later block of 32 bytes, and across the border of two.
                    let long = format!("{before}{}", "长".repeat(10));
                    assert_eq!(
                        any_byte_needs_care(format!("{long}{c}{long}").as_bytes()),
                        needs_care(c),
                        "U+{code:04X} after {} bytes",
                        long.len()
                    );
                }
            }
        }
    }

    #[test]
    fn every_character_that_needs_care_begins_where_the_block_look_looks() {
        // Every first two bytes; every third only after E2, the one lead byte whose rule reads it.
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                let thirds = if x == 0xE2 { 0..=255u8 } else { 0..=0 };
                for z in thirds {
                    if needs_care_at(&[x, y, z], 0) {
                        assert!(may_begin_care(x), "{:02x?}", [x, y, z]);
                    }
                }
            }
        }
    }

    #[test]
    fn the_bytes_looked_at_one_at_a_time_are_those_marked_eight_at_a_time() {
        for x in 0..=255u8 {
            // The other seven bytes of the word are NUL, which is marked too: only the first byte's mark counts.
            assert_eq!(may_begin_care(x), may_need_care(u64::from(x)) & 0x80 != 0, "{x:#04x}");
        }
    }

    use super::*;

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        assert!(matches!(sanitize("东城 人大常委会", Field::Text), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_sequences_lose_their_escape() {
        let s = sanitize("a\x1b]0;pwned\x07b\x1b[2Jc", Field::Line);
        assert_eq!(s, "a␛]0;pwned␇b␛[2Jc");
        assert!(!s.chars().any(needs_care));
    }

    #[test]
    fn c1_controls_and_del_are_spelled_out() {
        assert_eq!(sanitize("x\u{9b}31my\u{7f}", Field::Line), "x\\u{9b}31my␡");
    }

    #[test]
    fn bidi_overrides_are_spelled_out() {
        assert_eq!(sanitize("\u{202e}abc\u{2066}", Field::Line), "\\u{202e}abc\\u{2066}");
    }

    proptest::proptest! {
        /// A text is borrowed, not copied, exactly when sanitising leaves it as it is.
        #[test]
        fn a_text_is_copied_only_when_it_changes(s in "[a中\n\r\t\x1b\u{202e}\u{85}“]{0,12}") {
            for field in [Field::Line, Field::Text] {
                let out = sanitize(&s, field);
                proptest::prop_assert_eq!(matches!(out, Cow::Borrowed(_)), out == s.as_str(), "{:?} {:?}", s, field);
            }
        }
    }

    #[test]
    fn line_breaks_are_kept_in_text_and_flattened_in_names() {
        assert!(matches!(sanitize("一\n二\n", Field::Text), Cow::Borrowed(_)), "nothing to change");
        assert_eq!(sanitize("a\r\nb\tc", Field::Text), "a\nb c");
        assert_eq!(sanitize("a\n\x1b", Field::Text), "a\n␛");
        assert_eq!(sanitize("a\nb", Field::Line), "a b");
        assert_eq!(sanitize("a\rb", Field::Text), "a␍b");
    }
}
