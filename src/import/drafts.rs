//! What the import drafts beside the article's words, for a reader to check: a highlight's title taken from
//! its own opening words, what a figure counts taken from the words around it, and the themes whose names
//! or aliases its text holds. Nothing here is the article's, and the draft says so.

use crate::dataset::{Figure, Quantity, Text, Theme, ThemeIds, quantities};

/// The longest drafted title, in characters; a longer opening is cut and ends with `…`.
const TITLE_CHARS: usize = 16;
/// The longest drafted `what`.
const WHAT_CHARS: usize = 10;

/// Words that open a clause without saying what was done (积极推动… is 推动…).
const ADVERBS: &[&str] =
    &["积极", "持续", "全力", "切实", "着力", "主动", "不断", "深入", "坚定不移", "始终", "大力", "继续"];

/// Punctuation that ends a clause.
const CLAUSE_ENDS: &[char] = &['，', ',', '；', ';', '。', '：', ':', '！', '？', '、'];

/// A title from the highlight's first clause, without the adverb it may open with.
pub fn title(text: &str) -> String {
    let text = text.trim();
    let clause = text.split(CLAUSE_ENDS).find(|c| !c.trim().is_empty()).unwrap_or(text).trim();
    let clause =
        ADVERBS.iter().find_map(|a| clause.strip_prefix(a).filter(|r| r.chars().count() >= 4)).unwrap_or(clause);
    shortened(clause, TITLE_CHARS)
}

fn shortened(s: &str, chars: usize) -> String {
    if s.chars().count() <= chars {
        return s.to_string();
    }
    let mut out: String = s.chars().take(chars - 1).collect();
    out.push('…');
    out
}

/// A figure for each quantity of `text`, with what it counts drafted from the words after it (17个街道 counts
/// 街道), or before it when the quantity ends its clause (主要问题459个).
pub fn figures(text: &str) -> Vec<Figure> {
    quantities(text)
        .into_iter()
        .map(|q| Figure {
            qualifier: q.qualifier.into(),
            value: q.value.into(),
            unit: q.unit.into(),
            what: what(text, &q).into(),
            ..Figure::default()
        })
        .collect()
}

fn what(text: &str, q: &Quantity) -> String {
    // After the quantity, a list (市、区两级人大代表) goes on past 、; before it, 、 ends the item counted.
    let after: String =
        text[q.end..].chars().take_while(|c| (*c == '、' || !CLAUSE_ENDS.contains(c)) && !c.is_ascii_digit()).collect();
    let after = if after.starts_with('、') { "" } else { after.trim() };
    if after.chars().count() >= 2 {
        return shortened(after, WHAT_CHARS);
    }
    let before: String = text[..q.start]
        .chars()
        .rev()
        .take_while(|c| !CLAUSE_ENDS.contains(c) && !c.is_ascii_digit())
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let before = before.trim();
    // 率均达到100% counts 率, not 达到: the verb that carries the number is dropped.
    let before = ["均达到", "达到", "共计", "均达", "达", "为", "共", "计", "了"]
        .iter()
        .find_map(|v| before.strip_suffix(v))
        .unwrap_or(before)
        .trim();
    let tail: String = before.chars().rev().take(WHAT_CHARS).collect::<Vec<char>>().into_iter().rev().collect();
    if tail.is_empty() { after.to_string() } else { tail }
}

/// The ids of the themes whose name or an alias `text` holds, in the taxonomy's order.
pub fn themes(text: &str, taxonomy: &[Theme]) -> ThemeIds {
    let lower = text.to_lowercase();
    taxonomy
        .iter()
        .filter(|t| {
            std::iter::once(&t.name)
                .chain(&t.aliases)
                .any(|w| !w.is_empty() && lower.contains(w.to_lowercase().as_str()))
        })
        .map(|t| Text::from(t.id.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_the_first_clause_without_its_adverb() {
        assert_eq!(title("积极推动核心区控规高质量实施,把促进核心区控规实施作为…"), "推动核心区控规高质量实施");
        assert_eq!(title("促进“关键小事”落实,开展3轮…"), "促进“关键小事”落实");
        assert_eq!(title("对《北京市街道办事处条例》开展执法检查,深化…"), "对《北京市街道办事处条例》开展…");
        assert_eq!(title("积极。"), "积极", "an adverb alone is kept");
        assert_eq!(title(",开头就是标点"), "开头就是标点");
    }

    #[test]
    fn what_a_figure_counts_comes_from_the_words_around_it() {
        let f = figures("发动代表深入17个街道“微展厅”了解控规");
        assert_eq!((f[0].value.as_str(), f[0].unit.as_str(), f[0].what.as_str()), ("17", "个", "街道“微展厅”了解…"));
        let f = figures("提出主要问题459个、意见建议705条。");
        assert_eq!(f.iter().map(|f| f.what.as_str()).collect::<Vec<_>>(), ["提出主要问题", "意见建议"]);
        let f = figures("代表参与率、问题整改率均达到100%。");
        assert_eq!(f[0].what, "问题整改率", "the verb before the number is not what it counts");
        let f = figures("乡镇近700名代表参与");
        assert_eq!((f[0].qualifier.as_str(), f[0].what.as_str()), ("近", "代表参与"));
    }

    #[test]
    fn themes_are_suggested_by_name_or_alias() {
        let theme = |id: &str, name: &str, aliases: &[&str]| Theme {
            id: id.into(),
            name: name.into(),
            en: Text::default(),
            aliases: aliases.iter().map(|a| Text::from(*a)).collect(),
        };
        let taxonomy = [
            theme("waste-sorting", "垃圾分类", &["两条例"]),
            theme("special-inquiry", "专题询问", &["询问"]),
            theme("x", "X", &["covid"]),
        ];
        assert_eq!(themes("开展“两条例”检查并专题询问", &taxonomy).as_slice(), ["waste-sorting", "special-inquiry"]);
        assert_eq!(themes("COVID-19", &taxonomy).as_slice(), ["x"], "letters in any case");
        assert!(themes("听取报告", &taxonomy).is_empty());
    }
}
