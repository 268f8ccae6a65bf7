//! Gap closing: the smallest set of `close` programmes that turns a not-met requirement into a
//! met (or unknown) one.

use super::eval::{Context, Verdict, evaluate};
use super::profile::Profile;
use crate::catalog::{Catalog, Date, Id, Programme, Requirement};

/// Programmes to take first so that `req` is no longer "not met"; `None` when it cannot be
/// closed. An empty list means nothing is missing.
pub fn close(
    req: &Requirement,
    profile: &Profile,
    catalog: &Catalog,
    date: Date,
    held: &[Id],
    skipped: &[Id],
) -> Option<Vec<Id>> {
    let ctx = Context {
        date,
        also_holds: held,
        skipped,
    };
    if evaluate(req, profile, catalog, &ctx).verdict != Verdict::NotMet {
        return Some(Vec::new());
    }
    let mut out = match req {
        Requirement::All(list) => {
            // What closes one part may close the next (GF2 gives the certificates too).
            let mut out: Vec<Id> = Vec::new();
            let mut now = held.to_vec();
            for r in list {
                for id in close(r, profile, catalog, date, &now, skipped)? {
                    if !out.contains(&id) {
                        now.push(id.clone());
                        out.push(id);
                    }
                }
            }
            out
        }
        Requirement::Any(list) => cheapest(list, 1, profile, catalog, date, held, skipped)?,
        Requirement::AtLeast(n, list) => {
            cheapest(list, *n as usize, profile, catalog, date, held, skipped)?
        }
        leaf => close_leaf(leaf, profile, catalog, date, held, skipped)?,
    };
    out.dedup();
    // The parts may each be closable while the whole still is not (shared budget); check.
    let mut with = held.to_vec();
    with.extend(out.iter().cloned());
    let ctx = Context {
        date,
        also_holds: &with,
        skipped,
    };
    (evaluate(req, profile, catalog, &ctx).verdict != Verdict::NotMet).then_some(out)
}

fn cheapest(
    list: &[Requirement],
    n: usize,
    profile: &Profile,
    catalog: &Catalog,
    date: Date,
    held: &[Id],
    skipped: &[Id],
) -> Option<Vec<Id>> {
    let mut options: Vec<Vec<Id>> = list
        .iter()
        .filter_map(|r| close(r, profile, catalog, date, held, skipped))
        .collect();
    if options.len() < n {
        return None;
    }
    // Stable sort: among equally small sets the one listed first wins.
    options.sort_by_key(|o| o.len());
    let mut out: Vec<Id> = Vec::new();
    for o in options.into_iter().take(n) {
        for id in o {
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    Some(out)
}

fn leaf_close(leaf: &Requirement) -> &[Id] {
    match leaf {
        Requirement::Holds { close, .. }
        | Requirement::Subject { close, .. }
        | Requirement::Certificate { close, .. }
        | Requirement::Experience { close, .. }
        | Requirement::Note { close, .. } => close,
        Requirement::All(_) | Requirement::Any(_) | Requirement::AtLeast(..) => &[],
        Requirement::Age { .. }
        | Requirement::Employment { .. }
        | Requirement::Education { .. }
        | Requirement::OnDagpenge
        | Requirement::TrainingContract
        | Requirement::NoDropout { .. } => &[],
    }
}

/// The first `close` programme that the person can enter and that meets the leaf.
fn close_leaf(
    leaf: &Requirement,
    profile: &Profile,
    catalog: &Catalog,
    date: Date,
    held: &[Id],
    skipped: &[Id],
) -> Option<Vec<Id>> {
    for c in leaf_close(leaf) {
        let Some(p) = catalog.programme(c) else {
            continue;
        };
        if held.contains(c) {
            continue;
        }
        if !enterable(p, profile, catalog, date, held) {
            continue;
        }
        let mut with = held.to_vec();
        with.push(c.clone());
        let ctx = Context {
            date,
            also_holds: &with,
            skipped,
        };
        if evaluate(leaf, profile, catalog, &ctx).verdict != Verdict::NotMet {
            return Some(vec![c.clone()]);
        }
    }
    None
}

/// A gap-closing programme's own admission must not be "not met".
fn enterable(p: &Programme, profile: &Profile, catalog: &Catalog, date: Date, held: &[Id]) -> bool {
    let ctx = Context {
        date,
        also_holds: held,
        skipped: &[],
    };
    p.admission
        .as_ref()
        .is_none_or(|r| evaluate(r, profile, catalog, &ctx).verdict != Verdict::NotMet)
}

/// True when the requirement names any of the ids in a `Holds` leaf.
pub fn mentions(req: &Requirement, ids: &[&str]) -> bool {
    match req {
        Requirement::All(l) | Requirement::Any(l) | Requirement::AtLeast(_, l) => {
            l.iter().any(|r| mentions(r, ids))
        }
        Requirement::Holds { id, .. } => ids.contains(&id.as_str()),
        Requirement::NoDropout { programme } => ids.contains(&programme.as_str()),
        Requirement::Subject { .. }
        | Requirement::Certificate { .. }
        | Requirement::Age { .. }
        | Requirement::Experience { .. }
        | Requirement::Employment { .. }
        | Requirement::Education { .. }
        | Requirement::OnDagpenge
        | Requirement::TrainingContract
        | Requirement::Note { .. } => false,
    }
}
