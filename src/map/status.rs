//! How far a person is from each role on the map, worked out by the route engine: a role they
//! hold, one they can take the next programme to now, one they reach after closing a gap, and
//! one out of reach within a single step.

use crate::catalog::{Catalog, Date, Weeks};
use crate::engine::eval::{Verdict, holds};
use crate::engine::reason::Reason;
use crate::engine::routes::{Query, find_routes};
use crate::engine::{Profile, Route};
use std::sync::Arc;

/// Where a role stands for one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reach {
    /// The person holds it already (or works in it).
    Held,
    /// One programme leads there and every requirement is met.
    Now,
    /// A route exists, but something must be closed or found out first.
    AfterGap,
    /// No route of one programme (gap-closing steps aside) leads there.
    Out,
}

impl Reach {
    pub const ALL: [Reach; 4] = [Reach::Held, Reach::Now, Reach::AfterGap, Reach::Out];
}

/// A role's standing, with what the map shows on hover.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub reach: Reach,
    /// Length of the best route there (gap-closing steps included).
    pub length: Option<Weeks>,
    /// The programme of the route's last step: the link the person would take into the role.
    pub via: Option<String>,
    /// The first requirement not met (or not known) on the best route.
    pub first_open: Option<Arc<Reason>>,
}

/// The standing of every role of the catalogue (in catalogue order) for `profile`, asked on
/// `today`.
pub fn reach(catalog: &Catalog, profile: &Profile, today: Date) -> Vec<Status> {
    catalog
        .roles
        .iter()
        .map(|r| {
            if holds(profile, catalog, &[], &r.id) {
                return Status {
                    reach: Reach::Held,
                    length: None,
                    via: None,
                    first_open: None,
                };
            }
            let query = Query {
                max_steps: 1,
                ..Query::to(&r.id, today)
            };
            let routes = find_routes(catalog, profile, &query);
            match routes.iter().find(|r| clear(r)).or(routes.first()) {
                Some(best) => Status {
                    reach: if clear(best) {
                        Reach::Now
                    } else {
                        Reach::AfterGap
                    },
                    length: Some(best.totals.calendar),
                    via: best.steps.last().map(|s| s.programme.clone()),
                    first_open: open_first(best),
                },
                None => Status {
                    reach: Reach::Out,
                    length: None,
                    via: None,
                    first_open: None,
                },
            }
        })
        .collect()
}

/// A route the person can start on now: no gap to close, nothing unmet or unknown.
fn clear(route: &Route) -> bool {
    route.steps.iter().all(|s| !s.gap) && route.open.is_empty()
}

fn open_first(route: &Route) -> Option<Arc<Reason>> {
    let not_met = route.open.iter().find(|c| c.verdict == Verdict::NotMet);
    not_met.or(route.open.first()).map(|c| c.reason.clone())
}
