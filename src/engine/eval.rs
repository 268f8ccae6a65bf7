//! Requirement evaluation: met, not met or unknown, each with its reason in Danish and English
//! and, where not met, the programmes that close the gap.

pub use super::experience::{Experience, MILLI_UNITS_PER_MONTH, weighted_experience};
use super::names::area_name;
pub use super::names::{edu_name, name_of, subject_name};
use super::profile::Profile;
use crate::catalog::{
    Area, Catalog, Certificate, Date, Id, Level, Percent, Requirement, Sector, Subject, Text, Union,
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
    pub reason: Arc<Text>,
    /// Programmes that close the gap (from the leaf's `close`).
    pub close: Vec<Id>,
}

/// The answer for a whole requirement tree: its verdict and the leaves that decided it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub verdict: Verdict,
    pub checks: Vec<Check>,
}

impl Evaluation {
    pub fn met() -> Evaluation {
        Evaluation {
            verdict: Verdict::Met,
            checks: Vec::new(),
        }
    }

    /// Both evaluations must hold: the worse verdict, all checks.
    pub fn and(mut self, other: Evaluation) -> Evaluation {
        self.verdict = self.verdict.max(other.verdict);
        self.checks.extend(other.checks);
        self
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
    /// Ids treated as held (earlier steps of a route, merit that skips a programme).
    pub also_holds: &'a [Id],
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
        date: Date::new(2000, 1, 1),
    };
    env.holds(id)
}

pub(super) struct Env<'a> {
    pub(super) profile: &'a Profile,
    pub(super) catalog: &'a Catalog,
    pub(super) also: &'a [Id],
    pub(super) date: Date,
}

pub(super) fn leaf(verdict: Verdict, reason: Text, close: &[Id]) -> Evaluation {
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
            Requirement::Age { min, max } => self.eval_age(*min, *max),
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
                Some(true) => leaf(
                    Verdict::Met,
                    Text::new(
                        "Du er på dagpenge",
                        "You are on unemployment benefit (dagpenge)",
                    ),
                    &[],
                ),
                Some(false) => leaf(
                    Verdict::NotMet,
                    Text::new(
                        "Kræver at du er på dagpenge; det er du ikke",
                        "Needs you to be on unemployment benefit (dagpenge); you are not",
                    ),
                    &[],
                ),
                None => leaf(
                    Verdict::Unknown,
                    Text::new(
                        "Kræver dagpenge; profilen siger ikke om du er på dagpenge",
                        "Needs unemployment benefit (dagpenge); the profile does not say whether you get it",
                    ),
                    &[],
                ),
            },
            Requirement::NoDropout { programme } => {
                let name = self.name(programme);
                let dropped = self
                    .profile
                    .dropouts
                    .iter()
                    .any(|d| &d.programme == programme && d.on_voksenelevloen);
                if dropped {
                    leaf(
                        Verdict::NotMet,
                        Text::new(
                            format!("Du har tidligere afbrudt {} på voksenelevløn", name.da),
                            format!(
                                "You have dropped out of {} on adult apprentice pay before",
                                name.en
                            ),
                        ),
                        &[],
                    )
                } else {
                    leaf(
                        Verdict::Met,
                        Text::new(
                            format!("Du har ikke afbrudt {} på voksenelevløn", name.da),
                            format!(
                                "You have not dropped out of {} on adult apprentice pay",
                                name.en
                            ),
                        ),
                        &[],
                    )
                }
            }
            Requirement::Note { text, close } => leaf(Verdict::Unknown, text.clone(), close),
        }
    }

    fn at_least(&self, n: usize, list: &[Requirement]) -> Evaluation {
        let evals: Vec<Evaluation> = list.iter().map(|r| self.eval(r)).collect();
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
        let checks = match verdict {
            // The alternatives that decided it; the others do not matter to the person.
            Verdict::Met => evals
                .into_iter()
                .filter(|e| e.verdict == Verdict::Met)
                .take(n)
                .flat_map(|e| e.checks)
                .collect(),
            Verdict::Unknown => evals
                .into_iter()
                .filter(|e| e.verdict != Verdict::NotMet)
                .flat_map(|e| e.checks)
                .collect(),
            Verdict::NotMet => evals.into_iter().flat_map(|e| e.checks).collect(),
        };
        Evaluation { verdict, checks }
    }

    fn name(&self, id: &str) -> Text {
        name_of(self.catalog, id)
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
        let name = self.name(id);
        if !self.holds(id) {
            return leaf(
                Verdict::NotMet,
                Text::new(
                    format!("Kræver {}; det har du ikke", name.da),
                    format!("Needs {}; you do not have it", name.en),
                ),
                close,
            );
        }
        if after.is_none() && before.is_none() {
            return leaf(
                Verdict::Met,
                Text::new(
                    format!("Du har {}", name.da),
                    format!("You have {}", name.en),
                ),
                close,
            );
        }
        // Held through an earlier step of the route: completed now, after any bound.
        let year = if self.also.iter().any(|a| a == id) {
            Some(self.date.year)
        } else {
            self.profile
                .qualifications
                .iter()
                .find(|q| q.id == id)
                .and_then(|q| q.year)
        };
        let Some(year) = year else {
            return leaf(
                Verdict::Unknown,
                Text::new(
                    format!("Du har {}, men profilen siger ikke hvornår", name.da),
                    format!("You have {}, but the profile does not say when", name.en),
                ),
                close,
            );
        };
        let ok_after = after.is_none_or(|a| year >= a.year);
        let ok_before = before.is_none_or(|b| year < b.year || (year == b.year && b.month > 6));
        if ok_after && ok_before {
            leaf(
                Verdict::Met,
                Text::new(
                    format!("Du har {} fra {year}", name.da),
                    format!("You have {} from {year}", name.en),
                ),
                close,
            )
        } else {
            let when_da = match (after, before) {
                (Some(a), _) if !ok_after => format!("efter {}", a.year),
                (_, Some(b)) => format!("før {}", b.year),
                _ => String::new(),
            };
            let when_en = when_da.replace("efter", "after").replace("før", "before");
            leaf(
                Verdict::NotMet,
                Text::new(
                    format!("Du har {} fra {year}; der kræves {when_da}", name.da),
                    format!("You have {} from {year}; it must be {when_en}", name.en),
                ),
                close,
            )
        }
    }

    fn eval_subject(&self, subject: Subject, level: Level, close: &[Id]) -> Evaluation {
        let (sda, sen) = subject_name(subject);
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
        match best {
            Some(Some(have)) if have.rank() >= level.rank() => leaf(
                Verdict::Met,
                Text::new(
                    format!("Du har {sda} {have:?}; der kræves {sda} {level:?}"),
                    format!("You have {sen} {have:?}; {sen} {level:?} is needed"),
                ),
                close,
            ),
            Some(Some(have)) => leaf(
                Verdict::NotMet,
                Text::new(
                    format!("Du har {sda} {have:?}; der kræves {sda} {level:?}"),
                    format!("You have {sen} {have:?}; {sen} {level:?} is needed"),
                ),
                close,
            ),
            Some(None) => leaf(
                Verdict::NotMet,
                Text::new(
                    format!("Du har ikke haft {sda}; der kræves {sda} {level:?}"),
                    format!("You have not taken {sen}; {sen} {level:?} is needed"),
                ),
                close,
            ),
            None => leaf(
                Verdict::Unknown,
                Text::new(
                    format!(
                        "Der kræves {sda} {level:?}; profilen siger ikke hvilket niveau du har"
                    ),
                    format!("{sen} {level:?} is needed; the profile does not say your level"),
                ),
                close,
            ),
        }
    }

    fn eval_certificate(&self, cert: Certificate, close: &[Id]) -> Evaluation {
        let (da, en) = match cert {
            Certificate::Foerstehjaelp => ("førstehjælpsbevis", "first-aid certificate"),
            Certificate::Brandbekaempelse => {
                ("bevis i brandbekæmpelse", "fire-fighting certificate")
            }
        };
        let has = self.profile.certificates.contains(&cert)
            || self
                .held_programmes()
                .any(|p| p.grants.certificates.contains(&cert));
        if has {
            leaf(
                Verdict::Met,
                Text::new(format!("Du har {da}"), format!("You have a {en}")),
                close,
            )
        } else {
            leaf(
                Verdict::NotMet,
                Text::new(
                    format!("Kræver {da}; profilen nævner det ikke"),
                    format!("Needs a {en}; the profile does not list one"),
                ),
                close,
            )
        }
    }

    fn eval_age(&self, min: Option<u8>, max: Option<u8>) -> Evaluation {
        let bound_da = match (min, max) {
            (Some(a), Some(b)) => format!("mellem {a} og {b} år"),
            (Some(a), None) => format!("mindst {a} år"),
            (None, Some(b)) => format!("højst {b} år"),
            (None, None) => "en alder".to_string(),
        };
        let bound_en = match (min, max) {
            (Some(a), Some(b)) => format!("between {a} and {b}"),
            (Some(a), None) => format!("at least {a}"),
            (None, Some(b)) => format!("at most {b}"),
            (None, None) => "an age".to_string(),
        };
        let when = crate::i18n::date(crate::i18n::Lang::Da, self.date);
        let when_en = crate::i18n::date(crate::i18n::Lang::En, self.date);
        let Some(age) = self.profile.age_on(self.date) else {
            return leaf(
                Verdict::Unknown,
                Text::new(
                    format!("Der kræves {bound_da}; profilen har ikke dit fødselsår"),
                    format!("You must be {bound_en}; the profile has no birth year"),
                ),
                &[],
            );
        };
        let ok = min.is_none_or(|m| age >= m) && max.is_none_or(|m| age <= m);
        leaf(
            if ok { Verdict::Met } else { Verdict::NotMet },
            Text::new(
                format!("Du er {age} år den {when}; der kræves {bound_da}"),
                format!("You are {age} on {when_en}; you must be {bound_en}"),
            ),
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
        let areas_da = if areas.is_empty() {
            String::new()
        } else {
            format!(
                " i {}",
                areas
                    .iter()
                    .map(|a| area_name(*a).0)
                    .collect::<Vec<_>>()
                    .join(" eller ")
            )
        };
        let areas_en = if areas.is_empty() {
            String::new()
        } else {
            format!(
                " in {}",
                areas
                    .iter()
                    .map(|a| area_name(*a).1)
                    .collect::<Vec<_>>()
                    .join(" or ")
            )
        };
        let within_da = within_years
            .map(|y| format!(" inden for de seneste {y} år"))
            .unwrap_or_default();
        let within_en = within_years
            .map(|y| format!(" within the last {y} years"))
            .unwrap_or_default();
        let Some(work) = &self.profile.work else {
            return leaf(
                Verdict::Unknown,
                Text::new(
                    format!(
                        "Der kræves {months} måneders erfaring{areas_da}{within_da}; profilen har ingen arbejdshistorik"
                    ),
                    format!(
                        "{months} months of experience{areas_en}{within_en} are needed; the profile has no work history"
                    ),
                ),
                close,
            );
        };
        let x = weighted_experience(work, self.date, areas, within_years, day_share);
        let need = months as i64 * MILLI_UNITS_PER_MONTH;
        let have_m = x.counted / MILLI_UNITS_PER_MONTH;
        let verdict = if x.counted >= need {
            Verdict::Met
        } else if x.counted + x.unsure >= need {
            Verdict::Unknown
        } else {
            Verdict::NotMet
        };
        let mut da = format!(
            "Du har {have_m} måneders erfaring{areas_da}{within_da} (24+ timer/uge tæller fuldt, 8–24 timer halvt); der kræves {months}"
        );
        let mut en = format!(
            "You have {have_m} months of experience{areas_en}{within_en} (24+ hours/week count fully, 8–24 hours half); {months} are needed"
        );
        if let Some(p) = day_share {
            da.push_str(&format!(", mindst {} % i dagvagt", p.0));
            en.push_str(&format!(", at least {} % on day shifts", p.0));
            if x.unsure > 0 {
                // The months that may count are named, so "0 months" does not read as none.
                let maybe = x.unsure / MILLI_UNITS_PER_MONTH;
                da.push_str(&format!(
                    "; {maybe} måneder mere tæller, hvis nok af dem var dagvagt: profilen siger ikke hvor meget af tiden var dagvagt"
                ));
                en.push_str(&format!(
                    "; {maybe} more months count if enough of them were day shifts: the profile does not say how much of it was day shifts"
                ));
            }
        }
        leaf(verdict, Text::new(da, en), close)
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

pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
