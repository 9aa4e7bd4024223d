//! The dataset's rules beyond its shape: ids, references, empties, figures that quote the text.
//!
//! Every problem is collected, so that a reader fixes a file in one pass instead of one error per run.

use std::collections::HashMap;

use super::error::Problem;
use super::schema::{Dataset, District, Highlight};

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

    fn subject(self) -> String {
        let district = |i: usize, d: &District| {
            if d.id.is_empty() { format!("district {}", i + 1) } else { format!("district '{}'", d.id) }
        };
        match self {
            Place::Dataset => "the dataset".to_string(),
            Place::Theme(i, "") => format!("theme {}", i + 1),
            Place::Theme(_, id) => format!("theme '{id}'"),
            Place::District(i, d) => district(i, d),
            Place::Highlight(i, d, j) => format!("{}, highlight {}", district(i, d), j + 1),
        }
    }

    fn problem(self, field: &str, message: String, hint: &str) -> Problem {
        Problem { position: None, path: self.path(field), subject: self.subject(), message, hint: hint.to_string() }
    }
}

/// Lists every broken rule, in document order. Positions are filled in later by the loader.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    check_themes(data, &mut out);
    if data.districts.is_empty() {
        let hint = "add at least one district under `districts:`";
        out.push(Place::Dataset.problem("districts", "has no districts".into(), hint));
    }
    let known: HashMap<&str, usize> = data.themes.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(data.districts.len());
    for (i, d) in data.districts.iter().enumerate() {
        let place = Place::District(i, d);
        check_id(&d.id, place, "district", &mut out);
        if let Some(first) = seen.insert(d.id.as_str(), i).filter(|_| !d.id.is_empty()) {
            let message = format!("repeats the id of district {} ({})", first + 1, data.districts[first].name);
            out.push(place.problem("id", message, "give each district its own id"));
        }
        non_empty(&d.name, place, "name", "has an empty name", &mut out);
        non_empty(&d.pinyin, place, "pinyin", "has an empty pinyin", &mut out);
        if d.lead.trim().is_empty() && d.highlights.is_empty() {
            out.push(place.problem("", "has neither a lead nor highlights".into(), "add the district's text"));
        }
        for (j, h) in d.highlights.iter().enumerate() {
            check_highlight(h, Place::Highlight(i, d, j), &known, data, &mut out);
        }
    }
    out
}

fn check_themes(data: &Dataset, out: &mut Vec<Problem>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, t) in data.themes.iter().enumerate() {
        let place = Place::Theme(i, &t.id);
        check_id(&t.id, place, "theme", out);
        if let Some(first) = seen.insert(t.id.as_str(), i).filter(|_| !t.id.is_empty()) {
            let message = format!("repeats the id of theme {} ({})", first + 1, data.themes[first].name);
            out.push(place.problem("id", message, "give each theme its own id, or merge the two"));
        }
        non_empty(&t.name, place, "name", "has an empty name", out);
    }
}

fn check_highlight(h: &Highlight, place: Place, known: &HashMap<&str, usize>, data: &Dataset, out: &mut Vec<Problem>) {
    if h.title.trim().is_empty() {
        out.push(place.problem("title", "has no title".into(), "write a short label under `title:`"));
    }
    non_empty(&h.text, place, "text", "has an empty text", out);
    for (k, id) in h.themes.iter().enumerate() {
        if !known.contains_key(id.as_str()) {
            let hint = match nearest(id, data.themes.iter().map(|t| t.id.as_str())) {
                Some(near) => format!("did you mean '{near}'? Theme ids are listed under `themes:`"),
                None => "add it under `themes:` or use one of the ids listed there".to_string(),
            };
            out.push(place.problem(&format!("themes[{k}]"), format!("refers to an unknown theme '{id}'"), &hint));
        }
    }
    for (k, f) in h.figures.iter().enumerate() {
        if f.number().is_none() {
            out.push(place.problem(
                &format!("figures[{k}].value"),
                format!("has a figure whose value '{}' is not a number", f.value),
                "write the digits as the text has them, such as \"3.7\"; put words in `unit` or `what`",
            ));
        } else if !quotes(&h.text, &f.value, &f.unit) {
            let quoted: String = format!("{}{}", f.value, f.unit).chars().filter(|c| !c.is_whitespace()).collect();
            out.push(place.problem(
                &format!("figures[{k}]"),
                format!("has a figure '{quoted}' that its text does not contain"),
                "a figure quotes its highlight: `value` then `unit` as they stand in `text`",
            ));
        }
    }
}

/// Does `text` hold `value` then `unit`, white space aside? Looked up without allocating in the usual case
/// (no white space inside the value or the unit); otherwise both sides are compared with it removed.
fn quotes(text: &str, value: &str, unit: &str) -> bool {
    let plain = |s: &str| !s.chars().any(char::is_whitespace);
    if plain(value) && plain(unit) {
        return text.match_indices(value).any(|(i, _)| text[i + value.len()..].trim_start().starts_with(unit));
    }
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    squeeze(text).contains(&squeeze(&format!("{value}{unit}")))
}

fn check_id(id: &str, place: Place, kind: &str, out: &mut Vec<Problem>) {
    let kebab = !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    if !kebab {
        let message = if id.is_empty() {
            format!("has an empty {kind} id")
        } else {
            format!("has an id '{id}' that is not kebab-case")
        };
        out.push(place.problem(
            "id",
            message,
            "use lowercase ASCII letters and digits joined by hyphens, such as 'waste-sorting'",
        ));
    }
}

fn non_empty(value: &str, place: Place, field: &str, message: &str, out: &mut Vec<Problem>) {
    if value.trim().is_empty() {
        out.push(place.problem(field, message.to_string(), "fill it in or remove the entry"));
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
