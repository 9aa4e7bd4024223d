//! `liangdian bookmarks`: the reader's bookmarks on this dataset, with their notes and where each is, in
//! text, JSON or Markdown (with a citation each).

use serde::Serialize;

use super::{Failure, Format, Out};
use crate::bookmarks::{self, Bookmark, Place, Store};
use crate::dataset::Dataset;
use crate::doc::Tone;
use crate::doc::table::{Cell, Column, Table};
use crate::export;
use crate::keys::{Action, Ctx, key_of};
use crate::lang::CliMsg;

pub fn run(out: &mut Out, data: &Dataset) -> Result<(), Failure> {
    let store = Store::from_env()?;
    let all = store.load()?;
    let mine: Vec<(Bookmark, Place)> = bookmarks::of(&all, data).into_iter().map(|(b, p)| (b.clone(), p)).collect();
    let elsewhere = all.len() - mine.len();
    match out.format {
        Format::Json => out.json(&Shape {
            file: store.path.display().to_string(),
            dataset: &data.source.title,
            bookmarks: mine.iter().map(|(b, p)| Row::new(data, b, *p)).collect(),
            other_datasets: elsewhere,
        })?,
        _ if mine.is_empty() => {}
        Format::Text => {
            let l = out.lang.labels();
            let mut table = Table::new(vec![
                Column::left(l.col_highlight, Tone::Title),
                Column::flex(l.col_note, Tone::Note),
                Column::left("", Tone::Dim),
            ]);
            for (b, place) in &mine {
                let state = match place {
                    Place::Found(..) => "",
                    Place::Changed(..) => l.text_changed,
                    Place::Missing => l.not_here,
                };
                let cells = [export::bookmarks::label_in(data, b, *place, out.lang), b.note.clone(), state.to_string()];
                table.rows.push(cells.into_iter().map(Cell::Text).collect());
            }
            for line in table.text(out.width) {
                out.line(&line)?;
            }
        }
        Format::Markdown => out.plain(export::bookmarks::markdown(data, &mine, out.lang, out.texts).trim_end())?,
    }
    if mine.is_empty() {
        let key = key_of(Ctx::Districts, &Action::Bookmark);
        return Err(Failure::NothingFound {
            what: out.lang.say(CliMsg::NoBookmarksHere { file: &store.path.display().to_string(), elsewhere }),
            hint: out.lang.say(CliMsg::BookmarkHint { key: &key }),
        });
    }
    Ok(())
}

/// `bookmarks --format json`.
#[derive(Debug, Serialize)]
struct Shape<'a> {
    /// The bookmarks file.
    file: String,
    /// The dataset's title, which the bookmarks are matched by.
    dataset: &'a str,
    bookmarks: Vec<Row<'a>>,
    /// How many bookmarks in the file belong to other datasets.
    other_datasets: usize,
}

#[derive(Debug, Serialize)]
struct Row<'a> {
    district: &'a str,
    number: usize,
    title: &'a str,
    note: &'a str,
    /// Seconds since 1970.
    updated: u64,
    /// `"found"`, `"changed"` (the highlight's text is not the one marked) or `"missing"`.
    state: &'static str,
    /// The highlight's text, when it is the one marked.
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

impl<'a> Row<'a> {
    fn new(data: &'a Dataset, b: &'a Bookmark, place: Place) -> Row<'a> {
        let (state, text) = match place {
            Place::Found(d, h) => ("found", Some(data.districts[d].highlights[h].text.as_str())),
            Place::Changed(..) => ("changed", None),
            Place::Missing => ("missing", None),
        };
        Row { district: &b.district, number: b.number, title: &b.title, note: &b.note, updated: b.updated, state, text }
    }
}
