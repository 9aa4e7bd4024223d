//! Writes a large synthetic dataset of the shipped schema to standard output.
//!
//!     cargo run --release --example generate -- 10000 > /tmp/districts-10000.yaml
//!     cargo run --release -- --data /tmp/districts-10000.yaml

use std::io::Write;

fn main() {
    let count = match std::env::args().nth(1).map(|a| a.parse::<usize>()) {
        Some(Ok(n)) => n,
        None => 1000,
        Some(Err(e)) => {
            eprintln!("generate: the district count must be a whole number ({e})\n  usage: generate [COUNT]");
            std::process::exit(2);
        }
    };
    let yaml = liangdian::synthetic::yaml(count);
    if let Err(e) = std::io::stdout().write_all(yaml.as_bytes())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("generate: cannot write: {e}");
        std::process::exit(2);
    }
}
