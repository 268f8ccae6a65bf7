//! Funds, allowances and pools: what they pay for, how much, when and for whom.

use super::*;

/// What a funding source pays for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Cost {
    Fees,
    Materials,
    Transport,
    Accommodation,
    WageDifference,
    WageCompensation,
    LivingAllowance,
    Wage,
}

/// How a funding source's amount is worked out for a step.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Benefit {
    /// A share (`share`) of the fees, up to the caps.
    ShareOfFees,
    /// Tops the person's pay up from the step's pay to their current wage.
    WageDifference,
    /// A rate per school week from `rates` (VEU, SVU).
    WeeklyRate,
    /// The programme is paid as a wage from the start (trepart GF2 løn).
    WageFromStart,
    /// A percentage of the person's dagpenge.
    DagpengePercent(u16),
    /// The step is paid by this pay scheme instead of the programme's default (voksenelevløn).
    Income(Id),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Period {
    Rolling12Months,
    CalendarYear,
    PerApplication,
    PerCourse,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cap {
    pub amount: Money,
    pub period: Period,
    /// Applies only to these programme kinds (master: 50,000 kr); empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<ProgrammeKind>,
    /// Last day of the agreement the cap is known under; after it the cap is still applied,
    /// with a word that its period ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum State {
    Open,
    Closed,
    Unknown,
}

/// Whether money can be had now, as of the date it was checked.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Status {
    pub state: State,
    pub checked: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    pub source: Id,
}

/// A part of a fund reserved for certain programmes, with its own status.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Pool {
    pub name: Text,
    pub programmes: Vec<Id>,
    pub status: Status,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Signer {
    Employee,
    Leader,
    Tr,
    School,
    Jobcenter,
}

/// When an application can be made, relative to the start.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Window {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest_months_before: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_days_before: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl Window {
    /// No limits and no note: the default, left out of written files.
    fn is_empty(&self) -> bool {
        self.earliest_months_before.is_none()
            && self.latest_days_before.is_none()
            && self.note.is_none()
    }
}

/// A fund, allowance or pool that can pay for a step.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FundingSource {
    #[serde(deserialize_with = "crate::catalog::id_spans::funding")]
    pub id: Id,
    pub name: Text,
    pub administrator: String,
    pub legal_basis: String,
    pub description: Text,
    /// Conditions on the person.
    pub eligibility: Requirement,
    /// Programme kinds it covers (positive list); empty means any kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<ProgrammeKind>,
    /// Programmes it covers regardless of kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<Id>,
    /// Covers a programme only when the route goes on to one of these (trepart GF2 løn).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub followed_by: Vec<Id>,
    pub covers: Vec<Cost>,
    pub benefit: Benefit,
    /// The fund's share of the costs it covers (80 %); left out: all of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<Percent>,
    /// Who pays the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co_payer: Option<Text>,
    /// Who receives the money, when not the person (the workplace, the employer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_to: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub caps: Vec<Cap>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rates: Vec<Rate>,
    #[serde(default, skip_serializing_if = "Window::is_empty")]
    pub window: Window,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signers: Vec<Signer>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub how_to_apply: Vec<Text>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pools: Vec<Pool>,
    /// Pays only for programmes organised full time (SVU at higher level).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub full_time_only: bool,
    /// Sources this one cannot be combined with for the same step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excludes: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
    pub sources: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Text>,
}
