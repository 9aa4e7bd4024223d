//! `liangdian search KEYWORD`: every occurrence in the leads and highlights, as the browser's `/` finds
//! them (the same index), each with its district, highlight and some context.

use super::{Failure, Format, Out, json};
use crate::dataset::Dataset;
use crate::doc::Tone;
use crate::doc::markdown::{escape, heading};
use crate::lang::{CliMsg, Lang};
use crate::search::{Context, Occurrence, Part, SearchIndex};
use crate::text::{char_width, truncate};

/// Characters of context on each side of a match in JSON and Markdown.
const CONTEXT: usize = 20;
/// Characters of context before a match in text (the rest of the line follows it).
const BEFORE: usize = 12;
/// Text output indents the context under the match's heading line.
const INDENT: usize = 5;

pub fn run(out: &mut Out, data: &Dataset, index: &SearchIndex, keyword: &str) -> Result<(), Failure> {
    // What an input method leaves around a word (垃圾分类，) is not part of it.
    let keyword = crate::search::trim_punctuation(keyword.trim());
    if keyword.trim().is_empty() {
        return Err(Failure::Usage {
            what: out.lang.say(CliMsg::EmptyKeyword),
            hint: out.lang.say(CliMsg::EmptyKeywordHint),
        });
    }
    if !crate::search::searchable(keyword) {
        return Err(Failure::Usage {
            what: out.lang.say(CliMsg::NothingToSearch { keyword }),
            hint: out.lang.say(CliMsg::NothingToSearchHint),
        });
    }
    // The texts printed are those searched: an English text when English is read, as in the browser.
    let mut matches = index.texts.search(keyword, |_| true);
    if out.format != Format::Json {
        matches.retain(|m| m.part.shown(&data.districts[m.district], out.texts, out.lang));
    }
    let mut districts: Vec<usize> = matches.iter().map(|m| m.district).collect();
    districts.dedup(); // occurrences come in district order
    let totals = json::SearchTotals {
        matches: matches.len(),
        districts: districts.len(),
        districts_searched: data.districts.len(),
    };
    match out.format {
        Format::Json => {
            out.json(&json::Search { keyword, matches: matches.iter().map(|m| json_match(data, m)).collect(), totals })?
        }
        _ if matches.is_empty() => {}
        Format::Text => {
            text(out, data, keyword, &matches, &totals)?;
            // Words found only in the English titles: the texts are Chinese, and themes are found by meaning.
            if matches.iter().all(|m| matches!(m.part, Part::TitleEn(_))) {
                out.blank()?;
                out.toned(&out.lang.say(CliMsg::EnglishTitlesOnly), Tone::Dim)?;
            }
            // A keyword that names a theme more districts carry: say so, and how to list them.
            for offer in crate::search::theme_offers(data, &index.theme_counts, keyword, districts.len()) {
                let theme = &data.themes[offer.theme].name;
                out.blank()?;
                out.toned(&out.lang.say(CliMsg::ThemeOffer { theme, districts: offer.districts }), Tone::Dim)?;
            }
        }
        Format::Markdown => markdown(out, data, keyword, &matches, &totals)?,
    }
    if matches.is_empty() {
        return Err(Failure::NothingFound {
            what: out.lang.say(CliMsg::NoMatchIn { keyword, districts: data.districts.len() }),
            hint: out.lang.say(CliMsg::NoMatchHint),
        });
    }
    Ok(())
}

fn text(
    out: &mut Out,
    data: &Dataset,
    keyword: &str,
    matches: &[Occurrence],
    totals: &json::SearchTotals,
) -> std::io::Result<()> {
    out.toned(&title(keyword, totals, out.lang), Tone::Heading)?;
    for (i, m) in matches.iter().enumerate() {
        let d = &data.districts[m.district];
        out.blank()?;
        // "  1  " and " · " around the district's name take 8 cells.
        let place = truncate(
            &crate::export::pages::place(data, m, out.lang),
            out.width.saturating_sub(8 + crate::text::width(&d.called(out.lang))),
        );
        out.line(&[
            (format!("{:>3}  ", i + 1), Tone::Dim),
            (d.called(out.lang), Tone::Title),
            (" · ".to_string(), Tone::Dim),
            (place, Tone::Sub),
        ])?;
        let room = out.width.saturating_sub(INDENT);
        let context = m.context(data, BEFORE.min(room / 6), room);
        let ((before, after), hit) = (context.marked(), context.hit);
        let mut chars: Vec<(char, Tone)> = before.chars().map(|c| (c, Tone::Text)).collect();
        // Without colour the match is marked with «», so it still stands out in a pipe.
        let (open, close) = if out.color { ("", "") } else { ("«", "»") };
        chars.extend(open.chars().chain(hit.chars()).chain(close.chars()).map(|c| (c, Tone::Match)));
        chars.extend(after.chars().map(|c| (c, Tone::Text)));
        let mut line = vec![(" ".repeat(INDENT), Tone::Plain)];
        line.extend(fit(&chars, room));
        out.line(&line)?;
    }
    Ok(())
}

fn markdown(
    out: &mut Out,
    data: &Dataset,
    keyword: &str,
    matches: &[Occurrence],
    totals: &json::SearchTotals,
) -> std::io::Result<()> {
    out.plain(&heading(1, &escape(&title(keyword, totals, out.lang))))?;
    out.blank()?;
    for line in crate::export::pages::matches_table(data, matches, out.lang) {
        out.plain(&line)?;
    }
    // Where the quoted words come from, as every written page ends.
    let quoted: Vec<usize> = matches.iter().map(|m| m.district).collect();
    out.blank()?;
    for line in crate::export::sources_markdown(data, &quoted, out.lang) {
        out.plain(&line)?;
    }
    Ok(())
}

/// "«冬奥会» · 3 matches in 1 of 16 districts".
fn title(keyword: &str, t: &json::SearchTotals, lang: Lang) -> String {
    lang.say(CliMsg::SearchTitle {
        keyword,
        matches: t.matches,
        districts: t.districts,
        searched: t.districts_searched,
    })
}

fn json_match<'a>(data: &'a Dataset, m: &Occurrence) -> json::Match<'a> {
    let d = &data.districts[m.district];
    let Context { before, hit, after, .. } = m.context(data, CONTEXT, CONTEXT);
    json::Match {
        district: json::DistrictRef::new(d),
        part: match m.part {
            Part::Lead => "lead",
            Part::LeadEn => "lead_en",
            Part::Title(_) => "title",
            Part::TitleEn(_) => "title_en",
            Part::Highlight(_) => "highlight",
            Part::HighlightEn(_) => "text_en",
        },
        highlight: m.part.highlight().and_then(|h| d.highlights.get(h).map(|hl| json::HighlightRef::new(hl, h))),
        start: m.start,
        length: m.len,
        before,
        matched: hit,
        after,
    }
}

/// Toned characters cut to `max` cells, ending with `…` when cut.
fn fit(chars: &[(char, Tone)], max: usize) -> Vec<(String, Tone)> {
    let total: usize = chars.iter().map(|&(c, _)| char_width(c)).sum();
    let limit = if total > max { max.saturating_sub(1) } else { max };
    let mut spans: Vec<(String, Tone)> = Vec::new();
    let mut used = 0;
    for &(c, tone) in chars {
        let w = char_width(c);
        if used + w > limit {
            spans.push(("…".to_string(), Tone::Text));
            break;
        }
        used += w;
        match spans.last_mut() {
            Some((s, t)) if *t == tone => s.push(c),
            _ => spans.push((c.to_string(), tone)),
        }
    }
    spans
}
