//! Realistic large datasets of the shipped schema, for benchmarks and for anyone measuring the program at
//! scale (`cargo run --release --example generate -- 10000 > big.yaml`, about 20 MB).
//!
//! Texts are stitched from clauses of the real article, so they have its mix of Chinese, ASCII punctuation
//! and numbers; every highlight carries themes from the real taxonomy and a figure its text quotes, so the
//! result passes validation like a real file. The generator is deterministic: the same count gives the same
//! file.

use crate::dataset::{Dataset, District, Figure, Highlight, RareText, Source, Text, ThemeIds};

/// Highlights per generated district.
pub const HIGHLIGHTS_PER_DISTRICT: usize = 8;

/// A small, fast, deterministic generator (xorshift64*); quality is irrelevant here.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Characters district names are made of.
const NAME_CHARS: &str = "东西南北中城山河湖海平安长宁和顺兴华阳昌泰丰源清泉云林桥新乐永江川";

/// A dataset of `districts` districts built from the shipped one.
pub fn dataset(districts: usize) -> Dataset {
    let base = Dataset::embedded().unwrap_or_else(|_| empty());
    let clauses: Vec<String> = base
        .highlights()
        .flat_map(|(_, h)| h.text.split([',', '，', ';', '。']).map(str::to_string).collect::<Vec<_>>())
        .filter(|c| (6..=16).contains(&c.chars().count()) && !c.chars().any(|ch| ch.is_ascii_digit()))
        .collect();
    let titles: Vec<(Text, Text)> = base.highlights().map(|(_, h)| (h.title.clone(), h.title_en.clone())).collect();
    let leads: Vec<Text> = base.districts.iter().map(|d| d.lead.clone()).collect();
    let units = ["个", "名", "件", "次", "项", "%", "亿元", "人次"];
    let name_chars: Vec<char> = NAME_CHARS.chars().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ districts as u64);
    let mut out = Vec::with_capacity(districts);
    for i in 0..districts {
        // Two characters from the pool, then the index in the pool's base, so names are unique.
        let mut name: String = (0..2).map(|_| name_chars[rng.below(name_chars.len())]).collect();
        let mut n = i;
        loop {
            name.push(name_chars[n % name_chars.len()]);
            n /= name_chars.len();
            if n == 0 {
                break;
            }
        }
        let highlights = (0..HIGHLIGHTS_PER_DISTRICT)
            .map(|_| {
                let (title, title_en) = titles[rng.below(titles.len())].clone();
                let value = (rng.below(9_000) + 1).to_string();
                let unit = units[rng.below(units.len())];
                // One clause and a figure: a highlight of one line, about 200 bytes.
                let text = format!("{},共{value}{unit}。", clauses[rng.below(clauses.len())]);
                let themes: ThemeIds =
                    (0..1 + rng.below(2)).map(|_| base.themes[rng.below(base.themes.len())].id.clone()).collect();
                // Every other highlight has an English title, as a half-translated file would.
                let title_en = if rng.below(2) == 0 { title_en } else { Text::default() };
                Highlight {
                    title,
                    title_en,
                    text: text.into(),
                    text_en: Text::default(),
                    themes,
                    figures: vec![Figure {
                        qualifier: RareText::default(),
                        value: value.into(),
                        unit: unit.into(),
                        what: "合计".into(),
                        what_en: RareText::default(),
                        value_en: RareText::default(),
                    }],
                }
            })
            .collect();
        out.push(District {
            id: format!("d{i}").into(),
            pinyin: format!("Qu{i}").into(),
            en: format!("District {i}").into(),
            lead: leads[rng.below(leads.len())].clone(),
            lead_en: Text::default(),
            name: name.into(),
            highlights,
            edition: 0,
            year: None,
        });
    }
    Dataset { districts: out, ..base }
}

/// The YAML text of [`dataset`]: districts as block mappings, each highlight on one line as a flow
/// mapping (JSON, which YAML reads as flow style), as a compact hand-kept file would be.
pub fn yaml(districts: usize) -> String {
    let data = dataset(districts);
    let json = |value: &dyn erased::Json| value.json();
    let mut out = String::with_capacity(districts * 1300);
    out.push_str(&format!("source: {}\n", json(&data.source)));
    out.push_str(&format!("intro: {}\nclosing: {}\nthemes:\n", json(&data.intro), json(&data.closing)));
    for t in &data.themes {
        out.push_str(&format!("  - {}\n", json(t)));
    }
    out.push_str("districts:\n");
    for d in &data.districts {
        out.push_str(&format!("  - id: {}\n    name: {}\n    pinyin: {}\n", d.id, json(&d.name), d.pinyin));
        out.push_str(&format!("    en: {}\n    lead: {}\n    highlights:\n", d.en, json(&d.lead)));
        for h in &d.highlights {
            out.push_str(&format!("      - {}\n", json(h)));
        }
    }
    out
}

/// One JSON rendering for the several schema types written above.
mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }

    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap_or_default()
        }
    }
}

fn empty() -> Dataset {
    Dataset {
        source: Source {
            title: Text::default(),
            publication: Text::default(),
            issue: Text::default(),
            column: Text::default(),
            year: 2020,
            url: Text::default(),
        },
        intro: Text::default(),
        intro_en: Text::default(),
        closing: Text::default(),
        closing_en: Text::default(),
        unplaced: Vec::new(),
        themes: Vec::new(),
        districts: Vec::new(),
        glossary: Vec::new(),
        editions: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_datasets_pass_validation_and_have_the_asked_size() {
        let text = yaml(300);
        let data = Dataset::from_yaml_str(&text, "generated.yaml").expect("a generated dataset is valid");
        assert_eq!(data.districts.len(), 300);
        assert!(data.districts.iter().all(|d| d.highlights.len() == HIGHLIGHTS_PER_DISTRICT));
        // About 2 KB a district: 10,000 districts are about 20 MB, a heavier load than real files of that
        // many districts would be.
        let per = text.len() / 300;
        assert!((1500..2500).contains(&per), "{per} bytes a district");
    }

    #[test]
    fn the_same_count_gives_the_same_file() {
        assert_eq!(yaml(50), yaml(50));
    }
}
