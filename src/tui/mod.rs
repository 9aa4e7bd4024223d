//! The terminal: setup, restore (on quit, on error and on panic), the event loop and the translation of its
//! events. The only module that touches the terminal.

mod arrivals;
mod effects;
mod events;
mod inbox;
mod quitting;

use std::io::{self, BufWriter, Stdout, Write};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::app::App;
use crate::app::loading::Load;
use crate::dataset::Progress;
use crate::keys::{Action, Key, leaves_loading};
use crate::lang::{Fault, Lang, TerminalFault};
use crate::pages::{Browser, draw, update};
use crate::theme::Theme;
use crate::ui::{Loading, draw_loading};
use arrivals::{Arrivals, take_arrivals, take_held};
pub use effects::osc52;
pub use events::{action_for, translate};
use inbox::Post;

/// Is the terminal in the browser's state (raw, alternate screen, mouse)? Restoring twice would leave the
/// alternate screen twice, and the second time moves the cursor back above a panic message.
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was: cooked mode, main screen, no mouse reporting, cursor shown. Only the
/// first call after setup does anything, so the panic hook and the guard can both call it.
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(out, DisableBracketedPaste, DisableMouseCapture, LeaveAlternateScreen, crossterm::cursor::Show);
    let _ = out.flush();
}

/// Restores the terminal when dropped, so an early return with `?` cannot leave it raw.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// How a run ended.
#[derive(Debug)]
pub enum Ended {
    Quit,
    /// Loading failed: the message and exit status, to print on the restored terminal.
    Failed(String, u8),
}

/// Runs the browser on an app that is ready.
pub fn run(app: App, theme: Theme) -> io::Result<Ended> {
    let start = move |_: &Progress, send: &dyn Fn(Load)| {
        send(Load::Open(Ok(Box::new(app))));
        send(Load::Done(Vec::new()));
    };
    run_loading(start, Loading { at_once: true, ..Loading::default() }, theme)
}

/// Runs the browser; `start` reads the dataset on another thread (on this one, before the terminal is
/// touched, when `loading.at_once`) and tells the browser (`send`) as it arrives: a loading screen shows its
/// progress until the browser can open, on a large file's first districts, and the rest joins while the
/// reader reads.
pub fn run_loading<F>(start: F, loading: Loading, theme: Theme) -> io::Result<Ended>
where
    F: FnOnce(&Progress, &dyn Fn(Load)) + Send + 'static,
{
    let previous = std::panic::take_hook();
    let event_loop = std::thread::current().id();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() != event_loop || LOADING_HERE.load(Ordering::SeqCst) {
            // Another thread's panic does not end the browser by itself: a parser's is recovered from (the
            // file takes the whole road), the loader's ends loading (on this thread too, where the built-in
            // dataset is read), and that of the thread reading the terminal's events ends the run as a
            // terminal that failed. The terminal is left alone, and the message is kept to be told once it is
            // restored.
            let mut kept = BACKGROUND_PANIC.lock().unwrap_or_else(PoisonError::into_inner);
            kept.get_or_insert_with(|| info.to_string());
            return;
        }
        // Restore first, so the message lands on a usable screen instead of inside the alternate one.
        restore();
        previous(info);
    }));
    let started = Instant::now();
    let lang = loading.lang;
    let progress = Arc::new(Progress::default());
    let (post, rx) = Post::to_this_thread();
    // A send fails only when the reader quit during loading; nothing is left to tell.
    let send = move |load| {
        post.send(load);
    };
    // The built-in dataset is read here, before the terminal is touched: it takes about a millisecond, and a
    // thread of its own cost nearly as much again in being started and in waking this one when it was done.
    let loader = if loading.at_once {
        LOADING_HERE.store(true, Ordering::SeqCst);
        let read = std::panic::catch_unwind(AssertUnwindSafe(|| start(&progress, &send)));
        LOADING_HERE.store(false, Ordering::SeqCst);
        if read.is_err() {
            return Ok(loader_died(lang));
        }
        drop(send);
        None
    } else {
        let progress = Arc::clone(&progress);
        Some(std::thread::spawn(move || start(&progress, &send)))
    };
    let leaving = quitting::Leaving { loader: loader.as_ref(), progress: &progress };
    // Most loads (a small file, any error) finish within moments: wait that long before touching the terminal,
    // so an error prints on an untouched screen and a small file shows no loading screen at all (the built-in
    // dataset has been read by now).
    let early = match first_wait(&rx, lang) {
        Ok(early) => early,
        Err(ended) => return Ok(ended),
    };
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = Guard;
    // Clearing directly rather than with `Terminal::clear`, which asks the terminal for the cursor position
    // and fails on a terminal that does not answer.
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    // A frame is gathered and written at once when the draw flushes: one write instead of one per kilobyte
    // (standard output's own buffer), so a frame reaches the terminal sooner and never half-drawn.
    let out = BufWriter::with_capacity(FRAME_BUFFER, io::stdout());
    // The terminal's size is asked once, then followed by its resize events: with a viewport of its own size
    // ratatui asks before every frame, and crossterm opens the terminal's device to answer each time (a few
    // hundred times while a large file arrives, on the thread that takes it in).
    let (width, height) = crossterm::terminal::size()?;
    let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
    let mut terminal: Tty = Terminal::with_options(CrosstermBackend::new(out), TerminalOptions { viewport })?;
    // The terminal's events are read on a thread of their own, which wakes this one for each; it starts once
    // they are needed: before the loading screen, else after the first frame (what is typed meanwhile waits in
    // the terminal, and a resize is told as the thread starts).
    let mut events = None;
    // What the reader types while the file loads is kept and carried out, in order, once the browser is
    // there (as fzf keeps a query typed before its input has arrived): `/垃圾分类 Enter` typed at once searches.
    let mut typed: Vec<event::Event> = Vec::new();
    let app = match early {
        Some(app) => app,
        None => 'open: loop {
            let events = events.get_or_insert_with(inbox::read_events);
            terminal.draw(|frame| draw_loading(frame, &loading, &progress, started.elapsed(), &theme))?;
            let next_frame = Instant::now() + LOADING_FRAME;
            loop {
                match rx.try_recv() {
                    Ok(Load::Open(Ok(app))) => break 'open app,
                    Ok(Load::Open(Err((message, code)))) => return Ok(Ended::Failed(message, code)),
                    Ok(_) | Err(mpsc::TryRecvError::Disconnected) => return Ok(loader_died(lang)),
                    Err(mpsc::TryRecvError::Empty) => {}
                }
                while let Some(event) = inbox::next_event(events)? {
                    match event {
                        event::Event::Key(k) if k.kind != event::KeyEventKind::Release => {
                            let key = translate(&k);
                            // Ctrl-c always leaves; q and Esc leave only before anything was typed, after which
                            // they belong to what is being typed (a keyword with a q, leaving the search prompt).
                            if key.is_some_and(|key| key == Key::Ctrl('c') || typed.is_empty() && leaves_loading(key)) {
                                return Ok(Ended::Quit);
                            }
                            typed.push(event::Event::Key(k));
                        }
                        paste @ event::Event::Paste(_) => typed.push(paste),
                        event::Event::Resize(width, height) => {
                            follow_resize(&mut terminal, (width, height))?;
                        }
                        // The mouse points at a screen that is not there yet.
                        _ => {}
                    }
                }
                let left = next_frame.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    break;
                }
                inbox::sleep(left);
            }
        },
    };
    let mut browser = Browser::new(*app);
    let area = terminal.get_frame().area();
    update(&mut browser, Action::Resize { width: area.width, height: area.height });
    // The rest of the file may still be arriving: it is taken in between frames.
    let mut arriving = Some(Arrivals { rx, held: None });
    // A file still arriving is drawn first, its districts taken in after: on a second start the cache hands
    // on batches faster than they are taken in, and the first frame would wait for a budget's worth of them.
    // Keys typed while it loaded are carried out on what has arrived by then, so they wait for those batches;
    // anything else (the built-in dataset, a file read whole) is told it is done before its first frame.
    let draw_first = browser.app.loading.is_some() && typed.is_empty();
    // Whether to look for districts before the loop sleeps: more were waiting when it last stopped taking them
    // in, or it has just woken.
    let mut look = draw_first || take_arrivals(&mut browser, &mut arriving, lang);
    if !typed.is_empty() {
        take_held(&mut browser, &mut arriving);
    }
    for event in &typed {
        if let Some(action) = action_for(&browser, event) {
            update(&mut browser, action);
            effects::carry_out(&mut browser, terminal.backend_mut())?;
        }
    }
    // When the last frame was drawn, and whether the reader has done something since: while districts
    // arrive, a frame for them alone is drawn at most every `ARRIVING_FRAME` (drawing more often only takes
    // time from the load), a frame for a key at once.
    let mut drawn = Instant::now();
    let mut asked = true;
    while !browser.app.quit {
        if asked || arriving.is_none() || drawn.elapsed() >= ARRIVING_FRAME {
            terminal.draw(|frame| draw(frame, &browser, &theme))?;
            drawn = Instant::now();
            asked = false;
        }
        let events = events.get_or_insert_with(inbox::read_events);
        // The reader's keys first, then the districts that have arrived; with neither, the loop sleeps until
        // a key or districts come, the next frame for those taken in is due, or districts held for more
        // must go in (see `arrivals`), and looks again, keys first. Once everything has arrived, it waits for
        // the reader alone.
        let event = match &arriving {
            None => inbox::wait_event(events)?,
            Some(arrivals) => match inbox::next_event(events)? {
                Some(event) => event,
                None if look => {
                    look = take_arrivals(&mut browser, &mut arriving, lang);
                    continue;
                }
                None => {
                    let frame = (drawn + ARRIVING_FRAME).saturating_duration_since(Instant::now());
                    inbox::sleep(arrivals.hold_left().map_or(frame, |held| frame.min(held)));
                    look = true;
                    // A key that woke the loop is carried out at once, before districts or a frame.
                    match inbox::next_event(events)? {
                        Some(event) => event,
                        None => continue,
                    }
                }
            },
        };
        asked = true;
        let action = match event {
            event::Event::Resize(width, height) => {
                let (width, height) = follow_resize(&mut terminal, (width, height))?;
                Some(Action::Resize { width, height })
            }
            _ => action_for(&browser, &event),
        };
        if let Some(action) = action {
            update(&mut browser, action);
            effects::carry_out(&mut browser, terminal.backend_mut())?;
        }
        // Keys held down still leave the districts a frame's time to arrive in.
        if arriving.is_some() {
            look = take_arrivals(&mut browser, &mut arriving, lang);
        }
        #[cfg(feature = "test-panic")]
        if matches!(event, event::Event::Key(k) if k.code == event::KeyCode::F(12)) {
            panic!("deliberate panic for the terminal-restore test");
        }
    }
    // Started by now, by the loading screen or the loop (this only names it without an unwrap).
    let events = events.get_or_insert_with(inbox::read_events);
    if let Some(ended) = quitting::after_check(&mut browser, &mut terminal, (&theme, lang), &mut arriving, events)? {
        return Ok(ended);
    }
    quitting::after_keeping(&mut browser, &mut terminal, (&theme, lang), (loader.as_ref(), &progress), events)?;
    // A file that stopped short at an error ends the program as a file that is not valid does.
    let failed = browser.app.loading.as_ref().and_then(|l| l.failed.clone());
    // The process ends next: freeing a large dataset's hundreds of thousands of allocations one by one would
    // only delay the return to the shell.
    std::mem::forget(browser);
    // The loader is stopped while the terminal is still the program's; the terminal is dropped before it is
    // restored (the guard): its last word shows the cursor, which must not reach the shell after it.
    drop(leaving);
    drop(terminal);
    drop(guard);
    Ok(match failed {
        Some((message, code)) => Ended::Failed(message, code),
        None => Ended::Quit,
    })
}

/// The terminal the browser draws on.
type Tty = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// The viewport made the terminal's size when it says it was resized (the next frame is drawn whole); the
/// size. Asked of the terminal, not taken from the event: on Windows the event gives the screen buffer's
/// size, which can be far larger than the window.
fn follow_resize(terminal: &mut Tty, said: (u16, u16)) -> io::Result<(u16, u16)> {
    let (width, height) = crossterm::terminal::size().unwrap_or(said);
    let area = Rect::new(0, 0, width, height);
    if terminal.get_frame().area() != area {
        terminal.resize(area)?;
    }
    Ok((width, height))
}

/// The browser's state if the loader opens it within `FIRST_WAIT` (at once when the built-in dataset was read
/// on this thread); how the program ends if it cannot.
fn first_wait(rx: &mpsc::Receiver<Load>, lang: Lang) -> Result<Option<Box<App>>, Ended> {
    match rx.recv_timeout(FIRST_WAIT) {
        Ok(Load::Open(Err((message, code)))) => Err(Ended::Failed(message, code)),
        Ok(Load::Open(Ok(app))) => Ok(Some(app)),
        Ok(_) | Err(mpsc::RecvTimeoutError::Disconnected) => Err(loader_died(lang)),
        Err(mpsc::RecvTimeoutError::Timeout) => Ok(None),
    }
}

/// How long the loader has before the terminal is set up and a loading screen drawn.
const FIRST_WAIT: Duration = Duration::from_millis(20);
/// How often the loading screen is drawn again.
const LOADING_FRAME: Duration = Duration::from_millis(16);
/// How often a frame is drawn for districts that arrived (and no key).
const ARRIVING_FRAME: Duration = Duration::from_millis(33);
/// Room for a whole frame: a full 200x60 screen of Chinese text with colours is about 60 KB.
const FRAME_BUFFER: usize = 1 << 16;

/// The first panic of a thread other than the event loop's, or of the built-in dataset's load on it (see the
/// hook in [`run_loading`]).
static BACKGROUND_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Is the event loop's thread reading the built-in dataset (a panic there is the loader's)?
static LOADING_HERE: AtomicBool = AtomicBool::new(false);

fn loader_died(lang: Lang) -> Ended {
    let why = BACKGROUND_PANIC.lock().unwrap_or_else(PoisonError::into_inner).take();
    let message = match why {
        Some(why) => TerminalFault::LoaderPanicked { what: &why.replace(":\n", ": ").replace('\n', " ") }.report(lang),
        None => TerminalFault::LoaderVanished.report(lang),
    };
    Ended::Failed(message, 1)
}
