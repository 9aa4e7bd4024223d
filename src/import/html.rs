//! A page saved as HTML, read as a browser shows it: the text of its elements, a line for each block (a
//! paragraph, a division, a heading, a line break), and nothing of its scripts, styles, forms or navigation
//! menus. A breadcrumb trail is kept even inside `<nav>`, since it names the publication, issue and column.
//! Parsing is html5ever's (through `scraper`), as forgiving of broken markup as a browser is.

use scraper::node::Node;
use scraper::{Html, Selector};

/// What the import takes from a page: its lines of text, its `<title>` and its canonical address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub lines: Vec<String>,
    pub title: Option<String>,
    pub canonical: Option<String>,
}

/// Elements whose content is never the article's text.
const HIDDEN: &[&str] = &[
    "head", "script", "style", "noscript", "template", "iframe", "svg", "canvas", "select", "button", "object",
    "embed", "audio", "video", "nav", "footer",
];

/// Words in a class or id that mark a page's footer or sharing buttons, which are not the article's.
const HIDDEN_CLASSES: &[&str] = &["footer", "copyright", "share"];

/// Elements that begin and end a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "blockquote",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "form",
    "figure",
    "figcaption",
    "center",
    "address",
    "body",
    "html",
];

pub fn read(source: &str) -> Page {
    let html = Html::parse_document(source);
    let mut lines = Vec::new();
    let mut line = Line::default();
    let mut hidden = 0usize;
    for edge in html.tree.root().traverse() {
        use ego_tree::iter::Edge;
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) if hidden > 0 || (HIDDEN.contains(&e.name()) && !is_breadcrumb(e)) => {
                    hidden += 1;
                }
                Node::Element(e) if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") => {
                    hidden += 1;
                }
                Node::Element(e) if marked(e, HIDDEN_CLASSES) || styled_hidden(e) => hidden += 1,
                Node::Element(e) if BLOCKS.contains(&e.name()) => line.end(&mut lines),
                Node::Text(t) if hidden == 0 => line.push(t),
                _ => {}
            },
            Edge::Close(node) => match node.value() {
                Node::Element(_) if hidden > 0 => hidden -= 1,
                Node::Element(e) if BLOCKS.contains(&e.name()) => line.end(&mut lines),
                _ => {}
            },
        }
    }
    line.end(&mut lines);
    Page { lines, title: first_text(&html, "title"), canonical: canonical(&html) }
}

/// A `<nav>` that is a breadcrumb trail (by its class, id or label), not a menu.
fn is_breadcrumb(e: &scraper::node::Element) -> bool {
    e.name() == "nav" && marked(e, &["crumb", "位置", "location", "position", "dqwz", "path"])
}

/// Is the element hidden by its own style (display: none, visibility: hidden)?
fn styled_hidden(e: &scraper::node::Element) -> bool {
    e.attr("style").is_some_and(|style| {
        let style: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// Does the element's class, id or label hold one of `words` (in any case)?
fn marked(e: &scraper::node::Element, words: &[&str]) -> bool {
    ["class", "id", "aria-label"].iter().filter_map(|a| e.attr(a)).any(|v| {
        let v = v.to_lowercase();
        words.iter().any(|w| v.contains(w))
    })
}

/// A line being laid out, with the white space waiting before its next character.
#[derive(Default)]
struct Line {
    text: String,
    /// White space seen and not yet written: `Some(true)` when it held a line break.
    pending: Option<bool>,
}

impl Line {
    /// Appends text as a browser lays it out: a run of white space is one space, and a line break of the
    /// source between two Chinese characters is nothing (CSS Text's segment-break rule for East Asian
    /// wide characters), so 集\n中 reads 集中.
    fn push(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_ascii_whitespace() {
                let broken = self.pending.unwrap_or(false) || c == '\n';
                self.pending = Some(broken);
                continue;
            }
            if let Some(broken) = self.pending.take() {
                let wide = |c: char| crate::text::char_width(c) == 2;
                let joined = broken && self.text.chars().next_back().is_some_and(wide) && wide(c);
                if !self.text.is_empty() && !joined {
                    self.text.push(' ');
                }
            }
            self.text.push(c);
        }
    }

    /// Ends the line, keeping it when it has text.
    fn end(&mut self, lines: &mut Vec<String>) {
        let trimmed = self.text.trim();
        if !trimmed.is_empty() {
            lines.push(trimmed.to_string());
        }
        *self = Line::default();
    }
}

fn first_text(html: &Html, selector: &str) -> Option<String> {
    let selector = Selector::parse(selector).ok()?;
    let element = html.select(&selector).next()?;
    let mut line = Line::default();
    element.text().for_each(|t| line.push(t));
    let text = line.text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

/// The page's own address: its canonical link, or the Open Graph URL.
fn canonical(html: &Html) -> Option<String> {
    [("link[rel~=canonical]", "href"), ("meta[property='og:url']", "content")].iter().find_map(|(css, attr)| {
        let selector = Selector::parse(css).ok()?;
        let href = html.select(&selector).find_map(|e| e.value().attr(attr))?.trim();
        (href.starts_with("http://") || href.starts_with("https://")).then(|| href.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>各区人大常委会2020年工作亮点扫描_北京人大</title>
<link rel="canonical" href="https://www.example.gov.cn/a/t1.html"><style>p { color: red }</style>
<script>var x = "东城 人大常委会 not text";</script></head>
<body><nav class="menu"><a href="/">首页</a><a href="/n">新闻</a></nav>
<nav class="breadcrumb"><a>首页</a> &gt; <a>《北京人大》杂志</a></nav>
<div class="title"><h1>各区人大常委会2020年工作亮点扫描</h1></div>
<p>　　东城 人大常委会充分发挥
人大制度优势。<b>积极</b>推动… in a
line</p><p hidden>隐藏</p><p style="display: none">也隐藏</p><div>西城<br>人大常委会</div>
<noscript>请启用脚本</noscript><div class="share-box">分享到：微信。</div>
<footer>版权所有。</footer><div id="Footer">主办单位。</div></body></html>"#;

    #[test]
    fn a_page_is_read_as_a_browser_shows_it() {
        let page = read(PAGE);
        assert_eq!(
            page.lines,
            vec![
                "首页 > 《北京人大》杂志",
                "各区人大常委会2020年工作亮点扫描",
                "东城 人大常委会充分发挥人大制度优势。积极推动… in a line",
                "西城",
                "人大常委会",
            ]
        );
        assert_eq!(page.title.as_deref(), Some("各区人大常委会2020年工作亮点扫描_北京人大"));
        assert_eq!(page.canonical.as_deref(), Some("https://www.example.gov.cn/a/t1.html"));
    }

    #[test]
    fn broken_markup_and_an_empty_page_do_not_fail() {
        assert_eq!(read("<p>一<div>二</span></p>").lines, vec!["一", "二"]);
        assert_eq!(read("<html></html>"), Page::default());
        let deep = "<div>".repeat(5000) + "深" + &"</div>".repeat(5000);
        assert_eq!(read(&deep).lines, vec!["深"]);
    }
}
