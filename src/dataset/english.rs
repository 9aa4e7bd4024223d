//! What `check` warns about in a dataset's English, which is optional field by field: a dataset that has
//! English for some texts but not for others of the same kind, and a number of a Chinese text that its
//! English does not hold, neither in digits nor through the `value_en` of the figure that records it.
//! Warnings do not make a dataset invalid: a reader's half-translated file still loads.

use super::error::{Owner, Problem, Rule};
use super::schema::{Dataset, Highlight};

/// Every warning, in document order, without positions (the caller locates them in its source).
pub fn warnings(data: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    let partly = Partly::of(data);
    let dataset = |field: &str, rule: Rule| Problem { position: None, path: field.into(), owner: Owner::Dataset, rule };
    for (zh, en, field) in [(&data.intro, &data.intro_en, "intro_en"), (&data.closing, &data.closing_en, "closing_en")]
    {
        if partly.texts && en.is_empty() && !zh.trim().is_empty() {
            out.push(dataset(field, Rule::NoEnglish(field.into())));
        }
        out.extend(missing_numbers(zh, en, &[]).map(|n| dataset(field, Rule::NumberNotInEnglish(n))));
    }
    for (i, d) in data.districts.iter().enumerate() {
        let owner = || Owner::District { number: i + 1, id: d.id.to_string() };
        let at = |field: &str, rule: Rule| Problem {
            position: None,
            path: format!("districts[{i}].{field}"),
            owner: owner(),
            rule,
        };
        if partly.texts && d.lead_en.is_empty() && !d.lead.trim().is_empty() {
            out.push(at("lead_en", Rule::NoEnglish("lead_en".into())));
        }
        out.extend(missing_numbers(&d.lead, &d.lead_en, &[]).map(|n| at("lead_en", Rule::NumberNotInEnglish(n))));
        for (j, h) in d.highlights.iter().enumerate() {
            let at = |field: &str, rule: Rule| Problem {
                position: None,
                path: format!("districts[{i}].highlights[{j}].{field}"),
                owner: Owner::Highlight { district: i + 1, id: d.id.to_string(), number: j + 1 },
                rule,
            };
            if partly.titles && h.title_en.is_empty() {
                out.push(at("title_en", Rule::NoEnglish("title_en".into())));
            }
            if partly.texts && h.text_en.is_empty() {
                out.push(at("text_en", Rule::NoEnglish("text_en".into())));
            }
            let numbers = missing_numbers(&h.text, &h.text_en, &h.figures);
            out.extend(numbers.map(|n| at("text_en", Rule::NumberNotInEnglish(n))));
            for (k, f) in h.figures.iter().enumerate() {
                if partly.figures && f.value_en.is_empty() {
                    let field = format!("figures[{k}].value_en");
                    out.push(at(&field, Rule::NoEnglish("value_en".into())));
                }
            }
        }
    }
    out
}

/// For each kind of field (texts, titles, figures' values): does English stand beside some of those that
/// have Chinese and not beside others?
#[derive(Default)]
struct Partly {
    texts: bool,
    titles: bool,
    figures: bool,
}

impl Partly {
    fn of(data: &Dataset) -> Partly {
        // (with English, without) for each kind.
        let mut counts = [(0usize, 0usize); 3];
        let mut count = |kind: usize, zh: &str, en: &str| {
            if !zh.trim().is_empty() {
                let (with, without) = &mut counts[kind];
                if en.is_empty() { *without += 1 } else { *with += 1 }
            }
        };
        count(0, &data.intro, &data.intro_en);
        count(0, &data.closing, &data.closing_en);
        for d in &data.districts {
            count(0, &d.lead, &d.lead_en);
            for h in &d.highlights {
                count(0, &h.text, &h.text_en);
                count(1, &h.title, &h.title_en);
                h.figures.iter().for_each(|f| count(2, &f.value, &f.value_en));
            }
        }
        let partly = |(with, without): (usize, usize)| with > 0 && without > 0;
        Partly { texts: partly(counts[0]), titles: partly(counts[1]), figures: partly(counts[2]) }
    }
}

/// The numbers written in Arabic digits in `zh` that `en` holds neither as digits nor through the
/// `value_en` of a figure of that value, thousands separators aside on every side (1,200 is 1200).
/// Nothing when there is no English.
fn missing_numbers(zh: &str, en: &str, figures: &[super::schema::Figure]) -> impl Iterator<Item = String> {
    if en.is_empty() {
        return Vec::new().into_iter();
    }
    let (zh, digits) = (without_separators(zh), without_separators(en));
    let missing: Vec<String> = numbers(&zh)
        .filter(|n| {
            let by_figure = figures
                .iter()
                .any(|f| f.value.trim().replace(',', "") == *n && !f.value_en.is_empty() && en.contains(&*f.value_en));
            !by_figure && !numbers(&digits).any(|m| m == *n)
        })
        .map(str::to_string)
        .collect();
    missing.into_iter()
}

/// Runs of ASCII digits, with a decimal point between digits: 2019, 99.8, the 1 and the 3 of 1+3.
pub fn numbers(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && i > start))
        {
            i += 1;
        }
        Some(&text[start..i])
    })
}

/// Numbers without their thousands separators: 5,422 reads as 5422 (the Chinese may write them too).
fn without_separators(en: &str) -> String {
    let chars: Vec<char> = en.chars().collect();
    let mut out = String::with_capacity(en.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            && chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        if c == ',' && between_digits {
            continue;
        }
        out.push(c);
    }
    out
}

/// A highlight's English text has every number of its Chinese (for tests of the shipped translation).
pub fn keeps_numbers(h: &Highlight) -> Vec<String> {
    missing_numbers(&h.text, &h.text_en, &h.figures).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Figure;

    #[test]
    fn numbers_are_runs_of_digits_with_their_decimals() {
        let found: Vec<&str> = numbers("2019年，“1+3”，99.8%，共5422人次。1.").collect();
        assert_eq!(found, ["2019", "1", "3", "99.8", "5422", "1"]);
    }

    #[test]
    fn a_number_is_kept_in_digits_or_through_its_figure() {
        let figure = |value: &str, value_en: &str| Figure {
            value: value.into(),
            value_en: value_en.into(),
            ..Figure::default()
        };
        let zh = "总产值12.76亿元，共5422人次，85个小区";
        let en = "a total output of 1.276 billion yuan, 5,422 person-times, 85 compounds";
        let figures = [figure("12.76", "1.276 billion yuan")];
        assert_eq!(missing_numbers(zh, en, &figures).count(), 0);
        assert_eq!(missing_numbers(zh, en, &[]).collect::<Vec<_>>(), ["12.76"]);
        // 8 is not found inside 85, nor 1 inside 12.
        assert_eq!(missing_numbers("8个，1轮", "85 compounds, 12 rounds", &[]).collect::<Vec<_>>(), ["8", "1"]);
        assert_eq!(missing_numbers(zh, "", &[]).count(), 0, "no English, nothing to compare");
    }

    #[test]
    fn a_dataset_half_in_english_is_told_where() {
        let mut data = Dataset::embedded().expect("the embedded dataset");
        let d = &mut data.districts[0];
        d.highlights[0].text_en = "Promoted the plan in 17 halls.".into();
        d.highlights[1].text_en = "".into();
        let warnings = warnings(&data);
        let first = warnings.iter().find(|w| w.rule == Rule::NoEnglish("text_en".into()));
        assert_eq!(first.map(|w| w.path.as_str()), Some("districts[0].highlights[1].text_en"), "{warnings:?}");
        assert!(warnings.iter().all(|w| w.path != "districts[0].highlights[0].text_en"), "17 is in the English");
    }

    #[test]
    fn a_number_the_english_lost_is_told_where() {
        let mut data = Dataset::embedded().expect("the embedded dataset");
        data.districts[0].highlights[0].text_en = "Promoted the plan in many halls.".into();
        let warnings = warnings(&data);
        assert!(
            warnings
                .iter()
                .any(|w| w.rule == Rule::NumberNotInEnglish("17".into())
                    && w.path == "districts[0].highlights[0].text_en"),
            "{warnings:?}"
        );
    }
}
