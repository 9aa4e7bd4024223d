//! A text that is most often empty: a figure's qualifier (近 in 近700) and its English.
//!
//! A [`Text`] takes 24 bytes even when empty. A figure has six; for a file of 80,000 figures with no
//! qualifier and no English (a Chinese-only dataset, an article just imported) the three empty ones came
//! to 5.8 MB of the dataset's 38 MB, each page of it touched as the file loads. A `RareText` takes 8 bytes
//! and allocates nothing while it is empty; a text given is kept in a [`Text`] of its own.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::schema::Text;

#[derive(Clone, Default)]
pub struct RareText(Option<Box<Text>>);

// Compared and hashed as the text it reads as: one made empty in place (`text_mut`) equals one never given.
impl PartialEq for RareText {
    fn eq(&self, other: &RareText) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for RareText {}

impl std::hash::Hash for RareText {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

/// The empty text is given as a slice of a real byte. An empty literal may point nowhere (address 1), and
/// glibc's vector `memcmp` loads from the pointer it is given, under a mask, even for no bytes: at an address
/// that is not mapped that costs the processor an assist of hundreds of cycles. The checks compare every
/// figure's qualifier where its value is found in the text; with a literal a cached load was 6 % slower.
const A_BYTE: &str = " ";

impl RareText {
    pub fn as_str(&self) -> &str {
        self.0.as_deref().map_or(&A_BYTE[..0], Text::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.as_str().is_empty()
    }

    /// The text to change in place, when there is one (making it empty leaves it allocated, as a `Text`).
    pub fn text_mut(&mut self) -> Option<&mut Text> {
        self.0.as_deref_mut()
    }
}

impl Deref for RareText {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<Text> for RareText {
    fn from(text: Text) -> RareText {
        RareText((!text.is_empty()).then(|| Box::new(text)))
    }
}

impl From<&str> for RareText {
    fn from(text: &str) -> RareText {
        RareText((!text.is_empty()).then(|| Box::new(Text::from(text))))
    }
}

impl From<String> for RareText {
    fn from(text: String) -> RareText {
        Text::from(text).into()
    }
}

impl PartialEq<str> for RareText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RareText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for RareText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for RareText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RareText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RareText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RareText, D::Error> {
        Text::deserialize(deserializer).map(RareText::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_takes_no_room_and_a_text_reads_as_it_was_given() {
        assert_eq!(std::mem::size_of::<RareText>(), 8);
        assert_eq!(RareText::from(""), RareText::default());
        assert!(RareText::from(Text::default()).0.is_none(), "nothing allocated for an empty text");
        let nearly = RareText::from("近");
        assert_eq!(nearly.as_str(), "近");
        assert_eq!(&*nearly, "近");
        assert_eq!(format!("{nearly}·{nearly:?}"), "近·\"近\"");
        assert!(!nearly.is_empty() && RareText::default().is_empty());
        assert!(RareText::default().as_str().as_ptr() as usize > 4096, "the empty text points at a real byte");
    }

    #[test]
    fn it_is_written_and_read_as_a_string() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct Holder {
            #[serde(default, skip_serializing_if = "RareText::is_empty")]
            en: RareText,
        }
        let given: Holder = serde_json::from_str(r#"{"en":"nearly 700"}"#).expect("a string");
        assert_eq!(given.en, "nearly 700");
        assert_eq!(serde_json::to_string(&given).expect("written"), r#"{"en":"nearly 700"}"#);
        let absent: Holder = serde_json::from_str("{}").expect("absent");
        assert_eq!(serde_json::to_string(&absent).expect("written"), "{}");
        assert!(serde_json::from_str::<Holder>(r#"{"en":7}"#).is_err(), "a number is not a text");
        let mut text = RareText::from("x\u{1b}");
        text.text_mut().expect("a text").push('!');
        assert_eq!(text, "x\u{1b}!");
        text.text_mut().expect("a text").clear();
        assert_eq!(text, RareText::default(), "made empty, it is the empty text");
    }
}
