//! What `liangdian check` warns about: what does not make a dataset invalid but a reader should see to. A
//! half-translated file, a quantity no figure records and text an import could not place all still load.

use super::error::{Owner, Problem, Rule};
use super::schema::Dataset;

/// Every warning, without positions (the caller locates them in its source and sorts them).
pub fn warnings(data: &Dataset) -> Vec<Problem> {
    let mut out = super::english::warnings(data);
    out.extend(super::quantities::unrecorded(data));
    out.extend(data.unplaced.iter().enumerate().map(|(i, piece)| Problem {
        position: None,
        path: format!("unplaced[{i}]"),
        owner: Owner::Dataset,
        rule: Rule::Unplaced { after: piece.after.to_string() },
    }));
    out
}
