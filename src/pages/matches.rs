//! Every occurrence of the keyword searched (`a`): district, highlight and the occurrence in a little
//! context, one per row. Enter goes to the occurrence.

use crate::ui::Rows;
use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Flow, ListCursor, Page, PageEntry, draw_frame, frame_block, list_page, own, own_key};
use crate::app::App;
use crate::doc::Tone;
use crate::export::{self, Clip, Export};
use crate::keys::{Action, BROWSE, Binding, Ctx, Key, PAGE, PageId, bind, key_of};
use crate::lang::pages as words;
use crate::lang::{BrowserMsg, DocMsg};
use crate::search::{Occurrence, Part};
use crate::text::{truncate, width};
use crate::theme::Theme;
use crate::ui::row;

pub const ID: PageId = PageId("matches");

/// Opens on the occurrence the reader is on; without a search there is nothing to list, and it says so.
pub const ENTRY: PageEntry = PageEntry {
    id: ID,
    open: |app, _| {
        if app.search.matches.is_empty() {
            let search_key = key_of(Ctx::Districts, &Action::StartSearch);
            app.notice = Some(app.lang.notice(BrowserMsg::NoMatchesToList { search_key: &search_key }));
            return None;
        }
        Some(Box::new(Matches { list: ListCursor::at(app.search.current) }))
    },
    words: &words::MATCHES,
    opens: Some(&OPENS),
    keys: &KEYS,
};

const OPENS: Binding = bind(&[Key::Char('a')], Action::Open(ID), BROWSE, words::MATCHES_OPEN);

/// The match list's own action: go to the match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    Open,
}

const KEYS: [Binding<Own>; 1] = [bind(&[Key::Enter], Own::Open, PAGE, words::MATCHES_ENTER)];

/// Characters of context shown before a match.
const BEFORE: usize = 10;

/// The list's cursor; the occurrences are the search's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Matches {
    pub list: ListCursor,
}

impl Page for Matches {
    fn entry(&self) -> &'static PageEntry {
        &ENTRY
    }

    fn update(&mut self, app: &mut App, action: &Action) -> Flow {
        let l = list_page(app.size);
        let n = app.search.matches.len();
        match action {
            Action::Back => Flow::Close,
            Action::PageKey(key) => match own(&KEYS, *key) {
                Some(Own::Open) => {
                    app.jump_to_match(self.list.cursor);
                    Flow::Leave
                }
                None => Flow::Stay,
            },
            other => super::list_moves(&mut self.list, other, &l, n),
        }
    }

    fn derive(&mut self, app: &App) {
        self.list.keep_in_view(app.search.matches.len(), list_page(app.size).rows.height as usize);
    }

    fn copy(&self, app: &App) -> Option<Clip> {
        Some(export::pages::match_clip(&app.data, app.search.matches.get(self.list.cursor)?, app.lang))
    }

    fn export(&self, app: &App) -> Option<Export> {
        let markdown = export::pages::matches_markdown(&app.data, &app.search.keyword, &app.search.matches, app.lang);
        Some(Export { stem: export::stem(&["liangdian", "matches", &app.search.keyword]), markdown })
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        draw(self.list.cursor, self.list.offset, frame, app, theme);
    }
}

/// The list: a header, then the visible rows.
fn draw(cursor: usize, offset: usize, frame: &mut Frame, app: &App, theme: &Theme) {
    let p = list_page(frame.area());
    let n = app.search.matches.len();
    let title = format!(" {} ", app.lang.say(DocMsg::MatchesTitle { keyword: &app.search.keyword, n }));
    let rows = (offset, p.rows.height as usize, n);
    draw_frame(
        frame,
        p.block,
        frame_block(theme, title, &[own_key(&KEYS, Own::Open), key_of(Ctx::Page, &Action::Back)], rows),
    );
    let total = p.rows.width as usize;
    // The highlight's title (Chinese and English) gets a third of the row, the context the rest.
    let title_w = (total / 3).clamp(8, 44);
    let l = app.lang.labels();
    let heading = ["#", l.col_district, l.col_highlight, l.col_context];
    let pad = |s: &str, w: usize| format!("{s}{} ", " ".repeat(w.saturating_sub(width(s))));
    let visible = || app.search.matches.iter().skip(offset).take(p.rows.height as usize);
    // The district column is as wide as the widest name shown (or its heading), the same in every row.
    let name_w = visible()
        .map(|m| width(&app.data.districts[m.district].called(app.lang)))
        .chain([width(heading[1])])
        .max()
        .unwrap_or(6);
    let header = Line::from(vec![
        Span::styled(pad(heading[0], 4), theme.dim()),
        Span::styled(pad(heading[1], name_w), theme.dim()),
        Span::styled(pad(heading[2], title_w - 1), theme.dim()),
        Span::styled(heading[3].to_string(), theme.dim()),
    ]);
    frame.render_widget(Rows::from(header), p.header);
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
                None if m.part.english() => app.lang.aside(app.lang.labels().lead, app.lang.labels().in_english),
                None => app.lang.labels().lead.to_string(),
                // A match in the English title has it as its context: said once, there.
                Some(h) if matches!(m.part, Part::TitleEn(_)) => {
                    app.lang.aside(&h.title, app.lang.labels().in_title_en)
                }
                Some(h) if m.part.english() => app.lang.aside(&h.title, app.lang.labels().in_english),
                Some(h) => app.lang.both(&h.title, &h.title_en),
            };
            let where_ = truncate(&where_, title_w - 1);
            let mut spans = vec![
                Span::styled(pad(&(i + 1).to_string(), 4), theme.dim()),
                Span::styled(pad(&d.called(app.lang), name_w), Style::new().bold()),
                Span::styled(pad(&where_, title_w - 1), theme.dim()),
            ];
            spans.extend(context(app, m, theme, total.saturating_sub(4 + name_w + 1 + title_w)));
            let style = if i == cursor { theme.selected(true) } else { Style::new() };
            row(spans, Span::raw(""), total, style)
        })
        .collect();
    frame.render_widget(Rows(lines), p.rows);
}

/// "…before «match» after…" from the occurrence's text, for `room` cells; the row is cut to the width by
/// the caller.
fn context(app: &App, m: &Occurrence, theme: &Theme, room: usize) -> Vec<Span<'static>> {
    let c = m.context(&app.data, BEFORE, room.max(BEFORE + 8));
    let (before, _) = c.marked();
    vec![Span::raw(before), Span::styled(c.hit, theme.tone(Tone::Match)), Span::raw(c.after)]
}
