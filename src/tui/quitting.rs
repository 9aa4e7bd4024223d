//! What the program waits for when the reader quits, still on the browser's screen: a file being read again to
//! say where it goes wrong (the exit status depends on it), and the cache's entry of a large file, written
//! after its load (the next start reads it). Each wait says so and can be cut short. The terminal is
//! restored only after it: were it restored first, what the reader types at the shell meanwhile would go to
//! the thread still reading the terminal's events, and be lost. Keys typed during a wait, other than those
//! that cut it short, are the program's and go with it, as in any program still running.

use std::io;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::arrivals::Arrivals;
use super::{Ended, Theme, Tty, follow_resize, inbox, translate};
use crate::app::loading::Load;
use crate::dataset::Progress;
use crate::keys::{Action, Key};
use crate::lang::{BrowserMsg, Lang};
use crate::pages::{Browser, draw, receive, update};

/// The most a reader who quits waits for the cache's entry (the 20 MB file's takes 0.1–0.2 s on an idle
/// machine; it is written at the lowest priority, and a busy one may take longer).
const KEEPING_WAIT: Duration = Duration::from_secs(5);
/// How long a wait sleeps at most before it looks again (a wake can come between a look and a sleep).
const LOOK: Duration = Duration::from_millis(5);
/// How long the loader has to drop an entry it was told to give up (a batch's time).
const GIVING_UP: Duration = Duration::from_millis(200);

/// Quitting while the file is read again to say where it goes wrong: the program ends once that is known,
/// so that its exit status says whether the file is valid (Ctrl-c leaves at once, `Some(Ended::Quit)`).
pub(super) fn after_check(
    browser: &mut Browser,
    terminal: &mut Tty,
    (theme, lang): (&Theme, Lang),
    arriving: &mut Option<Arrivals>,
    events: &mpsc::Receiver<io::Result<Event>>,
) -> io::Result<Option<Ended>> {
    if !browser.app.loading.as_ref().is_some_and(|l| l.rereading) {
        return Ok(None);
    }
    let Some(Arrivals { rx, .. }) = arriving.take() else { return Ok(None) };
    browser.app.notice = Some(lang.notice(BrowserMsg::QuittingAfterCheck));
    terminal.draw(|frame| draw(frame, browser, theme))?;
    loop {
        let idle = match rx.try_recv() {
            Ok(load @ (Load::Done(_) | Load::Stopped(..))) => {
                receive(browser, load);
                return Ok(None);
            }
            Ok(load) => {
                receive(browser, load);
                false
            }
            Err(mpsc::TryRecvError::Empty) => true,
            Err(mpsc::TryRecvError::Disconnected) => return Ok(None),
        };
        while let Some(event) = inbox::next_event(events)? {
            if pressed(&event).is_some_and(|key| key == Key::Ctrl('c')) {
                return Ok(Some(Ended::Quit));
            }
            redraw_if_resized(browser, terminal, theme, &event)?;
        }
        // Woken by the loader's next word or a key; the time only bounds a wake that went astray.
        if idle {
            inbox::sleep(super::LOADING_FRAME);
        }
    }
}

/// Quitting while the cache's entry is being written (see `dataset::Fill`): the program ends once it is, at
/// most `KEEPING_WAIT` later, so that the next start reads it; q, Esc or Ctrl-c give it up and leave at once.
pub(super) fn after_keeping(
    browser: &mut Browser,
    terminal: &mut Tty,
    (theme, lang): (&Theme, Lang),
    (loader, progress): (Option<&JoinHandle<()>>, &Progress),
    events: &mpsc::Receiver<io::Result<Event>>,
) -> io::Result<()> {
    let keeping = || progress.keeping.load(Ordering::SeqCst) && !finished(loader);
    if !keeping() {
        return Ok(());
    }
    browser.app.notice = Some(lang.notice(BrowserMsg::QuittingAfterKeeping));
    terminal.draw(|frame| draw(frame, browser, theme))?;
    let until = Instant::now() + KEEPING_WAIT;
    while keeping() {
        while let Some(event) = inbox::next_event(events)? {
            if pressed(&event).is_some_and(|key| matches!(key, Key::Char('q') | Key::Esc | Key::Ctrl('c'))) {
                return Ok(());
            }
            redraw_if_resized(browser, terminal, theme, &event)?;
        }
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Ok(());
        }
        // Woken as the loader ends (its sender's end wakes this thread) or a key comes.
        inbox::sleep(left.min(LOOK));
    }
    Ok(())
}

/// The key pressed (not released: the release of the key that quit would end a wait at once, and a terminal
/// on Windows reports both).
fn pressed(event: &Event) -> Option<Key> {
    match event {
        Event::Key(k @ KeyEvent { kind: KeyEventKind::Press | KeyEventKind::Repeat, .. }) => translate(k),
        _ => None,
    }
}

/// A resize during a wait is followed, and the notice drawn again at the new size.
fn redraw_if_resized(browser: &mut Browser, terminal: &mut Tty, theme: &Theme, event: &Event) -> io::Result<()> {
    if let Event::Resize(width, height) = *event {
        let (width, height) = follow_resize(terminal, (width, height))?;
        update(browser, Action::Resize { width, height });
        terminal.draw(|frame| draw(frame, browser, theme))?;
    }
    Ok(())
}

/// However the run ends, the loader is told that nothing more is wanted, and an entry it is writing is given
/// up, with a moment to drop what it wrote (should the writer be starved of the processor past that moment,
/// the part it leaves goes at a later trim, once an hour old). Made right after the loader starts: on a
/// quit it is dropped before the terminal is restored; on any other way out, last.
pub(super) struct Leaving<'a> {
    /// `None` when the data was read on the event loop's thread.
    pub(super) loader: Option<&'a JoinHandle<()>>,
    pub(super) progress: &'a Progress,
}

impl Drop for Leaving<'_> {
    fn drop(&mut self) {
        // Sequentially consistent, as the loader's mark that it keeps and its look at this: either it sees the
        // stop, or this sees that it keeps and waits.
        self.progress.stop.store(true, Ordering::SeqCst);
        let until = Instant::now() + GIVING_UP;
        while self.progress.keeping.load(Ordering::SeqCst) && !finished(self.loader) && Instant::now() < until {
            inbox::sleep(LOOK);
        }
    }
}

/// Has the loader ended (one that ran on the event loop's thread has)?
fn finished(loader: Option<&JoinHandle<()>>) -> bool {
    loader.is_none_or(JoinHandle::is_finished)
}
