//! The pathway map: roles as nodes, programmes as links from the roles they ask for or credit
//! to the roles they lead to, laid out left to right from entry roles to the highest. No GUI
//! here: the window only draws what [`Map::build`] and [`status::reach`] return.

pub mod label;
pub mod layout;
pub mod route;
pub mod status;

use crate::catalog::{Catalog, Id, Requirement};
use layout::Edge;
use rustc_hash::FxHashMap as HashMap;

/// A role on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub role: Id,
    pub column: usize,
    pub row: usize,
    /// Top-left corner of the box, in layout units.
    pub x: f32,
    pub y: f32,
}

/// The programmes that lead from one role to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub from: usize,
    pub to: usize,
    /// Programme ids, in catalogue order.
    pub programmes: Vec<Id>,
    /// A step up; false for a sideways move (the two roles credit each other), drawn once
    /// with arrows at both ends.
    pub up: bool,
    /// Of a sideways move: the programmes that lead back from `to` to `from`.
    pub back: Vec<Id>,
    /// No programme of the link names `from`: they can be entered without holding any role,
    /// so the link is drawn from each entry role.
    pub open: bool,
    /// Of a link that skips columns: the height of its lane through each (layout units).
    pub lanes: Vec<f32>,
}

/// The whole map, laid out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map {
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
    /// Node indexes per column, top to bottom.
    pub columns: Vec<Vec<usize>>,
    pub width: f32,
    pub height: f32,
}

impl Map {
    /// Lays out the catalogue's roles and the programmes between them.
    pub fn build(catalog: &Catalog) -> Map {
        let index: HashMap<&str, usize> = catalog
            .roles
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        let leading = &catalog.links().leading;
        let entry: Vec<usize> = (0..catalog.roles.len())
            .filter(|&i| !leading.contains_key(&catalog.roles[i].id))
            .collect();
        // (from, to) → programme indexes, and whether the link is open to all.
        let gate = &catalog.links().gate;
        let mut pairs: HashMap<(usize, usize), (Vec<usize>, bool)> = HashMap::default();
        for (p, prog) in catalog.programmes.iter().enumerate() {
            let mut named: Vec<usize> = Vec::new();
            for req in requirements(catalog, p) {
                collect(req, &index, &mut named);
            }
            named.sort_unstable();
            named.dedup();
            let free = gate[p].is_none();
            let sources = named
                .iter()
                .map(|&r| (r, false))
                .chain(entry.iter().filter(|_| free).map(|&r| (r, true)));
            for to in prog.leads_to.iter().filter_map(|t| index.get(t.as_str())) {
                for (from, open) in sources.clone().filter(|(f, _)| f != to) {
                    let e = pairs.entry((from, *to)).or_insert((Vec::new(), true));
                    if !e.0.contains(&p) {
                        e.0.push(p);
                    }
                    e.1 &= open;
                }
            }
        }
        let ids = |progs: &[usize]| -> Vec<Id> {
            let mut v = progs.to_vec();
            v.sort_unstable();
            v.into_iter()
                .map(|p| catalog.programmes[p].id.clone())
                .collect()
        };
        let mut keyed: Vec<_> = pairs.iter().collect();
        keyed.sort_by_key(|(k, _)| **k);
        // A pair linked both ways credits each other: a sideways move, not a step up.
        let mut links: Vec<Link> = keyed
            .iter()
            .map(|((from, to), (progs, open))| {
                let back = pairs.get(&(*to, *from));
                Link {
                    from: *from,
                    to: *to,
                    programmes: ids(progs),
                    up: back.is_none(),
                    back: back.map(|b| ids(&b.0)).unwrap_or_default(),
                    open: *open,
                    lanes: Vec::new(),
                }
            })
            .collect();
        // "Open to all" is drawn only to first rungs: a role a step up from a held role
        // already shows where it sits, and a line from every entry to it says nothing more.
        let rung: Vec<bool> = (0..catalog.roles.len())
            .map(|r| {
                !links
                    .iter()
                    .any(|l| l.to == r && l.up && !l.open && !entry.contains(&l.from))
            })
            .collect();
        links.retain(|l| !l.open || rung[l.to]);
        let keys: Vec<&str> = catalog.roles.iter().map(|r| r.id.as_str()).collect();
        let edges: Vec<Edge> = links
            .iter()
            .map(|l| Edge {
                from: l.from,
                to: l.to,
                up: l.up,
            })
            .collect();
        let placed = layout::layout(&keys, &edges);
        for (l, lanes) in links.iter_mut().zip(&placed.lanes) {
            l.lanes.clone_from(lanes);
        }
        // Each sideways pair is drawn once, from the left (or upper) end.
        let first = |l: &Link| {
            let c = &placed.column;
            (c[l.from], placed.row[l.from]) < (c[l.to], placed.row[l.to])
        };
        links.retain(|l| l.up || first(l));
        let nodes = catalog
            .roles
            .iter()
            .enumerate()
            .map(|(i, r)| Node {
                role: r.id.clone(),
                column: placed.column[i],
                row: placed.row[i],
                x: placed.pos[i].0,
                y: placed.pos[i].1,
            })
            .collect();
        Map {
            nodes,
            links,
            columns: placed.columns,
            width: placed.width,
            height: placed.height,
        }
    }

    /// The node of a role.
    pub fn node(&self, role: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.role == role)
    }

    /// The node whose box holds the point (layout units).
    pub fn hit(&self, x: f32, y: f32) -> Option<usize> {
        self.nodes.iter().position(|n| {
            x >= n.x && x <= n.x + layout::NODE_W && y >= n.y && y <= n.y + layout::NODE_H
        })
    }

    /// The links into a node.
    pub fn into_node(&self, node: usize) -> impl Iterator<Item = &Link> {
        self.links.iter().filter(move |l| l.to == node)
    }
}

/// Every requirement that decides who may take programme `p` or who gets merit on it.
fn requirements(catalog: &Catalog, p: usize) -> Vec<&Requirement> {
    let prog = &catalog.programmes[p];
    let merit = catalog.links().merit_on.get(&prog.id).into_iter().flatten();
    prog.admission
        .iter()
        .chain(prog.tracks.iter().filter_map(|t| t.eligibility.as_ref()))
        .chain(
            prog.offerings
                .iter()
                .flat_map(|o| &o.tracks)
                .map(|t| &t.eligibility),
        )
        .chain(merit.map(|&m| &catalog.merit[m].trigger))
        .collect()
}

/// The roles a requirement names (held roles, as `engine::gaps::mentions` reads them).
fn collect(req: &Requirement, index: &HashMap<&str, usize>, out: &mut Vec<usize>) {
    match req {
        Requirement::All(l) | Requirement::Any(l) | Requirement::AtLeast(_, l) => {
            l.iter().for_each(|r| collect(r, index, out))
        }
        Requirement::Holds { id, .. } => out.extend(index.get(id.as_str())),
        Requirement::NoDropout { .. }
        | Requirement::Subject { .. }
        | Requirement::Certificate { .. }
        | Requirement::Age { .. }
        | Requirement::Experience { .. }
        | Requirement::Employment { .. }
        | Requirement::Education { .. }
        | Requirement::OnDagpenge
        | Requirement::TrainingContract
        | Requirement::Note { .. } => {}
    }
}

#[cfg(test)]
mod tests;
