//! The highlights pane: the selected district's laid-out document, from the scroll position down.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::Rows;

use crate::app::layout::Panes;
use crate::app::{App, Focus};
use crate::doc::Doc;
use crate::keys::{self, Action, Ctx};
use crate::lang::BrowserMsg;
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, panes: &Panes, theme: &Theme) {
    let labels = app.lang.labels();
    let focused = app.focus == Focus::Detail && app.typing.is_none();
    let name = app.selected().map(|d| app.data.districts[d].called(app.lang)).unwrap_or_default();
    let mut title =
        if name.is_empty() { format!(" {} ", labels.detail) } else { format!(" {name} · {} ", labels.detail) };
    title.push_str(&super::zoom_mark(app));
    let height = panes.detail.height as usize;
    let mut block =
        Block::bordered().border_style(theme.border(focused)).title(Span::styled(title, theme.title(focused)));
    if let Some(position) = scroll_label(app.detail_scroll, height, app.detail.lines.len()) {
        block = block.title_bottom(Line::from(Span::styled(position, theme.dim())).right_aligned());
    }
    frame.render_widget(block, panes.detail_block);
    if app.selected().is_none() {
        // The filter lets no district through: say so here too, where the eye goes.
        let inner = panes.detail.inner(ratatui::layout::Margin { horizontal: 1, vertical: 1 });
        let lines = super::spans::message(
            &app.lang.say(BrowserMsg::NoDistricts { back_key: &keys::key_of(Ctx::Districts, &Action::Back) }),
            inner.width as usize,
            theme.placeholder(),
        );
        frame.render_widget(Rows(lines), inner);
        return;
    }
    let mut lines = visible_lines(&app.detail, app.detail_scroll, height, theme);
    // The highlight under the cursor (what `y` copies) shows its number reversed.
    if let Some(row) = app.detail.highlight_rows.get(app.highlight).and_then(|r| r.checked_sub(app.detail_scroll))
        && let Some(number) = lines.get_mut(row).and_then(|l| l.spans.get_mut(1))
    {
        number.style = theme.selected(focused);
    }
    frame.render_widget(Rows(lines), panes.detail);
}

/// " 12–40/60 " when the content is taller than its pane, so the reader knows there is more.
pub fn scroll_label(scroll: usize, height: usize, total: usize) -> Option<String> {
    (total > height).then(|| format!(" {}–{}/{total} ", scroll + 1, (scroll + height).min(total)))
}

/// The lines of a document from `scroll`, at most `height` of them, styled: only these are touched per frame.
pub fn visible_lines<'a>(doc: &'a Doc, scroll: usize, height: usize, theme: &Theme) -> Vec<Line<'a>> {
    doc.lines
        .iter()
        .skip(scroll)
        .take(height)
        .map(|l| Line::from(l.spans.iter().map(|(s, t)| Span::styled(s.as_str(), theme.tone(*t))).collect::<Vec<_>>()))
        .collect()
}
