//! Every figure of the dataset as a table, in the article's order or by size or unit: the browser's figures
//! page and `liangdian figures` read the same rows.

use super::Dataset;
use crate::lang::Lang;

/// One figure: its district, highlight and place in the highlight's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FigureRef {
    pub district: usize,
    pub highlight: usize,
    pub figure: usize,
}

/// The order of the figures table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FigureSort {
    /// As the article has them.
    #[default]
    Article,
    Largest,
    Smallest,
    /// By unit, then largest first.
    Unit,
}

impl FigureSort {
    pub fn next(self) -> FigureSort {
        match self {
            FigureSort::Article => FigureSort::Largest,
            FigureSort::Largest => FigureSort::Smallest,
            FigureSort::Smallest => FigureSort::Unit,
            FigureSort::Unit => FigureSort::Article,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let l = lang.labels();
        match self {
            FigureSort::Article => l.sort_article,
            FigureSort::Largest => l.sort_largest,
            FigureSort::Smallest => l.sort_smallest,
            FigureSort::Unit => l.sort_unit,
        }
    }
}

/// The figures table: every figure of the dataset, in the chosen order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Figures {
    pub rows: Vec<FigureRef>,
    pub sort: FigureSort,
}

impl Figures {
    pub fn new(data: &Dataset) -> Figures {
        let mut rows = Vec::new();
        for (d, district) in data.districts.iter().enumerate() {
            for (h, highlight) in district.highlights.iter().enumerate() {
                rows.extend((0..highlight.figures.len()).map(|f| FigureRef { district: d, highlight: h, figure: f }));
            }
        }
        Figures { rows, ..Figures::default() }
    }

    /// The figures of districts `l` and `r` that count the same thing (the same `what`, or the same English
    /// for it), each paired once, in `l`'s order: two editions of a district side by side, say.
    pub fn paired(data: &Dataset, l: usize, r: usize) -> Vec<(FigureRef, FigureRef)> {
        let of = |d: usize| Figures::new_of(data, d);
        let figure = |x: &FigureRef| &data.districts[x.district].highlights[x.highlight].figures[x.figure];
        let mut right = of(r);
        let mut out = Vec::new();
        for a in of(l) {
            let fa = figure(&a);
            let same = |b: &FigureRef| {
                let fb = figure(b);
                fa.what.trim() == fb.what.trim() || (!fa.what_en.is_empty() && fa.what_en == fb.what_en)
            };
            if let Some(i) = right.iter().position(same) {
                out.push((a, right.remove(i)));
            }
        }
        out
    }

    /// The figures of district `d`, in article order.
    fn new_of(data: &Dataset, d: usize) -> Vec<FigureRef> {
        let Some(district) = data.districts.get(d) else { return Vec::new() };
        let mut rows = Vec::new();
        for (h, highlight) in district.highlights.iter().enumerate() {
            rows.extend((0..highlight.figures.len()).map(|f| FigureRef { district: d, highlight: h, figure: f }));
        }
        rows
    }

    /// Reorders the rows by `sort` (sizes with 万 and 亿 applied).
    pub fn sort_by(&mut self, data: &Dataset, sort: FigureSort) {
        let figure = |r: &FigureRef| &data.districts[r.district].highlights[r.highlight].figures[r.figure];
        let value = |r: &FigureRef| figure(r).magnitude().unwrap_or(f64::NAN);
        let article = |r: &FigureRef| (r.district, r.highlight, r.figure);
        match sort {
            FigureSort::Article => self.rows.sort_by_key(article),
            FigureSort::Largest => {
                self.rows.sort_by(|a, b| value(b).total_cmp(&value(a)).then(article(a).cmp(&article(b))))
            }
            FigureSort::Smallest => {
                self.rows.sort_by(|a, b| value(a).total_cmp(&value(b)).then(article(a).cmp(&article(b))))
            }
            FigureSort::Unit => self.rows.sort_by(|a, b| {
                figure(a)
                    .unit
                    .cmp(&figure(b).unit)
                    .then(value(b).total_cmp(&value(a)))
                    .then(article(a).cmp(&article(b)))
            }),
        }
        self.sort = sort;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Figure;

    #[test]
    fn figures_sort_by_size_with_wan_and_yi_applied_and_come_back_to_article_order() {
        let data = Dataset::embedded().expect("dataset");
        let mut figures = Figures::new(&data);
        let article = figures.rows.clone();
        let figure = |r: &FigureRef| &data.districts[r.district].highlights[r.highlight].figures[r.figure];
        figures.sort_by(&data, FigureSort::Largest);
        let first: Vec<String> = figures.rows[..3].iter().map(|r| figure(r).quoted()).collect();
        assert_eq!(first, ["12.76亿元", "3.7亿斤", "5422人次"]);
        figures.sort_by(&data, FigureSort::Smallest);
        let sizes: Vec<f64> = figures.rows.iter().filter_map(|r| figure(r).magnitude()).collect();
        assert!(sizes.windows(2).all(|w| w[0] <= w[1]), "{sizes:?}");
        figures.sort_by(&data, FigureSort::Article);
        assert_eq!(figures.rows, article);
    }

    #[test]
    fn figures_that_count_the_same_thing_are_paired() {
        let mut data = Dataset::embedded().expect("dataset");
        let haidian = data.districts.iter().position(|d| d.id == "haidian").expect("haidian");
        let mut later = data.districts[haidian].clone();
        later.highlights[1].figures[0].value = "30".into();
        data.districts.push(later);
        let pairs = Figures::paired(&data, haidian, data.districts.len() - 1);
        let whats: Vec<&str> = pairs
            .iter()
            .map(|(a, _)| data.districts[a.district].highlights[a.highlight].figures[a.figure].what.as_str())
            .collect();
        assert_eq!(whats.len(), data.districts[haidian].highlights.iter().map(|h| h.figures.len()).sum::<usize>());
        assert!(whats.contains(&"调研视察"));
        let east = data.districts.iter().position(|d| d.id == "dongcheng").expect("dongcheng");
        assert!(Figures::paired(&data, east, haidian).is_empty(), "nothing the two count alike");
    }

    #[test]
    fn units_scale_by_wan_and_yi_but_not_by_a_percentage_point() {
        let f = |value: &str, unit: &str| Figure { value: value.into(), unit: unit.into(), ..Figure::default() };
        assert_eq!(f("3.7", "亿斤").magnitude(), Some(3.7e8));
        assert_eq!(f("20", "万元").magnitude(), Some(2e5));
        assert_eq!(f("2", "百万人").magnitude(), Some(2e6));
        assert_eq!(f("1", "万亿元").magnitude(), Some(1e12));
        assert_eq!(f("3", "百分点").magnitude(), Some(3.0));
        assert_eq!(f("17", "个").magnitude(), Some(17.0));
        assert_eq!(f("x", "万").magnitude(), None);
    }
}
