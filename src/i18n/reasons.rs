//! The engine's typed reasons as Danish or English sentences: the one place the window, the
//! command line and the printed plan get their words for verdicts from.

use super::phrases::{
    age_bound, certificate, edu, employment, in_areas, kind_name, period_name, within,
};
use super::{Lang, date, length, money};
use crate::catalog::{Catalog, Id};
use crate::engine::reason::Reason;
use std::sync::Arc;

impl Lang {
    /// A reason as one sentence in this language.
    pub fn reason(self, c: &Catalog, r: &Reason) -> String {
        let en = self.is_en();
        let name = |id: &Id| self.pick(&c.name_of(id)).to_string();
        match r {
            Reason::Holds { id, year: None } => {
                tr!(en, format!("Du har {}", name(id)), format!("You have {}", name(id)))
            }
            Reason::Holds { id, year: Some(y) } => tr!(en,
                format!("Du har {} fra {y}", name(id)),
                format!("You have {} from {y}", name(id)),
            ),
            Reason::Lacks { id } => tr!(en,
                format!("Kræver {}; det har du ikke", name(id)),
                format!("Needs {}; you do not have it", name(id)),
            ),
            Reason::HoldsUndated { id } => tr!(en,
                format!("Du har {}, men profilen siger ikke hvornår", name(id)),
                format!("You have {}, but the profile does not say when", name(id)),
            ),
            Reason::HoldsOutsideYears {
                id,
                year,
                after,
                before,
            } => {
                let (da_when, en_when) = match (after, before) {
                    (Some(a), _) => (format!("efter {a}"), format!("after {a}")),
                    (_, Some(b)) => (format!("før {b}"), format!("before {b}")),
                    (None, None) => (String::new(), String::new()),
                };
                tr!(en,
                    format!("Du har {} fra {year}; der kræves {da_when}", name(id)),
                    format!("You have {} from {year}; it must be {en_when}", name(id)),
                )
            }
            Reason::SkippedByMerit { programme } => tr!(en,
                format!("Du skal ikke tage {} først: merit", name(programme)),
                format!("You need not take {} first: credit", name(programme)),
            ),
            Reason::SubjectLevel {
                subject,
                have,
                need,
            } => {
                let s = self.subject(*subject);
                tr!(en,
                    format!("Du har {s} {have:?}; der kræves {s} {need:?}"),
                    format!("You have {s} {have:?}; {s} {need:?} is needed"),
                )
            }
            Reason::SubjectNotTaken { subject, need } => {
                let s = self.subject(*subject);
                tr!(en,
                    format!("Du har ikke haft {s}; der kræves {s} {need:?}"),
                    format!("You have not taken {s}; {s} {need:?} is needed"),
                )
            }
            Reason::SubjectUnknown { subject, need } => {
                let s = self.subject(*subject);
                tr!(en,
                    format!("Der kræves {s} {need:?}; profilen siger ikke hvilket niveau du har"),
                    format!("{s} {need:?} is needed; the profile does not say your level"),
                )
            }
            Reason::HasCertificate(cert) => tr!(en,
                format!("Du har {}", certificate(false, *cert)),
                format!("You have a {}", certificate(true, *cert)),
            ),
            Reason::LacksCertificate(cert) => tr!(en,
                format!("Kræver {}; profilen nævner det ikke", certificate(false, *cert)),
                format!(
                    "Needs a {}; the profile does not list one",
                    certificate(true, *cert)
                ),
            ),
            Reason::CertificateNotAsked(cert) => tr!(en,
                format!(
                    "Kræver {}; profilen siger ikke, om du har det",
                    certificate(false, *cert)
                ),
                format!(
                    "Needs a {}; the profile does not say whether you have one",
                    certificate(true, *cert)
                ),
            ),
            Reason::AgeAtSigning {
                age,
                signed,
                min,
                max,
            } => tr!(en,
                format!(
                    "Du er {age} år, når kontrakten skrives under den {}; der kræves {} ved underskriften",
                    date(self, *signed),
                    age_bound(false, *min, *max)
                ),
                format!(
                    "You are {age} when the contract is signed on {}; you must be {} when you sign",
                    date(self, *signed),
                    age_bound(true, *min, *max)
                ),
            ),
            Reason::AgeAtSigningDepends { min, max, start } => tr!(en,
                format!(
                    "Der kræves {} den dag, du skriver under på kontrakten. Det er du, når forløbet starter den {}, men ikke et år før; skriv datoen for underskriften i profilen",
                    age_bound(false, *min, *max),
                    date(self, *start)
                ),
                format!(
                    "You must be {} on the day you sign the contract. You are when the step starts on {}, but not a year before; give the signing date in the profile",
                    age_bound(true, *min, *max),
                    date(self, *start)
                ),
            ),
            Reason::Age { age, on, min, max } => tr!(en,
                format!(
                    "Du er {age} år den {}; der kræves {}",
                    date(self, *on),
                    age_bound(false, *min, *max)
                ),
                format!(
                    "You are {age} on {}; you must be {}",
                    date(self, *on),
                    age_bound(true, *min, *max)
                ),
            ),
            Reason::AgeUnknown { min, max } => tr!(en,
                format!(
                    "Der kræves {}; profilen har ikke dit fødselsår",
                    age_bound(false, *min, *max)
                ),
                format!(
                    "You must be {}; the profile has no birth year",
                    age_bound(true, *min, *max)
                ),
            ),
            Reason::Experience {
                have_months,
                need_months,
                areas,
                within_years,
                day_share,
                maybe_months,
            } => {
                let mut out = tr!(en,
                    format!(
                        "Du har {have_months} måneders erfaring{}{} (24+ timer/uge tæller fuldt, 8–24 timer halvt); der kræves {need_months} måneder",
                        in_areas(false, areas),
                        within(false, *within_years)
                    ),
                    format!(
                        "You have {have_months} months of experience{}{} (24+ hours/week count fully, 8–24 hours half); {need_months} months are needed",
                        in_areas(true, areas),
                        within(true, *within_years)
                    ),
                );
                if let Some(p) = day_share {
                    out.push_str(&tr!(en,
                        format!(", mindst {} % i dagvagt", p.0),
                        format!(", at least {} % on day shifts", p.0),
                    ));
                    if *maybe_months > 0 {
                        // Named, so that "0 months" does not read as none.
                        out.push_str(&tr!(en,
                            format!("; {maybe_months} måneder mere tæller, hvis nok af dem var dagvagt: profilen siger ikke hvor meget af tiden var dagvagt"),
                            format!("; {maybe_months} more months count if enough of them were day shifts: the profile does not say how much of it was day shifts"),
                        ));
                    }
                }
                out
            }
            Reason::ExperienceUnknown {
                need_months,
                areas,
                within_years,
            } => tr!(en,
                format!(
                    "Der kræves {need_months} måneders erfaring{}{}; profilen har ingen arbejdshistorik",
                    in_areas(false, areas),
                    within(false, *within_years)
                ),
                format!(
                    "{need_months} months of experience{}{} are needed; the profile has no work history",
                    in_areas(true, areas),
                    within(true, *within_years)
                ),
            ),
            Reason::Employment(facts) => employment(en, facts),
            Reason::NoJob => tr!(en,
                "Kræver et job; du har skrevet, at du ikke har et job nu".into(),
                "Needs a job; you said you have no job now".into(),
            ),
            Reason::EmploymentUnknown => tr!(en,
                "Kræver et bestemt ansættelsesforhold; profilen siger ikke hvor du er ansat".into(),
                "Needs a certain kind of employment; the profile does not say where you work"
                    .into(),
            ),
            Reason::EducationUnknown => tr!(en,
                "Afhænger af din højeste uddannelse; profilen siger ikke hvilken".into(),
                "Depends on your highest education; the profile does not say what it is".into(),
            ),
            Reason::Education { have } => tr!(en,
                format!("Din højeste uddannelse er {}", edu(false, *have)),
                format!("Your highest education is {}", edu(true, *have)),
            ),
            Reason::EducationBelow { have, min } => tr!(en,
                format!(
                    "Din højeste uddannelse er {}; der kræves mindst {}",
                    edu(false, *have),
                    edu(false, *min)
                ),
                format!(
                    "Your highest education is {}; at least {} is needed",
                    edu(true, *have),
                    edu(true, *min)
                ),
            ),
            Reason::EducationAbove { have, max } => tr!(en,
                format!(
                    "Din højeste uddannelse er {}; ordningen er for højst {}",
                    edu(false, *have),
                    edu(false, *max)
                ),
                format!(
                    "Your highest education is {}; this is for at most {}",
                    edu(true, *have),
                    edu(true, *max)
                ),
            ),
            Reason::EducationOutdated { have } => tr!(en,
                format!(
                    "Din uddannelse ({}) er forældet (ikke brugt i 5 år), så den tæller ikke",
                    edu(false, *have)
                ),
                format!(
                    "Your education ({}) is outdated (not used for 5 years), so it does not count",
                    edu(true, *have)
                ),
            ),
            Reason::EducationMaybeOutdated { have, max } => tr!(en,
                format!(
                    "Din højeste uddannelse er {}, over grænsen ({}), medmindre du ikke har brugt den i 5 år; profilen siger ikke om du har",
                    edu(false, *have),
                    edu(false, *max)
                ),
                format!(
                    "Your highest education is {}, above the limit ({}), unless you have not used it for 5 years; the profile does not say",
                    edu(true, *have),
                    edu(true, *max)
                ),
            ),
            Reason::OnDagpenge => tr!(en,
                "Du er på dagpenge".into(),
                "You are on unemployment benefit (dagpenge)".into(),
            ),
            Reason::NotOnDagpenge => tr!(en,
                "Kræver at du er på dagpenge; det er du ikke".into(),
                "Needs you to be on unemployment benefit (dagpenge); you are not".into(),
            ),
            Reason::DagpengeUnknown => tr!(en,
                "Kræver dagpenge; profilen siger ikke om du er på dagpenge".into(),
                "Needs unemployment benefit (dagpenge); the profile does not say whether you get it".into(),
            ),
            Reason::HasContract => tr!(en,
                "Du har en uddannelsesaftale med en arbejdsgiver".into(),
                "You have a training contract (uddannelsesaftale) with an employer".into(),
            ),
            Reason::NoContract => tr!(en,
                "Gælder med en uddannelsesaftale med en arbejdsgiver; den har du ikke".into(),
                "Applies with a training contract (uddannelsesaftale) with an employer; you do not have one".into(),
            ),
            Reason::ContractUnknown => tr!(en,
                "Gælder med en uddannelsesaftale med en arbejdsgiver; profilen siger ikke, om du har en".into(),
                "Applies with a training contract (uddannelsesaftale) with an employer; the profile does not say whether you have one".into(),
            ),
            Reason::DroppedOut { programme } => tr!(en,
                format!("Du har tidligere afbrudt {} på voksenelevløn", name(programme)),
                format!(
                    "You have dropped out of {} on the adult student wage (voksenelevløn) before",
                    name(programme)
                ),
            ),
            Reason::NotDroppedOut { programme } => tr!(en,
                format!("Du har ikke afbrudt {} på voksenelevløn", name(programme)),
                format!(
                    "You have not dropped out of {} on the adult student wage (voksenelevløn)",
                    name(programme)
                ),
            ),
            Reason::Catalogue(text) => self.pick(text).to_string(),
            Reason::InStep {
                programme,
                track,
                reason,
            } => {
                let inner = self.reason(c, reason);
                match track {
                    crate::catalog::TrackCode::Standard => format!("{}: {inner}", name(programme)),
                    t => format!("{} ({}): {inner}", name(programme), super::table::track(*t)),
                }
            }
            Reason::NotListed {
                source,
                programme,
                kind,
            } => tr!(en,
                format!(
                    "{} dækker ikke {} ({}) – den står ikke på listen over uddannelser den betaler til",
                    name(source),
                    kind_name(false, *kind),
                    name(programme)
                ),
                format!(
                    "{} does not cover {} ({}) – it is not on its list of programmes",
                    name(source),
                    kind_name(true, *kind),
                    name(programme)
                ),
            ),
            Reason::OnlyWhenFollowedBy { source, next } => {
                let next = next.iter().map(name).collect::<Vec<_>>().join(", ");
                tr!(en,
                    format!("{} gælder kun når forløbet fortsætter på {next}", name(source)),
                    format!("{} applies only when the route goes on to {next}", name(source)),
                )
            }
            Reason::NotValidOn { source, start } => tr!(en,
                format!(
                    "{} gælder ikke på startdatoen {}",
                    name(source),
                    date(self, *start)
                ),
                format!(
                    "{} does not apply on the start date {}",
                    name(source),
                    date(self, *start)
                ),
            ),
            Reason::FullTimeOnly { source, programme } => tr!(en,
                format!(
                    "{} giver støtte på dette niveau kun til uddannelse på fuld tid, og {} er på deltid",
                    name(source),
                    name(programme)
                ),
                format!(
                    "{} supports this level only when the course is full time, and {} is part time",
                    name(source),
                    name(programme)
                ),
            ),
            Reason::PeriodEnded { source, ended } => tr!(en,
                format!(
                    "{} er kun kendt til {}; om ordningen fortsætter, står ikke i kataloget",
                    name(source),
                    date(self, *ended)
                ),
                format!(
                    "{} is known only until {}; whether it goes on is not in the catalogue",
                    name(source),
                    date(self, *ended)
                ),
            ),
            Reason::FeeWaived { have, up_to } => tr!(en,
                format!(
                    "Ingen deltagerbetaling: kurset er gratis, når den højeste uddannelse højst er {}, og din er {}",
                    edu(false, *up_to),
                    edu(false, *have)
                ),
                format!(
                    "No fee: the course is free when the highest education is at most {}, and yours is {}",
                    edu(true, *up_to),
                    edu(true, *have)
                ),
            ),
            Reason::FeeFullPrice { have, up_to } => tr!(en,
                format!(
                    "Du betaler fuld pris, fordi din højeste uddannelse ({}) er over {}",
                    edu(false, *have),
                    edu(false, *up_to)
                ),
                format!(
                    "You pay the full price, because your highest education ({}) is above {}",
                    edu(true, *have),
                    edu(true, *up_to)
                ),
            ),
            Reason::FeeDependsOnEducation { up_to } => tr!(en,
                format!(
                    "Gratis, hvis din højeste uddannelse højst er {}; profilen siger ikke din uddannelse, så prisen er vist fuld",
                    edu(false, *up_to)
                ),
                format!(
                    "Free if your highest education is at most {}; the profile does not give your education, so the full price is shown",
                    edu(true, *up_to)
                ),
            ),
            Reason::RatePeriodEnded { of, ended } => tr!(en,
                format!(
                    "Tallet fra {} hører til en periode, der sluttede {}; kataloget har ikke et nyere, så Vejviser regner med det",
                    name(of),
                    date(self, *ended)
                ),
                format!(
                    "The figure from {} belongs to a period that ended on {}; the catalogue has no newer one, so Vejviser uses it",
                    name(of),
                    date(self, *ended)
                ),
            ),
            Reason::PoolClosed { pool, checked } => tr!(en,
                format!(
                    "Puljen «{}» er lukket (tjekket {})",
                    self.pick(pool),
                    date(self, *checked)
                ),
                format!(
                    "The pool “{}” is closed (checked {})",
                    self.pick(pool),
                    date(self, *checked)
                ),
            ),
            Reason::SourceClosed { source, checked } => tr!(en,
                format!(
                    "{} er lukket for ansøgninger (tjekket {})",
                    name(source),
                    date(self, *checked)
                ),
                format!(
                    "{} is closed to applications (checked {})",
                    name(source),
                    date(self, *checked)
                ),
            ),
            Reason::MoneyUnknown => tr!(en,
                "Det er uvist om der er penge i ordningen lige nu".into(),
                "It is not known whether the scheme has money right now".into(),
            ),
            Reason::CapReached {
                cap,
                period,
                used,
                left,
            } => tr!(en,
                format!(
                    "Loftet er {} pr. {}; {} er allerede brugt, så der er {} tilbage",
                    money(self, *cap),
                    period_name(false, *period),
                    money(self, *used),
                    money(self, *left)
                ),
                format!(
                    "The cap is {} per {}; {} is already used, leaving {}",
                    money(self, *cap),
                    period_name(true, *period),
                    money(self, *used),
                    money(self, *left)
                ),
            ),
            Reason::FundShare {
                percent,
                co_payment,
            } => tr!(en,
                format!(
                    "Fonden betaler {percent} %, arbejdspladsen resten ({})",
                    money(self, *co_payment)
                ),
                format!(
                    "The fund pays {percent} %, the workplace the rest ({})",
                    money(self, *co_payment)
                ),
            ),
            Reason::RestCovered => tr!(en,
                "Resten af prisen er allerede dækket af en anden ordning".into(),
                "The rest of the price is already covered by another scheme".into(),
            ),
            Reason::WageDifferenceUnknown => tr!(en,
                "Beløbet afhænger af din nuværende løn og lønnen under forløbet".into(),
                "The amount depends on your current pay and the pay during the programme".into(),
            ),
            Reason::NoRateForYear { year } => tr!(en,
                format!("Kataloget har ingen sats for {year}"),
                format!("The catalogue has no rate for {year}"),
            ),
            Reason::NotCombined { with } => tr!(en,
                format!("Kan ikke kombineres med {}, som giver mere", name(with)),
                format!("Cannot be combined with {}, which gives more", name(with)),
            ),
            Reason::NotWith { with } => tr!(en,
                format!(
                    "Kan ikke kombineres med {}; får du den, falder denne bort",
                    name(with)
                ),
                format!(
                    "Does not combine with {}; if you get that, this one falls away",
                    name(with)
                ),
            ),
            Reason::ApplyFrom { source } => tr!(en,
                format!("Søg {} tidligst", name(source)),
                format!("Apply for {} from", name(source)),
            ),
            Reason::ApplyBy { source } => tr!(en,
                format!("Søg {} senest", name(source)),
                format!("Apply for {} by", name(source)),
            ),
            Reason::ApplyByPassed { source, by } => tr!(en,
                format!(
                    "Sidste frist for at søge {} til denne start var {}; spørg om en senere start kan nå det",
                    name(source),
                    date(self, *by)
                ),
                format!(
                    "The last day to apply for {} for this start was {}; ask whether a later start can make it",
                    name(source),
                    date(self, *by)
                ),
            ),
            Reason::Scheme { scheme } => name(scheme),
            Reason::SchemeMissing { scheme } => tr!(en,
                format!("Lønordningen {scheme} findes ikke i kataloget"),
                format!("Pay scheme {scheme} is not in the catalogue"),
            ),
            Reason::WageKeptPayUnknown { scheme } => tr!(en,
                // The scheme's name already says the pay is kept ("Du beholder din løn").
                format!(
                    "{}; profilen har ikke din løn, så beløbet er ukendt",
                    name(scheme)
                ),
                format!(
                    "{}; the profile does not give your pay, so the amount is unknown",
                    name(scheme)
                ),
            ),
            Reason::SuAmountMissing { scheme } => tr!(en,
                format!("{}: beløbet står ikke i kataloget", name(scheme)),
                format!("{}: the amount is not in the catalogue", name(scheme)),
            ),
            Reason::NoRateForAge { scheme } => tr!(en,
                format!("{}: ingen sats for din alder på startdatoen", name(scheme)),
                format!("{}: no rate for your age on the start date", name(scheme)),
            ),
            Reason::SchemeOrMaybe {
                scheme,
                maybe,
                open,
            } => tr!(en,
                format!(
                    "{} (måske: {}: {})",
                    name(scheme),
                    name(maybe),
                    self.joined(c, open)
                ),
                format!(
                    "{} (maybe: {}: {})",
                    name(scheme),
                    name(maybe),
                    self.joined(c, open)
                ),
            ),
            Reason::PossiblyScheme { scheme, open } => tr!(en,
                format!("Muligvis {}: {}", name(scheme), self.joined(c, open)),
                format!("Possibly {}: {}", name(scheme), self.joined(c, open)),
            ),
            Reason::IncomeUnknown => tr!(en,
                "Kataloget siger ikke hvad du får under forløbet".into(),
                "The catalogue does not say what you get during this programme".into(),
            ),
            Reason::FromSource { source, scheme } => match scheme {
                Some(s) => format!("{} ({})", self.reason(c, s), name(source)),
                None => name(source),
            },
            Reason::Merit {
                rule,
                school,
                placement,
                right: false,
                because,
                ..
            } => tr!(en,
                format!(
                    "{}: skolen kan give {} skole og {} oplæring kortere; det vurderer skolen efter optagelsen, det er ikke en ret, så det er ikke regnet med i længden ({})",
                    name(rule),
                    length(self, *school),
                    super::placement(self, *placement),
                    self.joined(c, because)
                ),
                format!(
                    "{}: the school may take {} off school and {} off placement; the school decides after admission, it is not a right, so it is not counted in the length ({})",
                    name(rule),
                    length(self, *school),
                    super::placement(self, *placement),
                    self.joined(c, because)
                ),
            ),
            Reason::Merit {
                rule,
                school,
                placement,
                right: true,
                skip,
                because,
            } if school.0 == 0 && placement.0 == 0 && !skip.is_empty() => {
                let skip = skip.iter().map(name).collect::<Vec<_>>().join(", ");
                tr!(en,
                    format!(
                        "{}: du skal ikke tage {skip} først ({})",
                        name(rule),
                        self.joined(c, because)
                    ),
                    format!(
                        "{}: you need not take {skip} first ({})",
                        name(rule),
                        self.joined(c, because)
                    ),
                )
            }
            Reason::Merit {
                rule,
                school,
                placement,
                right: true,
                because,
                ..
            } => tr!(en,
                format!(
                    "{}: {} skole og {} oplæring kortere ({})",
                    name(rule),
                    length(self, *school),
                    super::placement(self, *placement),
                    self.joined(c, because)
                ),
                format!(
                    "{}: {} less school and {} less placement ({})",
                    name(rule),
                    length(self, *school),
                    super::placement(self, *placement),
                    self.joined(c, because)
                ),
            ),
        }
    }

    fn joined(self, c: &Catalog, list: &[Arc<Reason>]) -> String {
        list.iter()
            .map(|r| self.reason(c, r))
            .collect::<Vec<_>>()
            .join("; ")
    }
}
