//! How close a draft is to a curated dataset of the same article: the paragraphs (which must be identical),
//! the figures found, the highlights' boundaries and the suggested themes' precision and recall. The
//! report prints it when a curated dataset is given (`--against`), and a test holds the seed article to it.

use crate::dataset::{Dataset, District};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Measure {
    /// Districts of the curated dataset the draft has too.
    pub districts: usize,
    pub curated_districts: usize,
    /// Of those, the paragraphs identical white space aside (name, lead and texts joined).
    pub paragraphs_identical: usize,
    pub intro_identical: bool,
    pub closing_identical: bool,
    /// Curated figures the draft has with the same value and unit (and qualifier).
    pub figures_found: usize,
    pub curated_figures: usize,
    /// Highlight boundaries in one and not the other, and the curated boundaries in all.
    pub boundaries_differing: usize,
    pub curated_boundaries: usize,
    /// Suggested themes the curated highlight also carries, over all suggested.
    pub precision: f64,
    /// Curated themes the draft suggests too, over all curated.
    pub recall: f64,
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Where highlights begin within a district's joined texts, in characters, white space aside.
fn boundaries(d: &District) -> Vec<usize> {
    let mut at = 0;
    let mut out = Vec::new();
    for h in &d.highlights {
        if at > 0 {
            out.push(at);
        }
        at += squeeze(&h.text).chars().count();
    }
    out
}

/// Spans of each highlight in the joined texts, for pairing highlights that overlap.
fn spans(d: &District) -> Vec<(usize, usize)> {
    let mut at = 0;
    d.highlights
        .iter()
        .map(|h| {
            let len = squeeze(&h.text).chars().count();
            at += len;
            (at - len, at)
        })
        .collect()
}

/// The highlight of `other` that overlaps `span` the most.
fn most_overlapping(span: (usize, usize), other: &[(usize, usize)]) -> Option<usize> {
    let overlap = |o: &(usize, usize)| span.1.min(o.1).saturating_sub(span.0.max(o.0));
    (0..other.len()).filter(|&i| overlap(&other[i]) > 0).max_by_key(|&i| overlap(&other[i]))
}

pub fn measure(draft: &Dataset, curated: &Dataset) -> Measure {
    let mut m = Measure {
        curated_districts: curated.districts.len(),
        intro_identical: squeeze(&draft.intro) == squeeze(&curated.intro),
        closing_identical: squeeze(&draft.closing) == squeeze(&curated.closing),
        ..Measure::default()
    };
    let (mut suggested, mut suggested_right, mut carried, mut carried_found) = (0, 0, 0, 0);
    for c in &curated.districts {
        m.curated_figures += c.highlights.iter().map(|h| h.figures.len()).sum::<usize>();
        m.curated_boundaries += c.highlights.len().saturating_sub(1);
        let Some(d) = draft.districts.iter().find(|d| d.id == c.id) else { continue };
        m.districts += 1;
        m.paragraphs_identical += usize::from(squeeze(&d.as_published()) == squeeze(&c.as_published()));
        let mut found: Vec<(&str, &str, &str)> = d
            .highlights
            .iter()
            .flat_map(|h| &h.figures)
            .map(|f| (f.qualifier.as_str(), f.value.as_str(), f.unit.as_str()))
            .collect();
        for f in c.highlights.iter().flat_map(|h| &h.figures) {
            if let Some(i) = found.iter().position(|x| *x == (f.qualifier.as_str(), f.value.as_str(), f.unit.as_str()))
            {
                found.swap_remove(i);
                m.figures_found += 1;
            }
        }
        let (db, cb) = (boundaries(d), boundaries(c));
        m.boundaries_differing +=
            db.iter().filter(|b| !cb.contains(b)).count() + cb.iter().filter(|b| !db.contains(b)).count();
        let (ds, cs) = (spans(d), spans(c));
        for (i, h) in d.highlights.iter().enumerate() {
            let Some(j) = most_overlapping(ds[i], &cs) else { continue };
            suggested += h.themes.len();
            suggested_right += h.themes.iter().filter(|t| c.highlights[j].themes.contains(t)).count();
        }
        for (j, h) in c.highlights.iter().enumerate() {
            carried += h.themes.len();
            let Some(i) = most_overlapping(cs[j], &ds) else { continue };
            carried_found += h.themes.iter().filter(|t| d.highlights[i].themes.contains(t)).count();
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    m.precision = ratio(suggested_right, suggested);
    m.recall = ratio(carried_found, carried);
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dataset_measured_against_itself_is_exact() {
        let data = Dataset::embedded().expect("the embedded dataset loads");
        let m = measure(&data, &data);
        assert_eq!((m.districts, m.paragraphs_identical, m.curated_districts), (16, 16, 16));
        assert!(m.intro_identical && m.closing_identical);
        assert_eq!(m.figures_found, m.curated_figures);
        assert_eq!(m.boundaries_differing, 0);
        assert_eq!((m.precision, m.recall), (1.0, 1.0));
    }

    #[test]
    fn a_moved_boundary_counts_twice_and_a_lost_figure_once() {
        let curated = Dataset::embedded().expect("the embedded dataset loads");
        let mut draft = curated.clone();
        let d = &mut draft.districts[0];
        let second = d.highlights.remove(1);
        d.highlights[0].text.push_str(&second.text);
        d.highlights[0].figures.clear();
        let m = measure(&draft, &curated);
        assert_eq!(m.boundaries_differing, 1, "one curated boundary the draft lacks");
        assert_eq!(m.figures_found, m.curated_figures - 1 - 2, "the first highlight's figure and the merged two");
        assert_eq!(m.paragraphs_identical, 16);
        assert!(m.recall < 1.0);
    }
}
