//! The cache of dataset files read before, through the real binary: a file is read once and opened from the
//! cache while its content is the same; a changed file, a damaged entry, a cache turned off or one that
//! cannot be written never change what is shown, and say nothing.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// The binary with its own home and cache, in English.
fn run(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_liangdian"));
    cmd.args(args)
        .env("HOME", home)
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LIANGDIAN_NO_CACHE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the binary runs")
}

fn entries(home: &Path) -> Vec<std::path::PathBuf> {
    let dir = home.join("cache").join("liangdian");
    let mut found: Vec<_> =
        fs::read_dir(dir).map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    found.retain(|p| p.extension().is_some_and(|x| x == "cache"));
    found
}

fn text(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "nothing said: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

/// A named pipe is read once, as it comes, and never kept: were it named by its content, every pipe would
/// share the key of an empty file, and the next would open as the first.
#[cfg(unix)]
#[test]
fn a_pipe_is_read_as_it_comes_and_never_kept() {
    let home = tempfile::tempdir().expect("a home");
    for (i, name) in ["海淀", "海甸"].into_iter().enumerate() {
        let pipe = home.path().join(format!("pipe-{i}"));
        let made = Command::new("mkfifo").arg(&pipe).status().expect("mkfifo runs");
        assert!(made.success(), "a named pipe");
        let yaml = liangdian::dataset::EMBEDDED_YAML.replacen("name: \"海淀\"", &format!("name: \"{name}\""), 1);
        let writer = {
            let pipe = pipe.clone();
            std::thread::spawn(move || fs::write(pipe, yaml))
        };
        let listed = text(&run(home.path(), &["--data", pipe.to_str().expect("UTF-8 path"), "list"], &[]));
        writer.join().expect("the writer ran").expect("written whole");
        assert!(listed.contains(name), "pipe {i}: {listed}");
        assert!(entries(home.path()).is_empty(), "pipe {i} kept");
    }
}

#[test]
fn a_file_read_once_opens_from_the_cache_while_its_content_is_the_same() {
    let home = tempfile::tempdir().expect("a home");
    let file = home.path().join("mine.yaml");
    fs::write(&file, liangdian::dataset::EMBEDDED_YAML).expect("written");
    let file = file.to_str().expect("UTF-8 path");
    let first = text(&run(home.path(), &["--data", file, "show", "hd", "--format", "json"], &[]));
    assert_eq!(entries(home.path()).len(), 1, "kept after the first read");
    let second = text(&run(home.path(), &["--data", file, "show", "hd", "--format", "json"], &[]));
    assert_eq!(first, second, "the cache gives what the file gives");

    // A changed file is read again and kept beside.
    fs::write(file, liangdian::dataset::EMBEDDED_YAML.replacen("name: \"海淀\"", "name: \"海甸\"", 1))
        .expect("changed");
    let changed = text(&run(home.path(), &["--data", file, "list"], &[]));
    assert!(changed.contains("海甸"), "{changed}");
    assert_eq!(entries(home.path()).len(), 2);

    // A damaged entry is read from the file again, and mended.
    for entry in entries(home.path()) {
        let mut bytes = fs::read(&entry).expect("readable");
        let n = bytes.len();
        bytes[n - 5] ^= 0xff;
        fs::write(&entry, bytes).expect("damaged");
    }
    assert!(text(&run(home.path(), &["--data", file, "list"], &[])).contains("海甸"));
    let status = text(&run(home.path(), &["cache"], &[]));
    assert!(status.contains("2 entries"), "{status}");
    assert_eq!(
        text(&run(home.path(), &["cache", "clear"], &[])).trim(),
        format!("cleared {}: 2 entries", home.path().join("cache/liangdian").display())
    );
    assert!(entries(home.path()).is_empty());
}

#[test]
fn the_cache_can_be_turned_off_and_a_cache_that_cannot_be_written_is_skipped() {
    let home = tempfile::tempdir().expect("a home");
    let file = home.path().join("mine.yaml");
    fs::write(&file, liangdian::dataset::EMBEDDED_YAML).expect("written");
    let file = file.to_str().expect("UTF-8 path");
    text(&run(home.path(), &["--data", file, "list", "--no-cache"], &[]));
    text(&run(home.path(), &["--data", file, "list"], &[("LIANGDIAN_NO_CACHE", "1")]));
    assert!(entries(home.path()).is_empty(), "nothing kept");
    assert!(text(&run(home.path(), &["cache"], &[("LIANGDIAN_NO_CACHE", "1")])).starts_with("the cache is off"));
    // A cache directory where a file stands: nothing can be written there, and nothing is said.
    fs::create_dir_all(home.path().join("cache")).expect("made");
    fs::write(home.path().join("cache").join("liangdian"), "in the way").expect("written");
    let listed = text(&run(home.path(), &["--data", file, "list"], &[]));
    assert!(listed.contains("Dongcheng"));
}
