//! The shipped dataset says what the article says: nothing paraphrased, dropped, added or reordered.

use liangdian::dataset::Dataset;

const ARTICLE: &str = include_str!("../assets/article.txt");

const DISTRICTS: [&str; 16] = [
    "东城",
    "西城",
    "朝阳",
    "海淀",
    "丰台",
    "石景山",
    "门头沟",
    "房山",
    "通州",
    "顺义",
    "昌平",
    "大兴",
    "平谷",
    "怀柔",
    "密云",
    "延庆",
];

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The article's body paragraphs: indented lines, page chrome excluded.
fn paragraphs() -> Vec<&'static str> {
    ARTICLE.lines().filter(|l| l.starts_with("  ")).map(str::trim).filter(|l| !l.is_empty()).collect()
}

fn data() -> Dataset {
    Dataset::embedded().expect("the built-in dataset loads")
}

#[test]
fn article_has_an_opening_sixteen_districts_and_a_closing() {
    let paras = paragraphs();
    assert_eq!(paras.len(), 18, "opening + 16 districts + closing");
    assert!(paras[0].starts_with("2020年是极不平凡的一年"));
    assert!(paras[17].starts_with("此外"));
}

#[test]
fn every_district_paragraph_is_its_lead_then_its_highlights_verbatim() {
    let data = data();
    let paras = paragraphs();
    assert_eq!(data.districts.len(), 16);
    for (i, name) in DISTRICTS.iter().enumerate() {
        let district = &data.districts[i];
        assert_eq!(district.name, *name, "district {} is in the article's order", i + 1);
        let para = paras[i + 1].strip_prefix(name).expect("paragraph starts with the district's name");
        let mut ours = district.lead.clone();
        for h in &district.highlights {
            ours.push_str(&h.text);
        }
        let (want, got) = (squeeze(para), squeeze(&ours));
        if want != got {
            let at = want.chars().zip(got.chars()).take_while(|(a, b)| a == b).count();
            let tail = |s: &str| s.chars().skip(at).take(20).collect::<String>();
            panic!(
                "{name}: differs from the article at character {at}: article «{}» dataset «{}»",
                tail(&want),
                tail(&got)
            );
        }
    }
}

#[test]
fn intro_and_closing_are_verbatim() {
    let data = data();
    let paras = paragraphs();
    assert_eq!(squeeze(&data.intro), squeeze(paras[0]));
    assert_eq!(squeeze(&data.closing), squeeze(paras[17]));
}

#[test]
fn each_lead_is_the_paragraphs_first_sentence() {
    for d in data().districts {
        assert_eq!(d.lead.matches('。').count(), 1, "{}: the lead is one sentence", d.name);
        assert!(d.lead.ends_with('。'), "{}: the lead ends its sentence", d.name);
    }
}

#[test]
fn districts_split_into_two_to_five_titled_highlights() {
    for d in data().districts {
        assert!((2..=5).contains(&d.highlights.len()), "{} has {} highlights", d.name, d.highlights.len());
        for h in &d.highlights {
            assert!(!h.title.is_empty() && !h.title_en.is_empty(), "{}: every highlight has both titles", d.name);
            assert!(!h.themes.is_empty(), "{}: «{}» carries a theme", d.name, h.title);
        }
    }
}

#[test]
fn the_source_is_the_articles_own() {
    let s = data().source;
    assert_eq!(s.title, "各区人大常委会2020年工作亮点扫描");
    assert!(ARTICLE.contains(s.title.as_str()));
    assert_eq!(
        (s.publication.as_str(), s.issue.as_str(), s.column.as_str(), s.year),
        ("《北京人大》杂志", "2021年第1期", "基层人大", 2020)
    );
}

#[test]
fn every_theme_is_labelled_in_both_languages_and_used() {
    let data = data();
    assert!((15..=30).contains(&data.themes.len()), "{} themes", data.themes.len());
    for t in &data.themes {
        assert!(!t.en.is_empty(), "theme {} has an English label", t.id);
        assert!(data.districts.iter().any(|d| d.carries(&t.id)), "theme {} is used", t.id);
    }
    for d in &data.districts {
        assert!(!d.en.is_empty() && !d.pinyin.is_empty(), "{} has pinyin and English names", d.name);
    }
}

/// Runs of ASCII digits (with a decimal point) in a text.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() || (c == '.' && !cur.is_empty()) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur).trim_end_matches('.').to_string());
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[test]
fn every_arabic_quantity_is_a_figure_of_its_highlight_and_names_are_not() {
    // Years and names written with digits are not quantities.
    let not_figures = ["2019年度", "石惠16条", "“1+3”", "(C地块)"];
    for (d, h) in data().highlights() {
        let mut text = squeeze(&h.text);
        for n in not_figures {
            text = text.replace(n, "");
        }
        let mut values: Vec<&str> = h.figures.iter().map(|f| f.value.as_str()).collect();
        for n in numbers(&text) {
            let i = values.iter().position(|v| *v == n);
            assert!(i.is_some(), "{}: «{}» has the quantity {n} but no figure for it", d.name, h.title);
            values.remove(i.unwrap_or_default());
        }
        assert!(values.is_empty(), "{}: «{}» has figures {values:?} its text does not show", d.name, h.title);
    }
}

#[test]
fn waste_sorting_also_finds_the_two_regulations() {
    // 两条例 are the household-waste and property-management regulations: a reader filtering by waste
    // sorting expects the districts that inspected them.
    let data = data();
    for d in &data.districts {
        let mentions = d.highlights.iter().any(|h| h.text.contains("两条例") || h.text.contains("垃圾"));
        if mentions {
            assert!(d.carries("waste-sorting"), "{} mentions the regulations but lacks waste-sorting", d.name);
        }
    }
    let n = data.districts.iter().filter(|d| d.carries("waste-sorting")).count();
    assert!(n >= 6, "only {n} districts carry waste-sorting");
}
