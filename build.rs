//! Prepares the built-in dataset and its glossary at build time: their YAML is parsed here, once, and put
//! into the binary as MessagePack, which the program reads in a fraction of the time (the browser's first
//! frame waits for nothing else). The YAML stays the source: a test proves both give the same dataset.

use std::path::Path;

fn main() {
    position_dependent();
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for (yaml, prepared) in
        [("assets/districts.yaml", "districts.msgpack"), ("assets/districts.glossary.yaml", "glossary.msgpack")]
    {
        println!("cargo::rerun-if-changed={yaml}");
        let text = std::fs::read_to_string(yaml).unwrap_or_else(|e| panic!("{yaml} cannot be read: {e}"));
        let value: serde_yaml::Value =
            serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{yaml} is not YAML: {e}"));
        let bytes = rmp_serde::to_vec(&value).unwrap_or_else(|e| panic!("{yaml} cannot be encoded: {e}"));
        std::fs::write(Path::new(&out).join(prepared), bytes).unwrap_or_else(|e| panic!("{prepared}: {e}"));
    }
}

/// On Linux with glibc the program is linked at a fixed address (not as a position-independent
/// executable). Tables in its libraries (the HTML parser's names of elements among them) hold some 22,000
/// pointers; in a PIE the dynamic loader rewrites each at every start (about 0.4 ms of the built-in dataset's first frame, which must come
/// within 1.3 times of `less` opening the article). The cost is that the program's own code does not move
/// between runs (address-space randomisation still moves its libraries, heap and stack). A packager who
/// prefers the PIE builds with `LIANGDIAN_PIE=1`. Only the program is linked so: tests, examples and the
/// benchmarks' own binaries are not touched.
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
