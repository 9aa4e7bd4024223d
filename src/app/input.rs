//! A one-line text input whose caret moves by characters.

use crate::keys::Edit;

/// The text and the caret, counted in characters (not bytes, not cells).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    caret: usize,
}

impl LineInput {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The caret, as a number of characters before it.
    pub fn caret(&self) -> usize {
        self.caret
    }

    /// The text before the caret (to measure where the cursor goes).
    pub fn before_caret(&self) -> &str {
        &self.text[..self.byte(self.caret)]
    }

    fn byte(&self, chars: usize) -> usize {
        self.text.char_indices().nth(chars).map_or(self.text.len(), |(i, _)| i)
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }

    /// Applies an edit; returns whether the text changed.
    pub fn apply(&mut self, edit: &Edit) -> bool {
        let before = self.text.len();
        match edit {
            Edit::Insert(s) => {
                // A pasted line break or tab would never be visible in one line.
                let clean: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
                let at = self.byte(self.caret);
                self.text.insert_str(at, &clean);
                self.caret += clean.chars().count();
                return !clean.is_empty();
            }
            Edit::Backspace if self.caret > 0 => {
                let (from, to) = (self.byte(self.caret - 1), self.byte(self.caret));
                self.text.replace_range(from..to, "");
                self.caret -= 1;
            }
            Edit::Delete if self.caret < self.len() => {
                let (from, to) = (self.byte(self.caret), self.byte(self.caret + 1));
                self.text.replace_range(from..to, "");
            }
            Edit::DeleteWord => {
                let chars: Vec<char> = self.text.chars().collect();
                let mut start = self.caret;
                while start > 0 && chars[start - 1].is_whitespace() {
                    start -= 1;
                }
                // A Chinese "word" has no spaces around it: delete back to the previous space or script change.
                let ascii = start > 0 && chars[start - 1].is_ascii();
                while start > 0 && !chars[start - 1].is_whitespace() && chars[start - 1].is_ascii() == ascii {
                    start -= 1;
                }
                let (from, to) = (self.byte(start), self.byte(self.caret));
                self.text.replace_range(from..to, "");
                self.caret = start;
            }
            Edit::Clear => {
                self.text.clear();
                self.caret = 0;
            }
            Edit::Left => self.caret = self.caret.saturating_sub(1),
            Edit::Right => self.caret = (self.caret + 1).min(self.len()),
            Edit::Home => self.caret = 0,
            Edit::End => self.caret = self.len(),
            Edit::Backspace | Edit::Delete => {}
        }
        // Every edit but an insert only removes text, so a change of length is a change of text.
        before != self.text.len()
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.caret = 0;
    }

    pub fn set(&mut self, text: &str) {
        self.text = text.to_string();
        self.caret = self.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineInput {
        let mut input = LineInput::default();
        input.apply(&Edit::Insert(s.to_string()));
        input
    }

    #[test]
    fn caret_moves_by_characters_through_chinese() {
        let mut input = typed("垃圾分类");
        input.apply(&Edit::Left);
        input.apply(&Edit::Left);
        assert_eq!(input.before_caret(), "垃圾");
        input.apply(&Edit::Insert("x".into()));
        assert_eq!(input.text(), "垃圾x分类");
        input.apply(&Edit::Backspace);
        input.apply(&Edit::Backspace);
        assert_eq!(input.text(), "垃分类");
        assert_eq!(input.caret(), 1);
    }

    #[test]
    fn ctrl_w_deletes_a_word_in_either_script() {
        let mut input = typed("waste 垃圾");
        input.apply(&Edit::DeleteWord);
        assert_eq!(input.text(), "waste ");
        input.apply(&Edit::DeleteWord);
        assert_eq!(input.text(), "");
        let mut input = typed("ljfl垃圾");
        input.apply(&Edit::DeleteWord);
        assert_eq!(input.text(), "ljfl");
    }

    #[test]
    fn edits_at_the_ends_do_nothing_harmful() {
        let mut input = LineInput::default();
        for e in [Edit::Backspace, Edit::Delete, Edit::Left, Edit::Right, Edit::DeleteWord, Edit::End] {
            assert!(!input.apply(&e));
        }
        assert_eq!((input.text(), input.caret()), ("", 0));
    }

    #[test]
    fn pasted_control_characters_become_spaces() {
        assert_eq!(typed("a\nb\x1b").text(), "a b ");
    }
}
