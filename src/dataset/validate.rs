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
        let Checker { themes, seen, count, .. } = self;
        let known = known(themes);
        seen.reserve(districts.len());
        for d in districts {
            let i = *count;
            check_district(d, i, &known, themes, &mut out, &mut |out| repeat(seen, count, d, out));
        }
        out
    }

    /// Are the next districts free of repeated ids, those before counted? For districts whose other rules
    /// were checked already, each batch on its own (see [`sound`]).
    pub fn no_repeats(&mut self, districts: &[District]) -> bool {
        let mut out = Vec::new();
        self.seen.reserve(districts.len());
        districts.iter().for_each(|d| repeat(&mut self.seen, &mut self.count, d, &mut out));
        out.is_empty()
    }

    /// What can only be said once every district is there: that there is none.
    pub fn end(&self) -> Vec<Problem> {
        if self.count == 0 { vec![Place::Dataset.problem("districts", Rule::NoDistricts)] } else { Vec::new() }
    }
}

/// Do these districts keep every rule but the one against repeated ids, which needs the districts before
/// (see [`Checker::no_repeats`])? `themes` are the dataset's theme ids. Run where a batch has just been
/// decoded, on the thread that decoded it, while its districts are still in the processor's cache.
pub fn sound(districts: &[District], themes: &[Text]) -> bool {
    let known = known(themes);
    let mut out = Vec::new();
    districts.iter().all(|d| {
        check_district(d, 0, &known, themes, &mut out, &mut |_| {});
        out.is_empty()
    })
}

/// The problem of district `d` if its id repeats one before (`seen`); the district is counted.
fn repeat(seen: &mut HashMap<Text, (usize, Text)>, count: &mut usize, d: &District, out: &mut Vec<Problem>) {
    let i = *count;
    *count += 1;
    if d.id.is_empty() {
        // An empty id is its own problem, and never a repeat.
    } else if let Some((first, name)) = seen.get(&d.id) {
        let rule = Rule::RepeatedId { thing: Thing::District, first: first + 1, name: name.to_string() };
        out.push(Place::District(i, d).problem("id", rule));
    } else {
        seen.insert(d.id.clone(), (i, d.name.clone()));
    }
}

fn known(themes: &[Text]) -> HashMap<&str, usize> {
    themes.iter().enumerate().map(|(i, t)| (t.as_str(), i)).collect()
}

/// Every rule of district `d` (number `i`); the one against repeated ids is `repeat`'s, checked after the
/// id's own form so that the problems keep their order.
fn check_district(
    d: &District,
    i: usize,
    known: &HashMap<&str, usize>,
    themes: &[Text],
    out: &mut Vec<Problem>,
    repeat: &mut dyn FnMut(&mut Vec<Problem>),
) {
    let place = Place::District(i, d);
    check_id(&d.id, place, Thing::District, out);
    repeat(out);
    non_empty(&d.name, place, "name", Blank::Name, out);
    non_empty(&d.pinyin, place, "pinyin", Blank::Pinyin, out);
    if d.lead.trim().is_empty() && d.highlights.is_empty() {
        out.push(place.problem("", Rule::NoText));
    }
    for (j, h) in d.highlights.iter().enumerate() {
        check_highlight(h, Place::Highlight(i, d, j), known, themes, out);
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
            (qualifier.is_empty() || text[..i].trim_end().ends_with(qualifier))
                && (unit.is_empty() || text[i + value.len()..].trim_start().starts_with(unit))
        };
        if value.is_empty() {
            return text.char_indices().any(|(i, _)| around(i));
        }
        // Every occurrence, overlapping ones too (in 3.3.3万 the 3.3 before 万 begins inside another). Only where the value's first
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

    use super::{Checker, Dataset, Text, quotes, sound};

    /// The definition: some character position where the value starts, the qualifier ends before it and the
    /// unit follows it, white space between them aside.
    fn quotes_at_every_character(text: &str, qualifier: &str, value: &str, unit: &str) -> bool {
        text.char_indices().any(|(i, _)| {
            text[i..].starts_with(value)
                && text[..i].trim_end().ends_with(qualifier)
                && text[i + value.len()..].trim_start().starts_with(unit)
        })
    }

    /// Checked in two steps (every rule of each batch on its own, then repeated ids across them), a
    /// dataset is accepted exactly when one pass finds no problem.
    #[test]
    fn the_rules_checked_batch_by_batch_and_the_repeats_after_agree_with_one_pass() {
        let data = crate::synthetic::dataset(40);
        let mut cases: Vec<(&str, Dataset)> = vec![("valid", data.clone())];
        let mut with = |what, change: &dyn Fn(&mut Dataset)| {
            let mut broken = data.clone();
            change(&mut broken);
            cases.push((what, broken));
        };
        with("id not kebab", &|d| d.districts[30].id = "Not Kebab".into());
        with("repeated id", &|d| d.districts[35].id = d.districts[3].id.clone());
        with("blank name", &|d| d.districts[12].name = " ".into());
        with("unknown theme", &|d| d.districts[39].highlights[0].themes[0] = "nowhere".into());
        with("figure not quoted", &|d| d.districts[20].highlights[1].figures[0].value = "123456789".into());
        with("no title", &|d| d.districts[5].highlights[2].title = "".into());
        for (what, data) in cases {
            let mut one = Checker::new(&data);
            let whole = one.districts(&data.districts).is_empty();
            let themes: Vec<Text> = data.themes.iter().map(|t| t.id.clone()).collect();
            let mut repeats = Checker::new(&data);
            let batched = data.districts.chunks(8).all(|batch| sound(batch, &themes))
                & data.districts.chunks(8).all(|batch| repeats.no_repeats(batch));
            assert_eq!(batched, whole, "{what}");
            assert_eq!(whole, what == "valid", "{what}");
        }
    }

    #[test]
    fn overlapping_and_later_occurrences_are_found() {
        assert!(quotes("共3.73.7万人", "", "3.7", "万人"));
        // The occurrence that counts overlaps one before it: a search that skipped past each match would miss it.
        assert!(quotes("3.3.3万", "", "3.3", "万"));
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
