//! Counted nouns: "1 highlight", "52 highlights", "52 条亮点". English takes the singular for one; Chinese
//! takes the noun's measure word and never a plural.

use super::Lang;

/// The things the interface counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    District,
    Highlight,
    Theme,
    Figure,
    Match,
    Problem,
}

impl Noun {
    /// (English singular, English plural, Chinese with its measure word).
    fn forms(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Noun::District => ("district", "districts", "个区"),
            Noun::Highlight => ("highlight", "highlights", "条亮点"),
            Noun::Theme => ("theme", "themes", "个主题"),
            Noun::Figure => ("figure", "figures", "项数据"),
            Noun::Match => ("match", "matches", "处匹配"),
            Noun::Problem => ("problem", "problems", "个问题"),
        }
    }
}

impl Lang {
    /// `n` of `noun`: "1 theme", "3 themes", "3 个主题".
    pub fn count(self, n: usize, noun: Noun) -> String {
        let (one, many, zh) = noun.forms();
        match self {
            Lang::En if n == 1 => format!("{n} {one}"),
            Lang::En => format!("{n} {many}"),
            Lang::Zh => format!("{n} {zh}"),
        }
    }
}

/// A count with its thousands grouped: 10000 is "10,000".
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An estimate, to two significant figures and grouped: 9,987 is "≈10,000" (exact below a hundred).
pub fn about(n: usize) -> String {
    let mut unit = 1;
    while n / unit >= 100 {
        unit *= 10;
    }
    format!("≈{}", grouped((n + unit / 2) / unit * unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_and_estimates_rounded() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(1024), "1,024");
        assert_eq!(grouped(10_000), "10,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
        assert_eq!(about(16), "≈16");
        assert_eq!(about(9_987), "≈10,000");
        assert_eq!(about(1_024), "≈1,000");
        assert_eq!(about(155), "≈160");
    }

    #[test]
    fn english_counts_take_the_singular_for_one_and_proper_plurals_otherwise() {
        assert_eq!(Lang::En.count(1, Noun::Match), "1 match");
        assert_eq!(Lang::En.count(2, Noun::Match), "2 matches");
        assert_eq!(Lang::En.count(0, Noun::District), "0 districts");
        assert_eq!(Lang::Zh.count(1, Noun::Highlight), "1 条亮点");
    }
}
