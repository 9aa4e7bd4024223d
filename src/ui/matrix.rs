//! The matrix: themes as rows, districts as columns, a mark where a district carries a theme, totals for
//! each row and column. Only the visible rows and columns are drawn.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::spans::fit;
use crate::app::keymap::Ctx;
use crate::app::{Action, App, Grid, layout};
use crate::text::{truncate, width};
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, g: &Grid, theme: &Theme) {
    let p = layout::matrix(frame.area(), app.data.districts.len());
    let districts = app.data.districts.len();
    let first = g.col_offset.min(districts);
    let last = (g.col_offset + p.columns).min(districts);
    let title = format!(" {} {}×{} ", app.lang.labels().matrix, app.data.themes.len(), districts);
    let mut block = Block::bordered().border_style(theme.border(true)).title(Span::styled(title, theme.title(true)));
    // The cell under the cursor in full, in words ("石景山 × Waste sorting: yes"), and which columns are shown.
    let mut bottom = String::new();
    if let (Some(d), Some(t)) = (app.data.districts.get(g.col), app.data.themes.get(g.row)) {
        let carries = app.index.district_themes[g.col].contains(&g.row);
        let answer = if carries { app.lang.labels().yes } else { app.lang.labels().no };
        bottom = format!(" {} × {}: {answer} ", d.name, app.lang.label(&t.name, &t.en));
    }
    if last - first < districts {
        bottom.push_str(&format!("· {} {}–{}/{districts} ", app.lang.labels().district_columns, first + 1, last));
    }
    if !bottom.is_empty() {
        block = block.title_bottom(Line::from(Span::styled(bottom, theme.dim())).left_aligned());
    }
    block = block.title_bottom(
        Line::from(Span::styled(super::page_keys(Ctx::Matrix, &[Action::Enter, Action::Back]), theme.key()))
            .right_aligned(),
    );
    super::clear_for_popup(frame, p.block);
    frame.render_widget(block, p.block);
    let label_width = p.label_width as usize;
    let cell = p.cell_width as usize;
    let pad = |s: String, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(width(&s))));

    // District names along the top, the cursor's column emphasised.
    let mut header = vec![Span::raw(" ".repeat(label_width))];
    for d in first..last {
        // As much of the name as the cell holds (石景山 is 石景 in a narrow cell); the cursor's full names
        // are in the bottom border.
        let mut short = String::new();
        for c in app.data.districts[d].name.chars() {
            if width(&short) + crate::text::char_width(c) > cell - 1 {
                break;
            }
            short.push(c);
        }
        let style = if d == g.col { theme.selected(true) } else { Style::new().bold() };
        header.push(Span::styled(pad(truncate(&short, cell - 1), cell - 1), style));
        header.push(Span::raw(" "));
    }
    header.push(Span::styled("  Σ", theme.count()));
    frame.render_widget(Paragraph::new(Line::from(fit(header, p.header.width as usize))), p.header);

    let rows: Vec<Line> = (g.row_offset..app.data.themes.len())
        .take(p.body.height as usize)
        .map(|t| {
            let theme_data = &app.data.themes[t];
            let label = truncate(app.lang.label(&theme_data.name, &theme_data.en), label_width - 1);
            let label_style = if t == g.row { theme.selected(true) } else { Style::new() };
            let mut spans = vec![Span::styled(pad(label, label_width - 1), label_style), Span::raw(" ")];
            for d in first..last {
                let carries = app.index.district_themes[d].contains(&t);
                let mark = if carries { "●" } else { "·" };
                let style = match (t == g.row && d == g.col, carries) {
                    (true, _) => theme.selected(true),
                    (false, true) => theme.tone(crate::doc::Tone::TagOn),
                    (false, false) => theme.dim(),
                };
                // The mark sits under the name's first character.
                spans.push(Span::styled(pad(format!(" {mark}"), cell - 1), style));
                spans.push(Span::raw(" "));
            }
            spans.push(Span::styled(format!("{:>3}", app.index.theme_counts[t]), theme.count()));
            Line::from(fit(spans, p.body.width as usize))
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), p.body);

    let mut totals = vec![Span::styled(pad("Σ".to_string(), label_width), theme.count())];
    for d in first..last {
        totals.push(Span::styled(pad(format!("{:>2}", app.index.district_themes[d].len()), cell), theme.count()));
    }
    let all: usize = app.index.theme_counts.iter().sum();
    totals.push(Span::styled(format!("{all:>3}"), theme.count()));
    frame.render_widget(Paragraph::new(Line::from(fit(totals, p.totals.width as usize))), p.totals);
}
