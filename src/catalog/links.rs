//! Links between entries that the route search follows: which roles a person must hold to
//! enter each programme, which programmes lead to a role, which merit rules shorten a
//! programme. They depend on the catalogue alone, so they are built once per catalogue (see
//! [`Catalog::links`]) instead of once per query.

use super::load::Catalog;
use super::model::{Id, Programme, Requirement};
use rustc_hash::FxHashMap as HashMap;

/// Programmes by the roles that open them and by the roles they lead to; merit by programme.
#[derive(Debug, Clone, Default)]
pub struct Links {
    /// Per programme: roles of which one must be held, or `None` (open to all).
    pub gate: Vec<Option<Vec<Id>>>,
    /// Programmes gated by a role.
    pub by_role: HashMap<Id, Vec<usize>>,
    /// Programmes open to all.
    pub free: Vec<usize>,
    /// Programmes that lead to a role.
    pub leading: HashMap<Id, Vec<usize>>,
    /// Merit rules (indexes into `Catalog::merit`) by the programme they shorten.
    pub merit_on: HashMap<Id, Vec<usize>>,
}

impl Links {
    pub fn build(catalog: &Catalog) -> Links {
        let gate: Vec<Option<Vec<Id>>> = catalog
            .programmes
            .iter()
            .map(|p| role_gate(p, catalog))
            .collect();
        let mut by_role: HashMap<Id, Vec<usize>> = HashMap::default();
        let mut free = Vec::new();
        let mut leading: HashMap<Id, Vec<usize>> = HashMap::default();
        for (i, p) in catalog.programmes.iter().enumerate() {
            match &gate[i] {
                Some(roles) => {
                    for r in roles {
                        by_role.entry(r.clone()).or_default().push(i);
                    }
                }
                None => free.push(i),
            }
            for r in &p.leads_to {
                leading.entry(r.clone()).or_default().push(i);
            }
        }
        let mut merit_on: HashMap<Id, Vec<usize>> = HashMap::default();
        for (i, m) in catalog.merit.iter().enumerate() {
            merit_on.entry(m.target.clone()).or_default().push(i);
        }
        Links {
            gate,
            by_role,
            free,
            leading,
            merit_on,
        }
    }
}

/// The roles of which a person must hold at least one to enter the programme; `None` when it
/// can be entered without holding any particular role (a lower bound for pruning).
pub fn role_gate(p: &Programme, catalog: &Catalog) -> Option<Vec<Id>> {
    let adm = p.admission.as_ref().and_then(|r| gate(r, catalog));
    if adm.is_some() {
        return adm;
    }
    if p.tracks.is_empty() {
        return None;
    }
    let mut any: Vec<Id> = Vec::new();
    for t in &p.tracks {
        let reqs: Vec<&Requirement> = std::iter::once(t.eligibility.as_ref())
            .chain(p.offerings.iter().flat_map(|o| {
                o.tracks
                    .iter()
                    .filter(|ot| ot.code == t.code)
                    .map(|ot| Some(&ot.eligibility))
            }))
            .flatten()
            .collect();
        if reqs.is_empty() {
            return None;
        }
        for r in reqs {
            any.extend(gate(r, catalog)?);
        }
    }
    any.sort();
    any.dedup();
    Some(any)
}

fn gate(req: &Requirement, catalog: &Catalog) -> Option<Vec<Id>> {
    match req {
        Requirement::Holds { id, close, .. } => {
            (close.is_empty() && catalog.role(id).is_some()).then(|| vec![id.clone()])
        }
        Requirement::All(list) => list.iter().find_map(|r| gate(r, catalog)),
        Requirement::Any(list) | Requirement::AtLeast(_, list) => {
            let mut all = Vec::new();
            for r in list {
                all.extend(gate(r, catalog)?);
            }
            if all.is_empty() { None } else { Some(all) }
        }
        Requirement::Subject { .. }
        | Requirement::Certificate { .. }
        | Requirement::Age { .. }
        | Requirement::Experience { .. }
        | Requirement::Employment { .. }
        | Requirement::Education { .. }
        | Requirement::OnDagpenge
        | Requirement::TrainingContract
        | Requirement::NoDropout { .. }
        | Requirement::Note { .. } => None,
    }
}
