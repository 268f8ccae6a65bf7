//! Layered left-to-right layout of a directed graph: columns by the longest path over
//! step-up edges (sideways edges do not move a node), rows by barycentre sweeps, then positions.
//! An edge that skips columns passes each one in a lane of its own between the boxes, shared by
//! the edges from the same node, so no line runs behind a box.
//! Pure and deterministic: the same graph gives the same picture.

use rustc_hash::FxHashMap as HashMap;

/// Width and height of every node box, in layout units (logical pixels at zoom 1).
pub const NODE_W: f32 = 240.0;
pub const NODE_H: f32 = 84.0;
/// Height of the lane a long edge takes through a column it skips.
pub const LANE_H: f32 = 24.0;
/// Space between columns (room for arrows) and between boxes in a column.
pub const COL_GAP: f32 = 110.0;
pub const ROW_GAP: f32 = 20.0;
/// Barycentre sweeps, each one left to right and one right to left.
const SWEEPS: usize = 4;

/// An edge to lay out. `up` edges put `to` in a later column than `from`; the others
/// (sideways moves that credit each other both ways) only pull rows together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub up: bool,
}

/// Where each node goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub column: Vec<usize>,
    pub row: Vec<usize>,
    /// Top-left corner of each node's box.
    pub pos: Vec<(f32, f32)>,
    /// Node indexes per column, top to bottom.
    pub columns: Vec<Vec<usize>>,
    /// Per input edge, the centre height of its lane in each column it skips (left to right).
    pub lanes: Vec<Vec<f32>>,
    pub width: f32,
    pub height: f32,
}

/// Lays out `keys.len()` nodes; `keys` break ties (ids), so the order of input does not
/// decide the picture.
pub fn layout(keys: &[&str], edges: &[Edge]) -> Placed {
    let n = keys.len();
    let column = columns(keys, edges);
    let count = column.iter().map(|c| c + 1).max().unwrap_or(0);
    // Lanes: one virtual node per (source, skipped column), after the real ones.
    let mut lane_of: HashMap<(usize, usize), usize> = HashMap::default();
    let mut all_keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
    let mut all_col = column.clone();
    let mut chained: Vec<Edge> = Vec::new();
    let mut lanes_of_edge: Vec<Vec<usize>> = vec![Vec::new(); edges.len()];
    for (k, e) in edges.iter().enumerate() {
        let (a, b) = (column[e.from], column[e.to]);
        if b <= a + 1 {
            chained.push(*e);
            continue;
        }
        let mut prev = e.from;
        for c in a + 1..b {
            let v = *lane_of.entry((e.from, c)).or_insert_with(|| {
                all_keys.push(format!("{}\u{1}{c:05}", keys[e.from]));
                all_col.push(c);
                all_keys.len() - 1
            });
            chained.push(Edge {
                from: prev,
                to: v,
                up: true,
            });
            lanes_of_edge[k].push(v);
            prev = v;
        }
        chained.push(Edge {
            from: prev,
            to: e.to,
            up: true,
        });
    }
    chained.sort_by_key(|e| (e.from, e.to));
    chained.dedup();
    let total = all_keys.len();
    let key_refs: Vec<&str> = all_keys.iter().map(String::as_str).collect();
    let mut cols: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut by_id: Vec<usize> = (0..total).collect();
    by_id.sort_by(|a, b| key_refs[*a].cmp(key_refs[*b]));
    for i in by_id {
        cols[all_col[i]].push(i);
    }
    order(&mut cols, &all_col, &key_refs, &chained);
    let size = |i: usize| if i < n { NODE_H } else { LANE_H };
    let col_h = |list: &Vec<usize>| -> f32 {
        let boxes: f32 = list.iter().map(|&i| size(i)).sum();
        boxes + list.len().saturating_sub(1) as f32 * ROW_GAP
    };
    let height = cols.iter().map(col_h).fold(0.0, f32::max);
    let mut row = vec![0; n];
    let mut pos = vec![(0.0, 0.0); total];
    for (c, list) in cols.iter().enumerate() {
        // Shorter columns are centred against the tallest.
        let mut y = (height - col_h(list)) / 2.0;
        for &i in list {
            pos[i] = (c as f32 * (NODE_W + COL_GAP), y);
            y += size(i) + ROW_GAP;
        }
    }
    let mut real: Vec<Vec<usize>> = cols
        .iter()
        .map(|l| l.iter().copied().filter(|&i| i < n).collect())
        .collect();
    for list in &mut real {
        for (r, &i) in list.iter().enumerate() {
            row[i] = r;
        }
    }
    let lanes = lanes_of_edge
        .iter()
        .map(|vs| vs.iter().map(|&v| pos[v].1 + LANE_H / 2.0).collect())
        .collect();
    pos.truncate(n);
    Placed {
        column,
        row,
        pos,
        width: extent(count, NODE_W, COL_GAP),
        height,
        columns: real,
        lanes,
    }
}

fn extent(count: usize, size: f32, gap: f32) -> f32 {
    if count == 0 {
        0.0
    } else {
        count as f32 * size + (count - 1) as f32 * gap
    }
}

/// The column of each node: the longest chain of step-up edges leading to it. An edge that
/// would close a cycle is left out (visited in id order, so the choice is stable).
fn columns(keys: &[&str], edges: &[Edge]) -> Vec<usize> {
    let n = keys.len();
    let mut succ: HashMap<usize, Vec<usize>> = HashMap::default();
    for e in edges.iter().filter(|e| e.up) {
        if e.from != e.to {
            succ.entry(e.from).or_default().push(e.to);
        }
    }
    for list in succ.values_mut() {
        list.sort_by(|x, y| keys[*x].cmp(keys[*y]));
        list.dedup();
    }
    let mut roots: Vec<usize> = (0..n).collect();
    roots.sort_by(|a, b| keys[*a].cmp(keys[*b]));
    // Depth-first post-order gives a topological order of the acyclic part.
    let mut state = vec![0u8; n]; // 0 new, 1 on the stack, 2 done
    let mut post = Vec::with_capacity(n);
    let mut kept: Vec<(usize, usize)> = Vec::new();
    for &r in &roots {
        if state[r] != 0 {
            continue;
        }
        let mut stack = vec![(r, 0usize)];
        state[r] = 1;
        while let Some((v, k)) = stack.pop() {
            let next = succ.get(&v).and_then(|s| s.get(k)).copied();
            match next {
                Some(w) => {
                    stack.push((v, k + 1));
                    match state[w] {
                        0 => {
                            kept.push((v, w));
                            state[w] = 1;
                            stack.push((w, 0));
                        }
                        2 => kept.push((v, w)),
                        _ => {} // back edge: would close a cycle
                    }
                }
                None => {
                    state[v] = 2;
                    post.push(v);
                }
            }
        }
    }
    let mut preds: HashMap<usize, Vec<usize>> = HashMap::default();
    for (a, b) in kept {
        preds.entry(b).or_default().push(a);
    }
    let mut level = vec![0usize; n];
    for &v in post.iter().rev() {
        let l = preds
            .get(&v)
            .into_iter()
            .flatten()
            .map(|p| level[*p] + 1)
            .max()
            .unwrap_or(0);
        level[v] = l;
    }
    level
}

/// Orders each column to cut crossings: each node goes to the mean row of its neighbours in
/// the columns already placed, sweeping right and then left; ties go by id.
fn order(cols: &mut [Vec<usize>], column: &[usize], keys: &[&str], edges: &[Edge]) {
    let n = column.len();
    let mut left: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut right: Vec<Vec<usize>> = vec![Vec::new(); n];
    for e in edges {
        let (a, b) = (e.from, e.to);
        if column[a] < column[b] {
            left[b].push(a);
            right[a].push(b);
        } else if column[b] < column[a] {
            left[a].push(b);
            right[b].push(a);
        }
    }
    let mut row = vec![0.0f64; n];
    let set_rows = |cols: &[Vec<usize>], row: &mut [f64]| {
        for list in cols {
            for (r, &i) in list.iter().enumerate() {
                row[i] = r as f64;
            }
        }
    };
    set_rows(cols, &mut row);
    for _ in 0..SWEEPS {
        for list in cols.iter_mut().skip(1) {
            sort_column(list, &left, &mut row, keys);
        }
        let last = cols.len().saturating_sub(1);
        for list in cols.iter_mut().take(last).rev() {
            sort_column(list, &right, &mut row, keys);
        }
    }
}

fn sort_column(list: &mut [usize], near: &[Vec<usize>], row: &mut [f64], keys: &[&str]) {
    let key = |i: usize| -> f64 {
        let ns = &near[i];
        if ns.is_empty() {
            row[i]
        } else {
            ns.iter().map(|j| row[*j]).sum::<f64>() / ns.len() as f64
        }
    };
    let mut keyed: Vec<(f64, usize)> = list.iter().map(|&i| (key(i), i)).collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| keys[a.1].cmp(keys[b.1])));
    for (r, (_, i)) in keyed.into_iter().enumerate() {
        list[r] = i;
        row[i] = r as f64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn up(from: usize, to: usize) -> Edge {
        Edge { from, to, up: true }
    }

    #[test]
    fn a_chain_goes_left_to_right_and_sideways_edges_move_nothing() {
        let keys = ["a", "b", "c", "d"];
        let edges = [
            up(0, 1),
            up(1, 2),
            up(0, 3),
            Edge {
                from: 3,
                to: 2,
                up: false,
            },
            Edge {
                from: 2,
                to: 3,
                up: false,
            },
        ];
        let p = layout(&keys, &edges);
        assert_eq!(p.column, vec![0, 1, 2, 1]);
        assert!(p.pos[1].0 > p.pos[0].0);
    }

    #[test]
    fn a_cycle_of_steps_up_still_lays_out() {
        let keys = ["a", "b", "c"];
        let p = layout(&keys, &[up(0, 1), up(1, 2), up(2, 0)]);
        assert_eq!(p.column, vec![0, 1, 2]);
    }

    #[test]
    fn barycentres_uncross_two_parallel_chains() {
        // a→y and b→x start crossed when the second column is ordered by id.
        let keys = ["a", "b", "y", "x"];
        let p = layout(&keys, &[up(0, 2), up(1, 3)]);
        assert_eq!(p.row[2], p.row[0]);
        assert_eq!(p.row[3], p.row[1]);
    }
}
