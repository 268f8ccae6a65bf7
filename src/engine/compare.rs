//! Facts for comparing routes; `crate::i18n::table` renders the side-by-side table.

use super::eval::Verdict;
use super::reason::Reason;
use super::routes::Route;
use crate::catalog::{Catalog, Id};
use serde::Serialize;
use std::sync::Arc;

/// One entry requirement across the compared routes: its verdict per route (`None`: that
/// route does not ask it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReqRow {
    pub label: Arc<Reason>,
    pub cells: Vec<Option<Verdict>>,
    pub differs: bool,
}

/// Roles a person can go on to from `role` (programmes gated by it, and where they lead).
pub fn next_roles(catalog: &Catalog, role: &str) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::new();
    let links = catalog.links();
    for (i, p) in catalog.programmes.iter().enumerate() {
        if links.gate[i]
            .as_ref()
            .is_some_and(|g| g.iter().any(|r| r == role))
        {
            for r in &p.leads_to {
                if r != role && !out.contains(r) {
                    out.push(r.clone());
                }
            }
        }
    }
    out.sort();
    out
}

/// The entry requirements of every step of the routes, one row per requirement.
pub fn requirement_rows(routes: &[Route]) -> Vec<ReqRow> {
    let mut out: Vec<ReqRow> = Vec::new();
    for (i, r) in routes.iter().enumerate() {
        for c in r.steps.iter().flat_map(|s| s.requirements.checks.iter()) {
            let at = match out.iter().position(|x| x.label == c.reason) {
                Some(at) => at,
                None => {
                    out.push(ReqRow {
                        label: c.reason.clone(),
                        cells: vec![None; routes.len()],
                        differs: false,
                    });
                    out.len() - 1
                }
            };
            // The worst verdict wins when a route meets the same requirement twice.
            let cell = &mut out[at].cells[i];
            *cell = Some(cell.map_or(c.verdict, |v| v.max(c.verdict)));
        }
    }
    for row in &mut out {
        row.differs = row.cells.windows(2).any(|w| w[0] != w[1]);
    }
    out
}
