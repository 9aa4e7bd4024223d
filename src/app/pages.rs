//! The state of the full pages: the themes × districts matrix and the figures table.

use crate::dataset::{Dataset, FigureSort, Figures};

/// The cursor and scroll of the matrix: rows are themes, columns districts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Grid {
    pub row: usize,
    pub col: usize,
    pub row_offset: usize,
    pub col_offset: usize,
}

/// The figures page: the table, its cursor and the first row shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FiguresPage {
    pub table: Figures,
    pub cursor: usize,
    pub offset: usize,
}

impl FiguresPage {
    pub fn new(data: &Dataset, sort: FigureSort) -> FiguresPage {
        let mut table = Figures::new(data);
        table.sort_by(data, sort);
        FiguresPage { table, cursor: 0, offset: 0 }
    }

    /// A new order is asked for to see what comes first in it: the page goes to its top.
    pub fn sort_by(&mut self, data: &Dataset, sort: FigureSort) {
        self.table.sort_by(data, sort);
        (self.cursor, self.offset) = (0, 0);
    }
}
