//! Every key the program binds is documented in the README's key table (the help overlay is drawn from the
//! same key table and the pages' keys, so it cannot miss one).

use liangdian::pages::all_key_lines;

#[test]
fn every_bound_key_is_in_the_readme() {
    let readme = include_str!("../README.md");
    let keys = &readme[readme.find("### Keys").expect("a Keys section")..];
    let keys = &keys[..keys.find("\n## ").unwrap_or(keys.len())];
    for binding in all_key_lines() {
        for key in binding.label().split(' ') {
            assert!(
                keys.contains(&format!("`{key}`")),
                "`{key}` ({}) is not in the README's key table",
                binding.words.does.en
            );
        }
    }
}
