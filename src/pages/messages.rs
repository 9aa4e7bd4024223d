//! The last messages in full (`L`): what the status line said, newest last, each whole however long, so
//! nothing said is lost to a short line. `L` again closes it; `y` copies them.

use ratatui::Frame;

use super::reading::{Own, Reading};
use super::{Flow, Page, PageEntry, own, own_key};
use crate::app::App;
use crate::doc::{Doc, DocLine, Tone, wrap_toned};
use crate::export::Clip;
use crate::keys::{Action, BROWSE, Binding, Ctx, Key, PAGE, PageId, bind, key_of};
use crate::lang::pages as words;
use crate::theme::Theme;

pub const ID: PageId = PageId("messages");

pub const ENTRY: PageEntry = PageEntry {
    id: ID,
    open: |_, _| Some(Box::new(Messages::default())),
    words: &words::MESSAGES,
    opens: Some(&OPENS),
    keys: &KEYS,
};

const OPENS: Binding = bind(&[Key::Char('L')], Action::Open(ID), BROWSE, words::MESSAGES_OPEN);

const KEYS: [Binding<Own>; 1] = [bind(&[Key::Char('L')], Own::Close, PAGE, words::MESSAGES_CLOSE)];

/// The log laid out for the page, scrolled to its newest message when it opens.
#[derive(Debug, Default)]
pub struct Messages {
    pub reading: Reading,
    /// The log the layout holds (how many, and the newest): a new message is laid out, and scrolled to.
    shown: Option<(usize, Option<String>)>,
}

impl Page for Messages {
    fn entry(&self) -> &'static PageEntry {
        &ENTRY
    }

    fn update(&mut self, app: &mut App, action: &Action) -> Flow {
        let closes = matches!(action, Action::PageKey(key) if own(&KEYS, *key) == Some(Own::Close));
        self.reading.update(app, action, closes)
    }

    fn derive(&mut self, app: &App) {
        let log = (app.log.len(), app.log.last().cloned());
        if self.shown.as_ref() != Some(&log) {
            // Laid out again from the new log, and scrolled to its end, where the newest is.
            self.reading = Reading::default();
            self.reading.scroll = usize::MAX;
            self.shown = Some(log);
        }
        self.reading.derive(app, |width| layout(&app.log, width, app.lang));
    }

    fn copy(&self, app: &App) -> Option<Clip> {
        (!app.log.is_empty())
            .then(|| Clip { what: words::MESSAGES.name.get(app.lang).to_string(), text: app.log.join("\n") + "\n" })
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        let title = format!(" {} {} ", words::MESSAGES.name.get(app.lang), app.log.len());
        let keys = [own_key(&KEYS, Own::Close), key_of(Ctx::Page, &Action::Back)];
        self.reading.draw(frame, title, &keys, theme);
    }
}

/// Each message wrapped whole, a blank line between them; a line that says so when there are none.
fn layout(log: &[String], width: usize, lang: crate::lang::Lang) -> Doc {
    let mut doc = Doc::default();
    if log.is_empty() {
        let none: Vec<(char, Tone)> = words::MESSAGES_NONE.get(lang).chars().map(|c| (c, Tone::Dim)).collect();
        doc.lines.extend(wrap_toned(&none, width.max(8)).into_iter().map(|(_, spans)| DocLine { spans }));
        return doc;
    }
    for (i, message) in log.iter().enumerate() {
        if i > 0 {
            doc.lines.push(DocLine::default());
        }
        let text: Vec<(char, Tone)> = message.chars().map(|c| (c, Tone::Text)).collect();
        doc.lines.extend(wrap_toned(&text, width.max(8)).into_iter().map(|(_, spans)| DocLine { spans }));
    }
    doc
}
