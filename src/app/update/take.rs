//! Taking text out of the browser: copying (to the clipboard, through the terminal), writing a Markdown
//! file, and leaving the mouse to the terminal so that it can select text itself. Each asks the event loop
//! for an [`Effect`]; the status line says what was taken.

use crate::app::{App, Effect, Said};
use crate::bookmarks::{Bookmark, Change, Place};
use crate::export::{self, Clip, Export};
use crate::keys::{self, Action, Ctx, Outcome};
use crate::lang::BrowserMsg;

/// `y` on the panes: the highlight under the cursor, or both districts of a comparison.
pub(super) fn copy(app: &mut App) {
    let clip = match (&app.compare, app.selected()) {
        (Some(c), Some(right)) => compare_clip(app, c.left, right),
        (None, Some(d)) => export::district::highlight_clip(&app.data, d, app.highlight, app.lang, app.reading),
        (_, None) => None,
    };
    put(app, clip, BrowserMsg::NothingToCopy);
}

/// `Y` on the panes: the whole district, or both districts of a comparison.
pub(super) fn copy_all(app: &mut App) {
    let clip = match (&app.compare, app.selected()) {
        (Some(c), Some(right)) => compare_clip(app, c.left, right),
        (None, Some(d)) => export::district::district_clip(&app.data, &app.index, d, app.lang, app.reading),
        (_, None) => None,
    };
    put(app, clip, BrowserMsg::NothingToCopy);
}

fn compare_clip(app: &App, left: usize, right: usize) -> Option<Clip> {
    let lines = export::compare::markdown(&app.data, &app.index, left, right, app.lang, app.reading);
    let names = [left, right].map(|d| app.data.districts[d].called(app.lang));
    Some(Clip { what: format!("{} ⇄ {}", names[0], names[1]), text: lines.join("\n") + "\n" })
}

/// Asks for `clip` to go on the clipboard and says so, or says `nothing`.
pub(crate) fn put(app: &mut App, clip: Option<Clip>, nothing: BrowserMsg) {
    app.notice = Some(match clip {
        Some(clip) => {
            let notice = app.lang.notice(BrowserMsg::Copied { what: &clip.what, chars: clip.text.chars().count() });
            app.effects.push(Effect::Clipboard(clip.text));
            app.said = Said::Done;
            notice
        }
        None => app.lang.notice(nothing),
    });
}

/// `w` on the panes: the district, or the comparison, as a Markdown file. The file is named by the
/// district's Chinese name in the Chinese interface and by its id in the English one (liangdian-东城.md,
/// liangdian-dongcheng.md), so that it is easy to type in either.
pub(super) fn export(app: &mut App) {
    let named = |d: usize| {
        let district = &app.data.districts[d];
        let name = app.lang.pick(&district.id, &district.name);
        // Two years of a district are two files: liangdian-haidian-2020.md.
        district.year.map_or_else(|| name.to_string(), |year| format!("{name}-{year}"))
    };
    let export = match (&app.compare, app.selected()) {
        (Some(c), Some(right)) => {
            let lines = export::compare::markdown(&app.data, &app.index, c.left, right, app.lang, app.reading);
            let stem = export::stem(&["liangdian", &named(c.left), &named(right)]);
            Some(Export { stem, markdown: lines.join("\n") + "\n" })
        }
        (None, Some(d)) => Some(Export {
            stem: export::stem(&["liangdian", &named(d)]),
            markdown: export::district::district_markdown(&app.data, &app.index, d, app.lang, app.reading),
        }),
        (_, None) => None,
    };
    write(app, export, BrowserMsg::NothingToCopy);
}

/// Asks for `export` to be written, or says `nothing`.
pub(crate) fn write(app: &mut App, export: Option<Export>, nothing: BrowserMsg) {
    match export {
        Some(export) => app.effects.push(Effect::Write(export)),
        None => app.notice = Some(app.lang.notice(nothing)),
    }
}

/// `M`: the mouse to the terminal (to select text) or back to the browser.
pub(super) fn toggle_mouse(app: &mut App) {
    app.mouse = !app.mouse;
    app.effects.push(Effect::Mouse(app.mouse));
    let key = keys::key_of(Ctx::Districts, &Action::ToggleMouse);
    app.notice =
        Some(app.lang.notice(if app.mouse { BrowserMsg::MouseOn } else { BrowserMsg::MouseOff { key: &key } }));
}

/// `b`: the prompt for the note of a bookmark on the highlight under the cursor, holding its note when it
/// has one.
pub(super) fn start_note(app: &mut App) {
    let Some(d) = app.selected() else {
        app.notice = Some(app.lang.notice(BrowserMsg::NothingToCopy));
        return;
    };
    if app.data.districts[d].highlights.is_empty() {
        return;
    }
    if app.compare.is_some() {
        app.notice = Some(app.lang.notice(BrowserMsg::NotWhileComparing));
        return;
    }
    let h = app.highlight;
    let existing = app.bookmarked.iter().find(|(bd, bh, _)| (*bd, *bh) == (d, h)).map(|(_, _, n)| n.clone());
    app.note.set(existing.as_deref().unwrap_or_default());
    app.note_for = Some((d, h));
    app.note_seen = existing;
    app.typing = Some(crate::app::Typing::Note);
    // Another browser may have bookmarked it since this one read the file: read it again.
    app.effects.push(Effect::LoadBookmarks);
}

/// Enter at the note prompt: asks for the bookmark to be saved with the note.
pub(super) fn save_note(app: &mut App) {
    let Some((d, h)) = app.note_for.take() else { return };
    if let Some(bookmark) = Bookmark::new(&app.data, d, h, app.note.text(), 0) {
        let seen = app.note_seen.take();
        app.effects.push(Effect::Bookmark(Change::Put { bookmark, seen }));
    }
}

/// How a written file or a saved bookmark went.
pub(crate) fn done(app: &mut App, outcome: Outcome) {
    app.notice = Some(match outcome {
        Outcome::Wrote(path) => {
            app.said = Said::Done;
            app.lang.notice(BrowserMsg::Wrote { path: &path })
        }
        Outcome::NotWritten { name, why } => app.lang.notice(BrowserMsg::NotWritten { name: &name, why: &why }),
        Outcome::Saved { bookmarks, change, merged } => {
            place_bookmarks(app, bookmarks);
            app.bookmarks_problem = None;
            let b = change.bookmark();
            let what = format!("{} {}. {}", district_name(app, &b.district), b.number, b.title);
            app.said = Said::Done;
            app.lang.notice(match (&change, merged) {
                (Change::Remove { .. }, _) => BrowserMsg::Unbookmarked { what: &what },
                (Change::Put { .. }, true) => BrowserMsg::BookmarkMerged { what: &what },
                (Change::Put { .. }, false) => BrowserMsg::Bookmarked { what: &what },
            })
        }
        Outcome::NotSaved { why, change: Change::Remove { .. } } => {
            app.lang.notice(BrowserMsg::NotDeleted { why: &why })
        }
        Outcome::NotSaved { why, change } => {
            // A note that could not be saved is not thrown away: it is back at the prompt, to try again.
            if let Change::Put { bookmark, seen } = &change
                && let crate::bookmarks::Place::Found(d, h) = bookmark.place(&app.data)
            {
                app.note.set(&bookmark.note);
                app.note_for = Some((d, h));
                app.note_seen = seen.clone();
                app.typing = Some(crate::app::Typing::Note);
            }
            app.lang.notice(BrowserMsg::NotSaved { why: &why })
        }
        Outcome::Loaded(Ok(bookmarks)) => {
            place_bookmarks(app, bookmarks);
            app.bookmarks_problem = None;
            // The prompt shows the note as it is on disk now, unless the reader has begun to change it.
            if let Some((d, h)) = app.note_for
                && app.note.text() == app.note_seen.as_deref().unwrap_or_default()
            {
                let now = app.bookmarked.iter().find(|(bd, bh, _)| (*bd, *bh) == (d, h)).map(|(_, _, n)| n.clone());
                app.note.set(now.as_deref().unwrap_or_default());
                app.note_seen = now;
            }
            return;
        }
        Outcome::Loaded(Err(why)) => {
            app.bookmarks_problem = Some(why.clone());
            app.lang.notice(BrowserMsg::NotRead { why: &why })
        }
    });
}

/// Keeps the reader's bookmarks and works out where this dataset's are.
pub(crate) fn place_bookmarks(app: &mut App, bookmarks: Vec<Bookmark>) {
    app.bookmarked = crate::bookmarks::of(&bookmarks, &app.data)
        .into_iter()
        .filter_map(|(b, place)| match place {
            Place::Found(d, h) => Some((d, h, b.note.clone())),
            _ => None,
        })
        .collect();
    app.bookmarks = bookmarks;
}

/// A district's name from its id, or the id when the dataset has no such district.
fn district_name(app: &App, id: &str) -> String {
    app.data.districts.iter().find(|d| d.id == id).map_or_else(|| id.to_string(), |d| d.called(app.lang))
}
