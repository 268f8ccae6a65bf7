//! Catalogue values as they read inside a sentence (the form labels in `names.rs` are
//! capitalised), and the employment facts of a reason.

use crate::catalog::{Area, Certificate, EduLevel, Period, ProgrammeKind, Sector, Union};
use crate::engine::reason::EmploymentFact;

pub(super) fn age_bound(en: bool, min: Option<u8>, max: Option<u8>) -> String {
    match (en, min, max) {
        (false, Some(a), Some(b)) => format!("mellem {a} og {b} år"),
        (false, Some(a), None) => format!("mindst {a} år"),
        (false, None, Some(b)) => format!("højst {b} år"),
        (false, None, None) => "en alder".into(),
        (true, Some(a), Some(b)) => format!("between {a} and {b}"),
        (true, Some(a), None) => format!("at least {a}"),
        (true, None, Some(b)) => format!("at most {b}"),
        (true, None, None) => "of a certain age".into(),
    }
}

pub(super) fn in_areas(en: bool, areas: &[Area]) -> String {
    if areas.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = areas.iter().map(|a| area(en, *a)).collect();
    if en {
        format!(" in {}", names.join(" or "))
    } else {
        format!(" i {}", names.join(" eller "))
    }
}

pub(super) fn within(en: bool, years: Option<u8>) -> String {
    match (en, years) {
        (_, None) => String::new(),
        (false, Some(y)) => format!(" inden for de seneste {y} år"),
        (true, Some(y)) => format!(" within the last {y} years"),
    }
}

/// Capitalises the first letter (parts of a sentence joined into one).
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

pub(super) fn employment(en: bool, facts: &[EmploymentFact]) -> String {
    if facts.is_empty() {
        return if en {
            "You are in work"
        } else {
            "Du er i arbejde"
        }
        .into();
    }
    let parts: Vec<String> = facts.iter().map(|f| employment_fact(en, f)).collect();
    capitalise(&parts.join("; "))
}

fn employment_fact(en: bool, f: &EmploymentFact) -> String {
    match f {
        EmploymentFact::Sector { have, want } => {
            let w: Vec<&str> = want.iter().map(|s| sector(en, *s)).collect();
            let (wda, wen) = (w.join(" eller "), w.join(" or "));
            match have {
                Some(s) if want.contains(s) => tr!(
                    en,
                    format!("du er ansat i {}", sector(en, *s)),
                    format!("you work for {}", sector(en, *s)),
                ),
                Some(s) => tr!(
                    en,
                    format!(
                        "du er ansat i {}, der kræves ansættelse i {wda}",
                        sector(en, *s)
                    ),
                    format!("you work for {}; it needs {wen}", sector(en, *s)),
                ),
                None => tr!(
                    en,
                    format!("der kræves ansættelse i {wda}; profilen siger ikke hvilken sektor"),
                    format!("it needs employment in {wen}; the profile does not say which sector"),
                ),
            }
        }
        EmploymentFact::Union { have, want } => {
            let w = want.iter().map(|u| union(*u)).collect::<Vec<_>>().join("/");
            match have {
                Some(u) if want.contains(u) => tr!(
                    en,
                    format!("du er dækket af en {}-overenskomst", union(*u)),
                    format!("you are covered by a {} agreement", union(*u)),
                ),
                Some(u) => tr!(
                    en,
                    format!(
                        "du er dækket af {}; der kræves en {w}-overenskomst",
                        union(*u)
                    ),
                    format!("you are covered by {}; it needs a {w} agreement", union(*u)),
                ),
                None => tr!(
                    en,
                    format!("der kræves en {w}-overenskomst; profilen siger ikke hvilken"),
                    format!("it needs a {w} agreement; the profile does not say which"),
                ),
            }
        }
        EmploymentFact::Seniority { have, min } => match have {
            Some(y) if y >= min => tr!(
                en,
                format!("du har {y} års anciennitet (mindst {min})"),
                format!("you have {y} years' seniority (at least {min})"),
            ),
            Some(y) => tr!(
                en,
                format!("du har {y} års anciennitet; der kræves {min} år"),
                format!("you have {y} years' seniority; {min} years are needed"),
            ),
            None => tr!(
                en,
                format!("der kræves {min} års anciennitet; profilen siger ikke hvor mange du har"),
                format!("{min} years' seniority are needed; the profile does not say"),
            ),
        },
        EmploymentFact::WeeksWithEmployer { have, min } => match have {
            Some(w) if w >= min => tr!(
                en,
                format!("du har været {w} uger hos arbejdsgiveren (mindst {min})"),
                format!("you have been {w} weeks with the employer (at least {min})"),
            ),
            Some(w) => tr!(
                en,
                format!("du har været {w} uger hos arbejdsgiveren; der kræves {min} uger"),
                format!("you have been {w} weeks with the employer; {min} weeks are needed"),
            ),
            None => tr!(
                en,
                format!("der kræves {min} uger hos arbejdsgiveren; profilen siger ikke hvor længe"),
                format!("{min} weeks with the employer are needed; the profile does not say"),
            ),
        },
        EmploymentFact::Notice { have, want } => match (have, want) {
            (Some(true), true) => tr!(en, "du er opsagt".into(), "you are under notice".into()),
            (Some(false), false) => tr!(
                en,
                "du er ikke opsagt".into(),
                "you are not under notice".into(),
            ),
            (Some(true), false) => tr!(
                en,
                "du er opsagt, og ordningen er ikke for opsagte".into(),
                "you are under notice, and it is not for people under notice".into(),
            ),
            (Some(false), true) => tr!(
                en,
                "ordningen er kun for opsagte, og du er ikke opsagt".into(),
                "it is only for people under notice, and you are not".into(),
            ),
            (None, _) => tr!(
                en,
                "profilen siger ikke om du er opsagt".into(),
                "the profile does not say whether you are under notice".into(),
            ),
        },
        EmploymentFact::NotElev { have } => match have {
            Some(false) => tr!(
                en,
                "du er ikke elev".into(),
                "you are not an apprentice".into()
            ),
            Some(true) => tr!(
                en,
                "du er elev, og elever kan ikke søge".into(),
                "you are an apprentice, and apprentices cannot apply".into(),
            ),
            None => tr!(
                en,
                "profilen siger ikke om du er elev".into(),
                "the profile does not say whether you are an apprentice".into(),
            ),
        },
    }
}

pub(super) fn certificate(en: bool, c: Certificate) -> &'static str {
    match (en, c) {
        (false, Certificate::Foerstehjaelp) => "førstehjælpsbevis",
        (false, Certificate::Brandbekaempelse) => "bevis i brandbekæmpelse",
        (true, Certificate::Foerstehjaelp) => "first-aid certificate",
        (true, Certificate::Brandbekaempelse) => "fire-fighting certificate",
    }
}

fn area(en: bool, a: Area) -> &'static str {
    let (da, e) = match a {
        Area::Hjemmepleje => ("hjemmepleje", "home care"),
        Area::Plejecenter => ("plejecenter", "a care home"),
        Area::Sygehus => ("sygehus", "hospital"),
        Area::Psykiatri => ("psykiatri", "psychiatry"),
        Area::Handicap => ("handicapområdet", "disability care"),
        Area::Boern => ("børneområdet", "work with children"),
        Area::Administration => ("administration", "administration"),
        Area::Andet => ("andet arbejde", "other work"),
    };
    if en { e } else { da }
}

fn sector(en: bool, s: Sector) -> &'static str {
    let (da, e) = match s {
        Sector::Kommune => ("en kommune", "a municipality"),
        Sector::Region => ("en region", "a region"),
        Sector::Stat => ("staten", "the state"),
        Sector::Privat => ("det private", "a private employer"),
    };
    if en { e } else { da }
}

fn union(u: Union) -> &'static str {
    match u {
        Union::Foa => "FOA",
        Union::TreF => "3F",
        Union::Bupl => "BUPL",
        Union::HkKommunal => "HK Kommunal",
        Union::Sl => "SL",
        Union::Dsr => "DSR",
        Union::Akademikerne => "Akademikerne",
        Union::Andet => "anden organisation",
    }
}

/// An education level inside a sentence.
pub fn edu(en: bool, e: EduLevel) -> &'static str {
    let (da, eng) = match e {
        EduLevel::Grundskole => ("grundskole", "primary school"),
        EduLevel::Gymnasial => ("gymnasial uddannelse", "upper secondary"),
        EduLevel::Eud => ("erhvervsuddannelse", "vocational education"),
        EduLevel::Kvu => (
            "kort videregående uddannelse",
            "short-cycle higher education",
        ),
        EduLevel::Akademi => ("akademiuddannelse", "academy profession (adult)"),
        EduLevel::Professionsbachelor => ("professionsbachelor", "professional bachelor"),
        EduLevel::Diplom => ("diplomuddannelse", "diploma (adult bachelor level)"),
        EduLevel::Kandidat => ("kandidatuddannelse", "master's degree"),
    };
    if en { eng } else { da }
}

pub(super) fn period_name(en: bool, p: Period) -> &'static str {
    let (da, e) = match p {
        Period::Rolling12Months => ("12 måneder", "12 months"),
        Period::CalendarYear => ("kalenderår", "calendar year"),
        Period::PerApplication => ("ansøgning", "application"),
        Period::PerCourse => ("kursus", "course"),
    };
    if en { e } else { da }
}

/// The plural name of a kind of programme ("AMU-kurser"), as a fund's list names it.
pub fn kind_name(en: bool, k: ProgrammeKind) -> &'static str {
    let (da, e) = match k {
        ProgrammeKind::Gf2 => ("grundforløb 2", "basic course 2"),
        ProgrammeKind::GfPlus => ("grundforløb plus", "basic course plus"),
        ProgrammeKind::Eud => ("erhvervsuddannelser (EUD)", "vocational programmes (EUD)"),
        ProgrammeKind::Euv => (
            "erhvervsuddannelse for voksne",
            "vocational programmes for adults",
        ),
        ProgrammeKind::Eux => ("EUX", "EUX"),
        ProgrammeKind::AmuCourse => ("AMU-kurser", "AMU courses"),
        ProgrammeKind::AmuPackage => ("AMU-pakker", "AMU packages"),
        ProgrammeKind::Supplement => ("suppleringskurser", "supplementary courses"),
        ProgrammeKind::Fvu => ("FVU", "FVU"),
        ProgrammeKind::Avu => ("AVU", "AVU"),
        ProgrammeKind::HfEnkeltfag => ("HF-enkeltfag", "single HF subjects"),
        ProgrammeKind::Akademi => ("akademiuddannelser", "academy programmes"),
        ProgrammeKind::Erhvervsakademi => (
            "erhvervsakademiuddannelser",
            "academy profession programmes",
        ),
        ProgrammeKind::Professionsbachelor => {
            ("professionsbachelorer", "professional bachelor programmes")
        }
        ProgrammeKind::Diplom => ("diplomuddannelser", "diploma programmes"),
        ProgrammeKind::Master => ("masteruddannelser", "master programmes"),
        ProgrammeKind::LocalCourse => ("lokale kurser", "local courses"),
    };
    if en { e } else { da }
}
