//! The source's folders are layers that point one way (README, "Layout"): each uses only the layers below it.
//! These tests read the source, so a dependency that points back up fails here rather than in a review.

use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first; the modules of one layer may use one another.
const LAYERS: &[&[&str]] = &[
    &["lang", "text", "theme"],
    &["dataset", "synthetic"],
    &["import"],
    &["search"],
    &["bookmarks"],
    &["doc"],
    &["export"],
    &["keys"],
    &["app"],
    &["cli"],
    &["browse"],
    &["ui"],
    &["pages"],
    &["tui"],
];

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top-level module a file of `src/` belongs to (`app` for `src/app/update/mod.rs`, `text` for
/// `src/text.rs`).
fn module_of(path: &Path) -> String {
    let relative = path.strip_prefix(src()).expect("under src");
    let first = relative.components().next().expect("a component").as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_string()
}

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The file's code, without its comment lines and without its tests (which may reach anything).
fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("readable");
    let text = &text[..text.find("#[cfg(test)]").unwrap_or(text.len())];
    text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The top-level modules a file names as `crate::name`.
fn uses(code: &str) -> Vec<String> {
    let mut found: Vec<String> = code
        .match_indices("crate::")
        .map(|(i, m)| code[i + m.len()..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect())
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn every_module_uses_only_its_own_layer_and_those_below() {
    let mut wrong = Vec::new();
    for path in sources(&src()) {
        let module = module_of(&path);
        if module == "main" || module == "lib" {
            continue;
        }
        let own = layer(&module).unwrap_or_else(|| panic!("{module} is in no layer: add it to LAYERS and the README"));
        for used in uses(&code(&path)) {
            match layer(&used) {
                Some(l) if l <= own => {}
                _ => wrong.push(format!("{} uses crate::{used}", path.display())),
            }
        }
    }
    assert!(wrong.is_empty(), "dependencies that point up:\n{}", wrong.join("\n"));
}

#[test]
fn the_browsers_state_names_no_page_no_drawing_and_no_terminal() {
    let forbidden = [
        "crate::pages",
        "crate::ui",
        "crate::tui",
        "crossterm",
        "ratatui::Frame",
        "widgets::",
        "Buffer",
        "Block",
        "prelude",
    ];
    for path in sources(&src().join("app")).into_iter().chain(sources(&src().join("keys"))) {
        let text = fs::read_to_string(&path).expect("readable");
        for word in forbidden {
            assert!(!text.contains(word), "{} names {word}", path.display());
        }
    }
}

#[test]
fn the_command_line_names_keys_without_the_browsers_state() {
    for path in sources(&src().join("cli")) {
        let text = fs::read_to_string(&path).expect("readable");
        assert!(!text.contains("crate::app"), "{} reaches into the browser's state", path.display());
    }
}

#[test]
fn no_source_file_holds_more_than_five_hundred_lines_besides_its_tests() {
    for path in sources(&src()) {
        let text = fs::read_to_string(&path).expect("readable");
        let lines = text[..text.find("#[cfg(test)]").unwrap_or(text.len())].lines().count();
        assert!(lines <= 500, "{} has {lines} lines: split it by its jobs", path.display());
    }
}

#[test]
fn the_readme_layout_names_every_folder_of_the_source() {
    let readme = include_str!("../README.md");
    let layout = &readme[readme.find("## Layout").expect("a Layout section")..];
    let layout = &layout[..layout[3..].find("\n## ").map_or(layout.len(), |i| i + 3)];
    for layer in LAYERS {
        for module in *layer {
            let named =
                if src().join(module).is_dir() { format!("`src/{module}/`") } else { format!("`src/{module}.rs`") };
            assert!(layout.contains(&named), "the README's layout does not name {named}");
        }
    }
}
