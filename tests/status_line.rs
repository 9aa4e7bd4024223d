//! Every notice the browser can say, drawn on the status line of a screen 80 and 60 columns wide in both
//! languages: the verdict's words and the hint are found whole; only the details (paths, titles, keywords,
//! the system's words) may be shortened.

use liangdian::app::App;
use liangdian::dataset::Dataset;
use liangdian::lang::{BookmarksFault, BrowserMsg, Corrupt, Fault, Lang, Notice, Piece};
use liangdian::pages::{Browser, draw};
use liangdian::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The status line (the last row) as a reader sees it.
fn status_line(browser: &Browser) -> String {
    let (w, h) = (browser.app.size.width, browser.app.size.height);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal.draw(|f| draw(f, browser, &Theme::colored())).expect("draws");
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    let mut skip = 0;
    for x in 0..w {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let symbol = buffer[(x, h - 1)].symbol();
        skip = liangdian::text::width(symbol).saturating_sub(1);
        out.push_str(symbol);
    }
    out
}

/// Where a message is said. A new message must be placed here (the match has no catch-all, so it will not
/// compile until it is), and a notice given a sample in [`notices`].
fn on_status_line(msg: &BrowserMsg) -> bool {
    match msg {
        BrowserMsg::FilterClearedToShow { .. }
        | BrowserMsg::Pinned { .. }
        | BrowserMsg::Unpinned { .. }
        | BrowserMsg::ColumnsTogether
        | BrowserMsg::ColumnsApart { .. }
        | BrowserMsg::NoMatchesToList { .. }
        | BrowserMsg::ThemeFiltered { .. }
        | BrowserMsg::NoHighlightOn { .. }
        | BrowserMsg::ThemeOffer { .. }
        | BrowserMsg::FilterHidesMatches { .. }
        | BrowserMsg::NothingToSearch { .. }
        | BrowserMsg::NothingToStep { .. }
        | BrowserMsg::OneEdition
        | BrowserMsg::NoOtherEdition { .. }
        | BrowserMsg::NoSearchYet { .. }
        | BrowserMsg::Unbound { .. }
        | BrowserMsg::Copied { .. }
        | BrowserMsg::Reading { .. }
        | BrowserMsg::NoTerms { .. }
        | BrowserMsg::TermMeans { .. }
        | BrowserMsg::NothingToCopy
        | BrowserMsg::NothingOnPage
        | BrowserMsg::NothingToCopyOnPage { .. }
        | BrowserMsg::Wrote { .. }
        | BrowserMsg::NotWritten { .. }
        | BrowserMsg::MouseOn
        | BrowserMsg::MouseOff { .. }
        | BrowserMsg::Bookmarked { .. }
        | BrowserMsg::Unbookmarked { .. }
        | BrowserMsg::TextChanged { .. }
        | BrowserMsg::NoLongerThere { .. }
        | BrowserMsg::ConfirmDelete { .. }
        | BrowserMsg::BookmarkMerged { .. }
        | BrowserMsg::NotSaved { .. }
        | BrowserMsg::NotDeleted { .. }
        | BrowserMsg::NotRead { .. }
        | BrowserMsg::FinishNote { .. }
        | BrowserMsg::NotWhileComparing
        | BrowserMsg::OnlyComparing { .. }
        | BrowserMsg::LoadStopped { .. }
        | BrowserMsg::Rereading
        | BrowserMsg::QuittingAfterCheck
        | BrowserMsg::QuittingAfterKeeping
        | BrowserMsg::NoteNotSaved { .. } => true,
        // Said in a pane, a page or a screen of their own, or parts of the status line's other pieces.
        BrowserMsg::NoDistrictSelected { .. }
        | BrowserMsg::MoveToCompare { .. }
        | BrowserMsg::TooSmall { .. }
        | BrowserMsg::SearchStatus { .. }
        | BrowserMsg::SearchedOnly { .. }
        | BrowserMsg::Arriving { .. }
        | BrowserMsg::SoFar { .. }
        | BrowserMsg::ThemesMatching { .. }
        | BrowserMsg::Quits { .. }
        | BrowserMsg::NoBookmarks { .. }
        | BrowserMsg::NoteFor { .. }
        | BrowserMsg::Zoomed { .. }
        | BrowserMsg::Parsed { .. }
        | BrowserMsg::FilterPlaceholder { .. }
        | BrowserMsg::NoDistricts { .. } => false,
    }
}

const PATH: &str = "/home/reader/.local/share/liangdian/bookmarks.json";
const TITLE: &str = "东城 2. 统筹推进疫情防控和经济社会发展，听取和审议区政府关于疫情防控工作情况的报告";
const REASON: &str = "Permission denied (os error 13)";

/// Where faults are in [`faults`].
const UNWRITABLE: usize = 3;
const DIRECTORY_UNWRITABLE: usize = 4;
const CHANGED_ELSEWHERE: usize = 6;

/// Every fault of the bookmarks in its brief form, with long facts.
fn faults(lang: Lang) -> Vec<Notice> {
    let json = Corrupt::NotJson { line: 12, column: 1, message: "EOF while parsing a list" };
    let faults: Vec<Box<dyn Fault>> = vec![
        Box::new(BookmarksFault::Unreadable { path: PATH, reason: REASON, kind: None }),
        Box::new(BookmarksFault::Invalid { path: PATH, why: json, saving: true }),
        Box::new(BookmarksFault::Invalid { path: PATH, why: Corrupt::Newer { version: 9, ours: 1 }, saving: false }),
        Box::new(BookmarksFault::Unwritable { path: PATH, reason: REASON }),
        Box::new(BookmarksFault::DirectoryUnwritable { dir: "/home/reader/.local/share/liangdian", reason: REASON }),
        Box::new(BookmarksFault::NoHome),
        Box::new(BookmarksFault::ChangedElsewhere { what: TITLE }),
    ];
    faults.iter().map(|f| f.brief(lang)).collect()
}

/// One of each notice, with long details where a message carries them.
fn notices(lang: Lang) -> Vec<Notice> {
    let (district, theme, keyword) = ("门头沟", "垃圾分类", "十四五规划纲要建议");
    let mut msgs = vec![
        BrowserMsg::FilterClearedToShow { district },
        BrowserMsg::Pinned { district, compare_key: "c" },
        BrowserMsg::Unpinned { district },
        BrowserMsg::ColumnsTogether,
        BrowserMsg::ColumnsApart { left_keys: "J/K" },
        BrowserMsg::NoMatchesToList { search_key: "/" },
        BrowserMsg::ThemeFiltered { theme: "垃圾分类 Waste sorting", back_key: "Esc" },
        BrowserMsg::NoHighlightOn { district, theme: "物业管理 Property management", filter_cleared: true },
        BrowserMsg::ThemeOffer { themes: theme, districts: "8", two: false, filter_key: "f" },
        BrowserMsg::ThemeOffer {
            themes: "物业管理 and 垃圾分类", districts: "8 and 8", two: true, filter_key: "f"
        },
        BrowserMsg::FilterHidesMatches { keyword, districts: 12, back_key: "Esc" },
        BrowserMsg::NothingToSearch { keyword: "，。、；" },
        BrowserMsg::NothingToStep { search_key: "/" },
        BrowserMsg::OneEdition,
        BrowserMsg::LoadStopped { loaded: 9_984, expected: 10_023, back_key: "Esc", quit_key: "Ctrl-c" },
        BrowserMsg::Rereading,
        BrowserMsg::QuittingAfterCheck,
        BrowserMsg::QuittingAfterKeeping,
        BrowserMsg::NoOtherEdition { district: "石景山", year: 2021, later: true },
        BrowserMsg::NoOtherEdition { district: TITLE, year: 2019, later: false },
        BrowserMsg::NoSearchYet { search_key: "/" },
        BrowserMsg::Unbound { key: "Ctrl-x", help_key: "?" },
        BrowserMsg::Copied { what: TITLE, chars: 1234 },
        BrowserMsg::NoTerms { here: true },
        BrowserMsg::NoTerms { here: false },
        BrowserMsg::TermMeans {
            term: "接诉即办",
            pinyin: "jiē sù jí bàn",
            en: "\"immediate response to complaints\"",
            meaning: "Beijing's reform since January 2019: requests and complaints made to the 12345 hotline",
        },
        BrowserMsg::Reading { reading: lang.pick("Chinese + English", "中英对照") },
        BrowserMsg::NothingToCopy,
        BrowserMsg::NothingOnPage,
        BrowserMsg::NothingToCopyOnPage { write_key: Some("w") },
        BrowserMsg::NothingToCopyOnPage { write_key: None },
        BrowserMsg::Wrote { path: "./liangdian-门头沟-东城-comparison-2.md" },
        BrowserMsg::NotWritten { name: "liangdian-门头沟-东城-comparison-2.md", why: REASON },
        BrowserMsg::MouseOn,
        BrowserMsg::MouseOff { key: "M" },
        BrowserMsg::Bookmarked { what: TITLE },
        BrowserMsg::Unbookmarked { what: TITLE },
        BrowserMsg::TextChanged { what: TITLE },
        BrowserMsg::NoLongerThere { what: TITLE },
        BrowserMsg::ConfirmDelete { what: TITLE, key: "d" },
        BrowserMsg::BookmarkMerged { what: TITLE },
        BrowserMsg::FinishNote { save: "Enter", leave: "Esc" },
        BrowserMsg::NotWhileComparing,
        BrowserMsg::OnlyComparing { key: "J", pin_key: "Space", compare_key: "c" },
        BrowserMsg::NoteNotSaved { save: "Enter", quit: "Ctrl-c" },
    ];
    // Each fault where it can happen: any in a deletion; all but a bookmark changed elsewhere in a save;
    // those of reading when the bookmarks are read.
    let faults = faults(lang);
    for (i, why) in faults.iter().enumerate() {
        msgs.push(BrowserMsg::NotDeleted { why });
        if i != CHANGED_ELSEWHERE {
            msgs.push(BrowserMsg::NotSaved { why });
        }
        if !matches!(i, UNWRITABLE | DIRECTORY_UNWRITABLE | CHANGED_ELSEWHERE) {
            msgs.push(BrowserMsg::NotRead { why });
        }
    }
    assert!(msgs.iter().all(on_status_line), "only notices of the status line here");
    msgs.into_iter().map(|m| lang.notice(m)).collect()
}

/// The verdict's words and the hint, which must be found whole.
fn kept(notice: &Notice) -> Vec<String> {
    let words = notice.pieces().iter().filter_map(|p| match p {
        Piece::Words(w) => Some(w.trim().to_string()),
        _ => None,
    });
    words.chain(notice.hint_text().map(str::to_string)).filter(|w| !w.is_empty()).collect()
}

#[test]
fn every_notice_keeps_its_verdict_and_hint_whole_at_80_and_60_columns() {
    let data = Dataset::embedded().expect("built-in dataset");
    for lang in [Lang::En, Lang::Zh] {
        for notice in notices(lang) {
            for width in [80, 60] {
                let mut browser = Browser::new(App::new(data.clone(), lang, width, 24));
                browser.app.notice = Some(notice.clone());
                let line = status_line(&browser);
                for words in kept(&notice) {
                    assert!(line.contains(&words), "{width} columns, {lang:?}: «{words}» not whole in\n{line}");
                }
            }
        }
    }
}

#[test]
fn a_long_notice_gives_up_its_details_before_anything_else() {
    let data = Dataset::embedded().expect("built-in dataset");
    let why = &faults(Lang::En)[1];
    let notice = Lang::En.notice(BrowserMsg::NotSaved { why });
    let mut browser = Browser::new(App::new(data, Lang::En, 80, 24));
    browser.app.notice = Some(notice);
    let line = status_line(&browser);
    assert!(line.starts_with(" BROWSE  not saved: "), "the mode stays while there is room: {line}");
    assert!(line.contains(": …/bookmarks.json is not valid (line 12"), "the path by its middle: {line}");
    assert!(line.trim_end().ends_with("…); Enter tries again"), "the parser's words at their end: {line}");
    // With more room, the path and the parser's words both say more.
    browser.app.size.width = 120;
    let line = status_line(&browser);
    assert!(line.contains("not saved: /home/reader/"), "{line}");
    assert!(line.contains("/bookmarks.json is not valid (line 12, column 1: EOF"), "{line}");
    assert!(line.trim_end().ends_with("…); Enter tries again"), "the parser's words at their end: {line}");
}

#[test]
fn at_the_note_prompt_a_notice_shares_the_line_with_the_note() {
    let data = Dataset::embedded().expect("built-in dataset");
    let why = &faults(Lang::En)[3];
    let mut browser = Browser::new(App::new(data, Lang::En, 80, 24));
    browser.app.note.set("a careful note");
    browser.app.note_for = Some((0, 1));
    browser.app.typing = Some(liangdian::app::Typing::Note);
    browser.app.notice = Some(Lang::En.notice(BrowserMsg::NotSaved { why }));
    let line = status_line(&browser);
    assert!(line.contains("a careful note"), "{line}");
    for words in ["not saved: cannot write", "Enter tries again"] {
        assert!(line.contains(words), "«{words}» not whole in {line}");
    }
}
