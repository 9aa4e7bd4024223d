//! The browser's state, what a reader can ask of it, and how it answers: model and update, no terminal.

mod action;
pub mod detail;
mod input;
pub mod keymap;
pub mod lang;
pub mod layout;
mod update;

use ratatui::layout::Rect;

use crate::dataset::Dataset;
use crate::search::{Filtered, SearchIndex};
pub use action::{Action, Edit};
pub use detail::{Doc, DocLine, Tone};
pub use input::LineInput;
pub use lang::Lang;
pub use update::update;

/// The pane that has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Themes,
    Districts,
    Detail,
}

/// A page drawn over the panes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: usize },
    Overview { scroll: usize },
}

/// All the browser's state. Everything on screen is derived from it.
#[derive(Debug)]
pub struct App {
    pub data: Dataset,
    pub index: SearchIndex,
    pub lang: Lang,
    /// The terminal's size, kept so that `update` knows the panes without asking the terminal.
    pub size: Rect,
    pub focus: Focus,
    pub overlay: Option<Overlay>,
    /// Is the keyboard in the filter's query line?
    pub typing: bool,
    pub query: LineInput,
    /// A theme picked from the list, filtering exactly instead of by the query.
    pub chosen_theme: Option<usize>,
    /// What the query (or the chosen theme) selects.
    pub filtered: Filtered,
    /// Row of the theme list under the cursor, and the first row shown.
    pub theme_cursor: usize,
    pub theme_offset: usize,
    /// Row of the district list under the cursor, and the first row shown.
    pub district_cursor: usize,
    pub district_offset: usize,
    /// The selected district, laid out for the detail pane's width.
    pub detail: Doc,
    pub detail_scroll: usize,
    /// The overview page, laid out for its width.
    pub overview: Doc,
    pub quit: bool,
}

impl App {
    /// A browser on `data`, for a terminal of `width` × `height`, opened on the first district.
    pub fn new(data: Dataset, lang: Lang, width: u16, height: u16) -> App {
        let index = SearchIndex::new(&data);
        let filtered = index.filter("");
        let mut app = App {
            data,
            index,
            lang,
            size: Rect::new(0, 0, width, height),
            focus: Focus::Districts,
            overlay: None,
            typing: false,
            query: LineInput::default(),
            chosen_theme: None,
            filtered,
            theme_cursor: 0,
            theme_offset: 0,
            district_cursor: 0,
            district_offset: 0,
            detail: Doc::default(),
            detail_scroll: 0,
            overview: Doc::default(),
            quit: false,
        };
        app.relayout();
        app
    }

    /// The dataset index of the selected district, if any district passes the filter.
    pub fn selected(&self) -> Option<usize> {
        self.filtered.districts.get(self.district_cursor).map(|d| d.district)
    }

    /// Is a filter (a query or a chosen theme) in force?
    pub fn filtering(&self) -> bool {
        self.chosen_theme.is_some() || !self.query.text().trim().is_empty()
    }

    /// The panes for the current size, if the screen is large enough.
    pub fn panes(&self) -> Option<layout::Panes> {
        layout::panes(self.size)
    }
}
