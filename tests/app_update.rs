//! Key sequences against the browser's state, without a terminal.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use liangdian::app::{Action, App, Edit, Effect, Focus, Outcome, Typing};
use liangdian::dataset::Dataset;
use liangdian::lang::{Lang, Notice};
use liangdian::pages::figures::FiguresPage;
use liangdian::pages::help::Help;
use liangdian::pages::matches::Matches;
use liangdian::pages::matrix::Matrix;
use liangdian::pages::overview::Overview;
use liangdian::pages::{Browser, update};
use liangdian::tui::action_for;

fn app(width: u16, height: u16) -> Browser {
    Browser::new(App::new(Dataset::embedded().expect("built-in dataset"), Lang::En, width, height))
}

/// Feeds key events through the keymap, as the event loop does.
/// What the status line says, whole.
fn said(app: &Browser) -> Option<String> {
    app.app.notice.as_ref().map(Notice::whole)
}

fn press(app: &mut Browser, keys: &str) {
    for c in keys.chars() {
        key(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

fn key(app: &mut Browser, code: KeyCode, mods: KeyModifiers) {
    let event = Event::Key(KeyEvent::new(code, mods));
    if let Some(action) = action_for(app, &event) {
        update(app, action);
    }
}

fn selected_name(app: &Browser) -> &str {
    app.app.selected().map(|d| app.app.data.districts[d].name.as_str()).unwrap_or("")
}

fn visible_names(app: &Browser) -> Vec<&str> {
    app.app.filtered.districts.iter().map(|d| app.app.data.districts[d.district].name.as_str()).collect()
}

#[test]
fn opens_on_dongcheng_with_the_district_list_focused() {
    let app = app(120, 40);
    assert_eq!(selected_name(&app), "东城");
    assert_eq!(app.app.focus, Focus::Districts);
    assert_eq!(app.app.filtered.districts.len(), 16);
    assert!(!app.app.detail.lines.is_empty());
}

#[test]
fn j_and_k_move_and_stop_at_the_ends() {
    let mut app = app(120, 40);
    press(&mut app, "jj");
    assert_eq!(selected_name(&app), "朝阳");
    press(&mut app, "kkkk");
    assert_eq!(selected_name(&app), "东城");
    press(&mut app, "G");
    assert_eq!(selected_name(&app), "延庆");
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(selected_name(&app), "延庆");
    key(&mut app, KeyCode::Home, KeyModifiers::NONE);
    assert_eq!(selected_name(&app), "东城");
}

#[test]
fn typing_waste_in_chinese_narrows_to_the_districts_that_carry_it() {
    let mut app = app(80, 24);
    press(&mut app, "f");
    assert_eq!(app.app.typing, Some(Typing::Filter));
    update(&mut app, Action::Edit(liangdian::app::Edit::Insert("垃圾".into())));
    assert_eq!(visible_names(&app), ["东城", "西城", "朝阳", "海淀", "丰台", "石景山", "顺义", "昌平"]);
    assert_eq!(app.app.data.themes[app.app.filtered.themes[0].theme].id, "waste-sorting");
    // The detail marks the matching highlight and scrolls to it.
    assert_eq!(app.app.detail.marked_rows.len(), 1);
    assert_eq!(app.app.detail_scroll, app.app.detail.marked_rows[0] - 1, "one row of context above the match");
}

#[test]
fn pinyin_initials_and_full_pinyin_filter_like_chinese() {
    for query in ["ljfl", "lajifenlei", "waste"] {
        let mut app = app(120, 40);
        press(&mut app, "f");
        press(&mut app, query);
        assert_eq!(app.app.filtered.districts.len(), 8, "{query}");
    }
}

#[test]
fn district_names_filter_by_initials_pinyin_and_chinese() {
    for query in ["hd", "haidian", "海淀"] {
        let mut app = app(120, 40);
        press(&mut app, "f");
        update(&mut app, Action::Edit(liangdian::app::Edit::Insert(query.into())));
        assert_eq!(selected_name(&app), "海淀", "{query} puts 海淀 first");
        let by_name: Vec<&str> = app
            .app
            .filtered
            .districts
            .iter()
            .filter(|hit| hit.hit.is_some())
            .map(|hit| app.app.data.districts[hit.district].name.as_str())
            .collect();
        assert_eq!(by_name, ["海淀"], "{query}: no other district matches by its names (Huairou District did on 'hd')");
    }
}

#[test]
fn the_selection_stays_on_its_district_when_it_still_passes_the_filter() {
    let mut app = app(120, 40);
    press(&mut app, "jjj"); // 海淀
    press(&mut app, "f");
    press(&mut app, "ljfl");
    assert_eq!(selected_name(&app), "海淀");
    assert_eq!(app.app.district_cursor, 3);
    // 门头沟 does not carry waste sorting: after filtering, the selection falls back to the first row.
    let mut app2 = self::app(120, 40);
    press(&mut app2, "jjjjjj");
    assert_eq!(selected_name(&app2), "门头沟");
    press(&mut app2, "f");
    press(&mut app2, "ljfl");
    assert_eq!(selected_name(&app2), "东城");
}

#[test]
fn the_selection_never_leaves_the_filtered_list() {
    let mut app = app(120, 40);
    press(&mut app, "f");
    press(&mut app, "ljfl");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.app.typing, None);
    press(&mut app, "jjjjjjjjjjjjjjjjjjjj");
    assert_eq!(app.app.district_cursor, 7);
    assert_eq!(selected_name(&app), "昌平");
}

#[test]
fn a_query_with_no_match_empties_the_list_and_esc_brings_everything_back() {
    let mut app = app(120, 40);
    press(&mut app, "f");
    press(&mut app, "zzzz");
    assert!(app.app.filtered.districts.is_empty());
    assert_eq!(app.app.selected(), None);
    press(&mut app, "j"); // typing: an ordinary letter
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(app.app.selected(), None);
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.app.typing, None);
    assert_eq!(app.app.query.text(), "");
    assert_eq!(app.app.filtered.districts.len(), 16);
}

#[test]
fn editing_keys_change_the_query() {
    let mut app = app(120, 40);
    press(&mut app, "f");
    press(&mut app, "waste sort");
    key(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(app.app.query.text(), "waste ");
    key(&mut app, KeyCode::Backspace, KeyModifiers::NONE);
    key(&mut app, KeyCode::Left, KeyModifiers::NONE);
    key(&mut app, KeyCode::Left, KeyModifiers::NONE);
    press(&mut app, "X");
    assert_eq!(app.app.query.text(), "wasXte");
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(app.app.query.text(), "");
}

#[test]
fn enter_on_a_theme_filters_by_exactly_that_theme() {
    let mut app = app(120, 40);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE); // Districts -> Detail
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE); // Detail -> Themes
    assert_eq!(app.app.focus, Focus::Themes);
    let winter = app.app.data.themes.iter().position(|t| t.id == "winter-olympics").expect("theme");
    for _ in 0..winter {
        press(&mut app, "j");
    }
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.app.chosen_theme, Some(winter));
    assert_eq!(visible_names(&app), ["延庆"]);
    assert_eq!(app.app.focus, Focus::Districts);
    // Esc in the district list clears the filter.
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.app.chosen_theme, None);
    assert_eq!(app.app.filtered.districts.len(), 16);
    assert_eq!(selected_name(&app), "延庆", "the reader stays where they were");
}

#[test]
fn a_chosen_theme_in_the_filter_input_is_deleted_whole_and_replaced_by_typing() {
    for deletion in [KeyCode::Backspace, KeyCode::Delete] {
        let mut app = app(120, 40);
        key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT); // Districts -> Themes
        key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
        assert!(app.app.chosen_theme.is_some());
        press(&mut app, "f");
        key(&mut app, deletion, KeyModifiers::NONE);
        assert_eq!((app.app.chosen_theme, app.app.filtered.districts.len()), (None, 16), "{deletion:?}");
    }
    let mut app = app(120, 40);
    key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    press(&mut app, "f");
    key(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(app.app.chosen_theme, None, "Ctrl-w deletes it too");
    key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    press(&mut app, "f");
    press(&mut app, "冬");
    assert_eq!((app.app.chosen_theme, app.app.query.text()), (None, "冬"), "typing replaces it");
}

#[test]
fn tab_and_shift_tab_cycle_the_panes() {
    let mut app = app(120, 40);
    let mut seen = Vec::new();
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
        seen.push(app.app.focus);
    }
    assert_eq!(seen, [Focus::Detail, Focus::Themes, Focus::Districts]);
    key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(app.app.focus, Focus::Themes);
}

#[test]
fn the_detail_scrolls_within_its_content() {
    let mut app = app(80, 24);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.app.focus, Focus::Detail);
    press(&mut app, "jjj");
    assert_eq!(app.app.detail_scroll, 3);
    press(&mut app, "G");
    let bottom = app.app.detail_scroll;
    let height = app.app.panes().expect("fits").detail.height as usize;
    assert_eq!(bottom, app.app.detail.lines.len() - height);
    key(&mut app, KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(app.app.detail_scroll, bottom, "no scrolling past the end");
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(app.app.detail_scroll, bottom - height / 2);
    press(&mut app, "g");
    assert_eq!(app.app.detail_scroll, 0);
    key(&mut app, KeyCode::PageDown, KeyModifiers::NONE);
    assert_eq!(app.app.detail_scroll, height / 2);
    press(&mut app, "h");
    assert_eq!(app.app.focus, Focus::Districts);
}

#[test]
fn help_and_overview_open_scroll_and_close() {
    let mut app = app(80, 24);
    press(&mut app, "?");
    assert_eq!(app.page::<Help>().map(|h| h.scroll), Some(0));
    press(&mut app, "jj");
    assert_eq!(app.page::<Help>().map(|h| h.scroll), Some(2));
    press(&mut app, "q");
    assert!(!app.on_page());
    assert!(!app.app.quit, "q closes the help rather than quitting");
    press(&mut app, "o");
    assert!(app.page::<Overview>().is_some(), "the article is open");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!app.on_page());
    // On the smallest screen the article is longer than the page, and scrolls.
    let mut small = self::app(60, 16);
    press(&mut small, "oG");
    assert!(small.page::<Overview>().expect("the article is open").reading.scroll > 0);
    press(&mut app, "q");
    assert!(app.app.quit);
}

#[test]
fn ctrl_c_quits_from_anywhere() {
    for setup in ["", "f", "?", "o"] {
        let mut app = app(80, 24);
        press(&mut app, setup);
        key(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert!(app.app.quit, "after {setup:?}");
    }
}

#[test]
fn q_types_in_the_filter_instead_of_quitting() {
    let mut app = app(80, 24);
    press(&mut app, "fq");
    assert!(!app.app.quit);
    assert_eq!(app.app.query.text(), "q");
}

#[test]
fn a_click_selects_a_district_and_focuses_its_pane() {
    let mut app = app(120, 40);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    let p = app.app.panes().expect("fits");
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: p.districts.x + 2,
        row: p.districts.y + 3,
        modifiers: KeyModifiers::NONE,
    });
    let action = action_for(&app, &click).expect("a click is an action");
    update(&mut app, action);
    assert_eq!(selected_name(&app), "海淀");
    assert_eq!(app.app.focus, Focus::Districts);
}

#[test]
fn a_click_on_a_theme_filters_by_it() {
    let mut app = app(120, 40);
    let p = app.app.panes().expect("fits");
    update(&mut app, Action::Click { column: p.themes.x + 1, row: p.themes.y + 1 });
    assert_eq!(app.app.chosen_theme, Some(1));
    assert_eq!(app.app.focus, Focus::Themes);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app(80, 24);
    let p = app.app.panes().expect("fits");
    update(&mut app, Action::Wheel { column: p.detail.x + 1, row: p.detail.y + 1, down: true });
    assert_eq!(app.app.detail_scroll, 3);
    assert_eq!(selected_name(&app), "东城");
    update(&mut app, Action::Wheel { column: p.districts.x + 1, row: p.districts.y, down: true });
    assert_eq!(selected_name(&app), "西城");
}

#[test]
fn the_district_list_scrolls_to_keep_the_selection_visible() {
    let mut app = app(80, 24);
    let height = app.app.panes().expect("fits").districts.height as usize;
    assert!(height < 16, "the test needs a list shorter than the districts");
    press(&mut app, "G");
    assert_eq!(app.app.district_offset, 16 - height);
    press(&mut app, "g");
    assert_eq!(app.app.district_offset, 0);
}

#[test]
fn a_resize_relays_the_detail_and_keeps_scroll_in_range() {
    let mut app = app(120, 40);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    press(&mut app, "G");
    update(&mut app, Action::Resize { width: 200, height: 60 });
    let height = app.app.panes().expect("fits").detail.height as usize;
    assert!(app.app.detail_scroll <= app.app.detail.lines.len().saturating_sub(height));
    update(&mut app, Action::Resize { width: 0, height: 0 });
    assert!(app.app.panes().is_none());
    press(&mut app, "jkG");
    update(&mut app, Action::Resize { width: 80, height: 24 });
    assert!(app.app.panes().is_some());
}

#[test]
fn the_interface_language_switches_labels_not_the_article() {
    let zh = Browser::new(App::new(Dataset::embedded().expect("dataset"), Lang::Zh, 120, 40));
    let text: String = zh.app.detail.lines.iter().flat_map(|l| l.spans.iter().map(|(s, _)| s.as_str())).collect();
    assert!(text.contains("条亮点"));
    assert!(!text.contains("Carrying out the core-area regulatory plan"), "English titles only in English");
    assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
    assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
    assert_eq!(Lang::from_locale("C"), Lang::En);
}

fn search(app: &mut Browser, keyword: &str) {
    press(app, "/");
    update(app, Action::Edit(liangdian::app::Edit::Insert(keyword.into())));
    key(app, KeyCode::Enter, KeyModifiers::NONE);
}

fn current_match(app: &Browser) -> (String, usize) {
    let m = app.app.search.matches[app.app.search.current];
    (app.app.data.districts[m.district].name.to_string(), app.app.search.current)
}

#[test]
fn space_pins_and_c_compares_the_pinned_district_with_the_selection() {
    let mut app = app(120, 40);
    key(&mut app, KeyCode::Char(' '), KeyModifiers::NONE);
    assert_eq!(app.app.pinned, Some(0));
    press(&mut app, "jjc");
    let c = app.app.compare.as_ref().expect("comparison open");
    assert_eq!(c.left, 0, "the pinned 东城 on the left");
    assert_eq!(selected_name(&app), "朝阳", "the selection on the right");
    assert!(!c.docs[0].lines.is_empty() && !c.docs[1].lines.is_empty());
    // Moving in the list changes the right side live.
    press(&mut app, "j");
    let right: String = app.app.compare.as_ref().expect("open").docs[1].lines[0].spans[0].0.clone();
    assert_eq!(right, "海淀");
    // Swap.
    press(&mut app, "s");
    assert_eq!(app.app.compare.as_ref().expect("open").left, 3);
    assert_eq!(selected_name(&app), "东城");
    // Esc returns.
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.app.compare.is_none());
}

#[test]
fn compare_without_a_pin_puts_the_selection_on_both_sides_until_the_reader_moves() {
    let mut app = app(120, 40);
    press(&mut app, "jc");
    assert_eq!(app.app.compare.as_ref().expect("open").left, 1);
    press(&mut app, "j");
    assert_eq!(app.app.compare.as_ref().expect("open").left, 1, "the left side stays");
    assert_eq!(selected_name(&app), "朝阳");
}

#[test]
fn the_comparison_header_lists_shared_and_one_sided_themes() {
    let mut app = app(160, 40);
    key(&mut app, KeyCode::Char(' '), KeyModifiers::NONE);
    press(&mut app, "jjc");
    let header: String = app
        .app
        .compare
        .as_ref()
        .expect("open")
        .header
        .lines
        .iter()
        .flat_map(|l| l.spans.iter().map(|(s, _)| s.as_str()))
        .collect();
    assert!(header.contains("Both (7)"), "{header}");
    // Named in English with the Chinese beside it; tags keep the Chinese with the English.
    assert!(header.contains("Only Dongcheng 东城 (2): #规划 (Planning)"), "{header}");
    assert!(header.contains("Only Chaoyang 朝阳 (6)"), "{header}");
}

#[test]
fn the_comparison_columns_scroll_together_unless_told_otherwise() {
    let mut app = app(80, 24);
    press(&mut app, "jc");
    key(&mut app, KeyCode::Char('d'), KeyModifiers::CONTROL);
    let c = app.app.compare.as_ref().expect("open");
    assert!(c.scroll[1] > 0);
    assert_eq!(c.scroll[0], c.scroll[1]);
    press(&mut app, "t");
    key(&mut app, KeyCode::Char('d'), KeyModifiers::CONTROL);
    let c = app.app.compare.as_ref().expect("open");
    assert!(c.scroll[1] > c.scroll[0], "apart, only the right column moved");
    let before = c.scroll[0];
    press(&mut app, "J");
    assert_eq!(app.app.compare.as_ref().expect("open").scroll[0], before + 1, "J scrolls the left column");
    press(&mut app, "t");
    assert!(app.app.compare.as_ref().expect("open").together);
    press(&mut app, "J");
    let c = app.app.compare.as_ref().expect("open");
    assert!(!c.together, "J on columns scrolling together sets them apart, as the border then says");
    assert_eq!(c.scroll[0], before + 2);
}

#[test]
fn a_keyword_search_jumps_to_the_first_match_and_n_wraps_across_districts() {
    let mut app = app(120, 40);
    search(&mut app, "冬奥会");
    assert_eq!(app.app.search.matches.len(), 4, "three in texts, one in a title");
    assert_eq!(current_match(&app), ("延庆".to_string(), 0));
    assert_eq!(selected_name(&app), "延庆");
    press(&mut app, "nnn");
    assert_eq!(app.app.search.current, 3);
    press(&mut app, "n");
    assert_eq!(app.app.search.current, 0, "n wraps at the end");
    press(&mut app, "N");
    assert_eq!(app.app.search.current, 3, "N wraps at the start");
}

#[test]
fn english_titles_are_searched_in_the_english_interface_only() {
    let mut app = app(120, 40);
    search(&mut app, "deputy");
    assert_eq!(app.app.search.matches.len(), 2, "朝阳's and 平谷's English titles");
    assert_eq!(selected_name(&app), "朝阳");
    let row = app.app.detail.match_rows[app.app.search.current];
    let line: String = app.app.detail.lines[row].spans.iter().map(|(s, _)| s.as_str()).collect();
    assert!(line.contains("Deputy network"), "the view is on the title: {line}");
    let mut zh = Browser::new(App::new(Dataset::embedded().expect("built-in dataset"), Lang::Zh, 120, 40));
    search(&mut zh, "deputy");
    assert!(zh.app.search.matches.is_empty(), "the Chinese interface shows no English title to find");
}

#[test]
fn matches_are_counted_in_reading_order_across_districts() {
    let mut app = app(120, 40);
    search(&mut app, "专题询问");
    let districts: Vec<usize> = app.app.search.matches.iter().map(|m| m.district).collect();
    assert!(districts.windows(2).all(|w| w[0] <= w[1]), "{districts:?}");
    assert_eq!(current_match(&app).0, "西城");
    let mut seen = vec![current_match(&app).0];
    for _ in 1..app.app.search.matches.len() {
        press(&mut app, "n");
        let name = current_match(&app).0;
        assert_eq!(selected_name(&app), name, "the selection follows the match");
        if seen.last() != Some(&name) {
            seen.push(name);
        }
    }
    assert_eq!(seen, ["西城", "朝阳", "石景山", "顺义", "昌平", "大兴", "怀柔", "密云"]);
}

#[test]
fn the_current_match_is_scrolled_into_view() {
    let mut app = app(80, 24);
    search(&mut app, "冬奥会");
    press(&mut app, "n");
    let height = app.app.panes().expect("fits").detail.height as usize;
    let (_, current) = (0, 1);
    let row = app.app.detail.match_rows[current];
    assert!(
        row >= app.app.detail_scroll && row < app.app.detail_scroll + height,
        "row {row} scroll {}",
        app.app.detail_scroll
    );
}

#[test]
fn search_is_ascii_case_insensitive_and_esc_clears_it() {
    let mut app = app(120, 40);
    search(&mut app, "zzz");
    assert!(app.app.search.matches.is_empty());
    assert!(app.app.search.is_active() && app.app.search.matches.is_empty(), "the status line says there is no match");
    search(&mut app, "代表");
    let n = app.app.search.matches.len();
    assert!(n > 20);
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!app.app.search.is_active());
    assert!(app.app.search.matches.is_empty());
}

#[test]
fn a_search_covers_only_the_districts_the_filter_shows() {
    let mut app = app(120, 40);
    press(&mut app, "f");
    press(&mut app, "ljfl");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    search(&mut app, "代表");
    let visible: Vec<usize> = app.app.filtered.districts.iter().map(|d| d.district).collect();
    assert!(app.app.search.matches.iter().all(|m| visible.contains(&m.district)));
}

#[test]
fn the_match_list_jumps_to_the_chosen_match() {
    let mut app = app(120, 40);
    search(&mut app, "代表");
    press(&mut app, "a");
    assert!(app.page::<Matches>().is_some());
    press(&mut app, "jjjjj");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(!app.on_page());
    assert_eq!(app.app.search.current, 5);
    let m = app.app.search.matches[5];
    assert_eq!(app.app.selected(), Some(m.district));
}

#[test]
fn the_matrix_moves_by_cell_and_enter_opens_the_district_with_the_theme_marked() {
    let mut app = app(120, 40);
    press(&mut app, "m");
    let g = app.page::<Matrix>().expect("matrix open");
    assert_eq!((g.row, g.col), (0, 0));
    // Down to waste sorting, right to 西城.
    press(&mut app, "jl");
    let g = app.page::<Matrix>().expect("matrix open");
    assert_eq!((g.row, g.col), (1, 1));
    press(&mut app, "hhhhkkkk");
    let g = app.page::<Matrix>().expect("matrix open");
    assert_eq!((g.row, g.col), (0, 0), "the cursor stops at the edges");
    press(&mut app, "jl");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(!app.on_page());
    assert_eq!(selected_name(&app), "西城");
    assert_eq!(app.app.data.themes[app.app.chosen_theme.expect("filtered by the theme")].id, "waste-sorting");
    assert_eq!(app.app.detail.marked_rows.len(), 1);
}

#[test]
fn a_matrix_cell_without_a_mark_opens_the_district_and_says_so() {
    let mut app = app(120, 40);
    let winter = app.app.data.themes.iter().position(|t| t.id == "winter-olympics").expect("theme");
    press(&mut app, "m");
    for _ in 0..winter {
        press(&mut app, "j");
    }
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(selected_name(&app), "东城");
    assert_eq!(app.app.chosen_theme, None);
    assert!(said(&app).as_deref().is_some_and(|n| n.contains("no highlight")), "{:?}", app.app.notice);
}

#[test]
fn the_figures_table_sorts_and_jumps_to_the_highlight() {
    let mut app = app(120, 40);
    press(&mut app, "F");
    press(&mut app, "s");
    let f = app.page::<FiguresPage>().expect("figures open");
    assert_eq!((f.list.cursor, f.list.offset), (0, 0), "a new order is shown from its top");
    let first = f.table.rows[0];
    assert_eq!(app.app.data.districts[first.district].name, "平谷", "12.76亿元 is the largest");
    press(&mut app, "jjk");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(selected_name(&app), "平谷");
    assert_eq!(app.app.focus, Focus::Detail);
    let row = app.app.detail.highlight_rows[first.highlight];
    let height = app.app.panes().expect("fits").detail.height as usize;
    assert!(row >= app.app.detail_scroll && row < app.app.detail_scroll + height);
}

#[test]
fn on_a_terminal_too_small_to_draw_keys_do_nothing_but_quit() {
    let mut app = app(50, 14);
    press(&mut app, "jjjmF/");
    assert_eq!((app.app.district_cursor, app.on_page(), app.app.typing), (0, false, None));
    update(&mut app, Action::Resize { width: 120, height: 40 });
    press(&mut app, "j");
    assert_eq!(app.app.district_cursor, 1, "keys act again once the browser is drawn");
    update(&mut app, Action::Resize { width: 50, height: 14 });
    press(&mut app, "q");
    assert!(app.app.quit);
}

#[test]
fn comparing_without_a_pinned_district_asks_for_the_other_side() {
    let mut app = app(120, 40);
    press(&mut app, "c");
    let header = |app: &Browser| {
        let c = app.app.compare.as_ref().expect("comparing");
        c.header.lines.iter().flat_map(|l| l.spans.iter().map(|(s, _)| s.clone())).collect::<String>()
    };
    assert!(header(&app).contains("move (j k) to the district to compare with Dongcheng 东城"), "{}", header(&app));
    press(&mut app, "j");
    assert!(header(&app).starts_with("Both ("), "{}", header(&app));
}

#[test]
fn jumping_from_a_page_to_a_district_the_filter_hides_says_the_filter_was_cleared() {
    let mut app = app(120, 40);
    press(&mut app, "f");
    press(&mut app, "ljfl");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.app.filtered.districts.len(), 8);
    press(&mut app, "F");
    press(&mut app, "G"); // the last figure: 平谷's, which does not carry waste sorting
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(selected_name(&app), "平谷");
    assert_eq!(app.app.filtered.districts.len(), 16);
    assert_eq!(said(&app).as_deref(), Some("filter cleared to show Pinggu 平谷"));
    press(&mut app, "hg"); // back to the list, its first district: 东城
    press(&mut app, "m");
    press(&mut app, "j"); // 东城 × waste sorting, which it carries
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(said(&app).as_deref(), Some("districts with #垃圾分类 (Waste sorting); Esc clears the filter"));
}

#[test]
fn the_figures_table_reopens_in_the_order_last_chosen() {
    let mut app = app(120, 40);
    press(&mut app, "Fs");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!app.on_page());
    press(&mut app, "F");
    let f = app.page::<FiguresPage>().expect("figures open");
    assert_eq!(f.table.sort, liangdian::dataset::FigureSort::Largest);
    assert_eq!((f.list.cursor, f.list.offset), (0, 0));
}

#[test]
fn the_help_opens_over_a_page_and_closing_it_goes_back_there() {
    let mut app = app(120, 40);
    press(&mut app, "Fsjj");
    press(&mut app, "?");
    assert!(app.page::<Help>().is_some());
    press(&mut app, "?");
    let f = app.page::<FiguresPage>().unwrap_or_else(|| panic!("back on the figures: {:?}", app.pages));
    assert_eq!((f.table.sort, f.list.cursor), (liangdian::dataset::FigureSort::Largest, 2), "as it was left");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!app.on_page(), "Esc closes the page itself");
    press(&mut app, "m?");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.page::<Matrix>().is_some(), "Esc on the help goes back to the matrix too");
}

#[test]
fn asking_for_the_help_twice_closes_it_rather_than_opening_a_second() {
    let mut app = app(120, 40);
    update(&mut app, Action::ToggleHelp);
    update(&mut app, Action::ToggleHelp);
    assert!(!app.on_page(), "{:?}", app.pages);
}

#[test]
fn a_click_below_the_last_figure_goes_to_the_last_row() {
    let mut app = app(120, 60);
    press(&mut app, "F");
    let rows = liangdian::pages::list_page(app.app.size).rows;
    let n = app.page::<FiguresPage>().expect("figures open").table.rows.len();
    assert!((rows.height as usize) > n, "the whole table fits, with room below it");
    update(&mut app, Action::Click { column: rows.x + 2, row: rows.bottom() - 1 });
    assert_eq!(app.page::<FiguresPage>().expect("still open").list.cursor, n - 1);
}

#[test]
fn a_comparison_whose_right_side_the_filter_hides_keeps_its_left_column_as_a_comparison_column() {
    let mut app = app(100, 30);
    press(&mut app, " jc");
    press(&mut app, "f");
    for c in "zzzzq".chars() {
        update(&mut app, Action::Edit(Edit::Insert(c.to_string())));
    }
    let c = app.app.compare.as_ref().expect("still comparing");
    let text: String = c.docs[0].lines.iter().flat_map(|l| l.spans.iter().map(|(s, _)| s.as_str())).collect();
    assert!(c.docs[1].lines.is_empty(), "nothing on the right");
    assert!(text.contains("#") && !text.contains("⇄#"), "every tag one-sided, unmarked: {text}");
    assert!(!text.contains("highlights ·"), "no count line in a comparison's column: {text}");
}

/// The text the last update asked to put on the clipboard.
fn clipboard(app: &Browser) -> Option<&str> {
    app.app.effects.iter().rev().find_map(|e| match e {
        Effect::Clipboard(text) => Some(text.as_str()),
        _ => None,
    })
}

#[test]
fn the_highlight_cursor_steps_through_the_district_and_y_copies_the_one_it_is_on() {
    let mut app = app(120, 40);
    assert_eq!(app.app.highlight, 0);
    press(&mut app, "]]");
    assert_eq!(app.app.highlight, 2);
    press(&mut app, "[");
    assert_eq!(app.app.highlight, 1);
    app.app.effects.clear();
    press(&mut app, "y");
    let text = clipboard(&app).expect("copied");
    let h = &app.app.data.districts[0].highlights[1];
    // In the English interface the English title stands beside the Chinese one.
    assert!(text.starts_with(&format!("东城 · 2. {} {}\n{}\n", h.title, h.title_en, h.text)), "{text}");
    let page = "https://www.bjrd.gov.cn/fwhd/bjrdzz/2021n/dyq/jcrd/202101/t20210118_2222482.html";
    assert!(
        text.trim_end().ends_with(&format!("《各区人大常委会2020年工作亮点扫描》, 东城, {page}")),
        "the citation: {text}"
    );
    assert!(said(&app).as_deref().is_some_and(|n| n.starts_with("copied 东城 2.")), "{:?}", app.app.notice);
    // At the end it stays on the last highlight.
    press(&mut app, "]]]]]]]]]]");
    assert_eq!(app.app.highlight, app.app.data.districts[0].highlights.len() - 1);
}

#[test]
fn the_highlight_cursor_follows_the_view_and_a_new_district_starts_at_the_top() {
    let mut app = app(80, 24);
    // Read in Chinese, the last highlight's title is in view at the end.
    app.app.reading = liangdian::lang::Texts::Chinese;
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(app.app.focus, Focus::Detail);
    press(&mut app, "G");
    let rows = &app.app.detail.highlight_rows;
    let first_title_in_view = rows.iter().position(|&r| r >= app.app.detail_scroll).expect("a title in view");
    assert!(first_title_in_view > 0, "scrolled past the first highlight");
    assert_eq!(app.app.highlight, first_title_in_view, "the cursor is on the first highlight whose title is in view");
    press(&mut app, "g");
    assert_eq!(app.app.highlight, 0);
    press(&mut app, "]]");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    press(&mut app, "j");
    assert_eq!((selected_name(&app), app.app.highlight), ("西城", 0));
}

#[test]
fn capital_y_copies_the_district_and_comparing_both_sides() {
    let mut app = app(120, 40);
    press(&mut app, "Y");
    let text = clipboard(&app).expect("copied").to_string();
    assert!(text.starts_with("# 东城") && text.contains("## 2. ") && text.contains("东城"), "{text}");
    press(&mut app, " jc");
    app.app.effects.clear();
    press(&mut app, "y");
    let text = clipboard(&app).expect("copied");
    assert!(
        text.starts_with("# Dongcheng 东城 ⇄ Xicheng 西城") && text.contains("| Dongcheng 东城 | Xicheng 西城 |"),
        "{text}"
    );
}

#[test]
fn w_asks_for_a_markdown_file_named_after_what_is_shown_and_says_where_it_went() {
    let mut app = app(120, 40);
    press(&mut app, "w");
    let Some(Effect::Write(file)) = app.app.effects.last() else { panic!("a file: {:?}", app.app.effects) };
    assert_eq!(file.stem, "liangdian-dongcheng", "named by the id in the English interface");
    assert!(file.markdown.starts_with("# 东城"));
    update(&mut app, Action::Done(Box::new(Outcome::Wrote("./liangdian-东城.md".to_string()))));
    assert_eq!(said(&app).as_deref(), Some("wrote ./liangdian-东城.md"));
    app.app.effects.clear();
    press(&mut app, "m");
    press(&mut app, "w");
    let Some(Effect::Write(file)) = app.app.effects.last() else { panic!("a file: {:?}", app.app.effects) };
    assert_eq!(file.stem, "liangdian-matrix");
    update(
        &mut app,
        Action::Done(Box::new(Outcome::NotWritten { name: "x.md".into(), why: "Permission denied".into() })),
    );
    assert!(said(&app).as_deref().is_some_and(|n| n.starts_with("could not write x.md: Permission denied")));
}

#[test]
fn y_on_a_page_copies_its_row_and_the_help_has_nothing_to_copy() {
    let mut app = app(120, 40);
    press(&mut app, "Fs");
    app.app.effects.clear();
    press(&mut app, "y");
    assert!(clipboard(&app).is_some_and(|t| t.starts_with("Pinggu 平谷 12.76亿元")), "{:?}", app.app.effects);
    press(&mut app, "?");
    app.app.effects.clear();
    press(&mut app, "y");
    assert!(app.app.effects.is_empty());
    assert_eq!(said(&app).as_deref(), Some("this page has nothing to copy"));
}

#[test]
fn capital_m_gives_the_mouse_to_the_terminal_and_back() {
    let mut app = app(120, 40);
    press(&mut app, "M");
    assert_eq!((app.app.mouse, app.app.effects.last()), (false, Some(&Effect::Mouse(false))));
    assert!(said(&app).as_deref().is_some_and(|n| n.contains("M turns it back on")));
    press(&mut app, "M");
    assert_eq!((app.app.mouse, app.app.effects.last()), (true, Some(&Effect::Mouse(true))));
}

fn type_text(app: &mut Browser, text: &str) {
    update(app, Action::Edit(Edit::Insert(text.to_string())));
}

#[test]
fn b_asks_for_a_note_and_the_saved_bookmark_shows_in_the_detail() {
    use liangdian::bookmarks::Change;
    let mut app = app(120, 40);
    press(&mut app, "]b");
    assert_eq!(app.app.typing, Some(Typing::Note));
    type_text(&mut app, "值得引用");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.app.typing, None);
    let Some(Effect::Bookmark(change)) = app.app.effects.last().cloned() else { panic!("{:?}", app.app.effects) };
    let Change::Put { bookmark: b, seen: None } = change.clone() else { panic!("{change:?}") };
    assert_eq!((b.district.as_str(), b.number, b.note.as_str()), ("dongcheng", 2, "值得引用"));
    // The event loop saves it and says how it went.
    update(&mut app, Action::Done(Box::new(Outcome::Saved { bookmarks: vec![b.clone()], change, merged: false })));
    assert!(
        said(&app).as_deref().is_some_and(|n| n.starts_with("bookmarked Dongcheng 东城 2.")),
        "{:?}",
        app.app.notice
    );
    let lines: Vec<String> =
        app.app.detail.lines.iter().map(|l| l.spans.iter().map(|(s, _)| s.as_str()).collect()).collect();
    let row = app.app.detail.highlight_rows[1];
    assert!(lines[row].starts_with('◆'), "{}", lines[row]);
    assert!(lines.iter().any(|l| l.contains("note: 值得引用")), "{lines:#?}");
    // b again holds the note, to change it; Esc leaves it as it was.
    press(&mut app, "b");
    assert_eq!(app.app.note.text(), "值得引用");
    app.app.effects.clear();
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.app.effects.is_empty() && app.app.typing.is_none());
}

#[test]
fn the_bookmarks_page_goes_to_a_bookmark_and_deletes_one_only_on_a_second_d() {
    use liangdian::bookmarks::{Bookmark, Change};
    use liangdian::pages::bookmarks::Bookmarks;
    let mut app = app(120, 40);
    let yanqing = Bookmark::new(&app.app.data, 15, 1, "冬奥", 1).expect("bookmark");
    let gone = Bookmark { number: 99, ..Bookmark::new(&app.app.data, 0, 0, "", 2).expect("bookmark") };
    app.app.set_bookmarks(vec![yanqing.clone(), gone]);
    press(&mut app, "B");
    assert_eq!(app.app.effects, [Effect::LoadBookmarks], "the file is read again: another browser may have changed it");
    app.app.effects.clear();
    assert_eq!(app.page::<Bookmarks>().expect("open").rows().len(), 2);
    press(&mut app, "d");
    assert!(app.app.effects.is_empty(), "one d only asks");
    assert!(said(&app).as_deref().is_some_and(|n| n.starts_with("press d again")), "{:?}", app.app.notice);
    press(&mut app, "j");
    press(&mut app, "d");
    assert!(app.app.effects.is_empty(), "a d on another row asks again");
    press(&mut app, "kdd");
    let seen = Some(yanqing.note.clone());
    assert_eq!(app.app.effects.last(), Some(&Effect::Bookmark(Change::Remove { bookmark: yanqing, seen })));
    // The second is no longer in the dataset: Enter says so and stays.
    press(&mut app, "j");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(app.page::<Bookmarks>().is_some());
    assert!(said(&app).as_deref().is_some_and(|n| n.ends_with("is not in this dataset")), "{:?}", app.app.notice);
    press(&mut app, "k");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(!app.on_page());
    assert_eq!((selected_name(&app), app.app.highlight, app.app.focus), ("延庆", 1, Focus::Detail));
}

#[test]
fn a_key_that_does_nothing_says_so_and_where_the_help_is() {
    let mut app = app(120, 40);
    press(&mut app, "x");
    assert_eq!(said(&app).as_deref(), Some("x does nothing here: ? for help"));
    press(&mut app, "m");
    press(&mut app, "x");
    assert_eq!(said(&app).as_deref(), Some("x does nothing here: ? for help"), "on a page too");
    press(&mut app, "q/x");
    assert_eq!(app.app.search.input.text(), "x", "typed, not refused, at a prompt");
}

#[test]
fn a_note_that_cannot_be_saved_comes_back_to_the_prompt() {
    let mut app = app(120, 40);
    press(&mut app, "]b");
    assert_eq!(app.app.effects, [Effect::LoadBookmarks], "the prompt reads the file again");
    type_text(&mut app, "my long careful note");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    let Some(Effect::Bookmark(change)) = app.app.effects.last().cloned() else { panic!("{:?}", app.app.effects) };
    let why = Notice::new("bookmarks.json is not valid (line 1, column 3)");
    update(&mut app, Action::Done(Box::new(Outcome::NotSaved { why, change })));
    assert_eq!((app.app.typing, app.app.note.text()), (Some(Typing::Note), "my long careful note"));
    assert!(said(&app).as_deref().is_some_and(|n| n.starts_with("not saved: bookmarks.json is not valid")));
    // A click cannot throw it away either.
    update(&mut app, Action::Click { column: 5, row: 30 });
    assert_eq!((app.app.typing, app.app.note.text()), (Some(Typing::Note), "my long careful note"));
    assert!(said(&app).as_deref().is_some_and(|n| n.starts_with("finish the note first")), "{:?}", app.app.notice);
}

#[test]
fn the_highlight_cursor_and_bookmarks_are_not_used_while_comparing() {
    let mut app = app(120, 40);
    press(&mut app, " jc");
    press(&mut app, "]");
    assert_eq!(app.app.highlight, 0);
    assert_eq!(said(&app).as_deref(), Some("not while comparing: close the comparison first"));
    press(&mut app, "b");
    assert_eq!(app.app.typing, None);
}

#[test]
fn at_120_columns_the_matrix_shows_whole_names_and_a_click_finds_the_wider_columns() {
    let mut app = app(120, 40);
    press(&mut app, "m");
    let whole = 14 * liangdian::pages::matrix::column(4) + 2 * liangdian::pages::matrix::column(6);
    let m = liangdian::pages::matrix::panes(app.app.size, 16, whole, 3);
    assert!(m.whole, "{m:?}");
    // Five columns of two-character names, 石景山's three, then 门头沟.
    let x = m.body.x + m.label_width + 5 * 5 + 7 + 1;
    update(&mut app, Action::Click { column: x, row: m.body.y + 1 });
    let g = app.page::<Matrix>().expect("open");
    assert_eq!((app.app.data.districts[g.col].name.as_str(), g.row), ("门头沟", 1));
}

#[test]
fn at_80_columns_the_matrix_writes_the_names_downwards_and_a_click_finds_the_narrow_columns() {
    let mut app = app(80, 24);
    press(&mut app, "m");
    let whole = 14 * liangdian::pages::matrix::column(4) + 2 * liangdian::pages::matrix::column(6);
    let m = liangdian::pages::matrix::panes(app.app.size, 16, whole, 3);
    assert!(!m.whole && m.columns >= 16 && m.header.height == 3, "{m:?}");
    // The seventh column, 门头沟, three cells from each to the next.
    let x = m.body.x + m.label_width + 6 * m.cell_width;
    update(&mut app, Action::Click { column: x, row: m.body.y + 2 });
    let g = app.page::<Matrix>().expect("open");
    assert_eq!((app.app.data.districts[g.col].name.as_str(), g.row), ("门头沟", 2));
}

#[test]
fn z_gives_the_highlights_the_whole_width_and_a_narrow_comparison_takes_it_by_itself() {
    let mut app = app(120, 40);
    let beside = app.app.panes().expect("fits").detail.width;
    press(&mut app, "z");
    let zoomed = app.app.panes().expect("fits");
    assert!(zoomed.detail.width > beside && zoomed.districts.width == 0, "{zoomed:?}");
    assert!(
        app.app
            .detail
            .lines
            .iter()
            .any(|l| l.spans.iter().map(|(s, _)| s.chars().count()).sum::<usize>() > beside as usize),
        "laid out again for the whole width"
    );
    press(&mut app, "z");
    assert_eq!(app.app.panes().expect("fits").detail.width, beside);
    // At 80 columns a comparison takes the whole width, and gives it back to the filter being typed.
    let mut narrow = self::app(80, 24);
    press(&mut narrow, " jc");
    assert!(narrow.app.zoomed() && narrow.app.panes().expect("fits").detail_block.width == 80);
    press(&mut narrow, "f");
    assert!(!narrow.app.zoomed(), "the filter is seen while it is typed into");
}

#[test]
fn z_in_a_narrow_comparison_puts_the_lists_back_and_z_again_takes_the_width_again() {
    let mut app = app(80, 24);
    press(&mut app, " jc");
    assert!(app.app.zoomed(), "a narrow comparison takes the whole width by itself");
    press(&mut app, "z");
    assert!(!app.app.zoomed() && app.app.panes().expect("fits").districts.width > 0, "the lists are back");
    press(&mut app, "z");
    assert!(app.app.zoomed());
    assert_eq!(app.app.zoom, None, "back to the screen's own choice");
    // Closed and opened again, the comparison takes the width by itself once more.
    press(&mut app, "z");
    press(&mut app, "c");
    assert!(!app.app.zoomed() && app.app.compare.is_none());
    press(&mut app, "c");
    assert!(app.app.compare.is_some() && app.app.zoomed(), "{:?}", app.app.zoom);
}

#[test]
fn ctrl_c_at_a_note_not_saved_asks_once_before_quitting() {
    let mut app = app(120, 40);
    press(&mut app, "]b");
    // Nothing typed: nothing to lose, so Ctrl-c quits at once.
    let mut empty = self::app(120, 40);
    press(&mut empty, "]b");
    key(&mut empty, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(empty.app.quit);
    type_text(&mut app, "写到一半的笔记");
    key(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(!app.app.quit, "held back once");
    assert_eq!((app.app.typing, app.app.note.text()), (Some(Typing::Note), "写到一半的笔记"));
    assert!(said(&app).as_deref().is_some_and(|n| n.starts_with("note not saved: Enter saves,")));
    // Another key in between, and the next Ctrl-c asks again; two in a row quit.
    type_text(&mut app, "。");
    key(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(!app.app.quit);
    key(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.app.quit);
}

#[test]
fn a_comparisons_key_without_one_says_how_to_open_one() {
    let mut app = app(120, 40);
    for keys in ["s", "t", "J", "K"] {
        press(&mut app, keys);
        let notice = said(&app).unwrap_or_default();
        assert!(notice.starts_with(&format!("{keys} works in a comparison: Space pins")), "{keys}: {notice}");
    }
    press(&mut app, " jc");
    press(&mut app, "t");
    assert!(said(&app).as_deref().is_some_and(|n| n.starts_with("columns scroll apart")), "{:?}", app.app.notice);
}

#[test]
fn y_on_the_article_says_w_writes_it_and_on_the_help_that_there_is_nothing() {
    let mut app = app(120, 40);
    press(&mut app, "oy");
    assert_eq!(said(&app).as_deref(), Some("this page has no row to copy; w writes it to a file"));
    press(&mut app, "?y");
    assert_eq!(said(&app).as_deref(), Some("this page has nothing to copy"));
}

#[test]
fn p_shows_the_selected_districts_paragraph_as_published_and_p_goes_back() {
    use liangdian::pages::published::Published;
    let mut app = app(120, 40);
    press(&mut app, "jp");
    let page = app.page::<Published>().expect("the paragraph as published");
    assert_eq!(app.app.data.districts[page.district].name, "西城");
    app.app.effects.clear();
    press(&mut app, "y");
    let text = clipboard(&app).expect("copied");
    assert!(text.starts_with("西城 人大常委会立足首都核心区职责使命履行人大职责。聚焦疫情防控"), "{text}");
    assert!(!text.contains("Epidemic control and public health"), "no title of the dataset's: {text}");
    assert!(text.trim_end().ends_with("t20210118_2222482.html"), "the citation ends with the page: {text}");
    press(&mut app, "p");
    assert!(!app.on_page(), "p goes back to the highlights");
}

#[test]
fn the_paragraph_as_published_is_not_opened_when_the_filter_lets_no_district_through() {
    let mut app = app(120, 40);
    press(&mut app, "f");
    update(&mut app, Action::Edit(Edit::Insert("zzzzq".into())));
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    press(&mut app, "p");
    assert!(!app.on_page());
    assert!(said(&app).as_deref().is_some_and(|n| n.starts_with("no district is selected")), "{:?}", app.app.notice);
}

#[test]
fn punctuation_alone_at_the_search_prompt_is_not_searched_and_says_why() {
    let mut app = app(120, 40);
    search(&mut app, "，");
    assert!(!app.app.search.is_active(), "no search is left running");
    let notice = said(&app).unwrap_or_default();
    assert!(notice.contains("has no letter, digit or Chinese character"), "{notice}");
}

#[test]
fn a_copy_is_said_as_done_and_the_next_action_forgets_it() {
    let mut app = app(120, 40);
    press(&mut app, "y");
    assert_eq!(app.app.said, liangdian::app::Said::Done);
    press(&mut app, "j");
    assert_eq!(app.app.said, liangdian::app::Said::Warning);
}

#[test]
fn a_search_the_filter_hid_says_where_and_esc_clears_the_filter_to_show_the_matches() {
    let mut app = app(80, 24);
    press(&mut app, "f");
    update(&mut app, Action::Edit(Edit::Insert("hd".into())));
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    search(&mut app, "冬奥");
    assert!(app.app.search.matches.is_empty(), "海淀 has no 冬奥");
    let notice = said(&app).unwrap_or_default();
    assert_eq!(notice, "«冬奥»: 1 district, hidden by the filter · Esc clears it");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!app.app.filtering(), "Esc cleared the filter");
    assert_eq!(app.app.search.keyword, "冬奥", "and kept the search");
    assert!(!app.app.search.matches.is_empty(), "whose matches now show");
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!app.app.search.is_active(), "the next Esc clears the search");
}

#[test]
fn a_keyword_that_names_a_theme_offers_the_filter_and_f_takes_it() {
    let mut app = app(120, 40);
    search(&mut app, "垃圾分类");
    let notice = said(&app).unwrap_or_default();
    assert_eq!(notice, "8 districts carry the theme 垃圾分类: f filters by it");
    press(&mut app, "f");
    assert_eq!(app.app.query.text(), "垃圾分类", "the filter starts from the theme's name");
    assert_eq!(app.app.filtered.districts.len(), 8, "and shows the districts that carry it");
    // An alias of two themes offers both.
    let mut two = self::app(120, 40);
    search(&mut two, "两条例");
    let notice = said(&two).unwrap_or_default();
    assert!(notice.contains("carry the themes") && notice.contains("filters by them"), "{notice}");
    // A theme no more districts carry than the keyword is written in (冬奥会, in 延庆 alone) offers nothing.
    let mut plain = self::app(120, 40);
    search(&mut plain, "冬奥会");
    assert!(said(&plain).as_deref().is_none_or(|n| !n.contains("carry the theme")), "{:?}", plain.app.notice);
}

#[test]
fn the_lists_put_back_beside_a_narrow_comparison_keep_the_pinned_district_in_view() {
    let mut app = app(80, 24);
    press(&mut app, " jjjc");
    assert!(app.app.zoomed(), "a comparison below 100 columns takes the whole width by itself");
    press(&mut app, "z");
    assert!(!app.app.zoomed(), "z puts the lists back");
    let height = app.app.panes().expect("fits").districts.height as usize;
    let (offset, cursor) = (app.app.district_offset, app.app.district_cursor);
    assert!(offset == 0 && cursor < offset + height, "东城, pinned at the top, and 海淀 both show: {offset}, {cursor}");
}

#[test]
fn l_shows_the_last_messages_whole_and_each_is_kept_once() {
    use liangdian::pages::messages::Messages;
    let mut app = app(80, 24);
    press(&mut app, "s");
    let said = said(&app).expect("s without a comparison says how to open one");
    press(&mut app, "ss");
    assert_eq!(app.app.log, std::slice::from_ref(&said), "said again, kept once");
    press(&mut app, "yL");
    assert!(app.page::<Messages>().is_some());
    assert_eq!(app.app.log.len(), 2, "the copy's confirmation too: {:?}", app.app.log);
    app.app.effects.clear();
    press(&mut app, "y");
    let text = clipboard(&app).expect("the messages are copied");
    assert!(text.starts_with(&said), "{text}");
    press(&mut app, "L");
    assert!(!app.on_page());
}

#[test]
fn the_glossary_lists_its_terms_and_enter_searches_the_texts_for_one() {
    use liangdian::pages::glossary::GlossaryPage;
    let mut app = app(120, 40);
    press(&mut app, "T");
    let page = app.page::<GlossaryPage>().expect("the glossary is open");
    assert_eq!(page.terms.len(), app.app.data.glossary.len());
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE); // 核心区, the first term
    assert!(!app.on_page(), "Enter goes to the texts");
    assert_eq!(app.app.search.keyword, "核心区");
    assert_eq!(selected_name(&app), "东城");
    // The search says what the term means (a keyword naming a theme would offer the theme instead).
    let said = said(&app).unwrap_or_default();
    assert!(said.starts_with("核心区 héxīnqū · the capital's core area: Short for"), "{said}");
}

#[test]
fn i_lists_the_terms_of_the_highlight_under_the_cursor() {
    use liangdian::pages::glossary::GlossaryPage;
    let mut app = app(120, 40);
    press(&mut app, "]i"); // 东城 2: 促进“关键小事”落实,开展3轮…“两条例”“三边”检查
    let page = app.page::<GlossaryPage>().expect("the terms are listed");
    let terms: Vec<&str> = page.terms.iter().map(|&t| app.app.data.glossary[t].term.as_str()).collect();
    assert_eq!(terms, ["关键小事", "两条例", "三边"]);
    press(&mut app, "y");
    let text = clipboard(&app).expect("the term is copied");
    assert!(text.starts_with("关键小事 · guānjiàn xiǎoshì · "), "{text}");
}

#[test]
fn the_glossary_narrows_as_a_term_its_pinyin_or_its_english_is_typed() {
    use liangdian::pages::glossary::GlossaryPage;
    let mut app = app(120, 40);
    press(&mut app, "Tf");
    assert_eq!(app.context(), liangdian::keys::Ctx::Filter, "letters are typed, not keys");
    let terms = |app: &Browser| -> Vec<String> {
        let page = app.page::<GlossaryPage>().expect("the glossary");
        page.terms.iter().map(|&t| app.app.data.glossary[t].term.to_string()).collect()
    };
    type_text(&mut app, "jiesu");
    assert_eq!(terms(&app), ["接诉即办"]);
    key(&mut app, KeyCode::Backspace, KeyModifiers::NONE);
    type_text(&mut app, "xxx");
    assert!(terms(&app).is_empty());
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(terms(&app).len(), app.app.data.glossary.len(), "Esc clears the filter");
    press(&mut app, "/");
    type_text(&mut app, "forest");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.context(), liangdian::keys::Ctx::Page, "Enter keeps the filter and gives the keys back");
    assert!(terms(&app).contains(&"国家森林城市".to_string()), "{:?}", terms(&app));
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(!app.on_page() && app.app.search.is_active(), "Enter then searches for the term");
}
