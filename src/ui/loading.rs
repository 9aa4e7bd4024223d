//! The loading screen: which file, how big, how far, while a large dataset loads on another thread.

use std::time::Duration;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::Rows;

use crate::app::layout;
use crate::dataset::{Progress, Stage};
use crate::keys::{self, Action, Ctx};
use crate::lang::BrowserMsg;
use crate::text::truncate;
use crate::theme::Theme;

/// What the loading screen says about the file being loaded.
#[derive(Debug, Clone, Default)]
pub struct Loading {
    /// The file's name as messages give it; empty for the built-in dataset.
    pub origin: String,
    pub lang: crate::lang::Lang,
    /// The data is read at once, on the browser's own thread, before the terminal is touched (the built-in
    /// dataset, which takes about a millisecond): no thread is started for it, nor woken when it is done.
    pub at_once: bool,
}

pub fn draw_loading(frame: &mut Frame, loading: &Loading, progress: &Progress, elapsed: Duration, theme: &Theme) {
    let area = frame.area();
    if area.width < 10 || area.height < 3 {
        return;
    }
    let bytes = progress.bytes.load(std::sync::atomic::Ordering::Relaxed);
    let size = (bytes > 0).then(|| format!("{:.1} MB", bytes as f64 / 1e6));
    // A large file is parsed as it is read: the districts parsed so far and the share of the file read.
    let (done, read) = (progress.districts(), progress.fraction_read().unwrap_or(0.0));
    let l = loading.lang.labels();
    let stage = match (progress.stage(), done > 0) {
        (Stage::Reading, _) => l.stage_reading.to_string(),
        (Stage::Parsing, true) => {
            loading.lang.say(BrowserMsg::Parsed { districts: done, percent: (read * 100.0).round() as u32 })
        }
        (Stage::Parsing, false) => l.stage_parsing.to_string(),
        (Stage::Checking, _) => l.stage_checking.to_string(),
        (Stage::Indexing, _) => l.stage_indexing.to_string(),
    };
    let width = area.width.saturating_sub(4).min(64);
    let inner = width.saturating_sub(4) as usize;
    let fraction = match (progress.stage(), done > 0) {
        (Stage::Reading, _) => 0.0,
        (Stage::Parsing, true) => 0.8 * read,
        (Stage::Parsing, false) => 0.4,
        (Stage::Checking, _) => 0.85,
        (Stage::Indexing, _) => 0.9,
    };
    let filled = ((inner as f64) * fraction).round() as usize;
    let bar = format!("{}{}", "█".repeat(filled.min(inner)), "░".repeat(inner.saturating_sub(filled)));
    let quit_key = keys::key_of(Ctx::Districts, &Action::Quit);
    let name = if loading.origin.is_empty() { "liangdian".to_string() } else { loading.origin.clone() };
    let heading = size.map_or_else(|| name.clone(), |size| loading.lang.aside(&name, &size));
    let lines = vec![
        Line::from(Span::styled(truncate(&heading, inner), theme.title(false))),
        Line::from(Span::styled(
            truncate(&format!("{stage} · {:.1} {}", elapsed.as_secs_f64(), loading.lang.pick("s", "秒")), inner),
            theme.dim(),
        )),
        Line::from(Span::styled(bar, theme.tone(crate::doc::Tone::Heading))),
        Line::from(Span::styled(loading.lang.say(BrowserMsg::Quits { key: &quit_key }), theme.key())),
    ];
    let popup = layout::centered(area, width, 6.min(area.height));
    let title = format!(" {} ", l.loading);
    frame.render_widget(Block::bordered().border_style(theme.border(true)).title(title), popup);
    let text = Rect {
        x: popup.x + 2,
        y: popup.y + 1,
        width: popup.width.saturating_sub(4),
        height: popup.height.saturating_sub(2),
    };
    frame.render_widget(Rows(lines), text);
}
