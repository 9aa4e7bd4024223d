//! A dataset that is still arriving: the browser opens on a large file's first districts and takes in the
//! rest batch by batch, the lists, the filter and the search following as they come; several editions join
//! one by one. What arrives only adds to what is there (the districts keep their places), so the reader's
//! place, filter and search stay as they are. A load that stops at an error leaves what arrived readable,
//! marked incomplete.

use super::update::{refilter, search, select_district};
use super::{App, derive, editions};
use crate::dataset::{Dataset, District};
use crate::lang::BrowserMsg;
use crate::search::Prepared;

/// How far the districts have arrived, while they are arriving or when they stopped short.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Arriving {
    /// How many districts the file is expected to hold (an estimate until all have come).
    pub expected: usize,
    /// The load stopped at an error: its message (where in the file, and what to do) and the exit status
    /// the program ends with.
    pub failed: Option<(String, u8)>,
    /// The pieces stopped short and the file is being read whole again, to say where it goes wrong.
    pub rereading: bool,
}

impl App {
    /// The districts have begun arriving: `expected` in all, as far as can be told.
    pub fn arriving(&mut self, expected: usize) {
        self.loading = Some(Arriving { expected: expected.max(self.data.districts.len()), ..Arriving::default() });
    }

    /// The next districts of the file being read, and the count now expected.
    pub fn arrive(&mut self, districts: Vec<District>, expected: usize) {
        self.arrive_indexed(districts, expected, Vec::new());
    }

    /// [`App::arrive`], with the index of the districts read from the cache on the loading thread
    /// (`prepared`, in order; the districts that have none are indexed here).
    pub fn arrive_indexed(&mut self, districts: Vec<District>, expected: usize, prepared: Vec<Prepared>) {
        let from = self.data.districts.len();
        let previous = self.selected();
        self.data.districts.extend(districts);
        self.index.extend_prepared(&self.data, from, prepared);
        // Room for what is still to come, judged by what has come: the index then grows in place.
        self.index.reserve_for(expected, self.data.districts.len());
        if self.data.districts.capacity() < expected {
            // A tenth more than judged: the estimate moves as batches arrive.
            self.data.districts.reserve_exact(expected + expected / 10 - self.data.districts.len());
        }
        self.index.filter_more(&mut self.filtered, self.query.text(), self.chosen_theme, from);
        self.rows = editions::rows(&self.filtered.districts, &self.data);
        self.district_total = if self.data.several() {
            editions::rows(&self.index.filter("").districts, &self.data).len()
        } else {
            self.data.districts.len()
        };
        // The district read stays the one read, wherever the ranking of a filter by name puts it now.
        self.district_cursor = match previous {
            Some(d) => self.row_of(d).unwrap_or(self.district_cursor),
            None => self.district_cursor.min(self.rows.len().saturating_sub(1)),
        };
        search::more(self, from);
        if let Some(loading) = self.loading.as_mut() {
            loading.expected = expected.max(self.data.districts.len());
        }
        derive::derive(self);
    }

    /// The whole dataset, taking the place of what arrived before (another edition has joined, or a file
    /// was read whole after its pieces failed). The reader stays on the same district, with the same
    /// filter, search, pin and comparison, wherever the districts are now.
    pub fn replace(&mut self, data: Dataset) {
        // A district by its id and year (with one edition, the year of its source).
        let key_of = |app: &App, d: usize| {
            app.data.districts.get(d).map(|d| (d.id.clone(), d.year.or(Some(app.data.source.year))))
        };
        let selected = self.selected().and_then(|d| key_of(self, d));
        let pinned = self.pinned.and_then(|d| key_of(self, d));
        let compared = self.compare.as_ref().and_then(|c| key_of(self, c.left));
        let noted = self.note_for.map(|(d, h)| (key_of(self, d), h));
        let chosen = self.chosen_theme.and_then(|t| self.data.themes.get(t)).map(|t| t.id.clone());
        let find = |data: &Dataset, key: Option<(crate::dataset::Text, Option<u16>)>| {
            let (id, year) = key?;
            let same = |d: &District| d.id == id;
            // The same edition where there is one; otherwise the district's latest (a year that went).
            (data.districts.iter().position(|d| same(d) && d.year.or(Some(data.source.year)) == year))
                .or_else(|| data.districts.iter().rposition(same))
        };
        let (selected, pinned, compared) = (find(&data, selected), find(&data, pinned), find(&data, compared));
        // A note being typed stays on its highlight.
        let noted = noted.and_then(|(key, h)| Some((find(&data, key)?, h)));
        let chosen = chosen.and_then(|id| data.themes.iter().position(|t| t.id == id));
        let years = data.years();
        // The year read stays the one read: with one edition, the year of its source.
        let read = self.year.or(Some(self.data.source.year)).filter(|y| years.contains(y));
        self.year = if data.several() { read.or_else(|| years.last().copied()) } else { None };
        let scroll = (self.detail_scroll, self.highlight);
        self.index = crate::search::SearchIndex::new(&data);
        self.data = data;
        self.chosen_theme = chosen;
        self.pinned = pinned;
        self.compare = None;
        self.note_for = noted;
        self.theme_cursor = 0;
        self.theme_offset = 0;
        self.district_cursor = 0;
        refilter(self);
        if let Some(d) = selected {
            select_district(self, d);
        }
        // The same district in the same edition: the reader's place in it stays.
        if selected.is_some() && self.selected() == selected {
            self.scroll_to.clear();
            (self.detail_scroll, self.highlight) = scroll;
        }
        if self.search.is_active() {
            search::rerun(self);
        }
        let bookmarks = std::mem::take(&mut self.bookmarks);
        super::update::take::place_bookmarks(self, bookmarks);
        if let (Some(left), Some(right)) = (compared, self.selected()) {
            self.open_compare(left, right);
        }
        self.district_total = editions::rows(&self.index.filter("").districts, &self.data).len();
        derive::derive(self);
    }

    /// The file is being read whole again (see [`Arriving::rereading`]): the status line says so, since
    /// nothing arrives for a while.
    pub fn rereading(&mut self) {
        if let Some(loading) = self.loading.as_mut() {
            loading.rereading = true;
        }
        self.notice = Some(self.lang.notice(BrowserMsg::Rereading));
    }

    /// Everything has arrived.
    pub fn arrived(&mut self) {
        if self.loading.take().is_some() {
            self.index.shrink_to_fit();
            // Bookmarks of districts that had not arrived when they were placed are placed again.
            let bookmarks = std::mem::take(&mut self.bookmarks);
            super::update::take::place_bookmarks(self, bookmarks);
            derive::derive(self);
        }
    }

    /// The load stopped at an error: what arrived stays readable, marked incomplete; the message is kept
    /// whole in the messages, after a line that says what stopped and how to go on.
    pub fn stopped(&mut self, message: String, code: u8) {
        let loaded = self.data.districts.len();
        let expected = self.loading.as_ref().map_or(loaded, |l| l.expected.max(loaded));
        let back_key = crate::keys::key_of(crate::keys::Ctx::Page, &crate::keys::Action::Back);
        let quit_key = crate::keys::key_of(crate::keys::Ctx::Page, &crate::keys::Action::Quit);
        let said = BrowserMsg::LoadStopped { loaded, expected, back_key: &back_key, quit_key: &quit_key };
        self.notice = Some(self.lang.notice(said));
        self.log.push(self.lang.say(said));
        self.log.push(message.clone());
        self.loading = Some(Arriving { expected, failed: Some((message, code)), rereading: false });
    }

    /// What is to be told once the browser is open (two editions naming a theme differently): kept in the
    /// messages page, the first on the status line.
    pub fn tell(&mut self, messages: Vec<String>) {
        if let Some(first) = messages.first() {
            self.notice = Some(crate::lang::Notice::new(first.clone()));
        }
        self.log.extend(messages);
    }
}

/// The browser's state as the loading thread builds it, or why it cannot be built: a message and the exit
/// status, printed once the terminal is restored.
pub type Started = Result<Box<App>, (String, u8)>;

/// Districts that arrived, with their index (one share per batch, in order), and the count now expected.
#[derive(Debug)]
pub struct Batch {
    pub districts: Vec<District>,
    pub expected: usize,
    pub index: Vec<Prepared>,
}

/// What the loading thread tells the browser, in order.
#[derive(Debug)]
pub enum Load {
    /// The browser can open on this state (the file's first districts, or all of it), or cannot.
    Open(Started),
    /// More of the dataset, once the browser is open.
    More(crate::dataset::Arrival),
    /// The next districts, once the browser is open, with their share of the index, read from the cache on the
    /// loading thread.
    Batch(Batch),
    /// All of it is there; what is to be told of it (two editions naming a theme differently).
    Done(Vec<String>),
    /// The load stopped at an error once the browser was open: the message and the exit status.
    Stopped(String, u8),
}
