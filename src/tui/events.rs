//! The terminal's events, translated into what the reader asked for: keys into the browser's own [`Key`]s
//! (looked up where the keyboard is), the mouse into clicks and wheel turns, a resize into the new size.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

use crate::keys::{Action, Key};
use crate::pages::{Browser, action_for_key, action_for_paste};

/// Turns a terminal event into an action, given where the keyboard is.
pub fn action_for(browser: &Browser, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => action_for_key(browser, translate(key)?),
        Event::Paste(text) => action_for_paste(browser, text),
        // On a terminal too small to draw the browser, the mouse would act on screens the reader cannot see.
        Event::Mouse(_) if browser.app.panes().is_none() => None,
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column: m.column, row: m.row }),
            MouseEventKind::ScrollDown => Some(Action::Wheel { column: m.column, row: m.row, down: true }),
            MouseEventKind::ScrollUp => Some(Action::Wheel { column: m.column, row: m.row, down: false }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize { width: *width, height: *height }),
        _ => None,
    }
}

/// The browser's key for a terminal key event, if it knows it. Terminals report capitals with or without
/// Shift: the character says it all. Alt, or Control on anything but a letter, is no key of ours.
pub fn translate(key: &KeyEvent) -> Option<Key> {
    let mods = key.modifiers;
    if mods.contains(KeyModifiers::ALT) {
        return None;
    }
    let ctrl = mods.contains(KeyModifiers::CONTROL);
    let plain = (mods - KeyModifiers::SHIFT).is_empty();
    Some(match key.code {
        KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
        KeyCode::Char(c) => Key::Char(c),
        _ if !mods.is_empty() && key.code != KeyCode::BackTab => return None,
        KeyCode::BackTab if plain => Key::BackTab,
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Esc,
        KeyCode::Tab => Key::Tab,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Delete => Key::Delete,
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Left => Key::Left,
        KeyCode::Right => Key::Right,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::F(n) => Key::F(n),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> Option<Key> {
        translate(&KeyEvent::new(code, mods))
    }

    #[test]
    fn capitals_come_with_or_without_shift_and_control_letters_are_ctrl_keys() {
        assert_eq!(key(KeyCode::Char('G'), KeyModifiers::SHIFT), Some(Key::Char('G')));
        assert_eq!(key(KeyCode::Char('G'), KeyModifiers::NONE), Some(Key::Char('G')));
        assert_eq!(key(KeyCode::Char('d'), KeyModifiers::CONTROL), Some(Key::Ctrl('d')));
        assert_eq!(key(KeyCode::BackTab, KeyModifiers::SHIFT), Some(Key::BackTab));
        assert_eq!(key(KeyCode::F(1), KeyModifiers::NONE), Some(Key::F(1)));
    }

    #[test]
    fn alt_and_modified_arrows_are_no_keys_of_ours() {
        assert_eq!(key(KeyCode::Char('j'), KeyModifiers::ALT), None);
        assert_eq!(key(KeyCode::Down, KeyModifiers::SHIFT), None);
        assert_eq!(key(KeyCode::Enter, KeyModifiers::CONTROL), None);
    }
}
