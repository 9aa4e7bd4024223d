//! Drawing the panes: `draw` reads the [`App`] and writes widgets. No I/O, no parsing, no wrapping of the
//! dataset: the detail was laid out by `update`, and each pane touches only its visible rows. The pages are
//! drawn over the panes by the browser above (`pages/`), with the shared widgets here.

mod compare;
mod detail;
mod districts;
mod filter;
mod loading;
mod rows;
mod spans;
mod status;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::App;
use crate::app::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::keys::{self, Action, Ctx, KeyLine};
use crate::lang::BrowserMsg;
use crate::theme::Theme;
pub(crate) use detail::{scroll_label, visible_lines};
pub use filter::visible_query;
pub use loading::{Loading, draw_loading};
pub(crate) use rows::Rows;
pub(crate) use spans::{fit, message, row};

/// What the status line shows that the panes' state does not hold: where the keyboard is (a page open over
/// the panes may have it), the keys that work there in the order they are looked up, and the open page's
/// badge and position. The browser above the panes works it out for each frame.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub ctx: Ctx,
    pub keys: Vec<KeyLine>,
    pub page: Option<PageStatus>,
}

/// The page on top, as the status line names it: its badge ("FIGURES") and where its cursor is
/// ("石景山 · 9/38"), when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageStatus {
    pub mode: &'static str,
    pub position: Option<String>,
}

/// Draws the panes and the status line, and says whether it did: below the smallest size it says how large
/// the screen must be instead, and nothing may go over it. The pages go over the panes.
pub fn draw(frame: &mut Frame, app: &App, chrome: &Chrome, theme: &Theme) -> bool {
    let area = frame.area();
    // The panes come from the frame itself, so a frame drawn before a resize reaches `update` is still
    // drawn inside the screen.
    let Some(panes) = crate::app::layout::panes(area, app.zoomed()) else {
        too_small(frame, app, area, theme);
        return false;
    };
    // Zoomed, the lists are not shown.
    if panes.filter_block.width > 0 {
        // A page's own filter is the page's: the theme filter under it is not the one being typed in.
        filter::draw(frame, app, &panes, chrome.ctx == Ctx::Filter && chrome.page.is_none(), theme);
        districts::draw(frame, app, &panes, theme);
    }
    match &app.compare {
        Some(c) => compare::draw(frame, app, c, &panes, theme),
        None => detail::draw(frame, app, &panes, theme),
    }
    status::draw(frame, app, chrome, panes.status, theme);
    true
}

/// After a pane's title when it takes the whole width: how to put the lists back ("· zoomed: z ").
pub(crate) fn zoom_mark(app: &App) -> String {
    if !app.zoomed() {
        return String::new();
    }
    let key = keys::key_of(Ctx::Districts, &Action::ToggleZoom);
    format!("· {} ", app.lang.say(crate::lang::BrowserMsg::Zoomed { key: &key }))
}

/// Clears `area` for a popup. A wide character just left of it would cover the popup's first column (the
/// terminal draws both of its cells), so such a character is replaced by a space as well.
pub(crate) fn clear_for_popup(frame: &mut Frame, area: Rect) {
    frame.render_widget(ratatui::widgets::Clear, area);
    if area.x == 0 {
        return;
    }
    let buffer = frame.buffer_mut();
    for y in area.top()..area.bottom() {
        let cell = &mut buffer[(area.x - 1, y)];
        if crate::text::width(cell.symbol()) > 1 {
            cell.set_symbol(" ");
        }
    }
}

/// Below the minimum size, say how large the terminal must be instead of drawing broken panes.
fn too_small(frame: &mut Frame, app: &App, area: Rect, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let labels = app.lang.labels();
    let quit_key = keys::key_of(Ctx::Districts, &Action::Quit);
    let need = app.lang.say(BrowserMsg::TooSmall {
        need: (MIN_WIDTH, MIN_HEIGHT),
        size: (area.width, area.height),
        quit_key: &quit_key,
    });
    let lines = vec![Line::from(Span::styled(labels.too_small, theme.warning())), Line::from(need)];
    let height = 4.min(area.height);
    let y = area.y + (area.height - height) / 2;
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).centered(), Rect { y, height, ..area });
}
