//! Hostile and broken datasets: nothing reaches the terminal that the file put there, every error says what,
//! where and what to do, and the program ends cleanly with status 1 (invalid) or 2 (unreadable).
//!
//! Memory is bounded by running the binary under an address-space limit (`ulimit -v`): a loader that blew
//! up on a bomb would fail to allocate and the test would see a crash instead of the message.

use std::io::Write;
use std::process::{Command, Output};

use liangdian::dataset::{Dataset, needs_care};

const HOSTILE: &str = include_str!("fixtures/hostile.yaml");

/// Runs the binary with `--data path` under a 200 MB address-space limit, stdout and stderr captured.
fn run_with_data(path: &std::path::Path) -> Output {
    let script = "ulimit -v 204800; exec \"$0\" --lang en --data \"$1\"";
    Command::new("sh")
        .args(["-c", script, env!("CARGO_BIN_EXE_liangdian")])
        .arg(path)
        .env_remove("NO_COLOR")
        .env("LIANGDIAN_NO_CACHE", "1")
        .output()
        .expect("run the binary")
}

fn file_with(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".yaml").tempfile().expect("temp file");
    f.write_all(bytes).expect("write");
    f
}

/// Runs on a broken file; returns (status, stderr) after checking that stderr names the file and is short.
fn refused(bytes: &[u8]) -> (i32, String) {
    let f = file_with(bytes);
    let out = run_with_data(f.path());
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let code = out.status.code().unwrap_or_else(|| panic!("killed by a signal (out of memory?): {stderr}"));
    assert!(stderr.contains(&f.path().display().to_string()), "the message names the file: {stderr}");
    // A single error ends with a hint line; a list of validation problems gives each its hint after a ';'.
    assert!(stderr.contains("hint:") || stderr.contains("; "), "the message says what to do: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"), "no panic: {stderr}");
    assert!(out.stdout.is_empty(), "nothing on stdout");
    (code, stderr)
}

const GOOD_HEAD: &str =
    "source: {title: T, publication: P, issue: I, year: 2020}\nthemes:\n  - {id: waste, name: 垃圾分类}\n";

#[test]
fn every_loaded_string_is_free_of_controls_and_bidi_overrides() {
    let data = Dataset::from_yaml_str(HOSTILE, "hostile.yaml").expect("the hostile dataset is valid YAML and schema");
    let yaml = serde_yaml::to_string(&data).expect("serialises");
    // Serialising escapes nothing that is left, so any control would show up as an escape here.
    let back: Dataset = serde_yaml::from_str(&yaml).expect("round trip");
    let mut all = vec![back.source.title, back.source.publication, back.source.issue, back.intro, back.closing];
    for t in back.themes {
        all.extend([t.id, t.name, t.en]);
        all.extend(t.aliases);
    }
    for d in back.districts {
        all.extend([d.id, d.name, d.pinyin, d.en, d.lead]);
        for h in d.highlights {
            all.extend([h.title, h.title_en]);
            all.extend(h.themes);
            for f in h.figures {
                all.extend([f.qualifier.as_str().into(), f.what_en.as_str().into(), f.value_en.as_str().into()]);
                all.extend([f.value, f.unit, f.what]);
            }
            // A line break in a text is kept on purpose; everything else that is not printable is gone.
            assert!(!h.text.chars().any(|c| needs_care(c) && c != '\n'), "{:?}", h.text);
            all.push(h.text.replace('\n', " ").into());
        }
    }
    for s in &all {
        assert!(!s.chars().any(needs_care), "{s:?}");
    }
    // The stand-ins are visible and the rest of the text is kept.
    let joined = all.join(" ");
    for expected in
        ["TITLE␛]0;pwned-title␇END", "ISSUE\\u{9b}31mEND", "INTRO␛[2JCLEARED", "CLOSING\\u{202e}REVERSED", "␡DEL"]
    {
        assert!(joined.contains(expected), "missing {expected:?} in {joined}");
    }
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let (code, err) = refused(b"source: {title: T\ndistricts: [\n");
    assert_eq!(code, 1);
    assert!(err.contains(".yaml:3:1:") || err.contains(".yaml:2:"), "{err}");
}

#[test]
fn a_missing_field_names_the_district() {
    let (code, err) = refused(format!("{GOOD_HEAD}districts:\n  - {{id: a, name: 甲}}\n").as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("districts[0]: missing field `pinyin`") && err.contains(".yaml:5:5:"), "{err}");
}

#[test]
fn a_duplicate_id_names_both_districts() {
    let yaml = format!(
        "{GOOD_HEAD}districts:\n  - {{id: a, name: 甲, pinyin: Jia, lead: x}}\n  - {{id: a, name: 乙, pinyin: Yi, lead: y}}\n"
    );
    let (code, err) = refused(yaml.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains(".yaml:6:10: district 'a'") && err.contains("repeats the id of district 1 (甲)"), "{err}");
}

#[test]
fn an_unknown_theme_names_the_district_and_the_nearest_theme() {
    let yaml = format!(
        "{GOOD_HEAD}districts:\n  - id: a\n    name: 甲\n    pinyin: Jia\n    highlights:\n      - {{title: t, text: x, themes: [wastes]}}\n"
    );
    let (code, err) = refused(yaml.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains(":9:") && err.contains("district 'a'") && err.contains("unknown theme 'wastes'"), "{err}");
    assert!(err.contains("did you mean 'waste'?"), "{err}");
}

#[test]
fn an_empty_file_says_what_a_dataset_needs() {
    let (code, err) = refused(b"");
    assert_eq!(code, 1);
    assert!(err.contains("is empty"), "{err}");
}

#[test]
fn a_folder_without_datasets_and_a_missing_file_are_file_errors() {
    // A folder is read as a folder of editions; one with no dataset in it says so.
    let dir = tempfile::tempdir().expect("dir");
    let out = run_with_data(dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("holds no dataset (*.yaml)"));
    let out = run_with_data(&dir.path().join("nope.yaml"));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nope.yaml") && err.contains("No such file"), "{err}");
}

#[test]
fn a_file_that_is_not_utf8_names_the_byte() {
    let (code, err) = refused(b"source: {title: \"\xe4\xb8\"}\n");
    assert_eq!(code, 1);
    assert!(err.contains(":1:18: not UTF-8 text (byte 0xe4)"), "{err}");
}

#[test]
fn an_exponential_alias_bomb_is_refused() {
    let mut yaml = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let p = i - 1;
        yaml.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
    }
    yaml.push_str("districts: *a9\n");
    let (code, err) = refused(yaml.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("aliases would expand"), "{err}");
}

#[test]
fn a_quadratic_alias_bomb_is_refused() {
    // One anchored list of 5,000 theme ids referred to by 5,000 highlights: 25 million strings.
    let mut yaml = String::from(GOOD_HEAD);
    yaml.push_str("districts:\n  - id: a\n    name: 甲\n    pinyin: Jia\n    highlights:\n");
    yaml.push_str("      - {title: t, text: x, themes: &ids [");
    yaml.push_str(&vec!["waste"; 5000].join(", "));
    yaml.push_str("]}\n");
    for _ in 0..5000 {
        yaml.push_str("      - {title: t, text: x, themes: *ids}\n");
    }
    let (code, err) = refused(yaml.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("aliases would expand"), "{err}");
}

#[test]
fn nesting_two_hundred_thousand_levels_deep_is_refused_at_once() {
    let flow = format!("districts: {}{}\n", "[".repeat(200_000), "]".repeat(200_000));
    let (code, err) = refused(flow.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains(".yaml:1:76: collections nest more than 64 levels deep"), "{err}");
    let block = format!("districts:\n  {}x\n", "- ".repeat(200_000));
    let (code, err) = refused(block.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains(".yaml:2:1: this line nests past column 512"), "{err}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let f = tempfile::Builder::new().suffix(".yaml").tempfile().expect("temp file");
    // A sparse file: over the limit without writing 64 MiB.
    f.as_file().set_len(liangdian::dataset::MAX_BYTES + 1).expect("grow");
    let out = run_with_data(f.path());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("over the 67108864-byte limit"), "{err}");
}

#[test]
fn a_device_that_never_ends_is_cut_at_the_limit() {
    let out = run_with_data(std::path::Path::new("/dev/zero"));
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the"));
}

/// Every subcommand in every format over the hostile dataset: none of the injected sequences arrives on
/// standard output or standard error, and the visible stand-ins do.
#[test]
fn no_subcommand_passes_a_hostile_dataset_to_the_terminal() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/hostile.yaml");
    let injected: [&[u8]; 12] = [
        b"\x1b]0;",
        b"\x1b]52;",
        b"\x1b[2J",
        b"\x1b[5m",
        b"\x1b]8;",
        b"\x1b[31m",
        b"\x1b[?1049l",
        b"\x1b[2K",
        b"\x1b[1;1H",
        "\u{9b}".as_bytes(),
        "\u{202e}".as_bytes(),
        b"\x7f",
    ];
    let runs: &[&[&str]] = &[
        &["list"],
        &["show", "east"],
        &["show", "西城"],
        &["search", "TEXT"],
        &["search", "LEAD"],
        &["compare", "east", "west"],
        &["themes"],
        &["themes", "THEME"],
        &["figures"],
        &["check", fixture],
    ];
    for args in runs {
        for format in ["text", "json", "markdown"] {
            let out = Command::new(env!("CARGO_BIN_EXE_liangdian"))
                .args(["--data", fixture, "--format", format])
                .args(*args)
                .env_remove("NO_COLOR")
                .env("LIANGDIAN_NO_CACHE", "1")
                .output()
                .expect("run");
            for stream in [&out.stdout, &out.stderr] {
                for bad in injected {
                    assert!(
                        !stream.windows(bad.len()).any(|w| w == bad),
                        "{args:?} --format {format}: {:?} reached the output:\n{}",
                        String::from_utf8_lossy(bad),
                        String::from_utf8_lossy(stream)
                    );
                }
            }
            assert!(out.status.success(), "{args:?} --format {format}: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
    // The text is kept, with its stand-ins.
    let out = Command::new(env!("CARGO_BIN_EXE_liangdian"))
        .args(["--data", fixture, "show", "east"])
        .env("LIANGDIAN_NO_CACHE", "1")
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("TEXT␛[1;1HHOME") && text.contains("东城␛[31m"), "{text}");
}
