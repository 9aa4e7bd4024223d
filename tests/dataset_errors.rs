//! Each rule of the dataset, broken in a small file, gives a message that says what, where and what to do.

use std::io::Write;

use liangdian::dataset::{Dataset, LoadError};

const GOOD: &str = r#"source: {title: T, publication: P, issue: I, year: 2020}
themes:
  - {id: waste-sorting, name: 垃圾分类, en: Waste sorting}
  - {id: planning, name: 规划, en: Planning}
districts:
  - id: dongcheng
    name: 东城
    pinyin: Dongcheng
    lead: 人大常委会充分发挥人大制度优势。
    highlights:
      - title: 推动控规实施
        text: 共复查整改85个小区。
        themes: [planning]
        figures: [{value: "85", unit: 个, what: 小区}]
  - id: xicheng
    name: 西城
    pinyin: Xicheng
    highlights:
      - title: 垃圾分类
        text: 对两个条例开展了执法检查。
        themes: [waste-sorting]
"#;

fn load(yaml: &str) -> Result<Dataset, LoadError> {
    Dataset::from_yaml_str(yaml, "test.yaml")
}

fn message(yaml: &str) -> String {
    load(yaml).expect_err("the broken file is refused").to_string()
}

#[test]
fn a_small_good_file_loads() {
    let d = load(GOOD).expect("loads");
    assert_eq!(d.districts.len(), 2);
    assert_eq!(d.districts[0].highlights[0].figures[0].number(), Some(85.0));
}

#[test]
fn a_duplicate_district_id_names_the_line_and_both_districts() {
    let m = message(&GOOD.replace("id: xicheng", "id: dongcheng"));
    assert!(m.contains("test.yaml:15:9: district 'dongcheng'"), "{m}");
    assert!(m.contains("repeats the id of district 1 (东城)"), "{m}");
    assert!(m.contains("give each district its own id"), "{m}");
}

#[test]
fn a_duplicate_theme_id_is_reported() {
    let m = message(&GOOD.replace("id: planning", "id: waste-sorting"));
    assert!(m.contains("test.yaml:4:10: theme 'waste-sorting'"), "{m}");
    assert!(m.contains("repeats the id of theme 1"), "{m}");
}

#[test]
fn an_unknown_theme_suggests_the_nearest_id() {
    let m = message(&GOOD.replace("themes: [planning]", "themes: [planing]"));
    assert!(m.contains("test.yaml:13:18: district 'dongcheng', highlight 1"), "{m}");
    assert!(m.contains("unknown theme 'planing'") && m.contains("did you mean 'planning'?"), "{m}");
}

#[test]
fn a_highlight_without_a_title_is_reported() {
    let m = message(&GOOD.replace("title: 垃圾分类", "title: \"\""));
    assert!(m.contains("test.yaml:19:16: district 'xicheng', highlight 1"), "{m}");
    assert!(m.contains("has no title"), "{m}");
}

#[test]
fn empty_names_and_texts_are_reported() {
    let m =
        message(&GOOD.replace("name: 东城", "name: \" \"").replace("text: 对两个条例开展了执法检查。", "text: \"\""));
    assert!(m.contains("test.yaml:7:11: district 'dongcheng' (districts[0].name): has an empty name"), "{m}");
    assert!(m.contains("has an empty text"), "{m}");
}

#[test]
fn every_problem_is_listed_at_once_in_file_order() {
    let broken = GOOD.replace("id: xicheng", "id: dongcheng").replace("themes: [planning]", "themes: [nope]");
    let err = load(&broken).expect_err("refused");
    let lines: Vec<_> = err.problems().iter().map(|p| p.position.map(|p| p.0)).collect();
    assert_eq!(lines, vec![Some(13), Some(15)]);
    assert!(err.to_string().starts_with("test.yaml is not a valid dataset (2 problems):"));
    assert_eq!(err.exit_code(), 1);
}

#[test]
fn ids_must_be_kebab_case() {
    let m = message(&GOOD.replace("id: planning", "id: Urban_Planning").replace("[planning]", "[Urban_Planning]"));
    assert!(m.contains("has an id 'Urban_Planning' that is not kebab-case"), "{m}");
}

#[test]
fn a_figure_must_quote_its_text() {
    let m = message(&GOOD.replace("value: \"85\"", "value: \"86\""));
    assert!(m.contains("a figure '86个' that its text does not contain"), "{m}");
    let m = message(&GOOD.replace("value: \"85\"", "value: about"));
    assert!(m.contains("whose value 'about' is not a number"), "{m}");
    // A qualifier before the number is quoted with it: the text must have it there.
    let m = message(&GOOD.replace("{value: \"85\"", "{qualifier: 近, value: \"85\""));
    assert!(m.contains("a figure '近85个' that its text does not contain"), "{m}");
    let nearly = GOOD.replace("整改85个", "整改近85个").replace("{value: \"85\"", "{qualifier: 近, value: \"85\"");
    let data = load(&nearly).expect("a qualifier the text has loads");
    let f = &data.districts[0].highlights[0].figures[0];
    assert_eq!((f.quoted(), f.number()), ("近85个".to_string(), Some(85.0)), "the number is the value alone");
}

#[test]
fn a_missing_field_gives_line_and_column_from_the_parser() {
    let err = load(&GOOD.replace("    pinyin: Xicheng\n", "")).expect_err("refused");
    let m = err.to_string();
    assert!(m.starts_with("test.yaml:15:5: districts[1]: missing field `pinyin`"), "{m}");
    assert!(m.contains("hint: add the missing key"), "{m}");
}

#[test]
fn a_misspelt_key_is_refused_rather_than_ignored() {
    let m = message(&GOOD.replace("themes: [waste-sorting]", "theme: [waste-sorting]"));
    assert!(m.contains("unknown field `theme`"), "{m}");
    assert!(m.contains("test.yaml:21:9"), "{m}");
}

#[test]
fn a_syntax_error_names_its_position() {
    let m = message("source: {title: T\ndistricts: [");
    assert!(m.starts_with("test.yaml:"), "{m}");
    assert!(m.contains("hint:"), "{m}");
}

#[test]
fn an_empty_file_says_what_a_dataset_needs() {
    let m = message("  \n");
    assert!(m.contains("test.yaml is empty") && m.contains("`districts:`"), "{m}");
}

#[test]
fn no_districts_is_an_error() {
    let m = message("source: {title: T, publication: P, issue: I, year: 2020}\ndistricts: []\n");
    assert!(m.contains("has no districts"), "{m}");
}

#[test]
fn a_missing_file_and_a_directory_are_file_errors() {
    let err = Dataset::from_path("no/such/file.yaml".as_ref()).expect_err("refused");
    assert_eq!(err.exit_code(), 2);
    assert!(err.to_string().starts_with("cannot read no/such/file.yaml:"), "{err}");
    let dir = tempfile::tempdir().expect("temp dir");
    let err = Dataset::from_path(dir.path()).expect_err("refused");
    assert!(err.to_string().contains("it is a directory"), "{err}");
    assert_eq!(err.exit_code(), 2);
}

#[test]
fn a_file_that_is_not_utf8_names_the_line_and_column() {
    let mut f = tempfile::NamedTempFile::new().expect("temp file");
    f.write_all(b"source: {title: T}\ndistricts:\n  - id: \xff\n").expect("write");
    let err = Dataset::from_path(f.path()).expect_err("refused");
    let m = err.to_string();
    assert!(m.contains(":3:9: not UTF-8 text (byte 0xff)"), "{m}");
}

#[test]
fn a_file_from_disk_loads_like_the_embedded_one() {
    let from_disk = Dataset::from_path("assets/districts.yaml".as_ref()).expect("loads");
    assert_eq!(from_disk, Dataset::embedded().expect("loads"));
}

#[test]
fn one_district_or_many_load() {
    let mut yaml = String::from("source: {title: T, publication: P, issue: I, year: 2031}\ndistricts:\n");
    for i in 0..2000 {
        yaml.push_str(&format!("  - {{id: d{i}, name: 区{i}, pinyin: Qu{i}, lead: 第{i}区。}}\n"));
    }
    assert_eq!(load(&yaml).expect("loads").districts.len(), 2000);
}

#[test]
fn the_parsers_position_is_said_once_in_front_and_not_again_inside() {
    let e = load("source:\n  title: \"unclosed\n  publication: p\n").expect_err("an unclosed quote");
    let text = e.to_string();
    assert!(!text.contains(" at line "), "{text}");
    assert!(text.starts_with("test.yaml:"), "{text}");
    let zh = e.message(liangdian::lang::Lang::Zh);
    assert!(zh.contains("引号没有闭合") && zh.contains("\n  提示："), "{zh}");
}
