//! The article's own page: its title, source, totals, opening and closing paragraphs (`o`).

use ratatui::Frame;

use super::reading::{Own, Reading};
use super::{Flow, Page, PageEntry, own};
use crate::app::App;
use crate::doc;
use crate::export::{self, Export};
use crate::keys::{Action, BROWSE, Binding, Ctx, Key, PAGE, PageId, bind, key_of};
use crate::lang::pages as words;
use crate::theme::Theme;

pub const ID: PageId = PageId("article");

pub const ENTRY: PageEntry = PageEntry {
    id: ID,
    open: |_, _| Some(Box::new(Overview::default())),
    words: &words::ARTICLE,
    opens: Some(&OPENS),
    keys: &KEYS,
};

const OPENS: Binding = bind(&[Key::Char('o')], Action::Open(ID), BROWSE, words::ARTICLE_OPEN);

const KEYS: [Binding<Own>; 1] = [bind(&[Key::Char('o')], Own::Close, PAGE, words::ARTICLE_CLOSE)];

/// The article, laid out for the page and scrolled.
#[derive(Debug, Default)]
pub struct Overview {
    pub reading: Reading,
}

impl Page for Overview {
    fn entry(&self) -> &'static PageEntry {
        &ENTRY
    }

    fn update(&mut self, app: &mut App, action: &Action) -> Flow {
        let closes = matches!(action, Action::PageKey(key) if own(&KEYS, *key) == Some(Own::Close));
        self.reading.update(app, action, closes)
    }

    fn derive(&mut self, app: &App) {
        self.reading.derive(app, |width| {
            let edition = edition(app);
            doc::overview::build(edition.as_ref().unwrap_or(&app.data), app.lang, app.reading, width)
        });
    }

    fn export(&self, app: &App) -> Option<Export> {
        let edition = edition(app);
        let markdown = export::pages::overview_markdown(edition.as_ref().unwrap_or(&app.data), app.lang);
        Some(Export { stem: export::stem(&["liangdian", "article"]), markdown })
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        // Named as the help and the status line name it.
        let title = format!(" {} ", words::ARTICLE.name.get(app.lang));
        self.reading.draw(frame, title, &[key_of(Ctx::Page, &Action::Back)], theme);
    }
}

/// With several editions, the article of the one being read (the selected district's), as a dataset of its
/// own; `None` with one, which is the article.
fn edition(app: &App) -> Option<crate::dataset::Dataset> {
    let year = app.selected().and_then(|d| app.data.districts[d].year)?;
    app.data.only(year)
}
