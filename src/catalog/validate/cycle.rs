//! Requirement cycles: programmes that each need the other first, so none can be started.

use crate::catalog::diag::Diagnostic;
use crate::catalog::load::Catalog;
use crate::catalog::locate::{self, Kind, Node};
use crate::catalog::model::{Id, Programme, Requirement};
use std::collections::{BTreeSet, HashMap, VecDeque};

/// Programme ids a requirement cannot be met without: `Holds` leaves reached through `All`
/// (or an `AtLeast` that needs every item) only.
fn needed(r: &Requirement, cat: &Catalog, out: &mut BTreeSet<Id>) {
    match r {
        Requirement::All(list) => list.iter().for_each(|r| needed(r, cat, out)),
        Requirement::AtLeast(n, list) if *n as usize >= list.len() => {
            list.iter().for_each(|r| needed(r, cat, out))
        }
        Requirement::Holds { id, .. } => {
            if cat.programme(id).is_some() {
                out.insert(id.clone());
            }
        }
        // Alternatives that do not need every item, and leaves that hold no programme.
        Requirement::AtLeast(..)
        | Requirement::Any(_)
        | Requirement::Subject { .. }
        | Requirement::Certificate { .. }
        | Requirement::Age { .. }
        | Requirement::Experience { .. }
        | Requirement::Employment { .. }
        | Requirement::Education { .. }
        | Requirement::OnDagpenge
        | Requirement::TrainingContract
        | Requirement::NoDropout { .. }
        | Requirement::Note { .. } => {}
    }
}

/// What a programme needs before it can start, across its admission and all its tracks.
fn edges(p: &Programme, cat: &Catalog, skips: &HashMap<&str, Vec<&Id>>) -> BTreeSet<Id> {
    let mut out = BTreeSet::new();
    if let Some(r) = &p.admission {
        needed(r, cat, &mut out);
    }
    // Every track must need it, or some way in does without it.
    let mut common: Option<BTreeSet<Id>> = None;
    for t in &p.tracks {
        let mut n = BTreeSet::new();
        if let Some(r) = &t.eligibility {
            needed(r, cat, &mut n);
        }
        common = Some(match common {
            None => n,
            Some(c) => c.intersection(&n).cloned().collect(),
        });
    }
    out.extend(common.unwrap_or_default());
    // A merit rule that lets people skip it opens another way in.
    for s in skips
        .get(p.id.as_str())
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        out.remove(*s);
    }
    out
}

/// The `id` string of a `Holds(id: "target")` under `node`, searched without recursion.
fn holds_at(node: &Node, target: &str) -> Option<usize> {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if let Kind::Group { fields, items, .. } = &n.kind {
            if n.name() == Some("Holds")
                && let Some(v) = n.get("id")
                && v.str() == Some(target)
            {
                return Some(v.start);
            }
            stack.extend(fields.iter().rev().map(|f| &f.value));
            stack.extend(items.iter().rev());
        } else if let Kind::List(items) = &n.kind {
            stack.extend(items.iter().rev());
        }
    }
    None
}

/// The shortest way from `from` back to itself, as a list of ids starting with `from`.
fn shortest_cycle(from: &str, graph: &HashMap<&str, BTreeSet<Id>>) -> Option<Vec<String>> {
    let mut prev: HashMap<&str, &str> = HashMap::new();
    let mut queue = VecDeque::from([from]);
    while let Some(cur) = queue.pop_front() {
        for next in graph.get(cur).into_iter().flatten() {
            let next = next.as_str();
            if next == from {
                let mut path = vec![cur.to_string()];
                let mut at = cur;
                while at != from {
                    at = prev[at];
                    path.push(at.to_string());
                }
                path.reverse();
                return Some(path);
            }
            if !prev.contains_key(next) {
                prev.insert(next, cur);
                queue.push_back(next);
            }
        }
    }
    None
}

/// One error per requirement cycle, at the first programme's `Holds` of the next.
pub fn check(cat: &Catalog, trees: &[Option<Node>]) -> Vec<Diagnostic> {
    // What merit rules let people skip, by the programme they lead into: read once.
    let mut skips: HashMap<&str, Vec<&Id>> = HashMap::new();
    for m in &cat.merit {
        skips
            .entry(m.target.as_str())
            .or_default()
            .extend(m.effect.skip.iter());
    }
    let graph: HashMap<&str, BTreeSet<Id>> = cat
        .programmes
        .iter()
        .map(|p| (p.id.as_str(), edges(p, cat, &skips)))
        .collect();
    let mut reported: BTreeSet<String> = BTreeSet::new();
    let mut diags = Vec::new();
    for p in &cat.programmes {
        if reported.contains(&p.id) {
            continue;
        }
        let Some(path) = shortest_cycle(&p.id, &graph) else {
            continue;
        };
        reported.extend(path.iter().cloned());
        let next = path.get(1).unwrap_or(&path[0]);
        let mut steps: Vec<String> = path
            .windows(2)
            .map(|w| format!("`{}` needs `{}`", w[0], w[1]))
            .collect();
        steps.push(format!("`{}` needs `{}`", path[path.len() - 1], path[0]));
        let msg = format!(
            "requirement cycle: {}; none of them can ever be started",
            steps.join(", ")
        );
        let Some(origin) = cat.origins.get(&p.id) else {
            continue;
        };
        let entry = trees
            .get(origin.file)
            .and_then(|t| t.as_ref())
            .and_then(|t| {
                t.get("programmes")?
                    .items()
                    .iter()
                    .find(|e| e.get("id").is_some_and(|n| n.start == origin.offset))
            });
        let at = entry
            .and_then(|e| holds_at(e, next))
            .unwrap_or(origin.offset);
        let (path_name, text) = &cat.files[origin.file];
        diags.push(Diagnostic::error(
            path_name,
            locate::line_col(text, at),
            msg,
        ));
    }
    diags
}
