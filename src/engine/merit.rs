//! Tracks and merit: which track a person qualifies for, and how much shorter the programme
//! is for them after the merit rules that fire.

use super::eval::Evaluation;
use crate::catalog::{Id, Text, TrackCode, Weeks};
use serde::Serialize;

/// A merit rule that fired, and what it took off.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AppliedMerit {
    pub rule: Id,
    pub school_cut: Weeks,
    pub placement_cut: Weeks,
    pub reason: Text,
    pub sources: Vec<Id>,
}

/// A programme as it would be for one person: track, length after merit, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Personalised {
    pub programme: Id,
    pub track: TrackCode,
    /// Provider whose requirements were used, if they differ from the programme's.
    pub offering: Option<String>,
    pub school: Weeks,
    pub placement: Weeks,
    pub calendar: Weeks,
    pub standard_calendar: Weeks,
    pub applied: Vec<AppliedMerit>,
    /// Merit rules in an exclusivity group that lost to a higher-priority rule.
    pub not_combined: Vec<Id>,
    pub eligibility: Evaluation,
}
