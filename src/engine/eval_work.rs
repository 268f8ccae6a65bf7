//! Requirement leaves about employment and education: sector, union, seniority, notice,
//! apprenticeship, and the highest education with its outdated exception.

use super::eval::{EmploymentReq, Env, Evaluation, Verdict, leaf};
use super::reason::{EmploymentFact, Reason};
use crate::catalog::EduLevel;

impl Env<'_> {
    pub(super) fn eval_employment(&self, r: EmploymentReq) -> Evaluation {
        if self.profile.employed() == Some(false) {
            return leaf(Verdict::NotMet, Reason::NoJob, &[]);
        }
        let Some(emp) = &self.profile.employment else {
            return leaf(Verdict::Unknown, Reason::EmploymentUnknown, &[]);
        };
        let mut parts: Vec<(Verdict, EmploymentFact)> = Vec::new();
        let met = |ok: bool| if ok { Verdict::Met } else { Verdict::NotMet };
        if !r.sectors.is_empty() {
            let v = emp
                .sector
                .map_or(Verdict::Unknown, |s| met(r.sectors.contains(&s)));
            let fact = EmploymentFact::Sector {
                have: emp.sector,
                want: r.sectors.to_vec(),
            };
            parts.push((v, fact));
        }
        if !r.unions.is_empty() {
            let v = emp
                .union
                .map_or(Verdict::Unknown, |u| met(r.unions.contains(&u)));
            let fact = EmploymentFact::Union {
                have: emp.union,
                want: r.unions.to_vec(),
            };
            parts.push((v, fact));
        }
        if let Some(min) = r.min_seniority_years {
            let have = emp.seniority_years;
            let v = have.map_or(Verdict::Unknown, |y| met(y >= min));
            parts.push((v, EmploymentFact::Seniority { have, min }));
        }
        if let Some(min) = r.min_weeks {
            let have = emp.weeks_with_employer;
            let v = have.map_or(Verdict::Unknown, |w| met(w >= min));
            parts.push((v, EmploymentFact::WeeksWithEmployer { have, min }));
        }
        if r.not_under_notice || r.under_notice {
            let want = r.under_notice;
            let have = emp.under_notice;
            let v = have.map_or(Verdict::Unknown, |n| met(n == want));
            parts.push((v, EmploymentFact::Notice { have, want }));
        }
        if r.not_elev {
            let have = emp.is_elev;
            let v = have.map_or(Verdict::Unknown, |e| met(!e));
            parts.push((v, EmploymentFact::NotElev { have }));
        }
        let verdict = parts.iter().map(|p| p.0).max().unwrap_or(Verdict::Met);
        // The parts that decided the verdict first.
        let (mut shown, rest): (Vec<_>, Vec<_>) = parts.into_iter().partition(|p| p.0 == verdict);
        shown.extend(rest);
        let facts = shown.into_iter().map(|p| p.1).collect();
        leaf(verdict, Reason::Employment(facts), &[])
    }

    pub(super) fn eval_education(
        &self,
        min: Option<EduLevel>,
        max: Option<EduLevel>,
        outdated_ok: bool,
    ) -> Evaluation {
        let Some(have) = self.profile.education else {
            return leaf(Verdict::Unknown, Reason::EducationUnknown, &[]);
        };
        if let Some(min) = min
            && have < min
        {
            return leaf(Verdict::NotMet, Reason::EducationBelow { have, min }, &[]);
        }
        if let Some(max) = max
            && have > max
        {
            return match (outdated_ok, self.profile.education_outdated) {
                (true, Some(true)) => leaf(Verdict::Met, Reason::EducationOutdated { have }, &[]),
                (true, None) => leaf(
                    Verdict::Unknown,
                    Reason::EducationMaybeOutdated { have, max },
                    &[],
                ),
                _ => leaf(Verdict::NotMet, Reason::EducationAbove { have, max }, &[]),
            };
        }
        leaf(Verdict::Met, Reason::Education { have }, &[])
    }
}
