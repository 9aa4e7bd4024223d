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

/// The district a paragraph begins with: its name, then white space, 区 or 县, or 人大 straight away. A
/// paragraph that only mentions a district later, or begins with a word that merely starts like one
/// (东城区域…), names none.
pub fn opening(paragraph: &str) -> Option<Opening> {
    SIXTEEN.iter().find_map(|d| {
        let rest = paragraph.strip_prefix(d.name)?;
        let trimmed = rest.trim_start();
        if trimmed.len() < rest.len() {
            return Some(Opening { district: *d, apart: paragraph.len() - trimmed.len() });
        }
        let suffixed = ["区人大", "县人大", "人大"].iter().any(|s| rest.starts_with(s));
        suffixed.then_some(Opening { district: *d, apart: 0 })
    })
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
