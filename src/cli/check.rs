//! `liangdian check FILE`: validates a dataset with the same loader the browser uses. Valid: one summary
//! line. Invalid: the loader's own report (every problem with its line:column) on standard error.

use std::path::Path;

use super::{Failure, Format, Out, json};
use crate::dataset::{Dataset, Field, LoadError, Problem, sanitize};
use crate::doc::markdown::{escape, heading};
use crate::lang::Lang;

pub fn run(out: &mut Out, file: &Path) -> Result<(), Failure> {
    // The name is printed, so it is made printable like any other untrusted text.
    let name = sanitize(&file.display().to_string(), Field::Line).into_owned();
    let result = Dataset::from_path(file);
    let summary = result.as_ref().ok().map(json::Summary::new);
    let warnings = result.as_ref().map(|data| located(crate::dataset::warnings(data), file)).unwrap_or_default();
    match out.format {
        Format::Json => out.json(&json::Check {
            valid: result.is_ok(),
            file: name.clone(),
            summary,
            problems: result.as_ref().err().map(problems).unwrap_or_default(),
            warnings: warnings.iter().map(check_problem).collect(),
        })?,
        Format::Text => {
            if let Some(s) = &summary {
                out.plain(&format!("{name}{}{}", out.lang.colon(), valid_line(s, out.lang)))?;
            }
            // Beside the verdict, not in it: a warning does not make the file invalid.
            for w in &warnings {
                eprintln!("{}", w.warning_line(&name, out.lang));
            }
        }
        Format::Markdown => {
            if let Some(s) = &summary {
                out.plain(&heading(1, &escape(&name)))?;
                out.blank()?;
                out.plain(&escape(&valid_line(s, out.lang)))?;
            }
            if !warnings.is_empty() {
                out.blank()?;
                for w in &warnings {
                    out.plain(&format!("- {}", escape(&w.warning_line(&name, out.lang))))?;
                }
            }
        }
    }
    result.map(|_| ()).map_err(Failure::Load)
}

/// Warnings with the line and column of their field, or of what holds it when the field is not there (an
/// English text left out).
fn located(mut warnings: Vec<Problem>, file: &Path) -> Vec<Problem> {
    if warnings.is_empty() {
        return warnings;
    }
    // The file was just read and is valid; if it cannot be read again, the warnings go without positions.
    let source = std::fs::read_to_string(file).unwrap_or_default();
    let positions = crate::dataset::positions(&source);
    for w in &mut warnings {
        let mut path = w.path.as_str();
        w.position = loop {
            if let Some(p) = positions.get(path) {
                break Some(*p);
            }
            match path.rfind(['.', '[']) {
                Some(i) => path = &path[..i],
                None => break None,
            }
        };
    }
    // Each kind of warning is found in its own pass; the reader goes through the file from the top.
    warnings.sort_by_key(|w| (w.position.is_none(), w.position));
    warnings
}

fn check_problem(p: &Problem) -> json::CheckProblem {
    json::CheckProblem {
        line: p.position.map(|(l, _)| l),
        column: p.position.map(|(_, c)| c),
        path: Some(p.path.clone()),
        subject: Some(p.subject(Lang::En)),
        message: p.message(Lang::En),
        hint: p.hint(Lang::En),
    }
}

/// "valid: 16 districts, 52 highlights, 25 themes, 38 figures".
fn valid_line(s: &json::Summary, lang: crate::lang::Lang) -> String {
    lang.say(crate::lang::CliMsg::Valid {
        districts: s.districts,
        highlights: s.highlights,
        themes: s.themes,
        figures: s.figures,
    })
}

/// Every problem of a load error, one per broken rule; a whole-file error (unreadable, not UTF-8, bad
/// YAML) is one problem without a path. In English whatever the interface's language, as all JSON is.
fn problems(e: &LoadError) -> Vec<json::CheckProblem> {
    if !e.problems().is_empty() {
        return e.problems().iter().map(check_problem).collect();
    }
    let position = e.position();
    let (message, hint) = e.what_and_hint(Lang::En).unwrap_or_default();
    vec![json::CheckProblem {
        line: position.map(|(l, _)| l),
        column: position.map(|(_, c)| c),
        path: None,
        subject: None,
        message,
        hint,
    }]
}
