//! Text taken out of the browser: a highlight, a district, a comparison, a page, as plain text for the
//! clipboard or as Markdown for a file, each with a citation of the article. The command line's Markdown
//! output is built here too, so that what `w` writes and what `--format markdown` prints agree.

pub mod bookmarks;
pub mod compare;
pub mod district;
pub mod figures;
pub mod pages;

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::dataset::{Dataset, Source};
use crate::doc::markdown::escape;
use crate::lang::{DocMsg, Lang};

/// Text for the clipboard, and a few words for the status line on what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clip {
    pub what: String,
    pub text: String,
}

/// A Markdown file to write: the start of its name (the program adds `.md`, and a number when the name is
/// taken) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub stem: String,
    pub markdown: String,
}

/// "Source: 《北京人大》杂志 2021年第1期 · 基层人大 · 各区人大常委会2020年工作亮点扫描", as the detail ends.
pub fn source_line(s: &Source, lang: Lang) -> String {
    let (publication, issue, column, title, url) = (&s.publication, &s.issue, &s.column, &s.title, &s.url);
    lang.say(DocMsg::SourceLine { publication, issue, column, title, url })
}

/// The source line of each edition `districts` are from (of every edition when none is named) and, after
/// them, what the dataset adds to the article, as Markdown: how a written page ends.
pub fn sources_markdown(data: &Dataset, districts: &[usize], lang: Lang) -> Vec<String> {
    let mut sources: Vec<&Source> = Vec::new();
    let all = data.editions.iter().map(|e| &e.source);
    let named: Vec<&Source> = districts.iter().map(|&d| data.source_of(d)).collect();
    let from: Vec<&Source> = if districts.is_empty() { all.collect() } else { named };
    for s in if from.is_empty() { vec![&data.source] } else { from } {
        if !sources.contains(&s) {
            sources.push(s);
        }
    }
    // Earliest first, as the editions stand.
    sources.sort_by_key(|s| s.year);
    let mut out: Vec<String> = sources.into_iter().map(|s| escape(&source_line(s, lang))).collect();
    out.push(escape(lang.labels().added));
    out
}

/// The citation of text from `district`: "出处：《北京人大》杂志2021年第1期《各区人大常委会2020年工作亮点扫描》，东城".
pub fn citation(s: &Source, district: &str, lang: Lang) -> String {
    lang.say(DocMsg::Citation { publication: &s.publication, issue: &s.issue, title: &s.title, district, url: &s.url })
}

/// Writes `file` into `dir` as `STEM.md`, or `STEM-2.md`, `STEM-3.md` … when that name is taken: a file
/// already there is never overwritten. Returns the path written.
pub fn write_new(dir: &Path, file: &Export) -> io::Result<PathBuf> {
    for n in 1..1000 {
        let name = if n == 1 { format!("{}.md", file.stem) } else { format!("{}-{n}.md", file.stem) };
        let path = dir.join(name);
        match fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut f) => {
                f.write_all(file.markdown.as_bytes())?;
                f.sync_all()?;
                return Ok(path);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, "999 files of that name are there already"))
}

/// A file name's stem from words: what a file system takes in every language (no `/`, no control
/// characters, no leading dot), at most 60 characters.
pub fn stem(words: &[&str]) -> String {
    let joined = words.iter().filter(|w| !w.is_empty()).copied().collect::<Vec<_>>().join("-");
    let cleaned: String = joined
        .chars()
        .map(|c| if c.is_control() || "/\\:*?\"<>|".contains(c) || c.is_whitespace() { '-' } else { c })
        .take(60)
        .collect();
    let cleaned = cleaned.trim_start_matches(['.', '-']).to_string();
    if cleaned.is_empty() { "liangdian".to_string() } else { cleaned }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_stem_keeps_chinese_and_drops_what_a_file_system_refuses() {
        assert_eq!(stem(&["liangdian", "东城"]), "liangdian-东城");
        assert_eq!(stem(&["liangdian", "a/b", "..c"]), "liangdian-a-b-..c");
        assert_eq!(stem(&["../x"]), "x");
        assert_eq!(stem(&["", ""]), "liangdian");
        assert_eq!(stem(&["代表 工作\n"]), "代表-工作-");
    }

    #[test]
    fn a_file_is_written_under_a_free_name_and_never_over_another() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = Export { stem: "liangdian-东城".to_string(), markdown: "# 东城\n".to_string() };
        let first = write_new(dir.path(), &file).expect("written");
        assert_eq!(first.file_name().and_then(|n| n.to_str()), Some("liangdian-东城.md"));
        let second =
            write_new(dir.path(), &Export { markdown: "second\n".to_string(), ..file.clone() }).expect("written");
        assert_eq!(second.file_name().and_then(|n| n.to_str()), Some("liangdian-东城-2.md"));
        assert_eq!(fs::read_to_string(&first).expect("read"), "# 东城\n", "the first file is untouched");
    }

    #[test]
    fn a_citation_names_the_magazine_the_issue_the_article_and_the_district() {
        let data = Dataset::embedded().expect("dataset");
        assert_eq!(
            citation(&data.source, "东城", Lang::Zh),
            "出处：《北京人大》杂志2021年第1期《各区人大常委会2020年工作亮点扫描》，东城，\
             https://www.bjrd.gov.cn/fwhd/bjrdzz/2021n/dyq/jcrd/202101/t20210118_2222482.html"
        );
    }
}
