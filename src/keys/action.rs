//! Everything a reader can ask for, and what the world reports back (a new size, a click, how an effect
//! went). Terminal events become actions through the key table; the browser's `update` carries them out.

use super::Key;
use crate::bookmarks::{Bookmark, Change};
use crate::lang::Notice;

/// One request from the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Show the key help (over a page, too).
    ToggleHelp,
    /// Open a page over the panes (`pages/` registers them).
    Open(PageId),
    /// A key the page on top binds to an action of its own (its own table says which).
    PageKey(Key),
    /// Go back one step: close a page, leave the detail, clear a search, clear a filter.
    Back,
    FocusNext,
    FocusPrev,
    /// Move the selection (or, in the detail, the view) by rows.
    Up,
    Down,
    First,
    Last,
    /// Open what is selected: a district's detail, or a theme's filter.
    Enter,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    /// Start typing in the theme filter.
    FocusFilter,
    /// Open the keyword search prompt.
    StartSearch,
    NextMatch,
    PrevMatch,
    /// The selected district's next or previous edition (year), when several are read.
    NextEdition,
    PrevEdition,
    /// Edit the line being typed.
    Edit(Edit),
    /// Leave the line being typed, keeping (filter) or running (search) it.
    Accept,
    /// Leave the line being typed and clear it.
    Cancel,
    /// Pin the selected district for comparison (again: unpin).
    Pin,
    /// Open or close the comparison.
    ToggleCompare,
    /// Swap the comparison's sides.
    Swap,
    /// Scroll the comparison's columns together or apart.
    ToggleTogether,
    /// Scroll the comparison's left column on its own.
    LeftDown,
    LeftUp,
    /// Move the highlight cursor in the detail to the next or previous highlight.
    NextHighlight,
    PrevHighlight,
    /// Copy the highlight under the cursor (on a page: its row; comparing: both districts).
    Copy,
    /// Copy the whole district (comparing: both districts).
    CopyAll,
    /// Write what is shown to a Markdown file in the current directory.
    Export,
    /// The highlights pane (or the comparison) over the whole width, or back beside the lists.
    ToggleZoom,
    /// Read the texts in Chinese, in both languages, or in English.
    ToggleReading,
    /// Turn the browser's mouse on or off (off, the terminal selects text).
    ToggleMouse,
    /// Bookmark the highlight under the cursor, with a note (again: edit the note).
    Bookmark,
    /// A key that does nothing where the keyboard is: the status line says so, and where the help is.
    Unbound(Key),
    /// How an effect the last actions asked for went (boxed: an outcome carries a bookmark and a notice,
    /// far more than any other action).
    Done(Box<Outcome>),
    /// A mouse click at a cell.
    Click {
        column: u16,
        row: u16,
    },
    /// The mouse wheel over a cell.
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    /// The terminal now has this size.
    Resize {
        width: u16,
        height: u16,
    },
}

/// One edit of a line of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Insert(String),
    Backspace,
    Delete,
    DeleteWord,
    Clear,
    Left,
    Right,
    Home,
    End,
}

/// A page, by the name it is registered under (`pages/`): what [`Action::Open`] opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PageId(pub &'static str);

/// How an effect went: what the world outside reports back to the state, as [`Action::Done`].
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
    NotSaved { why: Notice, change: Change },
    /// The bookmarks as read again, or why they could not be.
    Loaded(Result<Vec<Bookmark>, Notice>),
}
