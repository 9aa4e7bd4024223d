//! The keys the browser knows, as its own type: the terminal's key events are translated into these beside
//! the event loop, so the key table, `update` and their tests need no terminal.

/// One key press, with its modifier where it matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// A character, capitals included (Shift is in the character).
    Char(char),
    /// Control and a (lower-case) letter.
    Ctrl(char),
    Enter,
    Esc,
    Tab,
    /// Shift-Tab.
    BackTab,
    Backspace,
    Delete,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    F(u8),
}

impl Key {
    /// How the help, the status line and messages write the key.
    pub fn name(self) -> String {
        match self {
            Key::Char(' ') => "Space".to_string(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{c}"),
            Key::Enter => "Enter".to_string(),
            Key::Esc => "Esc".to_string(),
            Key::Tab => "Tab".to_string(),
            Key::BackTab => "Shift-Tab".to_string(),
            Key::Backspace => "Backspace".to_string(),
            Key::Delete => "Delete".to_string(),
            Key::Up => "↑".to_string(),
            Key::Down => "↓".to_string(),
            Key::Left => "←".to_string(),
            Key::Right => "→".to_string(),
            Key::Home => "Home".to_string(),
            Key::End => "End".to_string(),
            Key::PageUp => "PgUp".to_string(),
            Key::PageDown => "PgDn".to_string(),
            Key::F(n) => format!("F{n}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_named_as_the_help_writes_them() {
        let names: Vec<String> =
            [Key::Char('j'), Key::Down, Key::Ctrl('d'), Key::PageDown, Key::Char(' '), Key::BackTab, Key::F(1)]
                .iter()
                .map(|k| k.name())
                .collect();
        assert_eq!(names, ["j", "↓", "Ctrl-d", "PgDn", "Space", "Shift-Tab", "F1"]);
    }
}
