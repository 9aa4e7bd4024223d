//! What the browser opens on: the editions `--data` names, read on the loading thread and handed to the
//! browser as they arrive (a large file's first districts open it, the rest follow), with the reader's
//! bookmarks, and the comparison or search the command line asks for.

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use crate::app::App;
use crate::app::loading::{Batch, Load, Started};
use crate::bookmarks::Store;
use crate::dataset::{Annex, Annexes, Arrival, Cache, Dataset, District, Fill, Progress, Receive, Stage, shelf};
use crate::dataset::{LoadError, ThemeConflict};
use crate::lang::{BrowserMsg, CliMsg, Fault, Lang, TerminalFault};
use crate::search::Preparer;

use crate::cli::{EditionArg, edition_of, resolve_error, theme_conflict};

/// What the command line asks the browser to open on.
#[derive(Debug, Clone)]
pub struct Opening {
    pub data: Vec<PathBuf>,
    pub edition: Option<EditionArg>,
    pub cache: Cache,
    pub compare: Option<Vec<String>>,
    pub search: Option<String>,
    pub lang: Lang,
    /// The terminal's size, which the event loop corrects before the first frame.
    pub size: (u16, u16),
}

/// Reads the editions and tells the browser (`send`) as they arrive: it opens on a file's first districts
/// when it can, otherwise once all is read. A comparison asked for on the command line needs both its
/// districts, and one edition picked from several needs them all: those open once everything is read. Then,
/// once the browser is open on everything, the cache's entry of the file read in batches is written.
pub fn load(opening: &Opening, progress: &Progress, send: &dyn Fn(Load)) {
    let early = opening.compare.is_none() && opening.edition.is_none();
    let mut loader =
        Loader { opening, progress, send, early, opened: false, pending: None, preparer: None, fill: None };
    let result = shelf::stream(&opening.data, progress, &opening.cache, &mut loader);
    let Loader { opened, pending, fill, .. } = loader;
    // Said before the browser hears the load is done: a reader who quits at once waits for the entry.
    progress.keeping.store(fill.is_some(), Ordering::SeqCst);
    let open = tell(result, opened, pending, opening, progress, send);
    // Everything is on screen: the entry of the file read in batches is written now (see `Fill`), unless the
    // browser did not open on it, or the reader has left and the browser is not waiting for it.
    if let Some(fill) = fill.filter(|_| open && !progress.stop.load(Ordering::SeqCst)) {
        std::thread::scope(|scope| {
            scope.spawn(|| keep(fill, progress));
        });
    }
    progress.keeping.store(false, Ordering::SeqCst);
}

/// Writes the cache's entry on a thread of the lowest priority, from which the threads that parse the file
/// again are started (on Linux and Android they inherit it): the second read does not take a core from the
/// browser, which draws the frame that shows everything loaded as the entry begins, and answers the
/// reader's keys while it is written. Elsewhere, or should the priority not be lowered, the entry is written
/// all the same.
fn keep(fill: Fill, progress: &Progress) {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    let _ = thread_priority::set_current_thread_priority(thread_priority::ThreadPriority::Min);
    fill.write(&mut Shares(None), &progress.stop, 1);
}

/// Tells the browser how the load ended: opens it when it is not open yet. Says whether the browser is open
/// on everything that was to be loaded.
fn tell(
    result: Result<Vec<ThemeConflict>, LoadError>,
    opened: bool,
    pending: Option<Dataset>,
    opening: &Opening,
    progress: &Progress,
    send: &dyn Fn(Load),
) -> bool {
    let lang = opening.lang;
    match (result, opened) {
        (Ok(conflicts), true) => {
            send(Load::Done(conflicts.iter().map(|c| theme_conflict(c, lang)).collect()));
            true
        }
        (Ok(conflicts), false) => {
            let Some(data) = pending else {
                send(Load::Open(Err((TerminalFault::LoaderVanished.report(lang), 1))));
                return false;
            };
            progress.set_stage(Stage::Indexing);
            let started = edition_of(data, opening.edition, lang).map_err(|e| (e.message(lang), e.exit_code()));
            let started = started.and_then(|data| open(data, opening, None)).map(|mut app| {
                app.tell(conflicts.iter().map(|c| theme_conflict(c, lang)).collect());
                app
            });
            let open = started.is_ok();
            send(Load::Open(started));
            send(Load::Done(Vec::new()));
            open
        }
        (Err(e), true) => {
            send(Load::Stopped(e.message(lang), e.exit_code()));
            false
        }
        (Err(e), false) => {
            send(Load::Open(Err((e.message(lang), e.exit_code()))));
            false
        }
    }
}

/// What the loading thread does with each arrival.
struct Loader<'a> {
    opening: &'a Opening,
    progress: &'a Progress,
    send: &'a dyn Fn(Load),
    /// Does the browser open on the first districts (rather than once everything is read)?
    early: bool,
    opened: bool,
    /// What has arrived before the browser opened.
    pending: Option<Dataset>,
    /// Once the browser is open, each batch's share of the index is read here, on the loading thread, from
    /// what the cache kept, while the browser takes in the batches before (see `search::prepared`); a batch
    /// with nothing kept the browser indexes itself, and the preparer only follows the dataset.
    preparer: Option<Preparer>,
    /// The cache's entry to write once everything is loaded (only a single file, or the first of several,
    /// is read in batches).
    fill: Option<Fill>,
}

/// The shares of the index kept beside each batch of an entry written after the load, made batch by batch as
/// a load from the cache reads them back (see `Preparer::take`).
struct Shares(Option<Preparer>);

impl Annexes for Shares {
    fn begin(&mut self, first: &Dataset) {
        self.0 = Some(Preparer::new(first));
    }

    fn next(&mut self, districts: &[District]) -> Vec<u8> {
        self.0.as_mut().map(|preparer| preparer.prepare(districts).to_bytes()).unwrap_or_default()
    }
}

impl Receive for Loader<'_> {
    fn arrive(&mut self, arrival: Arrival) {
        if self.opened {
            return match (arrival, self.preparer.as_mut()) {
                (Arrival::More { districts, expected, annex }, Some(preparer)) => {
                    let share = match annex {
                        Annex::Cached(kept) => preparer.take(&districts, kept),
                        // With nothing kept, the browser indexes the batch itself, straight into its index: a
                        // share made here would be copied there, and its room held twice for a moment.
                        Annex::None => {
                            preparer.follow(&districts);
                            return (self.send)(Load::Batch(Batch { districts, expected, index: Vec::new() }));
                        }
                    };
                    (self.send)(Load::Batch(Batch { districts, expected, index: vec![share] }))
                }
                (arrival, _) => {
                    // Whatever takes the place of what arrived (another edition, the file read again) is what
                    // the next batches join.
                    self.preparer = match &arrival {
                        Arrival::Begun { data, .. } | Arrival::Whole(data) => Some(Preparer::new(data)),
                        _ => None,
                    };
                    (self.send)(Load::More(arrival))
                }
            };
        }
        let expected = match arrival {
            Arrival::Begun { data, expected } => {
                self.pending = Some(*data);
                Some(expected)
            }
            Arrival::More { districts, .. } => {
                if let Some(data) = self.pending.as_mut() {
                    data.districts.extend(districts);
                }
                None
            }
            Arrival::Whole(data) => {
                self.pending = Some(*data);
                None
            }
            Arrival::Rereading => None,
        };
        if self.early
            && let Some(data) = self.pending.take()
        {
            self.opened = true;
            // Only a file still arriving has batches to come (the built-in dataset's first frame waits for nothing
            // it does not need).
            self.preparer = expected.is_some().then(|| Preparer::new(&data));
            self.progress.set_stage(Stage::Indexing);
            (self.send)(Load::Open(open(data, self.opening, expected)));
        }
    }

    fn wants_annex(&self) -> bool {
        // The shares kept are read only by a browser that opens on the first districts (they are always made
        // when the entry is written).
        self.early
    }

    fn write_later(&mut self, fill: Fill) {
        self.fill = Some(fill);
    }
}

/// The browser's state on `data` (all of it, or the first districts of `expected`), with the reader's
/// bookmarks and what the command line asks for.
fn open(data: Dataset, opening: &Opening, expected: Option<usize>) -> Started {
    let lang = opening.lang;
    let (width, height) = opening.size;
    let mut app = App::new(data, lang, width, height);
    if let Some(expected) = expected {
        app.arriving(expected);
    }
    // The reader's bookmarks; a file that cannot be read is said, and the browser opens without them.
    match Store::from_env().and_then(|store| store.load()) {
        Ok(bookmarks) => app.set_bookmarks(bookmarks),
        Err(e) => {
            let why = e.short(lang);
            app.notice = Some(lang.notice(BrowserMsg::NotRead { why: &why }));
            app.bookmarks_problem = Some(why);
        }
    }
    if let Some(names) = &opening.compare {
        let mut sides = Vec::new();
        for name in names {
            let d = app.index.resolve(&app.data, name).map_err(|e| (unknown_to_compare(&e, lang), 2))?;
            sides.push(d);
        }
        if let [left, right] = sides[..] {
            if left == right {
                let (a, b, name) = (&names[0], &names[1], &app.data.districts[left].name);
                let what = lang.say(CliMsg::SameDistrict { a, b, name });
                let hint = lang.say(CliMsg::SameDistrictHint);
                return Err((lang.with_hint(&format!("--compare{}{what}", lang.colon()), &hint), 2));
            }
            app.open_compare(left, right);
        }
    }
    if let Some(word) = &opening.search {
        app.open_search(word);
    }
    Ok(Box::new(app))
}

/// A name given to `--compare` that picks no district, or several.
pub fn unknown_to_compare(e: &crate::search::ResolveError, lang: Lang) -> String {
    let what = format!("--compare{}{}", lang.colon(), resolve_error(e, lang));
    lang.with_hint(&what, &lang.say(CliMsg::NameDistrictHint))
}
