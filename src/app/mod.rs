//! The browser's state and how it answers what a reader asks: model and update of the panes (the lists,
//! the highlights, the comparison, the lines being typed), with no terminal, no drawing and no pages. The
//! pages drawn over the panes keep their own state beside this one (`pages/`) and act on it through the
//! functions here.

pub mod cursor;
pub mod derive;
pub mod editions;
pub mod effect;
mod input;
pub mod layout;
pub mod loading;
mod update;

use ratatui::layout::Rect;

use crate::bookmarks::Bookmark;
use crate::dataset::Dataset;
use crate::doc::Doc;
use crate::keys::Ctx;
pub use crate::keys::{Action, Edit, Key, Outcome};
use crate::lang::{Lang, Notice, Texts};
use crate::search::{Filtered, Occurrence, SearchIndex};
pub use effect::Effect;
pub use input::LineInput;
pub use update::update;

/// The pane that has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Themes,
    Districts,
    Detail,
}

/// Which line of text the keyboard is typing into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typing {
    /// The theme filter's query.
    Filter,
    /// The keyword search prompt (`/`).
    Search,
    /// The note of a bookmark (`b`).
    Note,
}

/// What kind of thing the status line's notice says: something done (copied, written, saved), drawn as a
/// success, or anything else (a refusal, a failure, a hint), drawn as a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Said {
    #[default]
    Warning,
    Done,
}

/// The keyword search: the prompt, the keyword searched, its occurrences and the one the reader is on.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub input: LineInput,
    pub keyword: String,
    /// Every occurrence in the dataset, found once when the search runs; `matches` are those of the
    /// districts the filter shows, so a change of filter narrows them without searching again.
    pub all: Vec<Occurrence>,
    pub matches: Vec<Occurrence>,
    pub current: usize,
    /// The themes the keyword names that more districts carry than it was found in, offered to the filter.
    pub offer: Vec<crate::search::Offer>,
    /// The district selected when the search ran: while districts still arrive, a search that found nothing
    /// yet goes to its first occurrence when it arrives only if the reader is still there.
    pub ran_on: Option<usize>,
}

impl Search {
    pub fn is_active(&self) -> bool {
        !self.keyword.is_empty()
    }
}

/// Two districts side by side.
#[derive(Debug, Clone, Default)]
pub struct Compare {
    /// The left district (dataset index); the right one is the selection.
    pub left: usize,
    /// Do both columns scroll together?
    pub together: bool,
    /// Scroll of the left and right columns.
    pub scroll: [usize; 2],
    /// Both columns laid out for their width.
    pub docs: [Doc; 2],
    /// Which themes both carry, and which only one.
    pub header: Doc,
    /// What the header and columns were laid out from.
    inputs: Option<derive::CompareInputs>,
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
    /// Is the keyboard in a line of text, and which?
    pub typing: Option<Typing>,
    pub query: LineInput,
    /// A theme picked from the list, filtering exactly instead of by the query.
    pub chosen_theme: Option<usize>,
    /// What the query (or the chosen theme) selects.
    pub filtered: Filtered,
    /// Row of the theme list under the cursor, and the first row shown.
    pub theme_cursor: usize,
    pub theme_offset: usize,
    /// The district list's rows: each district once, as the run of its editions' hits in `filtered`.
    pub rows: Vec<std::ops::Range<usize>>,
    /// How many districts there are, each counted once whatever its editions.
    pub district_total: usize,
    /// The year being read when several editions are: a row shows its district's edition of this year
    /// where it has one. `None` with one edition.
    pub year: Option<u16>,
    /// Row of the district list under the cursor, and the first row shown.
    pub district_cursor: usize,
    pub district_offset: usize,
    /// The selected district, laid out for the detail pane's width.
    pub detail: Doc,
    pub detail_scroll: usize,
    /// What `detail` was laid out from, and how many times it has been laid out (which tests read).
    detail_inputs: Option<derive::DetailInputs>,
    pub(crate) detail_layouts: usize,
    /// Where the detail should scroll once it is laid out (see [`derive::ScrollTo`]).
    scroll_to: Vec<derive::ScrollTo>,
    pub search: Search,
    /// The district pinned for comparison.
    pub pinned: Option<usize>,
    /// The comparison, when open (it takes the place of the highlights pane).
    pub compare: Option<Compare>,
    /// A one-line message for the status line, cleared by the next action, and what kind it is.
    pub notice: Option<Notice>,
    /// The texts read: Chinese, English or both.
    pub reading: Texts,
    pub said: Said,
    /// The last notices, oldest first: the status line may cut one short, the messages page shows them whole.
    pub log: Vec<String>,
    /// The highlight under the cursor in the selected district's detail (what `y` copies).
    pub highlight: usize,
    /// What the last update asked of the world outside, for the event loop to carry out.
    pub effects: Vec<Effect>,
    /// Does the browser take the mouse (or leave it to the terminal, to select text)?
    pub mouse: bool,
    /// Has the reader asked for the highlights pane to take the whole width (or, in a comparison on a
    /// narrow screen, which takes it by itself, for the lists back)? `None`: as the screen decides.
    pub zoom: Option<bool>,
    /// Every bookmark in the reader's file (of any dataset), as last read or saved.
    pub bookmarks: Vec<Bookmark>,
    /// Where those of this dataset are, worked out when they are read or saved: (district, highlight, note)
    /// of each whose highlight is there with the text it was made on.
    pub bookmarked: Vec<(usize, usize, String)>,
    /// The note being typed, the highlight (district, highlight) it is for, and its note as read when the
    /// prompt opened (`None`: no bookmark there yet).
    pub note: LineInput,
    pub note_for: Option<(usize, usize)>,
    pub note_seen: Option<String>,
    /// Why the bookmarks file could not be read, when it could not.
    pub bookmarks_problem: Option<Notice>,
    /// The dataset still arriving, or stopped short by an error (`None` once all of it is there).
    pub loading: Option<loading::Arriving>,
    pub quit: bool,
    /// The last action was a quit that was held back to say a note is not saved.
    pub quit_warned: bool,
}

impl App {
    /// A browser on `data`, for a terminal of `width` × `height`, opened on the first district.
    pub fn new(data: Dataset, lang: Lang, width: u16, height: u16) -> App {
        let index = SearchIndex::new(&data);
        let filtered = index.filter("");
        let rows = editions::rows(&filtered.districts, &data);
        // Unfiltered, the rows are every district once.
        let district_total = rows.len();
        let year = if data.several() { data.years().last().copied() } else { None };
        let mut app = App {
            data,
            index,
            lang,
            size: Rect::new(0, 0, width, height),
            focus: Focus::Districts,
            typing: None,
            query: LineInput::default(),
            chosen_theme: None,
            filtered,
            rows,
            district_total,
            year,
            theme_cursor: 0,
            theme_offset: 0,
            district_cursor: 0,
            district_offset: 0,
            detail: Doc::default(),
            detail_scroll: 0,
            detail_inputs: None,
            detail_layouts: 0,
            scroll_to: Vec::new(),
            search: Search::default(),
            pinned: None,
            compare: None,
            notice: None,
            reading: Texts::for_lang(lang),
            said: Said::Warning,
            log: Vec::new(),
            highlight: 0,
            effects: Vec::new(),
            mouse: true,
            zoom: None,
            bookmarks: Vec::new(),
            bookmarked: Vec::new(),
            note: LineInput::default(),
            note_for: None,
            note_seen: None,
            bookmarks_problem: None,
            loading: None,
            quit: false,
            quit_warned: false,
        };
        derive::derive(&mut app);
        app
    }

    /// The dataset index of the selected district (the edition its row shows), if any passes the filter.
    pub fn selected(&self) -> Option<usize> {
        self.shown_in_row(self.district_cursor)
    }

    /// Where the keyboard is on the panes: which of the key table's bindings apply (a page open over the
    /// panes has the keyboard instead; the pages know that).
    pub fn context(&self) -> Ctx {
        match self.typing {
            Some(Typing::Filter) => Ctx::Filter,
            Some(Typing::Search) => Ctx::Search,
            Some(Typing::Note) => Ctx::Note,
            None => match self.focus {
                Focus::Themes => Ctx::Themes,
                Focus::Districts => Ctx::Districts,
                Focus::Detail => Ctx::Detail,
            },
        }
    }

    /// Is a filter (a query or a chosen theme) in force?
    pub fn filtering(&self) -> bool {
        self.chosen_theme.is_some() || !self.query.text().trim().is_empty()
    }

    /// The panes for the current size, if the screen is large enough.
    pub fn panes(&self) -> Option<layout::Panes> {
        layout::panes(self.size, self.zoomed())
    }

    /// Does the highlights pane (or the comparison) take the whole width? When asked (`z`), and by itself
    /// for a comparison on a narrow screen; never while the filter is typed into, which must be seen.
    pub fn zoomed(&self) -> bool {
        self.zoom.unwrap_or(self.zoomed_by_itself()) && self.typing != Some(Typing::Filter)
    }

    /// A comparison on a screen too narrow for it beside the lists takes the whole width by itself.
    fn zoomed_by_itself(&self) -> bool {
        self.compare.is_some() && self.size.width < layout::COMPARE_ZOOM_BELOW
    }

    /// `z`: the other way from how it is now; back to the screen's own choice when that is the same.
    pub fn toggle_zoom(&mut self) {
        let wanted = !self.zoomed();
        self.zoom = (wanted != self.zoomed_by_itself()).then_some(wanted);
    }
}
