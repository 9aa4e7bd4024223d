//! The comparison's header, shared by the browser and `liangdian compare`: the themes both districts carry
//! and those only one carries, each as a tag marked `=` (shared) or `+` (one side).

use super::detail::{Doc, DocLine, Tone, wrap_toned};
use super::lang::Lang;
use crate::dataset::Dataset;
use crate::search::ThemeSplit;

/// The three groups: label, tag mark, tone and theme indices.
pub fn groups<'a>(split: &'a ThemeSplit, names: [&str; 2], lang: Lang) -> [(String, char, Tone, &'a [usize]); 3] {
    let only = lang.pick("Only", "仅");
    [
        (lang.pick("Both", "共同").to_string(), '=', Tone::TagShared, &split.shared),
        (format!("{only} {}", names[0]), '+', Tone::TagOwn, &split.left),
        (format!("{only} {}", names[1]), '+', Tone::TagOwn, &split.right),
    ]
}

/// "Both (6): =#… / Only 东城 (3): +#… / Only 西城 (4): +#…" wrapped to `width`; with `counts_only`, one line
/// of counts for a narrow pane (the columns' tags still carry the marks).
pub fn header(
    data: &Dataset,
    split: &ThemeSplit,
    names: [&str; 2],
    lang: Lang,
    width: usize,
    counts_only: bool,
) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(8);
    let groups = groups(split, names, lang);
    let mut push = |text: &[(char, Tone)]| {
        for (_, spans) in wrap_toned(text, width) {
            doc.lines.push(DocLine { spans });
        }
    };
    if counts_only {
        let mut text: Vec<(char, Tone)> = Vec::new();
        for (i, (label, mark, tone, themes)) in groups.iter().enumerate() {
            if i > 0 {
                text.extend("  ".chars().map(|c| (c, Tone::Plain)));
            }
            text.push((*mark, *tone));
            text.extend(format!("{label} {}", themes.len()).chars().map(|c| (c, Tone::Title)));
        }
        push(&text);
        return doc;
    }
    for (label, mark, tone, themes) in groups {
        let mut text: Vec<(char, Tone)> =
            format!("{label} ({}):", themes.len()).chars().map(|c| (c, Tone::Title)).collect();
        for &t in themes {
            let theme = &data.themes[t];
            text.extend([(' ', Tone::Plain), (mark, tone), ('#', tone)]);
            // No-break joins keep a label with spaces ("Waste sorting") on one line.
            text.extend(
                lang.label(&theme.name, &theme.en).chars().map(|c| (if c == ' ' { '\u{a0}' } else { c }, tone)),
            );
        }
        push(&text);
    }
    doc
}
