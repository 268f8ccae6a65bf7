//! The route search: programmes chained from the person's roles to the target, with
//! gap-closing steps, pruned by a reverse distance from the target.

use super::eval::{Context, Evaluation, Verdict, evaluate};
use super::gaps;
use super::merit::{Personalised, personalise_variant, variants};
use super::profile::Profile;
use super::routes::{Query, Route};
use crate::catalog::{Catalog, Date, Id, Links, Programme};
use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;

/// At most this many complete routes are built per query.
pub const MAX_ROUTES: usize = 400;

/// A step before incomes and funding are worked out.
#[derive(Debug, Clone)]
pub struct Planned {
    pub programme: usize,
    pub personalised: Personalised,
    pub gap: bool,
    pub start: Date,
    pub requirements: Evaluation,
    /// Ids held when the step starts (for income and funding eligibility).
    pub held: Vec<Id>,
    /// The search node that placed this step on a route: one number per route prefix, so
    /// steps priced for one route can be reused for the next (0 until placed).
    pub node: u32,
}

/// The catalogue's links and the distances to one target.
struct Graph<'a> {
    catalog: &'a Catalog,
    links: &'a Links,
    /// Fewest programme steps from holding a role to the target.
    dist: HashMap<&'a str, usize>,
    /// Fewest steps to the target through a programme open to all.
    free_dist: Option<usize>,
}

impl<'a> Graph<'a> {
    fn new(catalog: &'a Catalog, target: &'a str) -> Graph<'a> {
        let links = catalog.links();
        // Backward breadth-first search from the target over "programme leads to role".
        let mut dist: HashMap<&str, usize> = HashMap::default();
        dist.insert(target, 0);
        let mut queue = VecDeque::from([target]);
        while let Some(role) = queue.pop_front() {
            let d = dist[role];
            for &i in links
                .leading
                .get(role)
                .map(Vec::as_slice)
                .unwrap_or_default()
            {
                if let Some(roles) = &links.gate[i] {
                    for r in roles {
                        if !dist.contains_key(r.as_str()) {
                            dist.insert(r, d + 1);
                            queue.push_back(r);
                        }
                    }
                }
            }
        }
        let free_dist = links
            .free
            .iter()
            .filter_map(|&i| {
                catalog.programmes[i]
                    .leads_to
                    .iter()
                    .filter_map(|r| dist.get(r.as_str()))
                    .min()
                    .map(|d| d + 1)
            })
            .min();
        Graph {
            catalog,
            links,
            free_dist,
            dist,
        }
    }

    /// Fewest steps still needed after taking programme `i` (1 when it reaches the target).
    fn steps_via(&self, i: usize, held: &dyn Fn(&str) -> bool) -> Option<usize> {
        let p = &self.catalog.programmes[i];
        p.leads_to
            .iter()
            .filter(|r| !held(r))
            .filter_map(|r| {
                let d = self.dist.get(r.as_str()).copied();
                // From any role, a programme open to all may still lead on.
                match (d, self.free_dist) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                }
            })
            .map(|d| d + 1)
            .min()
    }
}

struct Search<'a> {
    graph: &'a Graph<'a>,
    profile: &'a Profile,
    query: &'a Query,
    /// Every step placed by the search; a step's node is its index here plus one.
    arena: Vec<Planned>,
    /// Complete routes, as indexes into `arena`.
    found: Vec<Vec<usize>>,
    /// What the person holds before any step: role, qualifications and the roles these lead to.
    has: Vec<&'a str>,
}

/// All routes up to `max_steps` programmes from the person (or `query.from`) to the target,
/// ranked by `query.sort`, with the Pareto set marked.
pub fn find_routes(catalog: &Catalog, profile: &Profile, query: &Query) -> Vec<Route> {
    let mut person = profile.clone();
    if let Some(from) = &query.from {
        person.role = Some(from.clone());
    }
    let start = query
        .start
        .or(person.planned_start)
        .unwrap_or_else(|| ready(catalog, query.today));
    if catalog.role(&query.to).is_none() || super::eval::holds(&person, catalog, &[], &query.to) {
        return Vec::new();
    }
    let graph = Graph::new(catalog, &query.to);
    let s = Search::run(&graph, &person, query, start);
    let mut cache = super::finish::Cache::default();
    let mut routes: Vec<Route> = s
        .found
        .iter()
        .map(|steps| {
            let planned: Vec<&Planned> = steps.iter().map(|&i| &s.arena[i]).collect();
            super::finish::route_cached(catalog, &person, query, &planned, &mut cache)
        })
        .collect();
    routes.extend(routes_closing_unknown_subjects(
        &graph, &person, query, start, &routes,
    ));
    drop_detours(&mut routes);
    routes.retain(|r| on_the_way(catalog, r));
    super::finish::rank(&mut routes, query.sort);
    routes
}

/// The shortest route for this person that takes programme `id` to the first role it leads to
/// (fewest steps, then soonest done), as asked on `today`.
pub fn through(
    catalog: &Catalog,
    profile: &Profile,
    id: &str,
    max_steps: usize,
    today: Date,
) -> Option<Route> {
    let to = catalog.programme(id)?.leads_to.first()?;
    let query = Query {
        max_steps,
        ..Query::to(to, today)
    };
    find_routes(catalog, profile, &query)
        .into_iter()
        .filter(|r| r.steps.iter().any(|s| s.programme == id))
        .min_by_key(|r| (r.steps.len(), r.totals.calendar))
}

/// "As soon as possible": the first day every fund can still be applied to, so a route that
/// starts now does not begin with a deadline already missed.
pub fn ready(catalog: &Catalog, today: Date) -> Date {
    let lead = catalog
        .funding
        .iter()
        .filter_map(|f| f.window.latest_days_before)
        .max()
        .unwrap_or(0);
    today.add_days(lead as i64)
}

/// When the profile does not say which subject levels the person has, a route may be "open,
/// if you have the levels". Searching again as if no subjects were taken adds the routes that
/// close those gaps with supplements first, so a person who lacks them sees the way too. The
/// steps are then judged against the real profile, so reasons say "unknown", not "missing".
fn routes_closing_unknown_subjects(
    graph: &Graph,
    person: &Profile,
    query: &Query,
    start: Date,
    known: &[Route],
) -> Vec<Route> {
    if person.subjects.is_some() {
        return Vec::new();
    }
    let catalog = graph.catalog;
    let mut without = person.clone();
    without.subjects = Some(Vec::new());
    let s = Search::run(graph, &without, query, start);
    let mut out: Vec<Route> = Vec::new();
    for found in &s.found {
        if !found.iter().any(|&i| s.arena[i].gap) {
            continue;
        }
        let mut steps: Vec<Planned> = found.iter().map(|&i| s.arena[i].clone()).collect();
        // Requirements as the real person meets them, before the gap steps closed anything.
        let mut before_gaps: Option<Vec<Id>> = None;
        for st in steps.iter_mut() {
            if st.gap {
                before_gaps.get_or_insert_with(|| st.held.clone());
                continue;
            }
            let held = before_gaps.take().unwrap_or_else(|| st.held.clone());
            let p = &catalog.programmes[st.programme];
            st.requirements = admission(catalog, person, p, &st.personalised, &held, st.start);
        }
        let route = super::finish::route(catalog, person, query, steps);
        if known.iter().chain(&out).all(|r| r.id != route.id) {
            out.push(route);
        }
    }
    out
}

/// Removes a route when a route with fewer programmes, no longer in time and with no more open
/// questions, takes a subset of its programmes in the same order: the extra programmes were
/// detours. A shorter route that only may be open (an unknown requirement) does not hide a
/// longer one that surely is.
fn drop_detours(routes: &mut Vec<Route>) {
    let open: Vec<usize> = routes
        .iter()
        .map(|r| {
            r.open
                .iter()
                .filter(|c| !super::finish::closed_by_route(c, r))
                .count()
        })
        .collect();
    // Each (programme, provider) numbered once, so the comparisons below are of numbers. The
    // track is left out: a longer way round that only reaches a shorter track because the
    // person is older by then is still a detour.
    let mut numbers: HashMap<(&str, Option<&str>), u32> = HashMap::default();
    let mains: Vec<Vec<u32>> = routes
        .iter()
        .map(|r| {
            r.steps
                .iter()
                .filter(|s| !s.gap)
                .map(|s| {
                    let key = (s.programme.as_str(), s.offering.as_deref());
                    let next = numbers.len() as u32;
                    *numbers.entry(key).or_insert(next)
                })
                .collect()
        })
        .collect();
    let detour: Vec<bool> = (0..routes.len())
        .map(|i| {
            (0..routes.len()).any(|j| {
                j != i
                    && mains[j].len() < mains[i].len()
                    && routes[j].totals.calendar <= routes[i].totals.calendar
                    && open[j] <= open[i]
                    && {
                        let mut it = mains[i].iter();
                        mains[j].iter().all(|x| it.any(|y| y == x))
                    }
            })
        })
        .collect();
    let mut k = 0;
    routes.retain(|_| {
        k += 1;
        !detour[k - 1]
    });
}

/// The ids a person holds before any step (what [`super::eval::holds`] finds in a profile).
fn held_before<'a>(catalog: &'a Catalog, person: &'a Profile) -> Vec<&'a str> {
    let mut has: Vec<&str> = person.role.iter().map(String::as_str).collect();
    for q in &person.qualifications {
        has.push(&q.id);
        if let Some(p) = catalog.programme(&q.id) {
            has.extend(p.leads_to.iter().map(String::as_str));
        }
    }
    has
}

impl<'a> Search<'a> {
    /// Every route from the person to the graph's target, up to the query's step limit.
    fn run(graph: &'a Graph<'a>, profile: &'a Profile, query: &'a Query, start: Date) -> Self {
        let mut s = Search {
            graph,
            profile,
            query,
            arena: Vec::new(),
            found: Vec::new(),
            has: held_before(graph.catalog, profile),
        };
        s.walk(&mut Vec::new(), &mut Vec::new(), start, 0);
        s
    }

    /// As [`super::eval::holds`]: `held` always lists the roles its programmes lead to, so a
    /// plain lookup does.
    fn holds(&self, held: &[Id], id: &str) -> bool {
        self.has.contains(&id) || held.iter().any(|h| h == id)
    }

    fn candidates(&self, held: &[Id]) -> Vec<usize> {
        let catalog = self.graph.catalog;
        let mut out: Vec<usize> = self.graph.links.free.clone();
        // Held roles: ids held directly, and the roles of programmes held (what `holds` sees).
        let mut roles: Vec<&str> = held.iter().map(String::as_str).collect();
        roles.extend(self.profile.role.as_deref());
        roles.extend(self.profile.qualifications.iter().map(|q| q.id.as_str()));
        let direct = roles.len();
        for i in 0..direct {
            if let Some(p) = catalog.programme(roles[i]) {
                roles.extend(p.leads_to.iter().map(String::as_str));
            }
        }
        for r in roles {
            if let Some(list) = self.graph.links.by_role.get(r) {
                out.extend(list);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn walk(&mut self, held: &mut Vec<Id>, steps: &mut Vec<usize>, date: Date, main: usize) {
        if self.found.len() >= MAX_ROUTES || main >= self.query.max_steps {
            return;
        }
        let left = self.query.max_steps - main;
        let catalog = self.graph.catalog;
        for i in self.candidates(held) {
            let p = &catalog.programmes[i];
            if self.holds(held, &p.id) || steps.iter().any(|&s| self.arena[s].programme == i) {
                continue;
            }
            let Some(need) = self.graph.steps_via(i, &|r| self.holds(held, r)) else {
                continue;
            };
            if need > left {
                continue;
            }
            if let Some(g) = &self.graph.links.gate[i]
                && !g.iter().any(|r| self.holds(held, r))
            {
                continue;
            }
            for offering in variants(p, self.profile) {
                for planned in self.plans(p, i, offering, held, date) {
                    // The previous main step must give something this one asks for: no detours.
                    let prev = steps.iter().rev().map(|&s| &self.arena[s]).find(|s| !s.gap);
                    if let (Some(prev), Some(this)) = (prev, planned.last())
                        && !uses(
                            catalog,
                            &catalog.programmes[prev.programme],
                            p,
                            &this.personalised.applied,
                        )
                    {
                        continue;
                    }
                    let mark = steps.len();
                    let held_len = held.len();
                    let mut end = date;
                    for mut s in planned {
                        s.node = self.arena.len() as u32 + 1;
                        end = s.start.add_days(s.personalised.calendar.calendar_days());
                        let prog = &catalog.programmes[s.programme];
                        held.push(prog.id.clone());
                        held.extend(prog.leads_to.iter().cloned());
                        steps.push(self.arena.len());
                        self.arena.push(s);
                    }
                    if p.leads_to.iter().any(|r| r == &self.query.to) {
                        self.found.push(steps.clone());
                    } else {
                        self.walk(held, steps, end, main + 1);
                    }
                    steps.truncate(mark);
                    held.truncate(held_len);
                    if self.found.len() >= MAX_ROUTES {
                        return;
                    }
                }
            }
        }
    }

    /// The gap-closing steps and the main step for one programme variant, or `None` when a
    /// requirement is not met and cannot be closed.
    fn plan(
        &self,
        p: &Programme,
        index: usize,
        offering: Option<usize>,
        held: &[Id],
        date: Date,
    ) -> Option<Vec<Planned>> {
        let catalog = self.graph.catalog;
        let profile = self.profile;
        let mut first = personalise_variant(catalog, profile, p, offering, None, date, held);
        // A programme with intakes starts at the next one the person can still apply for.
        let start = super::finish::next_start(p, first.track, date, self.query.today);
        if start != date {
            first = personalise_variant(catalog, profile, p, offering, None, start, held);
        }
        let requirements = self.requirements(p, &first, held, start);
        if requirements.verdict != Verdict::NotMet {
            return Some(vec![Planned {
                programme: index,
                personalised: first,
                gap: false,
                start,
                requirements,
                held: held.to_vec(),
                node: 0,
            }]);
        }
        // Try the tracks best first: the first whose gaps can be closed.
        let tracks: Vec<Option<usize>> = if p.tracks.is_empty() {
            vec![None]
        } else {
            (0..p.tracks.len()).map(Some).collect()
        };
        tracks
            .into_iter()
            .find_map(|t| self.plan_track(p, index, offering, t, held, date))
    }

    /// As [`Search::plan`], and when the track chosen is open only if something the profile
    /// does not say holds (such as the share of day shifts), also the first later track the
    /// person surely gets, with its gap-closing steps: the way that works either way.
    fn plans(
        &self,
        p: &Programme,
        index: usize,
        offering: Option<usize>,
        held: &[Id],
        date: Date,
    ) -> Vec<Vec<Planned>> {
        let Some(first) = self.plan(p, index, offering, held, date) else {
            return Vec::new();
        };
        let main = first.last().map(|s| &s.personalised);
        let unsure = main
            .filter(|m| m.eligibility.verdict == Verdict::Unknown)
            .and_then(|m| m.track_index);
        let mut out = vec![first];
        if let Some(k) = unsure {
            // The first later track surely open; when the profile settles none, the last one
            // that may be open (the general track), so a best case is never shown alone.
            let mut fallback = None;
            let sure = (k + 1..p.tracks.len()).find_map(|t| {
                let alt = self.plan_track(p, index, offering, Some(t), held, date)?;
                let last = alt.last()?;
                if last.personalised.eligibility.verdict == Verdict::Met {
                    return Some(alt);
                }
                fallback = Some(alt);
                None
            });
            out.extend(sure.or(fallback));
        }
        out
    }

    /// The gap-closing steps and the main step on track `t`, or `None` when a requirement is
    /// not met and cannot be closed.
    fn plan_track(
        &self,
        p: &Programme,
        index: usize,
        offering: Option<usize>,
        t: Option<usize>,
        held: &[Id],
        date: Date,
    ) -> Option<Vec<Planned>> {
        let catalog = self.graph.catalog;
        let profile = self.profile;
        let pers = personalise_variant(catalog, profile, p, offering, t, date, held);
        let track_req = t.and_then(|t| {
            offering
                .and_then(|o| {
                    p.offerings[o]
                        .tracks
                        .iter()
                        .find(|ot| ot.code == p.tracks[t].code)
                        .map(|ot| &ot.eligibility)
                })
                .or(p.tracks[t].eligibility.as_ref())
        });
        let reqs: Vec<crate::catalog::Requirement> =
            p.admission.iter().chain(track_req).cloned().collect();
        let whole = crate::catalog::Requirement::All(reqs);
        let gap_ids = gaps::close(&whole, profile, catalog, date, held, &pers.skip)?;
        let before = self.requirements(p, &pers, held, date);
        let mut out = Vec::new();
        let mut now = held.to_vec();
        let mut when = date;
        for g in &gap_ids {
            let Some(crate::catalog::load::Entry::Programme(gi)) = catalog.entry(g) else {
                return None;
            };
            let gp = &catalog.programmes[gi];
            let gpers = personalise_variant(catalog, profile, gp, None, None, when, &now);
            let greq = self.requirements(gp, &gpers, &now, when);
            out.push(Planned {
                programme: gi,
                gap: true,
                start: when,
                requirements: greq,
                held: now.clone(),
                personalised: gpers.clone(),
                node: 0,
            });
            when = when.add_days(gpers.calendar.calendar_days());
            now.push(g.clone());
            now.extend(gp.leads_to.iter().cloned());
        }
        let code = t.map_or(crate::catalog::TrackCode::Standard, |t| p.tracks[t].code);
        let when = super::finish::next_start(p, code, when, self.query.today);
        let after = personalise_variant(catalog, profile, p, offering, t, when, &now);
        if self.requirements(p, &after, &now, when).verdict == Verdict::NotMet {
            return None;
        }
        out.push(Planned {
            programme: index,
            personalised: after,
            gap: false,
            start: when,
            requirements: before,
            held: now,
            node: 0,
        });
        Some(out)
    }

    /// Admission (with merit's skipped programmes held) and the track's eligibility.
    fn requirements(
        &self,
        p: &Programme,
        pers: &Personalised,
        held: &[Id],
        date: Date,
    ) -> Evaluation {
        admission(self.graph.catalog, self.profile, p, pers, held, date)
    }
}

/// A programme's admission for a person, then the chosen track's eligibility. Programmes that
/// merit lets the person skip count as held, and the reason says so.
pub fn admission(
    catalog: &Catalog,
    profile: &Profile,
    p: &Programme,
    pers: &Personalised,
    held: &[Id],
    date: Date,
) -> Evaluation {
    let Some(req) = &p.admission else {
        return pers.eligibility.clone();
    };
    let ctx = Context {
        date,
        also_holds: held,
        skipped: &pers.skip,
    };
    evaluate(req, profile, catalog, &ctx).and(pers.eligibility.clone())
}

/// Every main step but the last gives something a later step asks for (admission, a track,
/// or a merit rule that fired); otherwise the step is not on the way to the target.
fn on_the_way(catalog: &Catalog, r: &Route) -> bool {
    let mains: Vec<usize> = (0..r.steps.len()).filter(|&i| !r.steps[i].gap).collect();
    mains.iter().take(mains.len().saturating_sub(1)).all(|&i| {
        let Some(p) = catalog.programme(&r.steps[i].programme) else {
            return true;
        };
        r.steps[i + 1..].iter().any(|later| {
            catalog
                .programme(&later.programme)
                .is_some_and(|q| uses(catalog, p, q, &later.merit))
        })
    })
}

/// True when `next` asks for what `prev` gives (its id or a role it leads to), in its
/// admission, a track, or a merit rule that fired.
fn uses(
    catalog: &Catalog,
    prev: &Programme,
    next: &Programme,
    merit: &[super::merit::AppliedMerit],
) -> bool {
    let mut gives: Vec<&str> = vec![prev.id.as_str()];
    gives.extend(prev.leads_to.iter().map(String::as_str));
    let mut reqs = next
        .admission
        .iter()
        .chain(next.tracks.iter().filter_map(|t| t.eligibility.as_ref()))
        .chain(
            next.offerings
                .iter()
                .flat_map(|o| o.tracks.iter().map(|t| &t.eligibility)),
        )
        .chain(
            merit
                .iter()
                .filter_map(|m| catalog.merit_rule(&m.rule).map(|m| &m.trigger)),
        );
    reqs.any(|req| gaps::mentions(req, &gives))
}
