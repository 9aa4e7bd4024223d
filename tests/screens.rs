//! Whole screens, drawn into ratatui's `TestBackend` and compared with the reviewed pictures in
//! `tests/snapshots/`. Review every changed snapshot as a picture before accepting it.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use liangdian::app::{Action, App, Edit};
use liangdian::dataset::Dataset;
use liangdian::lang::Lang;
use liangdian::pages::draw;
use liangdian::pages::{Browser, update};
use liangdian::theme::Theme;
use liangdian::tui::action_for;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

fn app(width: u16, height: u16, lang: Lang) -> Browser {
    Browser::new(App::new(Dataset::embedded().expect("built-in dataset"), lang, width, height))
}

mod common;
use common::*;

#[test]
fn start_120x40() {
    insta::assert_snapshot!(screen(&app(120, 40, Lang::En)));
}

#[test]
fn start_80x24() {
    insta::assert_snapshot!(screen(&app(80, 24, Lang::En)));
}

#[test]
fn start_in_chinese_120x40() {
    insta::assert_snapshot!(screen(&app(120, 40, Lang::Zh)));
}

#[test]
fn filtered_by_laji_120x40() {
    let mut a = app(120, 40, Lang::En);
    filter(&mut a, "垃圾");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn filtered_by_laji_80x24() {
    let mut a = app(80, 24, Lang::En);
    filter(&mut a, "垃圾");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn filtered_by_hd_120x40() {
    let mut a = app(120, 40, Lang::En);
    filter(&mut a, "hd");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn filtered_by_hd_80x24() {
    let mut a = app(80, 24, Lang::En);
    filter(&mut a, "hd");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn help_overlay_120x40() {
    let mut a = app(120, 40, Lang::En);
    press(&mut a, "?");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn help_overlay_80x24() {
    let mut a = app(80, 24, Lang::Zh);
    press(&mut a, "?");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn help_end_lists_each_pages_own_keys_over_the_matrix_120x40() {
    let mut a = app(120, 40, Lang::En);
    press(&mut a, "m?G");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn overview_80x24() {
    let mut a = app(80, 24, Lang::En);
    press(&mut a, "o");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn too_small_40x10() {
    insta::assert_snapshot!(screen(&app(40, 10, Lang::En)));
}

#[test]
fn every_size_down_to_nothing_draws_without_panicking() {
    for (w, h) in [(0, 0), (1, 1), (0, 24), (80, 0), (59, 16), (60, 15), (60, 16), (61, 17), (300, 120)] {
        let mut a = app(w, h, Lang::En);
        filter(&mut a, "垃圾");
        render(&a);
    }
}

#[test]
fn the_input_cursor_sits_after_the_wide_characters_typed() {
    let mut a = app(120, 40, Lang::En);
    filter(&mut a, "垃圾");
    let mut terminal = render(&a);
    let p = a.app.panes().expect("fits");
    // "› " is two cells, 垃圾 four more.
    assert_eq!(terminal.get_cursor_position().expect("cursor"), (p.input.x + 6, p.input.y).into());
}

#[test]
fn the_selected_district_is_drawn_in_reverse_video_even_without_colour() {
    let a = app(80, 24, Lang::En);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
    terminal.draw(|f| draw(f, &a, &Theme::monochrome())).expect("draws");
    let p = a.app.panes().expect("fits");
    let cell = &terminal.backend().buffer()[(p.districts.x, p.districts.y)];
    assert!(cell.modifier.contains(Modifier::REVERSED), "{cell:?}");
    assert_eq!(cell.fg, ratatui::style::Color::Reset, "no colour with NO_COLOR");
}

#[test]
fn matched_characters_are_marked_even_without_colour() {
    let mut a = app(80, 24, Lang::En);
    filter(&mut a, "垃圾");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
    terminal.draw(|f| draw(f, &a, &Theme::monochrome())).expect("draws");
    let p = a.app.panes().expect("fits");
    let cell = &terminal.backend().buffer()[(p.themes.x, p.themes.y)];
    assert_eq!(cell.symbol(), "垃");
    assert!(cell.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED), "{cell:?}");
}

#[test]
fn no_wide_character_is_split_at_a_pane_border() {
    for (w, h) in [(120, 40), (80, 24), (61, 16), (97, 31)] {
        for district in 0..16 {
            let mut a = app(w, h, Lang::Zh);
            for _ in 0..district {
                press(&mut a, "j");
            }
            let terminal = render(&a);
            let buffer = terminal.backend().buffer();
            for y in 0..h {
                for x in 0..w {
                    let symbol = buffer[(x, y)].symbol();
                    if symbol == "│" || symbol == "┐" || symbol == "┘" {
                        // The cell before a border never holds the left half of a wide character.
                        let before = if x > 0 { buffer[(x - 1, y)].symbol() } else { "" };
                        assert!(
                            liangdian::text::width(before) <= 1,
                            "{w}x{h}, district {district}: «{before}» runs into the border at {x},{y}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_help_popup_border_is_whole_over_chinese_text() {
    let mut a = app(80, 24, Lang::Zh);
    press(&mut a, "?");
    let terminal = render(&a);
    let buffer = terminal.backend().buffer();
    let rows =
        liangdian::pages::help::rows(liangdian::pages::help::text_width(a.app.size), a.app.lang, &a.app.data).len();
    let popup = liangdian::pages::help::area(a.app.size, rows);
    for y in popup.top() + 1..popup.bottom() - 1 {
        assert_eq!(buffer[(popup.x, y)].symbol(), "│", "row {y}");
        assert!(
            liangdian::text::width(buffer[(popup.x - 1, y)].symbol()) <= 1,
            "row {y}: a wide character covers the border"
        );
    }
}

fn key(app: &mut Browser, code: KeyCode) {
    if let Some(a) = action_for(app, &Event::Key(KeyEvent::new(code, KeyModifiers::NONE))) {
        update(app, a);
    }
}

fn search(app: &mut Browser, keyword: &str) {
    press(app, "/");
    update(app, Action::Edit(Edit::Insert(keyword.to_string())));
    key(app, KeyCode::Enter);
}

fn compare_dongcheng_chaoyang(width: u16, height: u16) -> Browser {
    compare_in(width, height, Lang::En)
}

fn compare_in(width: u16, height: u16, lang: Lang) -> Browser {
    let mut a = app(width, height, lang);
    key(&mut a, KeyCode::Char(' '));
    press(&mut a, "jjc");
    a
}

#[test]
fn compare_120x40() {
    insta::assert_snapshot!(screen(&compare_dongcheng_chaoyang(120, 40)));
}

#[test]
fn compare_80x24() {
    insta::assert_snapshot!(screen(&compare_dongcheng_chaoyang(80, 24)));
}

/// The Chinese comparison: 共同（7）：, the ⇄ marks, 同步滚动（t）.
#[test]
fn compare_in_chinese_120x40() {
    insta::assert_snapshot!(screen(&compare_in(120, 40, Lang::Zh)));
}

/// The help's last section says what the marks mean.
#[test]
fn help_end_says_what_the_marks_mean_in_chinese_80x24() {
    let mut a = app(80, 24, Lang::Zh);
    press(&mut a, "?G");
    let text = screen(&a);
    assert!(text.contains("标记") && text.contains("⇄#") && text.contains("两个区都有的主题"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn search_winter_olympics_120x40() {
    let mut a = app(120, 40, Lang::En);
    search(&mut a, "冬奥会");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn search_daibiao_80x24() {
    let mut a = app(80, 24, Lang::En);
    search(&mut a, "代表");
    press(&mut a, "nnn");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn search_prompt_80x24() {
    let mut a = app(80, 24, Lang::Zh);
    press(&mut a, "/");
    update(&mut a, Action::Edit(Edit::Insert("垃圾".to_string())));
    let mut terminal = render(&a);
    // The cursor follows the two wide characters at the prompt.
    let x = terminal.get_cursor_position().expect("cursor").x;
    assert_eq!(x, (liangdian::text::width(" 搜索 ") + 1 + 2 + 4) as u16);
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn matches_list_120x40() {
    let mut a = app(120, 40, Lang::En);
    search(&mut a, "代表");
    press(&mut a, "a");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn matches_list_80x24() {
    let mut a = app(80, 24, Lang::Zh);
    search(&mut a, "专题询问");
    press(&mut a, "a");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn matrix_120x40() {
    let mut a = app(120, 40, Lang::Zh);
    press(&mut a, "m");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn matrix_80x24() {
    let mut a = app(80, 24, Lang::En);
    press(&mut a, "mGlllllllllllll");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn figures_120x40() {
    let mut a = app(120, 40, Lang::Zh);
    press(&mut a, "F");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn figures_largest_first_80x24() {
    let mut a = app(80, 24, Lang::En);
    press(&mut a, "Fs");
    insta::assert_snapshot!(screen(&a));
}

/// The loading screen of a 20 MB file, 38 % read and 4,096 districts parsed, 0.4 s in.
fn loading_screen(width: u16, height: u16, lang: Lang) -> String {
    use liangdian::dataset::{Progress, Stage};
    use std::sync::atomic::Ordering;
    let progress = Progress::default();
    progress.bytes.store(20_193_832, Ordering::Relaxed);
    progress.read.store(7_673_656, Ordering::Relaxed);
    progress.done.store(4_096, Ordering::Relaxed);
    progress.set_stage(Stage::Parsing);
    let loading = liangdian::ui::Loading { origin: "/data/districts-10000.yaml".to_string(), lang, at_once: false };
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    let elapsed = std::time::Duration::from_millis(400);
    terminal.draw(|f| liangdian::ui::draw_loading(f, &loading, &progress, elapsed, &Theme::colored())).expect("draws");
    text_of(&terminal)
}

#[test]
fn loading_a_large_file_80x24() {
    insta::assert_snapshot!(loading_screen(80, 24, Lang::En));
}

#[test]
fn loading_a_large_file_in_chinese_120x40() {
    insta::assert_snapshot!(loading_screen(120, 40, Lang::Zh));
}

#[test]
fn a_filter_that_matches_nothing_says_so_whole_80x24() {
    let mut a = app(80, 24, Lang::En);
    filter(&mut a, "xyz");
    insta::assert_snapshot!(screen(&a));
}

#[test]
fn what_the_dataset_adds_is_in_italics_and_the_articles_words_are_not_even_without_colour() {
    let a = app(120, 40, Lang::En);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    terminal.draw(|f| draw(f, &a, &Theme::monochrome())).expect("draws");
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    // The cell where `text` begins on the screen.
    let find = |text: &str| {
        (area.top()..area.bottom())
            .find_map(|y| {
                // The line's characters with the column each starts at (a wide one covers the next cell).
                let (mut line, mut starts, mut x) = (String::new(), Vec::new(), area.left());
                while x < area.right() {
                    let symbol = buffer[(x, y)].symbol();
                    starts.push((line.len(), x));
                    line.push_str(symbol);
                    x += liangdian::text::width(symbol).max(1) as u16;
                }
                let at = line.find(text)?;
                starts.iter().find(|(byte, _)| *byte == at).map(|&(_, x)| (x, y))
            })
            .unwrap_or_else(|| panic!("«{text}» is on the screen"))
    };
    let italic = |text: &str| buffer[find(text)].modifier.contains(Modifier::ITALIC);
    assert!(italic("Carrying out the core-area"), "an English title");
    assert!(italic("#规划 (Planning)"), "a theme");
    assert!(!italic("东城 人大常委会"), "the article's lead");
    assert!(!italic("积极推动核心区控规高质量实施,把"), "the article's text");
}

/// The column where `text` (ASCII) begins on row `y` of the screen.
fn column_of(buffer: &ratatui::buffer::Buffer, y: u16, text: &str) -> u16 {
    (0..buffer.area.width)
        .find(|&x| {
            let run: String =
                (x..buffer.area.width.min(x + text.len() as u16)).map(|x| buffer[(x, y)].symbol()).collect();
            run == text
        })
        .unwrap_or_else(|| panic!("«{text}» is on row {y}"))
}

#[test]
fn a_copy_is_confirmed_as_done_not_drawn_as_an_error() {
    let mut a = app(120, 40, Lang::En);
    press(&mut a, "y");
    let terminal = render(&a);
    let buffer = terminal.backend().buffer();
    let row = buffer.area.bottom() - 1;
    let cell = &buffer[(column_of(buffer, row, "copied"), row)];
    assert_eq!(cell.fg, ratatui::style::Color::Green, "{cell:?}");
    assert!(!cell.modifier.contains(Modifier::BOLD), "{cell:?}");
    // A refusal is still a warning.
    press(&mut a, "s");
    let terminal = render(&a);
    let buffer = terminal.backend().buffer();
    let cell = &buffer[(column_of(buffer, row, "comparison"), row)];
    assert_eq!(cell.fg, ratatui::style::Color::Red, "{cell:?}");
}

#[test]
fn the_bookmarks_list_gives_titles_their_width_when_the_notes_are_short() {
    use liangdian::bookmarks::Bookmark;
    let mut a = app(120, 40, Lang::En);
    let data = a.app.data.clone();
    let marks = vec![
        Bookmark::new(&data, 0, 1, "", 0).expect("东城 2"),
        Bookmark::new(&data, 5, 0, "引用", 0).expect("石景山 1"),
    ];
    a.app.set_bookmarks(marks);
    press(&mut a, "B");
    let text = screen(&a);
    for (d, h) in [(0, 1), (5, 0)] {
        let title = &data.districts[d].highlights[h].title_en;
        assert!(text.contains(title.as_str()), "«{title}» is whole:\n{text}");
    }
    assert!(text.contains("引用"), "the note is there too:\n{text}");
    // At 80 columns the notes keep only the room they need, and the titles the rest.
    let mut narrow = app(80, 24, Lang::En);
    narrow.app.set_bookmarks(vec![Bookmark::new(&data, 5, 0, "引用", 0).expect("石景山 1")]);
    press(&mut narrow, "B");
    let text = screen(&narrow);
    let row = text.lines().find(|l| l.contains("石景山 1.")).expect("the bookmark's row");
    assert!(row.contains("Business support, Shoug") && row.contains("引用"), "{row}");
}

#[test]
fn a_search_the_filter_hid_says_the_way_out_whole_80x24() {
    let mut a = app(80, 24, Lang::En);
    filter(&mut a, "hd");
    key(&mut a, KeyCode::Enter);
    search(&mut a, "冬奥");
    let text = screen(&a);
    let status = text.lines().last().unwrap_or_default();
    assert!(status.contains("hidden by the filter · Esc clears it"), "the way out is whole: {status}");
    insta::assert_snapshot!(text);
}

#[test]
fn a_note_not_saved_in_an_invalid_bookmarks_file_says_what_and_what_to_do_80x24() {
    use liangdian::app::Outcome;
    use liangdian::bookmarks::{Bookmark, Change};
    use liangdian::lang::{BookmarksFault, Corrupt, Fault};
    let mut a = app(80, 24, Lang::En);
    press(&mut a, "b");
    update(&mut a, Action::Edit(Edit::Insert("to read again".to_string())));
    let bookmark = Bookmark::new(&a.app.data, 0, 0, "to read again", 0).expect("a bookmark");
    let fault = BookmarksFault::Invalid {
        path: "/home/reader/.local/share/liangdian/bookmarks.json",
        why: Corrupt::NotJson { line: 12, column: 1, message: "EOF while parsing a list" },
        saving: true,
    };
    let change = Change::Put { bookmark, seen: None };
    update(&mut a, Action::Done(Box::new(Outcome::NotSaved { why: fault.brief(Lang::En), change })));
    let text = screen(&a);
    let status = text.lines().last().unwrap_or_default();
    assert!(status.contains("not saved: ") && status.contains("; Enter tries again"), "{status}");
    insta::assert_snapshot!(text);
}

#[test]
fn the_three_ways_of_reading_at_80x24_and_120x40() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app(w, h, Lang::En);
        // The English interface starts with both; e goes on to English, then Chinese.
        let both = screen(&a);
        assert!(both.contains("东城 人大常委会") && both.contains("The standing committee of the Dongcheng"), "{both}");
        press(&mut a, "e");
        let english = screen(&a);
        assert!(english.contains("reading the texts in English"), "the status says so:\n{english}");
        assert!(!english.contains("东城 人大常委会"), "{english}");
        insta::assert_snapshot!(format!("reading_english_{w}x{h}"), english);
        press(&mut a, "e");
        let chinese = screen(&a);
        assert!(!chinese.contains("The standing committee of the Dongcheng"), "{chinese}");
        insta::assert_snapshot!(format!("reading_chinese_{w}x{h}"), chinese);
    }
}
