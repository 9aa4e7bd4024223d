//! The command line for scripts: the real binary, run with its output in a pipe (and, where colour and
//! width depend on it, in a pseudo-terminal). JSON is parsed and checked field by field, never grepped.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use liangdian::text::width;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_liangdian");

/// What one run of the binary left behind.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }

    fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

/// The binary in English (whatever the machine's locale), its output in a pipe.
fn command(args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args).env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "en_US.UTF-8");
    // Each run reads its files afresh: the reader's cache is neither read nor written by the tests.
    cmd.env("LIANGDIAN_NO_CACHE", "1");
    cmd.stdin(Stdio::null());
    cmd
}

fn run_command(mut cmd: Command) -> Run {
    let out = cmd.output().expect("the binary runs");
    Run {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

fn run(args: &[&str]) -> Run {
    run_command(command(args))
}

/// Runs a command that must succeed and returns its parsed JSON.
fn json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let r = run(&all);
    assert_eq!(r.code, 0, "{all:?} failed: {}", r.stderr);
    assert!(r.stderr.is_empty(), "{all:?} wrote to stderr: {}", r.stderr);
    r.json()
}

/// A dataset file in a temporary directory.
fn dataset_file(dir: &tempfile::TempDir, name: &str, yaml: &str) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, yaml).expect("write the temporary dataset");
    path
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

/// Two districts whose initials are both `ca` (长安 Chang'an, 昌安 Chang'an).
const TWO_CHANGAN: &str = "source: {title: T, publication: P, issue: I, year: 2020}
districts:
  - {id: changan-a, name: 长安, pinyin: Chang'an, lead: 甲。}
  - {id: changan-b, name: 昌安, pinyin: Chang'an, lead: 乙。}
";

fn strings<'a>(v: &'a Value, key: &str) -> Vec<&'a str> {
    v.as_array().expect("an array").iter().map(|x| x[key].as_str().expect("a string")).collect()
}

// ---------------------------------------------------------------------------------------------- list

#[test]
fn list_gives_the_sixteen_districts_with_dongcheng_first_and_its_four_highlights() {
    let v = json(&["list"]);
    let districts = v["districts"].as_array().expect("districts");
    assert_eq!(districts.len(), 16);
    let first = &districts[0];
    assert_eq!(first["id"], "dongcheng");
    assert_eq!(first["name"], "东城");
    assert_eq!(first["pinyin"], "Dongcheng");
    assert_eq!(first["en"], "Dongcheng District");
    assert_eq!(first["highlight_count"], 4);
    assert_eq!(first["theme_count"], 9);
    assert_eq!(v["summary"]["districts"], 16);
    assert_eq!(v["summary"]["highlights"], 53);
    assert_eq!(v["source"]["year"], 2020);
    let total: u64 = districts.iter().map(|d| d["highlight_count"].as_u64().expect("a count")).sum();
    assert_eq!(v["summary"]["highlights"], total);
}

#[test]
fn list_as_text_is_a_table_that_fits_80_columns_in_a_pipe() {
    let r = run(&["list"]);
    assert_eq!(r.code, 0);
    let lines = r.lines();
    assert!(lines[0].starts_with("Id") && lines[0].contains("Highlights"), "{}", lines[0]);
    assert!(lines[1].starts_with("dongcheng") && lines[1].contains("东城"), "{}", lines[1]);
    assert!(lines.iter().all(|l| width(l) <= 80), "{}", r.stdout);
    assert_eq!(lines.last(), Some(&"16 districts · 53 highlights · 26 themes · 38 figures"));
}

#[test]
fn list_in_chinese_has_chinese_labels() {
    let r = run(&["list", "--lang", "zh"]);
    assert!(r.lines()[0].contains("名称"), "{}", r.stdout);
    assert!(r.stdout.contains("16 个区"), "{}", r.stdout);
}

#[test]
fn another_dataset_is_listed_with_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dataset_file(&dir, "two.yaml", TWO_CHANGAN);
    let v = json(&["--data", path_str(&file), "list"]);
    assert_eq!(strings(&v["districts"], "id"), ["changan-a", "changan-b"]);
}

// ---------------------------------------------------------------------------------------------- show

#[test]
fn show_hd_gives_haidian_in_full_with_titles_themes_and_figures() {
    let v = json(&["show", "hd"]);
    assert_eq!(v["id"], "haidian");
    assert_eq!(v["name"], "海淀");
    assert!(v["lead"].as_str().is_some_and(|s| !s.is_empty()));
    let highlights = v["highlights"].as_array().expect("highlights");
    assert_eq!(highlights.len(), 3);
    assert_eq!(highlights.iter().map(|h| h["number"].as_u64()).collect::<Vec<_>>(), [Some(1), Some(2), Some(3)]);
    assert_eq!(highlights[0]["title"], "督办垃圾分类议案");
    assert!(strings(&highlights[0]["themes"], "id").contains(&"waste-sorting"));
    let figure = &highlights[0]["figures"][0];
    assert_eq!((figure["value"].as_str(), figure["unit"].as_str()), (Some("829"), Some("名")));
    assert_eq!(figure["number"], 829.0);
    // The district's themes are those of its highlights, each once.
    let mut from_highlights: Vec<&str> = highlights.iter().flat_map(|h| strings(&h["themes"], "id")).collect();
    from_highlights.sort_unstable();
    from_highlights.dedup();
    let mut district: Vec<&str> = strings(&v["themes"], "id");
    district.sort_unstable();
    assert_eq!(district, from_highlights);
}

#[test]
fn a_district_may_be_named_by_chinese_name_pinyin_initials_or_id() {
    for name in ["海淀", "Haidian", "HAIDIAN", "hd", "haidian"] {
        assert_eq!(json(&["show", name])["id"], "haidian", "{name}");
    }
}

#[test]
fn show_as_text_has_the_lead_every_highlight_and_the_figures_within_80_columns() {
    let r = run(&["show", "海淀"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.lines()[0].starts_with("海淀  Haidian"), "{}", r.stdout);
    for needle in [
        "人大常委会持续强化议案督办措施",
        " 1. 督办垃圾分类议案",
        " 3. ",
        "#垃圾分类 (Waste sorting)",
        "Figures 3",
        "829名",
    ] {
        assert!(r.stdout.contains(needle), "missing «{needle}»:\n{}", r.stdout);
    }
    assert!(r.lines().iter().all(|l| width(l) <= 80), "{}", r.stdout);
}

// -------------------------------------------------------------------------------------------- search

#[test]
fn search_finds_the_winter_olympics_in_yanqing_s_title_and_text() {
    let v = json(&["search", "冬奥会"]);
    assert_eq!(v["keyword"], "冬奥会");
    assert_eq!(v["totals"]["matches"], 4);
    assert_eq!(v["totals"]["districts"], 1);
    assert_eq!(v["totals"]["districts_searched"], 16);
    let matches = v["matches"].as_array().expect("matches");
    let parts: Vec<&str> = matches.iter().map(|m| m["part"].as_str().unwrap_or("")).collect();
    assert_eq!(parts, ["title", "highlight", "highlight", "highlight"], "reading order");
    // Offsets are characters of the part (title or text) as `show` gives it.
    let yanqing = json(&["show", "yanqing"]);
    for m in matches {
        assert_eq!(m["district"]["id"], "yanqing");
        assert_eq!(m["match"], "冬奥会");
        let number = m["highlight"]["number"].as_u64().expect("a highlight number") as usize;
        let key = if m["part"] == "title" { "title" } else { "text" };
        let text = yanqing["highlights"][number - 1][key].as_str().expect("text");
        let start = m["start"].as_u64().expect("start") as usize;
        let found: String = text.chars().skip(start).take(3).collect();
        assert_eq!(found, "冬奥会");
        let context = format!("{}{}{}", m["before"].as_str().unwrap_or(""), found, m["after"].as_str().unwrap_or(""));
        assert!(text.contains(&context), "context «{context}» is not in the text");
    }
}

#[test]
fn search_as_text_marks_each_match_and_says_the_totals() {
    let r = run(&["search", "冬奥会"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.lines()[0], "«冬奥会» · 4 matches in 1 of 16 districts");
    assert_eq!(r.stdout.matches("«冬奥会»").count(), 5, "the heading and each match:\n{}", r.stdout);
    assert_eq!(r.stdout.matches("延庆 · 2.").count(), 4, "{}", r.stdout);
    assert_eq!(r.stdout.matches("(title)").count(), 1, "{}", r.stdout);
    assert!(r.lines().iter().all(|l| width(l) <= 80), "{}", r.stdout);
}

#[test]
fn search_ignores_ascii_case_like_the_browser() {
    let dir = tempfile::tempdir().expect("tempdir");
    let yaml = "source: {title: T, publication: P, issue: I, year: 2020}\ndistricts:\n  - {id: a, name: 甲, pinyin: Jia, lead: \"COVID-19 与 covid 防控。\"}\n";
    let file = dataset_file(&dir, "covid.yaml", yaml);
    let v = json(&["--data", path_str(&file), "search", "Covid"]);
    assert_eq!(v["totals"]["matches"], 2);
    assert_eq!(v["matches"][0]["part"], "lead");
    assert_eq!(v["matches"][0]["highlight"], Value::Null);
    assert_eq!(v["matches"][0]["match"], "COVID", "the match as the text writes it");
    assert_eq!(v["matches"][1]["start"], 11);
}

#[test]
fn a_search_with_no_match_exits_1_and_says_so_on_stderr() {
    let r = run(&["search", "火星基地"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(r.stderr.starts_with("liangdian: no match for «火星基地» in 16 districts\n  hint: "), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 2);
    // JSON still gets its document, so a script can parse the empty answer.
    let r = run(&["search", "火星基地", "--format", "json"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.json()["totals"]["matches"], 0);
    assert_eq!(r.json()["matches"], Value::Array(Vec::new()));
}

#[test]
fn a_keyword_with_an_escape_code_is_echoed_harmlessly() {
    let r = run(&["search", "\x1b[2Jx"]);
    assert_eq!(r.code, 1);
    assert!(!r.stderr.contains('\x1b'), "{:?}", r.stderr);
    assert!(r.stderr.contains("«␛[2Jx»"), "{}", r.stderr);
}

// ------------------------------------------------------------------------------------------- compare

#[test]
fn compare_splits_the_themes_into_shared_and_one_sided_and_gives_both_texts() {
    let v = json(&["compare", "dc", "xc"]);
    assert_eq!(v["left"]["id"], "dongcheng");
    assert_eq!(v["right"]["id"], "xicheng");
    assert_eq!(v["left"]["highlights"].as_array().map(Vec::len), Some(4));
    let ids = |key: &str| strings(&v["themes"][key], "id");
    let (shared, left, right) = (ids("shared"), ids("left_only"), ids("right_only"));
    assert!(shared.contains(&"waste-sorting"), "{shared:?}");
    assert!(left.contains(&"planning") && !right.contains(&"planning"));
    let mut all_left: Vec<&str> = shared.iter().chain(&left).copied().collect();
    let mut carried = strings(&v["left"]["themes"], "id");
    all_left.sort_unstable();
    carried.sort_unstable();
    assert_eq!(all_left, carried, "shared + left only = the left district's themes");
    assert!(right.iter().all(|t| !shared.contains(t) && !left.contains(t)));
}

#[test]
fn compare_in_a_pipe_puts_one_district_after_the_other_with_shared_and_own_tags() {
    let r = run(&["compare", "东城", "xicheng"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = r.lines();
    assert_eq!(lines[0], "Dongcheng 东城 ⇄ Xicheng 西城");
    assert!(lines[1].starts_with("Both (6): ⇄#垃圾分类 (Waste sorting)"), "{}", lines[1]);
    assert!(r.stdout.contains("Only Dongcheng 东城 (3): #规划 (Planning)"), "{}", r.stdout);
    assert!(!r.stdout.contains(" │ "), "80 columns are too narrow for two columns");
    let dc = lines.iter().position(|l| l.starts_with("东城  Dongcheng")).expect("东城's text");
    let xc = lines.iter().position(|l| l.starts_with("西城  Xicheng")).expect("西城's text");
    assert!(dc < xc);
    assert!(lines.iter().all(|l| width(l) <= 80), "{}", r.stdout);
}

// -------------------------------------------------------------------------------------------- themes

#[test]
fn themes_ljfl_ranks_waste_sorting_first_with_its_eight_districts() {
    let v = json(&["themes", "ljfl"]);
    assert_eq!(v["query"], "ljfl");
    let first = &v["themes"][0];
    assert_eq!(first["rank"], 1);
    assert_eq!(first["id"], "waste-sorting");
    assert_eq!(first["name"], "垃圾分类");
    assert_eq!(first["district_count"], 8);
    assert_eq!(first["districts"].as_array().map(Vec::len), Some(8));
    assert_eq!(first["districts"][0]["id"], "dongcheng");
}

#[test]
fn themes_without_a_query_lists_every_theme_in_dataset_order() {
    let v = json(&["themes"]);
    assert_eq!(v["query"], Value::Null);
    let themes = v["themes"].as_array().expect("themes");
    assert_eq!(themes.len(), 26);
    assert_eq!(themes[0]["id"], "epidemic-control");
    assert!(themes.iter().enumerate().all(|(i, t)| t["rank"] == i + 1));
}

#[test]
fn themes_as_text_keep_district_names_whole_when_they_wrap() {
    let r = run(&["themes"]);
    assert_eq!(r.code, 0);
    assert!(r.lines()[0].contains("Theme") && r.lines()[0].contains("Districts"), "{}", r.stdout);
    assert!(r.lines().iter().all(|l| width(l) <= 80), "{}", r.stdout);
    // 石景山 is never cut into 石景 / 山.
    assert!(r.lines().iter().all(|l| !l.ends_with("石景") && !l.trim_start().starts_with("山 ")), "{}", r.stdout);
}

#[test]
fn themes_matching_nothing_exit_1() {
    let r = run(&["themes", "qqqqqq"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.starts_with("liangdian: no theme matches «qqqqqq»"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

// ------------------------------------------------------------------------------------------- figures

#[test]
fn figures_largest_first_count_wan_and_yi_and_begin_with_pinggu_s_peach_output() {
    let v = json(&["figures", "--sort", "largest"]);
    assert_eq!(v["sort"], "largest");
    assert_eq!(v["district"], Value::Null);
    let figures = v["figures"].as_array().expect("figures");
    assert_eq!(figures.len(), 38);
    assert_eq!((&figures[0]["value"], &figures[0]["unit"]), (&Value::from("12.76"), &Value::from("亿元")));
    assert_eq!(figures[0]["number"], 12.76);
    assert_eq!(figures[0]["magnitude"], 1_276_000_000.0);
    assert_eq!(figures[0]["district"]["id"], "pinggu");
    assert_eq!(figures[2]["value"], "5422");
    assert!(figures[0]["highlight"]["number"].as_u64().is_some());
    let sizes: Vec<f64> = figures.iter().map(|f| f["magnitude"].as_f64().expect("a number")).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
    let r = run(&["figures", "--sort", "largest"]);
    assert!(r.lines()[0].starts_with("Figures 38 · largest first"), "{}", r.stdout);
    let at = |s: &str| r.lines().iter().position(|l| l.contains(s)).unwrap_or(usize::MAX);
    assert!(at("12.76亿元") == 3 && at("3.7亿斤") < at("5422人次"), "{}", r.stdout);
}

#[test]
fn figures_of_one_district_are_only_its_own() {
    let v = json(&["figures", "昌平"]);
    assert_eq!(v["district"]["id"], "changping");
    let figures = v["figures"].as_array().expect("figures");
    assert_eq!(figures.len(), 10);
    assert!(figures.iter().all(|f| f["district"]["id"] == "changping"));
}

#[test]
fn figures_of_a_district_that_quotes_none_exit_1_with_an_empty_table() {
    let r = run(&["figures", "sjs", "--format", "json"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.json()["figures"], Value::Array(Vec::new()));
    assert!(r.stderr.contains("石景山's highlights quote no figures"), "{}", r.stderr);
}

// --------------------------------------------------------------------------------------------- check

#[test]
fn check_accepts_the_shipped_dataset_with_a_one_line_summary() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/districts.yaml");
    let r = run(&["check", file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, format!("{file}: valid: 16 districts, 53 highlights, 26 themes, 38 figures\n"));
    let v = json(&["check", file]);
    assert_eq!(v["valid"], true);
    assert_eq!(v["summary"]["figures"], 38);
    assert_eq!(v["problems"], Value::Array(Vec::new()));
    assert_eq!(v["warnings"], Value::Array(Vec::new()), "the shipped English is whole and keeps every number");
    assert!(r.stderr.is_empty(), "no warning: {}", r.stderr);
}

#[test]
fn check_warns_where_english_is_missing_or_a_number_is_lost_and_still_passes() {
    let yaml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/districts.yaml"))
        .expect("the shipped dataset");
    // One English text drops the 85 of its Chinese; another is gone altogether.
    let with_85 = yaml.lines().find(|l| l.contains("text_en:") && l.contains(" 85 ")).expect("an English text with 85");
    let lost = with_85.replace(" 85 ", " many ");
    let gone = yaml.lines().filter(|l| l.trim_start().starts_with("text_en:")).nth(5).expect("a sixth English text");
    let yaml = yaml.replacen(with_85, &lost, 1).replacen(&format!("{gone}\n"), "", 1);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("half.yaml");
    std::fs::write(&file, &yaml).expect("write");
    let r = run(&["check", file.to_str().expect("utf-8 path")]);
    assert_eq!(r.code, 0, "warnings do not fail a check: {}", r.stderr);
    let warnings: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(warnings.len(), 2, "{}", r.stderr);
    let number_line = yaml.lines().position(|l| l == lost).expect("the line") + 1;
    assert!(
        warnings.iter().any(|w| w.contains(&format!("half.yaml:{number_line}:"))
            && w.contains(": warning: ")
            && w.contains("does not hold the number 85")),
        "{warnings:?}"
    );
    assert!(warnings.iter().any(|w| w.contains("has no English (`text_en`)")), "{warnings:?}");
    let v = json(&["check", file.to_str().expect("utf-8 path")]);
    assert_eq!(v["warnings"].as_array().map(Vec::len), Some(2), "{v}");
}

/// The shipped dataset with an unknown theme and a repeated district id.
fn broken_dataset() -> (tempfile::TempDir, PathBuf, [usize; 2]) {
    let yaml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/districts.yaml"))
        .expect("the shipped dataset")
        .replacen("themes: [\"planning\", \"deputies\"]", "themes: [\"planing\", \"deputies\"]", 1)
        .replacen("id: \"xicheng\"", "id: \"dongcheng\"", 1);
    let line_of = |needle: &str| yaml.lines().position(|l| l.contains(needle)).expect("the broken line") + 1;
    let lines = [
        line_of("\"planing\""),
        yaml.lines().enumerate().filter(|(_, l)| l.contains("id: \"dongcheng\"")).nth(1).expect("the repeat").0 + 1,
    ];
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dataset_file(&dir, "broken.yaml", &yaml);
    (dir, path, lines)
}

#[test]
fn check_lists_every_problem_of_an_invalid_dataset_with_line_and_column_and_exits_1() {
    let (_dir, file, [theme_line, id_line]) = broken_dataset();
    let r = run(&["check", path_str(&file)]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(r.stderr.contains("is not a valid dataset (2 problems)"), "{}", r.stderr);
    assert!(r.stderr.contains(&format!("broken.yaml:{theme_line}:")), "{}", r.stderr);
    assert!(r.stderr.contains(&format!("broken.yaml:{id_line}:")), "{}", r.stderr);
    assert!(r.stderr.contains("did you mean 'planning'?"), "{}", r.stderr);

    let r = run(&["check", path_str(&file), "--format", "json"]);
    assert_eq!(r.code, 1);
    let v = r.json();
    assert_eq!(v["valid"], false);
    assert_eq!(v["summary"], Value::Null);
    let problems = v["problems"].as_array().expect("problems");
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0]["line"], theme_line);
    assert!(problems[0]["column"].as_u64().is_some_and(|c| c > 1));
    assert_eq!(problems[0]["path"], "districts[0].highlights[0].themes[0]");
    assert_eq!(problems[0]["subject"], "district 'dongcheng', highlight 1");
    assert!(problems.iter().all(|p| p["hint"].as_str().is_some_and(|h| !h.is_empty())));
    assert_eq!(problems[1]["line"], id_line);
}

#[test]
fn check_reports_a_yaml_syntax_error_at_its_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file =
        dataset_file(&dir, "bad.yaml", "source: {title: T, publication: P, issue: I, year: 2020}\ndistricts: [\n");
    let r = run(&["check", path_str(&file)]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("bad.yaml:3:"), "{}", r.stderr);
    let r = run(&["check", path_str(&file), "--format", "json"]);
    assert_eq!(r.json()["problems"][0]["line"], 3);
}

#[test]
fn a_missing_file_exits_2_whether_checked_or_read_with_data() {
    for args in [vec!["check", "/no/such/liangdian.yaml"], vec!["--data", "/no/such/liangdian.yaml", "list"]] {
        let r = run(&args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        assert!(r.stderr.starts_with("liangdian: cannot read /no/such/liangdian.yaml"), "{}", r.stderr);
        assert!(r.stderr.contains("\n  hint: "), "{}", r.stderr);
    }
}

#[test]
fn an_invalid_dataset_given_with_data_exits_1() {
    let (_dir, file, _) = broken_dataset();
    let r = run(&["--data", path_str(&file), "show", "dc"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("is not a valid dataset"), "{}", r.stderr);
}

// -------------------------------------------------------------------------------------------- naming

#[test]
fn an_unknown_district_exits_2_and_suggests_the_nearest_name() {
    for args in [vec!["show", "haidain"], vec!["compare", "dc", "haidain"], vec!["figures", "haidain"]] {
        let r = run(&args);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stdout.is_empty());
        assert!(r.stderr.starts_with("liangdian: no district is called 'haidain'"), "{}", r.stderr);
        assert!(r.stderr.contains("海淀 (haidian)"), "{}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 2, "{}", r.stderr);
    }
}

#[test]
fn an_ambiguous_name_exits_2_and_lists_the_candidates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dataset_file(&dir, "two.yaml", TWO_CHANGAN);
    let r = run(&["--data", path_str(&file), "show", "ca"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("'ca' names several districts: 长安 (changan-a), 昌安 (changan-b)"), "{}", r.stderr);
    // The shipped dataset has such a pair too: 丰台 Fengtai and 房山 Fangshan are both `fs`.
    let r = run(&["show", "fs"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("丰台 (fengtai), 房山 (fangshan)"), "{}", r.stderr);
}

// ------------------------------------------------------------------------------------------- formats

/// Every subcommand with arguments that find something.
const EVERY_SUBCOMMAND: [&[&str]; 7] = [
    &["list"],
    &["show", "dc"],
    &["search", "垃圾分类"],
    &["compare", "dc", "xc"],
    &["themes", "laji"],
    &["figures"],
    &["check", concat!(env!("CARGO_MANIFEST_DIR"), "/assets/districts.yaml")],
];

#[test]
fn every_subcommand_prints_one_json_document() {
    for args in EVERY_SUBCOMMAND {
        let v = json(args);
        assert!(v.is_object(), "{args:?}");
    }
}

#[test]
fn json_writes_chinese_as_itself() {
    let r = run(&["list", "--format", "json"]);
    assert!(r.stdout.contains("\"name\": \"东城\""), "{}", r.stdout);
    assert!(!r.stdout.contains("\\u"));
}

#[test]
fn every_subcommand_in_markdown_starts_with_a_heading() {
    for args in EVERY_SUBCOMMAND {
        let mut all = args.to_vec();
        all.extend(["--format", "markdown"]);
        let r = run(&all);
        assert_eq!(r.code, 0, "{all:?}: {}", r.stderr);
        assert!(r.stdout.starts_with("# "), "{all:?}:\n{}", r.stdout);
    }
    let r = run(&["list", "--format", "md"]);
    assert!(r.stdout.contains("| dongcheng | 东城 | Dongcheng | Dongcheng District | 4 | 9 |"), "{}", r.stdout);
}

#[test]
fn output_in_a_pipe_has_no_escape_codes_and_fits_80_columns() {
    for args in EVERY_SUBCOMMAND {
        let r = run(args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(!r.stdout.contains('\x1b'), "{args:?} wrote an escape code into a pipe");
        if args[0] == "check" {
            continue; // one line with the file's name, however long
        }
        let widest = r.lines().iter().map(|l| width(l)).max().unwrap_or(0);
        assert!(widest <= 80, "{args:?}: a line is {widest} columns wide");
    }
}

#[test]
fn a_reader_that_stops_early_does_not_make_it_fail() {
    for args in [&["compare", "dc", "xc", "--format", "json"][..], &["completions", "bash"], &["themes"]] {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader); // closed before anything is written: every write fails with a broken pipe
        let mut cmd = command(args);
        cmd.stdout(writer).stderr(Stdio::piped());
        let out = cmd.output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

// --------------------------------------------------------------------------- the browser, help, version

#[test]
fn liangdian_alone_in_a_pipe_exits_2_and_suggests_a_subcommand() {
    let r = run(&[]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("standard output is not a terminal"), "{}", r.stderr);
    assert!(r.stderr.contains("liangdian list"), "{}", r.stderr);
}

#[test]
fn browser_flags_beside_a_subcommand_are_a_usage_error() {
    let r = run(&["--search", "冬奥会", "list"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("cannot be used with a subcommand"), "{}", r.stderr);
}

#[test]
fn a_bad_option_value_is_a_usage_error() {
    let r = run(&["list", "--format", "xml"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("xml"), "{}", r.stderr);
    assert_eq!(run(&["lst"]).code, 2);
}

#[test]
fn version_names_the_program_and_its_version() {
    let r = run(&["--version"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, format!("liangdian {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn help_of_every_subcommand_has_examples() {
    for sub in ["list", "show", "search", "compare", "themes", "figures", "check", "completions"] {
        let r = run(&[sub, "--help"]);
        assert_eq!(r.code, 0, "{sub}");
        assert!(r.stdout.contains("Examples:"), "{sub} --help:\n{}", r.stdout);
        assert!(r.stdout.contains(&format!("liangdian {sub}")), "{sub} --help:\n{}", r.stdout);
    }
    let r = run(&["--help"]);
    assert!(r.stdout.contains("Exit status: 0 success, 1 nothing found"), "{}", r.stdout);
}

#[test]
fn completions_are_printed_for_bash_zsh_and_fish() {
    for shell in ["bash", "zsh", "fish"] {
        let r = run(&["completions", shell]);
        assert_eq!(r.code, 0, "{shell}: {}", r.stderr);
        assert!(r.stdout.contains("liangdian") && r.stdout.contains("compare"), "{shell}");
    }
}

// ------------------------------------------------------------------------------------ on a terminal

/// Runs the binary on a pseudo-terminal `cols` wide and returns everything it wrote (with `\r\n` as `\n`).
fn on_terminal(args: &[&str], cols: u16, no_color: bool) -> String {
    let pair = native_pty_system()
        .openpty(PtySize { rows: 40, cols, pixel_width: 0, pixel_height: 0 })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.args(args);
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env("LIANGDIAN_NO_CACHE", "1");
    cmd.env_remove("LC_ALL");
    cmd.env_remove("LC_MESSAGES");
    if no_color {
        cmd.env("NO_COLOR", "1");
    } else {
        cmd.env_remove("NO_COLOR");
    }
    let mut child = pair.slave.spawn_command(cmd).expect("spawn on the terminal");
    drop(pair.slave); // so the terminal closes when the program ends
    let mut reader = pair.master.try_clone_reader().expect("read the terminal");
    let mut out = Vec::new();
    // Reading stops at end of file or, on Linux, with EIO once the program's side has closed.
    let mut buf = [0u8; 4096];
    while let Ok(n @ 1..) = reader.read(&mut buf) {
        out.extend_from_slice(&buf[..n]);
    }
    let status = child.wait().expect("the program ends");
    assert!(status.success(), "{args:?} failed on a terminal: {}", String::from_utf8_lossy(&out));
    String::from_utf8_lossy(&out).replace("\r\n", "\n")
}

/// The text without SGR sequences.
fn strip_sgr(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("\x1b[") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 2..];
        rest = tail.find('m').map_or("", |j| &tail[j + 1..]);
    }
    out.push_str(rest);
    out
}

#[test]
fn on_a_wide_terminal_compare_puts_the_districts_side_by_side_in_colour() {
    let raw = on_terminal(&["compare", "dc", "xc"], 120, false);
    // Shared tags are coloured, and in italics as all that the dataset adds.
    assert!(raw.contains("\x1b[1;3;32m⇄#垃圾分类 (Waste sorting)\x1b[0m"), "shared tags are coloured:\n{raw}");
    let text = strip_sgr(&raw);
    let heads = text.lines().find(|l| l.starts_with("东城  Dongcheng")).expect("the two headings");
    assert!(heads.contains(" │ 西城  Xicheng"), "{heads}");
    let widest = text.lines().map(width).max().unwrap_or(0);
    assert!(widest <= 120 && widest > 100, "the columns use the terminal's width: {widest}");
}

#[test]
fn no_color_on_a_terminal_means_no_escape_codes_and_matches_still_marked() {
    let text = on_terminal(&["search", "冬奥会"], 100, true);
    assert!(!text.contains('\x1b'), "{text:?}");
    assert!(text.contains("«冬奥会»"), "{text}");
    let coloured = on_terminal(&["search", "冬奥会"], 100, false);
    assert!(coloured.contains('\x1b'), "colour on a terminal without NO_COLOR");
}

#[test]
fn an_empty_search_keyword_is_a_usage_error() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_liangdian"))
        .args(["search", ""])
        .env("LIANGDIAN_NO_CACHE", "1")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the keyword is empty"));
}

#[test]
fn comparing_a_district_with_itself_is_a_usage_error() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_liangdian"))
        .args(["compare", "hd", "海淀"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("name the same district (海淀)"));
}

/// `liangdian bookmarks` with its bookmarks in `file`.
fn bookmarks(file: &std::path::Path, format: &str) -> Run {
    let mut cmd = command(&["bookmarks", "--format", format]);
    cmd.env("LIANGDIAN_BOOKMARKS", file);
    run_command(cmd)
}

#[test]
fn bookmarks_are_listed_with_their_notes_and_say_when_their_text_changed() {
    use liangdian::bookmarks::{Bookmark, Change, Store};
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bookmarks.json");
    let none = bookmarks(&file, "text");
    assert_eq!(none.code, 1, "{}", none.stderr);
    assert!(none.stderr.contains("no bookmarks on this dataset") && none.stderr.contains("press b"), "{}", none.stderr);

    let data = liangdian::dataset::Dataset::embedded().expect("dataset");
    let store = Store { path: file.clone() };
    let kept = Bookmark::new(&data, 15, 0, "冬奥会的例子", 1).expect("bookmark");
    let edited =
        Bookmark { text_hash: "0000000000000000".into(), ..Bookmark::new(&data, 0, 1, "旧笔记", 2).expect("b") };
    store.apply(&Change::Put { bookmark: kept, seen: None }).expect("saved");
    store.apply(&Change::Put { bookmark: edited, seen: None }).expect("saved");

    let json = bookmarks(&file, "json");
    assert_eq!(json.code, 0, "{}", json.stderr);
    let rows = json.json()["bookmarks"].as_array().expect("rows").clone();
    assert_eq!((rows[0]["state"].as_str(), rows[0]["note"].as_str()), (Some("found"), Some("冬奥会的例子")));
    assert!(rows[0]["text"].as_str().is_some_and(|t| !t.is_empty()));
    assert_eq!(rows[1]["state"].as_str(), Some("changed"));
    assert!(rows[1].get("text").is_none(), "no text is shown for a note made on other text");

    let text = bookmarks(&file, "text");
    assert!(text.stdout.contains("Yanqing 延庆 1.") && text.stdout.contains("text changed since"), "{}", text.stdout);
    let md = bookmarks(&file, "markdown");
    assert!(md.stdout.contains("## Yanqing 延庆 1.") && md.stdout.contains("> note: 冬奥会的例子"), "{}", md.stdout);
    // In English the English title stands beside the Chinese one, for a note on the text it was made on only.
    let en = &data.districts[15].highlights[0].title_en;
    assert!(md.stdout.contains(&format!("{} {en}", data.districts[15].highlights[0].title)), "{}", md.stdout);
    assert!(!md.stdout.contains(&data.districts[0].highlights[1].title_en.to_string()), "{}", md.stdout);
    assert!(md.stdout.contains("《各区人大常委会2020年工作亮点扫描》, 延庆"), "a citation each: {}", md.stdout);
}

#[test]
fn a_corrupt_bookmarks_file_is_reported_with_where_and_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bookmarks.json");
    std::fs::write(&file, "{ not json").expect("write");
    let r = bookmarks(&file, "text");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("is not valid (line 1, column 3") && r.stderr.contains("hint:"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "{ not json");
}

#[test]
fn several_words_find_the_highlights_that_hold_all_of_them_and_full_width_commas_are_commas() {
    let both = json(&["search", "垃圾", "物业"]);
    assert!(both["totals"]["matches"].as_u64().is_some_and(|n| n > 0), "{both}");
    let ime = json(&["search", "垃圾分类，"]);
    assert_eq!(ime["keyword"], "垃圾分类", "the input method's comma is left out: {ime}");
    assert_eq!(ime["totals"], json(&["search", "垃圾分类"])["totals"]);
}

#[test]
fn a_command_line_clap_cannot_take_is_said_in_the_house_style() {
    let r = run(&["search"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("liangdian: the following required arguments were not provided"), "{}", r.stderr);
    assert!(r.stderr.contains("\n  hint: it is used as `liangdian search <KEYWORD>...`"), "{}", r.stderr);
    let r = run(&["lst"]);
    assert_eq!(r.stderr, "liangdian: unrecognized subcommand 'lst'\n  hint: a similar subcommand exists: 'list'\n");
    let help = run(&["--help"]);
    assert_eq!(help.code, 0, "the help is printed as clap prints it");
    assert!(help.stdout.contains("Usage: liangdian"));
}

#[test]
fn shell_completions_offer_the_districts_and_any_name_is_still_taken() {
    for shell in ["bash", "zsh", "fish"] {
        let script = run(&["completions", shell]).stdout;
        assert!(script.contains("haidian") && script.contains("海淀") && script.contains("shijingshan"), "{shell}");
    }
    let help = run(&["show", "--help"]).stdout;
    assert!(!help.contains("dongcheng"), "the help does not list them: {help}");
    assert_eq!(run(&["show", "hd", "--format", "json"]).code, 0, "a name not among them is still taken");
}

#[test]
fn the_command_lines_own_failures_are_said_in_chinese_under_lang_zh() {
    let r = run(&["--lang", "zh", "show", "xx"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr.lines().next(), Some("liangdian: 没有名为「xx」的区"), "{}", r.stderr);
    assert!(r.stderr.contains("\n  提示：可用中文名"), "{}", r.stderr);
    let r = run(&["--lang", "zh", "search", "zzzz"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.starts_with("liangdian: 在 16 个区中未找到「zzzz」"), "{}", r.stderr);
}

#[test]
fn a_search_in_pinyin_finds_and_marks_the_chinese_it_spells() {
    let r = run(&["search", "dongao"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("«冬奥»"), "the Chinese span is marked: {}", r.stdout);
    assert_eq!(json(&["search", "dongao"])["totals"], json(&["search", "冬奥"])["totals"]);
}

#[test]
fn a_dataset_that_cannot_be_loaded_is_reported_in_chinese_under_lang_zh() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.yaml");
    let r = run(&["--lang", "zh", "check", path_str(&missing)]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("：文件或目录不存在") && r.stderr.contains("\n  提示：检查路径和文件名"), "{}", r.stderr);

    let unknown = dataset_file(&dir, "unknown.yaml", "source:\n  titel: x\n");
    let r = run(&["--lang", "zh", "check", path_str(&unknown)]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("unknown.yaml:2:3：`source`：未知的键 `titel`；此处可用的键：`title`、"), "{}", r.stderr);

    let yaml = std::fs::read_to_string("assets/districts.yaml").expect("dataset");
    let broken = dataset_file(&dir, "broken.yaml", &yaml.replacen("themes: [", "themes: [wast-sorting, ", 1));
    let r = run(&["--lang", "zh", "list", "--data", path_str(&broken)]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("不是有效的数据集（1 个问题）："), "{}", r.stderr);
    assert!(r.stderr.contains("引用了不存在的主题 `wast-sorting`；是不是 `waste-sorting`？"), "{}", r.stderr);
    // JSON is for scripts and stays English whatever the language.
    let r = run(&["--lang", "zh", "check", path_str(&broken), "--format", "json"]);
    assert!(r.stdout.contains("refers to an unknown theme 'wast-sorting'"), "{}", r.stdout);
}

#[test]
fn a_corrupt_bookmarks_file_and_a_missing_terminal_are_reported_in_chinese_under_lang_zh() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bookmarks.json");
    std::fs::write(&file, "{ not json").expect("write");
    let mut cmd = command(&["bookmarks", "--lang", "zh"]);
    cmd.env("LIANGDIAN_BOOKMARKS", &file);
    let r = run_command(cmd);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("无效（第 1 行第 3 列：") && r.stderr.contains("\n  提示：手工修正它"), "{}", r.stderr);
    let r = run(&["--lang", "zh"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("liangdian: 标准输出不是终端，而浏览界面需要终端\n  提示："), "{}", r.stderr);
}

#[test]
fn the_help_and_usage_errors_follow_the_language_from_the_flag_or_the_locale() {
    let r = run(&["--lang", "zh", "--help"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("用法：liangdian [选项] [命令]") && r.stdout.contains("示例："), "{}", r.stdout);
    let mut cmd = command(&["lst"]);
    cmd.env("LANG", "zh_CN.UTF-8");
    let r = run_command(cmd);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "liangdian: 没有名为「lst」的子命令\n  提示：是不是「list」？\n");
    let r = run(&["search"]);
    assert!(r.stderr.starts_with("liangdian: the following required arguments were not provided"), "{}", r.stderr);
}

#[test]
fn a_district_may_be_given_in_words_apart_and_format_values_in_any_case() {
    let apart = run(&["show", "Haidian", "District", "--format", "JSON"]);
    assert_eq!(apart.code, 0, "{}", apart.stderr);
    assert_eq!(apart.json()["id"], "haidian");
    assert_eq!(run(&["figures", "Haidian", "District"]).code, 0);
    assert_eq!(run(&["figures", "--sort", "Largest"]).code, 0);
}

#[test]
fn without_a_terminal_a_district_that_is_not_there_is_said_first() {
    let r = run(&["--compare", "dc", "xx"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("liangdian: --compare: no district is called 'xx'"), "{}", r.stderr);
}

#[test]
fn an_english_word_found_only_in_the_english_titles_says_so_and_where() {
    // Reading the Chinese texts, an English word is found in the English titles alone.
    let r = run(&["search", "inspection", "--text", "zh"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("· 2. 两条例“三边”检查 (English title)\n"), "the title said once: {}", r.stdout);
    assert!(r.stdout.contains("found in the English titles only (the texts are Chinese)"), "{}", r.stdout);
    let chinese = run(&["search", "垃圾"]);
    assert!(!chinese.stdout.contains("English titles only"), "{}", chinese.stdout);
    // Reading both (the English interface's default), the English texts are searched too, and say so.
    let both = run(&["search", "inspection"]);
    assert!(both.stdout.contains(" (in English) "), "{}", both.stdout);
    assert!(!both.stdout.contains("English titles only"), "{}", both.stdout);
}

#[test]
fn a_keyword_of_punctuation_alone_is_refused_with_what_to_search_instead() {
    let r = run(&["search", "，"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("«，» has no letter, digit or Chinese character to search for"), "{}", r.stderr);
    assert!(r.stderr.contains("hint: punctuation alone is everywhere"), "{}", r.stderr);
    // Punctuation around a word is still left out, as an input method leaves it.
    assert_eq!(run(&["search", "垃圾分类，"]).code, 0);
}

#[test]
fn a_keyword_that_names_a_theme_says_how_many_districts_carry_it() {
    let r = run(&["search", "垃圾分类"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("8 districts carry the theme 垃圾分类: `liangdian themes 垃圾分类` lists them"),
        "{}",
        r.stdout
    );
    let olympics = run(&["search", "冬奥会"]);
    assert!(!olympics.stdout.contains("carry the theme"), "延庆 alone carries it: {}", olympics.stdout);
}

#[test]
fn glossary_explains_a_term_by_its_chinese_pinyin_or_english_and_says_where_it_is_used() {
    for query in ["吹哨报到", "chuishaobaodao", "whistle-blowing and reporting"] {
        let r = run(&["glossary", query]);
        assert_eq!(r.code, 0, "{query}: {}", r.stderr);
        assert!(r.stdout.starts_with("吹哨报到  chuīshào bàodào · "), "{query}: {}", r.stdout);
        assert!(r.stdout.contains("Used in: Dongcheng 东城 3"), "{}", r.stdout);
    }
    // --text says which explanations are printed.
    let en = run(&["glossary", "控规", "--text", "en"]);
    assert!(en.stdout.contains("Short for") && !en.stdout.contains("控制性详细规划的简称"), "{}", en.stdout);
    let v = json(&["glossary", "控规"]);
    assert_eq!(v["terms"][0]["term"], "控规");
    assert_eq!(v["terms"][0]["highlights"][1]["district"]["id"], "tongzhou");
    let none = run(&["glossary", "不存在"]);
    assert_eq!(none.code, 1);
    assert!(none.stderr.contains("no term of the glossary") && none.stderr.contains("hint:"), "{}", none.stderr);
}

#[test]
fn a_datasets_glossary_beside_it_is_checked_against_its_texts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("mine.yaml");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/districts.yaml"), &data).expect("copy");
    let glossary = dir.path().join("mine.glossary.yaml");
    let text = "terms:\n  - term: \"控规\"\n    pinyin: \"kòngguī\"\n    en: \"x\"\n    zh: \"x\"\n    explain: \"x\"\n    highlights: [\"dongcheng 1\"]\n";
    std::fs::write(&glossary, text).expect("write");
    let path = data.to_str().expect("utf-8");
    let r = run(&["glossary", "--data", path]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("mine.glossary.yaml:7:") && r.stderr.contains("tongzhou 1"), "{}", r.stderr);
    std::fs::write(&glossary, text.replace("[\"dongcheng 1\"]", "[\"dongcheng 1\", \"tongzhou 1\"]")).expect("write");
    let r = run(&["glossary", "--data", path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("控规"), "{}", r.stdout);
}
