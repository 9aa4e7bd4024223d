//! What the tests share: keys pressed as a reader presses them, the screen read back as text, and the
//! binary run as a script runs it.
#![allow(dead_code)] // Each test crate uses some of these.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use liangdian::app::{Action, Edit};
use liangdian::pages::draw;
use liangdian::pages::{Browser, update};
use liangdian::theme::Theme;
use liangdian::tui::action_for;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn press(app: &mut Browser, keys: &str) {
    for c in keys.chars() {
        if let Some(a) = action_for(app, &Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))) {
            update(app, a);
        }
    }
}

pub fn filter(app: &mut Browser, query: &str) {
    press(app, "f");
    update(app, Action::Edit(Edit::Insert(query.to_string())));
}

pub fn render(app: &Browser) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(app.app.size.width, app.app.size.height)).expect("test terminal");
    terminal.draw(|f| draw(f, app, &Theme::colored())).expect("draws");
    terminal
}

/// The screen as a reader sees it: one line per row, wide characters once (not followed by the blank cell
/// they cover), trailing blanks kept so that widths can be checked by eye.
pub fn screen(app: &Browser) -> String {
    text_of(&render(app))
}

pub fn text_of(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = liangdian::text::width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push_str("|\n");
    }
    out
}

/// The binary in English (whatever the machine's locale), run in `dir` with nothing on standard input.
pub fn liangdian_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_liangdian"))
        .args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8")
        // The reader's cache is neither read nor written by the tests.
        .env("LIANGDIAN_NO_CACHE", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the binary runs")
}
