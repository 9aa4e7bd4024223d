//! The command line: parse, choose the face (the browser, or a subcommand that prints), load the dataset,
//! map every failure to its exit code: 0 success, 1 nothing found or an invalid dataset, 2 usage or file
//! errors. Messages go to standard error as "liangdian: what" and "  hint: what to do".

use std::fmt::Display;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use liangdian::app::{App, Lang};
use liangdian::cli::{self, Cli, Command, Failure, Global};
use liangdian::dataset::{Dataset, LoadError};
use liangdian::ui::Theme;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => return browse(&cli),
        Some(_) if cli.compare.is_some() || cli.search.is_some() => {
            // Flags that open the browser make no sense beside a subcommand; say so as clap would.
            Cli::command()
                .error(
                    clap::error::ErrorKind::ArgumentConflict,
                    "--compare and --search open the browser and cannot be used with a subcommand",
                )
                .exit()
        }
        Some(Command::Check { file }) => cli::check(&file, &cli.global),
        Some(Command::Completions { shell }) => cli::completions(shell),
        Some(Command::Read(command)) => {
            load(&cli.global).map_err(Failure::Load).and_then(|data| cli::run(command, &data, &cli.global))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(e.exit_code(), e),
    }
}

/// Reports a failure on standard error and returns its exit code. A closed standard error is no reason to
/// panic, so a failed write is ignored (`eprintln!` would panic).
fn fail(code: u8, message: impl Display) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "liangdian: {message}");
    ExitCode::from(code)
}

fn load(global: &Global) -> Result<Dataset, LoadError> {
    match &global.data {
        Some(path) => Dataset::from_path(path),
        None => Dataset::embedded(),
    }
}

/// `liangdian` with no subcommand: the browser, which needs a terminal.
fn browse(cli: &Cli) -> ExitCode {
    let lang: Lang = cli.global.lang();
    let data = match load(&cli.global) {
        Ok(data) => data,
        Err(e) => return fail(e.exit_code(), e),
    };
    // The event loop resizes the app to the terminal before the first frame.
    let (width, height) = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::new(data, lang, width, height);
    if let Some(names) = &cli.compare {
        let mut sides = Vec::new();
        for name in names {
            match app.index.resolve(&app.data, name) {
                Ok(d) => sides.push(d),
                Err(e) => {
                    let hint = "name a district by its Chinese name, pinyin, initials or id";
                    return fail(2, format!("--compare: {e}\n  hint: {hint}"));
                }
            }
        }
        if let [left, right] = sides[..] {
            app.open_compare(left, right);
        }
    }
    if let Some(word) = &cli.search {
        app.open_search(word);
    }
    if !std::io::stdout().is_terminal() {
        return fail(
            2,
            "standard output is not a terminal, and the browser needs one\n  hint: run it in a terminal, or \
             print with a subcommand: `liangdian list`, `liangdian show DISTRICT` (see --help)",
        );
    }
    match liangdian::tui::run(app, Theme::from_env()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            fail(2, format!("the terminal failed: {e}\n  hint: check that TERM names your terminal, then try again"))
        }
    }
}
