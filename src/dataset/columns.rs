//! A batch of districts as the cache keeps it: every string of the batch in one block of UTF-8, then the
//! batch's shape (each string's length, each list's count) as variable-length integers, in the order the
//! schema's fields are declared.
//!
//! Why not the MessagePack the rest of the entry is: a district is nothing but strings and lists of them, and
//! decoding 10,000 of them from MessagePack with field names took about 140 ms (every key compared, every
//! string checked as UTF-8 on its own); from columns it is a few times quicker. The block is checked as UTF-8
//! once, with simdutf8, and each string is cut from it at checked character boundaries, so a damaged or forged
//! batch gives `None`, never a string that is not UTF-8 and never a panic.

use super::schema::{District, Figure, Highlight, Text, ThemeIds};

/// `districts` in columns: the bytes of [`InColumns::parts`], one after the other.
pub fn encode(districts: &[District]) -> InColumns {
    // The strings are written straight after the block's length, in room made for all of them (a pass over
    // their lengths is cheap beside copying them twice, as growing the block and joining it to the shape did).
    // The shape is left apart, for the writer to write after them: joining them would move the block again.
    let mut out = Columns { texts: Vec::with_capacity(4 + text_bytes(districts)), shape: Vec::new() };
    out.texts.extend_from_slice(&[0; 4]);
    out.count(districts.len());
    for district in districts {
        // Every field named, so that a field added to the schema cannot be forgotten here.
        let District { id, name, pinyin, en, lead, lead_en, highlights, edition: _, year: _ } = district;
        for text in [id, name, pinyin, en, lead, lead_en] {
            out.text(text);
        }
        out.count(highlights.len());
        for highlight in highlights {
            let Highlight { title, title_en, text, text_en, themes, figures } = highlight;
            for text in [title, title_en, text, text_en] {
                out.text(text);
            }
            out.count(themes.len());
            for theme in themes {
                out.text(theme);
            }
            out.count(figures.len());
            for figure in figures {
                let Figure { qualifier, value, unit, what, what_en, value_en } = figure;
                for text in [qualifier.as_str(), value, unit, what, what_en, value_en] {
                    out.text(text);
                }
            }
        }
    }
    let Columns { texts: mut block, shape } = out;
    let len = (block.len() - 4) as u32;
    block[..4].copy_from_slice(&len.to_le_bytes());
    InColumns { block, shape }
}

/// A batch of districts in columns, as [`encode`] makes it: the block of strings after its length, and the
/// shape.
pub struct InColumns {
    block: Vec<u8>,
    shape: Vec<u8>,
}

impl InColumns {
    /// The bytes, in two parts to be written one after the other (and read back as one).
    pub fn parts(&self) -> [&[u8]; 2] {
        [&self.block, &self.shape]
    }

    /// The bytes in one buffer.
    #[cfg(test)]
    pub fn joined(&self) -> Vec<u8> {
        self.parts().concat()
    }
}

/// The bytes of every string of `districts` (what [`encode`] puts in their block). Every field named, as
/// there.
fn text_bytes(districts: &[District]) -> usize {
    let figure = |f: &Figure| {
        let Figure { qualifier, value, unit, what, what_en, value_en } = f;
        qualifier.len() + value.len() + unit.len() + what.len() + what_en.len() + value_en.len()
    };
    let highlight = |h: &Highlight| {
        let Highlight { title, title_en, text, text_en, themes, figures } = h;
        let texts = title.len() + title_en.len() + text.len() + text_en.len();
        texts + themes.iter().map(|t| t.len()).sum::<usize>() + figures.iter().map(figure).sum::<usize>()
    };
    let district = |d: &District| {
        let District { id, name, pinyin, en, lead, lead_en, highlights, edition: _, year: _ } = d;
        let texts = id.len() + name.len() + pinyin.len() + en.len() + lead.len() + lead_en.len();
        texts + highlights.iter().map(highlight).sum::<usize>()
    };
    districts.iter().map(district).sum()
}

/// The districts `bytes` hold (for the tests: the cache takes [`decode_with_block`]).
#[cfg(test)]
pub fn decode(bytes: &[u8]) -> Option<Vec<District>> {
    decode_with_block(bytes).map(|(districts, _)| districts)
}

/// The districts `bytes` hold, with the block that holds every string of theirs whole; `None` when they are
/// not what [`encode`] writes.
pub fn decode_with_block(bytes: &[u8]) -> Option<(Vec<District>, &str)> {
    let (len, rest) = bytes.split_first_chunk::<4>()?;
    let len = usize::try_from(u32::from_le_bytes(*len)).ok()?;
    let block = simdutf8::basic::from_utf8(rest.get(..len)?).ok()?;
    let mut input = Reader { texts: block, shape: &rest[len..] };
    let count = input.count()?;
    let mut districts = Vec::with_capacity(input.room(count, DISTRICT_BYTES));
    for _ in 0..count {
        districts.push(input.district()?);
    }
    (input.texts.is_empty() && input.shape.is_empty()).then_some((districts, block))
}

/// The fewest bytes of shape a district, a highlight and a figure take: a length for each string, a count for
/// each list.
const DISTRICT_BYTES: usize = 7;
const HIGHLIGHT_BYTES: usize = 6;
const FIGURE_BYTES: usize = 6;

struct Columns {
    /// The block's length (filled in last), then the strings.
    texts: Vec<u8>,
    shape: Vec<u8>,
}

impl Columns {
    fn text(&mut self, text: &str) {
        self.texts.extend_from_slice(text.as_bytes());
        self.count(text.len());
    }

    /// LEB128: seven bits a byte, the lowest first; the top bit says another byte follows.
    fn count(&mut self, mut n: usize) {
        while n >= 0x80 {
            self.shape.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.shape.push(n as u8);
    }
}

struct Reader<'a> {
    /// The strings not read yet.
    texts: &'a str,
    /// The lengths and counts not read yet.
    shape: &'a [u8],
}

impl Reader<'_> {
    fn count(&mut self) -> Option<usize> {
        let mut n: usize = 0;
        for shift in (0..usize::BITS).step_by(7) {
            let (&byte, rest) = self.shape.split_first()?;
            self.shape = rest;
            let part = usize::from(byte & 0x7f);
            // Bits shifted past the top would be lost: such a number is not one `encode` writes.
            if part.checked_shl(shift)? >> shift != part {
                return None;
            }
            n |= part << shift;
            if byte & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    /// Room for `count` items of at least `bytes` bytes of shape each, no more than the shape left could
    /// describe: a forged count reserves no more than about thirty times the bytes of the batch.
    fn room(&self, count: usize, bytes: usize) -> usize {
        count.min(self.shape.len() / bytes)
    }

    fn text(&mut self) -> Option<Text> {
        let len = self.count()?;
        // `get` checks that both ends fall on character boundaries.
        let text = self.texts.get(..len)?;
        self.texts = &self.texts[len..];
        Some(Text::from(text))
    }

    fn district(&mut self) -> Option<District> {
        let (id, name, pinyin, en, lead, lead_en) =
            (self.text()?, self.text()?, self.text()?, self.text()?, self.text()?, self.text()?);
        let count = self.count()?;
        let mut highlights = Vec::with_capacity(self.room(count, HIGHLIGHT_BYTES));
        for _ in 0..count {
            highlights.push(self.highlight()?);
        }
        Some(District { id, name, pinyin, en, lead, lead_en, highlights, edition: 0, year: None })
    }

    fn highlight(&mut self) -> Option<Highlight> {
        let (title, title_en, text, text_en) = (self.text()?, self.text()?, self.text()?, self.text()?);
        let count = self.count()?;
        let mut themes = ThemeIds::with_capacity(self.room(count, 1));
        for _ in 0..count {
            themes.push(self.text()?);
        }
        let count = self.count()?;
        let mut figures = Vec::with_capacity(self.room(count, FIGURE_BYTES));
        for _ in 0..count {
            let (qualifier, value, unit) = (self.text()?, self.text()?, self.text()?);
            let (what, what_en, value_en) = (self.text()?, self.text()?, self.text()?);
            let (qualifier, what_en, value_en) = (qualifier.into(), what_en.into(), value_en.into());
            figures.push(Figure { qualifier, value, unit, what, what_en, value_en });
        }
        Some(Highlight { title, title_en, text, text_en, themes, figures })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn synthetic(n: usize) -> Vec<District> {
        crate::synthetic::dataset(n).districts
    }

    /// The room made for the strings is exactly what they take: the block is written once, without growing.
    #[test]
    fn the_room_made_for_the_strings_is_what_they_take() {
        for districts in
            [synthetic(0), synthetic(300), crate::dataset::Dataset::embedded().expect("built in").districts]
        {
            let columns = encode(&districts);
            let block = u32::from_le_bytes(columns.block[..4].try_into().expect("a length")) as usize;
            assert_eq!(block, text_bytes(&districts));
            assert_eq!(columns.block.capacity(), columns.block.len(), "never grown");
        }
    }

    #[test]
    fn districts_come_back_as_they_went() {
        for n in [0, 1, 64, 300] {
            let districts = synthetic(n);
            assert_eq!(decode(&encode(&districts).joined()), Some(districts), "{n} districts");
        }
        let builtin = crate::dataset::Dataset::embedded().expect("the built-in dataset").districts;
        assert_eq!(decode(&encode(&builtin).joined()), Some(builtin));
    }

    #[test]
    fn a_batch_cut_short_anywhere_is_refused() {
        let bytes = encode(&synthetic(3)).joined();
        for end in 0..bytes.len() {
            assert_eq!(decode(&bytes[..end]), None, "cut at {end}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None, "a byte too many");
    }

    #[test]
    fn a_length_that_splits_a_character_is_refused() {
        let mut district = synthetic(1).remove(0);
        district.id = "区".into();
        let mut bytes = encode(&[district]).joined();
        // The first length after the count: the id's, three bytes; one byte then ends inside 区.
        let at = 4 + bytes_of_texts(&bytes) + 1;
        assert_eq!(bytes[at], 3);
        bytes[at] = 1;
        assert_eq!(decode(&bytes), None);
    }

    fn bytes_of_texts(bytes: &[u8]) -> usize {
        u32::from_le_bytes(bytes[..4].try_into().expect("four bytes")) as usize
    }

    #[test]
    fn counts_past_the_bytes_allocate_nothing_large() {
        // One district claiming 2^60 highlights: refused without trying to make room for them.
        let mut bytes = 0u32.to_le_bytes().to_vec();
        bytes.push(1);
        bytes.extend([0; 6]);
        bytes.extend([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]);
        assert_eq!(decode(&bytes), None);
        // A count longer than a usize can hold, and one whose last byte has bits past the top.
        let mut bytes = 0u32.to_le_bytes().to_vec();
        bytes.extend([0xff; 11]);
        assert_eq!(decode(&bytes), None);
        // One district, its count written with a bit past the top that would be lost (1 + 2^64 read as 1).
        let one = encode(&synthetic(1)).joined();
        let at = 4 + bytes_of_texts(&one);
        assert_eq!(one[at], 1);
        let over = [&one[..at], &[0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02], &one[at + 1..]].concat();
        assert_eq!(decode(&over), None);
    }

    fn text() -> impl Strategy<Value = Text> {
        prop_oneof![Just(String::new()), "[a-z]{1,30}", "\\PC{0,40}", "[区县\u{202e}\u{1b}]{0,10}"].prop_map(Text::from)
    }

    fn figure() -> impl Strategy<Value = Figure> {
        (text(), text(), text(), text(), text(), text()).prop_map(
            |(qualifier, value, unit, what, what_en, value_en)| Figure {
                qualifier: qualifier.into(),
                value,
                unit,
                what,
                what_en: what_en.into(),
                value_en: value_en.into(),
            },
        )
    }

    fn highlight() -> impl Strategy<Value = Highlight> {
        (text(), text(), text(), text(), prop::collection::vec(text(), 0..4), prop::collection::vec(figure(), 0..3))
            .prop_map(|(title, title_en, text, text_en, themes, figures)| Highlight {
                title,
                title_en,
                text,
                text_en,
                themes: themes.into_iter().collect(),
                figures,
            })
    }

    fn district() -> impl Strategy<Value = District> {
        (text(), text(), text(), text(), text(), text(), prop::collection::vec(highlight(), 0..4)).prop_map(
            |(id, name, pinyin, en, lead, lead_en, highlights)| District {
                id,
                name,
                pinyin,
                en,
                lead,
                lead_en,
                highlights,
                edition: 0,
                year: None,
            },
        )
    }

    proptest! {
        #[test]
        fn any_districts_come_back_and_any_damage_is_refused_or_decodes(
            districts in prop::collection::vec(district(), 0..6),
            at in any::<prop::sample::Index>(),
            flip in 1u8..=255,
        ) {
            let bytes = encode(&districts).joined();
            prop_assert_eq!(decode(&bytes), Some(districts));
            // A flipped byte gives `None` or some districts, never a panic (the entry's checksum is what
            // refuses it in the cache).
            let mut damaged = bytes.clone();
            let i = at.index(damaged.len());
            damaged[i] ^= flip;
            let _ = decode(&damaged);
        }
    }
}
