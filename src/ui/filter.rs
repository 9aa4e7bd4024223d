//! The theme filter pane: the query line and the themes it ranks, each with its number of districts.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Rows;
use super::spans::{highlighted, row};
use crate::app::layout::Panes;
use crate::app::{App, Focus, Typing};
use crate::keys::{self, Action, Ctx};
use crate::search::Field;
use crate::text::{char_width, width};
use crate::theme::Theme;

/// The prompt before the query.
const PROMPT: &str = "› ";

/// Draws the filter pane; the terminal's cursor goes to the query's caret when the keyboard is there
/// (`caret`: not while a page has it).
pub fn draw(frame: &mut Frame, app: &App, panes: &Panes, caret: bool, theme: &Theme) {
    let labels = app.lang.labels();
    let typing = app.typing == Some(Typing::Filter);
    let focused = typing || (app.focus == Focus::Themes && app.typing.is_none());
    // A chosen theme narrows the districts, not this list (every theme stays to choose another).
    let count = if app.filtering() && app.chosen_theme.is_none() {
        format!(" {} {}/{} ", labels.themes, app.filtered.themes.len(), app.data.themes.len())
    } else {
        format!(" {} {} ", labels.themes, app.data.themes.len())
    };
    let key = keys::key_of(Ctx::Districts, &Action::FocusFilter);
    let mut block = Block::bordered()
        .border_style(theme.border(focused))
        .title(Span::styled(count, theme.title(focused)))
        .title_bottom(Line::from(Span::styled(format!(" {key} "), theme.key())).right_aligned());
    // Which of the themes are shown, when not all of them fit.
    if let Some(rows) = super::scroll_label(app.theme_offset, panes.themes.height as usize, app.filtered.themes.len()) {
        block = block.title_bottom(Line::from(Span::styled(rows, theme.dim())).left_aligned());
    }
    frame.render_widget(block, panes.filter_block);
    draw_input(frame, app, panes.input, caret, theme);
    let rule = Rect { y: panes.input.y + 1, height: 1, ..panes.input };
    frame.render_widget(Paragraph::new("─".repeat(rule.width as usize)).style(theme.dim()), rule);
    draw_themes(frame, app, panes.themes, theme, focused && !typing);
}

fn draw_input(frame: &mut Frame, app: &App, area: Rect, caret: bool, theme: &Theme) {
    let room = (area.width as usize).saturating_sub(width(PROMPT));
    let typing = app.typing == Some(Typing::Filter);
    let prompt = Span::styled(PROMPT, if typing { theme.key() } else { theme.dim() });
    let line = if let (Some(t), true) = (app.chosen_theme, app.query.text().is_empty()) {
        let t = &app.data.themes[t];
        Line::from(vec![
            prompt,
            Span::styled(format!("#{}", app.lang.tag(&t.name, &t.en)), theme.tone(crate::doc::Tone::TagOn)),
        ])
    } else if app.query.text().is_empty() {
        // Letters are keys until the filter is opened: the line says which key opens it.
        let key = (!typing).then(|| keys::key_of(Ctx::Districts, &Action::FocusFilter));
        let text = app.lang.say(crate::lang::BrowserMsg::FilterPlaceholder { key: key.as_deref() });
        Line::from(vec![prompt, Span::styled(crate::text::truncate(&text, room), theme.placeholder())])
    } else {
        let (shown, _) = visible_query(app.query.text(), app.query.caret(), room);
        Line::from(vec![prompt, Span::raw(shown)])
    };
    frame.render_widget(Rows::from(line), area);
    if typing && caret {
        let (_, caret_x) = visible_query(app.query.text(), app.query.caret(), room);
        frame.set_cursor_position((area.x + (width(PROMPT) + caret_x) as u16, area.y));
    }
}

/// The part of the query that fits in `room` cells with the caret in view, and the caret's cell within it.
/// Measured by display width, so the terminal's cursor (which the input method's window follows) lands on
/// the right cell after wide characters.
pub fn visible_query(query: &str, caret: usize, room: usize) -> (String, usize) {
    let chars: Vec<char> = query.chars().collect();
    let caret = caret.min(chars.len());
    let room = room.max(1);
    // Drop characters from the left until the caret (and one cell for it) fits.
    let mut start = 0;
    let caret_width = |from: usize| chars[from..caret].iter().map(|&c| char_width(c)).sum::<usize>();
    while start < caret && caret_width(start) + 1 > room {
        start += 1;
    }
    let mut shown = String::new();
    let mut used = 0;
    for &c in &chars[start..] {
        if used + char_width(c) > room {
            break;
        }
        shown.push(c);
        used += char_width(c);
    }
    (shown, caret_width(start))
}

fn draw_themes(frame: &mut Frame, app: &App, area: Rect, theme: &Theme, focused: bool) {
    let hits = &app.filtered.themes;
    if hits.is_empty() {
        let lines = super::spans::message(app.lang.labels().no_match, area.width as usize, theme.placeholder());
        frame.render_widget(Rows(lines), area);
        return;
    }
    let lines: Vec<Line> = hits
        .iter()
        .enumerate()
        .skip(app.theme_offset)
        .take(area.height as usize)
        .map(|(i, hit)| {
            let t = &app.data.themes[hit.theme];
            let (field, chars) = hit.hit.as_ref().map_or((None, &[][..]), |h| (Some(h.field), h.chars.as_slice()));
            let on = |f: Field| if field == Some(f) { chars } else { &[] };
            let mut left = highlighted(&t.name, on(Field::Name), ratatui::style::Style::new(), theme.matched());
            if !t.en.is_empty() {
                left.push(Span::raw(" "));
                left.extend(highlighted(&t.en, on(Field::En), theme.dim(), theme.matched()));
            }
            if let Some(Field::Alias(a)) = field
                && let Some(alias) = t.aliases.get(a as usize)
            {
                left.push(Span::styled(" ~", theme.dim()));
                left.extend(highlighted(alias, chars, theme.dim(), theme.matched()));
            }
            let chosen = app.chosen_theme == Some(hit.theme);
            let style = if i == app.theme_cursor && (focused || chosen) {
                theme.selected(focused)
            } else {
                ratatui::style::Style::new()
            };
            let count = Span::styled(app.index.theme_counts[hit.theme].to_string(), theme.count());
            row(left, count, area.width as usize, style)
        })
        .collect();
    frame.render_widget(Rows(lines), area);
}

#[cfg(test)]
mod tests {
    use super::visible_query;

    #[test]
    fn the_caret_is_placed_by_display_width() {
        assert_eq!(visible_query("垃圾分类", 2, 20), ("垃圾分类".to_string(), 4));
        assert_eq!(visible_query("ljfl", 4, 20), ("ljfl".to_string(), 4));
    }

    #[test]
    fn a_long_query_scrolls_to_keep_the_caret_in_view() {
        let (shown, caret) = visible_query("一二三四五六七八九十", 10, 9);
        assert!(caret < 9, "{caret}");
        assert!(shown.ends_with('十'), "{shown}");
    }
}
