//! The value of an argument that names a district: any text is taken (a name may be Chinese, pinyin,
//! initials, an id or English, with or without 区), and the shipped districts' ids, names and pinyin are
//! offered to the shell's completion.

use std::sync::OnceLock;

use clap::builder::{PossibleValue, TypedValueParser};

use crate::dataset::Dataset;

/// Takes any district name; completes the shipped ones.
#[derive(Debug, Clone, Copy, Default)]
pub struct DistrictName;

/// The words a shell completes a district to: each shipped district's id, Chinese name and pinyin.
fn candidates() -> &'static [PossibleValue] {
    static WORDS: OnceLock<Vec<PossibleValue>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let Ok(data) = Dataset::embedded() else { return Vec::new() };
        let mut words: Vec<String> = Vec::new();
        for d in &data.districts {
            // The id is most often the pinyin itself: each word is offered once.
            for word in [d.id.to_string(), d.name.to_string(), d.pinyin.to_lowercase().to_string()] {
                if !words.contains(&word) {
                    words.push(word);
                }
            }
        }
        words.into_iter().map(PossibleValue::new).collect()
    })
}

impl TypedValueParser for DistrictName {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(candidates().iter().cloned()))
    }
}
