//! The article's own page: its title, source, totals, opening and closing paragraphs (`o`).

use ratatui::Frame;
use ratatui::widgets::Paragraph;

use super::{Flow, Page, PageEntry, draw_frame, frame_block, own, page_area, page_text, scrolled};
use crate::app::App;
use crate::doc::{self, Doc};
use crate::export::{self, Export};
use crate::keys::{Action, BROWSE, Binding, Ctx, Key, PAGE, PageId, bind, key_of};
use crate::lang::Lang;
use crate::lang::pages as words;
use crate::theme::Theme;
use crate::ui::visible_lines;

pub const ID: PageId = PageId("article");

pub const ENTRY: PageEntry = PageEntry {
    id: ID,
    open: |_, _| Some(Box::new(Overview::default())),
    words: &words::ARTICLE,
    opens: Some(&OPENS),
    keys: &KEYS,
};

const OPENS: Binding = bind(&[Key::Char('o')], Action::Open(ID), BROWSE, words::ARTICLE_OPEN);

/// The article's own action: the key that opened it closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    Close,
}

const KEYS: [Binding<Own>; 1] = [bind(&[Key::Char('o')], Own::Close, PAGE, words::ARTICLE_CLOSE)];

/// The article laid out for the page's width, and how far it is scrolled.
#[derive(Debug, Default)]
pub struct Overview {
    pub scroll: usize,
    doc: Doc,
    laid_out: Option<(usize, Lang)>,
}

impl Page for Overview {
    fn entry(&self) -> &'static PageEntry {
        &ENTRY
    }

    fn update(&mut self, app: &mut App, action: &Action) -> Flow {
        match action {
            Action::Back | Action::Click { .. } => Flow::Close,
            Action::PageKey(key) => match own(&KEYS, *key) {
                Some(Own::Close) => Flow::Close,
                None => Flow::Stay,
            },
            other => {
                let height = page_text(app.size).height as usize;
                self.scroll = scrolled(self.scroll, other, self.doc.lines.len(), height);
                Flow::Stay
            }
        }
    }

    fn derive(&mut self, app: &App) {
        let text = page_text(app.size);
        let width = text.width as usize;
        if self.laid_out != Some((width, app.lang)) {
            self.doc = doc::overview::build(&app.data, app.lang, width);
            self.laid_out = Some((width, app.lang));
        }
        self.scroll = self.scroll.min(self.doc.lines.len().saturating_sub(text.height as usize));
    }

    fn export(&self, app: &App) -> Option<Export> {
        let markdown = export::pages::overview_markdown(&app.data, app.lang);
        Some(Export { stem: export::stem(&["liangdian", "article"]), markdown })
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        let area = page_area(frame.area());
        let text = page_text(frame.area());
        // Named as the help and the status line name it.
        let title = format!(" {} ", words::ARTICLE.name.get(app.lang));
        let rows = (self.scroll, text.height as usize, self.doc.lines.len());
        draw_frame(frame, area, frame_block(theme, title, &[key_of(Ctx::Page, &Action::Back)], rows));
        frame.render_widget(Paragraph::new(visible_lines(&self.doc, self.scroll, text.height as usize, theme)), text);
    }
}
