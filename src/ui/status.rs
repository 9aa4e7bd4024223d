//! The status line: the mode, where the reader is, the search, a notice, and the keys that matter now
//! (from the key table). At the search prompt it is the prompt.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::filter::visible_query;
use super::spans::fit;
use super::{Chrome, Rows};
use crate::app::{App, LineInput, Said};
use crate::keys::{self, Action, Ctx, Key};
use crate::lang::BrowserMsg;
use crate::text::width;
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, chrome: &Chrome, area: Rect, theme: &Theme) {
    let labels = app.lang.labels();
    let ctx = chrome.ctx;
    let mode = match (&chrome.page, ctx) {
        (Some(page), _) => page.mode,
        (None, Ctx::Filter) => labels.mode_filter,
        (None, Ctx::Search) => labels.mode_search,
        (None, Ctx::Note) => labels.mode_note,
        _ if app.compare.is_some() => labels.mode_compare,
        _ => labels.mode_browse,
    };
    let mut spans = vec![Span::styled(format!(" {mode} "), theme.badge()), Span::raw(" ")];
    // A prompt's label takes at most half the line; a long one gives up its title, never its words.
    let label_room = (area.width as usize / 2).saturating_sub(spans.iter().map(|s| width(&s.content)).sum());
    let prompt = match ctx {
        Ctx::Search => Some(("/ ".to_string(), &app.search.input)),
        Ctx::Note => app.note_for.map(|(d, h)| {
            let district = &app.data.districts[d];
            let title = district.highlights.get(h).map_or("", |x| x.title.as_str());
            let what = format!("{} {}. {title}", district.name, h + 1);
            let words = width(&app.lang.say(BrowserMsg::NoteFor { what: "" }));
            let what = crate::text::truncate(&what, label_room.saturating_sub(words).max(4));
            (app.lang.say(BrowserMsg::NoteFor { what: &what }), &app.note)
        }),
        _ => None,
    };
    if let Some((label, input)) = prompt {
        // A notice (a note not saved, and why) needs the room more than the label, which the mode names.
        let label = if app.notice.is_some() && ctx == Ctx::Note { String::new() } else { label };
        return draw_prompt(frame, app, chrome, area, theme, (spans, label), input);
    }
    let total = area.width as usize;
    let position = position(app, chrome, theme);
    if let Some(notice) = &app.notice {
        // Where the reader is and the keys give way to what was just said, then the notice's details (a path,
        // a title, the system's words), and last the mode's badge: its verdict and hint are never cut.
        let used = |spans: &[Span]| spans.iter().map(|s| width(&s.content)).sum::<usize>();
        let beside = used(&spans) + used(&position) + 2;
        if beside + notice.width() <= total {
            spans.extend(position);
            spans.push(Span::styled(format!("  {notice}"), notice_style(app, theme)));
            // The keys follow when at least the help key fits whole.
            let room = total.saturating_sub(used(&spans) + 2);
            let keys = hints(app, chrome, theme, room);
            if used(&keys) <= room {
                spans.push(Span::raw("  "));
                spans.extend(keys);
            }
            frame.render_widget(Rows::from(Line::from(spans)), area);
            return;
        } else {
            if used(&spans) + notice.narrowest() > total {
                spans.clear();
            }
            let room = total - used(&spans);
            spans.push(Span::styled(notice.fitted(room), notice_style(app, theme)));
            frame.render_widget(Rows::from(Line::from(fit(spans, total))), area);
            return;
        }
    } else {
        spans.extend(position);
    }
    spans.push(Span::raw("  "));
    spans.extend(hints(
        app,
        chrome,
        theme,
        (area.width as usize).saturating_sub(spans.iter().map(|s| width(&s.content)).sum()),
    ));
    frame.render_widget(Rows::from(Line::from(fit(spans, area.width as usize))), area);
}

/// The least room the text typed keeps beside a notice.
const PROMPT_ROOM: usize = 16;

/// A line being typed: its label ("/ ", "note for 东城 2. …: "), the text with the terminal's cursor at the
/// caret, and what Enter and Esc do when there is room.
fn draw_prompt(
    frame: &mut Frame,
    app: &App,
    chrome: &Chrome,
    area: Rect,
    theme: &Theme,
    (mut spans, label): (Vec<Span<'static>>, String),
    input: &LineInput,
) {
    let total = area.width as usize;
    // What just happened (a note not saved, say) matters more than the keys, which stay in the help: it takes
    // what the text typed leaves, the text keeping some room to go on; the mode's badge makes way for it.
    let typed = (width(input.text()) + 2).min(PROMPT_ROOM);
    let badge: usize = spans.iter().map(|s| width(&s.content)).sum();
    if app.notice.as_ref().is_some_and(|n| badge + width(&label) + typed + 2 + n.narrowest() > total) {
        spans.clear();
    }
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    // A long label gives way to the text typed: at most half the line.
    let label = crate::text::truncate(&label, (total / 2).saturating_sub(used));
    let before = used + width(&label);
    let gap = if used == 0 { " " } else { "    " };
    let notice =
        app.notice.as_ref().map(|n| format!("{gap}{}", n.fitted(total.saturating_sub(before + typed + gap.len()))));
    let room = total.saturating_sub(before + 1 + notice.as_deref().map_or(0, width));
    let (shown, caret) = visible_query(input.text(), input.caret(), room);
    let x = area.x + (before + caret) as u16;
    spans.push(Span::styled(label, theme.key()));
    spans.push(Span::raw(shown));
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    if let Some(notice) = notice {
        spans.push(Span::styled(notice, notice_style(app, theme)));
    } else {
        let keys = hints(app, chrome, theme, (area.width as usize).saturating_sub(used + 4));
        let keys_width: usize = keys.iter().map(|s| width(&s.content)).sum();
        if used + 4 + keys_width <= area.width as usize {
            spans.push(Span::raw("    "));
            spans.extend(keys);
        }
    }
    frame.render_widget(Rows::from(Line::from(fit(spans, area.width as usize))), area);
    frame.set_cursor_position((x.min(area.right().saturating_sub(1)), area.y));
}

/// A notice of something done is drawn as a success, anything else as a warning.
fn notice_style(app: &App, theme: &Theme) -> ratatui::style::Style {
    match app.said {
        Said::Done => theme.done(),
        Said::Warning => theme.warning(),
    }
}

/// "海淀 4/16", then the search ("match 2/7") or the filter ("1 theme matching").
fn position(app: &App, chrome: &Chrome, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    // Pages with a cursor say where it is rather than where the district list is.
    if let Some(position) = chrome.page.as_ref().and_then(|p| p.position.clone()) {
        spans.push(Span::raw(position));
        return spans;
    }
    if let Some(d) = app.selected() {
        let name = app.data.districts[d].called(app.lang);
        spans.push(Span::raw(format!("{name} {}/{}", app.district_cursor + 1, app.rows.len())));
    }
    // What a load that stopped at an error left is said to be incomplete wherever the reader is.
    if app.loading.as_ref().is_some_and(|l| l.failed.is_some()) {
        spans.push(Span::styled(format!(" · {}", app.lang.labels().incomplete), theme.warning()));
    }
    // A search that found nothing where the filter lets it look: the notice says where it is, and the way out.
    let told = app.search.matches.is_empty() && app.notice.is_some();
    if app.search.is_active() && !told {
        let (keyword, current, total) = (&app.search.keyword, app.search.current + 1, app.search.matches.len());
        let english = app.search.matches.get(app.search.current).is_some_and(|m| m.part.english());
        let msg = BrowserMsg::SearchStatus { keyword, current, total, english };
        let mut text = format!(" · {}", app.lang.say(msg));
        // Said every time: the filter decides which districts were searched.
        if app.filtering() {
            let (shown, all) = (app.rows.len(), app.district_total);
            text.push_str(&format!(" · {}", app.lang.say(BrowserMsg::SearchedOnly { shown, all })));
        }
        // A file still arriving (or stopped short) has been searched as far as it has arrived.
        if app.loading.is_some() {
            let loaded = app.data.districts.len();
            text.push_str(&format!(" · {}", app.lang.say(BrowserMsg::SoFar { loaded })));
        }
        spans.push(Span::styled(text, theme.key()));
        return spans;
    }
    // A chosen theme is named, as the filter's line shows it; a query says how many themes it matches.
    if let Some(t) = app.chosen_theme.and_then(|t| app.data.themes.get(t)) {
        spans.push(Span::styled(format!(" · #{}", app.lang.tag(&t.name, &t.en)), theme.dim()));
        return spans;
    }
    let on = app.filtered.theme_on.iter().filter(|&&b| b).count();
    if on > 0 {
        let text = format!(" · {}", app.lang.say(BrowserMsg::ThemesMatching { n: on }));
        spans.push(Span::styled(text, theme.dim()));
    }
    spans
}

/// Where a hint goes: the help key last (it is never dropped: it leads to all the others), quitting just
/// before it (dropped first when room is short), the others in the table's order.
fn rank(action: Option<&Action>) -> u8 {
    match action {
        Some(Action::ToggleHelp) => 2,
        Some(Action::Quit) => 1,
        _ => 0,
    }
}

/// The hints of this context that fit in `room` cells, ordered by [`rank`].
fn hints(app: &App, chrome: &Chrome, theme: &Theme, room: usize) -> Vec<Span<'static>> {
    let ctx = chrome.ctx;
    // (first key, hint, where it goes)
    let listed: Vec<(String, &str, u8)> = if app.compare.is_some() && matches!(ctx, Ctx::Districts | Ctx::Detail) {
        keys::COMPARE_HINTS
            .iter()
            .filter_map(|(action, words)| {
                Some((keys::binding_of(ctx, action)?.keys.first()?.name(), words.get(app.lang), rank(Some(action))))
            })
            .collect()
    } else {
        // A key bound earlier in the lookup shadows a later binding of it (the help's own ? closes it).
        let mut seen: Vec<Key> = Vec::new();
        chrome
            .keys
            .iter()
            .filter_map(|b| {
                let live = b.keys.first().is_some_and(|k| !seen.contains(k));
                seen.extend_from_slice(b.keys);
                let hint = b.words.hint.filter(|_| live)?;
                Some((b.keys.first()?.name(), hint.get(app.lang), rank(b.action)))
            })
            .collect()
    };
    let mut listed = listed;
    listed.sort_by_key(|(_, _, rank)| *rank);
    let mut hints: Vec<Vec<Span<'static>>> = listed
        .iter()
        .map(|(key, text, _)| vec![Span::styled(key.clone(), theme.key()), Span::raw(format!(" {text}"))])
        .collect();
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
    let used = |spans: &[Span]| spans.iter().map(|s| width(&s.content)).sum::<usize>();
    while hints.len() > 1 && used(&joined(&hints)) > room {
        hints.remove(hints.len() - 2);
    }
    joined(&hints)
}
