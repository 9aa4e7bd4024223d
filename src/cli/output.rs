//! Where the subcommands write: standard output in one format, at one width, with or without colour.
//!
//! Colour is decided once: only when standard output is a terminal and `NO_COLOR` is unset or empty, so a
//! pipe or a file never receives an escape code. The width is the terminal's when there is one and 80
//! otherwise (`COLUMNS` is not consulted: a pipe has no width, and 80 keeps saved output stable). The
//! colours are the browser's own ([`Theme::tone`]), turned into SGR codes here.

use std::io::{self, BufWriter, IsTerminal, Write};

use clap::ValueEnum;
use ratatui::style::{Color, Modifier};
use serde::Serialize;

use crate::doc::Tone;
use crate::lang::{Lang, Texts};
use crate::theme::Theme;

/// The width of text output when standard output is not a terminal.
pub const PIPE_WIDTH: usize = 80;
/// Narrower terminals are laid out at this width anyway: tables need some room to be tables.
const MIN_WIDTH: usize = 24;

/// How a subcommand prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Wrapped to the terminal's width, coloured on a terminal.
    Text,
    /// One pretty-printed JSON document (shapes in the README).
    Json,
    /// Headings, tables and paragraphs.
    #[value(alias = "md")]
    Markdown,
}

/// Standard output, with the decisions that shape what goes to it.
pub struct Out {
    writer: Box<dyn Write>,
    pub format: Format,
    pub lang: Lang,
    /// The dataset's texts shown in text and Markdown output: Chinese, English or both (JSON has both).
    pub texts: Texts,
    /// Cells per line for text output.
    pub width: usize,
    /// May text output carry SGR escape codes?
    pub color: bool,
}

impl Out {
    /// Standard output, buffered and locked for the whole run.
    pub fn stdout(format: Format, lang: Lang) -> Out {
        let stdout = io::stdout();
        let terminal = stdout.is_terminal();
        let width = if terminal {
            // Some terminals (serial consoles, a few CI runners) report 0 columns: treat that as unknown.
            let columns = crossterm::terminal::size().ok().map(|(w, _)| usize::from(w)).filter(|&w| w > 0);
            columns.unwrap_or(PIPE_WIDTH).max(MIN_WIDTH)
        } else {
            PIPE_WIDTH
        };
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Out::new(Box::new(BufWriter::new(stdout.lock())), format, lang, width, terminal && !no_color)
    }

    pub fn new(writer: Box<dyn Write>, format: Format, lang: Lang, width: usize, color: bool) -> Out {
        Out { writer, format, lang, texts: Texts::for_lang(lang), width, color }
    }

    /// Output that comes ready-made (completion scripts).
    pub fn bytes(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.writer.write_all(bytes)
    }

    /// One line of toned text; trailing spaces are dropped, tones become colours only when allowed.
    pub fn line(&mut self, spans: &[(String, Tone)]) -> io::Result<()> {
        let end = spans.iter().rposition(|(s, _)| !s.trim_end().is_empty());
        let Some(end) = end else { return writeln!(self.writer) };
        for (i, (text, tone)) in spans[..=end].iter().enumerate() {
            let text = if i == end { text.trim_end() } else { text.as_str() };
            match sgr(*tone).filter(|_| self.color && !text.trim().is_empty()) {
                Some(code) => write!(self.writer, "\x1b[{code}m{text}\x1b[0m")?,
                None => self.writer.write_all(text.as_bytes())?,
            }
        }
        writeln!(self.writer)
    }

    /// One line in a single tone.
    pub fn toned(&mut self, text: &str, tone: Tone) -> io::Result<()> {
        self.line(&[(text.to_string(), tone)])
    }

    /// A line exactly as given (Markdown, summaries).
    pub fn plain(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.writer, "{text}")
    }

    pub fn blank(&mut self) -> io::Result<()> {
        writeln!(self.writer)
    }

    /// One JSON document, pretty-printed, with Chinese written as itself rather than as `\u` escapes.
    pub fn json<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut self.writer, value)?;
        writeln!(self.writer)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// The SGR parameters for a tone, from the browser's colour theme; `None` for plain text.
fn sgr(tone: Tone) -> Option<String> {
    let style = Theme::colored().tone(tone);
    let mut codes: Vec<&str> = Vec::new();
    for (modifier, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
    ] {
        if style.add_modifier.contains(modifier) {
            codes.push(code);
        }
    }
    codes.extend(style.fg.and_then(foreground));
    (!codes.is_empty()).then(|| codes.join(";"))
}

/// Named colours only: they follow the terminal's palette, as the browser's do.
fn foreground(color: Color) -> Option<&'static str> {
    Some(match color {
        Color::Black => "30",
        Color::Red => "31",
        Color::Green => "32",
        Color::Yellow => "33",
        Color::Blue => "34",
        Color::Magenta => "35",
        Color::Cyan => "36",
        Color::Gray => "37",
        Color::DarkGray => "90",
        Color::White => "97",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_tones_have_no_code_and_figures_do() {
        assert_eq!(sgr(Tone::Plain), None);
        assert_eq!(sgr(Tone::Figure).as_deref(), Some("1;33"));
    }
}
