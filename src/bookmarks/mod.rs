//! Bookmarks: highlights a reader marked, each with an optional note, kept in the reader's data directory
//! across runs. A bookmark names its highlight by the dataset's title, the district's id, the highlight's
//! number and a hash of its text, so that a dataset edited since never attaches a note to other text: such a
//! bookmark is shown as changed or missing instead.

mod store;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::dataset::Dataset;
pub use store::{Applied, Change, Store, StoreError};

/// One marked highlight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// The title of the article it is in (`source.title` of its edition): with several editions read
    /// together, each year's highlights are told apart by it, and a bookmark made before editions were read
    /// together still finds its own.
    pub dataset: String,
    /// The year of its edition (`source.year`), which tells apart two editions of one title; absent in
    /// bookmarks made before editions were read together, which go by the title alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The district's id.
    pub district: String,
    /// The highlight's number in its district, from 1, as the detail shows it.
    pub number: usize,
    /// The start of the SHA-256 of the highlight's text, in hex.
    pub text_hash: String,
    /// The highlight's title when it was marked, to name it if the text changes or goes.
    pub title: String,
    /// The reader's note; may be empty.
    #[serde(default)]
    pub note: String,
    /// When it was marked or its note last changed, in seconds since 1970.
    #[serde(default)]
    pub updated: u64,
    /// Keys this version does not know, kept as they are when the file is written again.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Where a bookmark's highlight is in a dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The highlight is there, with the text that was marked: district and highlight indices.
    Found(usize, usize),
    /// The district and the number are there but the text is not the one marked.
    Changed(usize, usize),
    /// No such district or highlight.
    Missing,
}

impl Bookmark {
    /// A bookmark on highlight `h` of district `d`, with `note`.
    pub fn new(data: &Dataset, d: usize, h: usize, note: &str, updated: u64) -> Option<Bookmark> {
        let district = data.districts.get(d)?;
        let highlight = district.highlights.get(h)?;
        Some(Bookmark {
            dataset: data.source_of(d).title.to_string(),
            year: Some(data.source_of(d).year),
            district: district.id.to_string(),
            number: h + 1,
            text_hash: text_hash(&highlight.text),
            title: highlight.title.to_string(),
            note: note.trim().to_string(),
            updated,
            extra: Default::default(),
        })
    }

    /// The bookmark with its text made harmless for a terminal (controls and bidi overrides shown, not
    /// obeyed), as the dataset's text is at load.
    pub fn sanitized(self) -> Bookmark {
        use crate::dataset::{Field, sanitize};
        let line = |s: &str| sanitize(s, Field::Line).into_owned();
        Bookmark { district: line(&self.district), title: line(&self.title), note: line(&self.note), ..self }
    }

    /// Is this the same highlight as `other` (whatever the notes)?
    pub fn same_place(&self, other: &Bookmark) -> bool {
        let same_year = self.year.is_none() || other.year.is_none() || self.year == other.year;
        same_year
            && (&self.dataset, &self.district, self.number, &self.text_hash)
                == (&other.dataset, &other.district, other.number, &other.text_hash)
    }

    /// Does it belong to `data` (by the title of one of its editions)?
    pub fn belongs_to(&self, data: &Dataset) -> bool {
        self.dataset == data.source.title.as_str()
            || data.editions.iter().any(|e| self.dataset == e.source.title.as_str())
    }

    /// The district it is in, in its own edition (by its title, and its year where the bookmark has one).
    pub fn district_in(&self, data: &Dataset) -> Option<usize> {
        (0..data.districts.len()).find(|&d| {
            let source = data.source_of(d);
            data.districts[d].id == self.district.as_str()
                && source.title == self.dataset.as_str()
                && self.year.is_none_or(|y| y == source.year)
        })
    }

    /// Where its highlight is in `data`.
    pub fn place(&self, data: &Dataset) -> Place {
        let Some(d) = self.district_in(data) else { return Place::Missing };
        let h = self.number.wrapping_sub(1);
        match data.districts[d].highlights.get(h) {
            Some(x) if text_hash(&x.text) == self.text_hash => Place::Found(d, h),
            Some(_) => Place::Changed(d, h),
            None => Place::Missing,
        }
    }
}

/// The first 16 hex digits of the SHA-256 of a highlight's text: enough to tell an edit, short to read.
pub fn text_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The bookmarks of `data`, with where each is, in the order they were made.
pub fn of<'a>(all: &'a [Bookmark], data: &Dataset) -> Vec<(&'a Bookmark, Place)> {
    all.iter().filter(|b| b.belongs_to(data)).map(|b| (b, b.place(data))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bookmark_finds_its_highlight_and_tells_when_the_text_changed_or_went() {
        let mut data = Dataset::embedded().expect("dataset");
        let b = Bookmark::new(&data, 1, 2, " 值得引用 ", 0).expect("bookmark");
        assert_eq!((b.number, b.note.as_str()), (3, "值得引用"));
        assert_eq!(b.place(&data), Place::Found(1, 2));
        data.districts[1].highlights[2].text.push('。');
        assert_eq!(b.place(&data), Place::Changed(1, 2), "an edited text is not the one the note was made on");
        data.districts[1].highlights.truncate(2);
        assert_eq!(b.place(&data), Place::Missing);
    }

    #[test]
    fn a_note_on_daxings_third_highlight_before_it_was_split_is_shown_as_changed_never_lost() {
        let data = Dataset::embedded().expect("dataset");
        // The text the third highlight had when it still ran on into the ecology of the fourth.
        let before = "围绕推动保障改善民生,开展学前教育专题询问,监督支持养老服务体系建设、农村人居环境整治、拆违控违、扬尘治理等工作,视察调研城市书房、中小学生体质健康工作,强化生态文明建设工作监督,推动创建国家森林城市。";
        let old = Bookmark {
            dataset: data.source.title.to_string(),
            year: None,
            district: "daxing".to_string(),
            number: 3,
            text_hash: text_hash(before),
            title: "保障改善民生与创森".to_string(),
            note: "创森".to_string(),
            updated: 0,
            extra: serde_json::Map::new(),
        };
        let daxing = data.districts.iter().position(|d| d.id == "daxing").expect("daxing");
        assert_eq!(of(std::slice::from_ref(&old), &data), [(&old, Place::Changed(daxing, 2))]);
    }
}
