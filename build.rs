//! Prepares the built-in dataset and its glossary at build time: their YAML is parsed here, once, and written
//! out as Rust data (`src/dataset/literal.rs` says what it is), compiled into the binary and read at start-up
//! without parsing anything (the browser's first frame waits for nothing else). The YAML stays the source: a
//! test proves both give the same dataset.

use std::fmt::Write;
use std::path::Path;

fn main() {
    position_dependent();
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for (yaml, prepared) in
        [("assets/districts.yaml", "districts.rs"), ("assets/districts.glossary.yaml", "glossary.rs")]
    {
        println!("cargo::rerun-if-changed={yaml}");
        let text = std::fs::read_to_string(yaml).unwrap_or_else(|e| panic!("{yaml} cannot be read: {e}"));
        let value: serde_yaml::Value =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{yaml} is not YAML: {e}"));
        let mut source = String::with_capacity(text.len() * 2);
        literal(&value, &mut source, yaml);
        std::fs::write(Path::new(&out).join(prepared), source).unwrap_or_else(|e| panic!("{prepared}: {e}"));
    }
}

/// `value` as a Rust expression of the type `Lit` (a string's `Debug` form is a Rust string literal).
fn literal(value: &serde_yaml::Value, out: &mut String, file: &str) {
    use serde_yaml::Value;
    match value {
        Value::Null => out.push_str("Lit::Null"),
        Value::Bool(b) => write!(out, "Lit::Bool({b})").expect("a String takes any write"),
        Value::Number(n) => {
            let written = if let Some(n) = n.as_u64() {
                write!(out, "Lit::U({n})")
            } else if let Some(n) = n.as_i64() {
                write!(out, "Lit::I({n})")
            } else {
                let n = n.as_f64().filter(|n| n.is_finite()).unwrap_or_else(|| panic!("{file}: {n} is not finite"));
                write!(out, "Lit::F({n:?})")
            };
            written.expect("a String takes any write");
        }
        Value::String(s) => write!(out, "Lit::Str({s:?})").expect("a String takes any write"),
        Value::Sequence(items) => {
            out.push_str("Lit::Seq(&[");
            for item in items {
                literal(item, out, file);
                out.push(',');
            }
            out.push_str("])");
        }
        Value::Mapping(entries) => {
            out.push_str("Lit::Map(&[");
            for (key, item) in entries {
                let Value::String(key) = key else { panic!("{file}: a key that is not a string: {key:?}") };
                write!(out, "({key:?},").expect("a String takes any write");
                literal(item, out, file);
                out.push_str("),");
            }
            out.push_str("])");
        }
        Value::Tagged(tagged) => panic!("{file}: a tagged value ({}) is not part of the format", tagged.tag),
    }
}

/// On Linux with glibc the program is linked at a fixed address (not as a position-independent
/// executable). Tables in its libraries (the HTML parser's names of elements among them) hold some 22,000
/// pointers, and the built-in dataset's tree of literals some 3,000 more; in a PIE the dynamic loader
/// rewrites each at every start (about 0.4 ms of the built-in dataset's first frame, which must come within
/// 1.3 times of `less` opening the article). The cost is that the program's own code does not move between
/// runs (address-space randomisation still moves its libraries, heap and stack). A packager who prefers the
/// PIE builds with `LIANGDIAN_PIE=1`. Only the program is linked so: tests, examples and the benchmarks' own
/// binaries are not touched.
fn position_dependent() {
    println!("cargo::rerun-if-env-changed=LIANGDIAN_PIE");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    // A static build (`crt-static`) is linked as a static PIE by rustc, which `-no-pie` would contradict.
    let static_crt = var("CARGO_CFG_TARGET_FEATURE").split(',').any(|f| f == "crt-static");
    let linux_gnu = var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu";
    if linux_gnu && !static_crt && var("LIANGDIAN_PIE") != "1" {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
