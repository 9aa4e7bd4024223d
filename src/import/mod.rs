//! `liangdian import`: an article of the column as a reader gets it (the text copied from the magazine's
//! page, chrome and all, or the page saved as HTML) made into a draft dataset in the shipped schema.
//!
//! The article's words are kept exactly: a district's name, lead and highlights joined give back its
//! paragraph, white space aside, and a paragraph that cannot be placed is kept under `unplaced`. What the
//! import adds (titles, what figures count, themes) is drafted for a reader to check, and the report says
//! what was found, what was not and what was skipped as page chrome. It drafts no English.

mod cut;
mod districts;
mod drafts;
mod html;
mod input;
mod measure;
mod paragraphs;
mod source;

use crate::dataset::{Dataset, District, Highlight, Source, Text, Theme, Unplaced, sanitize_dataset};
pub use districts::{Known, SIXTEEN};
pub use input::{Form, MAX_BYTES};
pub use measure::{Measure, measure};
use source::Found;

/// What the import is told besides the article.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The published page's address (`--url`); else the saved page's canonical link.
    pub url: Option<String>,
    /// The year of the work (`--year`), when the title does not name it.
    pub year: Option<u16>,
    /// The themes to suggest from, by their names and aliases.
    pub taxonomy: Vec<Theme>,
}

/// The draft and what the import has to say about it.
#[derive(Debug, Clone)]
pub struct Import {
    pub draft: Dataset,
    pub report: Report,
}

/// What was read, found, drafted and left.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub form: Form,
    /// Lines of text read (not counting empty ones).
    pub lines: usize,
    /// Lines before the first paragraph and after the last, skipped as the page's own (buttons, links,
    /// menus); the title and the breadcrumb trail, read for the source, are not among them.
    pub chrome: Vec<String>,
    pub year_from: YearFrom,
    pub url_from: Option<UrlFrom>,
    /// The districts found, in the article's order.
    pub districts: Vec<&'static str>,
    /// Of the sixteen, those the article has no paragraph for.
    pub absent: Vec<&'static str>,
    /// Districts with a second paragraph (kept under `unplaced`).
    pub twice: Vec<&'static str>,
    pub unplaced: usize,
    pub highlights: usize,
    pub figures: usize,
    pub themes: usize,
}

/// Where the year of the work came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearFrom {
    Title,
    Option,
}

/// Where the published page's address came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlFrom {
    Option,
    Canonical,
}

/// Why there is no draft. Each is said with what to do in `lang::ImportFault`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    Binary,
    NotUtf8 {
        line: usize,
        column: usize,
    },
    /// More than `limit` bytes: not an article's page.
    TooLarge {
        limit: u64,
    },
    /// Fewer than half of the sixteen districts begin a paragraph: another article, or not an article.
    NotAnArticle {
        found: Vec<&'static str>,
    },
    /// The title names no year and none was given.
    NoYear,
}

/// At least this many districts begin paragraphs in an article of this column.
const FEWEST_DISTRICTS: usize = 8;

pub fn import(bytes: &[u8], options: &Options) -> Result<Import, ImportError> {
    let (text, form) = input::decode(bytes)?;
    let (lines, page_title, canonical) = match form {
        input::Form::Text => {
            (text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect::<Vec<_>>(), None, None)
        }
        input::Form::Html => {
            let page = html::read(&text);
            let lines = page.lines.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
            (lines, page.title, page.canonical)
        }
    };
    let sorted = paragraphs::sort(&lines);
    if sorted.pieces.is_empty() {
        return Err(ImportError::NotAnArticle { found: Vec::new() });
    }
    let around = sorted.around;
    let found = find_source(&around, &around[..sorted.before], page_title.as_deref());
    // What was read for the source is not reported as skipped.
    let chrome = around.into_iter().filter(|l| *l != found.title && !source::is_breadcrumb(l)).collect();
    let body = Body::read(&sorted.pieces, &options.taxonomy);
    if body.districts.len() < FEWEST_DISTRICTS {
        return Err(ImportError::NotAnArticle { found: body.districts.iter().map(|(k, _)| k.name).collect() });
    }
    let (year, year_from) = match (options.year, found.year) {
        (Some(y), _) => (y, YearFrom::Option),
        (None, Some(y)) => (y, YearFrom::Title),
        (None, None) => return Err(ImportError::NoYear),
    };
    let (url, url_from) = match (&options.url, canonical) {
        (Some(u), _) => (u.clone(), Some(UrlFrom::Option)),
        (None, Some(u)) => (u, Some(UrlFrom::Canonical)),
        (None, None) => (String::new(), None),
    };
    let names: Vec<&'static str> = body.districts.iter().map(|(k, _)| k.name).collect();
    let districts: Vec<District> = body.districts.into_iter().map(|(_, d)| d).collect();
    let report = Report {
        form,
        lines: lines.len(),
        chrome,
        year_from,
        url_from,
        absent: SIXTEEN.iter().map(|k| k.name).filter(|n| !names.contains(n)).collect(),
        districts: names,
        twice: body.twice,
        unplaced: body.unplaced.len(),
        highlights: districts.iter().map(|d| d.highlights.len()).sum(),
        figures: districts.iter().flat_map(|d| &d.highlights).map(|h| h.figures.len()).sum(),
        themes: districts.iter().flat_map(|d| &d.highlights).map(|h| h.themes.len()).sum(),
    };
    let mut draft = Dataset {
        source: Source {
            title: found.title.into(),
            publication: found.publication.into(),
            issue: found.issue.into(),
            column: found.column.into(),
            year,
            url: url.into(),
        },
        intro: body.intro.into(),
        intro_en: Text::default(),
        closing: body.closing.into(),
        closing_en: Text::default(),
        unplaced: body.unplaced,
        themes: options.taxonomy.clone(),
        districts,
        glossary: Vec::new(),
        editions: Vec::new(),
    };
    // The draft is printed and written: anything a terminal would act on is made visible first.
    sanitize_dataset(&mut draft);
    Ok(Import { draft, report })
}

/// The title and the source from the lines around the article: the first breadcrumb trail, and the title
/// among the lines above the article: the page's `<title>` where a line repeats it and it names a year,
/// else the title-like line nearest the article that names a year, else the page's `<title>` that does,
/// else the title-like line nearest the article.
fn find_source(around: &[String], above: &[String], page_title: Option<&str>) -> Found {
    let mut found = Found::default();
    // The first trail is the page's own; a later one belongs to a related link or a footer.
    if let Some(line) = around.iter().find(|l| source::is_breadcrumb(l)) {
        source::read_breadcrumb(line, &mut found);
    }
    let from_page = page_title.map(source::page_title).filter(|t| !t.is_empty());
    let titled: Vec<&str> = above.iter().map(String::as_str).filter(|l| source::could_be_title(l)).collect();
    let named_year = |t: &&str| source::year_of(t).is_some();
    let title = from_page
        .filter(named_year)
        .and_then(|t| titled.iter().copied().find(|l| *l == t))
        .or_else(|| titled.iter().copied().rfind(named_year))
        .or(from_page.filter(named_year))
        .or_else(|| titled.iter().copied().rfind(|l| l.chars().count() >= 6))
        .or(from_page)
        .unwrap_or_default();
    // A title copied from Markdown keeps its heading marks out.
    found.title = title.trim_start_matches(['#', ' ']).to_string();
    found.year = source::year_of(&found.title);
    found
}

/// The article's paragraphs placed: the opening, each district's, the closing and what could not be placed.
#[derive(Default)]
struct Body {
    intro: String,
    closing: String,
    districts: Vec<(Known, District)>,
    unplaced: Vec<Unplaced>,
    twice: Vec<&'static str>,
}

impl Body {
    fn read(pieces: &[paragraphs::Piece], taxonomy: &[Theme]) -> Body {
        let mut body = Body::default();
        // Paragraphs not placed in a district, with what they followed and whether they name one (a district's
        // second paragraph, which is neither the opening nor the closing).
        let mut others: Vec<(Option<&'static str>, &str, bool)> = Vec::new();
        let mut heading: Option<Known> = None;
        // Each district's paragraph and what it followed.
        let mut texts: Vec<(&str, Option<&'static str>)> = Vec::new();
        for piece in pieces {
            let paragraph = match piece {
                paragraphs::Piece::Heading(d) => {
                    heading = Some(*d);
                    continue;
                }
                paragraphs::Piece::Paragraph(p) => p.as_str(),
            };
            let after = body.districts.last().map(|(k, _)| k.id);
            // A paragraph under a district's heading is that district's, its name given by the heading.
            let opening = districts::opening(paragraph)
                .or_else(|| heading.take().map(|district| districts::Opening { district, apart: 0 }));
            heading = None;
            match opening {
                Some(o) => match body.districts.iter().position(|(k, _)| k.id == o.district.id) {
                    Some(i) => {
                        body.twice.push(o.district.name);
                        // The longer of the two is the district's paragraph: the other is a photo's caption
                        // or a line quoted from it, kept where it stood.
                        let (kept, kept_after) = texts[i];
                        if paragraph.chars().count() > kept.chars().count() {
                            body.districts[i].1 = district(o, paragraph, taxonomy);
                            texts[i] = (paragraph, after);
                            others.push((kept_after, kept, true));
                        } else {
                            others.push((after, paragraph, true));
                        }
                    }
                    None => {
                        body.districts.push((o.district, district(o, paragraph, taxonomy)));
                        texts.push((paragraph, after));
                    }
                },
                None => others.push((after, paragraph, false)),
            }
        }
        // What was put aside in the article's order, so that each keeps its place after what it followed.
        others.sort_by_key(|(after, ..)| {
            after.map_or(0, |id| 1 + body.districts.iter().position(|(k, _)| k.id == id).unwrap_or(0))
        });
        let last_district = body.districts.last().map(|(k, _)| k.id);
        let intro_at = others.iter().position(|(after, _, named)| after.is_none() && !named);
        // The closing speaks of all the districts (此外,各区人大常委会还…): of the paragraphs after the last
        // district, the last that says 各区, else the last. One before it (the rest of a district's paragraph
        // wrapped by hand, a caption) is kept unplaced rather than taken for the closing.
        let closing =
            |(after, _, named): &&(Option<&str>, &str, bool)| after.is_some() && *after == last_district && !named;
        let closing_at = (0..others.len())
            .rfind(|&i| closing(&&others[i]) && others[i].1.contains("各区"))
            .or_else(|| (0..others.len()).rfind(|&i| closing(&&others[i])));
        for (i, (after, text, _)) in others.into_iter().enumerate() {
            if Some(i) == intro_at {
                body.intro = text.to_string();
            } else if Some(i) == closing_at {
                body.closing = text.to_string();
            } else {
                let after = after.or(intro_at.map(|_| "intro")).unwrap_or_default();
                body.unplaced.push(Unplaced { after: after.into(), text: text.into() });
            }
        }
        body
    }
}

/// A district's paragraph as a dataset entry: its name apart, its lead, its highlights with drafted titles,
/// figures and themes.
fn district(opening: districts::Opening, paragraph: &str, taxonomy: &[Theme]) -> District {
    let known = opening.district;
    let (lead, rest) = cut::lead(&paragraph[opening.apart..]);
    District {
        id: known.id.into(),
        name: known.name.into(),
        pinyin: known.pinyin.into(),
        en: known.en.into(),
        lead: lead.trim().into(),
        lead_en: Text::default(),
        highlights: cut::highlights(rest)
            .into_iter()
            .map(|text| Highlight {
                title: drafts::title(text).into(),
                title_en: Text::default(),
                text: text.trim().into(),
                text_en: Text::default(),
                themes: drafts::themes(text, taxonomy),
                figures: drafts::figures(text.trim()),
            })
            .collect(),
        edition: 0,
        year: None,
    }
}
