//! `liangdian import` on the seed article as it was captured (page chrome and all, in `assets/article.txt`),
//! measured against the shipped dataset curated from it.

use liangdian::dataset::Dataset;
use liangdian::import::{Import, Options, import, measure};

const ARTICLE: &str = include_str!("../assets/article.txt");

fn shipped() -> Dataset {
    Dataset::embedded().expect("the shipped dataset loads")
}

fn seed() -> Import {
    let options = Options { taxonomy: shipped().themes, ..Options::default() };
    import(ARTICLE.as_bytes(), &options).expect("the seed article imports")
}

#[test]
fn the_seed_article_comes_out_as_curated() {
    let draft = seed().draft;
    let m = measure(&draft, &shipped());
    println!("{m:#?}");
    assert_eq!((m.districts, m.paragraphs_identical), (16, 16), "every district paragraph identical");
    assert!(m.intro_identical && m.closing_identical, "the opening and the closing identical");
    assert!(m.figures_found + 1 >= m.curated_figures, "figures: {} of {}", m.figures_found, m.curated_figures);
    assert!(m.boundaries_differing <= 7, "{} boundaries differ", m.boundaries_differing);
    assert!(m.precision >= 0.7 && m.recall >= 0.7, "themes: precision {:.2}, recall {:.2}", m.precision, m.recall);
}

/// The article's body paragraphs as captured: its indented lines.
fn paragraphs() -> Vec<&'static str> {
    ARTICLE.lines().filter(|l| l.starts_with("  ") && !l.trim().is_empty()).map(str::trim).collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn each_district_joined_gives_back_its_published_paragraph() {
    let draft = seed().draft;
    let published = paragraphs();
    assert_eq!(published.len(), 18, "an opening, sixteen districts and a closing");
    assert_eq!(draft.intro, published[0]);
    assert_eq!(draft.closing, published[17]);
    for (d, paragraph) in draft.districts.iter().zip(&published[1..17]) {
        let mut joined = format!("{}{}", d.name, d.lead);
        d.highlights.iter().for_each(|h| joined.push_str(&h.text));
        assert_eq!(squeeze(&joined), squeeze(paragraph), "{}", d.name);
        assert_eq!(d.as_published(), *paragraph, "{}: as published, byte for byte", d.name);
    }
    assert!(draft.unplaced.is_empty());
}

#[test]
fn the_source_comes_from_the_title_and_the_breadcrumb() {
    let Import { draft, report } = seed();
    let shipped = shipped().source;
    assert_eq!(
        (&draft.source.title, &draft.source.publication, &draft.source.issue, &draft.source.column),
        (&shipped.title, &shipped.publication, &shipped.issue, &shipped.column)
    );
    assert_eq!(draft.source.year, 2020, "the year of the work, not of the issue (2021)");
    assert!(draft.source.url.is_empty() && report.url_from.is_none(), "the text copied from a page has no address");
    assert_eq!(
        report.chrome,
        ["【字号: 收藏收藏 打印打印"],
        "the title and the breadcrumb were read, the rest skipped"
    );
    assert!(report.absent.is_empty() && report.twice.is_empty());
}

#[test]
fn the_page_saved_as_html_gives_the_same_draft_with_its_address() {
    let html = std::fs::read("tests/fixtures/import/article.html").expect("the fixture is there");
    let options = Options { taxonomy: shipped().themes, ..Options::default() };
    let from_html = import(&html, &options).expect("the page imports").draft;
    let from_text = seed().draft;
    assert_eq!(from_html.source.url, shipped().source.url, "from the canonical link");
    assert_eq!(from_html.districts, from_text.districts, "scripts, styles, menus and the footer are not text");
    assert_eq!((&from_html.intro, &from_html.closing), (&from_text.intro, &from_text.closing));
    assert!(from_html.unplaced.is_empty(), "{:?}", from_html.unplaced);
}

#[test]
fn the_draft_is_a_dataset_the_loader_takes() {
    let draft = seed().draft;
    let yaml = serde_yaml::to_string(&draft).expect("serialises");
    let loaded = Dataset::from_yaml_str(&yaml, "draft.yaml").expect("the draft loads");
    assert_eq!(loaded.districts, draft.districts);
    assert!(liangdian::dataset::warnings(&loaded).is_empty(), "every quantity is a figure; nothing unplaced");
}

/// An article put together from the seed's paragraphs, changed as a test needs.
fn article(change: impl FnOnce(&mut Vec<String>)) -> Vec<u8> {
    let mut lines: Vec<String> = ARTICLE.lines().map(str::to_string).collect();
    change(&mut lines);
    lines.join("\r\n").into_bytes()
}

fn import_of(bytes: &[u8]) -> Result<Import, liangdian::import::ImportError> {
    import(bytes, &Options { taxonomy: shipped().themes, ..Options::default() })
}

#[test]
fn what_cannot_be_placed_is_kept_and_reported() {
    let bytes = article(|lines| {
        let at = lines.iter().position(|l| l.trim_start().starts_with("朝阳")).expect("朝阳");
        lines.insert(at, "  一段不属于任何区的文字,由编辑插入。".to_string());
        let haidian = lines.iter().position(|l| l.trim_start().starts_with("海淀")).expect("海淀");
        let again = lines[haidian].clone();
        lines.insert(haidian + 1, again);
        lines.retain(|l| !l.trim_start().starts_with("延庆"));
    });
    let Import { draft, report } = import_of(&bytes).expect("imports");
    assert_eq!(report.absent, ["延庆"]);
    assert_eq!(report.twice, ["海淀"]);
    assert_eq!(draft.unplaced.len(), 2);
    assert_eq!(
        (draft.unplaced[0].after.as_str(), draft.unplaced[0].text.as_str()),
        ("xicheng", "一段不属于任何区的文字,由编辑插入。")
    );
    assert_eq!(draft.unplaced[1].after, "haidian");
    assert!(draft.unplaced[1].text.starts_with("海淀 人大常委会"));
    assert_eq!(draft.districts.len(), 15);
    assert!(draft.closing.starts_with("此外"), "CRLF line ends read as any other");
}

#[test]
fn other_kinds_of_file_are_refused() {
    use liangdian::import::ImportError;
    assert_eq!(import_of(b"").err(), Some(ImportError::Empty));
    assert_eq!(
        import_of(include_bytes!("../assets/districts.yaml")).err(),
        Some(ImportError::NotAnArticle { found: vec![] })
    );
    let readme = include_str!("../README.md");
    assert!(matches!(import_of(readme.as_bytes()), Err(ImportError::NotAnArticle { .. })));
    let few = article(|lines| {
        lines.retain(|l| !l.starts_with("  ") || ["  东城", "  西城", "  朝阳"].iter().any(|d| l.starts_with(d)))
    });
    assert_eq!(import_of(&few).err(), Some(ImportError::NotAnArticle { found: vec!["东城", "西城", "朝阳"] }));
    let untitled = article(|lines| lines.retain(|l| !l.contains("工作亮点扫描")));
    assert_eq!(import_of(&untitled).err(), Some(ImportError::NoYear));
    let with_year = import(&untitled, &Options { year: Some(2020), ..Options::default() }).expect("--year gives it");
    assert_eq!(with_year.draft.source.year, 2020);
}

mod generated {
    use super::*;
    use liangdian::import::SIXTEEN;
    use proptest::prelude::*;

    /// Text in the article's alphabet: characters, digits, measure words, quotation marks and the
    /// punctuation that cuts highlights.
    fn text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "听取",
            "审议",
            "报告",
            "代表",
            "开展",
            "检查",
            "17",
            "3.7",
            "个",
            "名",
            "亿元",
            "%",
            "近",
            "余",
            "“",
            "”",
            "《",
            "》",
            ",",
            "，",
            "、",
            "。",
            ";",
            "；",
            " ",
            "垃圾分类",
            "专题询问",
            "2020年",
            "第3期",
        ]);
        prop::collection::vec(piece, 1..60).prop_map(|p| p.concat())
    }

    fn article() -> impl Strategy<Value = (Vec<usize>, Vec<String>)> {
        (prop::sample::subsequence((0..16).collect::<Vec<_>>(), 8..=16), prop::collection::vec(text(), 16))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn every_paragraph_comes_back_and_the_draft_loads((which, texts) in article()) {
            let mut page = String::from("首页 > 《北京人大》杂志 > 2022年 > 第1期 > 基层人大\n\n各区人大常委会2021年工作亮点扫描\n\n");
            page.push_str("  2021年是很不平凡的一年。\n");
            let mut paragraphs = Vec::new();
            for (&d, text) in which.iter().zip(&texts) {
                // A paragraph ends a sentence; one that does not is read as cut off and joined to the next.
                let paragraph = format!("{} 人大常委会依法履职。{text}。", SIXTEEN[d].name);
                page.push_str(&format!("  {paragraph}\n"));
                paragraphs.push(paragraph);
            }
            page.push_str("  此外,各区人大常委会还做了很多工作。\n");
            let Import { draft, .. } = import_of(page.as_bytes()).expect("an article of the column");
            prop_assert_eq!(draft.districts.len(), which.len());
            prop_assert!(draft.unplaced.is_empty());
            for (d, paragraph) in draft.districts.iter().zip(&paragraphs) {
                let mut joined = format!("{}{}", d.name, d.lead);
                d.highlights.iter().for_each(|h| joined.push_str(&h.text));
                prop_assert_eq!(squeeze(&joined), squeeze(paragraph));
            }
            prop_assert_eq!(draft.source.year, 2021);
            let yaml = serde_yaml::to_string(&draft).expect("serialises");
            let loaded = Dataset::from_yaml_str(&yaml, "draft.yaml");
            prop_assert!(loaded.is_ok(), "{}", loaded.err().map(|e| e.to_string()).unwrap_or_default());
        }
    }
}

/// The article's lines with each district's paragraph rewritten by `f` (its name, its text).
fn rewritten(f: impl Fn(&str, &str) -> String) -> Vec<String> {
    ARTICLE
        .lines()
        .map(|l| {
            let t = l.trim();
            match liangdian::import::SIXTEEN.iter().find(|d| t.starts_with(&format!("{} ", d.name))) {
                Some(d) => format!("  {}", f(d.name, t[d.name.len()..].trim_start())),
                None => l.to_string(),
            }
        })
        .collect()
}

fn districts_and_closing(lines: &[String]) -> (Vec<String>, String, usize) {
    let Import { draft, .. } = import_of(lines.join("\n").as_bytes()).expect("imports");
    let names = draft.districts.iter().map(|d| d.name.to_string()).collect();
    (names, draft.closing.to_string(), draft.unplaced.len())
}

#[test]
fn other_ways_of_writing_a_districts_opening_are_found() {
    let forms: [fn(&str, &str) -> String; 5] = [
        |name, rest| format!("{name}区{rest}"),
        |name, rest| format!("{name}区 {rest}"),
        |name, rest| format!("◆{name}区{rest}"),
        |name, rest| format!("【{name}区】{rest}"),
        |name, rest| format!("{name}区人民代表大会常务委员会{}", rest.trim_start_matches("人大常委会")),
    ];
    for form in forms {
        let lines = rewritten(form);
        let (names, closing, unplaced) = districts_and_closing(&lines);
        assert_eq!(names.len(), 16, "{}", lines[6]);
        assert!(closing.starts_with("此外") && unplaced == 0);
        let Import { draft, .. } = import_of(lines.join("\n").as_bytes()).expect("imports");
        for (d, line) in draft.districts.iter().zip(
            lines
                .iter()
                .filter(|l| l.starts_with("  ") && l.contains("人大常委") || l.contains("人民代表大会常务委员会")),
        ) {
            assert_eq!(squeeze(&d.as_published()), squeeze(line), "as published, the paragraph as written");
        }
    }
}

#[test]
fn headings_captions_wrapped_lines_and_the_pages_own_lines_do_not_displace_the_article() {
    let mut lines = rewritten(|_, rest| rest.to_string());
    // Each district's name as a heading over its paragraph.
    let at: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].starts_with("  人大常委会")).collect();
    for (n, &i) in at.iter().enumerate().rev() {
        lines.insert(i, format!("【{}】", liangdian::import::SIXTEEN[n].name));
    }
    // A photo's caption above 海淀, related links and a footer after the closing.
    let haidian = lines.iter().position(|l| l == "【海淀】").expect("海淀's heading");
    lines.insert(haidian, "  海淀区人大常委会组织代表视察中关村科学城。".to_string());
    lines.extend([
        "相关文章".to_string(),
        "怀柔区人大常委会召开第三十二次会议".to_string(),
        "版权所有：北京市人大常委会办公厅。".to_string(),
    ]);
    let (names, closing, unplaced) = districts_and_closing(&lines);
    assert_eq!(names.len(), 16);
    assert!(closing.starts_with("此外"), "{closing}");
    assert_eq!(unplaced, 1, "the caption is kept, unplaced");
    // 延庆's paragraph wrapped by hand at a sentence, then the closing.
    let lines: Vec<String> = ARTICLE
        .lines()
        .flat_map(|l| match l.split_once("。坚持以人民为中心") {
            Some((a, b)) if l.trim_start().starts_with("延庆") => {
                vec![format!("{a}。"), format!("坚持以人民为中心{b}")]
            }
            _ => vec![l.to_string()],
        })
        .collect();
    let (names, closing, unplaced) = districts_and_closing(&lines);
    assert_eq!((names.len(), unplaced), (16, 1), "the wrapped half is kept, unplaced");
    assert!(closing.starts_with("此外"), "the closing speaks of every district: {closing}");
}

#[test]
fn a_date_line_or_a_greeting_is_not_the_title() {
    let lines: Vec<String> = ARTICLE
        .lines()
        .flat_map(|l| match l {
            "各区人大常委会2020年工作亮点扫描" => {
                vec![
                    "欢迎访问北京人大网！".to_string(),
                    "2021年1月18日 星期一".to_string(),
                    "特稿：各区人大常委会2020年工作亮点扫描".to_string(),
                ]
            }
            _ => vec![l.to_string()],
        })
        .collect();
    let Import { draft, .. } = import_of(lines.join("\n").as_bytes()).expect("imports");
    assert_eq!(draft.source.title, "特稿：各区人大常委会2020年工作亮点扫描");
    assert_eq!(draft.source.year, 2020);
    assert!(draft.intro.starts_with("2020年是极不平凡的一年"));
}
