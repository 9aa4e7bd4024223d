//! The list of keyword matches: district, highlight and the match in a little context, one per row.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::spans::row;
use crate::app::keymap::Ctx;
use crate::app::{Action, App, layout};
use crate::doc::Tone;
use crate::lang::Msg;
use crate::search::Occurrence;
use crate::text::{truncate, width};
use crate::theme::Theme;

/// Characters of context shown before a match.
const BEFORE: usize = 10;

pub fn draw(frame: &mut Frame, app: &App, cursor: usize, offset: usize, theme: &Theme) {
    let p = layout::list_page(frame.area());
    let n = app.search.matches.len();
    let title = format!(" {} ", app.lang.say(Msg::MatchesTitle { keyword: &app.search.keyword, n }));
    let block =
        Block::bordered().border_style(theme.border(true)).title(Span::styled(title, theme.title(true))).title_bottom(
            Line::from(Span::styled(super::page_keys(Ctx::Matches, &[Action::Enter, Action::Back]), theme.key()))
                .right_aligned(),
        );
    // Where the visible rows are in the whole list, as the other panes say it.
    let block = match super::detail::scroll_label(offset, p.rows.height as usize, n) {
        Some(position) => block.title_bottom(Line::from(Span::styled(position, theme.dim())).left_aligned()),
        None => block,
    };
    super::clear_for_popup(frame, p.block);
    frame.render_widget(block, p.block);
    let total = p.rows.width as usize;
    let title_w = (total / 4).clamp(8, 28);
    let l = app.lang.labels();
    let heading = ["#", l.col_district, l.col_highlight, l.col_context];
    let pad = |s: &str, w: usize| format!("{s}{} ", " ".repeat(w.saturating_sub(width(s))));
    let visible = || app.search.matches.iter().skip(offset).take(p.rows.height as usize);
    // The district column is as wide as the widest name shown (or its heading), the same in every row.
    let name_w =
        visible().map(|m| width(&app.data.districts[m.district].name)).chain([width(heading[1])]).max().unwrap_or(6);
    let header = Line::from(vec![
        Span::styled(pad(heading[0], 4), theme.dim()),
        Span::styled(pad(heading[1], name_w), theme.dim()),
        Span::styled(pad(heading[2], title_w - 1), theme.dim()),
        Span::styled(heading[3].to_string(), theme.dim()),
    ]);
    frame.render_widget(Paragraph::new(header), p.header);
    let lines: Vec<Line> = app
        .search
        .matches
        .iter()
        .enumerate()
        .skip(offset)
        .take(p.rows.height as usize)
        .map(|(i, m)| {
            let d = &app.data.districts[m.district];
            let where_ = match m.part.highlight().and_then(|h| d.highlights.get(h)) {
                None => app.lang.labels().lead.to_string(),
                Some(h) => app.lang.label(&h.title, &h.title_en).to_string(),
            };
            let where_ = truncate(&where_, title_w - 1);
            let mut spans = vec![
                Span::styled(pad(&(i + 1).to_string(), 4), theme.dim()),
                Span::styled(pad(&d.name, name_w), Style::new().bold()),
                Span::styled(pad(&where_, title_w - 1), theme.dim()),
            ];
            spans.extend(context(app, m, theme));
            let style = if i == cursor { theme.selected(true) } else { Style::new() };
            row(spans, Span::raw(""), total, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), p.rows);
}

/// "…before «match» after…" from the occurrence's text; the row is cut to the width by the caller.
fn context(app: &App, m: &Occurrence, theme: &Theme) -> Vec<Span<'static>> {
    let c = m.context(&app.data, BEFORE, 80);
    let (before, _) = c.marked();
    vec![Span::raw(before), Span::styled(c.hit, theme.tone(Tone::Match)), Span::raw(c.after)]
}
