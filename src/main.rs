//! The command line: parse, choose the face (the browser, or a subcommand that prints), load the dataset,
//! map every failure to its exit code: 0 success, 1 nothing found or an invalid dataset, 2 usage or file
//! errors. Messages go to standard error as "liangdian: what" and "  hint: what to do".

use std::ffi::OsString;
use std::fmt::Display;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use liangdian::app::loading::Load;
use liangdian::browse::{self, Opening, unknown_to_compare};
use liangdian::cli::{self, Cli, Command, Failure, Global};
use liangdian::dataset::{Cache, Dataset, LoadError, Progress, shelf};
use liangdian::lang::{CliMsg, CommandLineFault, Fault, Lang, TerminalFault, io_reason};
use liangdian::theme::Theme;
use liangdian::tui::Ended;
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
    let opening = Opening {
        data: cli.global.data.clone(),
        edition: cli.global.edition,
        cache: Cache::from_env(cli.global.no_cache),
        compare: cli.compare.clone(),
        search: cli.search.clone(),
        lang,
        // The event loop resizes the app to the terminal before the first frame.
        size: crossterm::terminal::size().unwrap_or((80, 24)),
    };
    // A file is read, parsed and indexed on another thread, and the browser opens on its first districts; the
    // built-in dataset is read on the browser's thread before the terminal is set up.
    let start = move |progress: &Progress, send: &dyn Fn(Load)| {
        #[cfg(feature = "test-panic")]
        if let Some(ms) = std::env::var("LIANGDIAN_PANIC_WHILE_LOADING_MS").ok().and_then(|v| v.parse().ok()) {
            std::thread::sleep(std::time::Duration::from_millis(ms));
            panic!("deliberate panic while loading");
        }
        browse::load(&opening, progress, send);
    };
    let at_once = cli.global.data.is_empty();
    let loading = Loading { origin: shelf::origin(&cli.global.data), lang, at_once };
    match liangdian::tui::run_loading(start, loading, Theme::from_env()) {
        Ok(Ended::Quit) => ExitCode::SUCCESS,
        Ok(Ended::Failed(message, code)) => fail(code, message),
        Err(e) => fail(2, TerminalFault::TerminalFailed { reason: &io_reason(&e, lang) }.report(lang)),
    }
}
