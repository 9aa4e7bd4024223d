//! Carrying out what an update asked of the world outside: text to the clipboard through the terminal,
//! a Markdown file into the current directory, the mouse given to the terminal or taken back.

use std::io::{self, Write};
use std::path::Path;

use base64::Engine;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;

use std::time::{SystemTime, UNIX_EPOCH};

use crate::app::Effect;
use crate::bookmarks::{Applied, Bookmark, Change, Store};
use crate::export;
use crate::keys::{Action, Outcome};
use crate::lang::{Lang, io_reason};
use crate::pages::{Browser, update};

/// Carries out and clears the state's effects, writing to the terminal through `out`; a file's outcome goes
/// back to the browser as an action.
pub fn carry_out(browser: &mut Browser, out: &mut impl Write) -> io::Result<()> {
    let lang = browser.app.lang;
    for effect in std::mem::take(&mut browser.app.effects) {
        match effect {
            Effect::Clipboard(text) => {
                out.write_all(osc52(&text, std::env::var_os("TMUX").is_some()).as_bytes())?;
                out.flush()?;
            }
            Effect::Write(file) => {
                let outcome = match export::write_new(Path::new("."), &file) {
                    Ok(path) => Outcome::Wrote(path.display().to_string()),
                    Err(e) => Outcome::NotWritten { name: format!("{}.md", file.stem), why: io_reason(&e, lang) },
                };
                update(browser, Action::Done(Box::new(outcome)));
            }
            Effect::Bookmark(change) => {
                let outcome = save(stamped(change), lang);
                update(browser, Action::Done(Box::new(outcome)));
            }
            Effect::LoadBookmarks => {
                let loaded = Store::from_env().and_then(|store| store.load()).map_err(|e| e.short(lang));
                update(browser, Action::Done(Box::new(Outcome::Loaded(loaded))));
            }
            Effect::Mouse(true) => execute!(out, EnableMouseCapture)?,
            Effect::Mouse(false) => execute!(out, DisableMouseCapture)?,
        }
    }
    Ok(())
}

/// A new bookmark carries the time it was saved.
fn stamped(change: Change) -> Change {
    match change {
        Change::Put { bookmark, seen } => {
            let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
            Change::Put { bookmark: Bookmark { updated: now, ..bookmark }, seen }
        }
        other => other,
    }
}

/// Applies a change to the reader's bookmarks file.
fn save(change: Change, lang: Lang) -> Outcome {
    match Store::from_env().and_then(|store| store.apply(&change)) {
        Ok((bookmarks, applied)) => Outcome::Saved { bookmarks, change, merged: applied == Applied::Merged },
        Err(e) => Outcome::NotSaved { why: e.short(lang), change },
    }
}

/// The terminal sequence that puts `text` on the clipboard (OSC 52). Inside tmux the same sequence follows
/// wrapped for passthrough, for a tmux that has `allow-passthrough` on rather than `set-clipboard`.
pub fn osc52(text: &str, tmux: bool) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let plain = format!("\x1b]52;c;{encoded}\x07");
    if tmux { format!("{plain}\x1bPtmux;\x1b{plain}\x1b\\") } else { plain }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clipboard_sequence_carries_the_text_in_base64() {
        assert_eq!(osc52("亮点", false), "\x1b]52;c;5Lqu54K5\x07");
        let tmux = osc52("a", true);
        assert!(tmux.starts_with("\x1b]52;c;YQ==\x07\x1bPtmux;\x1b\x1b]52;c;YQ==\x07") && tmux.ends_with("\x1b\\"));
    }
}
