//! The page's lines sorted into the article and what surrounds it. The article runs from its first
//! paragraph to its last: a paragraph is a line with a full stop (。), or a long one that begins with a
//! district's name; what comes before and after (breadcrumbs, the title, buttons, greetings ending in ！,
//! related links, footers) is the page's own. Inside the article, a line that goes on from one cut off
//! mid-sentence is joined to it (a copy wrapped by hand), and a district's name alone on its line is a
//! heading over the paragraph that follows.

use super::districts::{self, Known};

/// A piece of the article, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Paragraph(String),
    /// A district's name set as a heading over the next paragraph.
    Heading(Known),
}

/// The article's pieces, and the lines around them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sorted {
    pub pieces: Vec<Piece>,
    /// The lines around the article: the first `before` stood above it.
    pub around: Vec<String>,
    pub before: usize,
}

/// A line this long that begins with a district's name is its paragraph even without a full stop.
const LONG: usize = 40;

/// Words of a page's footer, its buttons and its editors' notes: such a short line is never the article's,
/// wherever it stands.
#[rustfmt::skip]
const FOOTER: &[&str] = &[
    "版权所有", "ICP备", "ICP证", "公网安备", "技术支持", "主办单位", "承办单位", "Copyright", "©", "网站地图",
    "联系我们", "分辨率", "本网站", "地址：", "分享到", "打印本页", "关闭窗口", "相关文章", "相关链接", "上一篇",
    "下一篇", "责任编辑", "本文刊登", "本文来源", "【打印】", "【关闭】", "扫一扫", "主办：",
];

/// Characters nothing shows: a copy may carry them at a line's start, where they would hide a name.
const INVISIBLE: &[char] = &['\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}'];

/// Ends of a sentence (with a closing quotation mark after, 。” still ends one).
fn ends_sentence(text: &str) -> bool {
    let text = text.trim_end_matches(['”', '’', '"', '）', ')', '」', '』']);
    text.ends_with(['。', '！', '？', '!', '?', '；', ';', '…'])
}

fn is_footer(line: &str) -> bool {
    line.chars().count() < 100 && FOOTER.iter().any(|w| line.contains(w))
}

fn is_paragraph(line: &str) -> bool {
    !is_footer(line) && (line.contains('。') || districts::opening(line).is_some() && line.chars().count() >= LONG)
}

/// Does `line` go on from a paragraph cut off mid-sentence? It must read as running text: not a heading,
/// not a new district, not the page's own.
fn continues(line: &str) -> bool {
    let starts_text = line.chars().next().is_some_and(|c| c.is_alphabetic() || matches!(c, '“' | '《' | '（'));
    starts_text && districts::opening(line).is_none() && districts::heading(line).is_none() && !is_footer(line)
}

pub fn sort(lines: &[String]) -> Sorted {
    let lines: Vec<String> =
        lines.iter().map(|l| l.replace(INVISIBLE, "").trim().to_string()).filter(|l| !l.is_empty()).collect();
    let (Some(mut first), Some(last)) =
        (lines.iter().position(|l| is_paragraph(l)), lines.iter().rposition(|l| is_paragraph(l)))
    else {
        return Sorted { pieces: Vec::new(), before: lines.len(), around: lines };
    };
    // A heading right above the first paragraph is the article's.
    while first > 0 && districts::heading(&lines[first - 1]).is_some() {
        first -= 1;
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let mut footers = Vec::new();
    for line in &lines[first..=last] {
        if is_footer(line) {
            footers.push(line.clone());
            continue;
        }
        if let Some(d) = districts::heading(line) {
            pieces.push(Piece::Heading(d));
            continue;
        }
        match pieces.last_mut() {
            Some(Piece::Paragraph(before)) if !ends_sentence(before) && continues(line) => before.push_str(line),
            _ => pieces.push(Piece::Paragraph(line.clone())),
        }
    }
    let around = lines[..first].iter().chain(&footers).chain(&lines[last + 1..]).cloned().collect();
    Sorted { pieces, around, before: first }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(text: &str) -> Sorted {
        sort(&text.lines().map(str::to_string).collect::<Vec<_>>())
    }

    fn paragraphs(s: &Sorted) -> Vec<&str> {
        s.pieces.iter().filter_map(|p| if let Piece::Paragraph(t) = p { Some(t.as_str()) } else { None }).collect()
    }

    #[test]
    fn the_article_runs_from_its_first_paragraph_to_its_last() {
        let s = sorted(
            "欢迎访问本网站！\n标题\n开头一段。\n东城 人大常委会做了工作。\n此外,还有工作。\n怀柔区人大常委会召开会议\n版权所有。",
        );
        assert_eq!(paragraphs(&s), ["开头一段。", "东城 人大常委会做了工作。", "此外,还有工作。"]);
        assert_eq!(s.around, ["欢迎访问本网站！", "标题", "怀柔区人大常委会召开会议", "版权所有。"]);
    }

    #[test]
    fn a_line_cut_off_mid_sentence_is_joined_to_the_next() {
        let s = sorted("开头一段。\n延庆 人大常委会听取报告,\n组织代表视察。\n此外,还有工作。");
        assert_eq!(paragraphs(&s), ["开头一段。", "延庆 人大常委会听取报告,组织代表视察。", "此外,还有工作。"]);
        let s = sorted("开头一段。\n东城 人大常委会做了工作\n西城 人大常委会做了工作。");
        assert_eq!(paragraphs(&s).len(), 3, "a new district begins a new paragraph");
    }

    #[test]
    fn a_name_alone_is_a_heading_and_invisible_characters_go() {
        let s = sorted("【海淀】\n人大常委会做了工作。\n\u{200b}东城 人大常委会做了工作。");
        assert_eq!(s.pieces[0], Piece::Heading(districts::SIXTEEN[3]));
        assert_eq!(paragraphs(&s), ["人大常委会做了工作。", "东城 人大常委会做了工作。"]);
    }
}
