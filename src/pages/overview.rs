//! The article's own page: its title, source, totals, opening and closing paragraphs (`o`).

use ratatui::Frame;
use ratatui::widgets::Paragraph;

use super::{draw_frame, frame_block, scrolled};
use crate::app::keymap::{BROWSE, Binding, Key, PAGE};
use crate::app::{Action, App, Flow, Opener, Page, PageEntry, layout};
use crate::bind;
use crate::doc::{self, Doc};
use crate::export::{self, Export};
use crate::lang::Lang;
use crate::theme::Theme;
use crate::ui::visible_lines;

pub const ENTRY: PageEntry =
    PageEntry { opener: OPEN, mode: |l| l.mode_overview, name: |l| l.page_article, keys: KEYS };

const KEYS: &[Binding] = &[
    bind!(
        &[Key::Char('o')],
        Action::Open(OPEN),
        BROWSE,
        "the article: title, source, opening and closing",
        "原文概览：标题、出处、开篇和结语",
        "article",
        "原文"
    ),
    bind!(&[Key::Char('o')], Action::Back, PAGE, "close the article", "关闭原文概览"),
];

pub const OPEN: Opener = Opener { page: "article", open: |_| Some(Box::new(Overview::default())) };

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
            other => {
                let height = layout::page_text(app.size).height as usize;
                self.scroll = scrolled(self.scroll, other, self.doc.lines.len(), height);
                Flow::Stay
            }
        }
    }

    fn derive(&mut self, app: &App) {
        let text = layout::page_text(app.size);
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
        let area = layout::page(frame.area());
        let text = layout::page_text(frame.area());
        // Named as the help and the status line name it.
        let title = format!(" {} ", app.lang.labels().page_article);
        let rows = (self.scroll, text.height as usize, self.doc.lines.len());
        draw_frame(frame, area, frame_block(&ENTRY, theme, title, &[Action::Back], rows));
        frame.render_widget(Paragraph::new(visible_lines(&self.doc, self.scroll, text.height as usize, theme)), text);
    }
}
