//! A message in its parts, so that a line too narrow for all of it gives up what matters least: what
//! happened (the verdict) and what to do (the hint) are kept whole, and only the details between them (a
//! path, a title, a keyword, a parser's or the system's words) are shortened, a path by its middle, so its
//! start and its file name stay, and other details at their end.

use std::fmt;

use crate::text::{truncate, truncate_middle, width};

/// One piece of what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// The verdict's own words: never shortened.
    Words(String),
    /// A path or a file's name: shortened in its middle.
    Path(String),
    /// A detail (a title, a keyword, the system's or a parser's words): shortened at its end.
    Detail(String),
}

/// What happened, in pieces, and what to do about it, with the words that join them (`: `, `；`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Notice {
    what: Vec<Piece>,
    hint: Option<(String, String)>,
}

impl Notice {
    /// A notice that begins with the verdict's words.
    pub fn new(words: impl Into<String>) -> Notice {
        Notice::default().words(words)
    }

    pub fn words(mut self, words: impl Into<String>) -> Notice {
        let words = words.into();
        if !words.is_empty() {
            self.what.push(Piece::Words(words));
        }
        self
    }

    pub fn path(mut self, path: impl Into<String>) -> Notice {
        self.what.push(Piece::Path(path.into()));
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Notice {
        self.what.push(Piece::Detail(detail.into()));
        self
    }

    /// Goes on with another notice's pieces (a fault's, inside "not saved: …"); its hint is not taken.
    pub fn then(mut self, other: &Notice) -> Notice {
        self.what.extend(other.what.iter().cloned());
        self
    }

    /// What to do, after `glue` (`: `, `; `, `：`).
    pub fn hint(mut self, glue: &str, hint: impl Into<String>) -> Notice {
        self.hint = Some((glue.to_string(), hint.into()));
        self
    }

    /// Takes `other`'s hint, after `glue`, when it has one.
    pub fn hint_of(self, other: &Notice, glue: &str) -> Notice {
        match other.hint_text() {
            Some(hint) => self.hint(glue, hint),
            None => self,
        }
    }

    pub fn pieces(&self) -> &[Piece] {
        &self.what
    }

    /// What to do, if the notice says.
    pub fn hint_text(&self) -> Option<&str> {
        self.hint.as_ref().map(|(_, h)| h.as_str())
    }

    /// The whole notice, nothing shortened.
    pub fn whole(&self) -> String {
        self.fitted_to(&self.detail_widths())
    }

    /// The widest it can be: nothing shortened.
    pub fn width(&self) -> usize {
        width(&self.whole())
    }

    /// The narrowest it can be: every detail down to `…`.
    pub fn narrowest(&self) -> usize {
        width(&self.fitted_to(&vec![1; self.detail_widths().len()]))
    }

    /// The notice in at most `room` cells when it can be: its details shortened as far as needed, the verdict
    /// and the hint whole. The details give way in steps: first each down to a useful part (a path to its
    /// file name, other details to a few words), then the other details further, then the paths; within a
    /// step the widest give way first. When even the narrowest does not fit, the narrowest.
    pub fn fitted(&self, room: usize) -> String {
        let widths = self.detail_widths();
        let fixed = self.narrowest() - widths.len();
        let budget = room.saturating_sub(fixed);
        let useful: Vec<usize> = self
            .details()
            .map(|(path, s)| match path {
                true => width(&s[s.rfind('/').unwrap_or(0)..]) + 1,
                false => USEFUL_DETAIL,
            })
            .collect();
        let paths_only: Vec<usize> =
            self.details().zip(&useful).map(|((path, _), &u)| if path { u } else { 1 }).collect();
        let ones = vec![1; widths.len()];
        // The last steps: the other details down to `…` and the paths what is left; then everything.
        let paths_left: Vec<usize> =
            self.details().zip(&widths).map(|((path, _), &w)| if path { w } else { 1 }).collect();
        let steps = [(&widths, &useful), (&widths, &paths_only), (&paths_left, &ones), (&ones, &ones)];
        let fitted = steps.iter().find_map(|(widths, floors)| within(widths, floors, budget));
        self.fitted_to(&fitted.unwrap_or_else(|| vec![1; widths.len()]))
    }

    /// Each detail, and whether it is a path.
    fn details(&self) -> impl Iterator<Item = (bool, &str)> {
        self.what.iter().filter_map(|p| match p {
            Piece::Words(_) => None,
            Piece::Path(s) => Some((true, s.as_str())),
            Piece::Detail(s) => Some((false, s.as_str())),
        })
    }

    fn detail_widths(&self) -> Vec<usize> {
        self.what
            .iter()
            .filter_map(|p| match p {
                Piece::Words(_) => None,
                Piece::Path(s) | Piece::Detail(s) => Some(width(s).max(1)),
            })
            .collect()
    }

    /// The notice with each detail, in order, at most its width in `widths`.
    fn fitted_to(&self, widths: &[usize]) -> String {
        let mut widths = widths.iter();
        let mut out = String::new();
        for piece in &self.what {
            match piece {
                Piece::Words(s) => out.push_str(s),
                Piece::Path(s) => out.push_str(&truncate_middle(s, *widths.next().unwrap_or(&1))),
                Piece::Detail(s) => out.push_str(&truncate(s, *widths.next().unwrap_or(&1))),
            }
        }
        if let Some((glue, hint)) = &self.hint {
            out.push_str(glue);
            out.push_str(hint);
        }
        out
    }
}

/// How much of a detail other than a path says something: a few words, a short title.
const USEFUL_DETAIL: usize = 12;

/// Widths at most `widths` and at least `floors` (or the width, when less) whose sum is within `budget`,
/// the widest cut first: each capped at the largest cap that keeps the sum within it. `None` when even the
/// floors are over budget.
fn within(widths: &[usize], floors: &[usize], budget: usize) -> Option<Vec<usize>> {
    let at = |cap: usize| -> Vec<usize> { widths.iter().zip(floors).map(|(&w, &f)| w.min(f.max(cap))).collect() };
    let widest = widths.iter().copied().max().unwrap_or(0);
    let cap = (0..=widest).rev().find(|&cap| at(cap).iter().sum::<usize>() <= budget)?;
    Some(at(cap))
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.whole())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn not_saved() -> Notice {
        Notice::new("not saved: ")
            .path("/home/reader/.local/share/liangdian/bookmarks.json")
            .words(" is not valid (")
            .detail("line 12, column 1: EOF while parsing a value")
            .words(")")
            .hint("; ", "Enter tries again")
    }

    #[test]
    fn a_notice_that_fits_is_whole() {
        let n = not_saved();
        assert_eq!(n.fitted(200), n.whole());
        assert_eq!(
            n.whole(),
            "not saved: /home/reader/.local/share/liangdian/bookmarks.json is not valid (line 12, column 1: EOF \
             while parsing a value); Enter tries again"
        );
    }

    #[test]
    fn the_details_give_way_and_the_verdict_and_hint_stay() {
        let n = not_saved();
        for room in [100, 80, 70, 60, 50] {
            let fitted = n.fitted(room);
            assert!(width(&fitted) <= room, "{room}: {fitted}");
            assert!(fitted.starts_with("not saved: "), "{room}: {fitted}");
            assert!(fitted.contains(" is not valid ("), "{room}: {fitted}");
            assert!(fitted.ends_with("); Enter tries again"), "{room}: {fitted}");
            if room >= 70 {
                assert!(fitted.contains("/bookmarks.json is not valid ("), "the file name stays: {room}: {fitted}");
            }
        }
        // Then the parser's words go first, and the path keeps what is left.
        assert_eq!(n.fitted(60), "not saved: /home/…s.json is not valid (…); Enter tries again");
        // The parser's words go down to a few before the path gives up more than its start.
        assert_eq!(n.fitted(70), "not saved: …/bookmarks.json is not valid (line 12…); Enter tries again");
        assert!(n.fitted(100).starts_with("not saved: /home/"), "{}", n.fitted(100));
        // Too narrow for even the narrowest: the narrowest, every detail an ellipsis.
        assert_eq!(n.fitted(10), "not saved: … is not valid (…); Enter tries again");
        assert_eq!(n.narrowest(), width(&n.fitted(10)));
    }

    #[test]
    fn wide_characters_are_counted_by_their_cells() {
        let n = Notice::new("已复制").detail("东城 2. 统筹推进疫情防控和经济社会发展").words("（40 字）");
        let fitted = n.fitted(30);
        assert!(width(&fitted) <= 30, "{fitted}");
        assert!(fitted.starts_with("已复制东城") && fitted.ends_with("…（40 字）"), "{fitted}");
    }

    #[test]
    fn a_notice_goes_on_with_anothers_pieces_but_not_its_hint() {
        let fault = Notice::new("cannot write ").path("b.json").hint(": ", "check the permissions");
        let n = Notice::new("not saved: ").then(&fault).hint("; ", "Enter retries");
        assert_eq!(n.whole(), "not saved: cannot write b.json; Enter retries");
        assert_eq!(n.hint_text(), Some("Enter retries"));
    }
}
