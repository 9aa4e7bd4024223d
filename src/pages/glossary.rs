//! The glossary (`T`), or the terms of the highlight under the cursor (`i`): one term a row, with its
//! pinyin, its English and what it means in the interface's language, and under the list the whole
//! explanation of the term the cursor is on, as the texts are read (Chinese, English or both). Enter
//! searches the texts for the term, so n and N step through the highlights that use it.

use crate::ui::Rows;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Flow, ListCursor, Page, PageEntry, draw_frame, frame_block, list_moves, list_page, own, own_key};
use crate::app::{App, LineInput};
use crate::dataset::Term;
use crate::doc::{Tone, wrap_toned};
use crate::export::Clip;
use crate::keys::{Action, BROWSE, Binding, Ctx, Key, PAGE, PageId, bind, key_of};
use crate::lang::pages as words;
use crate::lang::{BrowserMsg, Lang};
use crate::text::{truncate, width};
use crate::theme::Theme;
use crate::ui::row;

pub const ID: PageId = PageId("glossary");
pub const HERE_ID: PageId = PageId("terms-here");

/// Every term of the glossary.
pub const ENTRY: PageEntry =
    PageEntry { id: ID, open: |app, _| open(app, None), words: &words::GLOSSARY, opens: Some(&OPENS), keys: &KEYS };

/// The terms of the highlight under the cursor.
pub const HERE: PageEntry = PageEntry {
    id: HERE_ID,
    open: |app, _| {
        let at = app.selected().map(|d| (d, app.highlight));
        match at {
            Some(at) => open(app, Some(at)),
            None => {
                let back_key = key_of(Ctx::Districts, &Action::Back);
                app.notice = Some(app.lang.notice(BrowserMsg::NoDistrictSelected { back_key: &back_key }));
                None
            }
        }
    },
    words: &words::TERMS_HERE,
    opens: Some(&OPENS_HERE),
    keys: &KEYS,
};

const OPENS: Binding = bind(&[Key::Char('T')], Action::Open(ID), BROWSE, words::GLOSSARY_OPEN);
const OPENS_HERE: Binding = bind(&[Key::Char('i')], Action::Open(HERE_ID), BROWSE, words::TERMS_HERE_OPEN);

/// The page's own actions: search the texts for the term, and narrow the list by typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    Search,
    Filter,
}

const KEYS: [Binding<Own>; 2] = [
    bind(&[Key::Enter], Own::Search, PAGE, words::GLOSSARY_ENTER),
    bind(&[Key::Char('f'), Key::Char('/')], Own::Filter, PAGE, words::GLOSSARY_FILTER),
];

/// The rows under the list that show the whole explanation of the term under the cursor.
const EXPLANATION_ROWS: u16 = 7;

/// The terms listed (indices in the glossary) and the cursor.
#[derive(Debug, Clone, Default)]
pub struct GlossaryPage {
    pub terms: Vec<usize>,
    /// Which highlight's terms, when not the whole glossary.
    pub here: Option<(usize, usize)>,
    pub list: ListCursor,
    /// The page's terms before any filter, and what is typed to narrow them.
    all: Vec<usize>,
    pub query: LineInput,
    typing: bool,
    /// The highlights using the term under the cursor (the term's index, and where), found when the cursor
    /// moves rather than in every frame: finding them reads every highlight's text.
    used: Option<(usize, Vec<(usize, usize)>)>,
}

fn open(app: &mut App, here: Option<(usize, usize)>) -> Option<Box<dyn Page>> {
    let text = |d: usize, h: usize| app.data.districts.get(d).and_then(|x| x.highlights.get(h)).map(|x| &x.text);
    let terms: Vec<usize> = match here {
        None => (0..app.data.glossary.len()).collect(),
        Some((d, h)) => {
            let text = text(d, h).map_or("", |t| t.as_str());
            let glossary = &app.data.glossary;
            (0..glossary.len())
                .filter(|&i| !glossary[i].term.is_empty() && text.contains(glossary[i].term.as_str()))
                .collect()
        }
    };
    if terms.is_empty() {
        app.notice = Some(app.lang.notice(BrowserMsg::NoTerms { here: here.is_some() }));
        return None;
    }
    let all = terms.clone();
    Some(Box::new(GlossaryPage { terms, here, all, ..GlossaryPage::default() }))
}

/// The list above, the explanation below.
fn panes(area: Rect) -> (super::ListPanes, Rect) {
    let mut l = list_page(area);
    let below = EXPLANATION_ROWS.min(l.rows.height / 2);
    l.rows.height -= below;
    let explanation = Rect { y: l.rows.y + l.rows.height, height: below, ..l.rows };
    (l, explanation)
}

impl GlossaryPage {
    fn term<'a>(&self, app: &'a App) -> Option<&'a Term> {
        app.data.glossary.get(*self.terms.get(self.list.cursor)?)
    }

    /// The terms the query is part of: their Chinese, pinyin (tones aside) or English.
    fn narrow(&mut self, app: &App) {
        let query = self.query.text().trim().to_lowercase();
        let glossary = &app.data.glossary;
        self.terms = self.all.iter().copied().filter(|&i| query.is_empty() || glossary[i].holds(&query)).collect();
        self.list = ListCursor::default();
    }
}

impl Page for GlossaryPage {
    fn entry(&self) -> &'static PageEntry {
        if self.here.is_some() { &HERE } else { &ENTRY }
    }

    fn typing(&self) -> bool {
        self.typing
    }

    fn update(&mut self, app: &mut App, action: &Action) -> Flow {
        let (l, _) = panes(app.size);
        let n = self.terms.len();
        if self.typing {
            match action {
                Action::Edit(edit) => {
                    if self.query.apply(edit) {
                        self.narrow(app);
                    }
                }
                Action::Accept => self.typing = false,
                Action::Cancel => {
                    self.typing = false;
                    self.query.set("");
                    self.narrow(app);
                }
                other => return list_moves(&mut self.list, other, &l, n),
            }
            return Flow::Stay;
        }
        match action {
            Action::Back => Flow::Close,
            Action::PageKey(key) => match own(&KEYS, *key) {
                Some(Own::Search) => {
                    let Some(term) = self.term(app).map(|t| t.term.to_string()) else { return Flow::Stay };
                    app.open_search(&term);
                    Flow::Leave
                }
                Some(Own::Filter) => {
                    self.typing = true;
                    Flow::Stay
                }
                None => Flow::Stay,
            },
            other => list_moves(&mut self.list, other, &l, n),
        }
    }

    fn derive(&mut self, app: &App) {
        self.list.keep_in_view(self.terms.len(), panes(app.size).0.rows.height as usize);
        let current = self.terms.get(self.list.cursor).copied();
        if self.used.as_ref().map(|(t, _)| *t) != current {
            self.used = current.map(|t| (t, app.data.glossary[t].places(&app.data)));
        }
    }

    fn position(&self, app: &App) -> Option<String> {
        let t = self.term(app)?;
        Some(format!("{} {}/{}", t.term, self.list.cursor + 1, self.terms.len()))
    }

    fn copy(&self, app: &App) -> Option<Clip> {
        let t = self.term(app)?;
        let mut text = format!("{} · {} · {}\n", t.term, t.pinyin, t.en);
        for explanation in app.reading.of(&t.zh, &t.explain) {
            text.push_str(explanation);
            text.push('\n');
        }
        Some(Clip { what: t.term.to_string(), text })
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        let (p, below) = panes(frame.area());
        let n = self.terms.len();
        let title = match self.here.and_then(|(d, h)| Some((app.data.districts.get(d)?, h))) {
            Some((d, h)) => {
                format!(" {} {n} · {} {} ", words::TERMS_HERE.name.get(app.lang), d.called(app.lang), h + 1)
            }
            None => format!(" {} {n} ", words::GLOSSARY.name.get(app.lang)),
        };
        let keys = [own_key(&KEYS, Own::Search), key_of(Ctx::Page, &Action::Back)];
        let (offset, rows) = (self.list.offset, p.rows.height as usize);
        draw_frame(frame, p.block, frame_block(theme, title, &keys, (offset, rows, self.terms.len())));
        let total = p.rows.width as usize;
        let glossary = &app.data.glossary;
        let shown = || self.terms.iter().skip(offset).take(rows).map(|&i| &glossary[i]);
        let term_w = shown().map(|t| width(&t.term)).max().unwrap_or(4) + 2;
        let pinyin_w = shown().map(|t| width(&t.pinyin)).max().unwrap_or(4).min(total / 5) + 2;
        let pad = |s: &str, w: usize| {
            let s = truncate(s, w.saturating_sub(2));
            format!("{s}{}", " ".repeat(w.saturating_sub(width(&s))))
        };
        let l = app.lang.labels();
        let header = if self.typing || !self.query.text().is_empty() {
            // The filter line in the header's place: what is typed, and the terminal's cursor after it.
            let line = format!("/ {}", self.query.text());
            if self.typing {
                let x = p.header.x + width(&line).min(p.header.width.saturating_sub(1) as usize) as u16;
                frame.set_cursor_position((x, p.header.y));
            }
            Line::from(Span::styled(line, theme.key()))
        } else {
            Line::from(Span::styled(
                format!("{}{}{}", pad(l.col_term, term_w), pad(l.col_pinyin, pinyin_w), l.col_meaning),
                theme.dim(),
            ))
        };
        frame.render_widget(Rows::from(header), p.header);
        let lines: Vec<Line> = shown()
            .enumerate()
            .map(|(k, t)| {
                let meaning = match app.lang {
                    Lang::En => format!("{} — {}", t.en, t.explain),
                    Lang::Zh => format!("{} — {}", t.en, t.zh),
                };
                let spans = vec![
                    Span::styled(pad(&t.term, term_w), Style::new().bold()),
                    Span::styled(pad(&t.pinyin, pinyin_w), theme.dim()),
                    Span::raw(meaning.replace('\n', " ")),
                ];
                let style = if offset + k == self.list.cursor { theme.selected(true) } else { Style::new() };
                row(spans, Span::raw(""), total, style)
            })
            .collect();
        frame.render_widget(Rows(lines), p.rows);
        // The term under the cursor, whole: what it means as the texts are read, and where it is used.
        let Some(t) = self.term(app) else { return };
        let mut text: Vec<(char, Tone)> =
            format!("{} {} · {}", t.term, t.pinyin, t.en).chars().map(|c| (c, Tone::Title)).collect();
        for explanation in app.reading.of(&t.zh, &t.explain) {
            text.push(('\n', Tone::Text));
            text.extend(explanation.chars().map(|c| (c, Tone::Text)));
        }
        let places: Vec<String> = self
            .used
            .iter()
            .flat_map(|(_, places)| places)
            .map(|&(d, h)| format!("{} {}", app.data.districts[d].called(app.lang), h + 1))
            .collect();
        text.push(('\n', Tone::Dim));
        let used = format!("{}{}{}", l.used_in, app.lang.colon(), places.join(app.lang.list_sep()));
        text.extend(used.chars().map(|c| (c, Tone::Dim)));
        let lines: Vec<Line> = wrap_toned(&text, below.width as usize)
            .into_iter()
            .take(below.height as usize)
            .map(|(_, spans)| {
                Line::from(spans.into_iter().map(|(s, t)| Span::styled(s, theme.tone(t))).collect::<Vec<_>>())
            })
            .collect();
        frame.render_widget(Rows(lines), below);
    }
}
