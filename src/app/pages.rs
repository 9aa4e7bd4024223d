//! The state of the full pages: the themes × districts matrix and the figures table.

use crate::dataset::Dataset;

/// The cursor and scroll of the matrix: rows are themes, columns districts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Grid {
    pub row: usize,
    pub col: usize,
    pub row_offset: usize,
    pub col_offset: usize,
}

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

    pub fn label(self, zh: bool) -> &'static str {
        match (self, zh) {
            (FigureSort::Article, false) => "article order",
            (FigureSort::Largest, false) => "largest first",
            (FigureSort::Smallest, false) => "smallest first",
            (FigureSort::Unit, false) => "by unit",
            (FigureSort::Article, true) => "原文顺序",
            (FigureSort::Largest, true) => "从大到小",
            (FigureSort::Smallest, true) => "从小到大",
            (FigureSort::Unit, true) => "按单位",
        }
    }
}

/// The figures table: every figure of the dataset, in the chosen order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Figures {
    pub rows: Vec<FigureRef>,
    pub sort: FigureSort,
    pub cursor: usize,
    pub offset: usize,
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

    /// Reorders the rows by `sort`, keeping the cursor on the same figure.
    pub fn sort_by(&mut self, data: &Dataset, sort: FigureSort) {
        let current = self.rows.get(self.cursor).copied();
        let figure = |r: &FigureRef| &data.districts[r.district].highlights[r.highlight].figures[r.figure];
        let value = |r: &FigureRef| figure(r).number().unwrap_or(f64::NAN);
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
        self.cursor = current.and_then(|c| self.rows.iter().position(|r| *r == c)).unwrap_or(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_sort_by_value_and_come_back_to_article_order() {
        let data = Dataset::embedded().expect("dataset");
        let mut figures = Figures::new(&data);
        let article = figures.rows.clone();
        let value = |r: &FigureRef| data.districts[r.district].highlights[r.highlight].figures[r.figure].number();
        figures.sort_by(&data, FigureSort::Largest);
        assert_eq!(value(&figures.rows[0]), Some(5422.0));
        figures.sort_by(&data, FigureSort::Smallest);
        assert!(value(&figures.rows[0]) <= value(&figures.rows[1]));
        figures.sort_by(&data, FigureSort::Article);
        assert_eq!(figures.rows, article);
    }

    #[test]
    fn sorting_keeps_the_cursor_on_its_figure() {
        let data = Dataset::embedded().expect("dataset");
        let mut figures = Figures::new(&data);
        figures.cursor = 5;
        let before = figures.rows[5];
        figures.sort_by(&data, FigureSort::Largest);
        assert_eq!(figures.rows[figures.cursor], before);
    }
}
