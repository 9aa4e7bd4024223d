//! The overview page: the article's title, source, totals, opening and closing, over the panes.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::detail::{scroll_label, visible_lines};
use crate::app::{App, layout};
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, scroll: usize, theme: &Theme) {
    let area = layout::page(frame.area());
    let text = layout::page_text(frame.area());
    let block = Block::bordered()
        .border_style(theme.border(true))
        .title(Span::styled(format!(" {} ", app.lang.labels().overview), theme.title(true)))
        .title_bottom(Line::from(Span::styled(" Esc ", theme.key())).right_aligned());
    let inner_height = text.height as usize;
    let block = match scroll_label(scroll, inner_height, app.overview.lines.len()) {
        Some(position) => block.title_bottom(Line::from(Span::styled(position, theme.dim())).left_aligned()),
        None => block,
    };
    super::clear_for_popup(frame, area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(visible_lines(&app.overview, scroll, text.height as usize, theme)), text);
}
