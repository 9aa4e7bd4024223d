//! The key help: every key, section by section, straight from the key table and the pages' own tables, then
//! what the screen's marks mean. Opened by `?` or F1, over the panes or over another page, which it goes
//! back to when it closes.

use crate::ui::Rows;
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};

use super::{Flow, Page, PageEntry, REGISTRY, draw_frame, frame_block, own, page_area, scrolled};
use crate::app::App;
use crate::app::layout::centered;
use crate::dataset::Dataset;
use crate::keys::{Action, BINDINGS, Binding, Ctx, Key, KeyLine, PAGE, PageId, SECTIONS, bind, key_of, section};
use crate::lang::Lang;
use crate::lang::keys::{self as words, MARKS};
use crate::lang::pages::{HELP, HELP_CLOSE};
use crate::lang::{DocMsg, Words};
use crate::theme::Theme;
use crate::ui::fit;

pub const ID: PageId = PageId("help");

pub const ENTRY: PageEntry =
    PageEntry { id: ID, open: |_, _| Some(Box::new(Help::default())), words: &HELP, opens: None, keys: &KEYS };

/// The help's own action: its own key closes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Own {
    Close,
}

const KEYS: [Binding<Own>; 1] = [bind(&[Key::Char('?'), Key::F(1)], Own::Close, PAGE, HELP_CLOSE)];

/// The help: its rows, laid out for the screen's width and the language, and how far it is scrolled.
#[derive(Debug, Default)]
pub struct Help {
    pub scroll: usize,
    rows: Vec<HelpRow>,
    laid_out: Option<(usize, Lang)>,
}

impl Help {
    fn height(app: &App, rows: usize) -> usize {
        area(app.size, rows).height.saturating_sub(2) as usize
    }
}

impl Page for Help {
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
                self.scroll = scrolled(self.scroll, other, self.rows.len(), Self::height(app, self.rows.len()));
                Flow::Stay
            }
        }
    }

    fn derive(&mut self, app: &App) {
        let width = text_width(app.size);
        if self.laid_out != Some((width, app.lang)) {
            self.rows = rows(width, app.lang, &app.data);
            self.laid_out = Some((width, app.lang));
        }
        self.scroll = self.scroll.min(self.rows.len().saturating_sub(Self::height(app, self.rows.len())));
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        let area = area(frame.area(), self.rows.len());
        let inner_height = area.height.saturating_sub(2) as usize;
        let title = format!(" {} ", app.lang.labels().help);
        let keys = [key_of(Ctx::Page, &Action::Back)];
        draw_frame(frame, area, frame_block(theme, title, &keys, (self.scroll, inner_height, self.rows.len())));
        let inner = area.inner(Margin { horizontal: 2, vertical: 1 });
        let width = inner.width as usize;
        let lines: Vec<Line> = self
            .rows
            .iter()
            .skip(self.scroll)
            .take(inner.height as usize)
            .map(|row| match row {
                HelpRow::Section(title) => Line::from(Span::styled(title.clone(), theme.title(false))),
                HelpRow::Key(keys, text) => {
                    // Padded by display width: a mark may be Chinese (斜体), two cells a character.
                    let keys =
                        format!("  {keys}{}", " ".repeat((KEY_COLUMN - 2).saturating_sub(crate::text::width(keys))));
                    Line::from(fit(vec![Span::styled(keys, theme.key()), Span::raw(text.clone())], width))
                }
                HelpRow::Text(text) => Line::from(Span::styled(text.clone(), theme.dim())),
                HelpRow::Blank => Line::default(),
            })
            .collect();
        frame.render_widget(Rows(lines), inner);
    }
}

/// The help popup: centred, at most 96 columns wide, as tall as its rows or the screen allow.
pub fn area(screen: Rect, rows: usize) -> Rect {
    let height = (rows as u16).saturating_add(2).min(screen.height.saturating_sub(1));
    centered(page_area(screen), popup_width(screen), height)
}

fn popup_width(screen: Rect) -> u16 {
    96.min(screen.width.saturating_sub(4))
}

/// The width the help's text is wrapped to: the popup less its border and margins.
pub fn text_width(screen: Rect) -> usize {
    popup_width(screen).saturating_sub(6) as usize
}

/// One line of the help page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpRow {
    Section(String),
    /// The keys (empty on a description's continuation lines) and a line of the description.
    Key(String, String),
    /// A line of plain text (what the dataset is, and where it was published).
    Text(String),
    Blank,
}

/// Where descriptions start on the help page.
const KEY_COLUMN: usize = 20;

/// The help page, section by section: the key table's, with the keys that open pages among the browsing
/// ones; each page's own keys under its name; the marks; then what the dataset is, with the published page.
/// Descriptions are wrapped to `width`.
pub fn rows(width: usize, lang: Lang, data: &Dataset) -> Vec<HelpRow> {
    let room = width.saturating_sub(KEY_COLUMN).max(12);
    let mut rows = Vec::new();
    let mut add = |title: &str, lines: &mut dyn Iterator<Item = (String, Words)>| {
        if !rows.is_empty() {
            rows.push(HelpRow::Blank);
        }
        rows.push(HelpRow::Section(title.to_string()));
        for (label, words) in lines {
            let text: Vec<char> = words.get(lang).chars().collect();
            for (i, range) in crate::text::wrap(&text, room).into_iter().enumerate() {
                let line: String = text[range].iter().collect();
                rows.push(HelpRow::Key(if i == 0 { label.clone() } else { String::new() }, line));
            }
        }
    };
    let described = |l: KeyLine| (l.label(), l.words.does);
    for (i, &(title, _)) in SECTIONS.iter().enumerate() {
        let openers = REGISTRY.iter().filter_map(|p| p.opens);
        let lines = BINDINGS.iter().chain(openers).map(Binding::line).filter(|l| section(i, l.contexts));
        add(title.get(lang), &mut lines.map(described));
    }
    for page in REGISTRY {
        add(page.words.name.get(lang), &mut page.keys.lines().into_iter().map(described));
    }
    // What the marks on the screen mean, after the keys.
    add(words::SECTION_MARKS.get(lang), &mut MARKS.iter().map(|&(mark, words)| (mark.get(lang).to_string(), words)));
    // About: the dataset's title, its source and the published page, where a quotation can be checked.
    rows.extend([HelpRow::Blank, HelpRow::Section(words::SECTION_ABOUT.get(lang).to_string())]);
    // Each edition's, when several are read.
    let sources: Vec<&crate::dataset::Source> = match data.editions.len() {
        0 | 1 => vec![&data.source],
        _ => data.editions.iter().map(|e| &e.source).collect(),
    };
    for s in sources {
        let (publication, issue, column, title) = (&s.publication, &s.issue, &s.column, &s.title);
        let source = lang.say(DocMsg::SourceLine { publication, issue, column, title, url: "" });
        let text: Vec<char> = source.chars().collect();
        rows.extend(crate::text::wrap(&text, width).into_iter().map(|r| HelpRow::Text(text[r].iter().collect())));
        rows.extend(crate::text::wrap_url(&s.url, width).into_iter().map(HelpRow::Text));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_lists_every_key_of_the_table_and_of_every_page() {
        let rows = rows(90, Lang::En, &Dataset::embedded().expect("dataset"));
        let labels: Vec<&str> =
            rows.iter().filter_map(|r| if let HelpRow::Key(k, _) = r { Some(k.as_str()) } else { None }).collect();
        for line in super::super::all_key_lines() {
            assert!(labels.contains(&line.label().as_str()), "{} is not in the help", line.label());
        }
    }

    #[test]
    fn each_page_has_a_section_under_its_name_and_the_marks_come_last() {
        let rows = rows(90, Lang::Zh, &Dataset::embedded().expect("dataset"));
        let sections: Vec<&str> =
            rows.iter().filter_map(|r| if let HelpRow::Section(s) = r { Some(s.as_str()) } else { None }).collect();
        for page in REGISTRY {
            assert!(sections.contains(&page.words.name.get(Lang::Zh)), "{page:?}");
        }
        assert_eq!(sections[sections.len() - 2..], ["标记", "关于"]);
        let url = "https://www.bjrd.gov.cn/fwhd/bjrdzz/2021n/dyq/jcrd/202101/t20210118_2222482.html";
        assert_eq!(rows.last(), Some(&HelpRow::Text(url.to_string())), "the help ends with the published page");
    }
}
