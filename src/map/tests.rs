use super::layout::{LANE_H, NODE_H, NODE_W};
use super::route::{Highlight, RoutePath};
use super::status::{Reach, reach};
use super::*;
use crate::catalog::Date;
use crate::catalog::load::bundled;
use crate::engine::Profile;

const DAY: Date = Date::new(2026, 11, 29);

fn catalog() -> Catalog {
    bundled(DAY).catalog
}

/// No two boxes overlap and every link points right or stays in its column.
fn assert_sound(map: &Map) {
    for (i, a) in map.nodes.iter().enumerate() {
        for b in &map.nodes[i + 1..] {
            let apart = a.x + NODE_W <= b.x
                || b.x + NODE_W <= a.x
                || a.y + NODE_H <= b.y
                || b.y + NODE_H <= a.y;
            assert!(apart, "{} overlaps {}", a.role, b.role);
        }
    }
    for l in &map.links {
        let (a, b) = (&map.nodes[l.from], &map.nodes[l.to]);
        assert!(
            b.column > a.column || (b.column == a.column && !l.up),
            "{} → {} points left, or is a step up within a column",
            a.role,
            b.role
        );
    }
    let placed: usize = map.columns.iter().map(Vec::len).sum();
    assert_eq!(placed, map.nodes.len());
    // A link that skips columns has a lane through each, clear of every box there.
    for l in &map.links {
        let (a, b) = (map.nodes[l.from].column, map.nodes[l.to].column);
        assert_eq!(l.lanes.len(), b.saturating_sub(a + 1));
        for (c, y) in (a + 1..b).zip(&l.lanes) {
            for &i in &map.columns[c] {
                let n = &map.nodes[i];
                let clear = y + LANE_H / 2.0 <= n.y || y - LANE_H / 2.0 >= n.y + NODE_H;
                assert!(clear, "a lane at {y} runs behind {}", n.role);
            }
        }
    }
}

fn column_of(map: &Map, role: &str) -> usize {
    map.nodes[map.node(role).unwrap()].column
}

#[test]
fn the_bundled_catalogue_lays_out_from_entry_roles_up() {
    let c = catalog();
    let map = Map::build(&c);
    assert_sound(&map);
    assert_eq!(map.nodes.len(), c.roles.len());
    assert_eq!(column_of(&map, "ufaglaert"), 0);
    assert!(column_of(&map, "sosu-hjaelper") > column_of(&map, "ufaglaert"));
    assert!(column_of(&map, "sosu-assistent") > column_of(&map, "sosu-hjaelper"));
    assert!(column_of(&map, "sygeplejerske") > column_of(&map, "sosu-assistent"));
    // The assistant and the pedagogical assistant credit each other: one two-way link.
    let (a, p) = (
        map.node("sosu-assistent").unwrap(),
        map.node("paedagogisk-assistent").unwrap(),
    );
    let pair: Vec<_> = map
        .links
        .iter()
        .filter(|l| (l.from, l.to) == (a, p) || (l.from, l.to) == (p, a))
        .collect();
    assert_eq!(pair.len(), 1);
    assert!(!pair[0].up && !pair[0].back.is_empty());
    // Unskilled work leads to the helper programme, which asks for no role.
    let (u, h) = (
        map.node("ufaglaert").unwrap(),
        map.node("sosu-hjaelper").unwrap(),
    );
    assert!(map.links.iter().any(|l| (l.from, l.to) == (u, h) && l.open));
}

#[test]
fn the_same_catalogue_gives_the_same_map() {
    let c = catalog();
    assert_eq!(Map::build(&c), Map::build(&c));
    let mut shuffled = c.clone();
    shuffled.roles.reverse();
    shuffled.reindex();
    let (a, b) = (Map::build(&c), Map::build(&shuffled));
    for n in &a.nodes {
        let m = &b.nodes[b.node(&n.role).unwrap()];
        assert_eq!((n.column, n.row), (m.column, m.row), "{}", n.role);
    }
}

#[test]
fn five_hundred_synthetic_roles_lay_out() {
    let c = crate::synth::synthetic(500, 1_500, 3_000, 3);
    let map = Map::build(&c);
    assert_eq!(map.nodes.len(), 500);
    assert_sound(&map);
    assert!(map.columns.len() > 10, "{} columns", map.columns.len());
    assert_eq!(map, Map::build(&c));
}

#[test]
fn links_from_the_exam_pass_between_boxes() {
    let map = Map::build(&catalog());
    let exam = map.node("gymnasial-eksamen").unwrap();
    let long: Vec<_> = map
        .links
        .iter()
        .filter(|l| l.from == exam && !l.lanes.is_empty())
        .collect();
    assert!(!long.is_empty(), "the exam leads past the next column");
    // Links from one role share their lane through a column.
    let firsts: std::collections::BTreeSet<u32> =
        long.iter().map(|l| l.lanes[0].to_bits()).collect();
    assert_eq!(firsts.len(), 1, "{firsts:?}");
}

#[test]
fn every_bundled_role_name_fits_its_box_uncut() {
    use super::label::{LINES, NAME_SIZE, wrap};
    let c = catalog();
    let width = NODE_W - 20.0;
    // Room for the lines, with the box's padding.
    assert!(LINES as f32 * NAME_SIZE * 1.2 + 8.0 <= NODE_H);
    for r in &c.roles {
        for name in [&r.name.da, &r.name.en] {
            let lines = wrap(&format!("◐ {name}"), width, NAME_SIZE, LINES);
            assert!(lines.len() <= LINES, "{name}: {lines:?}");
            assert!(lines.iter().all(|l| !l.contains('…')), "{name}: {lines:?}");
            // Every letter is there (hyphens and spaces aside, as a break may add them).
            let bare = |t: &str| t.replace(['-', ' '], "");
            assert_eq!(bare(&lines.concat()), bare(&format!("◐ {name}")));
        }
    }
    // A word longer than a line is broken, not cut.
    let long = wrap(
        "Sundhedsadministrationskoordinatorassistent",
        160.0,
        NAME_SIZE,
        LINES,
    );
    assert!(
        long.len() > 1 && long.iter().all(|l| !l.contains('…')),
        "{long:?}"
    );
    // Beyond the lines there is room for, the end is cut with an ellipsis.
    let cut = wrap(&"ord ".repeat(100), width, NAME_SIZE, LINES);
    assert_eq!(cut.len(), LINES);
    assert!(cut[LINES - 1].ends_with('…'));
}

#[test]
fn a_click_finds_the_box_under_it() {
    let map = Map::build(&catalog());
    let n = &map.nodes[map.node("sygeplejerske").unwrap()];
    assert_eq!(map.hit(n.x + 5.0, n.y + 5.0), map.node("sygeplejerske"));
    assert_eq!(map.hit(-10.0, -10.0), None);
}

#[test]
fn a_helper_holds_her_role_and_reaches_some_but_not_all() {
    let c = catalog();
    let mut p = Profile::with_role("sosu-hjaelper");
    p.birth_year = Some(1985);
    let all = reach(&c, &p, DAY);
    let of = |id: &str| &all[c.roles.iter().position(|r| r.id == id).unwrap()];
    assert_eq!(of("sosu-hjaelper").reach, Reach::Held);
    let ssa = of("sosu-assistent");
    assert_ne!(ssa.reach, Reach::Out, "{ssa:?}");
    assert_eq!(ssa.via.as_deref(), Some("ssa-hovedforloeb"));
    assert!(ssa.length.is_some());
    assert!(all.iter().any(|s| s.reach == Reach::Out), "{all:?}");
    for s in all.iter().filter(|s| s.reach == Reach::AfterGap) {
        assert!(s.first_open.is_some(), "{s:?}");
    }
}

/// The routes to nurse of a helper (born in `born`, if given), as the Routes screen finds them.
fn helper_to_nurse(c: &Catalog, born: Option<u16>) -> Vec<crate::engine::Route> {
    let mut p = Profile::with_role("sosu-hjaelper");
    p.birth_year = born;
    let q = crate::engine::routes::Query::to("sygeplejerske", DAY);
    crate::engine::routes::find_routes(c, &p, &q)
}

/// The highlighted links as (from role, to role, step's programme), in step order.
fn lit(map: &Map, h: &Highlight) -> Vec<(String, String, String)> {
    h.steps
        .iter()
        .filter_map(|s| {
            let l = &map.links[s.link?];
            let (a, b) = (&map.nodes[l.from].role, &map.nodes[l.to].role);
            Some((a.to_string(), b.to_string(), s.programme.to_string()))
        })
        .collect()
}

#[test]
fn a_route_from_helper_to_nurse_lights_the_links_it_takes() {
    let c = catalog();
    let map = Map::build(&c);
    let routes = helper_to_nurse(&c, Some(1985));
    let route = routes
        .iter()
        .find(|r| {
            let ids: Vec<&str> = r.steps.iter().map(|s| s.programme.as_str()).collect();
            ids == ["ssa-hovedforloeb", "sygeplejerske-pb"]
        })
        .expect("a route through the assistant programme");
    let h = Highlight::of(&map, &c, &RoutePath::of(route));
    let s = |a: &str, b: &str, p: &str| (a.to_string(), b.to_string(), p.to_string());
    assert_eq!(
        lit(&map, &h),
        vec![
            s("sosu-hjaelper", "sosu-assistent", "ssa-hovedforloeb"),
            s("sosu-assistent", "sygeplejerske", "sygeplejerske-pb"),
        ]
    );
    // No other link is lit, though "sygeplejerske-pb" also runs from the exam.
    let lit_count = (0..map.links.len()).filter(|&k| h.has_link(k)).count();
    assert_eq!(lit_count, 2);
    let node = |r: &str| map.node(r).unwrap();
    assert_eq!(h.start, Some(node("sosu-hjaelper")));
    assert_eq!(h.node_steps(node("sosu-assistent")), vec![1]);
    assert_eq!(h.node_steps(node("sygeplejerske")), vec![2]);
    assert!(h.has_node(node("sosu-hjaelper")));
    assert!(!h.has_node(node("gymnasial-eksamen")));
    assert!(!h.has_node(node("paedagog")));
}

#[test]
fn a_course_on_a_route_marks_the_role_it_prepares_for() {
    let c = catalog();
    let map = Map::build(&c);
    let routes = helper_to_nurse(&c, None);
    let route = routes
        .iter()
        .find(|r| {
            r.steps
                .iter()
                .any(|s| s.programme.starts_with("supplement-"))
        })
        .expect("a route with a supplement course");
    let h = Highlight::of(&map, &c, &RoutePath::of(route));
    assert_eq!(h.steps.len(), route.steps.len());
    let nurse = map.node("sygeplejerske");
    let mut courses = 0;
    for (s, step) in h.steps.iter().zip(&route.steps) {
        let leads = c.programme(&step.programme).unwrap().leads_to.len();
        if leads == 0 {
            courses += 1;
            assert_eq!(s.link, None, "{}", s.programme);
            assert_eq!(s.node, nurse, "{}", s.programme);
        }
        // A lit link carries the step's programme, one way or the other.
        if let Some(k) = s.link {
            let l = &map.links[k];
            assert!(l.programmes.contains(&s.programme) || l.back.contains(&s.programme));
        }
    }
    assert!(courses > 0, "no step was a course");
    assert_eq!(h.steps.last().unwrap().node, nurse);
}
