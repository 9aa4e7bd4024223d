//! The dataset's rules beyond its shape: ids, references, empties, figures that quote the text.
//!
//! Every problem is collected, so that a reader fixes a file in one pass instead of one error per run.

use std::collections::HashMap;

use super::error::Problem;
use super::schema::{Dataset, District, Highlight};

/// Lists every broken rule, in document order. Positions are filled in later by the loader.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    check_themes(data, &mut out);
    if data.districts.is_empty() {
        out.push(problem(
            "districts",
            "the dataset",
            "has no districts",
            "add at least one district under `districts:`",
        ));
    }
    let known: HashMap<&str, usize> = data.themes.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, d) in data.districts.iter().enumerate() {
        let path = format!("districts[{i}]");
        let who = district_subject(d, i);
        check_id(&d.id, &format!("{path}.id"), &who, "district", &mut out);
        if let Some(first) = seen.insert(d.id.as_str(), i).filter(|_| !d.id.is_empty()) {
            out.push(problem(
                &format!("{path}.id"),
                &who,
                &format!("repeats the id of district {} ({})", first + 1, data.districts[first].name),
                "give each district its own id",
            ));
        }
        non_empty(&d.name, &format!("{path}.name"), &who, "has an empty name", &mut out);
        non_empty(&d.pinyin, &format!("{path}.pinyin"), &who, "has an empty pinyin", &mut out);
        if d.lead.trim().is_empty() && d.highlights.is_empty() {
            out.push(problem(&path, &who, "has neither a lead nor highlights", "add the district's text"));
        }
        for (j, h) in d.highlights.iter().enumerate() {
            check_highlight(
                h,
                &format!("{path}.highlights[{j}]"),
                &format!("{who}, highlight {}", j + 1),
                &known,
                data,
                &mut out,
            );
        }
    }
    out
}

fn check_themes(data: &Dataset, out: &mut Vec<Problem>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, t) in data.themes.iter().enumerate() {
        let path = format!("themes[{i}]");
        let who = if t.id.is_empty() { format!("theme {}", i + 1) } else { format!("theme '{}'", t.id) };
        check_id(&t.id, &format!("{path}.id"), &who, "theme", out);
        if let Some(first) = seen.insert(t.id.as_str(), i).filter(|_| !t.id.is_empty()) {
            out.push(problem(
                &format!("{path}.id"),
                &who,
                &format!("repeats the id of theme {} ({})", first + 1, data.themes[first].name),
                "give each theme its own id, or merge the two",
            ));
        }
        non_empty(&t.name, &format!("{path}.name"), &who, "has an empty name", out);
    }
}

fn check_highlight(
    h: &Highlight,
    path: &str,
    who: &str,
    known: &HashMap<&str, usize>,
    data: &Dataset,
    out: &mut Vec<Problem>,
) {
    if h.title.trim().is_empty() {
        out.push(problem(&format!("{path}.title"), who, "has no title", "write a short label under `title:`"));
    }
    non_empty(&h.text, &format!("{path}.text"), who, "has an empty text", out);
    for (k, id) in h.themes.iter().enumerate() {
        if !known.contains_key(id.as_str()) {
            out.push(problem(
                &format!("{path}.themes[{k}]"),
                who,
                &format!("refers to an unknown theme '{id}'"),
                &match nearest(id, data.themes.iter().map(|t| t.id.as_str())) {
                    Some(near) => format!("did you mean '{near}'? Theme ids are listed under `themes:`"),
                    None => "add it under `themes:` or use one of the ids listed there".to_string(),
                },
            ));
        }
    }
    let text: String = h.text.chars().filter(|c| !c.is_whitespace()).collect();
    for (k, f) in h.figures.iter().enumerate() {
        let fpath = format!("{path}.figures[{k}]");
        if f.number().is_none() {
            out.push(problem(
                &format!("{fpath}.value"),
                who,
                &format!("has a figure whose value '{}' is not a number", f.value),
                "write the digits as the text has them, such as \"3.7\"; put words in `unit` or `what`",
            ));
            continue;
        }
        let quoted: String = format!("{}{}", f.value, f.unit).chars().filter(|c| !c.is_whitespace()).collect();
        if !text.contains(&quoted) {
            out.push(problem(
                &fpath,
                who,
                &format!("has a figure '{quoted}' that its text does not contain"),
                "a figure quotes its highlight: `value` then `unit` as they stand in `text`",
            ));
        }
    }
}

fn check_id(id: &str, path: &str, who: &str, kind: &str, out: &mut Vec<Problem>) {
    let kebab = !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    if !kebab {
        out.push(problem(
            path,
            who,
            &if id.is_empty() {
                format!("has an empty {kind} id")
            } else {
                format!("has an id '{id}' that is not kebab-case")
            },
            "use lowercase ASCII letters and digits joined by hyphens, such as 'waste-sorting'",
        ));
    }
}

fn non_empty(value: &str, path: &str, who: &str, message: &str, out: &mut Vec<Problem>) {
    if value.trim().is_empty() {
        out.push(problem(path, who, message, "fill it in or remove the entry"));
    }
}

fn district_subject(d: &District, i: usize) -> String {
    if d.id.is_empty() { format!("district {}", i + 1) } else { format!("district '{}'", d.id) }
}

fn problem(path: &str, subject: &str, message: &str, hint: &str) -> Problem {
    Problem {
        position: None,
        path: path.to_string(),
        subject: subject.to_string(),
        message: message.to_string(),
        hint: hint.to_string(),
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
