//! The comparison's header, shared by the browser and `liangdian compare`: the themes both districts carry
//! and those only one carries; a shared theme's tag is marked `⇄`, as in the columns.

use super::{Doc, DocLine, SHARED_MARK, Tone, tag, wrap_items};
use crate::dataset::{Dataset, FigureRef};
use crate::lang::{DocMsg, Lang};
use crate::search::ThemeSplit;

/// The three groups: label, tag mark, tone and theme indices.
pub fn groups<'a>(
    split: &'a ThemeSplit,
    names: [&str; 2],
    lang: Lang,
) -> [(String, Option<char>, Tone, &'a [usize]); 3] {
    [
        (lang.labels().both.to_string(), Some(SHARED_MARK), Tone::TagShared, &split.shared),
        (lang.say(DocMsg::OnlyIn { district: names[0] }), None, Tone::TagOwn, &split.left),
        (lang.say(DocMsg::OnlyIn { district: names[1] }), None, Tone::TagOwn, &split.right),
    ]
}

/// "Both (6): ⇄#… / Only 东城 (3): #… / Only 西城 (4): #…" wrapped to `width`, then the figures both count
/// side by side ("Counted by both (1): 调研视察 20余次 → 30余次"); with `counts_only`, one line of counts for
/// a narrow pane (the columns' tags still carry the marks).
pub fn header(
    data: &Dataset,
    split: &ThemeSplit,
    figures: &[(FigureRef, FigureRef)],
    names: [&str; 2],
    lang: Lang,
    width: usize,
    counts_only: bool,
) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(8);
    let groups = groups(split, names, lang);
    if counts_only {
        // "⇄Both 6  Only 东城 3  Only 西城 4", each count kept whole.
        let mut items: Vec<Vec<(char, Tone)>> = groups
            .iter()
            .map(|(label, mark, tone, themes)| {
                mark.map(|m| (m, *tone))
                    .into_iter()
                    .chain(format!("{label} {} ", themes.len()).chars().map(|c| (c, Tone::Title)))
                    .collect()
            })
            .collect();
        if !figures.is_empty() {
            let label = format!("{} {} ", lang.labels().counted_both, figures.len());
            items.push(label.chars().map(|c| (c, Tone::Title)).collect());
        }
        for spans in wrap_items(&items, width) {
            doc.lines.push(DocLine { spans });
        }
        return doc;
    }
    for (label, mark, tone, themes) in groups {
        // The group's label, then its tags, none of them split across lines.
        let head: Vec<(char, Tone)> =
            lang.say(DocMsg::GroupCount { label: &label, n: themes.len() }).chars().map(|c| (c, Tone::Title)).collect();
        let mut items: Vec<Vec<(char, Tone)>> =
            std::iter::once(head).chain(themes.iter().map(|&t| tag(data, t, mark, tone, lang))).collect();
        // A full-width colon brings its own space: the first tag follows it directly.
        if lang == Lang::Zh && items.len() > 1 {
            let first = items.remove(1);
            items[0].extend(first);
        }
        for spans in wrap_items(&items, width) {
            doc.lines.push(DocLine { spans });
        }
    }
    if !figures.is_empty() {
        let head = lang.say(DocMsg::GroupCount { label: lang.labels().counted_both, n: figures.len() });
        let mut items: Vec<Vec<(char, Tone)>> = vec![head.chars().map(|c| (c, Tone::Title)).collect()];
        let figure = |r: &FigureRef| &data.districts[r.district].highlights[r.highlight].figures[r.figure];
        for (a, b) in figures {
            let (fa, fb) = (figure(a), figure(b));
            let mut item: Vec<(char, Tone)> =
                format!("{} ", lang.both(&fa.what, &fa.what_en)).chars().map(|c| (c, Tone::Plain)).collect();
            item.extend(fa.quoted().chars().map(|c| (c, Tone::Figure)));
            item.extend(" → ".chars().map(|c| (c, Tone::Dim)));
            item.extend(fb.quoted().chars().map(|c| (c, Tone::Figure)));
            items.push(item);
        }
        for spans in wrap_items(&items, width) {
            doc.lines.push(DocLine { spans });
        }
    }
    doc
}
