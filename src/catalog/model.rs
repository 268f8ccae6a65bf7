//! The catalogue as data: roles, programmes, requirements, merit rules, pay schemes, funding
//! sources and the sources every fact rests on. These are the shapes of the RON files.

use super::units::{Date, Length, Money, Percent, Text};
use serde::{Deserialize, Serialize};

mod funding;
pub use funding::*;

/// A stable id shared across files, e.g. `"sosu-hjaelper"`.
pub type Id = String;

/// True for a field's default value, which written files leave out.
fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

/// One RON file: any mix of entry lists. Every list may be left out.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct CatalogFile {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<Programme>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merit: Vec<MeritRule>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pay: Vec<PayScheme>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub funding: Vec<FundingSource>,
    /// In a local pack: ids of entries this file deliberately replaces.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<Id>,
}

/// How far a source can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Confidence {
    Official,
    Fund,
    Union,
    School,
    Municipal,
    Secondary,
    Unconfirmed,
}

/// Where a fact comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[serde(deserialize_with = "super::id_spans::source")]
    pub id: Id,
    pub url: String,
    pub title: String,
    pub publisher: String,
    /// The date the page itself shows, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_date: Option<Date>,
    /// When the fact was last checked against the page.
    pub checked: Date,
    pub confidence: Confidence,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum RoleKind {
    /// A qualification title (SOSU-hjælper, sygeplejerske).
    Qualification,
    /// A function within a job (demenskoordinator, teamleder).
    Function,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Sector {
    Kommune,
    Region,
    Stat,
    Privat,
}

/// A job or function on the ladder.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    #[serde(deserialize_with = "super::id_spans::role")]
    pub id: Id,
    pub name: Text,
    pub kind: RoleKind,
    pub description: Text,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub authorised: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workplaces: Vec<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub salary: Vec<Salary>,
    pub sources: Vec<Id>,
    /// Set when part of this entry could not be confirmed; says what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Text>,
}

/// One observation of pay for a role.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly: Option<Money>,
    /// Løntrin from and to, where the agreement uses them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loentrin: Option<(u8, u8)>,
    pub agreement: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    pub as_of: Date,
    pub source: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Text>,
}

/// What kind of programme this is; funding positive lists refer to these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum ProgrammeKind {
    Gf2,
    GfPlus,
    Eud,
    Euv,
    Eux,
    AmuCourse,
    AmuPackage,
    Supplement,
    Fvu,
    Avu,
    HfEnkeltfag,
    Akademi,
    Erhvervsakademi,
    Professionsbachelor,
    Diplom,
    Master,
    LocalCourse,
}

/// The level of education a programme gives, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum EduLevel {
    Grundskole,
    Gymnasial,
    Eud,
    Kvu,
    Akademi,
    Professionsbachelor,
    Diplom,
    Kandidat,
}

impl EduLevel {
    /// Every level, lowest first (for lists to choose from).
    pub const ALL: [EduLevel; 8] = [
        EduLevel::Grundskole,
        EduLevel::Gymnasial,
        EduLevel::Eud,
        EduLevel::Kvu,
        EduLevel::Akademi,
        EduLevel::Professionsbachelor,
        EduLevel::Diplom,
        EduLevel::Kandidat,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Pace {
    FullTime,
    PartTime,
    Modular,
}

/// The structure of a programme or track: time at school and in placement (oplæring/praktik),
/// and the calendar length where it differs from their sum (holidays, part-time).
#[derive(Debug, Clone, Copy, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    pub school: Length,
    #[serde(default, skip_serializing_if = "is_default")]
    pub placement: Length,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<Length>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum FeeUnit {
    Total,
    Module,
    Week,
    Day,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub amount: Money,
    pub per: FeeUnit,
    /// Number of units a whole programme has (modules, weeks, days), when `per` is not `Total`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<u16>,
    /// Fee waived for people whose highest education is at most this level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_up_to: Option<EduLevel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum TrackCode {
    Eud,
    Euv1,
    Euv2,
    Euv3,
    Kvote1,
    Kvote2,
    Merit,
    Standard,
}

/// A way through a programme with its own eligibility and length (EUV1, kvote 2, ...).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub code: TrackCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<Requirement>,
    /// Left out: the programme's own structure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structure: Option<Structure>,
    /// Left out: the programme's pay schemes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<Vec<Id>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Text>,
}

/// A provider's offer of a programme; its requirements may differ from the programme's.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Offering {
    pub provider: String,
    #[serde(default, skip_serializing_if = "is_default")]
    pub place: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Text>,
    /// Months (1–12) with intake.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub intakes: Vec<u8>,
    /// Replaces the eligibility of the named track at this provider.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<OfferingTrack>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub sources: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Text>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OfferingTrack {
    pub code: TrackCode,
    pub eligibility: Requirement,
}

/// An application deadline that recurs each year.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub label: Text,
    pub month: u8,
    pub day: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track: Option<TrackCode>,
}

/// An education or course.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    #[serde(deserialize_with = "super::id_spans::programme")]
    pub id: Id,
    pub name: Text,
    pub kind: ProgrammeKind,
    pub level: EduLevel,
    pub description: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ects: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amu_number: Option<String>,
    pub structure: Structure,
    pub pace: Pace,
    /// Pay schemes during the programme, best first; the first the person qualifies for applies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pay: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Fee>,
    /// Left out: open to everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admission: Option<Requirement>,
    /// Roles this programme qualifies for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leads_to: Vec<Id>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<Track>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offerings: Vec<Offering>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deadlines: Vec<Deadline>,
    /// Months (1–12) in which the programme starts; empty: any time (courses, supplements).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub intakes: Vec<u8>,
    /// Longest time allowed to complete, for part-time programmes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_years: Option<u8>,
    /// An employer contract (uddannelsesaftale) is needed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub needs_contract: bool,
    /// AMU courses that make up a package.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Id>,
    /// What completing it gives beyond `leads_to`: subject levels and certificates.
    #[serde(default, skip_serializing_if = "is_default")]
    pub grants: Grants,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
    pub sources: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Text>,
}

/// Subject levels and certificates a programme gives (GF2 gives Dansk D, Naturfag E, ...).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Grants {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<(Subject, Level)>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub certificates: Vec<Certificate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Subject {
    Dansk,
    Engelsk,
    Naturfag,
    Matematik,
    Biologi,
    Kemi,
    Fysik,
    Samfundsfag,
    Psykologi,
    Bioteknologi,
    Geovidenskab,
    Erhvervsoekonomi,
    Virksomhedsoekonomi,
    Idraet,
}

/// Subject levels; `A` is the highest, `G` the lowest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Level {
    A,
    B,
    C,
    D,
    E,
    F,
    G,
}

impl Level {
    /// Higher is better: A = 7, G = 1.
    pub fn rank(self) -> u8 {
        match self {
            Level::A => 7,
            Level::B => 6,
            Level::C => 5,
            Level::D => 4,
            Level::E => 3,
            Level::F => 2,
            Level::G => 1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Certificate {
    Foerstehjaelp,
    Brandbekaempelse,
}

/// Where work experience was gained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Area {
    Hjemmepleje,
    Plejecenter,
    Sygehus,
    Psykiatri,
    Handicap,
    Boern,
    Administration,
    Andet,
}

/// Unions and organisations whose collective agreements matter for funding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Union {
    Foa,
    TreF,
    Bupl,
    HkKommunal,
    Sl,
    Dsr,
    Akademikerne,
    Andet,
}

/// A condition on a person, as a tree of typed leaves. Leaves may name programmes that close
/// the gap when the condition is not met (`close`).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub enum Requirement {
    All(Vec<Requirement>),
    Any(Vec<Requirement>),
    AtLeast(u8, Vec<Requirement>),
    /// Holds a role or has completed a programme (by id), optionally within dates.
    Holds {
        id: Id,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        after: Option<Date>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        before: Option<Date>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        close: Vec<Id>,
    },
    Subject {
        subject: Subject,
        level: Level,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        close: Vec<Id>,
    },
    Certificate {
        certificate: Certificate,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        close: Vec<Id>,
    },
    Age {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u8>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u8>,
        /// The age counts on the day the training contract is signed, not when the step
        /// starts (voksenelevløn: 25 at signing).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        at_signing: bool,
    },
    /// Weighted months of work: 24+ h/week counts fully, 8–24 h half, less not at all.
    Experience {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        areas: Vec<Area>,
        months: u16,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        within_years: Option<u8>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        day_share: Option<Percent>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        close: Vec<Id>,
    },
    Employment {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        sectors: Vec<Sector>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        unions: Vec<Union>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_seniority_years: Option<u8>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_weeks_with_employer: Option<u16>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        not_under_notice: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        under_notice: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        not_elev: bool,
    },
    /// Highest completed education within bounds.
    Education {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<EduLevel>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<EduLevel>,
        /// A higher education unused for five years does not count against `max`.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        outdated_ok: bool,
    },
    OnDagpenge,
    /// Has signed an uddannelsesaftale (training contract) with an employer.
    TrainingContract,
    /// Has not dropped out of this programme while on voksenelevløn.
    NoDropout {
        programme: Id,
    },
    /// A rule that cannot be checked from a profile ("ask the school").
    Note {
        text: Text,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        close: Vec<Id>,
    },
}

/// What a merit rule does to a programme.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Effect {
    pub school: Length,
    pub placement: Length,
    /// Cut school time by this share (the 10 % standard cut for adults).
    pub school_percent: Option<Percent>,
    /// Programmes the person does not need to take first (e.g. GF2).
    pub skip: Vec<Id>,
}

/// Shortening of a programme that a person earns from what they already have.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MeritRule {
    #[serde(deserialize_with = "super::id_spans::merit")]
    pub id: Id,
    pub name: Text,
    pub target: Id,
    /// Tracks it applies to; empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tracks: Vec<TrackCode>,
    pub trigger: Requirement,
    pub effect: Effect,
    /// Rules in the same group do not add up; the one with the highest priority applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub priority: u8,
    /// A right (true) or the school's discretion (false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub right: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
    pub sources: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum PayKind {
    /// Fixed rates from the catalogue (elevløn, voksenelevløn).
    Rates,
    /// The person keeps their current wage.
    WageKept,
    /// Statens Uddannelsesstøtte; rates are not in the catalogue unless given.
    Su,
    /// No income from the programme.
    NoPay,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Per {
    Month,
    Week,
    Hour,
    Day,
}

/// One dated rate of a pay scheme or funding source.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    pub amount: Money,
    pub per: Per,
    /// First date the rate applies.
    pub from: Date,
    /// Last day of the period the rate belongs to (an agreement, a calendar year); left out:
    /// no known end. After it the engine still uses the rate, and says that its period ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_min: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_max: Option<u8>,
    /// For elevløn that rises: applies from this month of the programme (1-based).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_month: Option<u16>,
    /// A named variant (SVU level, area), shown with the rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    /// Worked out by Vejviser from what `source` says (a share of the dagpenge rate), not read
    /// on a page: one of Vejviser's own estimates.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimate: bool,
    pub source: Id,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Text>,
}

/// Pay while studying: elevløn, voksenelevløn, SU, wage kept.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PayScheme {
    #[serde(deserialize_with = "super::id_spans::pay")]
    pub id: Id,
    pub name: Text,
    pub kind: PayKind,
    pub description: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<Requirement>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rates: Vec<Rate>,
    pub sources: Vec<Id>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<Text>,
}
