//! The status line: the mode, where the reader is, and the keys that matter now (from the key table).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::spans::fit;
use super::theme::Theme;
use crate::app::keymap::{self, Ctx};
use crate::app::{App, Lang, Overlay};

pub fn draw(frame: &mut Frame, app: &App, area: Rect, theme: &Theme) {
    let labels = app.lang.labels();
    let ctx = app.context();
    let mode = match (&app.overlay, ctx) {
        (Some(Overlay::Help { .. }), _) => labels.mode_help,
        (Some(Overlay::Overview { .. }), _) => labels.mode_overview,
        (None, Ctx::Typing) => labels.mode_filter,
        _ => labels.mode_browse,
    };
    let mut spans = vec![Span::styled(format!(" {mode} "), theme.badge()), Span::raw(" ")];
    if let Some(d) = app.selected() {
        let name = &app.data.districts[d].name;
        spans.push(Span::raw(format!("{name} {}/{}", app.district_cursor + 1, app.filtered.districts.len())));
    }
    let on = app.filtered.theme_on.iter().filter(|&&b| b).count();
    if on > 0 {
        let text = match (app.lang, on) {
            (Lang::En, 1) => format!(" · 1 theme {}", labels.matching),
            (Lang::En, _) => format!(" · {on} themes {}", labels.matching),
            (Lang::Zh, _) => format!(" · {} {on} 个主题", labels.matching),
        };
        spans.push(Span::styled(text, theme.dim()));
    }
    spans.push(Span::raw("  "));
    // The help key comes last and is the one hint never dropped for lack of room: it leads to all the others.
    let mut hints: Vec<Vec<Span>> = keymap::hints(ctx)
        .map(|b| {
            let key = b.label.split(' ').next().unwrap_or(b.label);
            let (en, zh) = b.hint.unwrap_or_default();
            vec![Span::styled(key.to_string(), theme.key()), Span::raw(format!(" {}", app.lang.pick(en, zh)))]
        })
        .collect();
    if let Some(i) = keymap::hints(ctx).position(|b| b.action == crate::app::Action::ToggleHelp) {
        let help = hints.remove(i);
        hints.push(help);
    }
    let used = |spans: &[Span]| spans.iter().map(|s| crate::text::width(&s.content)).sum::<usize>();
    let joined = |hints: &[Vec<Span<'static>>]| {
        let mut out: Vec<Span<'static>> = Vec::new();
        for (i, h) in hints.iter().enumerate() {
            if i > 0 {
                out.push(Span::styled(" · ", theme.dim()));
            }
            out.extend(h.iter().cloned());
        }
        out
    };
    while hints.len() > 1 && used(&spans) + used(&joined(&hints)) > area.width as usize {
        hints.remove(hints.len() - 2);
    }
    spans.extend(joined(&hints));
    frame.render_widget(Paragraph::new(Line::from(fit(spans, area.width as usize))), area);
}
