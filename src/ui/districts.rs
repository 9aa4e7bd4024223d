//! The district list: the districts that pass the filter, with how many highlights each has (and, when
//! filtering, how many of them match).

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::spans::{highlighted, row};
use crate::app::layout::Panes;
use crate::app::{App, Focus};
use crate::keys::{self, Action, Ctx};
use crate::lang::BrowserMsg;
use crate::search::Field;
use crate::text::width;
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, panes: &Panes, theme: &Theme) {
    let labels = app.lang.labels();
    let focused = app.focus == Focus::Districts && app.typing.is_none();
    let title = format!(" {} {}/{} ", labels.districts, app.filtered.districts.len(), app.data.districts.len());
    let block = Block::bordered().border_style(theme.border(focused)).title(Span::styled(title, theme.title(focused)));
    frame.render_widget(block, panes.districts_block);
    let area = panes.districts;
    if app.filtered.districts.is_empty() {
        let lines = super::spans::message(
            &app.lang.say(BrowserMsg::NoDistricts { back_key: &keys::key_of(Ctx::Districts, &Action::Back) }),
            area.width as usize,
            theme.placeholder(),
        );
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    // Names line up in a column as wide as the widest visible name.
    let visible = app.filtered.districts.iter().skip(app.district_offset).take(area.height as usize);
    let name_width = visible.clone().map(|d| width(&app.data.districts[d.district].name)).max().unwrap_or(0);
    // Counting matching highlights only means something when the filter matched themes.
    let filtering = app.filtered.theme_on.iter().any(|&on| on);
    let lines: Vec<Line> = visible
        .enumerate()
        .map(|(i, hit)| {
            let d = &app.data.districts[hit.district];
            let (field, chars) = hit.hit.as_ref().map_or((None, &[][..]), |h| (Some(h.field), h.chars.as_slice()));
            let on = |f: Field| if field == Some(f) { chars } else { &[] };
            // The pinned district (for comparison) carries a mark in the first column.
            let pin = if app.pinned == Some(hit.district) { "◆" } else { " " };
            let mut left = vec![Span::styled(pin, theme.key())];
            left.extend(highlighted(&d.name, on(Field::Name), Style::new().bold(), theme.matched()));
            left.push(Span::raw(" ".repeat(name_width - width(&d.name) + 1)));
            left.extend(highlighted(&d.pinyin, on(Field::Pinyin), theme.dim(), theme.matched()));
            let total = d.highlights.len();
            let count = if filtering {
                let n = app.index.matching_highlights(hit.district, &app.filtered.theme_on);
                Span::styled(format!("{n}/{total}"), if n > 0 { theme.matched() } else { theme.count() })
            } else {
                Span::styled(total.to_string(), theme.count())
            };
            let row_index = app.district_offset + i;
            let style = if row_index == app.district_cursor { theme.selected(focused) } else { Style::new() };
            row(left, count, area.width as usize, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
