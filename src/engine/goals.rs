//! Which roles to offer as a starting point and as a goal, and in what order. The start screen
//! and the routes screen both show these lists; the order is decided here so it can be tested.

use super::gaps::mentions;
use super::profile::Profile;
use crate::catalog::{Catalog, Id, Programme, RoleKind};
use rustc_hash::FxHashSet as HashSet;

/// The starting points most people have, shown first and largest.
pub const COMMON_ROLES: [&str; 3] = ["sosu-hjaelper", "ufaglaert", "sosu-assistent"];

/// Roles to offer as a starting point: the common ones first, then (when asked) every other
/// qualification and function.
pub fn start_roles(catalog: &Catalog, all: bool) -> Vec<&Id> {
    let mut out: Vec<&Id> = COMMON_ROLES
        .iter()
        .filter_map(|id| catalog.role(id).map(|r| &r.id))
        .collect();
    if all || out.is_empty() {
        out.extend(
            catalog
                .roles
                .iter()
                .filter(|r| !COMMON_ROLES.contains(&r.id.as_str()))
                .map(|r| &r.id),
        );
    }
    out
}

/// The goals most people ask about from a role, offered first: from unskilled care work the
/// first rung is the SOSU-hjælper; from there on, the assistant and nursing.
pub fn common_goals(from: &str) -> &'static [&'static str] {
    match from {
        "ufaglaert" => &["sosu-hjaelper", "sosu-assistent", "paedagogisk-assistent"],
        _ => &["sosu-assistent", "sygeplejerske", "paedagogisk-assistent"],
    }
}

/// Goals worth offering from a role: roles some programme leads to; never the role itself, a
/// role the person already holds, or a rung below where they stand (a role from which the
/// ladder leads up to their current role). The common goals first, then qualifications, then
/// functions, each by Danish name.
pub fn goals<'a>(catalog: &'a Catalog, from: &str, profile: Option<&Profile>) -> Vec<&'a Id> {
    let held: Vec<&str> = std::iter::once(from)
        .chain(profile.into_iter().flat_map(|p| {
            p.role
                .iter()
                .map(String::as_str)
                .chain(p.qualifications.iter().map(|q| q.id.as_str()))
        }))
        .filter(|id| !id.is_empty())
        .collect();
    let mut roles: Vec<_> = catalog
        .roles
        .iter()
        .filter(|r| !held.contains(&r.id.as_str()))
        .filter(|r| catalog.links().leading.contains_key(&r.id))
        .filter(|r| !held.iter().any(|h| below(catalog, &r.id, h)))
        .collect();
    roles.sort_by_key(|r| {
        let common = common_goals(from)
            .iter()
            .position(|c| *c == r.id)
            .unwrap_or(usize::MAX);
        (common, r.kind == RoleKind::Function, r.name.da.clone())
    });
    roles.into_iter().map(|r| &r.id).collect()
}

/// True when `low` is a rung below `high`: a chain of steps leads up from `low` to `high`,
/// each step one where the programmes leading to the upper role ask for or credit the lower
/// one and not the other way round. A sideways move (the SOSU assistant and the pedagogical
/// assistant credit each other) is no step up.
pub fn below(catalog: &Catalog, low: &str, high: &str) -> bool {
    let mut seen: HashSet<&str> = HashSet::default();
    let mut todo = vec![high];
    while let Some(upper) = todo.pop() {
        if !seen.insert(upper) {
            continue;
        }
        for lower in catalog.roles.iter().map(|r| r.id.as_str()) {
            if credits(catalog, upper, lower) && !credits(catalog, lower, upper) {
                if lower == low {
                    return true;
                }
                todo.push(lower);
            }
        }
    }
    false
}

/// True when some programme leading to `role` names `held` in what it asks for or credits.
fn credits(catalog: &Catalog, role: &str, held: &str) -> bool {
    catalog
        .links()
        .leading
        .get(role)
        .into_iter()
        .flatten()
        .any(|&i| asks_for(catalog, &catalog.programmes[i], held))
}

fn asks_for(catalog: &Catalog, p: &Programme, role: &str) -> bool {
    let ids = [role];
    p.admission.iter().any(|r| mentions(r, &ids))
        || p.tracks
            .iter()
            .filter_map(|t| t.eligibility.as_ref())
            .any(|r| mentions(r, &ids))
        || p.offerings
            .iter()
            .flat_map(|o| &o.tracks)
            .any(|t| mentions(&t.eligibility, &ids))
        || catalog
            .links()
            .merit_on
            .get(&p.id)
            .into_iter()
            .flatten()
            .any(|&m| mentions(&catalog.merit[m].trigger, &ids))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Date;
    use crate::catalog::load::bundled;

    fn catalog() -> Catalog {
        bundled(Date::new(2026, 11, 22)).catalog
    }

    #[test]
    fn an_assistant_is_not_offered_the_helper_rung_below() {
        let c = catalog();
        let goals = goals(&c, "sosu-assistent", None);
        assert!(!goals.iter().any(|g| *g == "sosu-hjaelper"), "{goals:?}");
        assert!(!goals.iter().any(|g| *g == "sosu-assistent"));
        assert_eq!(goals.first().map(|g| g.as_str()), Some("sygeplejerske"));
    }

    #[test]
    fn an_unskilled_worker_is_offered_the_first_rung_first() {
        let c = catalog();
        let goals = goals(&c, "ufaglaert", None);
        assert_eq!(goals.first().map(|g| g.as_str()), Some("sosu-hjaelper"));
    }

    #[test]
    fn a_qualification_held_is_not_offered_as_a_goal() {
        let c = catalog();
        let mut p = Profile::with_role("ufaglaert");
        p.qualifications
            .push(crate::engine::profile::Qualification {
                id: "sosu-hjaelper".into(),
                year: Some(2019),
            });
        let goals = goals(&c, "ufaglaert", Some(&p));
        assert!(!goals.iter().any(|g| *g == "sosu-hjaelper"), "{goals:?}");
        assert_eq!(goals.first().map(|g| g.as_str()), Some("sosu-assistent"));
    }

    #[test]
    fn the_start_roles_put_the_common_ones_first() {
        let c = catalog();
        let few = start_roles(&c, false);
        assert_eq!(few.len(), COMMON_ROLES.len());
        let all = start_roles(&c, true);
        assert_eq!(all.len(), c.roles.len());
        assert_eq!(&all[..3], &few[..]);
    }
}
