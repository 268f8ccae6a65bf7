//! Funding: each source evaluated against a person, a programme and a date, with caps over
//! their periods, the fund's share, rates for the year, status and stacking.

use super::eval::{Check, Context, Evaluation, Verdict, evaluate};
use super::pay;
use super::profile::{FundingUse, Profile};
use super::reason::Reason;
use super::routes::Route;
use crate::catalog::{
    Benefit, Catalog, Date, FundingSource, Id, Money, Period, Programme, ProgrammeKind,
    Requirement, State, Text, TrackCode, Weeks,
};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum FundVerdict {
    Eligible,
    Unknown,
    Closed,
    NotEligible,
}

/// One funding source's answer for one step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FundingResult {
    pub source: Id,
    pub verdict: FundVerdict,
    pub reasons: Vec<Check>,
    /// What the source would pay for this step.
    pub amount: Money,
    /// What the co-payer (workplace) pays of the costs the source covers.
    pub co_payment: Money,
    pub apply_from: Option<Date>,
    pub apply_by: Option<Date>,
    pub status_checked: Date,
    pub note: Option<Text>,
}

/// What funding needs to know about one step of a route.
#[derive(Debug, Clone)]
pub struct StepContext<'a> {
    pub programme: &'a Programme,
    pub track: TrackCode,
    pub start: Date,
    pub school: Weeks,
    pub calendar: Weeks,
    /// Fees of the step after any waiver.
    pub fees: Money,
    /// The step's own monthly income, where known.
    pub pay: Option<Money>,
    /// Monthly pay of the following step (for wage-from-start schemes).
    pub following_pay: Option<Money>,
    /// Programmes later in the route (for `followed_by`).
    pub later: &'a [Id],
    /// Funding earlier steps of the route would use, shared with caps.
    pub earlier: &'a [FundingUse],
    pub also_holds: &'a [Id],
}

/// Every funding source that could matter for the step, best first after stacking.
pub fn evaluate_funding(
    catalog: &Catalog,
    profile: &Profile,
    step: &StepContext,
) -> Vec<FundingResult> {
    evaluate_funding_cached(catalog, profile, step, &mut EligibilityCache::default())
}

/// Funding sources' eligibility already evaluated for one person, by source and by what the
/// evaluation depends on (the date and what is held, when the requirement looks at them).
#[derive(Default)]
pub struct EligibilityCache {
    map: FxHashMap<EligibilityKey, Arc<Evaluation>>,
    /// "Does not cover" reasons by source index and programme id.
    not_listed: FxHashMap<(usize, Id), Check>,
    /// See [`same_parts`].
    same: Vec<Vec<(usize, usize)>>,
}

/// A source's index, the part of its eligibility (a top-level `All` is cached part by part, so
/// a part that ignores the date is evaluated once), and the date and held ids when the part
/// looks at them.
type EligibilityKey = (usize, usize, Option<Date>, Option<Vec<Id>>);

/// Whether evaluating `req` may look at the date and at what is held. Conservative: a kind of
/// requirement not known to ignore them counts as looking at both.
fn looks_at(req: &Requirement) -> (bool, bool) {
    match req {
        Requirement::All(list) | Requirement::Any(list) | Requirement::AtLeast(_, list) => list
            .iter()
            .map(looks_at)
            .fold((false, false), |a, b| (a.0 || b.0, a.1 || b.1)),
        Requirement::Employment { .. }
        | Requirement::Education { .. }
        | Requirement::OnDagpenge
        | Requirement::TrainingContract
        | Requirement::NoDropout { .. }
        | Requirement::Note { .. } => (false, false),
        Requirement::Age { .. } => (true, false),
        _ => (true, true),
    }
}

/// The parts of a source's eligibility: the items of a top-level `All`, or the whole.
fn parts_of(f: &FundingSource) -> &[Requirement] {
    match &f.eligibility {
        Requirement::All(list) => list.as_slice(),
        whole => std::slice::from_ref(whole),
    }
}

/// For every part of every source's eligibility, the first part in the catalogue equal to it
/// (many sources ask the same, such as an age), so equal parts are evaluated once.
fn same_parts(catalog: &Catalog) -> Vec<Vec<(usize, usize)>> {
    let all: Vec<(usize, usize, &Requirement)> = catalog
        .funding
        .iter()
        .enumerate()
        .flat_map(|(i, f)| parts_of(f).iter().enumerate().map(move |(j, r)| (i, j, r)))
        .collect();
    catalog
        .funding
        .iter()
        .enumerate()
        .map(|(i, f)| {
            (0..parts_of(f).len())
                .map(|j| {
                    let this = &parts_of(f)[j];
                    all.iter()
                        .find(|(_, _, r)| *r == this)
                        .map_or((i, j), |&(a, b, _)| (a, b))
                })
                .collect()
        })
        .collect()
}

/// As [`evaluate_funding`], reusing eligibility evaluated for other steps of the same person.
pub fn evaluate_funding_cached(
    catalog: &Catalog,
    profile: &Profile,
    step: &StepContext,
    cache: &mut EligibilityCache,
) -> Vec<FundingResult> {
    if cache.same.len() != catalog.funding.len() {
        cache.same = same_parts(catalog);
    }
    let mut out: Vec<FundingResult> = catalog
        .funding
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let parts = parts_of(f);
            let mut found: Vec<Arc<Evaluation>> = Vec::with_capacity(parts.len());
            for (j, part) in parts.iter().enumerate() {
                let (date, held) = looks_at(part);
                let (i, j) = cache.same[i][j];
                let key = (
                    i,
                    j,
                    date.then_some(step.start),
                    held.then(|| step.also_holds.to_vec()),
                );
                let one = cache.map.entry(key).or_insert_with(|| {
                    let ctx = Context {
                        date: step.start,
                        also_holds: step.also_holds,
                        skipped: &[],
                    };
                    Arc::new(evaluate(part, profile, catalog, &ctx))
                });
                found.push(one.clone());
            }
            let verdict = found
                .iter()
                .map(|e| e.verdict)
                .max()
                .unwrap_or(Verdict::Met);
            let listed = listed(f, step.programme);
            if !listed && verdict == Verdict::NotMet {
                // Not shown at all: see `source_with`.
                return None;
            }
            // The reasons are copied only where they are shown: for a programme on the lists.
            let e = Evaluation {
                instead: Vec::new(),
                verdict,
                checks: if listed {
                    found
                        .iter()
                        .flat_map(|e| e.checks.iter().cloned())
                        .collect()
                } else {
                    Vec::new()
                },
            };
            let scope = if listed {
                covers_listed(f, step)
            } else {
                let key = (i, step.programme.id.clone());
                let why = cache.not_listed.entry(key);
                Some(why.or_insert_with(|| not_listed(f, step.programme)).clone())
            };
            source_with(catalog, profile, f, step, e, scope)
        })
        .collect();
    stack(catalog, &mut out);
    out
}

fn note(reason: Reason, verdict: Verdict) -> Check {
    Check {
        verdict,
        reason: Arc::new(reason),
        close: Vec::new(),
    }
}

/// True when the source's positive list or programme list names the programme (or it has none).
fn listed(f: &FundingSource, p: &Programme) -> bool {
    f.kinds.is_empty() && f.programmes.is_empty()
        || f.kinds.contains(&p.kind)
        || f.programmes.contains(&p.id)
}

/// Why the source does not pay for a programme its lists leave out.
fn not_listed(f: &FundingSource, p: &Programme) -> Check {
    let reason = Reason::NotListed {
        source: f.id.clone(),
        programme: p.id.clone(),
        kind: p.kind,
    };
    note(reason, Verdict::NotMet)
}

/// Whether the source covers this programme (positive list, programme list, follow-on).
fn covers(f: &FundingSource, step: &StepContext) -> Option<Check> {
    if !listed(f, step.programme) {
        return Some(not_listed(f, step.programme));
    }
    covers_listed(f, step)
}

/// As [`covers`], for a programme on the source's lists: the follow-on and validity dates.
fn covers_listed(f: &FundingSource, step: &StepContext) -> Option<Check> {
    if !f.followed_by.is_empty() && !f.followed_by.iter().any(|n| step.later.contains(n)) {
        let reason = Reason::OnlyWhenFollowedBy {
            source: f.id.clone(),
            next: f.followed_by.clone(),
        };
        return Some(note(reason, Verdict::NotMet));
    }
    if f.full_time_only && step.programme.pace != crate::catalog::Pace::FullTime {
        let reason = Reason::FullTimeOnly {
            source: f.id.clone(),
            programme: step.programme.id.clone(),
        };
        return Some(note(reason, Verdict::NotMet));
    }
    // A known period that has ended is not a "no": see `period_ended` in `source_with`.
    if f.valid_from.is_some_and(|d| step.start < d) {
        let reason = Reason::NotValidOn {
            source: f.id.clone(),
            start: step.start,
        };
        return Some(note(reason, Verdict::NotMet));
    }
    None
}

/// One source for one step. `None` when it does not concern the person at all (neither
/// covers the programme nor would accept the person).
pub fn evaluate_source(
    catalog: &Catalog,
    profile: &Profile,
    f: &FundingSource,
    step: &StepContext,
) -> Option<FundingResult> {
    let ctx = Context {
        date: step.start,
        also_holds: step.also_holds,
        skipped: &[],
    };
    let e = evaluate(&f.eligibility, profile, catalog, &ctx);
    source_with(catalog, profile, f, step, e, covers(f, step))
}

/// As [`evaluate_source`], with the source's eligibility `e` already evaluated for the step
/// and `scope` from [`covers`].
fn source_with(
    catalog: &Catalog,
    profile: &Profile,
    f: &FundingSource,
    step: &StepContext,
    e: Evaluation,
    scope: Option<Check>,
) -> Option<FundingResult> {
    let mut result = FundingResult {
        source: f.id.clone(),
        verdict: FundVerdict::NotEligible,
        reasons: Vec::new(),
        amount: Money::ZERO,
        co_payment: Money::ZERO,
        apply_from: f
            .window
            .earliest_months_before
            .map(|m| step.start.add_months(-(m as i64))),
        apply_by: f
            .window
            .latest_days_before
            .map(|d| step.start.add_days(-(d as i64))),
        status_checked: f.status.checked,
        note: f.status.note.clone(),
    };
    if let Some(why) = scope {
        // Shown only when the person would otherwise qualify: "not for this programme".
        if e.verdict == Verdict::NotMet {
            return None;
        }
        result.reasons.push(why);
        return Some(result);
    }
    result.reasons = e.checks;
    let closed_pool = f.pools.iter().find(|pool| {
        pool.programmes.iter().any(|id| id == &step.programme.id)
            && pool.status.state == State::Closed
    });
    // A closed pool matters only to someone who could otherwise get it.
    if let Some(pool) = closed_pool.filter(|_| e.verdict != Verdict::NotMet) {
        let what = Reason::PoolClosed {
            pool: pool.name.clone(),
            checked: pool.status.checked,
        };
        closed(&mut result, what, pool.status.checked);
        result.note = pool.status.note.clone().or(result.note);
        return Some(result);
    }
    if f.status.state == State::Closed && e.verdict != Verdict::NotMet {
        let what = Reason::SourceClosed {
            source: f.id.clone(),
            checked: f.status.checked,
        };
        closed(&mut result, what, f.status.checked);
        return Some(result);
    }
    result.verdict = match e.verdict {
        Verdict::Met if f.status.state == State::Unknown => {
            result
                .reasons
                .push(note(Reason::MoneyUnknown, Verdict::Unknown));
            FundVerdict::Unknown
        }
        Verdict::Met => FundVerdict::Eligible,
        Verdict::Unknown => FundVerdict::Unknown,
        Verdict::NotMet => FundVerdict::NotEligible,
    };
    // The scheme's known period ends before the step: whether it goes on is not known, so
    // the answer is at best "maybe", and says why.
    if let Some(ended) = f.valid_to.filter(|d| step.start > *d)
        && result.verdict != FundVerdict::NotEligible
    {
        result.verdict = FundVerdict::Unknown;
        let why = Reason::PeriodEnded {
            source: f.id.clone(),
            ended,
        };
        result.reasons.insert(0, note(why, Verdict::Unknown));
    }
    if result.verdict != FundVerdict::NotEligible {
        let (amount, co, extra) = benefit_amount(catalog, profile, f, step);
        result.amount = amount;
        result.co_payment = co;
        // An ended period leads, so a short list (the route card shows two) keeps it.
        let (ended, rest): (Vec<Check>, Vec<Check>) = extra
            .into_iter()
            .partition(|c| matches!(*c.reason, Reason::RatePeriodEnded { .. }));
        result.reasons.splice(0..0, ended);
        result.reasons.extend(rest);
    }
    Some(result)
}

/// Marks a result closed, with why (which names the date the status was checked) first.
fn closed(result: &mut FundingResult, why: Reason, checked: Date) {
    result.verdict = FundVerdict::Closed;
    result.status_checked = checked;
    result.reasons.insert(0, note(why, Verdict::NotMet));
}

/// Says, once, that a figure of source `of` is used after its period ended. Marked as not
/// known (like an uncertain fact); it does not change the verdict.
fn ended_note(extra: &mut Vec<Check>, of: &str, ended: Date) {
    let why = note(pay::period_ended(of, ended), Verdict::Unknown);
    if !extra.contains(&why) {
        extra.insert(0, why);
    }
}

/// Months of a length, as a fraction: `amount × tenths × 3 / 130`.
fn per_months(monthly: Money, w: Weeks) -> Money {
    Money(monthly.0 * w.0 as i64 * 3 / 130)
}

fn benefit_amount(
    catalog: &Catalog,
    profile: &Profile,
    f: &FundingSource,
    step: &StepContext,
) -> (Money, Money, Vec<Check>) {
    let mut extra = Vec::new();
    let share = f.share.map_or(100, |s| s.0 as i64);
    match &f.benefit {
        Benefit::ShareOfFees => {
            let base = step.fees.per_mille(share * 10);
            let mut amount = base;
            // A cap for this kind (master: 50,000 kr) replaces the general one.
            let kind = step.programme.kind;
            let specific = f.caps.iter().any(|c| c.kinds.contains(&kind));
            let caps = f.caps.iter().filter(|c| {
                if specific {
                    c.kinds.contains(&kind)
                } else {
                    c.kinds.is_empty()
                }
            });
            for cap in caps {
                // A cap is a figure of the answer only when there is something to pay.
                if let Some(ended) = cap.valid_to.filter(|d| *d < step.start && base.0 > 0) {
                    ended_note(&mut extra, &f.id, ended);
                }
                let used = used_in_period(profile, step, &f.id, cap.period);
                let left = Money((cap.amount.0 - used.0).max(0));
                if amount > left {
                    amount = left;
                    let reason = Reason::CapReached {
                        cap: cap.amount,
                        period: cap.period,
                        used,
                        left,
                    };
                    extra.push(note(reason, Verdict::Met));
                }
            }
            // The co-payer's part is the rest of what the fund's share covers.
            let co = if f.co_payer.is_some() && share > 0 && share < 100 {
                Money(amount.0 * (100 - share) / share)
            } else {
                Money::ZERO
            };
            if share < 100 {
                let reason = Reason::FundShare {
                    percent: share,
                    co_payment: co,
                };
                extra.push(note(reason, Verdict::Met));
            }
            (amount, co, extra)
        }
        Benefit::WageDifference => match (profile.monthly_pay, step.pay) {
            (Some(now), Some(step_pay)) => {
                let diff = Money((now.0 - step_pay.0).max(0));
                (per_months(diff, step.calendar), Money::ZERO, extra)
            }
            _ => {
                extra.push(note(Reason::WageDifferenceUnknown, Verdict::Unknown));
                (Money::ZERO, Money::ZERO, extra)
            }
        },
        Benefit::WeeklyRate => {
            let variant = svu_variant(step.programme.kind);
            let has_variants = f.rates.iter().any(|r| r.variant.is_some());
            let rate = pay::pick_rate(
                &f.rates,
                step.start,
                profile.age_on(step.start),
                None,
                if has_variants { variant } else { None },
            );
            match rate {
                Some(r) => {
                    if let Some(ended) = pay::ended_before(r, step.start) {
                        ended_note(&mut extra, &f.id, ended);
                    }
                    let weekly = match r.per {
                        crate::catalog::Per::Week => r.amount,
                        crate::catalog::Per::Hour => Money(r.amount.0 * 37),
                        crate::catalog::Per::Day => Money(r.amount.0 * 5),
                        crate::catalog::Per::Month => Money(r.amount.0 * 3 / 13),
                    };
                    (
                        Money(weekly.0 * step.school.0 as i64 / 10),
                        Money::ZERO,
                        extra,
                    )
                }
                None => {
                    let year = step.start.year;
                    extra.push(note(Reason::NoRateForYear { year }, Verdict::Unknown));
                    (Money::ZERO, Money::ZERO, extra)
                }
            }
        }
        Benefit::WageFromStart => match step.following_pay {
            Some(m) => (per_months(m, step.calendar), Money::ZERO, extra),
            None => (Money::ZERO, Money::ZERO, extra),
        },
        Benefit::DagpengePercent(p) => {
            match pay::pick_rate(&f.rates, step.start, None, None, None) {
                Some(r) => {
                    if let Some(ended) = pay::ended_before(r, step.start) {
                        ended_note(&mut extra, &f.id, ended);
                    }
                    let m = Money(pay::monthly(r).0 * *p as i64 / 100);
                    (per_months(m, step.calendar), Money::ZERO, extra)
                }
                None => (Money::ZERO, Money::ZERO, extra),
            }
        }
        Benefit::Income(scheme) => {
            let inc = pay::scheme_income(catalog, profile, scheme, step.start, step.calendar);
            if let Some(r) = inc.period_ended {
                extra.push(note(r, Verdict::Unknown));
            }
            (
                inc.monthly
                    .map_or(Money::ZERO, |m| per_months(m, step.calendar)),
                Money::ZERO,
                extra,
            )
        }
    }
}

/// The monthly income a source gives instead of the programme's own pay, if it does.
pub fn income_from(
    catalog: &Catalog,
    profile: &Profile,
    f: &FundingSource,
    step: &StepContext,
) -> Option<super::routes::Income> {
    let make = |m: Option<Money>, scheme: Option<Id>| super::routes::Income {
        scheme,
        monthly: m,
        change: pay::change(profile, m),
        reason: Reason::FromSource {
            source: f.id.clone(),
            scheme: None,
        },
        period_ended: None,
    };
    match &f.benefit {
        Benefit::Income(s) => {
            let mut inc = pay::scheme_income(catalog, profile, s, step.start, step.calendar);
            inc.reason = Reason::FromSource {
                source: f.id.clone(),
                scheme: Some(Box::new(inc.reason)),
            };
            Some(inc)
        }
        Benefit::WageFromStart => Some(make(step.following_pay, None)),
        Benefit::DagpengePercent(p) => {
            let r = pay::pick_rate(&f.rates, step.start, None, None, None);
            let m = r.map(|r| Money(pay::monthly(r).0 * *p as i64 / 100));
            let mut inc = make(m, None);
            inc.period_ended = r
                .and_then(|r| pay::ended_before(r, step.start))
                .map(|e| pay::period_ended(&f.id, e));
            Some(inc)
        }
        Benefit::WageDifference => profile.monthly_pay.map(|m| make(Some(m), None)),
        _ => None,
    }
}

/// SVU's rate level by programme kind.
pub fn svu_variant(kind: ProgrammeKind) -> Option<&'static str> {
    match kind {
        ProgrammeKind::Fvu => Some("fvu"),
        ProgrammeKind::Avu | ProgrammeKind::HfEnkeltfag | ProgrammeKind::Supplement => {
            Some("gymnasial")
        }
        ProgrammeKind::Akademi
        | ProgrammeKind::Diplom
        | ProgrammeKind::Erhvervsakademi
        | ProgrammeKind::Master => Some("videregaaende"),
        _ => None,
    }
}

/// What this source has paid the person inside the cap's period before the step starts.
fn used_in_period(profile: &Profile, step: &StepContext, source: &str, period: Period) -> Money {
    let start = step.start;
    let inside = |d: Option<Date>| match (period, d) {
        (Period::Rolling12Months, Some(d)) => d <= start && d > start.add_months(-12),
        (Period::CalendarYear, Some(d)) => d.year == start.year && d <= start,
        // A use without a date is assumed recent: the cautious reading.
        (Period::Rolling12Months | Period::CalendarYear, None) => true,
        (Period::PerApplication | Period::PerCourse, _) => false,
    };
    profile
        .funding_used
        .iter()
        .chain(step.earlier.iter())
        .filter(|u| u.source == source && inside(u.date))
        .map(|u| u.amount)
        .sum()
}

/// Sources that exclude each other: keep the one that pays more, mark the other.
fn stack(catalog: &Catalog, results: &mut [FundingResult]) {
    let live =
        |r: &FundingResult| matches!(r.verdict, FundVerdict::Eligible | FundVerdict::Unknown);
    for i in 0..results.len() {
        for j in 0..results.len() {
            if i == j || !live(&results[i]) || !live(&results[j]) {
                continue;
            }
            let excl = |a: &str, b: &str| {
                catalog
                    .funding_source(a)
                    .is_some_and(|f| f.excludes.iter().any(|x| x == b))
            };
            if !(excl(&results[i].source, &results[j].source)
                || excl(&results[j].source, &results[i].source))
            {
                continue;
            }
            // Unknown is not no: while either answer is open, both are shown, each saying
            // that they do not stack.
            let sure = |r: &FundingResult| r.verdict == FundVerdict::Eligible;
            if !sure(&results[i]) || !sure(&results[j]) {
                let with = results[j].source.clone();
                let why = note(Reason::NotWith { with }, Verdict::Unknown);
                if !results[i].reasons.contains(&why) {
                    results[i].reasons.push(why);
                }
                continue;
            }
            // Both sure: i loses when j pays more, or pays the same and comes first.
            let (a, b) = (&results[i], &results[j]);
            let loses = (b.amount, std::cmp::Reverse(j)) > (a.amount, std::cmp::Reverse(i));
            if loses {
                let with = results[j].source.clone();
                let r = &mut results[i];
                r.verdict = FundVerdict::NotEligible;
                r.reasons
                    .insert(0, note(Reason::NotCombined { with }, Verdict::NotMet));
                r.amount = Money::ZERO;
                r.co_payment = Money::ZERO;
            }
        }
    }
}

/// One source's answers over a whole route: per step, the best of them and the sums.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceTotal {
    pub source: Id,
    /// `(step number from 1, programme, answer)` for each step the source concerns.
    pub steps: Vec<(usize, Id, FundingResult)>,
    pub best: FundVerdict,
    /// What the source pays over all steps.
    pub amount: Money,
    /// What the person pays themselves over all steps, where this source is used.
    pub co_payment: Money,
}

impl SourceTotal {
    /// The answer for the first step the source is for (its application window is the one to
    /// show), else for the first step it concerns.
    pub fn first_for(&self) -> Option<&FundingResult> {
        self.steps
            .iter()
            .find(|s| s.2.verdict != FundVerdict::NotEligible)
            .or(self.steps.first())
            .map(|s| &s.2)
    }
}

/// The answers of every source that concerns some step of the route, best verdict first and,
/// among equals, the largest amount first.
pub fn by_source(route: &Route) -> Vec<SourceTotal> {
    let mut out: Vec<SourceTotal> = Vec::new();
    for (i, s) in route.steps.iter().enumerate() {
        for f in &s.funding {
            let at = match out.iter().position(|a| a.source == f.source) {
                Some(at) => at,
                None => {
                    out.push(SourceTotal {
                        source: f.source.clone(),
                        steps: Vec::new(),
                        best: f.verdict,
                        amount: Money::ZERO,
                        co_payment: Money::ZERO,
                    });
                    out.len() - 1
                }
            };
            let a = &mut out[at];
            a.steps.push((i + 1, s.programme.clone(), f.clone()));
            a.best = a.best.min(f.verdict);
            a.amount += f.amount;
            a.co_payment += f.co_payment;
        }
    }
    out.sort_by_key(|a| (a.best, std::cmp::Reverse(a.amount)));
    out
}
