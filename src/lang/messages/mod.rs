//! The interface's sentences: each message with the names, figures and keys it carries, written once in
//! English and once in Chinese (with Chinese punctuation), one file for each face that says them: the
//! browser (`browser`), the command line (`command_line`), the import's report (`import`), and the documents both lay out (`documents`).

mod browser;
mod command_line;
mod documents;
mod import;

use std::fmt;

use super::{Lang, Notice};
pub use browser::BrowserMsg;
pub use command_line::CliMsg;
pub use documents::DocMsg;
pub use import::ImportMsg;

/// A message that can be said in either language.
pub trait Message: fmt::Debug {
    /// The message in `lang`.
    fn text(&self, lang: Lang) -> String;

    /// The message in its parts (what happened, its details, what to do), for a line that may be too
    /// narrow for all of it. A message with no details and no hint is all verdict.
    fn notice(&self, lang: Lang) -> Notice {
        Notice::new(self.text(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// One of each message, with plain arguments.
    fn every_message() -> Vec<Box<dyn Message>> {
        let (district, theme, key) = ("东城", "垃圾分类", "x");
        // Messages borrow what they carry; a test's notice lives as long as the test.
        let why: &'static Notice = Box::leak(Box::new(Notice::new(district)));
        vec![
            Box::new(BrowserMsg::FilterClearedToShow { district }),
            Box::new(BrowserMsg::Pinned { district, compare_key: key }),
            Box::new(BrowserMsg::Unpinned { district }),
            Box::new(BrowserMsg::ColumnsTogether),
            Box::new(BrowserMsg::ColumnsApart { left_keys: key }),
            Box::new(BrowserMsg::NoDistrictSelected { back_key: key }),
            Box::new(BrowserMsg::MoveToCompare { move_keys: key, district }),
            Box::new(BrowserMsg::NoMatchesToList { search_key: key }),
            Box::new(BrowserMsg::ThemeFiltered { theme, back_key: key }),
            Box::new(BrowserMsg::NoHighlightOn { district, theme, filter_cleared: true }),
            Box::new(BrowserMsg::NoHighlightOn { district, theme, filter_cleared: false }),
            Box::new(BrowserMsg::ThemeOffer { themes: theme, districts: "8", two: false, filter_key: key }),
            Box::new(BrowserMsg::FilterHidesMatches { keyword: district, districts: 2, back_key: key }),
            Box::new(BrowserMsg::NothingToSearch { keyword: district }),
            Box::new(BrowserMsg::NothingToStep { search_key: key }),
            Box::new(BrowserMsg::NoSearchYet { search_key: key }),
            Box::new(BrowserMsg::OneEdition),
            Box::new(BrowserMsg::NoOtherEdition { district, year: 2021, later: true }),
            Box::new(DocMsg::Totals { districts: 16, highlights: 52, themes: 25, figures: 38 }),
            Box::new(CliMsg::Valid { districts: 16, highlights: 52, themes: 25, figures: 38 }),
            Box::new(DocMsg::Counts { highlights: 1, themes: 2 }),
            Box::new(BrowserMsg::TooSmall { need: (60, 16), size: (40, 10), quit_key: key }),
            Box::new(BrowserMsg::SearchStatus { keyword: theme, current: 1, total: 2, english: true }),
            Box::new(BrowserMsg::SearchStatus { keyword: theme, current: 0, total: 0, english: false }),
            Box::new(BrowserMsg::ThemesMatching { n: 1 }),
            Box::new(BrowserMsg::SearchedOnly { shown: 5, all: 16 }),
            Box::new(BrowserMsg::Unbound { key, help_key: key }),
            Box::new(DocMsg::MatchesTitle { keyword: theme, n: 1 }),
            Box::new(CliMsg::SearchTitle { keyword: theme, matches: 4, districts: 1, searched: 16 }),
            Box::new(DocMsg::OnlyIn { district }),
            Box::new(BrowserMsg::Quits { key }),
            Box::new(BrowserMsg::Parsed { districts: 4096, percent: 38 }),
            Box::new(BrowserMsg::NoDistricts { back_key: key }),
            Box::new(CliMsg::InvalidDataset { origin: "mine.yaml", problems: 2 }),
            Box::new(CliMsg::BrowserOnly),
            Box::new(CliMsg::BrowserOnlyHint),
            Box::new(BrowserMsg::NoteNotSaved { save: key, quit: key }),
            Box::new(CliMsg::EnglishTitlesOnly),
            Box::new(BrowserMsg::OnlyComparing { key, pin_key: key, compare_key: key }),
            Box::new(BrowserMsg::FilterPlaceholder { key: Some(key) }),
            Box::new(BrowserMsg::FilterPlaceholder { key: None }),
            Box::new(CliMsg::SameDistrict { a: district, b: district, name: district }),
            Box::new(CliMsg::SameDistrictHint),
            Box::new(CliMsg::UnknownDistrict { name: district, nearest: "" }),
            Box::new(CliMsg::UnknownDistrict { name: district, nearest: district }),
            Box::new(CliMsg::AmbiguousDistrict { name: key, candidates: district }),
            Box::new(CliMsg::NameDistrictHint),
            Box::new(CliMsg::EmptyKeyword),
            Box::new(CliMsg::EmptyKeywordHint),
            Box::new(CliMsg::NothingToSearch { keyword: district }),
            Box::new(CliMsg::NothingToSearchHint),
            Box::new(CliMsg::ThemeOffer { theme, districts: 8 }),
            Box::new(CliMsg::NoMatchIn { keyword: theme, districts: 16 }),
            Box::new(CliMsg::NoMatchHint),
            Box::new(CliMsg::NoThemes),
            Box::new(CliMsg::NoThemesHint),
            Box::new(CliMsg::NoThemeMatches { query: theme }),
            Box::new(CliMsg::NoThemeMatchesHint),
            Box::new(CliMsg::NoFiguresIn { district }),
            Box::new(CliMsg::NoFiguresInHint),
            Box::new(CliMsg::NoFigures),
            Box::new(CliMsg::NoFiguresHint),
            Box::new(CliMsg::NoBookmarksHere { file: "b.json", elsewhere: 0 }),
            Box::new(CliMsg::BookmarkHint { key }),
            Box::new(CliMsg::Hint),
            Box::new(BrowserMsg::Zoomed { key }),
            Box::new(DocMsg::GroupCount { label: district, n: 6 }),
            Box::new(BrowserMsg::Copied { what: district, chars: 12 }),
            Box::new(BrowserMsg::NothingToCopy),
            Box::new(BrowserMsg::NothingOnPage),
            Box::new(BrowserMsg::NothingToCopyOnPage { write_key: Some(key) }),
            Box::new(BrowserMsg::NothingToCopyOnPage { write_key: None }),
            Box::new(BrowserMsg::Wrote { path: "./x.md" }),
            Box::new(BrowserMsg::NotWritten { name: "x.md", why: "denied" }),
            Box::new(BrowserMsg::MouseOn),
            Box::new(BrowserMsg::Bookmarked { what: district }),
            Box::new(BrowserMsg::Unbookmarked { what: district }),
            Box::new(BrowserMsg::NoteFor { what: district }),
            Box::new(BrowserMsg::BookmarkMerged { what: district }),
            Box::new(BrowserMsg::NotSaved { why }),
            Box::new(BrowserMsg::NotDeleted { why }),
            Box::new(BrowserMsg::NotRead { why }),
            Box::new(BrowserMsg::NotWhileComparing),
            Box::new(BrowserMsg::FinishNote { save: key, leave: key }),
            Box::new(BrowserMsg::TextChanged { what: district }),
            Box::new(BrowserMsg::NoLongerThere { what: district }),
            Box::new(BrowserMsg::ConfirmDelete { what: district, key }),
            Box::new(BrowserMsg::NoBookmarks { key, elsewhere: 0 }),
            Box::new(BrowserMsg::NoBookmarks { key, elsewhere: 2 }),
            Box::new(BrowserMsg::MouseOff { key }),
            Box::new(DocMsg::SourceLine {
                publication: "《北京人大》杂志",
                issue: "2021年第1期",
                column: "基层人大",
                title: theme,
                url: "https://example.org/p.html",
            }),
            Box::new(DocMsg::Citation {
                publication: "《北京人大》杂志",
                issue: "2021年第1期",
                title: theme,
                district,
                url: "https://example.org/p.html",
            }),
            Box::new(DocMsg::Citation {
                publication: "《北京人大》杂志",
                issue: "2021年第1期",
                title: theme,
                district: "",
                url: "",
            }),
            Box::new(CliMsg::NoBookmarksHere { file: "b.json", elsewhere: 3 }),
        ]
    }

    #[test]
    fn chinese_messages_use_chinese_punctuation() {
        for msg in every_message() {
            let zh = msg.text(Lang::Zh);
            assert_eq!(super::super::ascii_in_chinese_prose(&zh), None, "{msg:?}: «{zh}»");
        }
    }

    #[test]
    fn every_message_names_what_it_carries_in_both_languages() {
        for msg in every_message() {
            for lang in [Lang::En, Lang::Zh] {
                let text = msg.text(lang);
                assert!(!text.is_empty(), "{msg:?} in {lang:?}");
                let carries = format!("{msg:?}");
                for piece in ["东城", "垃圾分类"] {
                    if carries.contains(piece) {
                        assert!(text.contains(piece), "{msg:?} in {lang:?} lost «{piece}»: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn english_counts_in_messages_agree_with_their_numbers() {
        assert_eq!(BrowserMsg::ThemesMatching { n: 1 }.text(Lang::En), "1 theme matching");
        assert_eq!(DocMsg::MatchesTitle { keyword: "冬奥会", n: 1 }.text(Lang::En), "«冬奥会» · 1 match");
        assert_eq!(
            CliMsg::SearchTitle { keyword: "x", matches: 3, districts: 1, searched: 1 }.text(Lang::En),
            "«x» · 3 matches in 1 of 1 district"
        );
    }
}
