//! One course on its own (an AMU course, a supplement, a module): what it costs this person,
//! who pays what, the deadlines and who signs. The route engine's pricing of a single step.

use super::finish;
use super::merit::personalise_variant;
use super::profile::Profile;
use super::routes::{Query, Step};
use super::search::{Planned, admission};
use crate::catalog::{Catalog, Date, load::Entry};
use std::sync::Arc;

/// A course priced for a person, starting at its first possible date on or after `start`
/// (or the profile's planned start, or the first day every fund that pays for such a course
/// can still be applied to). `None` when the id is not a programme.
pub fn answer(
    catalog: &Catalog,
    profile: &Profile,
    id: &str,
    start: Option<Date>,
    today: Date,
) -> Option<Arc<Step>> {
    let Some(Entry::Programme(index)) = catalog.entry(id) else {
        return None;
    };
    let p = &catalog.programmes[index];
    let earliest = start
        .or(profile.planned_start)
        .unwrap_or_else(|| super::search::ready(catalog, today))
        .max(today);
    let first = personalise_variant(catalog, profile, p, None, None, earliest, &[]);
    let start = finish::next_start(p, first.track, earliest, today);
    let personalised = personalise_variant(catalog, profile, p, None, None, start, &[]);
    let requirements = admission(catalog, profile, p, &personalised, &[], start);
    let planned = Planned {
        programme: index,
        personalised,
        gap: false,
        start,
        requirements,
        held: Vec::new(),
        node: 0,
    };
    let to = p.leads_to.first().cloned().unwrap_or_default();
    let query = Query {
        start: Some(start),
        ..Query::to(&to, today)
    };
    let route = finish::route(catalog, profile, &query, vec![planned]);
    route.steps.into_iter().next()
}
