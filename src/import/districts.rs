//! Beijing's sixteen districts as the program knows them, so that an article's paragraph is placed by the
//! name it begins with and not by a look-up of any dataset: 东城, 海淀区 and 密云县 (as it was until 2015)
//! are all found.

/// A district of Beijing: its id, Chinese name without 区, romanisation and English name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Known {
    pub id: &'static str,
    pub name: &'static str,
    pub pinyin: &'static str,
    pub en: &'static str,
}

const fn known(id: &'static str, name: &'static str, pinyin: &'static str, en: &'static str) -> Known {
    Known { id, name, pinyin, en }
}

/// The sixteen, in the order the municipality lists them (and the column prints them).
pub const SIXTEEN: [Known; 16] = [
    known("dongcheng", "东城", "Dongcheng", "Dongcheng District"),
    known("xicheng", "西城", "Xicheng", "Xicheng District"),
    known("chaoyang", "朝阳", "Chaoyang", "Chaoyang District"),
    known("haidian", "海淀", "Haidian", "Haidian District"),
    known("fengtai", "丰台", "Fengtai", "Fengtai District"),
    known("shijingshan", "石景山", "Shijingshan", "Shijingshan District"),
    known("mentougou", "门头沟", "Mentougou", "Mentougou District"),
    known("fangshan", "房山", "Fangshan", "Fangshan District"),
    known("tongzhou", "通州", "Tongzhou", "Tongzhou District"),
    known("shunyi", "顺义", "Shunyi", "Shunyi District"),
    known("changping", "昌平", "Changping", "Changping District"),
    known("daxing", "大兴", "Daxing", "Daxing District"),
    known("pinggu", "平谷", "Pinggu", "Pinggu District"),
    known("huairou", "怀柔", "Huairou", "Huairou District"),
    known("miyun", "密云", "Miyun", "Miyun District"),
    known("yanqing", "延庆", "Yanqing", "Yanqing District"),
];

/// How a paragraph begins with a district's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opening {
    pub district: Known,
    /// Bytes of the name and the white space after it (东城 and a space), which the dataset keeps apart
    /// from the lead; 0 when the name runs into the sentence (海淀区人大常委会…), which the lead then keeps.
    pub apart: usize,
}

/// Bullets and list numbers a paragraph or a heading may begin with (◆, 1., （六）, 一、).
fn marker_len(text: &str) -> usize {
    const BULLETS: &[char] = &['◆', '◇', '●', '○', '■', '□', '★', '☆', '▲', '►', '•', '·', '※', '▶', '—', '-', '*'];
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let mut chars = text.char_indices().peekable();
    let Some(&(_, first)) = chars.peek() else { return 0 };
    let end = if first == '【' || first == '[' {
        // 【海淀区】人大常委会…: the name in brackets, the bracket its mark.
        first.len_utf8()
    } else if first == '*' || first == '#' {
        // Markdown's emphasis or heading marks: **东城** 人大常委会…
        text.len() - text.trim_start_matches(['*', '#']).len()
    } else if BULLETS.contains(&first) {
        first.len_utf8()
    } else if first == '（' || first == '(' {
        chars.next();
        let mut end = 0;
        for (i, c) in chars.by_ref() {
            if c == '）' || c == ')' {
                end = i + c.len_utf8();
                break;
            }
            if !numeral(c) {
                return 0;
            }
        }
        end
    } else if numeral(first) {
        let digits: usize = text.chars().take_while(|&c| numeral(c)).map(char::len_utf8).sum();
        match text[digits..].chars().next() {
            Some(c @ ('.' | '、' | '．' | ')' | '）')) => digits + c.len_utf8(),
            _ => 0,
        }
    } else {
        0
    };
    end + text[end..].len() - text[end..].trim_start().len()
}

/// The district a paragraph begins with (after a bullet or list number): its name, then white space, or
/// 区 or 县, a colon or white space, and 人大 or 人民代表大会 (东城 人大常委会…, 海淀区人大常委会…, 西城区
/// 人大…, 朝阳区：人大…). A paragraph that only mentions a district later, or begins with a word that merely
/// starts like one (东城区域…), names none.
pub fn opening(paragraph: &str) -> Option<Opening> {
    let marker = marker_len(paragraph);
    let text = &paragraph[marker..];
    SIXTEEN.iter().find_map(|d| {
        let rest = text.strip_prefix(d.name)?;
        let trimmed = rest.trim_start();
        // 东城 人大常委会…, as the column prints it: the name stands apart from the lead.
        if marker == 0 && trimmed.len() < rest.len() {
            return Some(Opening { district: *d, apart: paragraph.len() - trimmed.len() });
        }
        let after = rest.strip_prefix(['区', '县']).unwrap_or(rest);
        let after = after.trim_start_matches([':', '：', ' ', '\u{3000}', '*', '】', ']']);
        // The congress may be named with its term: 房山区十七届人大常委会.
        let term: usize =
            after.chars().take_while(|c| "第一二三四五六七八九十届".contains(*c)).map(char::len_utf8).sum();
        let after = if after[..term].ends_with('届') { &after[term..] } else { after };
        let congress = ["人大", "人民代表大会"].iter().any(|s| after.starts_with(s));
        // Otherwise the lead keeps the name, and whatever marks it, as written.
        (congress || (marker > 0 && trimmed.len() < rest.len())).then_some(Opening { district: *d, apart: 0 })
    })
}

/// A line that is only a district's name, set as a heading over its paragraph: 海淀, 海淀区, 【海淀】,
/// ◆海淀区：, **海淀区**.
pub fn heading(line: &str) -> Option<Known> {
    let line = &line[marker_len(line)..];
    let bare = line
        .trim()
        .trim_matches(['【', '】', '[', ']', '「', '」', '《', '》', '（', '）', '(', ')', '*', '：', ':', ' ']);
    let bare = bare.strip_suffix(['区', '县']).unwrap_or(bare);
    SIXTEEN.iter().find(|d| d.name == bare).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_is_placed_by_the_name_it_begins_with() {
        let o = opening("东城 人大常委会充分发挥人大制度优势。").expect("东城");
        assert_eq!((o.district.id, o.apart), ("dongcheng", "东城 ".len()));
        let o = opening("海淀区人大常委会聚焦…").expect("海淀区");
        assert_eq!((o.district.id, o.apart), ("haidian", 0), "the name stays in the lead when it runs on");
        assert_eq!(opening("密云县人大常委会…").map(|o| o.district.id), Some("miyun"));
        assert_eq!(opening("石景山人大常委会…").map(|o| o.district.id), Some("shijingshan"));
    }

    #[test]
    fn the_name_may_follow_a_marker_and_the_word_for_congress_may_be_spelt_out() {
        let o = |p: &str| opening(p).map(|o| (o.district.id, o.apart));
        assert_eq!(o("东城区人民代表大会常务委员会…"), Some(("dongcheng", 0)));
        assert_eq!(o("西城区 人大常委会…"), Some(("xicheng", 0)), "the lead keeps 区 and the space");
        assert_eq!(o("朝阳区：人大常委会…"), Some(("chaoyang", 0)));
        assert_eq!(o("◆海淀区人大常委会…"), Some(("haidian", 0)));
        assert_eq!(o("1. 丰台 人大常委会…"), Some(("fengtai", 0)));
        assert_eq!(o("（六）门头沟区人大常委会…"), Some(("mentougou", 0)));
        assert_eq!(o("一、房山区人大常委会…"), Some(("fangshan", 0)));
        assert_eq!(o("**东城** 人大常委会…"), Some(("dongcheng", 0)), "Markdown's bold");
        assert_eq!(o("【海淀区】人大常委会…"), Some(("haidian", 0)));
        assert_eq!(o("房山区十七届人大常委会…"), Some(("fangshan", 0)));
        assert_eq!(o("房山区十七届政府…"), None);
        assert_eq!(o("2020年东城区…"), None);
    }

    #[test]
    fn a_name_alone_on_its_line_is_a_heading() {
        for line in ["海淀", "海淀区", "【海淀】", "【海淀区】", "◆海淀区：", "**海淀区**", "（四）海淀区"]
        {
            assert_eq!(heading(line).map(|d| d.id), Some("haidian"), "{line}");
        }
        assert_eq!(heading("海淀区人大常委会召开会议"), None);
        assert_eq!(heading("海淀区域"), None);
    }

    #[test]
    fn a_mention_or_a_longer_word_is_not_a_district_paragraph() {
        assert_eq!(opening("此外,各区人大常委会还围绕东城…"), None);
        assert_eq!(opening("东城区域内的…"), None);
        assert_eq!(opening("朝阳产业…"), None);
    }

    #[test]
    fn ids_are_kebab_case_and_names_unique() {
        let mut names: Vec<&str> = SIXTEEN.iter().map(|d| d.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 16);
        assert!(SIXTEEN.iter().all(|d| d.id.bytes().all(|b| b.is_ascii_lowercase())));
    }
}
