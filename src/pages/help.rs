//! The key help: every key, section by section, straight from the key table. Opened by `?` or F1, over the
//! panes or over another page, which it goes back to when it closes.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{draw_frame, frame_block, scrolled};
use crate::app::keymap::{Binding, HELP_KEY_COLUMN, HelpRow, Key, PAGE, help_page};
use crate::app::{Action, App, Flow, Opener, Page, PageEntry, layout};
use crate::bind;
use crate::lang::Lang;
use crate::theme::Theme;
use crate::ui::fit;

pub const ENTRY: PageEntry = PageEntry { opener: OPEN, mode: |l| l.mode_help, name: |l| l.page_help, keys: KEYS };

const KEYS: &[Binding] = &[bind!(&[Key::Char('?'), Key::F(1)], Action::Back, PAGE, "close the help", "关闭帮助")];

/// What the `?` key opens (the key table binds it as [`Action::ToggleHelp`]).
pub const OPEN: Opener = Opener { page: "help", open: |_| Some(Box::new(Help::default())) };

/// The help: its rows, laid out for the screen's width and the language, and how far it is scrolled.
#[derive(Debug, Default)]
pub struct Help {
    pub scroll: usize,
    rows: Vec<HelpRow>,
    laid_out: Option<(usize, Lang)>,
}

impl Help {
    fn height(app: &App, rows: usize) -> usize {
        layout::help(app.size, rows).height.saturating_sub(2) as usize
    }
}

impl Page for Help {
    fn entry(&self) -> &'static PageEntry {
        &ENTRY
    }

    fn update(&mut self, app: &mut App, action: &Action) -> Flow {
        match action {
            Action::Back | Action::Click { .. } => Flow::Close,
            other => {
                self.scroll = scrolled(self.scroll, other, self.rows.len(), Self::height(app, self.rows.len()));
                Flow::Stay
            }
        }
    }

    fn derive(&mut self, app: &App) {
        let width = layout::help_text_width(app.size);
        if self.laid_out != Some((width, app.lang)) {
            self.rows = help_page(width, app.lang);
            self.laid_out = Some((width, app.lang));
        }
        self.scroll = self.scroll.min(self.rows.len().saturating_sub(Self::height(app, self.rows.len())));
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        let area = layout::help(frame.area(), self.rows.len());
        let inner_height = area.height.saturating_sub(2) as usize;
        let title = format!(" {} ", app.lang.labels().help);
        let block = frame_block(&ENTRY, theme, title, &[Action::Back], (self.scroll, inner_height, self.rows.len()));
        draw_frame(frame, area, block);
        let inner = area.inner(ratatui::layout::Margin { horizontal: 2, vertical: 1 });
        let width = inner.width as usize;
        let lines: Vec<Line> = self
            .rows
            .iter()
            .skip(self.scroll)
            .take(inner.height as usize)
            .map(|row| match row {
                HelpRow::Section(title) => Line::from(Span::styled(title.clone(), theme.title(false))),
                HelpRow::Key(keys, text) => {
                    let keys = format!("  {:<w$}", keys, w = HELP_KEY_COLUMN - 2);
                    Line::from(fit(vec![Span::styled(keys, theme.key()), Span::raw(text.clone())], width))
                }
                HelpRow::Blank => Line::default(),
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
