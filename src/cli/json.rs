//! The JSON of `vejviser routes --format json`: typed records written straight to the output
//! with serde, reasons rendered in the chosen language. Field names are the README's.

use crate::catalog::{Catalog, Date, Id, Money, Weeks};
use crate::engine::eval::Check;
use crate::engine::{Route, Step};
use crate::i18n::Lang;
use serde::Serialize;

/// Lengths in weeks (with tenths).
#[derive(Serialize)]
pub struct Lengths {
    pub calendar: f64,
    pub school: f64,
    pub placement: f64,
}

impl Lengths {
    pub(super) fn of(calendar: Weeks, school: Weeks, placement: Weeks) -> Lengths {
        Lengths {
            calendar: calendar.as_weeks(),
            school: school.as_weeks(),
            placement: placement.as_weeks(),
        }
    }
}

/// A requirement leaf as shown.
#[derive(Serialize)]
pub struct Requirement<'a> {
    pub verdict: String,
    pub reason: String,
    pub close: &'a [Id],
}

#[derive(Serialize)]
pub struct Merit<'a> {
    pub rule: &'a str,
    pub reason: String,
}

#[derive(Serialize)]
pub struct Funding<'a> {
    pub source: &'a str,
    pub verdict: String,
    pub amount: f64,
    pub co_payment: f64,
    pub status_checked: Date,
    pub reasons: Vec<String>,
}

#[derive(Serialize)]
pub struct Deadline {
    pub label: String,
    pub date: Date,
}

#[derive(Serialize)]
pub struct JsonStep<'a> {
    pub programme: &'a str,
    pub name: String,
    pub track: String,
    pub offering: Option<&'a str>,
    pub gap: bool,
    pub start: Date,
    pub end: Date,
    pub weeks: Lengths,
    pub merit: Vec<Merit<'a>>,
    pub monthly_income: Option<f64>,
    pub income_scheme: Option<&'a str>,
    pub income_reason: String,
    /// Figures of the step used after their period ended, in words.
    pub periods_ended: Vec<String>,
    pub fees: f64,
    /// Why the fee is what it is, where a rule decides it, in words.
    pub fee_rule: Option<String>,
    pub funded: f64,
    pub net_cost: f64,
    pub funding: Vec<Funding<'a>>,
    pub deadlines: Vec<Deadline>,
    pub requirements: Vec<Requirement<'a>>,
}

#[derive(Serialize)]
pub struct Totals {
    pub weeks: Lengths,
    pub fees: f64,
    pub funded: f64,
    pub net_cost: f64,
    pub monthly_income: Option<f64>,
    pub income_change: Option<f64>,
    pub steps: usize,
}

#[derive(Serialize)]
pub struct JsonRoute<'a> {
    pub rank: usize,
    pub id: &'a str,
    pub pareto: bool,
    pub from: Option<&'a str>,
    pub to: &'a str,
    pub steps: Vec<JsonStep<'a>>,
    pub totals: Totals,
    pub open: Vec<Requirement<'a>>,
}

/// Kroner with øre as a decimal number.
pub(super) fn kroner(m: Money) -> f64 {
    m.ore() as f64 / 100.0
}

fn requirement<'a>(c: &Catalog, l: Lang, ch: &'a Check) -> Requirement<'a> {
    Requirement {
        verdict: format!("{:?}", ch.verdict),
        reason: l.reason(c, &ch.reason),
        close: &ch.close,
    }
}

fn step<'a>(c: &Catalog, l: Lang, s: &'a Step) -> JsonStep<'a> {
    JsonStep {
        programme: &s.programme,
        name: l.pick(&c.name_of(&s.programme)).to_string(),
        track: format!("{:?}", s.track).to_lowercase(),
        offering: s.offering.as_deref(),
        gap: s.gap,
        start: s.start,
        end: s.end,
        weeks: Lengths::of(s.calendar, s.school, s.placement),
        merit: s
            .merit
            .iter()
            .map(|m| Merit {
                rule: &m.rule,
                reason: l.reason(c, &m.reason),
            })
            .collect(),
        monthly_income: s.income.monthly.map(kroner),
        income_scheme: s.income.scheme.as_deref(),
        income_reason: l.reason(c, &s.income.reason),
        periods_ended: s
            .periods_ended()
            .into_iter()
            .map(|r| l.reason(c, r))
            .collect(),
        fees: kroner(s.fees),
        fee_rule: s.fee_rule.as_ref().map(|r| l.reason(c, r)),
        funded: kroner(s.funded),
        net_cost: kroner(s.net_cost),
        funding: s
            .funding
            .iter()
            .map(|f| Funding {
                source: &f.source,
                verdict: format!("{:?}", f.verdict),
                amount: kroner(f.amount),
                co_payment: kroner(f.co_payment),
                status_checked: f.status_checked,
                reasons: f.reasons.iter().map(|ch| l.reason(c, &ch.reason)).collect(),
            })
            .collect(),
        deadlines: s
            .deadlines
            .iter()
            .map(|(r, d)| Deadline {
                label: l.reason(c, r),
                date: *d,
            })
            .collect(),
        requirements: s
            .requirements
            .checks
            .iter()
            .map(|ch| requirement(c, l, ch))
            .collect(),
    }
}

/// One route as its JSON record; `rank` counts from 1.
pub fn route<'a>(c: &Catalog, r: &'a Route, rank: usize, l: Lang) -> JsonRoute<'a> {
    let t = &r.totals;
    JsonRoute {
        rank,
        id: &r.id,
        pareto: r.pareto,
        from: r.from.as_deref(),
        to: &r.to,
        steps: r.steps.iter().map(|s| step(c, l, s)).collect(),
        totals: Totals {
            weeks: Lengths::of(t.calendar, t.school, t.placement),
            fees: kroner(t.fees),
            funded: kroner(t.funded),
            net_cost: kroner(t.net_cost),
            monthly_income: t.monthly_income.map(kroner),
            income_change: t.income_change.map(|c| c as f64 / 100.0),
            steps: t.steps,
        },
        open: r.open.iter().map(|ch| requirement(c, l, ch)).collect(),
    }
}
