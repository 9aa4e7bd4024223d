//! The sentences of the documents both faces lay out (a district, a comparison, the article, the figures,
//! the matches): counts, sources, citations and headings.

use super::Message;
use crate::lang::{Lang, Noun};

/// One line of a document that both faces lay out: counts, sources, citations, headings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocMsg<'a> {
    /// "16 districts · 52 highlights · 25 themes · 38 figures".
    Totals { districts: usize, highlights: usize, themes: usize, figures: usize },
    /// A district's counts: "4 highlights · 9 themes".
    Counts { highlights: usize, themes: usize },
    /// The match list's title: "«冬奥会» · 4 matches".
    MatchesTitle { keyword: &'a str, n: usize },
    /// The comparison's group of themes only one district carries: "Only 东城".
    OnlyIn { district: &'a str },
    /// Where the text comes from, as the detail ends: "Source: 《北京人大》杂志 2021年第1期 · 基层人大 · 各区…".
    /// The published page's address follows when the dataset has one.
    SourceLine { publication: &'a str, issue: &'a str, column: &'a str, title: &'a str, url: &'a str },
    /// A citation for text taken out of the browser: the article, the district, and the published page.
    Citation { publication: &'a str, issue: &'a str, title: &'a str, district: &'a str, url: &'a str },
    /// A comparison's group of themes with its count: "Both (6):", "共同（6）：".
    GroupCount { label: &'a str, n: usize },
}

impl Message for DocMsg<'_> {
    fn text(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let count = |n, noun| lang.count(n, noun);
        match *self {
            DocMsg::Totals { districts, highlights, themes, figures } => [
                count(districts, Noun::District),
                count(highlights, Noun::Highlight),
                count(themes, Noun::Theme),
                count(figures, Noun::Figure),
            ]
            .join(" · "),
            DocMsg::Counts { highlights, themes } => {
                format!("{} · {}", count(highlights, Noun::Highlight), count(themes, Noun::Theme))
            }
            DocMsg::MatchesTitle { keyword, n } if en => format!("«{keyword}» · {}", count(n, Noun::Match)),
            DocMsg::MatchesTitle { keyword, n } => format!("「{keyword}」 · {}", count(n, Noun::Match)),
            DocMsg::OnlyIn { district } if en => format!("Only {district}"),
            DocMsg::OnlyIn { district } => format!("仅{district}"),
            DocMsg::SourceLine { publication, issue, column, title, url } => {
                let column = if column.is_empty() { String::new() } else { format!(" · {column}") };
                let url = if url.is_empty() { String::new() } else { format!(" · {url}") };
                let label = if en { "Source: " } else { "出处：" };
                format!("{label}{publication} {issue}{column} · {title}{url}")
            }
            DocMsg::Citation { publication, issue, title, district, url } => {
                let (label, sep) = if en { ("Source: ", ", ") } else { ("出处：", "，") };
                let mut out = format!("{label}{publication}{issue}《{title}》");
                for part in [district, url].into_iter().filter(|p| !p.is_empty()) {
                    out.push_str(sep);
                    out.push_str(part);
                }
                out
            }
            DocMsg::GroupCount { label, n } if en => format!("{label} ({n}):"),
            DocMsg::GroupCount { label, n } => format!("{label}（{n}）："),
        }
    }
}
