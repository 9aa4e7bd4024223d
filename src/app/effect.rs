//! What an action asks of the world outside the state: the clipboard, a file, the terminal's mouse. `update`
//! only records it, so it stays a pure function of state and action; the event loop carries it out after
//! the update and reports how it went with [`Action::Done`](crate::keys::Action::Done).

use crate::bookmarks::Change;
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
