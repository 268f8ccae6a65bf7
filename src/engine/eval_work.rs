//! Requirement leaves about employment and education: sector, union, seniority, notice,
//! apprenticeship, and the highest education with its outdated exception.

use super::eval::{EmploymentReq, Env, Evaluation, Verdict, capitalise, leaf};
use super::names::{edu_name, sector_name, union_name};
use crate::catalog::{EduLevel, Text};

impl Env<'_> {
    pub(super) fn eval_employment(&self, r: EmploymentReq) -> Evaluation {
        let Some(emp) = &self.profile.employment else {
            return leaf(
                Verdict::Unknown,
                Text::new(
                    "Kræver et bestemt ansættelsesforhold; profilen siger ikke hvor du er ansat",
                    "Needs a certain kind of employment; the profile does not say where you work",
                ),
                &[],
            );
        };
        let mut parts: Vec<(Verdict, String, String)> = Vec::new();
        if !r.sectors.is_empty() {
            let want_da = r
                .sectors
                .iter()
                .map(|s| sector_name(*s).0)
                .collect::<Vec<_>>()
                .join(" eller ");
            let want_en = r
                .sectors
                .iter()
                .map(|s| sector_name(*s).1)
                .collect::<Vec<_>>()
                .join(" or ");
            parts.push(match emp.sector {
                Some(s) if r.sectors.contains(&s) => (
                    Verdict::Met,
                    format!("du er ansat i {}", sector_name(s).0),
                    format!("you work for {}", sector_name(s).1),
                ),
                Some(s) => (
                    Verdict::NotMet,
                    format!(
                        "du er ansat i {}, der kræves ansættelse i {want_da}",
                        sector_name(s).0
                    ),
                    format!("you work for {}; it needs {want_en}", sector_name(s).1),
                ),
                None => (
                    Verdict::Unknown,
                    format!(
                        "der kræves ansættelse i {want_da}; profilen siger ikke hvilken sektor"
                    ),
                    format!(
                        "it needs employment in {want_en}; the profile does not say which sector"
                    ),
                ),
            });
        }
        if !r.unions.is_empty() {
            let want = r
                .unions
                .iter()
                .map(|u| union_name(*u))
                .collect::<Vec<_>>()
                .join("/");
            parts.push(match emp.union {
                Some(u) if r.unions.contains(&u) => (
                    Verdict::Met,
                    format!("du er dækket af en {}-overenskomst", union_name(u)),
                    format!("you are covered by a {} agreement", union_name(u)),
                ),
                Some(u) => (
                    Verdict::NotMet,
                    format!(
                        "du er dækket af {}; der kræves en {want}-overenskomst",
                        union_name(u)
                    ),
                    format!(
                        "you are covered by {}; it needs a {want} agreement",
                        union_name(u)
                    ),
                ),
                None => (
                    Verdict::Unknown,
                    format!("der kræves en {want}-overenskomst; profilen siger ikke hvilken"),
                    format!("it needs a {want} agreement; the profile does not say which"),
                ),
            });
        }
        if let Some(min) = r.min_seniority_years {
            parts.push(match emp.seniority_years {
                Some(y) if y >= min => (
                    Verdict::Met,
                    format!("du har {y} års anciennitet (mindst {min})"),
                    format!("you have {y} years' seniority (at least {min})"),
                ),
                Some(y) => (
                    Verdict::NotMet,
                    format!("du har {y} års anciennitet; der kræves {min}"),
                    format!("you have {y} years' seniority; {min} are needed"),
                ),
                None => (
                    Verdict::Unknown,
                    format!(
                        "der kræves {min} års anciennitet; profilen siger ikke hvor mange du har"
                    ),
                    format!("{min} years' seniority are needed; the profile does not say"),
                ),
            });
        }
        if let Some(min) = r.min_weeks {
            parts.push(match emp.weeks_with_employer {
                Some(w) if w >= min => (
                    Verdict::Met,
                    format!("du har været {w} uger hos arbejdsgiveren (mindst {min})"),
                    format!("you have been {w} weeks with the employer (at least {min})"),
                ),
                Some(w) => (
                    Verdict::NotMet,
                    format!("du har været {w} uger hos arbejdsgiveren; der kræves {min}"),
                    format!("you have been {w} weeks with the employer; {min} are needed"),
                ),
                None => (
                    Verdict::Unknown,
                    format!(
                        "der kræves {min} uger hos arbejdsgiveren; profilen siger ikke hvor længe"
                    ),
                    format!("{min} weeks with the employer are needed; the profile does not say"),
                ),
            });
        }
        if r.not_under_notice || r.under_notice {
            let want = r.under_notice;
            parts.push(match emp.under_notice {
                Some(n) if n == want => (
                    Verdict::Met,
                    if n {
                        "du er opsagt".into()
                    } else {
                        "du er ikke opsagt".into()
                    },
                    if n {
                        "you are under notice".into()
                    } else {
                        "you are not under notice".into()
                    },
                ),
                Some(n) => (
                    Verdict::NotMet,
                    if n {
                        "du er opsagt, og ordningen er ikke for opsagte".into()
                    } else {
                        "ordningen er kun for opsagte, og du er ikke opsagt".into()
                    },
                    if n {
                        "you are under notice, and it is not for people under notice".into()
                    } else {
                        "it is only for people under notice, and you are not".into()
                    },
                ),
                None => (
                    Verdict::Unknown,
                    "profilen siger ikke om du er opsagt".into(),
                    "the profile does not say whether you are under notice".into(),
                ),
            });
        }
        if r.not_elev {
            parts.push(match emp.is_elev {
                Some(false) => (
                    Verdict::Met,
                    "du er ikke elev".into(),
                    "you are not an apprentice".into(),
                ),
                Some(true) => (
                    Verdict::NotMet,
                    "du er elev, og elever kan ikke søge".into(),
                    "you are an apprentice, and apprentices cannot apply".into(),
                ),
                None => (
                    Verdict::Unknown,
                    "profilen siger ikke om du er elev".into(),
                    "the profile does not say whether you are an apprentice".into(),
                ),
            });
        }
        let verdict = parts.iter().map(|p| p.0).max().unwrap_or(Verdict::Met);
        // Show the parts that decided the verdict first.
        let mut shown: Vec<&(Verdict, String, String)> =
            parts.iter().filter(|p| p.0 == verdict).collect();
        shown.extend(parts.iter().filter(|p| p.0 != verdict));
        let da = capitalise(
            &shown
                .iter()
                .map(|p| p.1.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        );
        let en = capitalise(
            &shown
                .iter()
                .map(|p| p.2.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        );
        let da = if da.is_empty() {
            "Du er i arbejde".to_string()
        } else {
            da
        };
        let en = if en.is_empty() {
            "You are in work".to_string()
        } else {
            en
        };
        leaf(verdict, Text::new(da, en), &[])
    }

    pub(super) fn eval_education(
        &self,
        min: Option<EduLevel>,
        max: Option<EduLevel>,
        outdated_ok: bool,
    ) -> Evaluation {
        let Some(edu) = self.profile.education else {
            return leaf(
                Verdict::Unknown,
                Text::new(
                    "Afhænger af din højeste uddannelse; profilen siger ikke hvilken",
                    "Depends on your highest education; the profile does not say what it is",
                ),
                &[],
            );
        };
        let (eda, een) = edu_name(edu);
        if let Some(m) = min
            && edu < m
        {
            return leaf(
                Verdict::NotMet,
                Text::new(
                    format!(
                        "Din højeste uddannelse er {eda}; der kræves mindst {}",
                        edu_name(m).0
                    ),
                    format!(
                        "Your highest education is {een}; at least {} is needed",
                        edu_name(m).1
                    ),
                ),
                &[],
            );
        }
        if let Some(m) = max
            && edu > m
        {
            let (mda, men) = edu_name(m);
            return match (outdated_ok, self.profile.education_outdated) {
                (true, Some(true)) => leaf(
                    Verdict::Met,
                    Text::new(
                        format!(
                            "Din uddannelse ({eda}) er forældet (ikke brugt i 5 år), så den tæller ikke"
                        ),
                        format!(
                            "Your education ({een}) is outdated (not used for 5 years), so it does not count"
                        ),
                    ),
                    &[],
                ),
                (true, None) => leaf(
                    Verdict::Unknown,
                    Text::new(
                        format!(
                            "Din højeste uddannelse er {eda}, over grænsen ({mda}), medmindre den ikke er brugt i 5 år; profilen siger ikke"
                        ),
                        format!(
                            "Your highest education is {een}, above the limit ({men}), unless unused for 5 years; the profile does not say"
                        ),
                    ),
                    &[],
                ),
                _ => leaf(
                    Verdict::NotMet,
                    Text::new(
                        format!("Din højeste uddannelse er {eda}; ordningen er for højst {mda}"),
                        format!("Your highest education is {een}; this is for at most {men}"),
                    ),
                    &[],
                ),
            };
        }
        leaf(
            Verdict::Met,
            Text::new(
                format!("Din højeste uddannelse er {eda}"),
                format!("Your highest education is {een}"),
            ),
            &[],
        )
    }
}
