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

/// The highlight `n` (from 1) of the district named `name`.
fn highlight(data: &Dataset, name: &str, n: usize) -> liangdian::dataset::Highlight {
    let d = data.districts.iter().find(|d| d.name == name).unwrap_or_else(|| panic!("{name} is a district"));
    d.highlights.get(n - 1).unwrap_or_else(|| panic!("{name} has a highlight {n}")).clone()
}

#[test]
fn highlights_carry_the_themes_their_texts_name() {
    let data = data();
    // (district, highlight, theme, what in the text says so)
    let carried = [
        ("东城", 4, "deputies", "组织代表视察"),
        ("海淀", 2, "deputies", "组织代表专题视察"),
        ("昌平", 3, "deputies", "代表多年反复提出的建议"),
        ("丰台", 3, "livelihoods", "医疗、养老、教育"),
        ("大兴", 3, "livelihoods", "保障改善民生"),
        ("大兴", 3, "culture", "城市书房"),
        ("大兴", 3, "health", "体质健康"),
        ("大兴", 4, "ecology", "生态文明建设"),
    ];
    for (name, n, theme, words) in carried {
        let h = highlight(&data, name, n);
        assert!(h.text.contains(words), "{name} {n}: the text says «{words}»");
        assert!(h.themes.iter().any(|t| t == theme), "{name} {n} «{}» carries {theme}", h.title);
    }
    // A decision of the congress is not by itself the rule of law: the text does not say it.
    let decision = highlight(&data, "门头沟", 3);
    assert!(!decision.themes.iter().any(|t| t == "rule-of-law"), "{:?}", decision.themes);
}

#[test]
fn the_five_year_plan_is_a_theme_apart_from_urban_and_rural_planning() {
    let data = data();
    // The plan itself, not a period named after it (延庆's “十三五”时期).
    let plan_words = ["十四五”规划", "十三五”规划"];
    let planning_words = ["控规", "城乡规划", "分区规划", "村庄规划", "镇域规划", "村规划"];
    for (d, h) in data.highlights() {
        let five_year = plan_words.iter().any(|w| h.text.contains(w));
        let urban_rural = planning_words.iter().any(|w| h.text.contains(w));
        let carries = |theme: &str| h.themes.iter().any(|t| t == theme);
        assert_eq!(carries("five-year-plan"), five_year, "{} «{}»: five-year plan", d.name, h.title);
        assert_eq!(carries("planning"), urban_rural, "{} «{}»: urban and rural planning", d.name, h.title);
    }
    let carriers: Vec<&str> =
        data.districts.iter().filter(|d| d.carries("five-year-plan")).map(|d| d.name.as_str()).collect();
    assert_eq!(carriers, ["丰台", "石景山", "门头沟", "大兴"]);
}

#[test]
fn daxing_turns_to_ecology_in_a_highlight_of_its_own() {
    let data = data();
    let livelihoods = highlight(&data, "大兴", 3);
    let ecology = highlight(&data, "大兴", 4);
    assert!(livelihoods.text.ends_with("中小学生体质健康工作,"), "{}", livelihoods.text);
    assert_eq!(ecology.text, "强化生态文明建设工作监督,推动创建国家森林城市。");
}

#[test]
fn titles_say_what_their_texts_do() {
    let data = data();
    let xicheng = highlight(&data, "西城", 3);
    assert!(xicheng.title.contains("议案") && xicheng.title.contains("专题询问"), "{}", xicheng.title);
    let huairou = highlight(&data, "怀柔", 1);
    assert!(huairou.title.contains("科学城") && huairou.title.contains("商务旅游"), "{}", huairou.title);
    // The three 两条例“三边”检查 are deputies' on-the-spot checks of both regulations.
    for (name, n) in [("东城", 2), ("丰台", 2), ("昌平", 2)] {
        let h = highlight(&data, name, n);
        assert!(h.title.starts_with("两条例“三边”"), "{name} {n}: {}", h.title);
        for word in ["Deputies", "on-the-spot inspections", "waste", "property"] {
            assert!(h.title_en.contains(word), "{name} {n}: «{}» lacks {word}", h.title_en);
        }
    }
    assert!(highlight(&data, "海淀", 3).title_en.contains("national sanitary district"));
    let english = [
        ("石景山", 1, ["Shougang", "five-year plans"]),
        ("朝阳", 3, ["Honorary titles", "judges"]),
        ("平谷", 2, ["stations", "offices"]),
        ("门头沟", 2, ["sewage", "2019"]),
        ("延庆", 2, ["Winter Olympics", "venues"]),
    ];
    for (name, n, words) in english {
        let h = highlight(&data, name, n);
        for word in words {
            assert!(h.title_en.contains(word), "{name} {n}: «{}» lacks {word}", h.title_en);
        }
    }
}

#[test]
fn a_figure_keeps_the_words_that_qualify_it() {
    let data = data();
    for (d, h) in data.highlights() {
        for f in &h.figures {
            assert!(
                squeeze(&h.text).contains(&squeeze(&f.quoted())),
                "{}: «{}» is not in its text",
                d.name,
                f.quoted()
            );
        }
    }
    let fengtai = highlight(&data, "丰台", 2);
    let deputies = fengtai.figures.iter().find(|f| f.value == "700").expect("丰台's 700");
    assert_eq!((deputies.quoted(), deputies.number()), ("近700名".to_string(), Some(700.0)));
    let peaches = highlight(&data, "平谷", 1);
    let growth = peaches.figures.iter().find(|f| f.value == "11.9").expect("平谷's 11.9%");
    assert!(growth.what.contains("大桃总产值") && growth.what_en.contains("peach output value"), "{growth:?}");
}

#[test]
fn each_districts_paragraph_as_published_is_the_articles_own() {
    let data = data();
    let paras = paragraphs();
    for (i, d) in data.districts.iter().enumerate() {
        assert_eq!(d.as_published(), paras[i + 1], "{}", d.name);
    }
}

#[test]
fn every_text_has_its_english_and_the_english_keeps_every_number() {
    let data = data();
    assert!(!data.intro_en.is_empty() && !data.closing_en.is_empty());
    for d in &data.districts {
        assert!(
            d.lead_en.starts_with(&format!("The standing committee of the {} People's Congress", d.en)),
            "{}",
            d.name
        );
        for (n, h) in d.highlights.iter().enumerate() {
            assert!(!h.text_en.is_empty(), "{} {}", d.name, n + 1);
            let first = h.text_en.chars().next().unwrap_or(' ');
            assert!(
                first.is_uppercase() || first.is_ascii_digit() || first == '"',
                "{} {}: {}",
                d.name,
                n + 1,
                h.text_en
            );
            let lost = liangdian::dataset::keeps_numbers(h);
            assert!(lost.is_empty(), "{} {} lost {lost:?}: {}", d.name, n + 1, h.text_en);
            for f in &h.figures {
                assert!(
                    h.text_en.contains(f.value_en.as_str()) && !f.value_en.is_empty(),
                    "{} {}: {f:?}",
                    d.name,
                    n + 1
                );
            }
        }
    }
    assert!(liangdian::dataset::warnings(&data).is_empty(), "{:?}", liangdian::dataset::warnings(&data));
}
