//! `liangdian import` as a reader runs it: the real binary, a draft on standard output or in a new file,
//! the report on standard error, and nothing written when the file is not an article of the column.

mod common;

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_liangdian");

fn liangdian(args: &[&str], dir: &Path) -> Output {
    common::liangdian_in(dir, args)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// A folder holding the seed article and the saved page.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy("assets/article.txt", dir.path().join("article.txt")).expect("copied");
    std::fs::copy("tests/fixtures/import/article.html", dir.path().join("page.html")).expect("copied");
    dir
}

#[test]
fn the_draft_goes_to_a_new_file_and_the_report_says_what_was_found_and_measured() {
    let dir = folder();
    let out = liangdian(&["import", "article.txt", "-o", "2020.yaml", "--against", "builtin"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "the draft went to the file");
    let report = text(&out.stderr);
    for line in [
        "read article.txt (text, 21 lines); skipped as the page's own: 1 line",
        "source: 各区人大常委会2020年工作亮点扫描 · 《北京人大》杂志 · 2021年第1期 · 基层人大 · the work of 2020 (from the title)",
        "no published page: give it with --url, or fill in source.url",
        "found: the opening, 16 of 16 districts, the closing",
        "against builtin: 16 of 16 district paragraphs identical, the opening identical, the closing identical",
        "  figures: 38 of 38 found with value and unit; highlight boundaries: 1 of 37 differs",
        "wrote 2020.yaml: check it with `liangdian check 2020.yaml`, read it with `liangdian --data 2020.yaml`",
    ] {
        assert!(report.lines().any(|l| l == line), "no line «{line}» in:\n{report}");
    }
    let themes = report.lines().find(|l| l.starts_with("  suggested themes: ")).expect("the themes' measure");
    let numbers: Vec<f64> = themes.split(['(', ' ', ',']).filter_map(|w| w.parse().ok()).collect();
    assert!(numbers.len() == 2 && numbers.iter().all(|n| *n >= 0.7), "{themes}");
    let check = liangdian(&["check", "2020.yaml"], dir.path());
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    assert!(text(&check.stdout).contains("valid: 16 districts, 52 highlights"), "{}", text(&check.stdout));
    assert!(check.stderr.is_empty(), "no warnings: {}", text(&check.stderr));
    let again = liangdian(&["import", "article.txt", "-o", "2020.yaml"], dir.path());
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("2020.yaml exists, and a draft is never written over a file"));
    let draft = std::fs::read_to_string(dir.path().join("2020.yaml")).expect("still there");
    assert!(draft.starts_with("# A draft made by `liangdian import` from article.txt."), "the first draft is kept");
}

#[test]
fn a_saved_page_and_standard_input_give_a_draft_on_standard_output() {
    let dir = folder();
    let out = liangdian(&["import", "page.html"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let draft = text(&out.stdout);
    assert!(draft.contains("  url: https://www.bjrd.gov.cn/fwhd/bjrdzz/2021n/dyq/jcrd/202101/t20210118_2222482.html"));
    assert!(text(&out.stderr).contains("(the saved page's canonical link)"));
    let piped = Command::new(BIN)
        .args(["import", "-", "--url", "https://example.org/a", "--lang", "zh"])
        .env("LIANGDIAN_NO_CACHE", "1")
        .stdin(std::fs::File::open(dir.path().join("article.txt")).expect("opens"))
        .output()
        .expect("runs");
    assert_eq!(piped.status.code(), Some(0));
    assert!(text(&piped.stdout).contains("url: https://example.org/a"));
    assert!(text(&piped.stdout).starts_with("# 由 `liangdian import` 根据 - 生成的草稿。"));
    assert!(text(&piped.stderr).contains("原文网页：https://example.org/a（据 --url）"));
}

#[test]
fn what_is_not_an_article_is_refused_with_exit_status_2_and_nothing_written() {
    let dir = folder();
    let large = vec![b'a'; 9 * 1024 * 1024];
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", Vec::new(), "empty.txt is empty: there is no article to import"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(), "image.png is not text (it holds NUL bytes)"),
        ("gbk.txt", b"\xb6\xab\xb3\xc7 \xc8\xcb\xb4\xf3".to_vec(), "gbk.txt:1:1: the text is not UTF-8"),
        ("large.txt", large, "large.txt is more than 8388608 bytes, larger than an article's page can be"),
        (
            "districts.yaml",
            std::fs::read("assets/districts.yaml").expect("readable"),
            "districts.yaml is not an article of this column: no paragraph begins with a district's name",
        ),
    ];
    for (name, bytes, said) in cases {
        std::fs::write(dir.path().join(name), bytes).expect("written");
        let out = liangdian(&["import", name, "-o", "draft.yaml"], dir.path());
        assert_eq!(out.status.code(), Some(2), "{name}");
        let stderr = text(&out.stderr);
        assert!(stderr.starts_with(&format!("liangdian: {said}\n  hint: ")), "{name}: {stderr}");
        assert!(out.stdout.is_empty() && !dir.path().join("draft.yaml").exists(), "{name}: nothing written");
    }
    let missing = liangdian(&["import", "gone.txt"], dir.path());
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("cannot read gone.txt"), "{}", text(&missing.stderr));
}

#[test]
fn check_warns_of_unplaced_text_and_of_a_quantity_no_figure_records() {
    let dir = folder();
    let article = std::fs::read_to_string(dir.path().join("article.txt")).expect("readable");
    let extra = article.replacen("\n\n  朝阳", "\n\n  编者按:以下为各区的亮点。\n\n  朝阳", 1);
    std::fs::write(dir.path().join("extra.txt"), extra).expect("written");
    let out = liangdian(&["import", "extra.txt", "-o", "extra.yaml"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stderr)
            .contains("not placed: 1 paragraph, kept under unplaced: (check warns of each until it is moved)")
    );
    let yaml = std::fs::read_to_string(dir.path().join("extra.yaml")).expect("written");
    let yaml = yaml.replacen("    - value: '85'\n      unit: 个\n      what: 小区\n", "", 1);
    std::fs::write(dir.path().join("extra.yaml"), &yaml).expect("rewritten");
    let check = liangdian(&["check", "extra.yaml"], dir.path());
    assert_eq!(check.status.code(), Some(0), "warnings do not make it invalid");
    let warnings: Vec<String> = text(&check.stderr).lines().map(str::to_string).collect();
    let line_of = |needle: &str| yaml.lines().position(|l| l.contains(needle)).expect("in the draft") + 1;
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].starts_with(&format!("extra.yaml:{}:", line_of("unplaced:") + 1)), "{}", warnings[0]);
    assert!(warnings[0].contains("holds text of the article that was not placed, after `xicheng`"));
    assert!(
        warnings[1].contains("its text has the quantity 85个, which none of its figures records"),
        "{}",
        warnings[1]
    );
}
