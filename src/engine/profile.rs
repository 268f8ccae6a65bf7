//! What a person has: the input to every evaluation. Every field may be unknown; saved as RON
//! and read leniently (missing fields take defaults, extra fields are ignored).

use crate::catalog::{
    Area, Certificate, Date, EduLevel, Id, Level, Money, Percent, Sector, Subject, Union,
};
use serde::{Deserialize, Serialize};

/// The profile file format version this program writes.
pub const PROFILE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct Profile {
    pub version: u32,
    /// A label for the saved profile ("Birthe"); never required.
    pub name: String,
    pub birth_year: Option<u16>,
    /// The role the person works in now.
    pub role: Option<Id>,
    /// Completed qualifications and programmes (role or programme ids).
    pub qualifications: Vec<Qualification>,
    /// `None`: not known. `Some(list)`: these levels; subjects not listed were never taken.
    pub subjects: Option<Vec<SubjectLevel>>,
    pub certificates: Vec<Certificate>,
    /// The person has said which certificates they hold: an empty list then means none. When
    /// false and the list is empty, the question was not asked and a missing certificate is
    /// unknown, not missing.
    pub certificates_known: bool,
    /// `None`: not known. `Some(list)`: this is the whole work history.
    pub work: Option<Vec<Work>>,
    pub employment: Option<Employment>,
    /// `Some(false)`: the person has no job now (rules that ask for an employer are not met).
    /// `None`: not said; `employment` being set also means a job.
    pub has_job: Option<bool>,
    /// The kind of upper-secondary exam, when the person has one.
    pub gymnasial: Option<GymExam>,
    /// The school the person prefers (an offering's `provider`); its own admission rules are
    /// then used where it has them.
    pub school: Option<String>,
    /// The day a training contract (uddannelsesaftale) is or will be signed, where pay rules
    /// count the age on that day.
    pub contract_signed: Option<Date>,
    /// Current gross pay per month.
    pub monthly_pay: Option<Money>,
    pub on_dagpenge: Option<bool>,
    /// The person has signed an uddannelsesaftale (training contract) with an employer;
    /// `None`: not known.
    pub training_contract: Option<bool>,
    pub education: Option<EduLevel>,
    /// The highest education has not been used for five years or more.
    pub education_outdated: Option<bool>,
    pub dropouts: Vec<Dropout>,
    /// Funding already received, so caps over rolling periods can be applied.
    pub funding_used: Vec<FundingUse>,
    /// When the person wants to start; `None` means the evaluation date.
    pub planned_start: Option<Date>,
}

/// The kinds of Danish upper-secondary exam.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum GymExam {
    Stx,
    Hf,
    Hhx,
    Htx,
    Eux,
    /// A foreign or older exam recognised as equal.
    Other,
}

impl GymExam {
    pub const ALL: [GymExam; 6] = [
        GymExam::Stx,
        GymExam::Hf,
        GymExam::Hhx,
        GymExam::Htx,
        GymExam::Eux,
        GymExam::Other,
    ];
}

/// The catalogue role an upper-secondary exam of any kind counts as.
pub const GYMNASIAL_EXAM: &str = "gymnasial-eksamen";

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct Qualification {
    pub id: Id,
    pub year: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub struct SubjectLevel {
    pub subject: Subject,
    pub level: Level,
}

/// A period of work.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct Work {
    pub area: Area,
    pub hours_per_week: u8,
    pub from: Date,
    /// `None`: still working there.
    pub to: Option<Date>,
    pub day_share: Option<Percent>,
    /// Time as an elev does not count as experience.
    pub as_elev: bool,
}

impl Default for Work {
    fn default() -> Self {
        Work {
            area: Area::Andet,
            hours_per_week: 37,
            from: Date::new(2020, 1, 1),
            to: None,
            day_share: None,
            as_elev: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct Employment {
    pub sector: Option<Sector>,
    /// The organisation whose collective agreement covers the job (FOA, 3F, ...).
    pub union: Option<Union>,
    pub seniority_years: Option<u8>,
    pub weeks_with_employer: Option<u16>,
    pub under_notice: Option<bool>,
    pub is_elev: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct Dropout {
    pub programme: Id,
    pub on_voksenelevloen: bool,
}

/// Money already received from a funding source.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct FundingUse {
    pub source: Id,
    pub date: Option<Date>,
    pub amount: Money,
}

impl Profile {
    /// A profile that knows only the current role.
    pub fn with_role(role: &str) -> Profile {
        Profile {
            version: PROFILE_VERSION,
            role: Some(role.to_string()),
            ..Profile::default()
        }
    }

    /// Age on a date, when the birth year is known (counted as if born on 1 July).
    pub fn age_on(&self, date: Date) -> Option<u8> {
        let born = self.birth_year?;
        let age = date.year as i32 - born as i32 - if date.month < 7 { 1 } else { 0 };
        u8::try_from(age.max(0)).ok()
    }

    /// True when the person holds a role or completed programme with this id.
    pub fn holds(&self, id: &str) -> bool {
        self.role.as_deref() == Some(id)
            || self.qualifications.iter().any(|q| q.id == id)
            || (id == GYMNASIAL_EXAM && self.gymnasial.is_some())
    }

    /// `Some(false)` when the person said they have no job; `Some(true)` when they have one.
    pub fn employed(&self) -> Option<bool> {
        match (self.has_job, &self.employment) {
            (Some(false), _) => Some(false),
            (_, Some(_)) | (Some(true), None) => Some(true),
            (None, None) => None,
        }
    }

    pub fn subject_level(&self, subject: Subject) -> Option<Option<Level>> {
        let list = self.subjects.as_ref()?;
        Some(
            list.iter()
                .filter(|s| s.subject == subject)
                .map(|s| s.level)
                .max_by_key(|l| l.rank()),
        )
    }
}

/// The most items any one list of a profile may hold. A real person has a few dozen at most;
/// the route search grows with them, so a file with thousands is refused, not worked through.
pub const MAX_ITEMS: usize = 500;

/// A profile list that holds more than [`MAX_ITEMS`]: which list (its field name in the file),
/// how many it holds, and the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    pub list: &'static str,
    pub count: usize,
    pub max: usize,
}

impl Profile {
    /// Checks that every list is within [`MAX_ITEMS`]; the first one over it is returned.
    pub fn check_size(&self) -> Result<(), TooLarge> {
        let lists = [
            ("qualifications", self.qualifications.len()),
            ("subjects", self.subjects.as_ref().map_or(0, Vec::len)),
            ("certificates", self.certificates.len()),
            ("work", self.work.as_ref().map_or(0, Vec::len)),
            ("dropouts", self.dropouts.len()),
            ("funding_used", self.funding_used.len()),
        ];
        match lists.into_iter().find(|&(_, n)| n > MAX_ITEMS) {
            Some((list, count)) => Err(TooLarge {
                list,
                count,
                max: MAX_ITEMS,
            }),
            None => Ok(()),
        }
    }
}
