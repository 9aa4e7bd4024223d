//! What the pages that are read by scrolling share (the article, a paragraph as published): a document
//! laid out for the page's width, language and reading, laid out again only when one changes, how far it is
//! scrolled, and its frame.

use ratatui::Frame;

use super::{Flow, draw_frame, frame_block, page_area, page_text, scrolled};
use crate::app::App;
use crate::doc::Doc;
use crate::keys::Action;
use crate::lang::{Lang, Texts};
use crate::theme::Theme;
use crate::ui::{Rows, visible_lines};

/// The one action of a page read by scrolling: the key that opened it closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    Close,
}

/// A document read by scrolling.
#[derive(Debug, Default)]
pub struct Reading {
    pub scroll: usize,
    pub doc: Doc,
    laid_out: Option<(usize, Lang, Texts)>,
}

impl Reading {
    /// Lays the document out with `build` (given the text's width) when the width or the language changed,
    /// and keeps the scroll inside it.
    pub fn derive(&mut self, app: &App, build: impl FnOnce(usize) -> Doc) {
        let text = page_text(app.size);
        let width = text.width as usize;
        let inputs = (width, app.lang, app.reading);
        if self.laid_out != Some(inputs) {
            self.doc = build(width);
            self.laid_out = Some(inputs);
        }
        self.scroll = self.scroll.min(self.doc.lines.len().saturating_sub(text.height as usize));
    }

    /// What a page read by scrolling does with an action: closes on Back, a click or its own closing key
    /// (`closes`), and scrolls as anything else asks.
    pub fn update(&mut self, app: &App, action: &Action, closes: bool) -> Flow {
        if closes || matches!(action, Action::Back | Action::Click { .. }) {
            return Flow::Close;
        }
        let height = page_text(app.size).height as usize;
        self.scroll = scrolled(self.scroll, action, self.doc.lines.len(), height);
        Flow::Stay
    }

    /// The page: its frame (`title`, the names of its `keys`, which rows show) and the rows in view.
    pub fn draw(&self, frame: &mut Frame, title: String, keys: &[String], theme: &Theme) {
        let (area, text) = (page_area(frame.area()), page_text(frame.area()));
        let rows = (self.scroll, text.height as usize, self.doc.lines.len());
        draw_frame(frame, area, frame_block(theme, title, keys, rows));
        frame.render_widget(Rows(visible_lines(&self.doc, self.scroll, text.height as usize, theme)), text);
    }
}
