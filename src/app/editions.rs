//! Several editions in the browser: the district list shows each district once, as a row holding the
//! editions the filter lets through, and the detail reads one of them, the reader's year where the district
//! has it. `<` and `>` step to the same district's previous or next edition.
//!
//! The filter, the search and the pages work on the editions themselves (dataset indices); only the list's
//! rows and the choice of edition are here.

use std::ops::Range;

use super::App;
use crate::dataset::Dataset;
use crate::lang::BrowserMsg;
use crate::search::DistrictHit;

/// The list's rows: runs of hits on one district (its editions, which the dataset keeps side by side).
pub fn rows(hits: &[DistrictHit], data: &Dataset) -> Vec<Range<usize>> {
    if !data.several() {
        // One edition: a row per hit, with no names to compare (a large file arriving asks for this often).
        return (0..hits.len()).map(|i| i..i + 1).collect();
    }
    let mut rows: Vec<Range<usize>> = Vec::new();
    for (i, hit) in hits.iter().enumerate() {
        match rows.last_mut() {
            Some(row) if data.districts[hits[row.start].district].id == data.districts[hit.district].id => {
                row.end = i + 1;
            }
            _ => rows.push(i..i + 1),
        }
    }
    rows
}

impl App {
    /// The hits of the district list's row `row`: its editions that pass the filter, earliest first.
    pub fn row_hits(&self, row: usize) -> &[DistrictHit] {
        self.rows.get(row).map_or(&[][..], |r| &self.filtered.districts[r.clone()])
    }

    /// The edition a row shows: the reader's year where the district has it, else its latest.
    pub fn shown_in_row(&self, row: usize) -> Option<usize> {
        let hits = self.row_hits(row);
        hits.iter().find(|h| self.data.districts[h.district].year == self.year).or(hits.last()).map(|h| h.district)
    }

    /// The row that holds district `d` (any of its editions), if the filter shows it.
    pub fn row_of(&self, d: usize) -> Option<usize> {
        (0..self.rows.len()).find(|&row| self.row_hits(row).iter().any(|h| h.district == d))
    }
}

/// Makes district `d`'s year the reader's, so that its row shows this edition.
pub(crate) fn read_year_of(app: &mut App, d: usize) {
    if let Some(district) = app.data.districts.get(d) {
        app.year = district.year;
    }
}

/// `<` and `>`: the selected district's previous or next edition.
pub(crate) fn step(app: &mut App, forward: bool) {
    let Some(selected) = app.selected() else { return };
    let district = &app.data.districts[selected];
    if !app.data.several() {
        app.notice = Some(app.lang.notice(BrowserMsg::OneEdition));
        return;
    }
    let editions = app.data.editions_of(&district.id);
    let at = editions.iter().position(|&e| e == selected).unwrap_or(0);
    let next = if forward { editions.get(at + 1) } else { at.checked_sub(1).and_then(|i| editions.get(i)) };
    let Some(&next) = next else {
        let name = district.name.to_string();
        let year = district.year.unwrap_or_default();
        app.notice = Some(app.lang.notice(BrowserMsg::NoOtherEdition { district: &name, year, later: forward }));
        return;
    };
    // The filter may hide that edition (it carries no theme the filter asks for): the filter gives way.
    read_year_of(app, next);
    super::update::select_district(app, next);
}
