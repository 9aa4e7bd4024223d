//! Colours and emphasis, in one place, for the tones text is marked with. Named ANSI colours follow the
//! terminal's own palette, so they stay readable on dark and light backgrounds; with `NO_COLOR` set the
//! screen is monochrome and selection and matches are carried by reverse video, bold and underline alone.

use ratatui::style::{Color, Modifier, Style};

/// What a piece of text is (a figure, a matched tag), for the theme to style it: the documents (`doc/`) tone
/// their pieces with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tone {
    Plain,
    Heading,
    Sub,
    Dim,
    Lead,
    Title,
    /// The title of a highlight whose themes match the filter.
    TitleOn,
    Text,
    Figure,
    Tag,
    /// A tag whose theme matches the filter.
    TagOn,
    /// In a comparison: a tag both districts carry.
    TagShared,
    /// In a comparison: a tag only this district carries.
    TagOwn,
    /// The bar beside a highlight that matches the filter.
    Bar,
    Source,
    /// A keyword occurrence, and the one the reader is on.
    Match,
    MatchCurrent,
    /// The mark beside a bookmarked highlight, and the reader's note on it.
    Bookmark,
    Note,
    /// A translation under the Chinese it translates: a companion, quieter than the text.
    English,
    /// A term the glossary explains (`i` lists those of the highlight).
    Term,
}

/// The styles every pane draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colours unless `NO_COLOR` is set to anything non-empty (<https://no-color.org>).
    pub fn from_env() -> Theme {
        Theme { color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) }
    }

    pub fn colored() -> Theme {
        Theme { color: true }
    }

    pub fn monochrome() -> Theme {
        Theme { color: false }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color { Style::new().fg(color) } else { Style::new() }
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused { self.fg(Color::Cyan).add_modifier(Modifier::BOLD) } else { self.fg(Color::DarkGray) }
    }

    pub fn title(&self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    /// The row under the cursor; fainter when its pane does not have the keyboard.
    pub fn selected(&self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else if self.color {
            Style::new().bg(Color::DarkGray).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
    }

    /// Characters the query matched.
    pub fn matched(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn dim(&self) -> Style {
        if self.color { Style::new().fg(Color::DarkGray) } else { Style::new().add_modifier(Modifier::DIM) }
    }

    pub fn count(&self) -> Style {
        self.fg(Color::Blue)
    }

    pub fn placeholder(&self) -> Style {
        self.dim().add_modifier(Modifier::ITALIC)
    }

    pub fn badge(&self) -> Style {
        if self.color {
            Style::new().bg(Color::Cyan).fg(Color::Black).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn key(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// A notice that something was done (copied, written, saved): quieter than a warning.
    pub fn done(&self) -> Style {
        self.fg(Color::Green)
    }

    pub fn warning(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// The style of a piece of the detail.
    pub fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Plain | Tone::Text => Style::new(),
            Tone::Heading => self.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            Tone::Dim | Tone::Source | Tone::English => self.dim(),
            Tone::Term => Style::new().add_modifier(Modifier::UNDERLINED),
            // The article's own words are upright; what the dataset adds (titles, English, themes, figure
            // notes) is in italics, quietly told apart.
            Tone::Lead => Style::new(),
            Tone::Sub => self.dim().add_modifier(Modifier::ITALIC),
            Tone::Title => Style::new().add_modifier(Modifier::BOLD | Modifier::ITALIC),
            Tone::TitleOn => self.fg(Color::Magenta).add_modifier(Modifier::BOLD | Modifier::ITALIC),
            Tone::Figure => self.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Tone::Tag => self.fg(Color::Blue).add_modifier(Modifier::ITALIC),
            Tone::TagOn => {
                self.fg(Color::Magenta).add_modifier(Modifier::BOLD | Modifier::UNDERLINED | Modifier::ITALIC)
            }
            Tone::Bar => self.fg(Color::Magenta).add_modifier(Modifier::BOLD),
            Tone::TagShared => self.fg(Color::Green).add_modifier(Modifier::BOLD | Modifier::ITALIC),
            Tone::TagOwn => self.fg(Color::Blue).add_modifier(Modifier::ITALIC),
            Tone::Match => self.fg(Color::Magenta).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            Tone::MatchCurrent => Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            Tone::Bookmark => self.fg(Color::Green).add_modifier(Modifier::BOLD),
            Tone::Note => self.fg(Color::Green).add_modifier(Modifier::ITALIC),
        }
    }
}
