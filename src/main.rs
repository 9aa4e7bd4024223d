//! The command line: choose the face (the browser, for now), load the dataset, map errors to exit codes.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use liangdian::app::{App, Lang};
use liangdian::dataset::Dataset;
use liangdian::ui::Theme;

/// A terminal browser for the 2020 work highlights of Beijing's sixteen district people's congress
/// standing committees (各区人大常委会2020年工作亮点扫描, 《北京人大》2021年第1期).
#[derive(Debug, Parser)]
#[command(
    version,
    after_help = "Keys: press ? in the browser for the full list.\n\nExamples:\n  liangdian\n  liangdian --lang zh\n  liangdian --compare 东城 xicheng\n  liangdian --search 冬奥会\n  liangdian --data other-year.yaml"
)]
struct Cli {
    /// Read the districts from this YAML file instead of the built-in dataset.
    #[arg(long, value_name = "FILE")]
    data: Option<PathBuf>,
    /// Language of the interface's labels [default: from LANG; zh… gives Chinese].
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// Open on the comparison of two districts (name, pinyin, initials or id: 东城, xicheng, hd).
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    compare: Option<Vec<String>>,
    /// Open with a keyword search done (n / N step through the matches).
    #[arg(long, value_name = "WORD")]
    search: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    En,
    Zh,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match cli.lang {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Zh) => Lang::Zh,
        None => Lang::from_env(),
    };
    let data = match &cli.data {
        Some(path) => Dataset::from_path(path),
        None => Dataset::embedded(),
    };
    let data = match data {
        Ok(data) => data,
        Err(e) => {
            eprintln!("liangdian: {e}");
            return ExitCode::from(e.exit_code());
        }
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
                    eprintln!(
                        "liangdian: --compare: {e}\n  hint: name a district by its Chinese name, pinyin, initials or id"
                    );
                    return ExitCode::from(2);
                }
            }
        }
        app.open_compare(sides[0], sides[1]);
    }
    if let Some(word) = &cli.search {
        app.open_search(word);
    }
    if !std::io::stdout().is_terminal() {
        eprintln!(
            "liangdian: standard output is not a terminal, and the browser needs one\n  hint: run liangdian in a terminal"
        );
        return ExitCode::from(2);
    }
    match liangdian::tui::run(app, Theme::from_env()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "liangdian: the terminal failed: {e}\n  hint: check that TERM names your terminal, then try again"
            );
            ExitCode::from(2)
        }
    }
}
