//! The keys, as data: what a reader can ask for ([`Action`]), the keys the program knows ([`Key`]), and the
//! table from key to action for each place the keyboard can be ([`Ctx`]). Below both faces: the browser
//! binds keys from it, the help and the status line's hints are drawn from it, and the command line names
//! keys from it, so none of them can drift from what the keys do. The words are the catalogue's
//! ([`crate::lang::keys`]); the pages' own keys are in their files (`pages/`), built the same way.

mod action;
mod key;
mod table;

pub use action::{Action, Edit, Outcome, PageId};
pub use key::Key;
pub use table::{
    BINDINGS, BROWSE, Binding, COMPARE_HINTS, Ctx, KeyLine, PAGE, SECTIONS, bind, binding_of, key_of, leaves_loading,
    quits, section,
};
