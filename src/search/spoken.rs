//! Keyword search by sound: a word typed in pinyin (`dongao`, `lajifenlei`, `dong ao`) finds the Chinese it
//! spells (冬奥, 垃圾分类). Every syllable must be whole, in any reading of a polyphone (长 is chang and
//! zhang). The search is the literal one's fallback for a word of letters that the texts do not hold, so an
//! English word is still found as written.

use std::collections::HashMap;

use super::keys::readings_of;

/// A word that could be pinyin: letters only (spaces dropped), at least two.
pub fn as_pinyin(word: &str) -> Option<String> {
    let letters: String = word.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    (letters.len() >= 2 && letters.chars().all(|c| c.is_ascii_lowercase())).then_some(letters)
}

/// The readings of the characters a search meets, looked up once each.
#[derive(Default)]
pub struct Readings(HashMap<char, Vec<&'static str>>);

impl Readings {
    fn of(&mut self, c: char) -> &[&'static str] {
        self.0.entry(c).or_insert_with(|| readings_of(c))
    }
}

/// The spans (start and length in characters) of `text` that spell `pinyin` syllable by syllable, not
/// overlapping, in order.
pub fn spans(text: &str, pinyin: &str, readings: &mut Readings) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let first = pinyin.as_bytes()[0];
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // A quick refusal: the first character must have a reading that starts as the word does.
        let starts = readings.of(chars[i]).iter().any(|r| r.as_bytes().first() == Some(&first));
        match starts.then(|| spelled(&chars[i..], pinyin, readings)).flatten() {
            Some(len) => {
                out.push((i, len));
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// How many characters from the start of `chars` spell `rest` exactly, if they do.
fn spelled(chars: &[char], rest: &str, readings: &mut Readings) -> Option<usize> {
    if rest.is_empty() {
        return Some(0);
    }
    let (&c, tail) = chars.split_first()?;
    let options: Vec<&'static str> = readings.of(c).to_vec();
    options
        .into_iter()
        .filter(|r| rest.starts_with(r))
        .find_map(|r| spelled(tail, &rest[r.len()..], readings).map(|n| n + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_syllables_in_any_reading_spell_the_chinese() {
        let mut r = Readings::default();
        assert_eq!(spans("筹备冬奥会和冬奥", "dongao", &mut r), [(2, 2), (6, 2)]);
        assert_eq!(spans("垃圾分类", "lajifenlei", &mut r), [(0, 4)]);
        assert_eq!(spans("长城", "zhangcheng", &mut r), [(0, 2)], "长 is zhang as well as chang");
        assert_eq!(spans("冬奥", "donga", &mut r), [], "a syllable is whole or it is not there");
        assert_eq!(as_pinyin("dong ao").as_deref(), Some("dongao"));
        assert_eq!(as_pinyin("冬奥"), None);
        assert_eq!(as_pinyin("x"), None);
    }
}
