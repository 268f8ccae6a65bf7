//! Requirement evaluation: met, not met or unknown, each with its typed reason and, where not
//! met, the programmes that close the gap.

pub use super::experience::{Experience, MILLI_UNITS_PER_MONTH, weighted_experience};
use super::profile::Profile;
pub use super::reason::{EmploymentFact, Reason};
use crate::catalog::{
    Area, Catalog, Certificate, Date, Id, Level, Percent, Requirement, Sector, Subject, Union,
};
use serde::Serialize;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Verdict {
    Met,
    Unknown,
    NotMet,
}

/// The answer for one leaf of a requirement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub verdict: Verdict,
    /// Shared: a check is copied into every step and route that shows it.
    pub reason: Arc<Reason>,
    /// Programmes that close the gap (from the leaf's `close`).
    pub close: Vec<Id>,
}

/// The answer for a whole requirement tree: its verdict, the leaves that decided it, and the
/// alternatives the person could take instead.
///
/// Of an `Any` or `AtLeast`, `checks` holds only the branches chosen (those met, else the ones
/// closest to being met): what is missing there is what the person lacks. The other branches
/// are in `instead`, never counted as missing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub verdict: Verdict,
    pub checks: Vec<Check>,
    /// Branches of alternatives not chosen ("or instead").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub instead: Vec<Evaluation>,
}

impl Evaluation {
    pub fn met() -> Evaluation {
        Evaluation {
            verdict: Verdict::Met,
            checks: Vec::new(),
            instead: Vec::new(),
        }
    }

    /// Both evaluations must hold: the worse verdict, all checks (each requirement once).
    pub fn and(mut self, other: Evaluation) -> Evaluation {
        self.verdict = self.verdict.max(other.verdict);
        for c in other.checks {
            if !self.checks.contains(&c) {
                self.checks.push(c);
            }
        }
        self.instead.extend(other.instead);
        self
    }

    /// How far from met, for choosing between alternatives: leaves not met that no programme
    /// closes, then leaves not met, then leaves not known. A branch whose gaps a course closes
    /// is nearer than one that asks for what the person cannot get by a step.
    fn distance(&self) -> (usize, usize, usize) {
        let not_met = self.checks.iter().filter(|c| c.verdict == Verdict::NotMet);
        let stuck = not_met.clone().filter(|c| c.close.is_empty()).count();
        let unknown = self
            .checks
            .iter()
            .filter(|c| c.verdict == Verdict::Unknown)
            .count();
        (stuck, not_met.count(), unknown)
    }

    /// The leaves that are not met or not known.
    pub fn open(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| c.verdict != Verdict::Met)
    }
}

/// What the evaluation may assume beyond the profile.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    /// The day the requirement is judged on (ages, experience, validity).
    pub date: Date,
    /// Ids treated as held (earlier steps of a route).
    pub also_holds: &'a [Id],
    /// Programmes that credit replaces (a gymnasial exam for GF2): they satisfy a requirement
    /// to hold them, but give nothing they contain (no certificates, no subjects).
    pub skipped: &'a [Id],
}

/// Evaluates a requirement for a person.
pub fn evaluate(
    req: &Requirement,
    profile: &Profile,
    catalog: &Catalog,
    ctx: &Context,
) -> Evaluation {
    let date = ctx.date;
    let env = Env {
        profile,
        catalog,
        also: ctx.also_holds,
        skipped: ctx.skipped,
        date,
    };
    env.eval(req)
}

/// Whether a person holds an id, directly or through what an earlier step gave.
pub fn holds(profile: &Profile, catalog: &Catalog, also_holds: &[Id], id: &str) -> bool {
    let env = Env {
        profile,
        catalog,
        also: also_holds,
        skipped: &[],
        date: Date::new(2000, 1, 1),
    };
    env.holds(id)
}

pub(super) struct Env<'a> {
    pub(super) profile: &'a Profile,
    pub(super) catalog: &'a Catalog,
    pub(super) also: &'a [Id],
    pub(super) skipped: &'a [Id],
    pub(super) date: Date,
}

pub(super) fn leaf(verdict: Verdict, reason: Reason, close: &[Id]) -> Evaluation {
    let close = if verdict == Verdict::NotMet {
        close.to_vec()
    } else {
        Vec::new()
    };
    Evaluation {
        verdict,
        checks: vec![Check {
            verdict,
            reason: Arc::new(reason),
            close,
        }],
        instead: Vec::new(),
    }
}

impl Env<'_> {
    fn eval(&self, req: &Requirement) -> Evaluation {
        match req {
            Requirement::All(list) => {
                let mut out = Evaluation::met();
                for r in list {
                    out = out.and(self.eval(r));
                }
                out
            }
            Requirement::Any(list) => self.at_least(1, list),
            Requirement::AtLeast(n, list) => self.at_least(*n as usize, list),
            Requirement::Holds {
                id,
                after,
                before,
                close,
            } => self.eval_holds(id, *after, *before, close),
            Requirement::Subject {
                subject,
                level,
                close,
            } => self.eval_subject(*subject, *level, close),
            Requirement::Certificate { certificate, close } => {
                self.eval_certificate(*certificate, close)
            }
            Requirement::Age {
                min,
                max,
                at_signing,
            } => self.eval_age(*min, *max, *at_signing),
            Requirement::Experience {
                areas,
                months,
                within_years,
                day_share,
                close,
            } => self.eval_experience(areas, *months, *within_years, *day_share, close),
            Requirement::Employment {
                sectors,
                unions,
                min_seniority_years,
                min_weeks_with_employer,
                not_under_notice,
                under_notice,
                not_elev,
            } => self.eval_employment(EmploymentReq {
                sectors,
                unions,
                min_seniority_years: *min_seniority_years,
                min_weeks: *min_weeks_with_employer,
                not_under_notice: *not_under_notice,
                under_notice: *under_notice,
                not_elev: *not_elev,
            }),
            Requirement::Education {
                min,
                max,
                outdated_ok,
            } => self.eval_education(*min, *max, *outdated_ok),
            Requirement::OnDagpenge => match self.profile.on_dagpenge {
                Some(true) => leaf(Verdict::Met, Reason::OnDagpenge, &[]),
                Some(false) => leaf(Verdict::NotMet, Reason::NotOnDagpenge, &[]),
                None => leaf(Verdict::Unknown, Reason::DagpengeUnknown, &[]),
            },
            Requirement::TrainingContract => match self.profile.training_contract {
                Some(true) => leaf(Verdict::Met, Reason::HasContract, &[]),
                Some(false) => leaf(Verdict::NotMet, Reason::NoContract, &[]),
                None => leaf(Verdict::Unknown, Reason::ContractUnknown, &[]),
            },
            Requirement::NoDropout { programme } => {
                let dropped = self
                    .profile
                    .dropouts
                    .iter()
                    .any(|d| &d.programme == programme && d.on_voksenelevloen);
                let programme = programme.clone();
                if dropped {
                    leaf(Verdict::NotMet, Reason::DroppedOut { programme }, &[])
                } else {
                    leaf(Verdict::Met, Reason::NotDroppedOut { programme }, &[])
                }
            }
            Requirement::Note { text, close } => {
                leaf(Verdict::Unknown, Reason::Catalogue(text.clone()), close)
            }
        }
    }

    fn at_least(&self, n: usize, list: &[Requirement]) -> Evaluation {
        let mut evals: Vec<Evaluation> = list.iter().map(|r| self.eval(r)).collect();
        let met = evals.iter().filter(|e| e.verdict == Verdict::Met).count();
        let unknown = evals
            .iter()
            .filter(|e| e.verdict == Verdict::Unknown)
            .count();
        let verdict = if met >= n {
            Verdict::Met
        } else if met + unknown >= n {
            Verdict::Unknown
        } else {
            Verdict::NotMet
        };
        // The n branches closest to met decide; a stable sort keeps the catalogue's order
        // between equals, so the first-listed route is preferred.
        evals.sort_by_key(|e| (e.verdict, e.distance()));
        let rest = evals.split_off(n.min(evals.len()));
        let mut out = Evaluation {
            verdict,
            checks: Vec::new(),
            instead: Vec::new(),
        };
        for e in evals {
            out = out.and(e);
        }
        out.verdict = verdict;
        // Once met, the other branches do not matter to the person.
        if verdict != Verdict::Met {
            out.instead.extend(rest);
        }
        out
    }

    fn holds(&self, id: &str) -> bool {
        if self.profile.holds(id) || self.also.iter().any(|a| a == id) {
            return true;
        }
        // A completed programme gives the roles it leads to.
        let quals = self.profile.qualifications.iter().map(|q| &q.id);
        quals.chain(self.also.iter()).any(|q| {
            self.catalog
                .programme(q)
                .is_some_and(|p| p.leads_to.iter().any(|r| r == id))
        })
    }

    fn held_programmes(&self) -> impl Iterator<Item = &crate::catalog::Programme> {
        let quals = self.profile.qualifications.iter().map(|q| &q.id);
        quals
            .chain(self.also.iter())
            .filter_map(|id| self.catalog.programme(id))
    }

    fn eval_holds(
        &self,
        id: &str,
        after: Option<Date>,
        before: Option<Date>,
        close: &[Id],
    ) -> Evaluation {
        let id = id.to_string();
        if !self.holds(&id) {
            if self.skipped.contains(&id) {
                return leaf(
                    Verdict::Met,
                    Reason::SkippedByMerit { programme: id },
                    close,
                );
            }
            return leaf(Verdict::NotMet, Reason::Lacks { id }, close);
        }
        if after.is_none() && before.is_none() {
            return leaf(Verdict::Met, Reason::Holds { id, year: None }, close);
        }
        // Held through an earlier step of the route: completed now, after any bound.
        let year = if self.also.contains(&id) {
            Some(self.date.year)
        } else {
            self.profile
                .qualifications
                .iter()
                .find(|q| q.id == id)
                .and_then(|q| q.year)
        };
        let Some(year) = year else {
            return leaf(Verdict::Unknown, Reason::HoldsUndated { id }, close);
        };
        let ok_after = after.is_none_or(|a| year >= a.year);
        let ok_before = before.is_none_or(|b| year < b.year || (year == b.year && b.month > 6));
        if ok_after && ok_before {
            leaf(
                Verdict::Met,
                Reason::Holds {
                    id,
                    year: Some(year),
                },
                close,
            )
        } else {
            // The bound that was broken.
            let (after, before) = if !ok_after {
                (after.map(|a| a.year), None)
            } else {
                (None, before.map(|b| b.year))
            };
            leaf(
                Verdict::NotMet,
                Reason::HoldsOutsideYears {
                    id,
                    year,
                    after,
                    before,
                },
                close,
            )
        }
    }

    fn eval_subject(&self, subject: Subject, level: Level, close: &[Id]) -> Evaluation {
        let granted = self
            .held_programmes()
            .flat_map(|p| p.grants.subjects.iter())
            .filter(|(s, _)| *s == subject)
            .map(|(_, l)| *l)
            .max_by_key(|l| l.rank());
        let own = self.profile.subject_level(subject);
        let best = match (own, granted) {
            (Some(Some(a)), Some(b)) => Some(Some(if a.rank() >= b.rank() { a } else { b })),
            (Some(a), None) => Some(a),
            (_, Some(b)) => Some(Some(b)),
            (None, None) => None,
        };
        let need = level;
        match best {
            Some(Some(have)) => leaf(
                if have.rank() >= level.rank() {
                    Verdict::Met
                } else {
                    Verdict::NotMet
                },
                Reason::SubjectLevel {
                    subject,
                    have,
                    need,
                },
                close,
            ),
            Some(None) => leaf(
                Verdict::NotMet,
                Reason::SubjectNotTaken { subject, need },
                close,
            ),
            None => leaf(
                Verdict::Unknown,
                Reason::SubjectUnknown { subject, need },
                close,
            ),
        }
    }

    fn eval_certificate(&self, cert: Certificate, close: &[Id]) -> Evaluation {
        let has = self.profile.certificates.contains(&cert)
            || self
                .held_programmes()
                .any(|p| p.grants.certificates.contains(&cert));
        let asked = self.profile.certificates_known || !self.profile.certificates.is_empty();
        if has {
            leaf(Verdict::Met, Reason::HasCertificate(cert), close)
        } else if asked {
            leaf(Verdict::NotMet, Reason::LacksCertificate(cert), close)
        } else {
            leaf(Verdict::Unknown, Reason::CertificateNotAsked(cert), close)
        }
    }

    fn eval_age(&self, min: Option<u8>, max: Option<u8>, at_signing: bool) -> Evaluation {
        let ok = |age: u8| min.is_none_or(|m| age >= m) && max.is_none_or(|m| age <= m);
        let verdict = |yes: bool| if yes { Verdict::Met } else { Verdict::NotMet };
        if at_signing && let Some(signed) = self.profile.contract_signed {
            let Some(age) = self.profile.age_on(signed) else {
                return leaf(Verdict::Unknown, Reason::AgeUnknown { min, max }, &[]);
            };
            let why = Reason::AgeAtSigning {
                age,
                signed,
                min,
                max,
            };
            return leaf(verdict(ok(age)), why, &[]);
        }
        let Some(age) = self.profile.age_on(self.date) else {
            return leaf(Verdict::Unknown, Reason::AgeUnknown { min, max }, &[]);
        };
        if at_signing
            && ok(age)
            && let Some(before) = self.profile.age_on(self.date.add_months(-12))
            && !ok(before)
        {
            let why = Reason::AgeAtSigningDepends {
                min,
                max,
                start: self.date,
            };
            return leaf(Verdict::Unknown, why, &[]);
        }
        leaf(
            verdict(ok(age)),
            Reason::Age {
                age,
                on: self.date,
                min,
                max,
            },
            &[],
        )
    }

    fn eval_experience(
        &self,
        areas: &[Area],
        months: u16,
        within_years: Option<u8>,
        day_share: Option<Percent>,
        close: &[Id],
    ) -> Evaluation {
        let Some(work) = &self.profile.work else {
            return leaf(
                Verdict::Unknown,
                Reason::ExperienceUnknown {
                    need_months: months,
                    areas: areas.to_vec(),
                    within_years,
                },
                close,
            );
        };
        let x = weighted_experience(work, self.date, areas, within_years, day_share);
        let need = months as i64 * MILLI_UNITS_PER_MONTH;
        let verdict = if x.counted >= need {
            Verdict::Met
        } else if x.counted + x.unsure >= need {
            Verdict::Unknown
        } else {
            Verdict::NotMet
        };
        let reason = Reason::Experience {
            have_months: x.counted / MILLI_UNITS_PER_MONTH,
            need_months: months,
            areas: areas.to_vec(),
            within_years,
            day_share,
            maybe_months: if day_share.is_some() {
                x.unsure / MILLI_UNITS_PER_MONTH
            } else {
                0
            },
        };
        leaf(verdict, reason, close)
    }
}

pub(super) struct EmploymentReq<'a> {
    pub(super) sectors: &'a [Sector],
    pub(super) unions: &'a [Union],
    pub(super) min_seniority_years: Option<u8>,
    pub(super) min_weeks: Option<u16>,
    pub(super) not_under_notice: bool,
    pub(super) under_notice: bool,
    pub(super) not_elev: bool,
}
