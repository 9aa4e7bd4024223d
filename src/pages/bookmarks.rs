//! The reader's bookmarks (`B`): each marked highlight with its note, in the order they were made. Enter
//! goes to the highlight; `d` twice deletes a bookmark; `w` writes them all out with their sources. A
//! bookmark whose highlight has other text since, or is gone, says so rather than pointing at other text.

use crate::ui::Rows;
use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Flow, ListCursor, Page, PageEntry, draw_frame, frame_block, list_page, own, own_key};
use crate::app::{App, Effect, Focus};
use crate::bookmarks::{self, Bookmark, Change, Place};
use crate::export::{self, Clip, Export};
use crate::keys::{Action, BROWSE, Binding, Ctx, Key, PAGE, PageId, bind, key_of};
use crate::lang::BrowserMsg;
use crate::lang::Lang;
use crate::lang::pages as words;
use crate::text::{truncate, width};
use crate::theme::Theme;
use crate::ui::{fit, row};

pub const ID: PageId = PageId("bookmarks");

/// Opens on the bookmarks as this browser knows them, and reads the file again: another browser may have
/// changed it.
pub const ENTRY: PageEntry = PageEntry {
    id: ID,
    open: |app, _| {
        app.effects.push(Effect::LoadBookmarks);
        Some(Box::new(Bookmarks::default()))
    },
    words: &words::BOOKMARKS,
    opens: Some(&OPENS),
    keys: &KEYS,
};

const OPENS: Binding = bind(&[Key::Char('B')], Action::Open(ID), BROWSE, words::BOOKMARKS_OPEN);

/// The bookmarks' own actions: go to the highlight, delete the bookmark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    Open,
    Delete,
}

const KEYS: [Binding<Own>; 2] = [
    bind(&[Key::Enter], Own::Open, PAGE, words::BOOKMARKS_ENTER),
    bind(&[Key::Char('d')], Own::Delete, PAGE, words::BOOKMARKS_DELETE),
];

/// The bookmarks of this dataset with where each is, the cursor, and a deletion waiting for its second `d`.
#[derive(Debug, Default)]
pub struct Bookmarks {
    pub list: ListCursor,
    rows: Vec<(Bookmark, Place)>,
    /// The bookmarks the rows were worked out from.
    from: Vec<Bookmark>,
    confirm: Option<usize>,
    /// The widest highlight label, in English and in Chinese, and the widest note with its state (text
    /// changed since …): worked out when the rows are, so the columns get the room their content needs.
    label_width: [usize; 2],
    note_width: usize,
}

impl Bookmarks {
    pub fn rows(&self) -> &[(Bookmark, Place)] {
        &self.rows
    }

    /// Enter: the bookmarked highlight in the detail, or why it cannot be shown.
    fn open(&self, app: &mut App) -> Flow {
        let Some((b, place)) = self.rows.get(self.list.cursor) else { return Flow::Stay };
        let what = export::bookmarks::label(&app.data, b);
        match *place {
            Place::Found(d, h) | Place::Changed(d, h) => {
                // The highlight is shown in the detail, not in a comparison's column.
                app.compare = None;
                app.select_district(d);
                app.focus = Focus::Detail;
                app.show_highlight(h);
                if matches!(place, Place::Changed(..)) {
                    app.notice = Some(app.lang.notice(BrowserMsg::TextChanged { what: &what }));
                }
                Flow::Leave
            }
            Place::Missing => {
                app.notice = Some(app.lang.notice(BrowserMsg::NoLongerThere { what: &what }));
                Flow::Stay
            }
        }
    }

    /// `d`: the first press asks, the second on the same row deletes (`confirm`: the row the last action
    /// asked about).
    fn delete(&mut self, app: &mut App, confirm: Option<usize>) -> Flow {
        let Some((b, _)) = self.rows.get(self.list.cursor) else { return Flow::Stay };
        if confirm == Some(self.list.cursor) {
            let seen = Some(b.note.clone());
            app.effects.push(Effect::Bookmark(Change::Remove { bookmark: b.clone(), seen }));
        } else {
            let key = own_key(&KEYS, Own::Delete);
            let what = export::bookmarks::label(&app.data, b);
            app.notice = Some(app.lang.notice(BrowserMsg::ConfirmDelete { what: &what, key: &key }));
            self.confirm = Some(self.list.cursor);
        }
        Flow::Stay
    }
}

impl Page for Bookmarks {
    fn entry(&self) -> &'static PageEntry {
        &ENTRY
    }

    fn update(&mut self, app: &mut App, action: &Action) -> Flow {
        let l = list_page(app.size);
        let confirm = self.confirm.take();
        match action {
            Action::Back => Flow::Close,
            Action::PageKey(key) => match own(&KEYS, *key) {
                Some(Own::Open) => self.open(app),
                Some(Own::Delete) => self.delete(app, confirm),
                None => Flow::Stay,
            },
            other => super::list_moves(&mut self.list, other, &l, self.rows.len()),
        }
    }

    fn derive(&mut self, app: &App) {
        if self.from != app.bookmarks || self.rows.is_empty() && !app.bookmarks.is_empty() {
            self.rows = bookmarks::of(&app.bookmarks, &app.data).into_iter().map(|(b, p)| (b.clone(), p)).collect();
            self.from = app.bookmarks.clone();
            let widest = |lang: Lang| {
                self.rows.iter().map(|(b, p)| width(&export::bookmarks::label_in(&app.data, b, *p, lang))).max()
            };
            self.label_width = [widest(Lang::En).unwrap_or(0), widest(Lang::Zh).unwrap_or(0)];
            let state = |p: &Place| width(&state_label(*p, app.lang));
            self.note_width = self.rows.iter().map(|(b, p)| state(p) + width(&b.note)).max().unwrap_or(0);
        }
        self.list.keep_in_view(self.rows.len(), list_page(app.size).rows.height as usize);
    }

    fn copy(&self, app: &App) -> Option<Clip> {
        let (b, place) = self.rows.get(self.list.cursor)?;
        Some(export::bookmarks::clip(&app.data, b, *place, app.lang, app.reading))
    }

    fn export(&self, app: &App) -> Option<Export> {
        if self.rows.is_empty() {
            return None;
        }
        let markdown = export::bookmarks::markdown(&app.data, &self.rows, app.lang, app.reading);
        Some(Export { stem: export::stem(&["liangdian", "bookmarks"]), markdown })
    }

    fn position(&self, app: &App) -> Option<String> {
        let (b, _) = self.rows.get(self.list.cursor)?;
        let name = export::bookmarks::district_name(&app.data, b);
        Some(format!("{name} · {}/{}", self.list.cursor + 1, self.rows.len()))
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        let p = list_page(frame.area());
        let l = app.lang.labels();
        let title = format!(" {} {} ", l.bookmarks, self.rows.len());
        let rows = (self.list.offset, p.rows.height as usize, self.rows.len());
        let keys = [
            own_key(&KEYS, Own::Open),
            own_key(&KEYS, Own::Delete),
            key_of(Ctx::Page, &Action::Export),
            key_of(Ctx::Page, &Action::Back),
        ];
        draw_frame(frame, p.block, frame_block(theme, title, &keys, rows));
        if self.rows.is_empty() {
            let elsewhere = app.bookmarks.len();
            let key = key_of(Ctx::Districts, &Action::Bookmark);
            let text = match &app.bookmarks_problem {
                // The notes may well be there: say why they cannot be shown rather than "none yet".
                Some(why) => app.lang.say(BrowserMsg::NotRead { why }),
                None => app.lang.say(BrowserMsg::NoBookmarks { key: &key, elsewhere }),
            };
            let lines = crate::ui::message(&text, p.rows.width as usize, theme.placeholder());
            frame.render_widget(Rows(lines), p.rows);
            return;
        }
        let total = p.rows.width as usize;
        // The highlight column is as wide as its widest label; the notes keep what they need of the rest (their
        // heading at least), at most a third of the line.
        let widest = self.label_width[usize::from(app.lang == Lang::Zh)].max(width(l.col_highlight));
        let notes = self.note_width.max(width(l.col_note)).min(total / 3);
        let where_w = widest.min(total.saturating_sub(notes + 1)).max(12.min(total));
        let pad = |s: &str, w: usize| {
            let s = truncate(s, w);
            format!("{s}{} ", " ".repeat(w.saturating_sub(width(&s))))
        };
        let header = vec![
            Span::styled(pad(l.col_highlight, where_w), theme.dim()),
            Span::styled(l.col_note.to_string(), theme.dim()),
        ];
        frame.render_widget(Rows::from(Line::from(fit(header, total))), p.header);
        let lines: Vec<Line> = self
            .rows
            .iter()
            .enumerate()
            .skip(self.list.offset)
            .take(p.rows.height as usize)
            .map(|(i, (b, place))| {
                let state = state_label(*place, app.lang);
                let spans = vec![
                    Span::styled(
                        pad(&export::bookmarks::label_in(&app.data, b, *place, app.lang), where_w),
                        Style::new().bold(),
                    ),
                    Span::styled(state, theme.warning()),
                    Span::styled(b.note.clone(), theme.tone(crate::doc::Tone::Note)),
                ];
                let style = if i == self.list.cursor { theme.selected(true) } else { Style::new() };
                row(spans, Span::raw(""), total, style)
            })
            .collect();
        frame.render_widget(Rows(lines), p.rows);
    }
}

/// What the note column says before the note of a bookmark whose highlight changed or went.
fn state_label(place: Place, lang: Lang) -> String {
    let l = lang.labels();
    match place {
        Place::Found(..) => String::new(),
        // Full-width parentheses bring their own space.
        Place::Changed(..) => format!("{}{}", lang.paren(l.text_changed), lang.pick(" ", "")),
        Place::Missing => format!("{}{}", lang.paren(l.not_here), lang.pick(" ", "")),
    }
}
