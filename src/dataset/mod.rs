//! The dataset: its schema, loading (embedded or from a file), validation and sanitising.
//!
//! Nothing here needs a terminal: the browser and the command line are two faces over this core.

mod bytes;
mod cache;
mod chunks;
mod columns;
mod editions;
mod english;
mod error;
mod exact;
mod figures;
mod glossary;
mod heaps;
mod json_lines;
mod limits;
#[cfg(test)]
mod limits_bytewise;
mod lines;
mod literal;
mod load;
mod locate;
mod plain_items;
mod progress;
mod quantities;
mod rare;
mod sanitize;
mod schema;
pub mod shelf;
mod stream;
mod validate;
mod warnings;

pub use cache::{Annexes, Cache, Fill, LIMIT as CACHE_LIMIT};
pub use editions::{Edition, ThemeConflict};
pub use english::{keeps_numbers, numbers};
pub use error::{LoadError, Problem};
pub use figures::{FigureRef, FigureSort, Figures};
pub use glossary::{Glossary, Term, beside as glossary_beside};
pub use limits::{MAX_BLOCK_COLUMNS, MAX_EXPANSION, MAX_FLOW_DEPTH, Refusal};
pub use load::{EMBEDDED_ORIGIN, EMBEDDED_YAML, MAX_BYTES};
pub use locate::{Position, positions};
pub use progress::{Progress, Stage};
pub use quantities::{Quantity, quantities};
pub use sanitize::{Field, needs_care, sanitize, sanitize_dataset};
pub use schema::{Dataset, District, Figure, Highlight, RareText, Source, Text, Theme, ThemeIds, Unplaced};
pub use stream::{Annex, Arrival, Receive};
pub use validate::{Checker, nearest};
pub use warnings::warnings;
