//! What-if: the same query with a changed profile, and what changed, as typed facts.

use super::profile::Profile;
use super::reason::Reason;
use super::routes::{Query, Route, find_routes};
use crate::catalog::{Catalog, Money, Weeks};
use serde::Serialize;
use std::sync::Arc;

/// The routes before and after a change to the profile, and the differences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhatIf {
    pub before: Vec<Route>,
    pub after: Vec<Route>,
    /// One entry per difference; empty when the change makes no difference.
    pub changes: Vec<Change>,
}

/// One difference between the routes before and after. `route` indexes `after` for a new
/// route and `before` for the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Change {
    NewRoute {
        route: usize,
    },
    Gone {
        route: usize,
    },
    Length {
        route: usize,
        before: Weeks,
        after: Weeks,
    },
    Cost {
        route: usize,
        before: Money,
        after: Money,
    },
    Income {
        route: usize,
        before: Option<Money>,
        after: Option<Money>,
    },
    OpenNoMore {
        reason: Arc<Reason>,
    },
    OpenNew {
        reason: Arc<Reason>,
    },
}

/// Re-runs the query with the changed profile and reports what changed per route.
pub fn what_if(catalog: &Catalog, base: &Profile, changed: &Profile, query: &Query) -> WhatIf {
    let before = find_routes(catalog, base, query);
    let after = find_routes(catalog, changed, query);
    let mut changes = Vec::new();
    for (i, r) in after.iter().enumerate() {
        if !before.iter().any(|b| b.id == r.id) {
            changes.push(Change::NewRoute { route: i });
        }
    }
    for (route, b) in before.iter().enumerate() {
        match after.iter().find(|a| a.id == b.id) {
            Some(a) => diff_route(route, b, a, &mut changes),
            None => changes.push(Change::Gone { route }),
        }
    }
    WhatIf {
        before,
        after,
        changes,
    }
}

fn diff_route(route: usize, b: &Route, a: &Route, out: &mut Vec<Change>) {
    let (tb, ta) = (&b.totals, &a.totals);
    if ta.calendar != tb.calendar {
        let (before, after) = (tb.calendar, ta.calendar);
        out.push(Change::Length {
            route,
            before,
            after,
        });
    }
    if ta.net_cost != tb.net_cost {
        let (before, after) = (tb.net_cost, ta.net_cost);
        out.push(Change::Cost {
            route,
            before,
            after,
        });
    }
    if ta.monthly_income != tb.monthly_income {
        let (before, after) = (tb.monthly_income, ta.monthly_income);
        out.push(Change::Income {
            route,
            before,
            after,
        });
    }
    for c in &b.open {
        if !a.open.iter().any(|x| x.reason == c.reason) {
            out.push(Change::OpenNoMore {
                reason: c.reason.clone(),
            });
        }
    }
    for c in &a.open {
        if !b.open.iter().any(|x| x.reason == c.reason) {
            out.push(Change::OpenNew {
                reason: c.reason.clone(),
            });
        }
    }
}
