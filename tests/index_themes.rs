//! The themes the search index says each district and highlight carries are those the dataset names.

use liangdian::dataset::Dataset;
use liangdian::search::SearchIndex;

fn check(data: &Dataset) {
    let index = SearchIndex::new(data);
    let number = |id: &str| data.themes.iter().position(|t| t.id == id).expect("a theme of the dataset") as u32;
    let mut counts = vec![0; data.themes.len()];
    for (d, district) in data.districts.iter().enumerate() {
        let mut carried = Vec::new();
        for (h, highlight) in district.highlights.iter().enumerate() {
            let named: Vec<u32> = highlight.themes.iter().map(|id| number(id)).collect();
            assert_eq!(index.highlight_themes(d, h), named.as_slice(), "{} highlight {h}", district.name);
            carried.extend(named);
        }
        carried.sort_unstable();
        carried.dedup();
        assert_eq!(index.district_themes(d), carried.as_slice(), "{}: each once, in order", district.name);
        for t in 0..data.themes.len() {
            assert_eq!(index.carries(d, t), carried.contains(&(t as u32)));
        }
        carried.iter().for_each(|&t| counts[t as usize] += 1);
        assert!(index.highlight_themes(d, district.highlights.len()).is_empty(), "no highlight past the last");
    }
    assert_eq!(index.theme_counts, counts);
    let past = data.districts.len();
    assert!(index.district_themes(past).is_empty() && !index.carries(past, 0), "no district past the last");
}

#[test]
fn the_built_in_districts_carry_the_themes_their_highlights_name() {
    check(&Dataset::embedded().expect("the built-in dataset"));
}

#[test]
fn so_do_two_thousand_districts_indexed_on_several_threads() {
    check(&liangdian::synthetic::dataset(2_000));
}
