//! Routes from where a person is to a target role: steps, gap-closing steps, length, income,
//! costs, funding, ranking and the Pareto set.

use super::eval::{Check, Evaluation};
use super::funding::FundingResult;
use super::merit::AppliedMerit;
use super::reason::Reason;
use crate::catalog::{Catalog, Date, Id, Money, Text, TrackCode, Weeks};
use serde::Serialize;
use std::sync::Arc;

pub use super::search::find_routes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
pub enum SortBy {
    #[default]
    Fastest,
    Cheapest,
    Income,
    Steps,
}

/// What to look for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Query {
    /// Starting role; `None` uses the profile's role.
    pub from: Option<Id>,
    pub to: Id,
    /// Most programmes in a route, gap-closing steps not counted.
    pub max_steps: usize,
    pub sort: SortBy,
    /// Start of the first step; `None` uses the profile's planned start, else the first day
    /// the funds can still be applied to from `today`.
    pub start: Option<Date>,
    /// The date the question is asked on: the earliest start, and the day ages and
    /// deadlines are judged against.
    pub today: Date,
}

/// Income during a step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Income {
    pub scheme: Option<Id>,
    /// Gross per month; `None` when the catalogue has no amount.
    pub monthly: Option<Money>,
    /// Against the person's current pay (negative: less).
    pub change: Option<i64>,
    pub reason: Reason,
    /// Set (to [`Reason::RatePeriodEnded`]) when the amount rests on a rate whose period
    /// ended before the step: the newest the catalogue knows, used all the same.
    pub period_ended: Option<Reason>,
}

/// One programme in a route, personalised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub programme: Id,
    pub track: TrackCode,
    pub offering: Option<String>,
    /// Inserted to close a gap in a later step's requirements.
    pub gap: bool,
    pub start: Date,
    pub end: Date,
    pub school: Weeks,
    pub placement: Weeks,
    pub calendar: Weeks,
    /// The length if the school also grants the merit it decides case by case.
    pub calendar_if_granted: Option<Weeks>,
    pub merit: Vec<AppliedMerit>,
    pub income: Income,
    pub fees: Money,
    /// Why the fee is what it is, where a rule decides it (free up to an education level).
    pub fee_rule: Option<Reason>,
    pub funding: Vec<FundingResult>,
    pub funded: Money,
    pub net_cost: Money,
    pub deadlines: Vec<(Reason, Date)>,
    pub requirements: Evaluation,
    /// Shorter tracks listed before the chosen one, with what the person lacks for them.
    pub tracks_passed: Vec<(TrackCode, Vec<Check>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Totals {
    pub calendar: Weeks,
    pub school: Weeks,
    pub placement: Weeks,
    pub fees: Money,
    pub funded: Money,
    pub net_cost: Money,
    /// Average monthly income over the route, where every step's income is known.
    pub monthly_income: Option<Money>,
    pub income_change: Option<i64>,
    pub steps: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Route {
    /// Stable id from the step programme and track ids.
    pub id: String,
    pub from: Option<Id>,
    pub to: Id,
    /// Shared: routes of one search that begin alike share their priced steps.
    pub steps: Vec<Arc<Step>>,
    pub totals: Totals,
    /// No other route is at least as good on every ranking and better on one.
    pub pareto: bool,
    /// Every requirement not met or unknown along the route.
    pub open: Vec<Check>,
}

impl Query {
    /// Routes to `to` from the profile's role, asked on `today`, up to four programmes,
    /// fastest first.
    pub fn to(to: &str, today: Date) -> Query {
        Query {
            from: None,
            to: to.to_string(),
            max_steps: 4,
            sort: SortBy::Fastest,
            start: None,
            today,
        }
    }
}

impl SortBy {
    pub fn parse(s: &str) -> Option<SortBy> {
        match s {
            "fastest" => Some(SortBy::Fastest),
            "cheapest" => Some(SortBy::Cheapest),
            "income" => Some(SortBy::Income),
            "steps" => Some(SortBy::Steps),
            _ => None,
        }
    }
}

impl Reason {
    /// True for the fact that a figure is used after its period ended.
    pub fn is_period_ended(&self) -> bool {
        matches!(self, Reason::RatePeriodEnded { .. })
    }
}

impl Step {
    /// Every figure of this step used after its period ended: the income's and those of the
    /// funding that may pay (a source that does not is no figure of the answer).
    pub fn periods_ended(&self) -> Vec<&Reason> {
        let mut out: Vec<&Reason> = self.income.period_ended.iter().collect();
        let funding = self
            .funding
            .iter()
            .filter(|f| f.verdict != super::funding::FundVerdict::NotEligible)
            .flat_map(|f| f.reasons.iter().map(|c| c.reason.as_ref()));
        for r in funding.filter(|r| r.is_period_ended()) {
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }
}

impl Route {
    /// Every figure of the route used after its period ended, each once.
    pub fn periods_ended(&self) -> Vec<&Reason> {
        let mut out: Vec<&Reason> = Vec::new();
        for r in self.steps.iter().flat_map(|s| s.periods_ended()) {
            if !out.contains(&r) {
                out.push(r);
            }
        }
        out
    }

    /// For each step, its programme's uncertain facts unless an earlier step of the route had
    /// the same (the supplements share one caveat, which is said once).
    pub fn caveats<'c>(&self, catalog: &'c Catalog) -> Vec<Option<&'c Text>> {
        let mut said: Vec<&Text> = Vec::new();
        let mut out = Vec::with_capacity(self.steps.len());
        for s in &self.steps {
            let u = catalog
                .programme(&s.programme)
                .and_then(|p| p.uncertain.as_ref())
                .filter(|u| !said.contains(u));
            said.extend(u);
            out.push(u);
        }
        out
    }
}
