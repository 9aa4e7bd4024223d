//! A large file handed to the browser as it is parsed: the browser opens on the first districts and takes
//! in the rest, and ends in exactly the state a whole load gives; an error found late keeps its position;
//! the cache written on the way gives the file back, and a damaged entry is read again.

mod common;

use std::io::Write;
use std::path::Path;

use common::{filter, press, screen};
use liangdian::app::Action;
use liangdian::app::App;
use liangdian::app::loading::Load;
use liangdian::dataset::{Arrival, Cache, Dataset, LoadError, Progress};
use liangdian::lang::Lang;
use liangdian::pages::{Browser, receive, update};

/// Enough districts (about 2 MB) to be cut into batches.
const DISTRICTS: usize = 1_000;

fn file_of(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(".yaml").tempfile().expect("a file");
    file.write_all(text.as_bytes()).expect("written");
    file
}

/// Everything `stream_path` hands on, and how it ended.
fn stream(path: &Path, cache: &Cache) -> (Vec<Arrival>, Result<(), LoadError>) {
    let mut arrivals = Vec::new();
    let ended = Dataset::stream_path(path, &Progress::default(), cache, &mut |a| arrivals.push(a));
    (arrivals, ended)
}

/// A filter and a search, as a reader sets them.
fn read_as_a_reader(b: &mut Browser) {
    filter(b, "ljfl");
    update(b, Action::Accept);
    b.app.open_search("代表");
}

#[test]
fn the_browser_fed_batch_by_batch_ends_as_a_whole_load_does() {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let file = file_of(&text);
    let (arrivals, ended) = stream(file.path(), &Cache::default());
    ended.expect("loads");
    assert!(arrivals.len() > 3, "handed on in batches: {}", arrivals.len());
    let mut arrivals = arrivals.into_iter();
    let Some(Arrival::Begun { data, expected }) = arrivals.next() else { panic!("the first districts come first") };
    assert!(data.districts.len() < DISTRICTS);
    assert!(expected.abs_diff(DISTRICTS) < DISTRICTS / 10, "expected {expected}, of {DISTRICTS}");
    let mut app = App::new(*data, Lang::En, 120, 40);
    app.arriving(expected);
    let mut streamed = Browser::new(app);
    // The reader filters, searches and opens the matrix while the rest arrives.
    read_as_a_reader(&mut streamed);
    let first_count = streamed.app.filtered.districts.len();
    assert!(first_count > 0 && streamed.app.search.is_active());
    update(&mut streamed, Action::Open(liangdian::pages::matrix::ID));
    assert!(!screen(&streamed).contains(&format!("×{DISTRICTS}")), "the matrix counts what has arrived");
    for arrival in arrivals {
        assert!(matches!(arrival, Arrival::More { .. }), "then the rest, batch by batch");
        receive(&mut streamed, Load::More(arrival));
    }
    receive(&mut streamed, Load::Done(Vec::new()));
    assert!(screen(&streamed).contains(&format!("×{DISTRICTS}")), "the page opened again on all of them");
    update(&mut streamed, Action::Back);
    assert!(streamed.app.filtered.districts.len() > first_count, "the filter followed");
    assert!(streamed.app.loading.is_none());

    let whole = Dataset::from_yaml_str(&text, "whole").expect("loads whole");
    let mut loaded = Browser::new(App::new(whole, Lang::En, 120, 40));
    read_as_a_reader(&mut loaded);
    let (s, w) = (&streamed.app, &loaded.app);
    assert_eq!(s.data, w.data, "districts, in order");
    assert_eq!(s.filtered, w.filtered, "the filter's themes and districts, ranked alike");
    assert_eq!(s.rows, w.rows);
    assert_eq!(s.district_total, w.district_total);
    for d in 0..=DISTRICTS {
        assert_eq!(s.index.district_themes(d), w.index.district_themes(d), "the index, district {d}");
    }
    assert_eq!(s.index.theme_counts, w.index.theme_counts, "the counts");
    assert_eq!(s.search.all, w.search.all, "the search's occurrences");
    assert_eq!(s.search.matches, w.search.matches);
    for query in ["dc", "东城", "Qu12", "waste"] {
        assert_eq!(s.index.filter(query), w.index.filter(query), "{query}");
    }
    for keyword in ["垃圾分类", "Special inquiry", "lajifenlei"] {
        assert_eq!(s.index.texts.search(keyword, |_| true), w.index.texts.search(keyword, |_| true), "{keyword}");
    }
    for d in [0, DISTRICTS / 2, DISTRICTS - 1] {
        for h in 0..3 {
            assert_eq!(s.index.highlight_themes(d, h), w.index.highlight_themes(d, h));
        }
    }
}

/// Where district `DISTRICTS - 10` begins in a generated file: in its last batch but one.
fn late_district(text: &str) -> usize {
    text.find(&format!("  - id: d{}\n", DISTRICTS - 10)).expect("a late district")
}

/// The dataset `text` gives streamed batch by batch, checked equal to what a whole load gives.
fn streamed_as_a_whole_load(text: &str) -> Dataset {
    let file = file_of(text);
    let (arrivals, ended) = stream(file.path(), &Cache::default());
    ended.expect("loads");
    assert!(arrivals.len() > 3, "handed on in batches");
    let streamed = assembled(arrivals);
    assert_eq!(streamed, Dataset::from_path(file.path()).expect("loads whole"));
    streamed
}

/// How many districts arrived from a file that turned out broken, which must end by being read again (and
/// saying so); nothing of it arrives whole.
fn arrived_before_rereading(arrivals: &[Arrival]) -> usize {
    assert!(matches!(arrivals.last(), Some(Arrival::Rereading)), "the file is then read again, and that is said");
    arrivals
        .iter()
        .map(|a| match a {
            Arrival::Begun { data, .. } => data.districts.len(),
            Arrival::More { districts, .. } => districts.len(),
            Arrival::Whole(_) => panic!("nothing whole arrives from a broken file"),
            Arrival::Rereading => 0,
        })
        .sum()
}

#[test]
fn a_parse_error_late_in_the_file_keeps_its_line_and_column_after_what_arrived() {
    let mut text = liangdian::synthetic::yaml(DISTRICTS);
    let late = late_district(&text);
    text.insert_str(late, "  - id: broken\n    name: [unclosed\n");
    let file = file_of(&text);
    let (arrivals, ended) = stream(file.path(), &Cache::default());
    // Every batch before the broken one arrived (batches are 64 districts).
    assert_eq!(arrived_before_rereading(&arrivals), (DISTRICTS - 10) / 64 * 64);
    let whole = Dataset::from_path(file.path()).expect_err("broken");
    let late = ended.expect_err("stopped");
    assert_eq!(late.to_string(), whole.to_string(), "the same error, at the same place");
    let LoadError::Syntax { position: Some((line, _)), .. } = late else { panic!("a syntax error with a position") };
    let broken_line = text[..text.find("[unclosed").expect("there")].lines().count();
    assert_eq!(line, broken_line);
}

#[test]
fn a_rule_broken_late_in_the_file_is_reported_as_a_whole_load_reports_it_after_what_arrived() {
    // Each batch is checked where it was parsed (an unknown theme), or as it is handed on (a repeated id).
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let late = late_district(&text);
    let theme = late + text[late..].find("\"themes\":[\"").expect("a theme") + "\"themes\":[\"".len();
    let unknown_theme = format!("{}no-such-theme\",\"{}", &text[..theme], &text[theme..]);
    let repeated_id = text.replacen(&format!("  - id: d{}\n", DISTRICTS - 10), "  - id: d3\n", 1);
    for broken in [unknown_theme, repeated_id] {
        let file = file_of(&broken);
        let (arrivals, ended) = stream(file.path(), &Cache::default());
        assert_eq!(
            arrived_before_rereading(&arrivals),
            (DISTRICTS - 10) / 64 * 64,
            "every batch before the broken one"
        );
        let whole = Dataset::from_path(file.path()).expect_err("invalid");
        assert!(matches!(whole, LoadError::Invalid { .. }), "{whole}");
        assert_eq!(ended.expect_err("stopped").to_string(), whole.to_string(), "the same problems, at the same places");
    }
}

#[test]
fn bidi_controls_in_a_large_files_highlights_are_made_visible_as_a_whole_load_makes_them() {
    // Highlight lines are looked at for characters that need care as they are checked, and sanitised only
    // when one holds some: those that do must still be, in a late batch as in the first.
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let late = late_district(&text);
    let at = late + text[late..].find("\"text\":\"").expect("a highlight's text") + "\"text\":\"".len();
    let marked = format!("{}\u{202e}RLO\u{2066}LRI{}", &text[..at], &text[at..]);
    let lead = marked.find("    lead: \"").expect("a lead") + "    lead: \"".len();
    let marked = format!("{}\u{200f}RLM{}", &marked[..lead], &marked[lead..]);
    let streamed = streamed_as_a_whole_load(&marked);
    let late = &streamed.districts[DISTRICTS - 10].highlights[0].text;
    assert!(late.contains("\\u{202e}RLO\\u{2066}LRI"), "made visible: {late}");
    assert!(streamed.districts[0].lead.starts_with("\\u{200f}RLM"), "{}", streamed.districts[0].lead);
}

#[test]
fn controls_in_a_late_batch_that_the_yaml_parser_reads_are_made_visible_as_a_whole_load_makes_them() {
    // A highlight in block style sends its batch to the YAML parser, whose every text is sanitised.
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let late = late_district(&text);
    let list = late + text[late..].find("    highlights:\n").expect("its highlights") + "    highlights:\n".len();
    let block = "      - title: \"ESC\\e[2JCLEAR\"\n        text: \"RLO\\u202eTEXT\"\n";
    let marked = format!("{}{block}{}", &text[..list], &text[list..]);
    let first = &streamed_as_a_whole_load(&marked).districts[DISTRICTS - 10].highlights[0];
    assert_eq!((first.title.as_str(), first.text.as_str()), ("ESC␛[2JCLEAR", "RLO\\u{202e}TEXT"));
}

#[test]
fn a_file_out_of_the_usual_shape_arrives_whole() {
    // A document marker before it all: nothing can be cut, and the file arrives whole (the loading screen
    // stays until then).
    let text = format!("---\n{}", liangdian::synthetic::yaml(DISTRICTS));
    let (arrivals, ended) = stream(file_of(&text).path(), &Cache::default());
    ended.expect("loads");
    assert!(matches!(arrivals.as_slice(), [Arrival::Whole(data)] if data.districts.len() == DISTRICTS));
    // Another top-level key after the districts: those before it arrive in batches, then the whole file
    // read whole takes their place.
    let mut text = liangdian::synthetic::yaml(DISTRICTS);
    text.push_str("unplaced: []\n");
    let (arrivals, ended) = stream(file_of(&text).path(), &Cache::default());
    ended.expect("loads");
    assert!(matches!(arrivals.first(), Some(Arrival::Begun { .. })));
    let whole = Dataset::from_yaml_str(&text, "whole").expect("loads whole");
    assert!(matches!(arrivals.last(), Some(Arrival::Whole(data)) if **data == whole));
}

#[test]
fn the_cache_written_while_streaming_gives_the_file_back_and_a_damaged_entry_is_written_again() {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let file = file_of(&text);
    let dir = tempfile::tempdir().expect("a folder");
    let cache = Cache::at(dir.path());
    let key = Cache::key_of_file(file.path()).expect("hashed");
    let whole = Dataset::from_yaml_str(&text, "whole").expect("loads whole");
    let (first, ended) = stream(file.path(), &cache);
    ended.expect("loads");
    assert_eq!(assembled(first), whole, "parsed in batches the first time");
    assert_eq!(cache.get(key).as_ref(), Some(&whole), "and kept in the cache");
    let entry = cache.entries().pop().expect("an entry").path;
    let kept = std::fs::read(&entry).expect("read");
    // The second time, from the cache, batch by batch as well.
    std::fs::write(file.path(), "not the file any more: only the cache can give the districts").expect("written");
    let (second, ended) = stream(file.path(), &cache);
    assert!(second.is_empty() && ended.is_err(), "another content is another entry: the changed file is read");
    std::fs::write(file.path(), &text).expect("written back");
    let (second, ended) = stream(file.path(), &cache);
    ended.expect("loads");
    assert!(second.len() > 3 && matches!(second.first(), Some(Arrival::Begun { .. })), "in batches");
    assert_eq!(assembled(second), whole, "from the cache");
    for damage in [Damage::Truncated, Damage::Flipped, Damage::Empty] {
        let mut bytes = kept.clone();
        match damage {
            Damage::Truncated => bytes.truncate(bytes.len() / 2),
            Damage::Flipped => {
                let at = bytes.len() - 100;
                bytes[at] ^= 0x55;
            }
            Damage::Empty => bytes.clear(),
        }
        std::fs::write(&entry, bytes).expect("damaged");
        assert_eq!(cache.get(key), None, "{damage:?}: never trusted");
        let (again, ended) = stream(file.path(), &cache);
        ended.expect("loads");
        assert_eq!(assembled(again), whole, "{damage:?}: read from the file");
        assert_eq!(cache.get(key).as_ref(), Some(&whole), "{damage:?}: written again");
    }
}

#[test]
fn an_entry_written_whole_by_the_command_line_is_read_back_batch_by_batch_too() {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let file = file_of(&text);
    let dir = tempfile::tempdir().expect("a folder");
    let cache = Cache::at(dir.path());
    let whole = Dataset::from_yaml_str(&text, "whole").expect("loads whole");
    cache.put(Cache::key_of_file(file.path()).expect("hashed"), &whole);
    let (arrivals, ended) = stream(file.path(), &cache);
    ended.expect("loads");
    match arrivals.first() {
        Some(Arrival::Begun { data, .. }) => assert!(data.districts.len() < DISTRICTS / 4, "opens on a batch"),
        other => panic!("the browser waits for the whole entry: {other:?}"),
    }
    assert_eq!(assembled(arrivals), whole);
}

#[test]
fn an_entry_whose_districts_break_a_rule_is_not_used_and_the_file_is_read() {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let file = file_of(&text);
    let key = Cache::key_of_file(file.path()).expect("hashed");
    let whole = Dataset::from_yaml_str(&text, "whole").expect("loads whole");
    // Entries such as a forger, not the program, could write: whole and summed, but not valid.
    let mut unknown_theme = whole.clone();
    unknown_theme.districts[DISTRICTS - 1].highlights[0].themes[0] = "no-such-theme".into();
    let mut repeated = whole.clone();
    repeated.districts[DISTRICTS - 1].id = repeated.districts[0].id.clone();
    let mut unquoted = whole.clone();
    let figure = unquoted.districts.iter_mut().flat_map(|d| &mut d.highlights).find_map(|h| h.figures.first_mut());
    figure.expect("a figure").value = "987654321".into();
    for (broken, what) in [(unknown_theme, "an unknown theme"), (repeated, "a repeated id"), (unquoted, "a figure")] {
        let dir = tempfile::tempdir().expect("a folder");
        let cache = Cache::at(dir.path());
        cache.put(key, &broken);
        let (arrivals, ended) = stream(file.path(), &cache);
        ended.expect("loads");
        // Compared without `assert_eq`, whose message would print both datasets whole.
        assert!(assembled(arrivals) == whole, "{what}: the file is read, not the entry");
        assert!(cache.get(key).as_ref() == Some(&whole), "{what}: and the entry written again");
    }
}

/// The dataset the arrivals make, as the browser takes them in.
fn assembled(arrivals: Vec<Arrival>) -> Dataset {
    let mut data: Option<Dataset> = None;
    for arrival in arrivals {
        match arrival {
            Arrival::Begun { data: head, .. } | Arrival::Whole(head) => data = Some(*head),
            Arrival::More { districts, .. } => data.as_mut().expect("begun first").districts.extend(districts),
            Arrival::Rereading => {}
        }
    }
    data.expect("something arrived")
}

#[derive(Debug, Clone, Copy)]
enum Damage {
    Truncated,
    Flipped,
    Empty,
}

#[test]
fn an_edition_that_joins_keeps_the_reader_on_the_same_district_and_filter() {
    let first = Dataset::embedded().expect("the built-in dataset");
    let mut b = Browser::new(App::new(first.clone(), Lang::En, 120, 40));
    filter(&mut b, "ljfl");
    update(&mut b, Action::Accept);
    press(&mut b, "jj");
    let selected = b.app.selected().map(|d| b.app.data.districts[d].id.clone());
    assert!(selected.is_some());
    let rows = b.app.rows.len();
    update(&mut b, Action::Enter);
    update(&mut b, Action::PageDown);
    let scroll = b.app.detail_scroll;
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/editions/2021.yaml");
    let later = Dataset::from_path(&fixture).expect("the 2021 fixture");
    let (joined, _) = Dataset::together(vec![("built-in".into(), first), ("2021".into(), later)]).expect("joined");
    receive(&mut b, Load::More(Arrival::Whole(Box::new(joined))));
    assert!(b.app.data.several());
    assert_eq!(b.app.selected().map(|d| b.app.data.districts[d].id.clone()), selected);
    let read = b.app.selected().map(|d| b.app.data.districts[d].year);
    assert_eq!(read, Some(Some(2020)), "the edition read stays the one read, not the one that joined");
    assert!(scroll > 0 && b.app.detail_scroll == scroll, "and the reader's place in it");
    assert!(b.app.filtering() && b.app.rows.len() >= rows, "the filter stays, over both editions");
}

/// The browser opened on the first batch of a generated file, and the arrivals still to come.
fn opened_on_first_batch() -> (Browser, Vec<Arrival>) {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let (arrivals, ended) = stream(file_of(&text).path(), &Cache::default());
    ended.expect("loads");
    let mut arrivals = arrivals.into_iter();
    let Some(Arrival::Begun { data, expected }) = arrivals.next() else { panic!("the first districts come first") };
    let mut app = App::new(*data, Lang::En, 120, 40);
    app.arriving(expected);
    (Browser::new(app), arrivals.collect())
}

#[test]
fn an_error_that_stops_the_load_does_not_take_the_keyboard_from_a_prompt() {
    let (mut b, _) = opened_on_first_batch();
    press(&mut b, "f");
    assert!(b.app.typing.is_some());
    receive(&mut b, Load::Stopped("mine.yaml:9:3: broken".into(), 1));
    assert!(b.pages.is_empty(), "the messages page waits: the reader is typing");
    assert!(b.app.typing.is_some() && b.app.notice.is_some(), "the status line says it");
    assert!(b.app.log.iter().any(|m| m.contains("mine.yaml:9:3")), "the messages page (L) holds it whole");
    assert_eq!(b.app.loading.as_ref().and_then(|l| l.failed.clone()), Some(("mine.yaml:9:3: broken".into(), 1)));
    // Not typing, the page opens over what loaded.
    let (mut b, _) = opened_on_first_batch();
    receive(&mut b, Load::Stopped("mine.yaml:9:3: broken".into(), 1));
    assert_eq!(b.pages.len(), 1);
}

#[test]
fn a_search_waiting_for_its_first_match_does_not_pull_away_a_reader_who_moved_on() {
    let (first, arrivals) = opened_on_first_batch();
    let Some(Arrival::More { districts, .. }) = arrivals.last() else { panic!("more to come") };
    // A text of the last district's that the first batch does not hold.
    let keyword = districts.last().expect("a district").highlights[0].text.to_string();
    for moved in [false, true] {
        let mut b = Browser::new(App::new(first.app.data.clone(), Lang::En, 120, 40));
        b.app.arriving(DISTRICTS);
        b.app.open_search(&keyword);
        assert!(b.app.search.matches.is_empty(), "not there yet");
        if moved {
            press(&mut b, "jj");
        }
        let stayed = b.app.selected();
        for arrival in arrivals.clone() {
            receive(&mut b, Load::More(arrival));
        }
        assert!(!b.app.search.matches.is_empty(), "found once it arrived");
        let last = b.app.data.districts.len() - 1;
        if moved {
            assert_eq!(b.app.selected(), stayed, "the reader who moved stays");
        } else {
            assert_eq!(b.app.selected(), Some(last), "the reader who waited is taken to it");
        }
    }
}

#[test]
fn with_several_files_the_first_arrives_batch_by_batch_and_the_others_join() {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    let file = file_of(&text);
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/editions/2021.yaml");
    let paths = [file.path().to_path_buf(), fixture];
    let none = Cache::default();
    let mut arrivals = Vec::new();
    let conflicts = liangdian::dataset::shelf::stream(&paths, &Progress::default(), &none, &mut |a| arrivals.push(a))
        .expect("loads");
    assert!(matches!(arrivals.first(), Some(Arrival::Begun { .. })), "the first file in batches");
    assert!(arrivals.iter().filter(|a| matches!(a, Arrival::More { .. })).count() > 3);
    let (whole, whole_conflicts) = liangdian::dataset::shelf::load(&paths, &Progress::default(), &none).expect("loads");
    assert_eq!(conflicts, whole_conflicts);
    assert!(matches!(arrivals.last(), Some(Arrival::Whole(data)) if **data == whole), "then both, as a whole load");
}

#[test]
fn a_search_from_a_district_on_finds_what_a_whole_search_finds_there() {
    let data = Dataset::from_yaml_str(&liangdian::synthetic::yaml(300), "whole").expect("loads");
    let index = liangdian::search::SearchIndex::new(&data);
    for keyword in ["垃圾分类", "共", "Special inquiry", "lajifenlei", "代表 建议", "waste sorting", "zzz"] {
        for from in [0, 1, 64, 299, 300, 1_000] {
            let whole = index.texts.search(keyword, |d| d >= from);
            assert_eq!(index.texts.search_from(keyword, from), whole, "{keyword} from {from}");
        }
    }
}
