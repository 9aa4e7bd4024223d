//! A large file is parsed in pieces as it is read. Whatever it holds, the result (the dataset, or the
//! error with its line and column) is what parsing the whole text at once gives.

use std::io::Write;

use liangdian::dataset::{Dataset, LoadError, Progress};

/// Districts enough for a file over a megabyte, the size from which files are read in pieces.
const DISTRICTS: usize = 700;

fn big() -> String {
    let text = liangdian::synthetic::yaml(DISTRICTS);
    assert!(text.len() > 1 << 20, "the file must be large enough to be read in pieces");
    text
}

fn file_with(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new().suffix(".yaml").tempfile().expect("temp file");
    file.write_all(bytes).expect("write");
    file
}

#[test]
fn a_large_good_file_loads_exactly_as_its_text_parses() {
    let text = big();
    let file = file_with(text.as_bytes());
    let progress = Progress::default();
    let from_file = Dataset::from_path_with_progress(file.path(), &progress).expect("loads");
    let whole: Dataset = serde_yaml::from_str(&text).expect("parses whole");
    assert_eq!(from_file, whole);
    assert_eq!(progress.districts(), DISTRICTS, "every district was counted as parsed");
    assert_eq!(progress.fraction_read(), Some(1.0));
    assert_eq!(Dataset::from_yaml_str(&text, "x").expect("loads from text"), whole);
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let text = format!("\u{FEFF}{}", big());
    let file = file_with(text.as_bytes());
    assert_eq!(Dataset::from_path(file.path()).expect("loads").districts.len(), DISTRICTS);
}

#[test]
fn a_validation_problem_far_into_a_large_file_has_its_line_and_column() {
    let text = big();
    // The last district takes the id of the first.
    let last = text.rfind("  - id: d").expect("a district item");
    let line = text[..last].lines().count() + 1;
    let broken = format!("{}  - id: d0\n{}", &text[..last], &text[last..].split_once('\n').expect("line").1);
    let file = file_with(broken.as_bytes());
    let m = Dataset::from_path(file.path()).expect_err("refused").to_string();
    assert!(m.contains(&format!(":{line}:9: district 'd0'")), "line {line}: {m}");
    assert!(m.contains("repeats the id of district 1"), "{m}");
}

#[test]
fn a_syntax_error_in_a_middle_piece_is_reported_where_it_is() {
    let text = big();
    let middle = (text.len() / 2..).find(|&i| text.is_char_boundary(i)).expect("a boundary");
    let at = middle + text[middle..].find("\n    name: ").expect("a name");
    let line = text[..at].lines().count() + 1;
    let broken = format!("{}\n    name: [unclosed{}", &text[..at], &text[at + "\n    name: ".len()..]);
    let file = file_with(broken.as_bytes());
    let m = Dataset::from_path(file.path()).expect_err("refused").to_string();
    assert!(m.contains(&format!(":{line}:")), "expected line {line}: {m}");
    let whole = Dataset::from_yaml_str(&broken, "same").expect_err("refused whole").to_string();
    let position = |s: &str| s.split(": ").next().and_then(|p| p.split_once(':')).map(|(_, rest)| rest.to_string());
    assert_eq!(position(&m), position(&whole), "{m}\n{whole}");
}

#[test]
fn bytes_that_are_not_utf8_late_in_a_large_file_are_found() {
    let mut bytes = big().into_bytes();
    let line = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    bytes.extend_from_slice(b"  - id: x\xff\n");
    let file = file_with(&bytes);
    match Dataset::from_path(file.path()) {
        Err(LoadError::NotUtf8 { line: l, column, .. }) => assert_eq!((l, column), (line, 10)),
        other => panic!("expected a UTF-8 error, got {other:?}"),
    }
}

#[test]
fn an_alias_across_pieces_takes_the_whole_road_and_loads() {
    let text = big().replacen("    lead: ", "    lead: &first ", 1);
    let at = text.rfind("    lead: ").expect("a lead");
    let end = at + text[at..].find('\n').expect("line end");
    let text = format!("{}    lead: *first{}", &text[..at], &text[end..]);
    let file = file_with(text.as_bytes());
    let data = Dataset::from_path(file.path()).expect("loads");
    assert_eq!(data.districts.last().map(|d| &d.lead), data.districts.first().map(|d| &d.lead));
}

#[test]
fn a_large_file_with_another_key_after_the_districts_loads_whole() {
    let text = big();
    let start = text.find("\nclosing: ").expect("a closing paragraph") + 1;
    let end = start + text[start..].find('\n').expect("line end") + 1;
    let moved = format!("{}{}{}", &text[..start], &text[end..], &text[start..end]);
    let file = file_with(moved.as_bytes());
    let data = Dataset::from_path(file.path()).expect("loads");
    assert_eq!(data, serde_yaml::from_str::<Dataset>(&text).expect("parses whole"));
}

#[test]
fn a_districts_key_that_yaml_does_not_read_as_one_is_reported_as_when_small() {
    let text = big().replacen("\ndistricts:\n", "\ndistricts:\u{3000}\n", 1);
    let file = file_with(text.as_bytes());
    let m = Dataset::from_path(file.path()).expect_err("refused").to_string();
    let whole = Dataset::from_yaml_str(&text[..text.find("  - id: d1\n").expect("d1")], "x").expect_err("refused");
    assert!(m.contains("could not find expected ':'"), "{m}");
    assert!(whole.to_string().contains("could not find expected ':'"), "{whole}");
}
