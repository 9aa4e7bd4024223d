//! What an action asks of the world outside the state: the clipboard, a file, the terminal's mouse. `update`
//! only records it, so it stays a pure function of state and action; the event loop carries it out after
//! the update and reports how it went with [`Action::Done`](super::Action::Done).

use crate::bookmarks::{Bookmark, Change};
use crate::export::Export;

/// One request to the world outside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put text on the clipboard, through the terminal (OSC 52: it works over SSH and in tmux).
    Clipboard(String),
    /// Write a Markdown file into the current directory, under a name not yet taken.
    Write(Export),
    /// Report mouse events to the browser (on) or leave them to the terminal, which can then select text.
    Mouse(bool),
    /// Save a change to the bookmarks file (the time is set when it is saved).
    Bookmark(Change),
    /// Read the bookmarks file again: another browser may have changed it.
    LoadBookmarks,
}

/// How an effect went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The file was written; its path as messages give it.
    Wrote(String),
    /// The file could not be written: the name tried and why.
    NotWritten { name: String, why: String },
    /// The bookmarks were saved: all of them now, the change, and whether a note another browser had saved
    /// in between was kept beside the new one.
    Saved { bookmarks: Vec<Bookmark>, change: Change, merged: bool },
    /// The bookmarks could not be saved (the file is left as it was): why, in a few words, and the change.
    NotSaved { why: String, change: Change },
    /// The bookmarks as read again, or why they could not be.
    Loaded(Result<Vec<Bookmark>, String>),
}
