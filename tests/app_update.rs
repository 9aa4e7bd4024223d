//! Key sequences against the browser's state, without a terminal.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use liangdian::app::keymap::action_for;
use liangdian::app::{Action, App, Focus, Lang, Overlay, update};
use liangdian::dataset::Dataset;

fn app(width: u16, height: u16) -> App {
    App::new(Dataset::embedded().expect("built-in dataset"), Lang::En, width, height)
}

/// Feeds key events through the keymap, as the event loop does.
fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        key(app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

fn key(app: &mut App, code: KeyCode, mods: KeyModifiers) {
    let event = Event::Key(KeyEvent::new(code, mods));
    if let Some(action) = action_for(app, &event) {
        update(app, action);
    }
}

fn selected_name(app: &App) -> &str {
    app.selected().map(|d| app.data.districts[d].name.as_str()).unwrap_or("")
}

fn visible_names(app: &App) -> Vec<&str> {
    app.filtered.districts.iter().map(|d| app.data.districts[d.district].name.as_str()).collect()
}

#[test]
fn opens_on_dongcheng_with_the_district_list_focused() {
    let app = app(120, 40);
    assert_eq!(selected_name(&app), "东城");
    assert_eq!(app.focus, Focus::Districts);
    assert_eq!(app.filtered.districts.len(), 16);
    assert!(!app.detail.lines.is_empty());
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
    assert!(app.typing);
    update(&mut app, Action::Edit(liangdian::app::Edit::Insert("垃圾".into())));
    assert_eq!(visible_names(&app), ["东城", "西城", "朝阳", "海淀", "丰台", "石景山", "顺义", "昌平"]);
    assert_eq!(app.data.themes[app.filtered.themes[0].theme].id, "waste-sorting");
    // The detail marks the matching highlight and scrolls to it.
    assert_eq!(app.detail.marked_rows.len(), 1);
    assert_eq!(app.detail_scroll, app.detail.marked_rows[0] - 1, "one row of context above the match");
}

#[test]
fn pinyin_initials_and_full_pinyin_filter_like_chinese() {
    for query in ["ljfl", "lajifenlei", "waste"] {
        let mut app = app(120, 40);
        press(&mut app, "f");
        press(&mut app, query);
        assert_eq!(app.filtered.districts.len(), 8, "{query}");
    }
}

#[test]
fn district_names_filter_by_initials_pinyin_and_chinese() {
    for query in ["hd", "haidian", "海淀"] {
        let mut app = app(120, 40);
        press(&mut app, "f");
        update(&mut app, Action::Edit(liangdian::app::Edit::Insert(query.into())));
        assert_eq!(selected_name(&app), "海淀", "{query} puts 海淀 first");
    }
}

#[test]
fn the_selection_stays_on_its_district_when_it_still_passes_the_filter() {
    let mut app = app(120, 40);
    press(&mut app, "jjj"); // 海淀
    press(&mut app, "f");
    press(&mut app, "ljfl");
    assert_eq!(selected_name(&app), "海淀");
    assert_eq!(app.district_cursor, 3);
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
    assert!(!app.typing);
    press(&mut app, "jjjjjjjjjjjjjjjjjjjj");
    assert_eq!(app.district_cursor, 7);
    assert_eq!(selected_name(&app), "昌平");
}

#[test]
fn a_query_with_no_match_empties_the_list_and_esc_brings_everything_back() {
    let mut app = app(120, 40);
    press(&mut app, "f");
    press(&mut app, "zzzz");
    assert!(app.filtered.districts.is_empty());
    assert_eq!(app.selected(), None);
    press(&mut app, "j"); // typing: an ordinary letter
    key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    assert_eq!(app.selected(), None);
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(!app.typing);
    assert_eq!(app.query.text(), "");
    assert_eq!(app.filtered.districts.len(), 16);
}

#[test]
fn editing_keys_change_the_query() {
    let mut app = app(120, 40);
    press(&mut app, "f");
    press(&mut app, "waste sort");
    key(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(app.query.text(), "waste ");
    key(&mut app, KeyCode::Backspace, KeyModifiers::NONE);
    key(&mut app, KeyCode::Left, KeyModifiers::NONE);
    key(&mut app, KeyCode::Left, KeyModifiers::NONE);
    press(&mut app, "X");
    assert_eq!(app.query.text(), "wasXte");
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(app.query.text(), "");
}

#[test]
fn enter_on_a_theme_filters_by_exactly_that_theme() {
    let mut app = app(120, 40);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE); // Districts -> Detail
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE); // Detail -> Themes
    assert_eq!(app.focus, Focus::Themes);
    let winter = app.data.themes.iter().position(|t| t.id == "winter-olympics").expect("theme");
    for _ in 0..winter {
        press(&mut app, "j");
    }
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.chosen_theme, Some(winter));
    assert_eq!(visible_names(&app), ["延庆"]);
    assert_eq!(app.focus, Focus::Districts);
    // Esc in the district list clears the filter.
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.chosen_theme, None);
    assert_eq!(app.filtered.districts.len(), 16);
    assert_eq!(selected_name(&app), "延庆", "the reader stays where they were");
}

#[test]
fn tab_and_shift_tab_cycle_the_panes() {
    let mut app = app(120, 40);
    let mut seen = Vec::new();
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
        seen.push(app.focus);
    }
    assert_eq!(seen, [Focus::Detail, Focus::Themes, Focus::Districts]);
    key(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(app.focus, Focus::Themes);
}

#[test]
fn the_detail_scrolls_within_its_content() {
    let mut app = app(80, 24);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.focus, Focus::Detail);
    press(&mut app, "jjj");
    assert_eq!(app.detail_scroll, 3);
    press(&mut app, "G");
    let bottom = app.detail_scroll;
    let height = app.panes().expect("fits").detail.height as usize;
    assert_eq!(bottom, app.detail.lines.len() - height);
    key(&mut app, KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(app.detail_scroll, bottom, "no scrolling past the end");
    key(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(app.detail_scroll, bottom - height / 2);
    press(&mut app, "g");
    assert_eq!(app.detail_scroll, 0);
    key(&mut app, KeyCode::PageDown, KeyModifiers::NONE);
    assert_eq!(app.detail_scroll, height / 2);
    press(&mut app, "h");
    assert_eq!(app.focus, Focus::Districts);
}

#[test]
fn help_and_overview_open_scroll_and_close() {
    let mut app = app(80, 24);
    press(&mut app, "?");
    assert_eq!(app.overlay, Some(Overlay::Help { scroll: 0 }));
    press(&mut app, "jj");
    assert_eq!(app.overlay, Some(Overlay::Help { scroll: 2 }));
    press(&mut app, "q");
    assert_eq!(app.overlay, None);
    assert!(!app.quit, "q closes the help rather than quitting");
    press(&mut app, "o");
    assert!(matches!(app.overlay, Some(Overlay::Overview { .. })));
    assert!(app.overview.lines.len() > 5);
    key(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(app.overlay, None);
    press(&mut app, "q");
    assert!(app.quit);
}

#[test]
fn ctrl_c_quits_from_anywhere() {
    for setup in ["", "f", "?", "o"] {
        let mut app = app(80, 24);
        press(&mut app, setup);
        key(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert!(app.quit, "after {setup:?}");
    }
}

#[test]
fn q_types_in_the_filter_instead_of_quitting() {
    let mut app = app(80, 24);
    press(&mut app, "fq");
    assert!(!app.quit);
    assert_eq!(app.query.text(), "q");
}

#[test]
fn a_click_selects_a_district_and_focuses_its_pane() {
    let mut app = app(120, 40);
    key(&mut app, KeyCode::Tab, KeyModifiers::NONE);
    let p = app.panes().expect("fits");
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: p.districts.x + 2,
        row: p.districts.y + 3,
        modifiers: KeyModifiers::NONE,
    });
    let action = action_for(&app, &click).expect("a click is an action");
    update(&mut app, action);
    assert_eq!(selected_name(&app), "海淀");
    assert_eq!(app.focus, Focus::Districts);
}

#[test]
fn a_click_on_a_theme_filters_by_it() {
    let mut app = app(120, 40);
    let p = app.panes().expect("fits");
    update(&mut app, Action::Click { column: p.themes.x + 1, row: p.themes.y + 1 });
    assert_eq!(app.chosen_theme, Some(1));
    assert_eq!(app.focus, Focus::Themes);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app(80, 24);
    let p = app.panes().expect("fits");
    update(&mut app, Action::Wheel { column: p.detail.x + 1, row: p.detail.y + 1, down: true });
    assert_eq!(app.detail_scroll, 3);
    assert_eq!(selected_name(&app), "东城");
    update(&mut app, Action::Wheel { column: p.districts.x + 1, row: p.districts.y, down: true });
    assert_eq!(selected_name(&app), "西城");
}

#[test]
fn the_district_list_scrolls_to_keep_the_selection_visible() {
    let mut app = app(80, 24);
    let height = app.panes().expect("fits").districts.height as usize;
    assert!(height < 16, "the test needs a list shorter than the districts");
    press(&mut app, "G");
    assert_eq!(app.district_offset, 16 - height);
    press(&mut app, "g");
    assert_eq!(app.district_offset, 0);
}

#[test]
fn a_resize_relays_the_detail_and_keeps_scroll_in_range() {
    let mut app = app(120, 40);
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    press(&mut app, "G");
    update(&mut app, Action::Resize { width: 200, height: 60 });
    let height = app.panes().expect("fits").detail.height as usize;
    assert!(app.detail_scroll <= app.detail.lines.len().saturating_sub(height));
    update(&mut app, Action::Resize { width: 0, height: 0 });
    assert!(app.panes().is_none());
    press(&mut app, "jkG");
    update(&mut app, Action::Resize { width: 80, height: 24 });
    assert!(app.panes().is_some());
}

#[test]
fn the_interface_language_switches_labels_not_the_article() {
    let zh = App::new(Dataset::embedded().expect("dataset"), Lang::Zh, 120, 40);
    let text: String = zh.detail.lines.iter().flat_map(|l| l.spans.iter().map(|(s, _)| s.as_str())).collect();
    assert!(text.contains("条亮点"));
    assert!(!text.contains("Carrying out the core-area regulatory plan"), "English titles only in English");
    assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
    assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
    assert_eq!(Lang::from_locale("C"), Lang::En);
}
