//! The comparison: in the highlights pane, a header of shared and one-sided themes, then the two districts
//! side by side (or one above the other when the pane is narrow).

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::Rows;
use super::detail::{scroll_label, visible_lines};
use crate::app::layout::{self, Panes};
use crate::app::{App, Compare, Focus};
use crate::keys::{self, Action, Ctx};
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, c: &Compare, panes: &Panes, theme: &Theme) {
    let focused = app.focus == Focus::Detail && app.typing.is_none();
    let right = app.selected();
    let name = |d: Option<usize>| d.map_or_else(|| "—".to_string(), |d| app.data.districts[d].called(app.lang));
    let title =
        format!(" {} ⇄ {} · {} {}", name(Some(c.left)), name(right), app.lang.labels().compare, super::zoom_mark(app));
    let l = app.lang.labels();
    let key = keys::key_of(Ctx::Districts, &Action::ToggleTogether);
    let mode = format!(" {} ", app.lang.aside(if c.together { l.together } else { l.apart }, &key));
    let block = Block::bordered()
        .border_style(theme.border(focused))
        .title(Span::styled(title, theme.title(focused)))
        .title_bottom(Line::from(Span::styled(mode, theme.dim())).right_aligned());
    frame.render_widget(block, panes.detail_block);
    let cp = layout::compare(panes.detail_block, c.header.lines.len());
    frame.render_widget(Rows(visible_lines(&c.header, 0, cp.header.height as usize, theme)), cp.header);
    for (side, (block_area, text_area, district)) in
        [(cp.left_block, cp.left, Some(c.left)), (cp.right_block, cp.right, right)].into_iter().enumerate()
    {
        let doc = &c.docs[side];
        let height = text_area.height as usize;
        let mut block = Block::bordered()
            .border_style(theme.border(false))
            .title(Span::styled(format!(" {} ", name(district)), theme.title(side == 1 && focused)));
        if let Some(position) = scroll_label(c.scroll[side], height, doc.lines.len()) {
            block = block.title_bottom(Line::from(Span::styled(position, theme.dim())).right_aligned());
        }
        frame.render_widget(block, block_area);
        frame.render_widget(Rows(visible_lines(doc, c.scroll[side], height, theme)), text_area);
    }
}
