//! Properties: whatever keys, mouse events, sizes and files arrive, nothing panics and the state stays
//! consistent.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use liangdian::app::{Action, App, Edit};
use liangdian::dataset::Dataset;
use liangdian::lang::Lang;
use liangdian::pages::draw;
use liangdian::pages::figures::FiguresPage;
use liangdian::pages::matches::Matches;
use liangdian::pages::matrix::Matrix;
use liangdian::pages::{Browser, update};
use liangdian::pages::{figures, matches, matrix};
use liangdian::theme::Theme;
use liangdian::tui::action_for;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        8 => prop::sample::select(vec![
            'j', 'k', 'g', 'G', 'h', 'l', 'f', '/', 'n', 'N', 'a', ' ', 'c', 's', 't', 'J', 'K', 'm', 'F', 'o', '?',
            'q', 'x', '垃', '圾', '海',
        ])
        .prop_map(KeyCode::Char),
        4 => prop::sample::select(vec![
            KeyCode::Enter, KeyCode::Esc, KeyCode::Tab, KeyCode::BackTab, KeyCode::Backspace, KeyCode::Delete,
            KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right, KeyCode::Home, KeyCode::End,
            KeyCode::PageUp, KeyCode::PageDown, KeyCode::F(1),
        ]),
    ]
}

fn event() -> impl Strategy<Value = Event> {
    let modifiers =
        prop::sample::select(vec![KeyModifiers::NONE, KeyModifiers::NONE, KeyModifiers::CONTROL, KeyModifiers::SHIFT]);
    prop_oneof![
        10 => (key_code(), modifiers)
            // Ctrl-c would end the run early; it is tested on its own.
            .prop_filter("not Ctrl-c", |(c, m)| !(*c == KeyCode::Char('c') && m.contains(KeyModifiers::CONTROL)))
            .prop_map(|(c, m)| Event::Key(KeyEvent::new(c, m))),
        2 => (0u16..220, 0u16..70, prop::sample::select(vec![
                MouseEventKind::Down(MouseButton::Left), MouseEventKind::ScrollDown, MouseEventKind::ScrollUp,
            ]))
            .prop_map(|(column, row, kind)| Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE })),
        1 => (0u16..220, 0u16..70).prop_map(|(w, h)| Event::Resize(w, h)),
        1 => "[a-z垃圾分类海淀冬奥 ]{0,6}".prop_map(Event::Paste),
    ]
}

/// The invariants every state must keep.
fn check(app: &Browser) {
    let districts = app.app.filtered.districts.len();
    if districts == 0 {
        assert_eq!(app.app.selected(), None);
    } else {
        assert!(app.app.district_cursor < districts, "cursor {} of {districts}", app.app.district_cursor);
        assert!(app.app.district_offset <= app.app.district_cursor);
    }
    assert!(app.app.theme_cursor < app.app.filtered.themes.len().max(1));
    if let Some(p) = app.app.panes() {
        let height = p.detail.height as usize;
        assert!(
            app.app.detail_scroll <= app.app.detail.lines.len().saturating_sub(height),
            "detail scrolled past its end"
        );
        assert!(
            app.app.district_cursor < app.app.district_offset + (p.districts.height as usize).max(1),
            "cursor out of view"
        );
    }
    if app.app.search.matches.is_empty() {
        assert_eq!(app.app.search.current, 0);
    } else {
        assert!(app.app.search.current < app.app.search.matches.len(), "match index out of range");
    }
    if let Some(c) = &app.app.compare {
        assert!(c.left < app.app.data.districts.len());
        for side in 0..2 {
            assert!(c.scroll[side] <= c.docs[side].lines.len(), "comparison scrolled past its end");
        }
    }
    if let Some(g) = app.page::<Matrix>() {
        assert!(g.row < app.app.data.themes.len().max(1) && g.col < app.app.data.districts.len().max(1));
    }
    if let Some(f) = app.page::<FiguresPage>() {
        assert!(f.list.cursor < f.table.rows.len().max(1));
    }
    if let Some(m) = app.page::<Matches>() {
        assert!(m.list.cursor < app.app.search.matches.len().max(1));
    }
}

fn render(app: &Browser) {
    let mut terminal = Terminal::new(TestBackend::new(app.app.size.width, app.app.size.height)).expect("terminal");
    terminal.draw(|f| draw(f, app, &Theme::monochrome())).expect("draws");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_events_at_any_size_keep_the_state_consistent_and_draw(
        width in 0u16..220,
        height in 0u16..70,
        zh in any::<bool>(),
        events in prop::collection::vec(event(), 1..40),
    ) {
        let data = Dataset::embedded().expect("dataset");
        let mut app = Browser::new(App::new(data, if zh { Lang::Zh } else { Lang::En }, width, height));
        check(&app);
        render(&app);
        for event in &events {
            if let Some(action) = action_for(&app, event) {
                update(&mut app, action);
            }
            check(&app);
            render(&app);
            if app.app.quit {
                break;
            }
        }
    }

    #[test]
    fn any_typed_query_or_keyword_is_safe(text in "\\PC{0,12}", width in 0u16..160, height in 0u16..50) {
        let data = Dataset::embedded().expect("dataset");
        let mut app = Browser::new(App::new(data, Lang::En, width, height));
        update(&mut app, Action::FocusFilter);
        update(&mut app, Action::Edit(Edit::Insert(text.clone())));
        check(&app);
        render(&app);
        update(&mut app, Action::Cancel);
        update(&mut app, Action::StartSearch);
        update(&mut app, Action::Edit(Edit::Insert(text)));
        update(&mut app, Action::Accept);
        check(&app);
        render(&app);
        update(&mut app, Action::Open(matches::ID));
        check(&app);
        render(&app);
    }

    #[test]
    fn any_text_loads_or_is_refused_without_panicking(text in "\\PC{0,300}") {
        let _ = Dataset::from_yaml_str(&text, "random.yaml");
    }

    #[test]
    fn the_shipped_dataset_mutated_loads_or_is_refused_without_panicking(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, "[\\PC\\n:\\[\\]{}&*!|>'\"#-]{0,3}"), 1..8),
    ) {
        let mut text = liangdian::dataset::EMBEDDED_YAML.to_string();
        for (at, kind, piece) in edits {
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let i = boundaries[at.index(boundaries.len())];
            let end = boundaries.iter().copied().find(|&b| b > i).unwrap_or(i);
            match kind {
                0 => text.insert_str(i, &piece),
                1 => text.replace_range(i..end, ""),
                2 => text.replace_range(i..end, &piece),
                _ => text.truncate(i),
            }
        }
        if let Ok(data) = Dataset::from_yaml_str(&text, "mutated.yaml") {
            // Whatever loads can be browsed.
            let mut app = Browser::new(App::new(data, Lang::Zh, 100, 30));
            for action in
                [Action::Down, Action::Enter, Action::Open(matrix::ID), Action::Back, Action::Open(figures::ID)]
            {
                update(&mut app, action);
                check(&app);
                render(&app);
            }
        }
    }

    #[test]
    fn wrapping_never_exceeds_the_width_and_loses_nothing(text in "[\\PC ]{0,80}", width in 2usize..40) {
        let chars: Vec<char> = text.chars().collect();
        let lines = liangdian::text::wrap(&chars, width);
        let mut kept = String::new();
        for range in &lines {
            let line: String = chars[range.clone()].iter().collect();
            let w = liangdian::text::width(&line);
            // A unit wider than the line (a character with closers glued to it) may be cut by characters;
            // nothing else may pass the width.
            prop_assert!(w <= width.max(2), "«{line}» is {w} cells at width {width}");
            kept.push_str(&line);
        }
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        prop_assert_eq!(squeeze(&kept), squeeze(&text));
    }
}

proptest! {
    /// A parser's message of any form (its words are quoted or translated) never makes the report panic.
    #[test]
    fn any_parser_message_is_reported_in_both_languages(
        message in prop_oneof![
            ".{0,40}",
            "(invalid type|invalid value|unknown field|missing field|duplicate field): .{0,20}(, expected .{0,20})?",
            "[a-z\\[\\]0-9.]{1,12}: .{0,30}",
        ],
    ) {
        use liangdian::lang::{BookmarksFault, Corrupt, DatasetFault, Fault};
        for lang in [Lang::En, Lang::Zh] {
            let yaml = DatasetFault::Yaml { at: "f.yaml:1:1", message: &message }.report(lang);
            let json = BookmarksFault::Invalid { path: "b.json", why: Corrupt::NotJson { line: 1, column: 0, message: &message }, saving: false }.report(lang);
            prop_assert!(!yaml.is_empty() && !json.is_empty());
        }
    }
}
