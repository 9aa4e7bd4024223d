//! Any bytes given to the loader end in a dataset or an error, never a panic, a hang or a blow-up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use liangdian::dataset::Dataset;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes) {
        if let Ok(data) = Dataset::from_yaml_str(text, "fuzz.yaml") {
            // Whatever loads is searchable.
            let index = liangdian::search::SearchIndex::new(&data);
            let _ = index.filter("ljfl");
        }
    }
});
