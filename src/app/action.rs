//! Everything a reader can ask for. Terminal events become actions in the keymap; `update` carries them out.

use super::Key;
use super::effect::Outcome;
use super::page::Opener;

/// One request from the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Show the key help (over a page, too).
    ToggleHelp,
    /// Open a page: the article, the matrix, the figures, the matches.
    Open(Opener),
    /// Go back one step: close a page, leave the detail, clear a search, clear a filter.
    Back,
    FocusNext,
    FocusPrev,
    /// Move the selection (or, in the detail, the view) by rows.
    Up,
    Down,
    /// Move across columns (the matrix).
    Left,
    Right,
    First,
    Last,
    /// Open what is selected: a district's detail, a theme's filter, a matrix cell, a figure, a match.
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
    /// Change the order of a sortable page (the figures).
    Sort,
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
    /// Turn the browser's mouse on or off (off, the terminal selects text).
    ToggleMouse,
    /// Delete what is under a page's cursor (a bookmark).
    Delete,
    /// Bookmark the highlight under the cursor, with a note (again: edit the note).
    Bookmark,
    /// A key that does nothing where the keyboard is: the status line says so, and where the help is.
    Unbound(Key),
    /// How an effect the last actions asked for went.
    Done(Outcome),
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
