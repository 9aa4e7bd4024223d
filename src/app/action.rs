//! Everything a reader can ask for. Terminal events become actions in the keymap; `update` carries them out.

/// One request from the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Show or hide the key help.
    ToggleHelp,
    /// Show or hide the article's overview (title, source, opening, closing).
    ToggleOverview,
    /// Go back one step: close an overlay, leave the detail, clear a filter.
    Back,
    FocusNext,
    FocusPrev,
    /// Move the selection (or, in the detail, the view) by rows.
    Up,
    Down,
    First,
    Last,
    /// Open what is selected: a district's detail, a theme's filter.
    Enter,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    /// Start typing in the theme filter.
    FocusFilter,
    /// Edit the filter query.
    Edit(Edit),
    /// Leave the filter input, keeping the query.
    AcceptFilter,
    /// Leave the filter input and clear the query.
    CancelFilter,
    /// A mouse click at a cell.
    Click {
        column: u16,
        row: u16,
    },
    /// The mouse wheel over a cell; positive scrolls down.
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
