//! The keyword search: run it, step through its occurrences across districts, show them in the detail.

use super::select_row;
use crate::app::derive::ScrollTo;
use crate::app::{App, Focus};
use crate::keys::{self, Action, Ctx};
use crate::lang::{BrowserMsg, Notice};
use crate::search::Occurrence;

/// Searches the visible districts for the keyword typed at the prompt and jumps to the first occurrence.
pub(crate) fn run(app: &mut App) {
    let keyword = crate::search::trim_punctuation(app.search.input.text().trim()).to_string();
    if keyword.is_empty() {
        return clear(app);
    }
    if !crate::search::searchable(&keyword) {
        clear(app);
        app.notice = Some(app.lang.notice(BrowserMsg::NothingToSearch { keyword: &keyword }));
        return;
    }
    app.search.keyword = keyword;
    app.search.ran_on = app.selected();
    app.search.all = app.index.texts.search(&app.search.keyword, |_| true);
    find(app);
    app.search.current = 0;
    let mut found_in: Vec<usize> = app.search.all.iter().map(|m| m.district).collect();
    found_in.dedup(); // occurrences come in district order
    app.search.offer =
        crate::search::theme_offers(&app.data, &app.index.theme_counts, &app.search.keyword, found_in.len());
    // A theme the keyword names is offered, which says what f does; otherwise a term of the glossary says
    // what it means, in the interface's language (`i` and `T` say more).
    if let Some(notice) = offer_notice(app) {
        app.notice = Some(notice);
    } else if let Some(t) = app.data.glossary.iter().find(|t| t.is(&app.search.keyword)) {
        let meaning = if app.lang == crate::lang::Lang::Zh { &t.zh } else { &t.explain };
        let msg = BrowserMsg::TermMeans { term: &t.term, pinyin: &t.pinyin, en: &t.en, meaning };
        app.notice = Some(app.lang.notice(msg));
    }
    if app.search.matches.is_empty() {
        // The status line says "no match"; when the filter hid what the keyword finds, say where and the way
        // out (Back clears the filter first then, and the matches appear).
        let mut hidden: Vec<usize> = app.search.all.iter().map(|m| m.district).collect();
        hidden.dedup(); // occurrences come in district order
        if !hidden.is_empty() {
            app.focus = Focus::Districts;
            let back_key = keys::key_of(Ctx::Districts, &Action::Back);
            let (keyword, districts) = (&app.search.keyword, hidden.len());
            app.notice =
                Some(app.lang.notice(BrowserMsg::FilterHidesMatches { keyword, districts, back_key: &back_key }));
        }
        return;
    }
    app.focus = Focus::Districts;
    jump(app);
}

/// What the status line says of the themes the keyword names, when it names some.
fn offer_notice(app: &App) -> Option<Notice> {
    let [first, rest @ ..] = app.search.offer.as_slice() else { return None };
    let and = app.lang.pick(" and ", "、");
    let name = |t: usize| app.data.themes[t].name.to_string();
    let themes: Vec<String> = std::iter::once(first).chain(rest).map(|o| name(o.theme)).collect();
    let counts: Vec<String> = std::iter::once(first).chain(rest).map(|o| o.districts.to_string()).collect();
    let filter_key = keys::key_of(Ctx::Districts, &Action::FocusFilter);
    let (themes, districts) = (themes.join(and), counts.join(app.lang.pick(" and ", "、")));
    Some(app.lang.notice(BrowserMsg::ThemeOffer {
        themes: &themes,
        districts: &districts,
        two: !rest.is_empty(),
        filter_key: &filter_key,
    }))
}

/// Did the search find nothing in the districts shown only because the filter hides where it found it?
pub(crate) fn hidden_by_filter(app: &App) -> bool {
    app.search.matches.is_empty() && !app.search.all.is_empty() && app.filtering()
}

/// The occurrences in the districts the filter shows, in the texts the reading shows (an English text is
/// searched when it is read, a Chinese one when it is read or has no English).
fn find(app: &mut App) {
    let mut visible = vec![false; app.data.districts.len()];
    for hit in &app.filtered.districts {
        visible[hit.district] = true;
    }
    let (data, reading, lang) = (&app.data, app.reading, app.lang);
    let shown = |m: &&Occurrence| visible[m.district] && m.part.shown(&data.districts[m.district], reading, lang);
    app.search.matches = app.search.all.iter().filter(shown).copied().collect();
}

/// After the filter changed: the occurrences in the districts that are visible now (no new search), staying
/// in the selected district when it has one.
pub(crate) fn refind(app: &mut App) {
    if !app.search.is_active() {
        return;
    }
    find(app);
    let selected = app.selected();
    app.search.current = app.search.matches.iter().position(|m| Some(m.district) == selected).unwrap_or(0);
}

/// Districts from `from` on have joined (a file still arriving): their occurrences join the search's, in
/// reading order after the others. A search that had found nothing yet goes to the first it finds now.
pub(crate) fn more(app: &mut App, from: usize) {
    if !app.search.is_active() {
        return;
    }
    let had = !app.search.matches.is_empty();
    let found = app.index.texts.search_from(&app.search.keyword, from);
    if found.is_empty() {
        return;
    }
    app.search.all.extend(found);
    find(app);
    // Only where the reader has stayed since the search ran: one who moved on is not taken away.
    if !had && !app.search.matches.is_empty() && app.selected() == app.search.ran_on {
        app.search.current = 0;
        jump(app);
    }
}

/// The same keyword searched again over districts that have changed (another edition joined), staying in
/// the selected district when it has an occurrence.
pub(crate) fn rerun(app: &mut App) {
    app.search.all = app.index.texts.search(&app.search.keyword, |_| true);
    refind(app);
}

pub(crate) fn clear(app: &mut App) {
    app.search.keyword.clear();
    app.search.all.clear();
    app.search.matches.clear();
    app.search.offer.clear();
    app.search.current = 0;
}

/// `n` / `N`: the next or previous occurrence, wrapping at the ends.
pub(crate) fn step(app: &mut App, forward: bool) {
    let n = app.search.matches.len();
    if n == 0 {
        let search_key = keys::key_of(Ctx::Districts, &Action::StartSearch);
        let search_key = &search_key;
        app.notice = Some(app.lang.notice(if app.search.is_active() {
            BrowserMsg::NothingToStep { search_key }
        } else {
            BrowserMsg::NoSearchYet { search_key }
        }));
        return;
    }
    app.search.current = if forward { (app.search.current + 1) % n } else { (app.search.current + n - 1) % n };
    jump(app);
}

/// Selects the current occurrence's district and scrolls the detail to it.
pub(crate) fn jump(app: &mut App) {
    let Some(m) = app.search.matches.get(app.search.current).copied() else { return };
    crate::app::editions::read_year_of(app, m.district);
    if let Some(row) = app.row_of(m.district) {
        select_row(app, row);
    }
    app.scroll_to.push(ScrollTo::CurrentMatch);
}

/// The occurrences in one district (a slice of all of them, which are in reading order) and the index in
/// that slice of the current one, if it is there.
pub(crate) fn matches_in(app: &App, district: usize) -> (&[Occurrence], Option<usize>) {
    let all = &app.search.matches;
    let start = all.partition_point(|m| m.district < district);
    let end = all.partition_point(|m| m.district <= district);
    let current = (start..end).contains(&app.search.current).then(|| app.search.current - start);
    (&all[start..end], current)
}
