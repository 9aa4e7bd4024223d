//! The article's own page, laid out for a width: its title, source, totals, opening and closing paragraphs,
//! and any text an import could not place.

use super::{Doc, DocLine, Tone, wrap_toned};
use crate::dataset::Dataset;
use crate::lang::{DocMsg, Lang, Texts};

/// The article's own page: title, source, totals, opening and closing paragraphs.
pub fn build(data: &Dataset, lang: Lang, texts: Texts, width: usize) -> Doc {
    let labels = lang.labels();
    let mut doc = Doc::default();
    let para = |doc: &mut Doc, text: &str, tone: Tone| {
        let chars: Vec<(char, Tone)> = text.chars().map(|c| (c, tone)).collect();
        for (_, spans) in wrap_toned(&chars, width.max(8)) {
            doc.lines.push(DocLine { spans });
        }
    };
    let s = &data.source;
    para(&mut doc, &s.title, Tone::Heading);
    let mut source = format!("{} · {}", s.publication, s.issue);
    if !s.column.is_empty() {
        source.push_str(&format!(" · {}", s.column));
    }
    para(&mut doc, &source, Tone::Source);
    let url = crate::text::wrap_url(&s.url, width.max(8));
    doc.lines.extend(url.into_iter().map(|l| DocLine { spans: vec![(l, Tone::Source)] }));
    let highlights: usize = data.districts.iter().map(|d| d.highlights.len()).sum();
    let figures: usize = data.highlights().map(|(_, h)| h.figures.len()).sum();
    let (d, t) = (data.districts.len(), data.themes.len());
    let totals = lang.say(DocMsg::Totals { districts: d, highlights, themes: t, figures });
    para(&mut doc, &totals, Tone::Dim);
    let paragraphs = [(labels.intro, &data.intro, &data.intro_en), (labels.closing, &data.closing, &data.closing_en)];
    for (label, zh, en) in paragraphs {
        if zh.is_empty() {
            continue;
        }
        doc.lines.push(DocLine::default());
        para(&mut doc, label, Tone::Title);
        // As the detail reads them: the English under its Chinese is dimmed, alone it is the text.
        let english = texts.english() && !en.is_empty();
        if texts.chinese() || !english {
            para(&mut doc, zh, Tone::Lead);
        }
        if english {
            para(&mut doc, en, if texts.chinese() { Tone::English } else { Tone::Lead });
        }
    }
    // Text an import could not place is the article's too: it is shown until it is moved, never hidden.
    if !data.unplaced.is_empty() {
        doc.lines.push(DocLine::default());
        para(&mut doc, labels.unplaced, Tone::Title);
        for piece in &data.unplaced {
            para(&mut doc, &piece.text, Tone::Lead);
        }
    }
    doc
}
