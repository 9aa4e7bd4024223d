//! The command line's second face: subcommands that print what the browser shows, for scripts, notes and
//! other tools. Each is a thin printer over the same core (dataset, search index, detail builder, figures
//! table), so the two faces cannot disagree.
//!
//! Formats: `text` (wrapped to the terminal, coloured only on a terminal), `json` (the shapes in [`json`],
//! documented in the README and kept stable) and `markdown`. Exit codes: 0 success, 1 nothing found or the
//! dataset is invalid, 2 usage or file errors (see [`Failure::exit_code`]).

mod bookmarks;
mod cache;
mod check;
mod compare;
mod district_arg;
mod editions;
mod failure;
mod figures;
mod glossary;
mod import;
pub mod json;
mod list;
mod output;
mod search;
mod show;
mod themes;
mod usage;
mod zh;

use std::io::ErrorKind;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::dataset::{Dataset, Field, sanitize};
use crate::lang::{CliMsg, Lang, Texts};
use crate::search::SearchIndex;
pub use editions::{EditionArg, edition_of, theme_conflict};
pub use failure::Failure;
pub use figures::SortArg;
pub use import::ImportFailure;
pub use output::{Format, Out};
pub use usage::explain as explain_usage;

const EXAMPLES: &str = "\
Examples:
  liangdian                              open the browser
  liangdian --compare 东城 xicheng       open the browser on a comparison
  liangdian --search 冬奥会              open the browser with a search done
  liangdian list                         the sixteen districts
  liangdian show hd                      海淀 in full
  liangdian search 垃圾分类              every match, in context
  liangdian compare dc xc                东城 and 西城 side by side
  liangdian themes ljfl                  themes ranked by a query
  liangdian figures --sort largest       every figure, largest first
  liangdian check mine.yaml              validate a dataset
  liangdian import page.html -o 2021.yaml   draft a dataset from an article
  liangdian list --format json | jq '.districts[].id'

Districts may be named by Chinese name, pinyin (any case), initials, id or
English name, with or without the word for district:
东城, 海淀区, Xicheng, hd, Haidian District.
Exit status: 0 success, 1 nothing found or the dataset is invalid,
2 usage or file errors.
Keys: press ? in the browser for the full list.";

/// A terminal browser for the 2020 work highlights of Beijing's sixteen district people's congress
/// standing committees (各区人大常委会2020年工作亮点扫描, 《北京人大》2021年第1期).
///
/// Without a subcommand it opens the browser; the subcommands print the same data for scripts. The article's
/// texts are Chinese; district names, highlight titles, themes and figure descriptions have English labels.
#[derive(Debug, Parser)]
#[command(name = "liangdian", version, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub global: Global,
    /// Open the browser on the comparison of two districts (name, pinyin, initials or id: 东城, xicheng, hd).
    #[arg(long, num_args = 2, value_names = ["A", "B"], value_parser = district_arg::DistrictName, hide_possible_values = true)]
    pub compare: Option<Vec<String>>,
    /// Open the browser with a keyword search done (n / N step through the matches).
    #[arg(long, value_name = "WORD")]
    pub search: Option<String>,
}

/// Options every subcommand takes, before or after its name.
#[derive(Debug, Args)]
pub struct Global {
    /// Read the districts from this YAML file instead of the built-in dataset. Given more than once, or
    /// naming a folder of datasets, each is an edition (a year of the column); `builtin` is the built-in one.
    #[arg(long, global = true, value_name = "FILE", action = clap::ArgAction::Append)]
    pub data: Vec<PathBuf>,
    /// Output format of the subcommands (the JSON shapes are documented in the README).
    #[arg(long, global = true, value_enum, ignore_case = true, default_value_t = Format::Text)]
    pub format: Format,
    /// Language of the labels, the help and the messages [default: from LC_ALL, LC_MESSAGES or LANG; zh…
    /// gives Chinese].
    #[arg(long, global = true, value_enum, ignore_case = true)]
    pub lang: Option<LangArg>,
    /// Which texts of the article to print: zh (the Chinese), en (the English translation, Chinese where
    /// there is none) or both [default: both in English, zh in Chinese]. JSON carries both.
    #[arg(long, global = true, value_enum, ignore_case = true, value_name = "TEXTS")]
    pub text: Option<TextArg>,
    /// With several editions (--data given more than once), read only the edition of this year; `all` reads
    /// every one, each result naming its year [default: all].
    #[arg(long, global = true, value_name = "YEAR", value_parser = editions::edition_arg)]
    pub edition: Option<EditionArg>,
    /// Read dataset files afresh, neither from the cache of those read before nor into it (as
    /// LIANGDIAN_NO_CACHE=1 does).
    #[arg(long, global = true)]
    pub no_cache: bool,
}

impl Global {
    /// The texts to print, as asked or as the language reads them.
    pub fn texts(&self) -> Texts {
        match self.text {
            Some(TextArg::Zh) => Texts::Chinese,
            Some(TextArg::En) => Texts::English,
            Some(TextArg::Both) => Texts::Both,
            None => Texts::for_lang(self.lang()),
        }
    }

    pub fn lang(&self) -> Lang {
        match self.lang {
            Some(LangArg::En) => Lang::En,
            Some(LangArg::Zh) => Lang::Zh,
            None => Lang::from_env(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextArg {
    Zh,
    En,
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Zh,
}

/// What to do instead of opening the browser.
#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(flatten)]
    Read(Read),
    /// Validate a dataset file: a one-line summary, or every problem with its line:column.
    #[command(after_help = "\
Examples:
  liangdian check assets/districts.yaml
  liangdian check mine.yaml --format json | jq '.problems[].message'

Exit status: 0 valid, 1 invalid (every problem is listed on standard error), 2 the file cannot be read.")]
    Check {
        /// The YAML file to validate (the schema is in the README).
        file: PathBuf,
    },
    /// Draft a dataset from an article of the column, as text copied from its page or the page saved as HTML.
    #[command(after_help = "\
Examples:
  liangdian import article.txt -o 2021.yaml
  liangdian import page.html -o 2021.yaml
  liangdian import a.txt --url https://… --year 2021 > 2021.yaml
  liangdian import assets/article.txt --against builtin

The article's texts are kept exactly; the titles, what each figure counts and
the themes are drafted from them, to be read against the article. The report
(what was found, skipped, drafted and left unplaced) goes to standard error.
Exit status: 0 a draft was made, 2 the file is not an article of the column
or cannot be read, or OUT exists (nothing is written).")]
    Import {
        /// The article: text copied from its page, or the page saved as HTML (`-` reads standard input).
        file: PathBuf,
        /// Write the draft to this new file instead of standard output (never over an existing file).
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// The published page's address, for the draft's source.url (a saved page's canonical link otherwise).
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        /// The year of the work, when the title does not name it.
        #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(1949..=2100))]
        year: Option<u16>,
        /// Measure the draft against a curated dataset of the same article (a file, or `builtin`).
        #[arg(long, value_name = "DATASET")]
        against: Option<PathBuf>,
    },
    /// The cache of dataset files read before: where it is and what it holds; `clear` empties it.
    #[command(after_help = "\
Examples:
  liangdian cache
  liangdian cache clear

A large file is parsed, checked and kept in the cache the first time it is read,
and opens from there while its content is the same. LIANGDIAN_NO_CACHE=1 or
--no-cache turns the cache off.")]
    Cache {
        #[command(subcommand)]
        action: Option<CacheAction>,
    },
    /// Print a shell completion script to standard output.
    #[command(after_help = "\
Examples:
  liangdian completions zsh > ~/.zfunc/_liangdian
  liangdian completions fish > ~/.config/fish/completions/liangdian.fish

In bash, `source <(liangdian completions bash)` in ~/.bashrc.")]
    Completions { shell: Shell },
}

/// The subcommands that read the dataset (the built-in one, or `--data FILE`).
#[derive(Debug, Subcommand)]
pub enum Read {
    /// The districts: id, name, pinyin, English name, numbers of highlights and themes.
    #[command(after_help = "\
Examples:
  liangdian list
  liangdian list --format markdown > districts.md
  liangdian list --format json | jq -r '.districts[].id'")]
    List,
    /// One district in full: lead, highlights with titles, themes and figures.
    #[command(after_help = "\
Examples:
  liangdian show 海淀
  liangdian show hd --lang zh
  liangdian show Haidian --format json | jq -r '.highlights[].title'

DISTRICT may be the Chinese name, pinyin (any case), initials, id or English name, with or without 区.")]
    Show {
        /// The district: 海淀, Haidian, hd or haidian (its words may be given apart: Haidian District).
        #[arg(required = true, num_args = 1.., value_parser = district_arg::DistrictName, hide_possible_values = true)]
        district: Vec<String>,
    },
    /// Every match of a keyword in the leads and highlights, in context, with the totals.
    #[command(after_help = "\
Examples:
  liangdian search 冬奥会
  liangdian search covid --format json | jq '.totals'

The search is literal and ASCII case-insensitive, as in the browser (/);
full-width and half-width forms are alike (，and ,). Pinyin finds the Chinese
it spells when the letters are not there as written (dongao: 冬奥).
Several words find the highlights that hold all of them.
Exit status 1 when nothing matches.")]
    Search {
        /// The word to look for, literally; several words find the highlights that hold all of them.
        #[arg(required = true, num_args = 1..)]
        keyword: Vec<String>,
    },
    /// Two districts: the themes both carry and those only one carries, then both texts.
    #[command(after_help = "\
Examples:
  liangdian compare 东城 西城
  liangdian compare dc xc --format json | jq '.themes.shared[].id'

In text, the districts stand side by side when the terminal is at least 100 columns wide.")]
    Compare {
        /// The left district.
        #[arg(value_parser = district_arg::DistrictName, hide_possible_values = true)]
        a: String,
        /// The right district.
        #[arg(value_parser = district_arg::DistrictName, hide_possible_values = true)]
        b: String,
    },
    /// The themes with their districts; with a query, ranked by it as the browser's filter ranks them.
    #[command(after_help = "\
Examples:
  liangdian themes
  liangdian themes ljfl
  liangdian themes 垃圾 --format json | jq -r '.themes[0].districts[].name'

QUERY may be Chinese (垃圾分类), pinyin (lajifenlei), initials (ljfl) or English (waste).
Exit status 1 when no theme matches.")]
    Themes {
        /// What to rank the themes by.
        query: Option<String>,
    },
    /// The figures table: every quantity with its district, what it counts and its highlight.
    #[command(after_help = "\
Examples:
  liangdian figures
  liangdian figures --sort largest
  liangdian figures 昌平 --format markdown

Exit status 1 when the district's highlights quote no figures.")]
    Figures {
        /// Only this district's figures (its words may be given apart: Haidian District).
        #[arg(num_args = 0.., value_parser = district_arg::DistrictName, hide_possible_values = true)]
        district: Vec<String>,
        /// The order of the rows.
        #[arg(long, value_enum, ignore_case = true, default_value_t = SortArg::Article)]
        sort: SortArg,
    },
    /// Your bookmarks on this dataset, with their notes (b in the browser makes them).
    #[command(after_help = "\
Examples:
  liangdian bookmarks
  liangdian bookmarks --format markdown > notes.md
  liangdian bookmarks --format json | jq -r '.bookmarks[].note'

They are kept in bookmarks.json in the platform's data directory
(~/.local/share/liangdian on Linux), or in the file $LIANGDIAN_BOOKMARKS
names. A bookmark whose highlight has other text since is shown as changed.
Exit status 1 when there are none.")]
    Bookmarks,
    /// Beijing's and the congresses' terms the article uses: pinyin, English, what each means, where.
    #[command(after_help = "\
Examples:
  liangdian glossary
  liangdian glossary 控规
  liangdian glossary jiesujiban --text en
  liangdian glossary --format json | jq -r '.terms[].term'

TERM may be the Chinese, its pinyin (without tones) or its English; a part of
one lists every term that holds it. Exit status 1 when none does.")]
    Glossary {
        /// The term to explain.
        term: Option<String>,
    },
}

/// What `liangdian cache` does besides showing the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum CacheAction {
    /// Remove every entry.
    Clear,
}

/// The command line in `lang`: its help, its placeholders and the usage lines its errors quote.
pub fn command(lang: Lang) -> clap::Command {
    match lang {
        Lang::En => Cli::command(),
        Lang::Zh => zh::localize(Cli::command()),
    }
}

/// The language the command line asks for before it is parsed, so that its help and its errors are in it:
/// `--lang zh` or `--lang=zh` anywhere before `--`, else the environment's.
pub fn lang_of(args: &[std::ffi::OsString]) -> Lang {
    let mut words = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default()).take_while(|a| *a != "--");
    let mut chosen = None;
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        match value {
            Some("zh") => chosen = Some(Lang::Zh),
            Some("en") => chosen = Some(Lang::En),
            _ => {}
        }
    }
    chosen.unwrap_or_else(Lang::from_env)
}

/// Parses the command line in `lang` (see [`command`]).
pub fn parse(args: Vec<std::ffi::OsString>, lang: Lang) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    // The browser opened with nothing asked, the usual start: what clap gives for it, without describing the
    // whole command line first (a third of a millisecond before the first frame).
    if args.len() <= 1 {
        return Ok(bare());
    }
    let matches = command(lang).try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// The command line with no arguments.
fn bare() -> Cli {
    let global =
        Global { data: Vec::new(), format: Format::Text, lang: None, text: None, edition: None, no_cache: false };
    Cli { command: None, global, compare: None, search: None }
}

/// Runs a subcommand that reads the dataset, writing to standard output.
pub fn run(command: Read, data: &Dataset, global: &Global) -> Result<(), Failure> {
    let index = SearchIndex::new(data);
    let mut out = Out::stdout(global.format, global.lang());
    out.texts = global.texts();
    // The user's words are echoed in titles and messages, so they are made printable like the dataset's text
    // (which was sanitised the same way at load, so a search for a stand-in such as ␛ still finds it).
    let word = |s: &str| sanitize(s, Field::Line).into_owned();
    let result = match command {
        Read::List => list::run(&mut out, data, &index),
        Read::Show { district } => show::run(&mut out, data, &index, &word(&district.join(" "))),
        Read::Search { keyword } => search::run(&mut out, data, &index, &word(&keyword.join(" "))),
        Read::Compare { a, b } => compare::run(&mut out, data, &index, [&word(&a), &word(&b)]),
        Read::Themes { query } => themes::run(&mut out, data, &index, query.map(|q| word(&q)).as_deref()),
        Read::Figures { district, sort } => {
            let district = (!district.is_empty()).then(|| word(&district.join(" ")));
            figures::run(&mut out, data, &index, district.as_deref(), sort)
        }
        Read::Bookmarks => bookmarks::run(&mut out, data),
        Read::Glossary { term } => glossary::run(&mut out, data, term.map(|t| word(&t)).as_deref()),
    };
    finish(&mut out, result)
}

/// Validates a dataset file (`check FILE`).
pub fn check(file: &std::path::Path, global: &Global) -> Result<(), Failure> {
    let mut out = Out::stdout(global.format, global.lang());
    let result = check::run(&mut out, file);
    finish(&mut out, result)
}

/// Drafts a dataset from an article (`import FILE`), suggesting the themes of `taxonomy`.
pub fn import(request: &import::Request, global: &Global) -> Result<(), Failure> {
    import::run(request, global.lang())
}

pub use import::Request as ImportRequest;

/// Shows or clears the cache (`cache [clear]`).
pub fn cache(action: Option<CacheAction>, global: &Global) -> Result<(), Failure> {
    let mut out = Out::stdout(global.format, global.lang());
    let result = cache::run(&mut out, action, &crate::dataset::Cache::from_env(false));
    finish(&mut out, result)
}

/// Prints a completion script for `shell`.
pub fn completions(shell: Shell) -> Result<(), Failure> {
    // clap_complete panics when a write fails, so the script is made in memory and written like the rest.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "liangdian", &mut script);
    let mut out = Out::stdout(Format::Text, Lang::En);
    let written = out.bytes(&script).map_err(Failure::Output);
    finish(&mut out, written)
}

/// Flushes what was written and settles the outcome. A reader that stops early (`liangdian list | head -1`)
/// closes the pipe; that is not an error, so a broken pipe ends the program quietly and successfully.
fn finish(out: &mut Out, result: Result<(), Failure>) -> Result<(), Failure> {
    let flushed = out.flush().map_err(Failure::Output);
    let quiet = |r: Result<(), Failure>| match r {
        Err(Failure::Output(e)) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        other => other,
    };
    // The subcommand's own outcome (say, nothing found) matters more than a flush that followed it.
    quiet(result).and(quiet(flushed))
}

/// The district a name on the command line stands for; an unknown or ambiguous name is a usage error.
fn district(data: &Dataset, index: &SearchIndex, name: &str, lang: Lang) -> Result<usize, Failure> {
    index
        .resolve(data, name)
        .map_err(|e| Failure::Usage { what: resolve_error(&e, lang), hint: lang.say(CliMsg::NameDistrictHint) })
}

/// Why a name did not pick one district, in the interface's language.
pub fn resolve_error(e: &crate::search::ResolveError, lang: Lang) -> String {
    use crate::search::ResolveError;
    use crate::search::candidates;
    match e {
        ResolveError::Unknown { name, nearest } => {
            lang.say(CliMsg::UnknownDistrict { name, nearest: &candidates(nearest, lang) })
        }
        ResolveError::Ambiguous { name, candidates: many } => {
            lang.say(CliMsg::AmbiguousDistrict { name, candidates: &candidates(many, lang) })
        }
        ResolveError::NoEdition { name, year, years } => lang.say(CliMsg::NoEdition { name, year: *year, years }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(args: &[&str]) -> Lang {
        let args: Vec<std::ffi::OsString> =
            std::iter::once("liangdian").chain(args.iter().copied()).map(Into::into).collect();
        lang_of(&args)
    }

    #[test]
    fn the_language_is_read_from_the_command_line_before_it_is_parsed() {
        assert_eq!(lang(&["--lang", "zh", "list"]), Lang::Zh);
        assert_eq!(lang(&["list", "--lang=zh"]), Lang::Zh);
        assert_eq!(
            lang(&["--lang", "zh", "--lang", "en"]),
            Lang::En,
            "clap refuses a second --lang; the last one says in which language"
        );
        assert_eq!(lang(&["search", "--", "--lang", "zh"]), Lang::from_env(), "a keyword is not an option");
    }

    #[test]
    fn no_arguments_give_what_clap_gives() {
        let parsed =
            command(Lang::En).try_get_matches_from(["liangdian"]).map(|m| clap::FromArgMatches::from_arg_matches(&m));
        let parsed: Cli = parsed.expect("parses").expect("a command line");
        let parsed = format!("{parsed:?}");
        assert_eq!(parsed, format!("{:?}", parse(vec!["liangdian".into()], Lang::En).expect("parses")));
    }
}
