//! `liangdian glossary [TERM]`: the terms of Beijing and of the congresses that the article uses, each with
//! its pinyin, its English, what it means (in Chinese, English or both, as `--text` says) and the
//! highlights that use it; with a term, only the terms it names or that hold it.

use serde::Serialize;

use super::json::{DistrictRef, HighlightRef};
use super::{Failure, Format, Out};
use crate::dataset::{Dataset, Term};
use crate::doc::Tone;
use crate::doc::markdown::{escape, heading, paragraph};
use crate::lang::CliMsg;
use crate::text::wrap;

/// `glossary [TERM]` in JSON: every term shown, with both explanations.
#[derive(Debug, Serialize)]
struct Terms<'a> {
    query: Option<&'a str>,
    terms: Vec<TermOut<'a>>,
}

#[derive(Debug, Serialize)]
struct TermOut<'a> {
    term: &'a str,
    pinyin: &'a str,
    en: &'a str,
    zh: &'a str,
    explain: &'a str,
    highlights: Vec<UseOut<'a>>,
}

/// A highlight that uses a term.
#[derive(Debug, Serialize)]
struct UseOut<'a> {
    district: DistrictRef<'a>,
    highlight: HighlightRef<'a>,
}

pub fn run(out: &mut Out, data: &Dataset, query: Option<&str>) -> Result<(), Failure> {
    let query = query.map(str::trim).filter(|q| !q.is_empty());
    let shown: Vec<&Term> = match query {
        // The term a query names, else every term it is part of (in Chinese or in English).
        Some(q) => match data.glossary.iter().find(|t| t.is(q)) {
            Some(t) => vec![t],
            None => {
                let q_lower = q.to_lowercase();
                data.glossary.iter().filter(|t| t.term.contains(q) || t.en.to_lowercase().contains(&q_lower)).collect()
            }
        },
        None => data.glossary.iter().collect(),
    };
    match out.format {
        Format::Json => out.json(&Terms {
            query,
            terms: shown
                .iter()
                .map(|t| TermOut {
                    term: &t.term,
                    pinyin: &t.pinyin,
                    en: &t.en,
                    zh: &t.zh,
                    explain: &t.explain,
                    highlights: t
                        .places(data)
                        .into_iter()
                        .map(|(d, h)| {
                            let district = &data.districts[d];
                            UseOut {
                                district: DistrictRef::new(district),
                                highlight: HighlightRef::new(&district.highlights[h], h),
                            }
                        })
                        .collect(),
                })
                .collect(),
        })?,
        _ if shown.is_empty() => {}
        Format::Text => {
            for (i, t) in shown.iter().enumerate() {
                if i > 0 {
                    out.blank()?;
                }
                out.line(&[(t.term.to_string(), Tone::Heading), (format!("  {} · {}", t.pinyin, t.en), Tone::Sub)])?;
                for text in out.texts.of(&t.zh, &t.explain) {
                    let chars: Vec<char> = text.chars().collect();
                    for range in wrap(&chars, out.width.saturating_sub(2).max(20)) {
                        out.line(&[(format!("  {}", chars[range].iter().collect::<String>()), Tone::Text)])?;
                    }
                }
                out.line(&[(format!("  {}", used_in(data, t, out.lang)), Tone::Dim)])?;
            }
        }
        Format::Markdown => {
            out.plain(&heading(1, &escape(out.lang.labels().glossary)))?;
            for t in &shown {
                out.blank()?;
                out.plain(&heading(2, &escape(&format!("{} · {} · {}", t.term, t.pinyin, t.en))))?;
                for text in out.texts.of(&t.zh, &t.explain) {
                    out.blank()?;
                    out.plain(&paragraph(text))?;
                }
                out.blank()?;
                out.plain(&escape(&used_in(data, t, out.lang)))?;
            }
        }
    }
    if shown.is_empty() {
        let what = match query {
            Some(query) => out.lang.say(CliMsg::NoTermMatches { query }),
            None => out.lang.say(CliMsg::NoGlossary),
        };
        return Err(Failure::NothingFound { what, hint: out.lang.say(CliMsg::NoTermMatchesHint) });
    }
    Ok(())
}

/// "Used in: Dongcheng 东城 1, Tongzhou 通州 1".
fn used_in(data: &Dataset, t: &Term, lang: crate::lang::Lang) -> String {
    let places: Vec<String> =
        t.places(data).iter().map(|&(d, h)| format!("{} {}", data.districts[d].called(lang), h + 1)).collect();
    format!("{}{}{}", lang.labels().used_in, lang.colon(), places.join(lang.list_sep()))
}
