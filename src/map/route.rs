//! One route picked out on the map: which links and roles it passes through, step by step.

use super::Map;
use crate::catalog::{Catalog, Id};
use crate::engine::Route;

/// What the map needs of a route: where it starts and ends and its steps' programmes, in
/// order. Small, so a screen can hand it to the map without the whole priced route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutePath {
    pub from: Option<Id>,
    pub to: Id,
    pub steps: Vec<Id>,
}

impl RoutePath {
    pub fn of(route: &Route) -> RoutePath {
        RoutePath {
            from: route.from.clone(),
            to: route.to.clone(),
            steps: route.steps.iter().map(|s| s.programme.clone()).collect(),
        }
    }
}

/// One step of the route on the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    pub programme: Id,
    /// The link the step takes, when the map draws one from where the person is then.
    pub link: Option<usize>,
    /// The role the step ends in, or for a course that leads to no role, the role it
    /// prepares for (the next step's, else the route's goal).
    pub node: Option<usize>,
}

/// A route laid over the map.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Highlight {
    /// The role the route starts from, when it is on the map.
    pub start: Option<usize>,
    /// One per route step, in order.
    pub steps: Vec<Marked>,
}

impl Highlight {
    /// Follows the route over the map: each step takes the link from the role reached so far
    /// whose programmes (either way, for a sideways move) hold the step's programme.
    pub fn of(map: &Map, catalog: &Catalog, path: &RoutePath) -> Highlight {
        let start = path.from.as_deref().and_then(|r| map.node(r));
        let mut at = start;
        let mut steps: Vec<Marked> = Vec::with_capacity(path.steps.len());
        for p in &path.steps {
            let targets: Vec<usize> = catalog
                .programme(p)
                .map(|prog| prog.leads_to.iter().filter_map(|r| map.node(r)).collect())
                .unwrap_or_default();
            let link = at.and_then(|a| {
                map.links.iter().position(|l| {
                    let fwd = l.from == a && targets.contains(&l.to) && l.programmes.contains(p);
                    let back = l.to == a && targets.contains(&l.from) && l.back.contains(p);
                    fwd || back
                })
            });
            let node = match link {
                Some(k) => {
                    let l = &map.links[k];
                    Some(if Some(l.from) == at { l.to } else { l.from })
                }
                None => targets.first().copied(),
            };
            if node.is_some() {
                at = node;
            }
            steps.push(Marked {
                programme: p.clone(),
                link,
                node,
            });
        }
        // A course leading to no role is marked on the role it prepares for.
        let goal = map.node(&path.to);
        let mut next = goal;
        for s in steps.iter_mut().rev() {
            match s.node {
                Some(n) => next = Some(n),
                None => s.node = next,
            }
        }
        Highlight { start, steps }
    }

    /// The step numbers (from 1) that take link `k`.
    pub fn link_steps(&self, k: usize) -> Vec<usize> {
        self.numbered()
            .filter(|(_, s)| s.link == Some(k))
            .map(|(n, _)| n)
            .collect()
    }

    /// The step numbers that end in (or prepare for) node `i`; empty for the start.
    pub fn node_steps(&self, i: usize) -> Vec<usize> {
        self.numbered()
            .filter(|(_, s)| s.node == Some(i))
            .map(|(n, _)| n)
            .collect()
    }

    /// Whether the route passes through node `i` (its start included).
    pub fn has_node(&self, i: usize) -> bool {
        self.start == Some(i) || self.steps.iter().any(|s| s.node == Some(i))
    }

    pub fn has_link(&self, k: usize) -> bool {
        self.steps.iter().any(|s| s.link == Some(k))
    }

    fn numbered(&self) -> impl Iterator<Item = (usize, &Marked)> {
        self.steps.iter().enumerate().map(|(i, s)| (i + 1, s))
    }
}
