//! Why the engine answered as it did, as typed facts. `crate::i18n::reasons` turns them into
//! Danish or English for the window, the command line and the printed plan alike.

use crate::catalog::{
    Area, Certificate, Date, EduLevel, Id, Level, Money, Percent, Period, ProgrammeKind, Sector,
    Subject, Text, TrackCode, Union, Weeks,
};
use serde::Serialize;
use std::sync::Arc;

/// One reason: a requirement leaf, a funding rule, a merit rule, an income or a deadline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Reason {
    // Holding a role, a qualification or a programme.
    /// Held, completed in `year` when known and asked.
    Holds {
        id: Id,
        year: Option<u16>,
    },
    Lacks {
        id: Id,
    },
    /// Held, but the requirement asks when and the profile does not say.
    HoldsUndated {
        id: Id,
    },
    /// Held from `year`, outside the years the requirement asks for.
    HoldsOutsideYears {
        id: Id,
        year: u16,
        after: Option<u16>,
        before: Option<u16>,
    },
    /// Credit makes an earlier programme unnecessary (a gymnasial exam replaces GF2).
    SkippedByMerit {
        programme: Id,
    },

    // Subjects.
    SubjectLevel {
        subject: Subject,
        have: Level,
        need: Level,
    },
    SubjectNotTaken {
        subject: Subject,
        need: Level,
    },
    SubjectUnknown {
        subject: Subject,
        need: Level,
    },

    // Certificates.
    HasCertificate(Certificate),
    LacksCertificate(Certificate),
    /// The profile does not say which certificates the person holds.
    CertificateNotAsked(Certificate),

    // Age.
    Age {
        age: u8,
        on: Date,
        min: Option<u8>,
        max: Option<u8>,
    },
    AgeUnknown {
        min: Option<u8>,
        max: Option<u8>,
    },
    /// The age counts when the contract is signed: `age` on the day signed.
    AgeAtSigning {
        age: u8,
        signed: Date,
        min: Option<u8>,
        max: Option<u8>,
    },
    /// The bound is met when the step starts but not a year before: it depends on the day the
    /// contract is signed, which the profile does not give.
    AgeAtSigningDepends {
        min: Option<u8>,
        max: Option<u8>,
        start: Date,
    },

    // Work experience (months counted as the rules count them).
    Experience {
        have_months: i64,
        need_months: u16,
        areas: Vec<Area>,
        within_years: Option<u8>,
        day_share: Option<Percent>,
        /// Months that count only if enough of them were day shifts.
        maybe_months: i64,
    },
    ExperienceUnknown {
        need_months: u16,
        areas: Vec<Area>,
        within_years: Option<u8>,
    },

    // Employment: the parts the rule asks about, those that decided the verdict first.
    Employment(Vec<EmploymentFact>),
    EmploymentUnknown,
    /// The person said they have no job now.
    NoJob,

    // Highest education.
    EducationUnknown,
    Education {
        have: EduLevel,
    },
    EducationBelow {
        have: EduLevel,
        min: EduLevel,
    },
    EducationAbove {
        have: EduLevel,
        max: EduLevel,
    },
    /// Above the limit but unused for five years, so it does not count.
    EducationOutdated {
        have: EduLevel,
    },
    /// Above the limit unless unused for five years; the profile does not say.
    EducationMaybeOutdated {
        have: EduLevel,
        max: EduLevel,
    },

    // Dagpenge.
    OnDagpenge,
    NotOnDagpenge,
    DagpengeUnknown,

    // A signed training contract (uddannelsesaftale).
    HasContract,
    NoContract,
    ContractUnknown,

    // Earlier dropouts on voksenelevløn.
    DroppedOut {
        programme: Id,
    },
    NotDroppedOut {
        programme: Id,
    },

    /// A rule or text the catalogue states in words (a profile cannot settle it).
    Catalogue(Text),

    /// An open requirement of one step of a route.
    InStep {
        programme: Id,
        track: TrackCode,
        reason: Arc<Reason>,
    },

    // Funding.
    NotListed {
        source: Id,
        programme: Id,
        kind: ProgrammeKind,
    },
    OnlyWhenFollowedBy {
        source: Id,
        next: Vec<Id>,
    },
    NotValidOn {
        source: Id,
        start: Date,
    },
    /// The source pays only for programmes organised full time; this one is not.
    FullTimeOnly {
        source: Id,
        programme: Id,
    },
    /// The scheme's known period ended before the step; whether it goes on is not known.
    PeriodEnded {
        source: Id,
        ended: Date,
    },
    /// The newest figure the catalogue has for `of` (a pay scheme or a funding source: a rate
    /// or a cap) belongs to a period that ended on `ended`; it is used all the same.
    RatePeriodEnded {
        of: Id,
        ended: Date,
    },
    PoolClosed {
        pool: Text,
        checked: Date,
    },
    SourceClosed {
        source: Id,
        checked: Date,
    },
    MoneyUnknown,
    CapReached {
        cap: Money,
        period: Period,
        used: Money,
        left: Money,
    },
    FundShare {
        percent: i64,
        co_payment: Money,
    },
    RestCovered,
    /// The amount depends on the current pay and the pay during the step, not both known.
    WageDifferenceUnknown,
    NoRateForYear {
        year: u16,
    },
    NotCombined {
        with: Id,
    },
    /// Does not stack with another source whose answer is still open.
    NotWith {
        with: Id,
    },
    ApplyFrom {
        source: Id,
    },
    ApplyBy {
        source: Id,
    },
    /// The last day to apply for the step's start has passed.
    ApplyByPassed {
        source: Id,
        by: Date,
    },

    // The fee of a step.
    /// No fee: the highest education `have` is at most `up_to`.
    FeeWaived {
        have: EduLevel,
        up_to: EduLevel,
    },
    /// Full price: the highest education `have` is above `up_to`.
    FeeFullPrice {
        have: EduLevel,
        up_to: EduLevel,
    },
    /// Free up to `up_to`; the profile does not give the education, so the full price is shown.
    FeeDependsOnEducation {
        up_to: EduLevel,
    },

    // Income during a step.
    Scheme {
        scheme: Id,
    },
    SchemeMissing {
        scheme: Id,
    },
    WageKeptPayUnknown {
        scheme: Id,
    },
    SuAmountMissing {
        scheme: Id,
    },
    NoRateForAge {
        scheme: Id,
    },
    /// The scheme paid, with another one the person may get instead.
    SchemeOrMaybe {
        scheme: Id,
        maybe: Id,
        open: Vec<Arc<Reason>>,
    },
    /// Possibly this scheme, if the open questions turn out well.
    PossiblyScheme {
        scheme: Id,
        open: Vec<Arc<Reason>>,
    },
    IncomeUnknown,
    /// Income from a funding source instead of the programme's own pay.
    FromSource {
        source: Id,
        scheme: Option<Box<Reason>>,
    },

    // Merit.
    Merit {
        rule: Id,
        school: Weeks,
        placement: Weeks,
        /// A right; otherwise the school decides after admission.
        right: bool,
        /// Programmes the person need not take first.
        skip: Vec<Id>,
        because: Vec<Arc<Reason>>,
    },
}

/// One part of an employment rule, with how it came out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum EmploymentFact {
    Sector {
        have: Option<Sector>,
        want: Vec<Sector>,
    },
    Union {
        have: Option<Union>,
        want: Vec<Union>,
    },
    Seniority {
        have: Option<u8>,
        min: u8,
    },
    WeeksWithEmployer {
        have: Option<u16>,
        min: u16,
    },
    /// `want`: the rule is for people under notice (true) or not under notice (false).
    Notice {
        have: Option<bool>,
        want: bool,
    },
    NotElev {
        have: Option<bool>,
    },
}
