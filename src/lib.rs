//! liangdian (亮点): a terminal browser for the 2020 work highlights of Beijing's sixteen district people's
//! congress standing committees.
//!
//! Data flows one way: file → [`dataset::Dataset`] → search index → the browser's state → frame. The modules
//! are layers that point one way too: each uses only those before it in this list (a test reads the source
//! to hold them to it).
//!
//! [`lang`], [`text`] and [`theme`]: the catalogue of every word shown, in English and Chinese (labels,
//! messages, what each key does, faults by what failed); Chinese-aware widths and wrapping; the colours.
//!
//! [`dataset`] (with [`synthetic`], large datasets for the benchmarks): the schema, loading with limits,
//! validation, sanitising, error positions.
//!
//! [`import`]: an article of the column, as published, made into a draft dataset.
//!
//! [`search`]: search keys (folded text, pinyin in every reading), the fuzzy theme filter, keyword search,
//! naming a district.
//!
//! [`bookmarks`]: a bookmark, its place in the dataset, and the file that keeps them.
//!
//! [`doc`] and [`export`]: documents laid out for a width, shared by both faces, and the text taken out of
//! them (the clipboard, Markdown).
//!
//! [`keys`]: what a reader can ask for, the keys the program knows, and the key table as data, below both
//! faces.
//!
//! [`app`]: the panes' state, their pure update and what is derived after it; no page, no drawing, no
//! terminal.
//!
//! [`cli`]: the subcommands, one face over the core.
//!
//! [`browse`]: what the browser opens on, read on the loading thread and handed over as it arrives.
//!
//! [`ui`]: drawing the panes and the status line from the state, and the widgets the pages share.
//!
//! [`pages`]: the pages over the panes, one file each, their registry, and the [`pages::Browser`] that keeps
//! them beside the panes' state.
//!
//! [`tui`]: the terminal, the event loop and the effects: the other face.

pub mod lang;
pub mod text;
pub mod theme;

pub mod dataset;
pub mod synthetic;

pub mod import;

pub mod search;

pub mod bookmarks;

pub mod doc;
pub mod export;

pub mod keys;

pub mod app;

pub mod cli;

pub mod browse;

pub mod ui;

pub mod pages;

pub mod tui;
