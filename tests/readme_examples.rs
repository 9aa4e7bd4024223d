//! The README's examples that run anywhere (no terminal, no file of the reader's, nothing written to the
//! home directory) are run as written, so the README cannot drift from the program.

use std::process::{Command, Stdio};

/// The command lines of the README block marked as run by this test, each split into its words, the
/// comment after `#` left out.
fn examples() -> Vec<Vec<String>> {
    let readme = include_str!("../README.md");
    let marker = "<!-- examples: run by tests/readme_examples.rs -->";
    let block = &readme[readme.find(marker).expect("the README marks its runnable examples") + marker.len()..];
    let block = block.trim_start().strip_prefix("```sh\n").expect("a sh block follows the mark");
    let block = &block[..block.find("```").expect("the block ends")];
    block
        .lines()
        .map(|l| l.split(" #").next().unwrap_or_default().split_whitespace().map(str::to_string).collect())
        .filter(|words: &Vec<String>| !words.is_empty())
        .collect()
}

#[test]
fn every_example_that_runs_anywhere_runs_as_the_readme_writes_it() {
    let examples = examples();
    assert!(examples.len() >= 8, "{examples:?}");
    let home = tempfile::tempdir().expect("a temporary home");
    for words in examples {
        assert_eq!(words[0], "liangdian", "{words:?}");
        let out = Command::new(env!("CARGO_BIN_EXE_liangdian"))
            .args(&words[1..])
            .env("HOME", home.path())
            .env_remove("XDG_DATA_HOME")
            .env_remove("XDG_CACHE_HOME")
            .env_remove("LIANGDIAN_BOOKMARKS")
            .env("LANG", "C.UTF-8")
            .stdin(Stdio::null())
            .output()
            .expect("the program runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{words:?} failed ({}): {stderr}", out.status);
        assert!(!out.stdout.is_empty(), "{words:?} printed nothing");
        assert!(stderr.is_empty(), "{words:?} complained: {stderr}");
    }
    assert_eq!(std::fs::read_dir(home.path()).expect("readable").count(), 0, "nothing was written to the home");
}
