//! The terminal: setup, restore (on quit, on error and on panic) and the event loop. The only module that
//! touches the terminal.

use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::keymap::action_for;
use crate::app::{Action, App, update};
use crate::ui::{Theme, draw};

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

/// Runs the browser until the reader quits.
pub fn run(mut app: App, theme: Theme) -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // Restore first, so the message lands on a usable screen instead of inside the alternate one.
        restore();
        previous(info);
    }));
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let _guard = Guard;
    // Clearing directly rather than with `Terminal::clear`, which asks the terminal for the cursor position
    // and fails on a terminal that does not answer.
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    let mut terminal: Terminal<CrosstermBackend<Stdout>> = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    while !app.quit {
        let size = terminal.size()?;
        if (size.width, size.height) != (app.size.width, app.size.height) {
            update(&mut app, Action::Resize { width: size.width, height: size.height });
        }
        terminal.draw(|frame| draw(frame, &app, &theme))?;
        let event = event::read()?;
        if let Some(action) = action_for(&app, &event) {
            update(&mut app, action);
        }
        #[cfg(feature = "test-panic")]
        if matches!(event, event::Event::Key(k) if k.code == event::KeyCode::F(12)) {
            panic!("deliberate panic for the terminal-restore test");
        }
    }
    Ok(())
}
