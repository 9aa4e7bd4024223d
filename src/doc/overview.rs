//! The article's own page, laid out for a width: its title, source, totals, opening and closing paragraphs.

use super::{Doc, DocLine, Tone, wrap_toned};
use crate::dataset::Dataset;
use crate::lang::{DocMsg, Lang};

/// The article's own page: title, source, totals, opening and closing paragraphs.
pub fn build(data: &Dataset, lang: Lang, width: usize) -> Doc {
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
    for (label, text) in [(labels.intro, &data.intro), (labels.closing, &data.closing)] {
        if text.is_empty() {
            continue;
        }
        doc.lines.push(DocLine::default());
        para(&mut doc, label, Tone::Title);
        para(&mut doc, text, Tone::Lead);
    }
    doc
}
