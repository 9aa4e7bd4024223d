//! The selected district's paragraph exactly as the article prints it (`p`): its lead, with the name that
//! begins it, and every highlight's text run together, without the titles, themes and figure notes this
//! dataset adds; then the source. `p` again goes back; `y` copies the paragraph with its citation and `w`
//! writes it out.

use ratatui::Frame;

use super::reading::{Own, Reading};
use super::{Flow, Page, PageEntry, own, own_key};
use crate::app::App;
use crate::dataset::Dataset;
use crate::doc::markdown::{escape, heading, paragraph};
use crate::doc::{Doc, DocLine, Tone, source_lines, wrap_toned};
use crate::export::{self, Clip, Export, citation, source_line};
use crate::keys::{Action, BROWSE, Binding, Ctx, Key, PAGE, PageId, bind, key_of};
use crate::lang::pages as words;
use crate::lang::{BrowserMsg, Lang};
use crate::theme::Theme;

pub const ID: PageId = PageId("published");

/// Opens on the selected district; with none selected (the filter lets none through) it says so.
pub const ENTRY: PageEntry = PageEntry {
    id: ID,
    open: |app, _| {
        let Some(district) = app.selected() else {
            let back_key = key_of(Ctx::Districts, &Action::Back);
            app.notice = Some(app.lang.notice(BrowserMsg::NoDistrictSelected { back_key: &back_key }));
            return None;
        };
        Some(Box::new(Published { district, ..Published::default() }))
    },
    words: &words::PUBLISHED,
    opens: Some(&OPENS),
    keys: &KEYS,
};

const OPENS: Binding = bind(&[Key::Char('p')], Action::Open(ID), BROWSE, words::PUBLISHED_OPEN);

const KEYS: [Binding<Own>; 1] = [bind(&[Key::Char('p')], Own::Close, PAGE, words::PUBLISHED_CLOSE)];

/// The district shown, and its paragraph laid out for the page and scrolled.
#[derive(Debug, Default)]
pub struct Published {
    pub district: usize,
    pub reading: Reading,
}

impl Page for Published {
    fn entry(&self) -> &'static PageEntry {
        &ENTRY
    }

    fn update(&mut self, app: &mut App, action: &Action) -> Flow {
        let closes = matches!(action, Action::PageKey(key) if own(&KEYS, *key) == Some(Own::Close));
        self.reading.update(app, action, closes)
    }

    fn derive(&mut self, app: &App) {
        self.reading.derive(app, |width| layout(&app.data, self.district, width, app.lang));
    }

    fn copy(&self, app: &App) -> Option<Clip> {
        let district = app.data.districts.get(self.district)?;
        let text = format!(
            "{}\n{}\n",
            district.as_published(),
            citation(app.data.source_of(self.district), &district.named(), app.lang)
        );
        Some(Clip { what: district.name.to_string(), text })
    }

    fn export(&self, app: &App) -> Option<Export> {
        let district = app.data.districts.get(self.district)?;
        let markdown = [
            heading(1, &escape(&district.name)),
            String::new(),
            paragraph(&district.as_published()),
            String::new(),
            escape(&source_line(app.data.source_of(self.district), app.lang)),
        ];
        let named = app.lang.pick(&district.id, &district.name);
        Some(Export { stem: export::stem(&["liangdian", named, "published"]), markdown: markdown.join("\n") + "\n" })
    }

    fn position(&self, app: &App) -> Option<String> {
        app.data.districts.get(self.district).map(|d| d.called(app.lang))
    }

    fn draw(&self, frame: &mut Frame, app: &App, theme: &Theme) {
        let name = app.data.districts.get(self.district).map_or_else(String::new, |d| d.called(app.lang));
        let title = format!(" {} · {} ", name, words::PUBLISHED.name.get(app.lang));
        let keys = [own_key(&KEYS, Own::Close), key_of(Ctx::Page, &Action::Back)];
        self.reading.draw(frame, title, &keys, theme);
    }
}

/// The paragraph in the article's own tone, a blank line, then the source, as the district's highlights
/// end.
fn layout(data: &Dataset, d: usize, width: usize, lang: Lang) -> Doc {
    let mut doc = Doc::default();
    let Some(district) = data.districts.get(d) else { return doc };
    let text: Vec<(char, Tone)> = district.as_published().chars().map(|c| (c, Tone::Lead)).collect();
    doc.lines.extend(wrap_toned(&text, width.max(8)).into_iter().map(|(_, spans)| DocLine { spans }));
    doc.lines.push(DocLine::default());
    doc.lines.extend(source_lines(data.source_of(d), width.max(8), lang));
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_shows_the_paragraph_and_nothing_the_dataset_adds() {
        let data = Dataset::embedded().expect("dataset");
        let doc = layout(&data, 0, 60, Lang::En);
        let text: String = doc.lines.iter().flat_map(|l| l.spans.iter().map(|(s, _)| s.as_str())).collect();
        assert!(text.starts_with("东城 人大常委会充分发挥人大制度优势"), "{text}");
        let d = &data.districts[0];
        for h in &d.highlights {
            assert!(!text.contains(h.title_en.as_str()), "no English title: {}", h.title_en);
        }
        assert!(!text.contains('#'), "no theme tags");
        assert!(text.contains("Source: "), "the source follows");
    }
}
