//! Looking through a large file's text eight bytes at a time for the few bytes that matter.
//!
//! Every string of a large file is checked for bytes that need care (controls, bidi overrides, a backslash
//! …), and nearly none has one: a word of eight bytes that holds none of the bytes a check looks for is
//! passed over at once (the word tests below are exact: they never miss such a byte), and only a word that
//! may hold one is looked at byte by byte.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Does some byte of `word` come below `n` (at most 0x80)?
pub fn has_below(word: u64, n: u8) -> bool {
    word.wrapping_sub(ONES * u64::from(n)) & !word & HIGHS != 0
}

/// Is some byte of `word` equal to `byte`?
pub fn has(word: u64, byte: u8) -> bool {
    has_below(word ^ (ONES * u64::from(byte)), 1)
}

/// The high bit of each byte of `word` that equals `byte`, and of no other: exact, since no sum carries from
/// one byte into the next (unlike [`has`], which may also mark a byte above one that matched).
pub fn each(word: u64, byte: u8) -> u64 {
    let t = word ^ (ONES * u64::from(byte));
    !(((t & !HIGHS) + !HIGHS) | t) & HIGHS
}

/// Is `at(i)` true for some byte index `i` of `b`, where `at` can only be true at a byte that `may` says a
/// word could hold?
pub fn any(b: &[u8], may: impl Fn(u64) -> bool, at: impl Fn(usize) -> bool) -> bool {
    let mut words = b.chunks_exact(8);
    let mut i = 0;
    for word in words.by_ref() {
        let w = u64::from_le_bytes([word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7]]);
        if may(w) && (i..i + 8).any(&at) {
            return true;
        }
        i += 8;
    }
    (i..b.len()).any(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_tests_agree_with_the_bytes_for_every_byte_in_every_place() {
        for byte in 0..=255u8 {
            for place in 0..8 {
                let mut bytes = [b'a'; 8];
                bytes[place] = byte;
                let word = u64::from_le_bytes(bytes);
                for n in [1, 0x20, 0x80] {
                    assert_eq!(has_below(word, n), byte < n || b'a' < n, "{byte:#x} below {n:#x} at {place}");
                }
                for probe in [0x00, 0x5C, 0x7F, 0xC2, 0xE2, 0xFF] {
                    assert_eq!(has(word, probe), byte == probe || probe == b'a', "{byte:#x} is {probe:#x} at {place}");
                }
                for probe in 0..=255u8 {
                    let marked: Vec<bool> = (0..8).map(|k| each(word, probe) >> (8 * k) & 0x80 != 0).collect();
                    let expected: Vec<bool> = bytes.iter().map(|&b| b == probe).collect();
                    assert_eq!(marked, expected, "{byte:#x} at {place}, probe {probe:#x}");
                }
            }
        }
    }
}
