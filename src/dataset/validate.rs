//! The dataset's rules beyond its shape: ids, references, empties, figures that quote the text.
//!
//! Every problem is collected, so that a reader fixes a file in one pass instead of one error per run.

/// Ids seen and theme ids known, looked up for every district and every highlight's themes: hashed with
/// foldhash (seeded for each run, as the standard library's hasher is) rather than SipHash, several times
/// slower on short keys.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

use super::error::{Owner, Problem, Rule};
use super::schema::{Dataset, District, Highlight, Text};
use crate::lang::{Blank, Thing};

/// Where a value sits, kept as indices until a problem needs it spelt out: a valid file of ten thousand
/// districts then formats no strings at all.
#[derive(Clone, Copy)]
enum Place<'a> {
    Dataset,
    Theme(usize, &'a str),
    District(usize, &'a District),
    Highlight(usize, &'a District, usize),
}

impl Place<'_> {
    fn path(self, field: &str) -> String {
        let base = match self {
            Place::Dataset => String::new(),
            Place::Theme(i, _) => format!("themes[{i}]"),
            Place::District(i, _) => format!("districts[{i}]"),
            Place::Highlight(i, _, j) => format!("districts[{i}].highlights[{j}]"),
        };
        match (base.is_empty(), field.is_empty()) {
            (true, _) => field.to_string(),
            (false, true) => base,
            (false, false) => format!("{base}.{field}"),
        }
    }

    fn owner(self) -> Owner {
        match self {
            Place::Dataset => Owner::Dataset,
            Place::Theme(i, id) => Owner::Theme { number: i + 1, id: id.to_string() },
            Place::District(i, d) => Owner::District { number: i + 1, id: d.id.to_string() },
            Place::Highlight(i, d, j) => Owner::Highlight { district: i + 1, id: d.id.to_string(), number: j + 1 },
        }
    }

    fn problem(self, field: &str, rule: Rule) -> Problem {
        Problem { position: None, path: self.path(field), owner: self.owner(), rule }
    }
}

/// Lists every broken rule, in document order. Positions are filled in later by the loader.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut checker = Checker::new(data);
    let mut out = std::mem::take(&mut checker.head);
    out.extend(checker.districts(&data.districts));
    out.extend(checker.end());
    out
}

/// The rules checked a batch of districts at a time, as a large file arrives: what depends on the
/// districts before (a repeated id) is remembered, so the batches give exactly what one pass gives.
pub struct Checker {
    /// The problems of the head (the themes), found when the checker is made.
    pub head: Vec<Problem>,
    themes: Vec<Text>,
    /// Each district id seen, with the number and the name of the first district that had it.
    seen: HashMap<Text, (usize, Text)>,
    /// How many districts have been checked.
    count: usize,
}

impl Checker {
    /// A checker for the districts of a dataset whose head (source, themes …) is `head`; its districts are
    /// not looked at.
    pub fn new(head: &Dataset) -> Checker {
        let mut out = Vec::new();
        check_themes(head, &mut out);
        let themes = head.themes.iter().map(|t| t.id.clone()).collect();
        Checker { head: out, themes, seen: HashMap::default(), count: 0 }
    }

    /// The problems of the next districts in the file.
    pub fn districts(&mut self, districts: &[District]) -> Vec<Problem> {
        let mut out = Vec::new();
        let known: HashMap<&str, usize> = self.themes.iter().enumerate().map(|(i, t)| (t.as_str(), i)).collect();
        self.seen.reserve(districts.len());
        for d in districts {
            let i = self.count;
            self.count += 1;
            let place = Place::District(i, d);
            check_id(&d.id, place, Thing::District, &mut out);
            if d.id.is_empty() {
                // An empty id is its own problem, and never a repeat.
            } else if let Some((first, name)) = self.seen.get(&d.id) {
                let rule = Rule::RepeatedId { thing: Thing::District, first: first + 1, name: name.to_string() };
                out.push(place.problem("id", rule));
            } else {
                self.seen.insert(d.id.clone(), (i, d.name.clone()));
            }
            non_empty(&d.name, place, "name", Blank::Name, &mut out);
            non_empty(&d.pinyin, place, "pinyin", Blank::Pinyin, &mut out);
            if d.lead.trim().is_empty() && d.highlights.is_empty() {
                out.push(place.problem("", Rule::NoText));
            }
            for (j, h) in d.highlights.iter().enumerate() {
                check_highlight(h, Place::Highlight(i, d, j), &known, &self.themes, &mut out);
            }
        }
        out
    }

    /// What can only be said once every district is there: that there is none.
    pub fn end(&self) -> Vec<Problem> {
        if self.count == 0 { vec![Place::Dataset.problem("districts", Rule::NoDistricts)] } else { Vec::new() }
    }
}

fn check_themes(data: &Dataset, out: &mut Vec<Problem>) {
    let mut seen: HashMap<&str, usize> = HashMap::default();
    for (i, t) in data.themes.iter().enumerate() {
        let place = Place::Theme(i, &t.id);
        check_id(&t.id, place, Thing::Theme, out);
        if let Some(first) = seen.insert(t.id.as_str(), i).filter(|_| !t.id.is_empty()) {
            let name = data.themes[first].name.to_string();
            out.push(place.problem("id", Rule::RepeatedId { thing: Thing::Theme, first: first + 1, name }));
        }
        non_empty(&t.name, place, "name", Blank::Name, out);
    }
}

fn check_highlight(h: &Highlight, place: Place, known: &HashMap<&str, usize>, themes: &[Text], out: &mut Vec<Problem>) {
    if h.title.trim().is_empty() {
        out.push(place.problem("title", Rule::NoTitle));
    }
    non_empty(&h.text, place, "text", Blank::Text, out);
    for (k, id) in h.themes.iter().enumerate() {
        if !known.contains_key(id.as_str()) {
            let nearest = nearest(id, themes.iter().map(Text::as_str)).map(str::to_string);
            out.push(place.problem(&format!("themes[{k}]"), Rule::UnknownTheme { id: id.to_string(), nearest }));
        }
    }
    for (k, f) in h.figures.iter().enumerate() {
        if f.number().is_none() {
            out.push(place.problem(&format!("figures[{k}].value"), Rule::NotANumber(f.value.to_string())));
        } else if !quotes(&h.text, &f.qualifier, &f.value, &f.unit) {
            let quoted: String = f.quoted().chars().filter(|c| !c.is_whitespace()).collect();
            out.push(place.problem(&format!("figures[{k}]"), Rule::NotQuoted(quoted)));
        }
    }
}

/// Does `text` hold `value` then `unit`, white space aside? Looked up without allocating in the usual case
/// (no white space inside the value or the unit); otherwise both sides are compared with it removed.
fn quotes(text: &str, qualifier: &str, value: &str, unit: &str) -> bool {
    let plain = |s: &str| !s.chars().any(char::is_whitespace);
    if plain(qualifier) && plain(value) && plain(unit) {
        let around = |i: usize| {
            text[..i].trim_end().ends_with(qualifier) && text[i + value.len()..].trim_start().starts_with(unit)
        };
        if value.is_empty() {
            return text.char_indices().any(|(i, _)| around(i));
        }
        // Every occurrence, overlapping ones too (73.7 stands in 3.73.7 twice over). Only where the value's first
        // byte is (found with memchr) rather than at every character: this check runs for every figure of every
        // load. A match of a whole UTF-8 value always starts on a character's boundary.
        let (bytes, first) = (text.as_bytes(), value.as_bytes()[0]);
        let mut from = 0;
        while let Some(found) = memchr::memchr(first, &bytes[from..]) {
            let i = from + found;
            if bytes[i..].starts_with(value.as_bytes()) && around(i) {
                return true;
            }
            from = i + 1;
        }
        return false;
    }
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    squeeze(text).contains(&squeeze(&format!("{qualifier}{value}{unit}")))
}

fn check_id(id: &str, place: Place, thing: Thing, out: &mut Vec<Problem>) {
    let kebab = !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    if !kebab {
        let rule = if id.is_empty() { Rule::EmptyId(thing) } else { Rule::NotKebab(id.to_string()) };
        out.push(place.problem("id", rule));
    }
}

fn non_empty(value: &str, place: Place, field: &str, blank: Blank, out: &mut Vec<Problem>) {
    if value.trim().is_empty() {
        out.push(place.problem(field, Rule::Blank(blank)));
    }
}

/// The closest candidate by edit distance, when it is close enough to be a plausible typo.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        // A third of the word may be wrong (at least one character), never all of it: "zz" is near nothing.
        .filter(|(d, c)| {
            let len = c.chars().count();
            *d <= (len / 3).max(1) && *d < len
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::quotes;

    /// The definition: some character position where the value starts, the qualifier ends before it and the
    /// unit follows it, white space between them aside.
    fn quotes_at_every_character(text: &str, qualifier: &str, value: &str, unit: &str) -> bool {
        text.char_indices().any(|(i, _)| {
            text[i..].starts_with(value)
                && text[..i].trim_end().ends_with(qualifier)
                && text[i + value.len()..].trim_start().starts_with(unit)
        })
    }

    #[test]
    fn overlapping_and_later_occurrences_are_found() {
        assert!(quotes("共3.73.7万人", "", "3.7", "万人"));
        assert!(quotes("增长12%，共12 万元", "共", "12", "万元"));
        assert!(quotes("约 5 个", "约", "5", "个"));
        assert!(!quotes("共5个", "", "5", "万人"));
        assert!(!quotes("", "", "", ""));
        assert!(quotes("x", "", "", ""));
    }

    proptest! {
        #[test]
        fn the_substring_search_answers_as_a_look_at_every_character(
            text in "[共约 3.7万人个a，]{0,24}",
            qualifier in "[共约]{0,1}",
            value in "[3.7a万]{0,3}",
            unit in "[万人个]{0,2}",
        ) {
            prop_assert_eq!(
                quotes(&text, &qualifier, &value, &unit),
                quotes_at_every_character(&text, &qualifier, &value, &unit)
            );
        }
    }
}
