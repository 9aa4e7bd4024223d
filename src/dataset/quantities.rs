//! Finding the quantities a Chinese text writes in Arabic numerals: 17个, 近700名, 1000多名, 3.7亿斤, 99.8%.
//! `liangdian import` drafts a figure from each, and `liangdian check` warns of one that no figure records,
//! so the two agree on what a quantity is.
//!
//! A number is a quantity when a measure word follows it (个, 名, 项, 人次 …, with 多 or 余 and 万 or 亿 before
//! it) or a percent sign does. It is not one inside quotation marks or a title's brackets, where digits are
//! part of a name (“石惠16条”, “1+3”, 《…2020年…》), nor as a year (2019年度) or a date (1月18日).

use super::error::{Owner, Problem, Rule};
use super::schema::Dataset;

/// Measure words, the longest first so that 人次 is taken before 人 and 百分点 before 点.
#[rustfmt::skip]
const MEASURES: &[&str] = &[
    "个百分点", "百分点", "平方米", "平方公里", "公里", "千米", "公斤", "人次", "户次", "家次", "场次", "件次",
    "批次", "车次", "班次", "课时", "小时", "个", "名", "位", "人", "次", "项", "件", "条", "套", "场", "轮",
    "家", "户", "所", "处", "批", "篇", "份", "期", "天", "元", "斤", "吨", "亩", "米", "座", "栋", "辆", "台",
    "支", "本", "册", "部", "种", "类", "组", "队", "宗", "起", "例", "张", "封", "届", "倍", "岁", "间", "块",
    "棵", "株", "年",
];

/// What stands after the digits and before the measure word: 多 and 余 (1000多名, 20余次), then 十 to 亿
/// as multipliers (3.7亿斤, 20万元, 百万亩 after a number is rare but read the same way).
const AFTER_DIGITS: &[char] = &['多', '余'];
const MULTIPLIERS: &[char] = &['十', '百', '千', '万', '亿'];

/// Words before a number that qualify it, kept apart from the unit: 近700名 is nearly 700.
const QUALIFIERS: &[char] = &['近', '约', '逾'];

/// One quantity of a text: where its digits are, and its parts as a figure records them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantity<'a> {
    /// Byte offsets of the whole quantity, qualifier to unit, in the text.
    pub start: usize,
    pub end: usize,
    pub qualifier: &'a str,
    pub value: &'a str,
    /// Everything after the digits: 多 or 余, multipliers, the measure word or %, white space left out
    /// before it (34 项 has the unit 项).
    pub unit: &'a str,
}

/// Every quantity of `text`, in order.
pub fn quantities(text: &str) -> Vec<Quantity<'_>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut straight = false;
    let mut i = 0;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        match c {
            '“' | '《' | '「' | '『' | '〈' => depth += 1,
            '”' | '》' | '」' | '』' | '〉' => depth = depth.saturating_sub(1),
            // Straight quotation marks open and close alike.
            '"' => straight = !straight,
            _ => {}
        }
        if !c.is_ascii_digit() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let end = digits_end(text, i);
        i = end;
        // A digit run glued to a Latin letter or another number (A4, 1+3, the 7 of 3.73.7) is a name or a
        // slip, not a count; after 第 it is an ordinal (第3期).
        let before = text[..start].chars().next_back();
        let glued_before = before.is_some_and(|p| p.is_ascii_alphanumeric() || matches!(p, '+' | '.' | '第'));
        if depth > 0 || straight || glued_before {
            continue;
        }
        // A range (10—15个, 20～30人次, 5至8万户) is no one quantity a figure could record: neither end is taken.
        if is_range_after(text, end) || is_range_before(text, start) {
            continue;
        }
        let value = &text[start..end];
        let Some(unit_end) = unit_end(text, end) else { continue };
        let unit = text[end..unit_end].trim_start();
        if is_year(value, unit) {
            continue;
        }
        let qualifier_start = text[..start]
            .char_indices()
            .next_back()
            .filter(|(_, p)| QUALIFIERS.contains(p))
            .map(|(q, _)| q)
            .unwrap_or(start);
        out.push(Quantity {
            start: qualifier_start,
            end: unit_end,
            qualifier: &text[qualifier_start..start],
            value,
            unit,
        });
        i = unit_end;
    }
    out
}

/// A warning for each quantity of a highlight's text that none of its figures records (by value, each
/// figure recording one quantity), in document order and without positions.
pub fn unrecorded(data: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, d) in data.districts.iter().enumerate() {
        for (j, h) in d.highlights.iter().enumerate() {
            let mut recorded: Vec<&str> = h.figures.iter().map(|f| f.value.trim()).collect();
            for q in quantities(&h.text) {
                match recorded.iter().position(|v| *v == q.value) {
                    Some(k) => {
                        recorded.swap_remove(k);
                    }
                    None => out.push(Problem {
                        position: None,
                        path: format!("districts[{i}].highlights[{j}].figures"),
                        owner: Owner::Highlight { district: i + 1, id: d.id.to_string(), number: j + 1 },
                        rule: Rule::QuantityNotAFigure(h.text[q.start..q.end].to_string()),
                    }),
                }
            }
        }
    }
    out
}

/// Marks between the two ends of a range.
const RANGE: &[char] = &['—', '–', '～', '~', '-', '至', '到'];

/// Does a range mark and another number follow the digits ending at `end`?
fn is_range_after(text: &str, end: usize) -> bool {
    let mut rest = text[end..].chars();
    rest.next().is_some_and(|c| RANGE.contains(&c)) && rest.next().is_some_and(|c| c.is_ascii_digit())
}

/// Do a number and a range mark stand right before the digits starting at `start`?
fn is_range_before(text: &str, start: usize) -> bool {
    let mut before = text[..start].chars().rev();
    before.next().is_some_and(|c| RANGE.contains(&c)) && before.next().is_some_and(|c| c.is_ascii_digit())
}

/// The end of the number that starts at `i`: digits, with one decimal point between digits, and thousands
/// separators where three digits follow each (1,200; 12,345.6).
fn digits_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut point = false;
    let start = i;
    while i < bytes.len() {
        let b = bytes[i];
        let grouped = |at: usize| {
            (1..=3).all(|k| bytes.get(at + k).is_some_and(u8::is_ascii_digit))
                && bytes.get(at + 4).is_none_or(|b| !b.is_ascii_digit())
        };
        if b.is_ascii_digit() {
            i += 1;
        } else if b == b',' && !point && i > start && grouped(i) {
            i += 4;
        } else if b == b'.' && !point && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            point = true;
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Where the unit after the digits ends, or `None` when no measure word or percent sign follows them.
fn unit_end(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    // One space may stand between a number and its measure word (专项报告34 项, 17&nbsp;个).
    let spaced = rest.strip_prefix([' ', '\u{a0}', '\u{3000}']).unwrap_or(rest);
    let mut at = end + (rest.len() - spaced.len());
    if let Some(sign) = ['%', '％'].into_iter().find(|s| spaced.starts_with(*s)) {
        return Some(at + sign.len_utf8());
    }
    let mut chars = text[at..].chars().peekable();
    let mut prefix = 0;
    while let Some(&c) = chars.peek() {
        if !AFTER_DIGITS.contains(&c) && !MULTIPLIERS.contains(&c) {
            break;
        }
        prefix += 1;
        at += c.len_utf8();
        chars.next();
    }
    match MEASURES.iter().find(|m| text[at..].starts_with(*m)) {
        Some(m) => Some(at + m.len()),
        // 多 or a multiplier alone still counts (二十余, 3万): the count is there, its measure word is not.
        None if prefix > 0 && text[end..at].chars().any(|c| c == '万' || c == '亿') => Some(at),
        None => None,
    }
}

/// A four-digit whole number before 年 is a year (2019年度, 2020年是), not a duration (3年).
fn is_year(value: &str, unit: &str) -> bool {
    value.len() == 4 && !value.contains('.') && unit == "年"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String, String)> {
        quantities(text).iter().map(|q| (q.qualifier.into(), q.value.into(), q.unit.into())).collect()
    }

    fn one(q: &str, v: &str, u: &str) -> (String, String, String) {
        (q.into(), v.into(), u.into())
    }

    #[test]
    fn a_number_with_its_measure_word_is_a_quantity() {
        assert_eq!(found("共复查整改85个小区;"), vec![one("", "85", "个")]);
        assert_eq!(found("代表共计5422人次参与"), vec![one("", "5422", "人次")], "the longest measure word");
        assert_eq!(found("专项报告34 项,"), vec![one("", "34", "项")], "a space before the measure word");
        assert_eq!(found("参与率达99.8%,"), vec![one("", "99.8", "%")]);
        assert_eq!(found("总销售量3.7亿斤,总产值12.76亿元"), vec![one("", "3.7", "亿斤"), one("", "12.76", "亿元")]);
        assert_eq!(found("收到1,200余件,共2,356件"), vec![one("", "1,200", "余件"), one("", "2,356", "件")]);
        assert_eq!(found("分别为1,2个"), vec![one("", "2", "个")], "a comma between numbers is not a separator");
        assert_eq!(found("举办12场次"), vec![one("", "12", "场次")]);
        for range in ["组织10—15个", "视察20～30人次", "惠及5至8万户"] {
            assert!(found(range).is_empty(), "{range}: a range is no one quantity");
        }
        assert_eq!(found("深入17\u{a0}个街道"), vec![one("", "17", "个")]);
    }

    #[test]
    fn qualifiers_before_and_after_are_kept() {
        assert_eq!(found("乡镇近700名代表"), vec![one("近", "700", "名")]);
        assert_eq!(found("号召全区1000多名各级人大代表"), vec![one("", "1000", "多名")]);
        assert_eq!(found("开展20余次调研"), vec![one("", "20", "余次")]);
        let q = &quantities("乡镇近700名代表")[0];
        assert_eq!(&"乡镇近700名代表"[q.start..q.end], "近700名");
    }

    #[test]
    fn names_years_and_dates_are_not_quantities() {
        assert!(found("落实“石惠16条”政策").is_empty(), "digits inside quotation marks name something");
        assert!(found("立足“1+3”融合发展").is_empty());
        assert!(found("区政府2019年度环境状况").is_empty(), "a year");
        assert!(found("2020年是极不平凡的一年").is_empty());
        assert!(found("于1月18日召开").is_empty(), "a date has no measure word");
        assert!(found("第3期").is_empty(), "an ordinal");
        assert_eq!(found("连续5年"), vec![one("", "5", "年")], "a duration is a quantity");
        assert!(found("建设5G基站").is_empty(), "no measure word follows");
        assert_eq!(found("3.73.7个"), vec![], "a number run into another is not taken apart");
        assert!(found("落实\"石惠16条\"政策").is_empty(), "straight quotation marks too");
        assert!(found("《北京市2021年第3期计划》").is_empty());
    }

    #[test]
    fn check_warns_of_a_quantity_no_figure_records() {
        let mut data = crate::dataset::Dataset::embedded().expect("the embedded dataset loads");
        assert!(unrecorded(&data).is_empty(), "every quantity of the shipped texts is a figure");
        let h = &mut data.districts[0].highlights[1];
        let dropped = h.figures.remove(1);
        assert_eq!(dropped.value, "85");
        let warnings = unrecorded(&data);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].path, "districts[0].highlights[1].figures");
        assert_eq!(warnings[0].rule, Rule::QuantityNotAFigure("85个".into()));
    }

    #[test]
    fn a_number_at_the_end_or_without_a_unit_is_not_taken() {
        assert!(found("编号123").is_empty());
        assert!(found("第12").is_empty());
        assert_eq!(found("增加3万"), vec![one("", "3", "万")], "a multiplier alone counts");
        assert!(found("").is_empty());
    }
}
