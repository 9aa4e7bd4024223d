//! The command line: parse, choose the face (the browser, or a subcommand that prints), load the dataset,
//! map every failure to its exit code: 0 success, 1 nothing found or an invalid dataset, 2 usage or file
//! errors. Messages go to standard error as "liangdian: what" and "  hint: what to do".

use std::ffi::OsString;
use std::fmt::Display;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use liangdian::app::App;
use liangdian::bookmarks::Store;
use liangdian::cli::{self, Cli, Command, Failure, Global};
use liangdian::dataset::{Cache, Dataset, LoadError, Progress, Stage, shelf};
use liangdian::lang::{BrowserMsg, CliMsg, CommandLineFault, Fault, Lang, Notice, TerminalFault, io_reason};
use liangdian::theme::Theme;
use liangdian::tui::{Ended, Started};
use liangdian::ui::Loading;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // The language is chosen before parsing, so that the help and a usage error are in it too.
    let lang = cli::lang_of(&args);
    let cli = match cli::parse(args, lang) {
        Ok(cli) => cli,
        Err(e) => return usage(e, lang),
    };
    let result = match cli.command {
        None => return browse(&cli),
        Some(_) if cli.compare.is_some() || cli.search.is_some() => {
            // Flags that open the browser make no sense beside a subcommand.
            return fail(2, lang.with_hint(&lang.say(CliMsg::BrowserOnly), &lang.say(CliMsg::BrowserOnlyHint)));
        }
        Some(Command::Check { file }) => cli::check(&file, &cli.global),
        Some(Command::Completions { shell }) => cli::completions(shell),
        Some(Command::Cache { action }) => cli::cache(action, &cli.global),
        Some(Command::Import { file, output, url, year, against }) => {
            load(&cli.global).map_err(Failure::Load).and_then(|data| {
                let request = cli::ImportRequest {
                    file: &file,
                    output: output.as_deref(),
                    url: url.clone(),
                    year,
                    against: against.as_deref(),
                    taxonomy: &data,
                };
                cli::import(&request, &cli.global)
            })
        }
        Some(Command::Read(command)) => load(&cli.global)
            .map_err(Failure::Load)
            .and_then(|data| cli.global.edition_of(data))
            .and_then(|data| cli::run(command, &data, &cli.global)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e.exit_code(), e.message(cli.global.lang())),
    }
}

/// A command line clap cannot take, said as every other failure is ("liangdian: what" and "  hint: what to
/// do") in the reader's language, with exit status 2; the help and the version are printed as clap prints
/// them (from the command in that language).
fn usage(e: clap::Error, lang: Lang) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion)
        || e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    {
        e.exit()
    }
    fail(2, cli::explain_usage(&e, lang))
}

/// Reports a failure on standard error and returns its exit code. A closed standard error is no reason to
/// panic, so a failed write is ignored (`eprintln!` would panic).
fn fail(code: u8, message: impl Display) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "liangdian: {message}");
    ExitCode::from(code)
}

/// The editions `--data` names (the built-in one when it names none), read together; a theme two of them
/// name differently is told on standard error.
fn load(global: &Global) -> Result<Dataset, LoadError> {
    let (data, conflicts) = shelf::load(&global.data, &Progress::default(), &Cache::from_env(global.no_cache))?;
    let lang = global.lang();
    for conflict in &conflicts {
        let _ = writeln!(std::io::stderr(), "liangdian: {}", cli::theme_conflict(conflict, lang));
    }
    Ok(data)
}

/// A name given to `--compare` that picks no district, or several.
fn unknown_to_compare(e: &liangdian::search::ResolveError, lang: Lang) -> String {
    let what = format!("--compare{}{}", lang.colon(), cli::resolve_error(e, lang));
    lang.with_hint(&what, &lang.say(CliMsg::NameDistrictHint))
}

/// `liangdian` with no subcommand: the browser, which needs a terminal.
fn browse(cli: &Cli) -> ExitCode {
    let lang: Lang = cli.global.lang();
    if !std::io::stdout().is_terminal() {
        // Without a terminal there is no browser; a broken file or a district that is not there is still
        // worth reporting first.
        let data = match load(&cli.global).map_err(Failure::Load).and_then(|data| cli.global.edition_of(data)) {
            Ok(data) => data,
            Err(e) => return fail(e.exit_code(), e.message(lang)),
        };
        if let Some(names) = &cli.compare {
            let index = liangdian::search::SearchIndex::new(&data);
            if let Some(e) = names.iter().find_map(|name| index.resolve(&data, name).err()) {
                return fail(2, unknown_to_compare(&e, lang));
            }
        }
        return fail(2, CommandLineFault::NotATerminal.report(lang));
    }
    let data_path = cli.global.data.clone();
    let edition = cli.global.edition;
    let cache = Cache::from_env(cli.global.no_cache);
    let compare = cli.compare.clone();
    let search = cli.search.clone();
    // The file is read, parsed and indexed on another thread while the browser shows how far it has got.
    let start = move |progress: &Progress| -> Started {
        #[cfg(feature = "test-panic")]
        if let Some(ms) = std::env::var("LIANGDIAN_PANIC_WHILE_LOADING_MS").ok().and_then(|v| v.parse().ok()) {
            std::thread::sleep(std::time::Duration::from_millis(ms));
            panic!("deliberate panic while loading");
        }
        let (data, conflicts) =
            shelf::load(&data_path, progress, &cache).map_err(|e| (e.message(lang), e.exit_code()))?;
        let data = cli::edition_of(data, edition, lang).map_err(|e| (e.message(lang), e.exit_code()))?;
        progress.set_stage(Stage::Indexing);
        // The event loop resizes the app to the terminal before the first frame.
        let (width, height) = crossterm::terminal::size().unwrap_or((80, 24));
        let mut app = App::new(data, lang, width, height);
        // What two editions name differently is kept in the messages page (m); the status line says the first.
        for conflict in &conflicts {
            app.log.push(cli::theme_conflict(conflict, lang));
        }
        if let Some(first) = conflicts.first() {
            app.notice = Some(Notice::new(cli::theme_conflict(first, lang)));
        }
        // The reader's bookmarks; a file that cannot be read is said, and the browser opens without them.
        match Store::from_env().and_then(|store| store.load()) {
            Ok(bookmarks) => app.set_bookmarks(bookmarks),
            Err(e) => {
                let why = e.short(lang);
                app.notice = Some(lang.notice(BrowserMsg::NotRead { why: &why }));
                app.bookmarks_problem = Some(why);
            }
        }
        if let Some(names) = &compare {
            let mut sides = Vec::new();
            for name in names {
                let d = app.index.resolve(&app.data, name).map_err(|e| (unknown_to_compare(&e, lang), 2))?;
                sides.push(d);
            }
            if let [left, right] = sides[..] {
                if left == right {
                    let (a, b, name) = (&names[0], &names[1], &app.data.districts[left].name);
                    let what = lang.say(CliMsg::SameDistrict { a, b, name });
                    let hint = lang.say(CliMsg::SameDistrictHint);
                    return Err((lang.with_hint(&format!("--compare{}{what}", lang.colon()), &hint), 2));
                }
                app.open_compare(left, right);
            }
        }
        if let Some(word) = &search {
            app.open_search(word);
        }
        Ok(app)
    };
    let loading = Loading { origin: shelf::origin(&cli.global.data), lang };
    match liangdian::tui::run_loading(start, loading, Theme::from_env()) {
        Ok(Ended::Quit) => ExitCode::SUCCESS,
        Ok(Ended::Failed(message, code)) => fail(code, message),
        Err(e) => fail(2, TerminalFault::TerminalFailed { reason: &io_reason(&e, lang) }.report(lang)),
    }
}
