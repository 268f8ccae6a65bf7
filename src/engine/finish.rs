//! Turning planned steps into a priced route: dates, income, fees, funding, deadlines and
//! totals; then ranking and the Pareto set.

use super::eval::{Check, Verdict};
use super::funding::{self, FundVerdict, FundingResult, StepContext};
use super::pay;
use super::profile::{FundingUse, Profile};
use super::reason::Reason;
use super::routes::{Income, Query, Route, SortBy, Step, Totals};
use super::search::Planned;
use crate::catalog::{Benefit, Catalog, Date, FeeUnit, Money, Programme, TrackCode, Weeks};
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// The fee of a programme for a person, and the rule that decided it: `free_up_to` waives
/// it for people whose highest education is at most that level (AMU on the SOSU area). When
/// the education is not known the full price is shown, saying when it would be free.
pub fn fee(p: &Programme, school: Weeks, profile: &Profile) -> (Money, Option<Reason>) {
    let Some(f) = &p.fee else {
        return (Money::ZERO, None);
    };
    let why = f.free_up_to.map(|up_to| match profile.education {
        Some(have) if have <= up_to => Reason::FeeWaived { have, up_to },
        Some(have) => Reason::FeeFullPrice { have, up_to },
        None => Reason::FeeDependsOnEducation { up_to },
    });
    if matches!(why, Some(Reason::FeeWaived { .. })) {
        return (Money::ZERO, why);
    }
    let units = match f.per {
        FeeUnit::Total => 1,
        FeeUnit::Module => f.units.unwrap_or(1) as i64,
        FeeUnit::Week => f.units.map_or((school.0 as i64 + 9) / 10, |u| u as i64),
        FeeUnit::Day => f.units.map_or((school.0 as i64 * 5 + 9) / 10, |u| u as i64),
    };
    (Money(f.amount.0 * units), why)
}

/// The last date with this month and day on or before `start`.
fn last_before(start: Date, month: u8, day: u8) -> Date {
    let make = |y: u16| {
        Date::new(
            y,
            month,
            day.min(crate::catalog::units::days_in_month(y, month)),
        )
    };
    let d = make(start.year);
    if d <= start { d } else { make(start.year - 1) }
}

/// A source whose last day to apply for this step has passed cannot be counted on: "maybe"
/// at best (the fund may accept a later start), with the reason.
fn too_late(results: &mut [FundingResult], today: Date) {
    for r in results.iter_mut() {
        let Some(by) = r.apply_by.filter(|by| *by < today) else {
            continue;
        };
        if r.verdict == FundVerdict::Eligible {
            r.verdict = FundVerdict::Unknown;
        }
        if r.verdict == FundVerdict::Unknown {
            let why = Reason::ApplyByPassed {
                source: r.source.clone(),
                by,
            };
            let check = Check {
                verdict: Verdict::Unknown,
                reason: Arc::new(why),
                close: Vec::new(),
            };
            r.reasons.insert(0, check);
        }
    }
}

/// The first start of programme `p` on or after `earliest`: the first day of an intake month
/// whose application deadlines for `track` are not before `today`. Without intakes,
/// `earliest` itself.
pub fn next_start(p: &Programme, track: TrackCode, earliest: Date, today: Date) -> Date {
    if p.intakes.is_empty() {
        return earliest;
    }
    let mut month = Date::new(earliest.year, earliest.month, 1);
    if month < earliest {
        month = month.add_months(1);
    }
    // Ten years of months is far beyond any route; stop there rather than loop.
    for _ in 0..120 {
        let open = p
            .deadlines
            .iter()
            .filter(|d| d.track.is_none_or(|t| t == track))
            .all(|d| last_before(month, d.month, d.day) >= today);
        if p.intakes.contains(&month.month) && open {
            return month;
        }
        month = month.add_months(1);
    }
    earliest
}

/// Priced steps and incomes already worked out for routes of one search, by search node.
#[derive(Default)]
pub struct Cache {
    /// The step and the funding it used, by what it depends on.
    steps: HashMap<StepKey, Priced>,
    incomes: HashMap<u32, Income>,
    eligibility: funding::EligibilityCache,
}

/// A step priced once, the funding it used and its open checks named by the step.
struct Priced {
    step: Arc<Step>,
    used: Vec<FundingUse>,
    open: Vec<Check>,
}

/// What a priced step depends on besides its planned step (named by its search node): the
/// programmes up to the next main step, that step's pay and the funding used before.
type StepKey = (
    u32,
    Vec<usize>,
    Option<Money>,
    Vec<(Option<crate::catalog::load::Entry>, Option<Date>, Money)>,
);

/// A complete route from planned steps.
pub fn route(catalog: &Catalog, profile: &Profile, query: &Query, planned: Vec<Planned>) -> Route {
    let planned: Vec<&Planned> = planned.iter().collect();
    route_cached(catalog, profile, query, &planned, &mut Cache::default())
}

/// As [`route`], reusing steps priced for earlier routes of the same search: a step is priced
/// again only when its search node, what it leads into, the next step's pay or the funding
/// used before differ.
pub fn route_cached(
    catalog: &Catalog,
    profile: &Profile,
    query: &Query,
    planned: &[&Planned],
    cache: &mut Cache,
) -> Route {
    let ids: Vec<String> = planned
        .iter()
        .map(|s| catalog.programmes[s.programme].id.clone())
        .collect();
    let nodes: Vec<u32> = planned.iter().map(|s| s.node).collect();
    let programmes: Vec<usize> = planned.iter().map(|s| s.programme).collect();
    // Income first: a step paid "as the following step" needs the next one's pay.
    let incomes: Vec<Income> = planned
        .iter()
        .map(|s| {
            let work = || {
                let p = &catalog.programmes[s.programme];
                pay::income(
                    catalog,
                    profile,
                    p,
                    s.personalised.track_index,
                    s.start,
                    s.personalised.calendar,
                    &s.held,
                )
            };
            if s.node == 0 {
                return work();
            }
            cache.incomes.entry(s.node).or_insert_with(work).clone()
        })
        .collect();
    let gap_flags: Vec<bool> = planned.iter().map(|s| s.gap).collect();
    let mut earlier: Vec<FundingUse> = Vec::new();
    let mut steps = Vec::new();
    // Per step: its open checks, named by the step.
    let mut named: Vec<Vec<Check>> = Vec::new();
    for (i, s) in planned.iter().enumerate() {
        // `followed_by` looks at the programme this step leads into: up to the next main step.
        let next_main = (i + 1..ids.len())
            .find(|&j| !gap_flags[j])
            .map_or(ids.len(), |j| j + 1);
        // Node 0 is a step not placed by a search: priced every time, never cached.
        let key: StepKey = (
            nodes[i],
            programmes[i + 1..next_main].to_vec(),
            incomes.get(i + 1).and_then(|n| n.monthly),
            earlier
                .iter()
                .map(|u| (catalog.entry(&u.source), u.date, u.amount))
                .collect(),
        );
        if let Some(done) = cache.steps.get(&key).filter(|_| nodes[i] != 0) {
            steps.push(done.step.clone());
            earlier.extend(done.used.iter().cloned());
            named.push(done.open.clone());
            continue;
        }
        let used_from = earlier.len();
        let p = &catalog.programmes[s.programme];
        let pers = &s.personalised;
        let (fees, fee_rule) = fee(p, pers.school, profile);
        let mut income = incomes[i].clone();
        let ctx = StepContext {
            programme: p,
            track: pers.track,
            start: s.start,
            school: pers.school,
            calendar: pers.calendar,
            fees,
            pay: income.monthly,
            following_pay: incomes.get(i + 1).and_then(|n| n.monthly),
            later: &ids[i + 1..next_main],
            earlier: &earlier,
            also_holds: &s.held,
        };
        let mut results =
            funding::evaluate_funding_cached(catalog, profile, &ctx, &mut cache.eligibility);
        limit_to_fees(catalog, &mut results, fees);
        too_late(&mut results, query.today);
        // A source that pays the person during the step replaces the programme's own pay
        // when it gives more.
        for r in results
            .iter()
            .filter(|r| r.verdict == FundVerdict::Eligible)
        {
            let Some(f) = catalog.funding_source(&r.source) else {
                continue;
            };
            if let Some(mut alt) = funding::income_from(catalog, profile, f, &ctx)
                && alt.monthly.is_some()
                && (income.monthly.is_none() || alt.monthly > income.monthly)
            {
                // Paid as the next step: its rate, and whether that rate's period ended.
                if f.benefit == Benefit::WageFromStart {
                    alt.period_ended = incomes.get(i + 1).and_then(|n| n.period_ended.clone());
                }
                income = alt;
            }
        }
        let mut funded = Money::ZERO;
        let mut co = Money::ZERO;
        let mut deadlines: Vec<(Reason, Date)> = Vec::new();
        for r in &results {
            let Some(f) = catalog.funding_source(&r.source) else {
                continue;
            };
            if r.verdict == FundVerdict::Eligible && f.benefit == Benefit::ShareOfFees {
                funded += r.amount;
                co += r.co_payment;
                earlier.push(FundingUse {
                    source: r.source.clone(),
                    date: Some(s.start),
                    amount: r.amount,
                });
            }
            // Only what can still be done: a date already past is not a thing to do.
            if matches!(r.verdict, FundVerdict::Eligible | FundVerdict::Unknown) {
                let source = || f.id.clone();
                if let Some(d) = r.apply_from.filter(|d| *d > query.today) {
                    deadlines.push((Reason::ApplyFrom { source: source() }, d));
                }
                if let Some(d) = r.apply_by.filter(|d| *d >= query.today) {
                    deadlines.push((Reason::ApplyBy { source: source() }, d));
                }
            }
        }
        for d in p
            .deadlines
            .iter()
            .filter(|d| d.track.is_none_or(|t| t == pers.track))
        {
            let when = last_before(s.start, d.month, d.day);
            if when >= query.today {
                deadlines.push((Reason::Catalogue(d.label.clone()), when));
            }
        }
        deadlines.sort_by_key(|d| d.1);
        let net_cost = Money((fees.0 - funded.0 - co.0).max(0));
        let tracks_passed = (0..pers.track_index.unwrap_or(0))
            .map(|t| {
                let e = super::merit::track_eligibility(
                    catalog,
                    profile,
                    p,
                    pers.offering.as_deref(),
                    t,
                    s.start,
                    &s.held,
                );
                (p.tracks[t].code, e.open().cloned().collect())
            })
            .collect();
        steps.push(Arc::new(Step {
            programme: p.id.clone(),
            track: pers.track,
            offering: pers.offering.clone(),
            gap: s.gap,
            start: s.start,
            end: s.start.add_days(pers.calendar.calendar_days()),
            school: pers.school,
            placement: pers.placement,
            calendar: pers.calendar,
            calendar_if_granted: pers.calendar_if_granted,
            merit: pers.applied.clone(),
            income,
            fees,
            fee_rule,
            funding: results,
            funded,
            net_cost,
            deadlines,
            requirements: s.requirements.clone(),
            tracks_passed,
        }));
        let open = named_checks(&steps[i]);
        if nodes[i] != 0 {
            let used = earlier[used_from..].to_vec();
            let done = Priced {
                step: steps[i].clone(),
                used,
                open: open.clone(),
            };
            cache.steps.insert(key, done);
        }
        named.push(open);
    }
    let totals = totals(&steps, profile);
    let gaps: Vec<&str> = steps
        .iter()
        .filter(|s| s.gap)
        .map(|s| s.programme.as_str())
        .collect();
    let open = open_checks(&named, &gaps);
    Route {
        id: route_id(&steps),
        from: query.from.clone().or_else(|| profile.role.clone()),
        to: query.to.clone(),
        steps,
        totals,
        pareto: false,
        open,
    }
}

/// Sums over the steps; the average income is weighted by calendar length.
pub fn totals(steps: &[Arc<Step>], profile: &Profile) -> Totals {
    // From the first start to the last end: waiting for an intake is time too.
    let busy: Weeks = steps.iter().map(|s| s.calendar).sum();
    let span = match (steps.first(), steps.last()) {
        (Some(a), Some(b)) => Weeks(((b.end.day_number() - a.start.day_number()) * 10 / 7) as i32),
        _ => Weeks::default(),
    };
    let calendar = busy.max(span);
    let all_known = steps.iter().all(|s| s.income.monthly.is_some());
    let monthly_income = if all_known && !steps.is_empty() {
        let weight: i64 = steps.iter().map(|s| s.calendar.0 as i64).sum();
        if weight > 0 {
            let sum: i64 = steps
                .iter()
                .map(|s| s.income.monthly.unwrap_or_default().0 * s.calendar.0 as i64)
                .sum();
            Some(Money(sum / weight))
        } else {
            Some(Money(
                steps
                    .iter()
                    .map(|s| s.income.monthly.unwrap_or_default().0)
                    .sum::<i64>()
                    / steps.len() as i64,
            ))
        }
    } else {
        None
    };
    Totals {
        calendar,
        school: steps.iter().map(|s| s.school).sum(),
        placement: steps.iter().map(|s| s.placement).sum(),
        fees: steps.iter().map(|s| s.fees).sum(),
        funded: steps.iter().map(|s| s.funded).sum(),
        net_cost: steps.iter().map(|s| s.net_cost).sum(),
        monthly_income,
        income_change: pay::change(profile, monthly_income),
        steps: steps.len(),
    }
}

/// A step's open checks, each reason led by the step's name (and track).
fn named_checks(s: &Step) -> Vec<Check> {
    s.requirements
        .open()
        .map(|c| Check {
            verdict: c.verdict,
            reason: Arc::new(Reason::InStep {
                programme: s.programme.clone(),
                track: s.track,
                reason: c.reason.clone(),
            }),
            close: c.close.clone(),
        })
        .collect()
}

/// Every requirement not met or not known along the route. Not-met leaves of alternatives
/// the route did not take (no gap step of the route closes them) are not gaps of this route.
fn open_checks(named: &[Vec<Check>], gaps: &[&str]) -> Vec<Check> {
    let mut out: Vec<Check> = Vec::new();
    for c in named.iter().flatten() {
        let relevant =
            c.verdict == Verdict::Unknown || c.close.iter().any(|id| gaps.contains(&id.as_str()));
        if relevant && !out.iter().any(|o| o.reason == c.reason) {
            out.push(c.clone());
        }
    }
    out
}

/// `prog.track[@provider]` per step, gap steps marked with `+`, joined by `/`.
pub fn route_id(steps: &[Arc<Step>]) -> String {
    steps
        .iter()
        .map(|s| {
            let mut id = format!(
                "{}{}.{}",
                if s.gap { "+" } else { "" },
                s.programme,
                format!("{:?}", s.track).to_lowercase()
            );
            if let Some(o) = &s.offering {
                id.push('@');
                for c in o.to_lowercase().chars() {
                    match c {
                        'æ' => id.push_str("ae"),
                        'ø' => id.push_str("oe"),
                        'å' => id.push_str("aa"),
                        c if c.is_ascii_alphanumeric() => id.push(c),
                        _ => {}
                    }
                }
            }
            id
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The four rankings as keys where smaller is better.
fn keys(r: &Route) -> [i64; 4] {
    [
        r.totals.calendar.0 as i64,
        r.totals.net_cost.0,
        -r.totals.monthly_income.map_or(i64::MIN / 2, |m| m.0),
        r.totals.steps as i64,
    ]
}

/// Sorts by the chosen ranking (ties by route id) and marks the Pareto set.
pub fn rank(routes: &mut [Route], sort: SortBy) {
    let k: Vec<[i64; 4]> = routes.iter().map(keys).collect();
    for i in 0..routes.len() {
        let dominated = (0..routes.len()).any(|j| {
            j != i && (0..4).all(|x| k[j][x] <= k[i][x]) && (0..4).any(|x| k[j][x] < k[i][x])
        });
        routes[i].pareto = !dominated;
    }
    let idx = match sort {
        SortBy::Fastest => 0,
        SortBy::Cheapest => 1,
        SortBy::Income => 2,
        SortBy::Steps => 3,
    };
    routes.sort_by(|a, b| {
        let (ka, kb) = (keys(a), keys(b));
        ka[idx]
            .cmp(&kb[idx])
            .then_with(|| ka.cmp(&kb))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// True when a check is a gap that a gap step of the route closes.
pub fn closed_by_route(c: &Check, route: &Route) -> bool {
    c.verdict == Verdict::NotMet
        && c.close
            .iter()
            .any(|id| route.steps.iter().any(|s| s.gap && &s.programme == id))
}

/// Sources that pay a share of the fees cannot together pay more than the fees: the one that
/// pays most goes first, the next covers what is left.
fn limit_to_fees(catalog: &Catalog, results: &mut [super::funding::FundingResult], fees: Money) {
    let mut order: Vec<usize> = (0..results.len())
        .filter(|&i| {
            results[i].verdict == FundVerdict::Eligible
                && catalog
                    .funding_source(&results[i].source)
                    .is_some_and(|f| f.benefit == Benefit::ShareOfFees)
        })
        .collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(results[i].amount), i));
    let mut left = fees;
    for i in order {
        let r = &mut results[i];
        let amount = r.amount.min(left);
        let co = r.co_payment.min(left - amount);
        if amount < r.amount {
            r.reasons.push(Check {
                verdict: Verdict::Met,
                reason: Arc::new(Reason::RestCovered),
                close: Vec::new(),
            });
        }
        r.amount = amount;
        r.co_payment = co;
        left = left - amount - co;
    }
}
