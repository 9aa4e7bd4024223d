//! The help overlay, drawn from the key table.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::detail::scroll_label;
use super::spans::fit;
use crate::app::Action;
use crate::app::keymap::{self, Ctx, HELP_KEY_COLUMN, HelpRow, help_page};
use crate::app::{App, layout};
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, scroll: usize, theme: &Theme) {
    let rows = help_page(layout::help_text_width(frame.area()), app.lang);
    let area = layout::help(frame.area(), rows.len());
    let labels = app.lang.labels();
    let block = Block::bordered()
        .border_style(theme.border(true))
        .title(Span::styled(format!(" {} ", labels.help), theme.title(true)))
        .title_bottom(
            Line::from(Span::styled(format!(" {} ", keymap::key_of(Ctx::Overlay, &Action::Back)), theme.key()))
                .right_aligned(),
        );
    let inner_height = area.height.saturating_sub(2) as usize;
    let block = match scroll_label(scroll, inner_height, rows.len()) {
        Some(position) => block.title_bottom(Line::from(Span::styled(position, theme.dim())).left_aligned()),
        None => block,
    };
    super::clear_for_popup(frame, area);
    frame.render_widget(block, area);
    let inner = area.inner(ratatui::layout::Margin { horizontal: 2, vertical: 1 });
    let width = inner.width as usize;
    let lines: Vec<Line> = rows
        .iter()
        .skip(scroll)
        .take(inner.height as usize)
        .map(|row| match row {
            HelpRow::Section(title) => Line::from(Span::styled(title.clone(), theme.title(false))),
            HelpRow::Key(keys, text) => {
                let keys = format!("  {:<w$}", keys, w = HELP_KEY_COLUMN - 2);
                let spans = vec![Span::styled(keys, theme.key()), Span::raw(text.clone())];
                Line::from(fit(spans, width))
            }
            HelpRow::Blank => Line::default(),
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
