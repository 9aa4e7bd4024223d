//! liangdian (亮点): a terminal browser for the 2020 work highlights of Beijing's sixteen district people's
//! congress standing committees.
//!
//! Data flows one way: file → [`dataset::Dataset`] → search index → app state → frame.

pub mod app;
pub mod bookmarks;
pub mod cli;
pub mod dataset;
pub mod doc;
pub mod export;
pub mod keys;
pub mod lang;
pub mod pages;
pub mod search;
pub mod synthetic;
pub mod text;
pub mod theme;
pub mod tui;
pub mod ui;
