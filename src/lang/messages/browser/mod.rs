//! The browser's sentences: notices on the status line, prompts, the loading screen. Keys are passed in as
//! the key table names them, so a message never names a key the table does not bind.

mod said;

use crate::lang::Notice;

/// One thing the browser says: a notice on the status line, a prompt, the loading screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserMsg<'a> {
    /// A jump to a district the filter hid cleared the filter.
    FilterClearedToShow {
        district: &'a str,
    },
    Pinned {
        district: &'a str,
        compare_key: &'a str,
    },
    Unpinned {
        district: &'a str,
    },
    ColumnsTogether,
    /// `left_keys`: the keys that scroll the left column ("J/K").
    ColumnsApart {
        left_keys: &'a str,
    },
    /// The comparison has no right side: the filter lets no district through.
    NoDistrictSelected {
        back_key: &'a str,
    },
    /// The comparison was opened on the selected district alone: the other side is chosen by moving.
    MoveToCompare {
        move_keys: &'a str,
        district: &'a str,
    },
    NoMatchesToList {
        search_key: &'a str,
    },
    /// A matrix cell opened the districts carrying its theme.
    ThemeFiltered {
        theme: &'a str,
        back_key: &'a str,
    },
    /// A matrix cell of a district without the theme.
    NoHighlightOn {
        district: &'a str,
        theme: &'a str,
        filter_cleared: bool,
    },
    /// A search found nothing, and the filter had hidden some districts from it.
    /// A keyword that names a theme more districts carry than it was found in: `themes` as "垃圾分类" or
    /// "物业管理 and 垃圾分类", `districts` as "8" or "8 and 8".
    ThemeOffer {
        themes: &'a str,
        districts: &'a str,
        two: bool,
        filter_key: &'a str,
    },
    /// A search that found nothing in the districts the filter shows, but something in `districts` it hides.
    FilterHidesMatches {
        keyword: &'a str,
        districts: usize,
        back_key: &'a str,
    },
    /// A keyword of punctuation alone, which is not searched.
    NothingToSearch {
        keyword: &'a str,
    },
    NothingToStep {
        search_key: &'a str,
    },
    /// `<` or `>` with one edition read.
    OneEdition,
    /// The district list's count while a file arrives: "1,024/≈10,000", or stopped short by an error.
    Arriving {
        loaded: usize,
        expected: usize,
        incomplete: bool,
    },
    /// The file stopped arriving in pieces and is read whole again, to say where it goes wrong.
    Rereading,
    /// A quit while the file is read again: the program ends once it is known whether the file is valid.
    QuittingAfterCheck,
    /// A quit while the cache's entry of the file is written: the program ends once it is kept.
    QuittingAfterKeeping,
    /// A search over a file still arriving covers what has arrived.
    SoFar {
        loaded: usize,
    },
    /// The file stopped loading at an error: what arrived can be read, or the reader can quit.
    LoadStopped {
        loaded: usize,
        expected: usize,
        back_key: &'a str,
        quit_key: &'a str,
    },
    /// `<` or `>` past the district's first or last edition.
    NoOtherEdition {
        district: &'a str,
        year: u16,
        later: bool,
    },
    NoSearchYet {
        search_key: &'a str,
    },
    TooSmall {
        need: (u16, u16),
        size: (u16, u16),
        quit_key: &'a str,
    },
    /// The status line's search: "no match for «冬奥会»" or "match 2/7 «冬奥会»".
    SearchStatus {
        keyword: &'a str,
        current: usize,
        total: usize,
        /// Is the match the reader is on in an English text?
        english: bool,
    },
    /// The status line while a filter limits the search: "in 5 of 16 districts".
    SearchedOnly {
        shown: usize,
        all: usize,
    },
    /// A key that does nothing where the keyboard is.
    Unbound {
        key: &'a str,
        help_key: &'a str,
    },
    /// The status line's filter: "3 themes matching".
    ThemesMatching {
        n: usize,
    },
    /// What a key does, as a short hint: "q quits".
    Quits {
        key: &'a str,
    },
    /// The texts are now read in `reading` (Chinese, English, both).
    Reading {
        reading: &'a str,
    },
    /// The glossary page has nothing to list: no glossary, or no term in the highlight (`here`).
    NoTerms {
        here: bool,
    },
    /// A keyword that is a glossary's term: what it means.
    TermMeans {
        term: &'a str,
        pinyin: &'a str,
        en: &'a str,
        meaning: &'a str,
    },
    /// Text went to the clipboard (with its citation): what, and how long.
    Copied {
        what: &'a str,
        chars: usize,
    },
    /// `y`, `Y` or `w` on the panes with no district selected.
    NothingToCopy,
    /// `y` or `w` on a page that has nothing of the kind (the help).
    NothingOnPage,
    /// `y` on a page without rows: whether `w` writes it.
    NothingToCopyOnPage {
        write_key: Option<&'a str>,
    },
    /// A Markdown file was written.
    Wrote {
        path: &'a str,
    },
    NotWritten {
        name: &'a str,
        why: &'a str,
    },
    MouseOn,
    /// A bookmark was saved or removed: its district, number and title.
    Bookmarked {
        what: &'a str,
    },
    Unbookmarked {
        what: &'a str,
    },
    /// A bookmark's highlight now has other text, or is gone.
    TextChanged {
        what: &'a str,
    },
    NoLongerThere {
        what: &'a str,
    },
    /// `d` once on the bookmarks page: `key` again deletes.
    ConfirmDelete {
        what: &'a str,
        key: &'a str,
    },
    /// The bookmarks page with none: `key` marks one; `elsewhere` belong to other datasets.
    NoBookmarks {
        key: &'a str,
        elsewhere: usize,
    },
    /// A note was saved beside one another window had saved on the same highlight in between.
    BookmarkMerged {
        what: &'a str,
    },
    /// The bookmarks could not be saved; the note typed is back at the prompt.
    NotSaved {
        why: &'a Notice,
    },
    /// A bookmark could not be deleted.
    NotDeleted {
        why: &'a Notice,
    },
    /// The bookmarks could not be read.
    NotRead {
        why: &'a Notice,
    },
    /// A click while a note is typed.
    FinishNote {
        save: &'a str,
        leave: &'a str,
    },
    /// A key that acts on the highlight cursor, while comparing (which shows no cursor).
    NotWhileComparing,
    /// The note prompt: for which highlight.
    NoteFor {
        what: &'a str,
    },
    /// `key` turns it on again.
    MouseOff {
        key: &'a str,
    },
    /// After a zoomed pane's title: the key that puts the lists back.
    Zoomed {
        key: &'a str,
    },
    /// The loading screen while a large file is parsed.
    Parsed {
        districts: usize,
        percent: u32,
    },
    /// The empty filter line: the key that opens it (while browsing), and what may be typed.
    FilterPlaceholder {
        key: Option<&'a str>,
    },
    /// A key of the comparison pressed with none open.
    OnlyComparing {
        key: &'a str,
        pin_key: &'a str,
        compare_key: &'a str,
    },
    /// A quit held back at the note prompt.
    NoteNotSaved {
        save: &'a str,
        quit: &'a str,
    },
    /// The filter lets no district through.
    NoDistricts {
        back_key: &'a str,
    },
}
