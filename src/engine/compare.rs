//! Comparison rows for two to four routes side by side, with differing rows marked.

use crate::catalog::Text;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub label: Text,
    /// One cell per compared route.
    pub cells: Vec<Text>,
    pub differs: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub titles: Vec<Text>,
    pub rows: Vec<Row>,
}
