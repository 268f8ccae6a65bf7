//! The route engine: evaluates a person's profile against the catalogue. Requirement checks
//! with reasons, tracks and merit, funding per step, routes between roles, comparison rows and
//! what-if re-runs. No GUI code here.

pub mod compare;
pub mod course;
pub mod eval;
mod eval_work;
pub mod experience;
pub mod finish;
pub mod funding;
pub mod gaps;
pub mod goals;
pub mod merit;
pub mod pay;
pub mod profile;
pub mod reason;
pub mod routes;
pub mod search;
pub mod whatif;

pub use eval::{Check, Evaluation, Verdict};
pub use funding::{FundVerdict, FundingResult};
pub use merit::{AppliedMerit, Personalised};
pub use profile::Profile;
pub use routes::{Query, Route, SortBy, Step, Totals};
pub use whatif::{WhatIf, what_if};
