//! One route's funding seen per source: which steps each source concerns, its best answer
//! and the sums over the route (the Funding screen and the printed plan show these).

use super::funding::{FundVerdict, FundingResult};
use super::routes::Route;
use crate::catalog::Money;

/// One source's answers over a route: per step, and the best of them.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceAnswer<'r> {
    pub source: &'r str,
    /// `(step number from 1, programme, answer)` for each step the source concerns.
    pub steps: Vec<(usize, &'r str, &'r FundingResult)>,
    pub best: FundVerdict,
    pub amount: Money,
    pub co_payment: Money,
}

/// The answers of every source that concerns some step of the route, best verdict first.
pub fn answers(route: &Route) -> Vec<SourceAnswer<'_>> {
    let mut out: Vec<SourceAnswer> = Vec::new();
    for (i, s) in route.steps.iter().enumerate() {
        for f in &s.funding {
            let at = match out.iter().position(|a| a.source == f.source) {
                Some(at) => at,
                None => {
                    out.push(SourceAnswer {
                        source: &f.source,
                        steps: Vec::new(),
                        best: f.verdict,
                        amount: Money::ZERO,
                        co_payment: Money::ZERO,
                    });
                    out.len() - 1
                }
            };
            let a = &mut out[at];
            a.steps.push((i + 1, &s.programme, f));
            a.best = a.best.min(f.verdict);
            a.amount += f.amount;
            a.co_payment += f.co_payment;
        }
    }
    out.sort_by_key(|a| (a.best, std::cmp::Reverse(a.amount)));
    out
}
