//! Prepares the built-in dataset and its glossary at build time: their YAML is parsed here, once, and put
//! into the binary as MessagePack, which the program reads in a fraction of the time (the browser's first
//! frame waits for nothing else). The YAML stays the source: a test proves both give the same dataset.

use std::path::Path;

fn main() {
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
