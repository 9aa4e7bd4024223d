//! The district list: the districts that pass the filter, each once with the years of its editions when
//! several are read, and how many highlights the edition read has (and, when filtering, how many match).

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::Rows;
use super::spans::{highlighted, row};
use crate::app::layout::Panes;
use crate::app::{App, Focus};
use crate::keys::{self, Action, Ctx};
use crate::lang::{BrowserMsg, grouped};
use crate::search::Field;
use crate::text::width;
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, panes: &Panes, theme: &Theme) {
    let labels = app.lang.labels();
    let focused = app.focus == Focus::Districts && app.typing.is_none();
    // Each district once, whatever its editions: rows shown of all districts.
    let title = match &app.loading {
        // While a file arrives: what has arrived of what is expected, and a gauge of it (editions joining
        // are counted as districts, each once, as usual).
        Some(l) if !app.data.several() => {
            let (loaded, incomplete) = (app.data.districts.len(), l.failed.is_some());
            let counted = app.lang.say(BrowserMsg::Arriving { loaded, expected: l.expected, incomplete });
            let filtered = if app.filtering() { format!("{}/", app.rows.len()) } else { String::new() };
            let room = (panes.districts_block.width as usize).saturating_sub(2);
            let plain = app.lang.say(BrowserMsg::Arriving { loaded, expected: l.expected, incomplete: false });
            // Where room is short, the pane's name goes first (the reader knows it by its place), then the
            // word "incomplete" (the status line says it too).
            let title = [
                format!(" {} {filtered}{counted} ", labels.districts),
                format!(" {filtered}{counted} "),
                format!(" {filtered}{plain} "),
            ]
            .into_iter()
            .find(|t| width(t) <= room)
            .unwrap_or_else(|| format!(" {filtered}{plain} "));
            // The gauge where the pane has room for it beside the counts (it says nothing they do not).
            let gauge = gauge(loaded, l.expected);
            if incomplete || width(&title) + width(&gauge) + 1 > room { title } else { format!("{title}{gauge} ") }
        }
        // Counts grouped as while they arrive: 10,000/10,000.
        _ => format!(" {} {}/{} ", labels.districts, grouped(app.rows.len()), grouped(app.district_total)),
    };
    let block = Block::bordered().border_style(theme.border(focused)).title(Span::styled(title, theme.title(focused)));
    frame.render_widget(block, panes.districts_block);
    let area = panes.districts;
    if app.filtered.districts.is_empty() {
        let lines = super::spans::message(
            &app.lang.say(BrowserMsg::NoDistricts { back_key: &keys::key_of(Ctx::Districts, &Action::Back) }),
            area.width as usize,
            theme.placeholder(),
        );
        frame.render_widget(Rows(lines), area);
        return;
    }
    // Names line up in a column as wide as the widest visible name.
    let rows = app.district_offset..app.rows.len().min(app.district_offset + area.height as usize);
    let shown: Vec<usize> = rows.clone().filter_map(|row| app.shown_in_row(row)).collect();
    let name_width = shown.iter().map(|&d| width(&app.data.districts[d].name)).max().unwrap_or(0);
    // The years line up too: as wide as the most editions a visible row holds (2020·2021 is 9 cells).
    let most = rows.clone().map(|row| app.row_hits(row).len()).max().unwrap_or(0);
    let years_width = (most * 5).saturating_sub(1);
    // Beside the years, the pinyin only where it fits whole: a cut romanisation reads as another name.
    let pinyin_width = shown.iter().map(|&d| width(&app.data.districts[d].pinyin)).max().unwrap_or(0);
    let with_pinyin = !app.data.several() || name_width + years_width + pinyin_width + 8 <= area.width as usize;
    // Counting matching highlights only means something when the filter matched themes.
    let filtering = app.filtered.theme_on.iter().any(|&on| on);
    let lines: Vec<Line> = rows
        .zip(shown)
        .map(|(row_index, district)| {
            let d = &app.data.districts[district];
            let hits = app.row_hits(row_index);
            let hit = hits.iter().find(|h| h.district == district).and_then(|h| h.hit.as_ref());
            let (field, chars) = hit.map_or((None, &[][..]), |h| (Some(h.field), h.chars.as_slice()));
            let on = |f: Field| if field == Some(f) { chars } else { &[] };
            // The pinned district (for comparison) carries a mark in the first column.
            let pinned = hits.iter().any(|h| app.pinned == Some(h.district));
            let mut left = vec![Span::styled(if pinned { "◆" } else { " " }, theme.key())];
            left.extend(highlighted(&d.name, on(Field::Name), Style::new().bold(), theme.matched()));
            left.push(Span::raw(" ".repeat(name_width - width(&d.name) + 1)));
            if app.data.several() {
                // The years of the editions the filter lets through, the one read in bold.
                for (i, h) in hits.iter().enumerate() {
                    let year = app.data.districts[h.district].year.map(|y| y.to_string()).unwrap_or_default();
                    let style = if h.district == district { Style::new().bold() } else { theme.dim() };
                    left.push(Span::styled(if i == 0 { year } else { format!("·{year}") }, style));
                }
                left.push(Span::raw(" ".repeat((years_width + 1).saturating_sub(hits.len() * 5 - 1))));
            }
            if with_pinyin {
                left.extend(highlighted(&d.pinyin, on(Field::Pinyin), theme.dim(), theme.matched()));
            }
            let total = d.highlights.len();
            let count = if filtering {
                let n = app.index.matching_highlights(district, &app.filtered.theme_on);
                Span::styled(format!("{n}/{total}"), if n > 0 { theme.matched() } else { theme.count() })
            } else {
                Span::styled(total.to_string(), theme.count())
            };
            let style = if row_index == app.district_cursor { theme.selected(focused) } else { Style::new() };
            row(left, count, area.width as usize, style)
        })
        .collect();
    frame.render_widget(Rows(lines), area);
}

/// How much of what is expected has arrived, in six cells: ▰▰▰▱▱▱.
fn gauge(loaded: usize, expected: usize) -> String {
    const CELLS: usize = 6;
    let full = (loaded * CELLS).checked_div(expected).unwrap_or(CELLS).min(CELLS);
    "▰".repeat(full) + &"▱".repeat(CELLS - full)
}
