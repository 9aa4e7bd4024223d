//! A keyword that names a theme: when the reader searches for 垃圾分类, the theme 垃圾分类 is carried by more
//! districts than the words are written in, and the theme filter is what finds them all.

use super::keyword::fold;
use crate::dataset::Dataset;

/// A theme the keyword names, with the districts that carry it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer {
    pub theme: usize,
    pub districts: usize,
}

/// The themes `keyword` names, to offer the filter by them: a theme whose Chinese or English name it is;
/// otherwise the themes one of whose aliases it is, when they are one or two (an alias of three or more is
/// too general to offer). Only a theme carried by more districts than `found_in` (those the keyword was
/// found in) is offered: otherwise the search already showed them all.
pub fn theme_offers(data: &Dataset, theme_counts: &[usize], keyword: &str, found_in: usize) -> Vec<Offer> {
    let folded = |s: &str| s.chars().map(fold).collect::<String>().to_lowercase();
    let keyword = folded(keyword.trim());
    if keyword.is_empty() {
        return Vec::new();
    }
    let named: Vec<usize> = (0..data.themes.len())
        .filter(|&t| folded(&data.themes[t].name) == keyword || folded(&data.themes[t].en) == keyword)
        .collect();
    let themes = if named.is_empty() {
        let by_alias: Vec<usize> =
            (0..data.themes.len()).filter(|&t| data.themes[t].aliases.iter().any(|a| folded(a) == keyword)).collect();
        if by_alias.len() > 2 { Vec::new() } else { by_alias }
    } else {
        named
    };
    themes
        .into_iter()
        .map(|theme| Offer { theme, districts: theme_counts.get(theme).copied().unwrap_or(0) })
        .filter(|o| o.districts > found_in)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SearchIndex;

    fn offers(keyword: &str, found_in: usize) -> Vec<(String, usize)> {
        let data = Dataset::embedded().expect("dataset");
        let index = SearchIndex::new(&data);
        theme_offers(&data, &index.theme_counts, keyword, found_in)
            .into_iter()
            .map(|o| (data.themes[o.theme].name.to_string(), o.districts))
            .collect()
    }

    #[test]
    fn a_themes_name_offers_the_theme_when_more_districts_carry_it() {
        assert_eq!(offers("垃圾分类", 2), [("垃圾分类".to_string(), 8)]);
        assert_eq!(offers("Waste Sorting", 2), [("垃圾分类".to_string(), 8)], "the English name, in any case");
        assert_eq!(offers("垃圾分类", 8), [], "the search found them all already");
    }

    #[test]
    fn an_alias_offers_its_theme_or_two_and_a_general_one_nothing() {
        assert_eq!(offers("冬奥", 0).len(), 1, "an alias of one theme");
        assert_eq!(offers("物业", 0), [("物业管理".to_string(), 8)]);
        let two = offers("两条例", 0);
        assert_eq!(two.len(), 2, "an alias of two themes offers both: {two:?}");
        assert_eq!(offers("三边检查", 0), [], "an alias of three themes is too general");
        assert_eq!(offers("东城", 0), [], "not a theme");
    }
}
