//! The reader's bookmarks taken out: one as plain text for the clipboard, all of them as Markdown with a
//! citation each (for `w` on the bookmarks page and `liangdian bookmarks --format markdown`).

use super::{Clip, citation};
use crate::bookmarks::{Bookmark, Place};
use crate::dataset::Dataset;
use crate::doc::markdown::{escape, heading, paragraph};
use crate::lang::{Lang, Texts};

/// A bookmark's district name: from the dataset when the district is there, else its id.
pub fn district_name(data: &Dataset, b: &Bookmark) -> String {
    b.district_in(data).map_or_else(|| b.district.to_string(), |d| data.districts[d].named())
}

/// The source of a bookmark's edition (the dataset's own when its edition is not read).
fn source_of<'a>(data: &'a Dataset, b: &Bookmark) -> &'a crate::dataset::Source {
    data.editions.iter().map(|e| &e.source).find(|s| s.title == b.dataset.as_str()).unwrap_or(&data.source)
}

/// A bookmark's district as a reader of `lang` names it (Dongcheng 东城), else its id.
pub fn district_called(data: &Dataset, b: &Bookmark, lang: Lang) -> String {
    b.district_in(data).map_or(b.district.to_string(), |d| data.districts[d].called(lang))
}

/// A bookmark's district name and its number and title: "东城 2. 两条例“三边”检查".
pub fn label(data: &Dataset, b: &Bookmark) -> String {
    format!("{} {}. {}", district_name(data, b), b.number, b.title)
}

/// A bookmark's label with the highlight's English title beside it in the English interface, when the
/// highlight is there with the text the note was made on.
pub fn label_in(data: &Dataset, b: &Bookmark, place: Place, lang: Lang) -> String {
    let label = format!("{} {}. {}", district_called(data, b, lang), b.number, b.title);
    match place {
        Place::Found(d, h) => lang.both(&label, &data.districts[d].highlights[h].title_en),
        _ => label,
    }
}

/// One bookmark: where, the note, the highlight's text as it is now (when it is the text marked), the source.
pub fn clip(data: &Dataset, b: &Bookmark, place: Place, lang: Lang, texts: Texts) -> Clip {
    let what = label(data, b);
    let mut text = format!("{}\n", label_in(data, b, place, lang));
    if !b.note.is_empty() {
        text.push_str(&format!("{}{}\n", lang.labels().note, b.note));
    }
    if let Place::Found(d, h) = place {
        let h = &data.districts[d].highlights[h];
        for read in texts.of(&h.text, &h.text_en) {
            text.push_str(&format!("{read}\n"));
        }
    }
    text.push_str(&format!("{}\n", citation(source_of(data, b), &district_name(data, b), lang)));
    Clip { what, text }
}

/// Every bookmark as Markdown: a heading each, the note as a quote, the text, the citation.
pub fn markdown(data: &Dataset, bookmarks: &[(Bookmark, Place)], lang: Lang, texts: Texts) -> String {
    let l = lang.labels();
    let mut out = vec![heading(1, &escape(l.bookmarks))];
    for (b, place) in bookmarks {
        out.extend([String::new(), heading(2, &escape(&label_in(data, b, *place, lang)))]);
        if !b.note.is_empty() {
            out.extend([String::new(), format!("> {}{}", escape(l.note), escape(&b.note))]);
        }
        let state = match place {
            Place::Found(d, h) => {
                let h = &data.districts[*d].highlights[*h];
                texts.of(&h.text, &h.text_en).map(paragraph).collect::<Vec<_>>().join("\n\n")
            }
            Place::Changed(..) => format!("*{}*", escape(l.text_changed)),
            Place::Missing => format!("*{}*", escape(l.not_here)),
        };
        let cite = citation(source_of(data, b), &district_name(data, b), lang);
        out.extend([String::new(), state, String::new(), escape(&cite)]);
    }
    out.extend([String::new(), escape(l.added)]);
    out.join("\n") + "\n"
}
