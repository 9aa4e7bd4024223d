//! The glossary's terms marked in a Chinese text.

use super::Tone;
use crate::dataset::Term;

/// Marks each of `terms` where it stands in `text` and nothing else (a figure) is marked yet: from the left,
/// term by term, a place taken by one is not looked at again for it.
///
/// Each term is found with a substring search over the text written out once, rather than compared at every
/// character: the glossary's 68 terms over a highlight of a few hundred characters were a quarter of the
/// time it took to lay out the first district of the built-in dataset.
pub fn mark(text: &mut [(char, Tone)], terms: &[Term]) {
    if terms.is_empty() || text.is_empty() {
        return;
    }
    let mut plain = String::with_capacity(text.len() * 3);
    // The character each byte of `plain` belongs to.
    let mut char_at = Vec::with_capacity(text.len() * 3);
    let mut holds = Holds::default();
    for (i, (c, _)) in text.iter().enumerate() {
        plain.push(*c);
        char_at.resize(plain.len(), i);
        holds.add(*c);
    }
    for term in terms {
        let needle = term.term.as_str();
        // Most terms are not in a given text: their first character says so without a search.
        let Some(first) = needle.chars().next().filter(|&c| holds.may_hold(c)) else { continue };
        let chars = needle.chars().count();
        let mut from = 0;
        while let Some(found) = plain[from..].find(needle) {
            let at = from + found;
            let start = char_at[at];
            let span = &mut text[start..start + chars];
            if span.iter().all(|(_, t)| *t == Tone::Text) {
                span.iter_mut().for_each(|(_, t)| *t = Tone::Term);
                from = at + needle.len();
            } else {
                // Marked already: the term may still begin at the next character.
                from = at + first.len_utf8();
            }
        }
    }
}

/// The characters a text holds, as 1,024 bits: a character's bit unset means it is not there; set, that it
/// may be (several characters share each bit).
#[derive(Default)]
struct Holds([u64; 16]);

impl Holds {
    fn bit(c: char) -> usize {
        // The top ten bits of a multiplicative hash, so neighbouring code points spread over the set.
        ((c as u32).wrapping_mul(0x9E37_79B9) >> 22) as usize
    }

    fn add(&mut self, c: char) {
        let bit = Holds::bit(c);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    fn may_hold(&self, c: char) -> bool {
        let bit = Holds::bit(c);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn term(t: &str) -> Term {
        Term { term: t.into(), ..Term::default() }
    }

    /// The term compared at every character: what `mark` must do, the simplest way.
    fn mark_by_comparing(text: &mut [(char, Tone)], terms: &[Term]) {
        for term in terms {
            let term: Vec<char> = term.term.chars().collect();
            if term.is_empty() {
                continue;
            }
            let mut i = 0;
            while i + term.len() <= text.len() {
                let span = &text[i..i + term.len()];
                if span.iter().map(|(c, _)| *c).eq(term.iter().copied()) && span.iter().all(|(_, t)| *t == Tone::Text) {
                    text[i..i + term.len()].iter_mut().for_each(|(_, t)| *t = Tone::Term);
                    i += term.len();
                } else {
                    i += 1;
                }
            }
        }
    }

    fn toned(text: &str, figures: &[usize]) -> Vec<(char, Tone)> {
        text.chars()
            .enumerate()
            .map(|(i, c)| (c, if figures.contains(&i) { Tone::Figure } else { Tone::Text }))
            .collect()
    }

    #[test]
    fn a_character_added_is_always_held() {
        let mut holds = Holds::default();
        let text: Vec<char> = "东城区人大常委会 abc，。\u{a0}🙂".chars().collect();
        text.iter().for_each(|&c| holds.add(c));
        assert!(text.iter().all(|&c| holds.may_hold(c)));
        assert!(!Holds::default().may_hold('东'));
        // Not every character is held: the set is not full after a sentence.
        assert!("大兴延庆密云怀柔平谷".chars().any(|c| !holds.may_hold(c)));
    }

    #[test]
    fn terms_are_marked_where_nothing_else_is() {
        let mut text = toned("控规与控规实施，吹哨报到", &[3]);
        mark(&mut text, &[term("控规"), term("吹哨报到"), term("")]);
        let tones: Vec<Tone> = text.iter().map(|(_, t)| *t).collect();
        use Tone::{Figure as F, Term as M, Text as T};
        assert_eq!(tones, [M, M, T, F, T, T, T, T, M, M, M, M]);
    }

    #[test]
    fn a_term_held_by_a_mark_is_looked_for_again_from_its_next_character() {
        // 代代代 with the first 代 a figure: the term 代代 is not marked there, but at the second character.
        let mut text = toned("代代代", &[0]);
        mark(&mut text, &[term("代代")]);
        assert_eq!(text.iter().map(|(_, t)| *t).collect::<Vec<_>>(), [Tone::Figure, Tone::Term, Tone::Term]);
    }

    proptest! {
        #[test]
        fn the_same_as_comparing_at_every_character(
            text in "[代表a]{0,40}",
            figures in proptest::collection::vec(0usize..40, 0..6),
            terms in proptest::collection::vec("[代表a]{0,3}", 0..5),
        ) {
            let terms: Vec<Term> = terms.iter().map(|t| term(t)).collect();
            let mut expected = toned(&text, &figures);
            let mut got = expected.clone();
            mark_by_comparing(&mut expected, &terms);
            mark(&mut got, &terms);
            prop_assert_eq!(got, expected);
        }
    }
}
