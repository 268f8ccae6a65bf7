//! Funding: each source evaluated against a person, a programme and a date, with caps over
//! their periods, the fund's share, rates for the year, status and stacking.

use super::eval::Check;
use crate::catalog::{Date, Id, Money, Text};
use serde::Serialize;

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
