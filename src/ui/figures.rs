//! The figures table: every quantity of the dataset with its district, what it counts and its highlight.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::spans::{fit, row};
use crate::app::keymap::Ctx;
use crate::app::{Action, App, FiguresPage, layout};
use crate::text::{truncate, width};
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, page: &FiguresPage, theme: &Theme) {
    let f = &page.table;
    let p = layout::list_page(frame.area());
    let title = format!(" {} {} · {} ", app.lang.labels().figures, f.rows.len(), f.sort.label(app.lang));
    let block =
        Block::bordered().border_style(theme.border(true)).title(Span::styled(title, theme.title(true))).title_bottom(
            Line::from(Span::styled(
                super::page_keys(Ctx::Figures, &[Action::Sort, Action::Enter, Action::Back]),
                theme.key(),
            ))
            .right_aligned(),
        );
    // Where the visible rows are in the whole list, as the other panes say it.
    let block = match super::detail::scroll_label(page.offset, p.rows.height as usize, f.rows.len()) {
        Some(position) => block.title_bottom(Line::from(Span::styled(position, theme.dim())).left_aligned()),
        None => block,
    };
    super::clear_for_popup(frame, p.block);
    frame.render_widget(block, p.block);
    let total = p.rows.width as usize;
    // Columns: district, value, what it counts, then the highlight's title in what is left.
    let (name_w, value_w) = (10, 12);
    let what_w = (total.saturating_sub(name_w + value_w + 2) * 11 / 20).max(6);
    let cell =
        |s: &str, w: usize| format!("{}{} ", truncate(s, w), " ".repeat(w.saturating_sub(width(&truncate(s, w)))));
    let l = app.lang.labels();
    let heading = [l.col_district, l.col_value, l.col_what, l.col_highlight];
    // Values are right-aligned by display width, then a gap of two cells, in the header as in the rows.
    let value_cell = |s: &str| {
        let s = truncate(s, value_w - 1);
        format!("{}{s}  ", " ".repeat((value_w - 1).saturating_sub(width(&s))))
    };
    let header = vec![
        Span::styled(cell(heading[0], name_w - 1), theme.dim()),
        Span::styled(value_cell(heading[1]), theme.dim()),
        Span::styled(cell(heading[2], what_w - 1), theme.dim()),
        Span::styled(heading[3].to_string(), theme.dim()),
    ];
    frame.render_widget(Paragraph::new(Line::from(fit(header, total))), p.header);
    let lines: Vec<Line> = f
        .rows
        .iter()
        .enumerate()
        .skip(page.offset)
        .take(p.rows.height as usize)
        .map(|(i, r)| {
            let d = &app.data.districts[r.district];
            let h = &d.highlights[r.highlight];
            let fig = &h.figures[r.figure];
            let value = value_cell(&format!("{}{}", fig.value, fig.unit));
            let spans = vec![
                Span::styled(cell(&d.name, name_w - 1), Style::new().bold()),
                Span::styled(value, theme.tone(crate::doc::Tone::Figure)),
                Span::raw(cell(app.lang.label(&fig.what, &fig.what_en), what_w - 1)),
                Span::styled(app.lang.label(&h.title, &h.title_en).to_string(), theme.dim()),
            ];
            let style = if i == page.cursor { theme.selected(true) } else { Style::new() };
            row(spans, Span::raw(""), total, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), p.rows);
}
