//! The scenario runner: what a scenario expects, how it is checked, and the table on the
//! inline test catalogue.
#![allow(dead_code)]

use super::*;
use vejviser::catalog::{Area, Catalog, EduLevel, Level, Money, Percent, Subject, TrackCode};
use vejviser::engine::Profile;
use vejviser::engine::funding::FundVerdict;
use vejviser::engine::profile::{Dropout, FundingUse};
use vejviser::engine::routes::{Query, Route, find_routes};

/// What one scenario expects. Unset fields are not checked.
#[derive(Default)]
pub struct Expect {
    /// Some route has exactly these programmes in this order (gap steps included).
    pub route: Option<Vec<&'static str>>,
    /// The chosen route must also be the first (fastest) one.
    pub first: bool,
    /// The route's main step on this provider.
    pub offering: Option<&'static str>,
    pub no_routes: bool,
    pub track: Option<TrackCode>,
    /// Tenths of a week for the main (last) step.
    pub school: Option<i32>,
    pub placement: Option<i32>,
    pub merit: Vec<&'static str>,
    pub not_combined: Vec<&'static str>,
    pub income_scheme: Option<&'static str>,
    pub monthly: Option<Money>,
    /// Funding verdicts on the last step.
    pub funding: Vec<(&'static str, FundVerdict)>,
    /// Funding amounts on the last step.
    pub amounts: Vec<(&'static str, Money)>,
    pub net_cost: Option<Money>,
    /// Danish fragments that must appear in the route (reasons, deadlines).
    pub fragments: Vec<&'static str>,
}

pub struct Scenario {
    pub name: &'static str,
    pub profile: Profile,
    pub from: Option<&'static str>,
    pub to: &'static str,
    pub max_steps: usize,
    pub expect: Expect,
}

pub fn hjaelper_34() -> Profile {
    let mut p = person(34, "sosu-hjaelper");
    p.work = Some(vec![work(Area::Hjemmepleje, 3, 30)]);
    p.employment = Some(foa_kommune(3));
    p.monthly_pay = Some(kr(28_000));
    p.education = Some(EduLevel::Eud);
    p.on_dagpenge = Some(false);
    p.subjects = subjects(&[(Subject::Dansk, Level::D), (Subject::Naturfag, Level::E)]);
    p
}

pub fn ufaglaert_29(hours: u8) -> Profile {
    let mut p = person(29, "ufaglaert");
    p.work = Some(vec![work(Area::Plejecenter, 3, hours)]);
    p.education = Some(EduLevel::Grundskole);
    p
}

/// The table on the inline test catalogue.
pub fn scenarios() -> Vec<Scenario> {
    let mut v = Vec::new();
    let mut s = |name, profile, to, max_steps, expect| {
        v.push(Scenario {
            name,
            profile,
            from: None,
            to,
            max_steps,
            expect,
        })
    };
    s(
        "hjælper 34, FOA, kommune, 3 år hjemmepleje → SSA",
        hjaelper_34(),
        "sosu-assistent",
        2,
        Expect {
            route: Some(vec!["ssa-hovedforloeb"]),
            first: true,
            track: Some(TrackCode::Euv2),
            school: Some(430),
            placement: Some(980 - 217),
            merit: vec!["merit-ssh-ssa"],
            not_combined: vec!["merit-25-plus"],
            income_scheme: Some("loen-voksenelev"),
            monthly: Some(Money(2_303_710)),
            funding: vec![
                ("den-kommunale-kompetencefond", FundVerdict::NotEligible),
                ("ufaglaert-til-faglaert", FundVerdict::Closed),
                ("voksenelevloen", FundVerdict::Eligible),
            ],
            fragments: vec![
                "dækker ikke erhvervsuddannelser",
                "SOSU-hjælper til SOSU-assistent» er lukket (tjekket 1. okt. 2025)",
                "Du har Social- og sundhedshjælper",
            ],
            ..Expect::default()
        },
    );
    let mut young = person(23, "ufaglaert");
    young.education = Some(EduLevel::Grundskole);
    s(
        "23 år uden erfaring → SSA via GF2",
        young,
        "sosu-assistent",
        2,
        Expect {
            route: Some(vec!["gf2-sosu", "ssa-hovedforloeb"]),
            first: true,
            track: Some(TrackCode::Eud),
            school: Some(480),
            placement: Some(980),
            income_scheme: Some("loen-elev-ssa"),
            fragments: vec![
                "Kræver Grundforløb 2, SOSU; det har du ikke",
                "der kræves højst 24 år",
            ],
            ..Expect::default()
        },
    );
    let mut eng = hjaelper_34();
    eng.subjects = subjects(&[
        (Subject::Dansk, Level::D),
        (Subject::Naturfag, Level::E),
        (Subject::Engelsk, Level::F),
    ]);
    s(
        "hjælper med Engelsk F → sygeplejerske (Engelsk D først)",
        eng,
        "sygeplejerske",
        3,
        Expect {
            route: Some(vec![
                "ssa-hovedforloeb",
                "supplement-dansk-c",
                "supplement-naturfag-c",
                "supplement-engelsk-d",
                "sygeplejerske-pb",
            ]),
            first: true,
            track: Some(TrackCode::Kvote2),
            fragments: vec![
                "Du har Engelsk F; der kræves Engelsk D",
                "Sygeplejerske (kvote 2)",
                "Kvote 2: 15. marts",
            ],
            ..Expect::default()
        },
    );
    let mut ass = person(35, "sosu-assistent");
    ass.education = Some(EduLevel::Eud);
    ass.subjects = subjects(&[
        (Subject::Dansk, Level::C),
        (Subject::Naturfag, Level::E),
        (Subject::Engelsk, Level::C),
        (Subject::Biologi, Level::C),
    ]);
    s(
        "assistent → ergoterapeut på UCN (naturfag C mangler)",
        ass.clone(),
        "ergoterapeut",
        1,
        Expect {
            route: Some(vec!["supplement-naturfag-c", "ergoterapeut-pb"]),
            offering: Some("UCN"),
            track: Some(TrackCode::Kvote2),
            fragments: vec!["Du har Naturfag E; der kræves Naturfag C"],
            ..Expect::default()
        },
    );
    s(
        "assistent → ergoterapeut på VIA (biologi C rækker)",
        ass,
        "ergoterapeut",
        1,
        Expect {
            route: Some(vec!["ergoterapeut-pb"]),
            first: true,
            offering: Some("VIA"),
            track: Some(TrackCode::Kvote2),
            fragments: vec!["Du har Biologi C"],
            ..Expect::default()
        },
    );
    s(
        "ufaglært 29, 3 år plejecenter 25 t/uge → SSH EUV1",
        ufaglaert_29(25),
        "sosu-hjaelper",
        2,
        Expect {
            route: Some(vec!["ssh-hovedforloeb"]),
            first: true,
            track: Some(TrackCode::Euv1),
            school: Some(170),
            placement: Some(0),
            fragments: vec!["Du har 36 måneders erfaring"],
            ..Expect::default()
        },
    );
    s(
        "ufaglært 29, 3 år plejecenter 20 t/uge tæller halvt → EUV2",
        ufaglaert_29(20),
        "sosu-hjaelper",
        2,
        Expect {
            route: Some(vec!["gf2-sosu", "ssh-hovedforloeb"]),
            first: true,
            track: Some(TrackCode::Euv2),
            school: Some(170),
            placement: Some(380 - 130),
            merit: vec!["merit-erfaring-plejecenter-ssh"],
            income_scheme: Some("loen-voksenelev"),
            // The SSH step starts after GF2's 20 weeks, so 20 weighted months count by then.
            fragments: vec!["Du har 20 måneders erfaring i plejecenter"],
            ..Expect::default()
        },
    );
    let mut dag = person(35, "ufaglaert");
    dag.on_dagpenge = Some(true);
    dag.education = Some(EduLevel::Grundskole);
    s(
        "ledig på dagpenge, 35 år → SSH med uddannelsesløft",
        dag,
        "sosu-hjaelper",
        2,
        Expect {
            route: Some(vec!["gf2-sosu", "ssh-hovedforloeb"]),
            track: Some(TrackCode::Euv2),
            funding: vec![("uddannelsesloeft", FundVerdict::Eligible)],
            monthly: Some(Money(2_320_120)),
            fragments: vec!["Du er på dagpenge"],
            ..Expect::default()
        },
    );
    let mut notice = hjaelper_34();
    notice.work = Some(vec![work(Area::Hjemmepleje, 5, 30)]);
    notice.employment.as_mut().unwrap().under_notice = Some(true);
    s(
        "opsagt hjælper → akademi: Tryghedspuljen, ikke fonden",
        notice,
        "demenskoordinator",
        1,
        Expect {
            route: Some(vec!["akademi-sundhedspraksis"]),
            funding: vec![
                ("tryghedspuljen", FundVerdict::Eligible),
                ("den-kommunale-kompetencefond", FundVerdict::NotEligible),
            ],
            amounts: vec![("tryghedspuljen", kr(20_000))],
            net_cost: Some(Money::ZERO),
            fragments: vec!["Du er opsagt, og ordningen er ikke for opsagte"],
            ..Expect::default()
        },
    );
    let mut aka = hjaelper_34();
    aka.work = Some(vec![work(Area::Hjemmepleje, 5, 30)]);
    s(
        "hjælper → akademi under Kompetencefonden (80/20)",
        aka.clone(),
        "demenskoordinator",
        1,
        Expect {
            route: Some(vec!["akademi-sundhedspraksis"]),
            income_scheme: Some("loen-behold"),
            monthly: Some(kr(28_000)),
            funding: vec![("den-kommunale-kompetencefond", FundVerdict::Eligible)],
            amounts: vec![("den-kommunale-kompetencefond", kr(16_000))],
            net_cost: Some(Money::ZERO),
            fragments: vec!["Fonden betaler 80 %, arbejdspladsen resten (4.000 kr.)"],
            ..Expect::default()
        },
    );
    let mut used = aka.clone();
    used.funding_used = vec![FundingUse {
        source: "den-kommunale-kompetencefond".into(),
        date: Some(START.add_months(-5)),
        amount: kr(20_000),
    }];
    s(
        "to kurser på 12 måneder deler loftet på 30.000 kr.",
        used,
        "demenskoordinator",
        1,
        Expect {
            route: Some(vec!["akademi-sundhedspraksis"]),
            amounts: vec![("den-kommunale-kompetencefond", kr(10_000))],
            net_cost: Some(kr(20_000 - 10_000 - 2_500)),
            fragments: vec!["Loftet er 30.000 kr. pr. 12 måneder; 20.000 kr. er allerede brugt"],
            ..Expect::default()
        },
    );
    let mut old_use = aka.clone();
    old_use.funding_used = vec![FundingUse {
        source: "den-kommunale-kompetencefond".into(),
        date: Some(START.add_months(-13)),
        amount: kr(20_000),
    }];
    s(
        "brug for 13 måneder siden tæller ikke med i loftet",
        old_use,
        "demenskoordinator",
        1,
        Expect {
            amounts: vec![("den-kommunale-kompetencefond", kr(16_000))],
            route: Some(vec!["akademi-sundhedspraksis"]),
            ..Expect::default()
        },
    );
    let mut dropout = hjaelper_34();
    dropout.dropouts = vec![Dropout {
        programme: "ssa-hovedforloeb".into(),
        on_voksenelevloen: true,
    }];
    s(
        "afbrudt SSA på voksenelevløn: almindelig elevløn",
        dropout,
        "sosu-assistent",
        1,
        Expect {
            route: Some(vec!["ssa-hovedforloeb"]),
            income_scheme: Some("loen-elev-ssa"),
            fragments: vec!["afbrudt Social- og sundhedsassistent, hovedforløb på voksenelevløn"],
            ..Expect::default()
        },
    );
    let mut noage = hjaelper_34();
    noage.birth_year = None;
    s(
        "fødselsår ukendt: sporet er uvist",
        noage,
        "sosu-assistent",
        1,
        Expect {
            route: Some(vec!["ssa-hovedforloeb"]),
            track: Some(TrackCode::Euv2),
            fragments: vec!["profilen har ikke dit fødselsår"],
            ..Expect::default()
        },
    );
    let mut edu = hjaelper_34();
    edu.subjects = subjects(&[(Subject::Engelsk, Level::F)]);
    s(
        "én programme-grænse: ingen vej til sygeplejerske",
        edu,
        "sygeplejerske",
        1,
        Expect {
            no_routes: true,
            ..Expect::default()
        },
    );
    s(
        "allerede assistent: ingen vej",
        person(40, "sosu-assistent"),
        "sosu-assistent",
        3,
        Expect {
            no_routes: true,
            ..Expect::default()
        },
    );
    let mut senior = hjaelper_34();
    senior.employment.as_mut().unwrap().seniority_years = Some(1);
    s(
        "1 års anciennitet: ufaglært-til-faglært ikke mulig",
        senior,
        "sosu-assistent",
        1,
        Expect {
            funding: vec![("ufaglaert-til-faglaert", FundVerdict::NotEligible)],
            fragments: vec!["Du har 1 års anciennitet; der kræves 2"],
            ..Expect::default()
        },
    );
    let mut elev = person(26, "ufaglaert");
    elev.work = Some(vec![vejviser::engine::profile::Work {
        as_elev: true,
        ..work(Area::Plejecenter, 3, 37)
    }]);
    s(
        "elevtid tæller ikke som erfaring",
        elev,
        "sosu-hjaelper",
        2,
        Expect {
            route: Some(vec!["gf2-sosu", "ssh-hovedforloeb"]),
            track: Some(TrackCode::Euv2),
            income_scheme: Some("loen-elev-ssh"),
            fragments: vec!["Du har 0 måneders erfaring"],
            ..Expect::default()
        },
    );
    let mut old = person(45, "ufaglaert");
    old.work = Some(vec![vejviser::engine::profile::Work {
        to: Some(START.add_months(-60)),
        ..work(Area::Plejecenter, 10, 37)
    }]);
    s(
        "erfaring ældre end 4 år tæller ikke",
        old,
        "sosu-hjaelper",
        2,
        Expect {
            route: Some(vec!["gf2-sosu", "ssh-hovedforloeb"]),
            track: Some(TrackCode::Euv2),
            fragments: vec![
                "Du har 0 måneders erfaring i hjemmepleje eller plejecenter inden for de seneste 4 år",
            ],
            ..Expect::default()
        },
    );
    let mut shifts = ufaglaert_29(30);
    if let Some(w) = shifts.work.as_mut() {
        w[0].day_share = None;
    }
    s(
        "dagvagtsandel ukendt: EUV1 er uvist",
        shifts,
        "sosu-hjaelper",
        2,
        Expect {
            route: Some(vec!["ssh-hovedforloeb"]),
            track: Some(TrackCode::Euv1),
            fragments: vec!["profilen siger ikke hvor meget af tiden var dagvagt"],
            ..Expect::default()
        },
    );
    let mut nights = ufaglaert_29(30);
    if let Some(w) = nights.work.as_mut() {
        w[0].day_share = Some(Percent(30));
    }
    s(
        "mest nattevagt: ikke EUV1",
        nights,
        "sosu-hjaelper",
        2,
        Expect {
            route: Some(vec!["gf2-sosu", "ssh-hovedforloeb"]),
            track: Some(TrackCode::Euv2),
            ..Expect::default()
        },
    );
    v.push(Scenario {
        name: "--from sosu-hjaelper for en ufaglært profil",
        profile: ufaglaert_29(30),
        from: Some("sosu-hjaelper"),
        to: "sosu-assistent",
        max_steps: 1,
        expect: Expect {
            route: Some(vec!["ssa-hovedforloeb"]),
            merit: vec!["merit-ssh-ssa"],
            ..Expect::default()
        },
    });
    v
}

pub fn json(r: &Route) -> String {
    serde_json::to_string(r).unwrap()
}

pub fn check(c: &Catalog, sc: &Scenario) {
    let q = Query {
        from: sc.from.map(String::from),
        max_steps: sc.max_steps,
        start: Some(START),
        ..Query::to(sc.to, super::ASKED)
    };
    let routes = find_routes(c, &sc.profile, &q);
    let ids: Vec<&str> = routes.iter().map(|r| r.id.as_str()).collect();
    let e = &sc.expect;
    if e.no_routes {
        assert!(
            routes.is_empty(),
            "{}: expected no routes, got {ids:?}",
            sc.name
        );
        return;
    }
    assert!(!routes.is_empty(), "{}: no routes", sc.name);
    let programmes = |r: &Route| {
        r.steps
            .iter()
            .map(|s| s.programme.clone())
            .collect::<Vec<_>>()
    };
    let route = match &e.route {
        Some(want) => routes
            .iter()
            .find(|r| {
                programmes(r) == *want
                    && e.track.is_none_or(|t| r.steps.last().unwrap().track == t)
                    && e.offering.is_none_or(|o| {
                        r.steps
                            .last()
                            .unwrap()
                            .offering
                            .as_deref()
                            .is_some_and(|x| x.starts_with(o))
                    })
            })
            .unwrap_or_else(|| panic!("{}: no route {want:?} in {ids:?}", sc.name)),
        None => &routes[0],
    };
    if e.first {
        assert_eq!(
            routes[0].id, route.id,
            "{}: not ranked first: {ids:?}",
            sc.name
        );
    }
    let last = route.steps.last().unwrap();
    if let Some(t) = e.track {
        assert_eq!(last.track, t, "{}: track", sc.name);
    }
    if let Some(w) = e.school {
        assert_eq!(last.school.tenths(), w, "{}: school", sc.name);
    }
    if let Some(w) = e.placement {
        assert_eq!(last.placement.tenths(), w, "{}: placement", sc.name);
    }
    let merit: Vec<&str> = last.merit.iter().map(|m| m.rule.as_str()).collect();
    for m in &e.merit {
        assert!(merit.contains(m), "{}: merit {m} not in {merit:?}", sc.name);
    }
    if !e.not_combined.is_empty() {
        let p =
            vejviser::engine::merit::personalise(c, &sc.profile, &last.programme, last.start, &[]);
        for m in &e.not_combined {
            assert!(
                p[0].not_combined.iter().any(|x| x == m),
                "{}: {m} combined",
                sc.name
            );
        }
    }
    if let Some(s) = e.income_scheme {
        assert_eq!(
            last.income.scheme.as_deref(),
            Some(s),
            "{}: income {:?}",
            sc.name,
            last.income
        );
    }
    if let Some(m) = e.monthly {
        assert_eq!(last.income.monthly, Some(m), "{}: monthly", sc.name);
    }
    for (src, v) in &e.funding {
        let f = last.funding.iter().find(|f| f.source == *src);
        assert_eq!(
            f.map(|f| f.verdict),
            Some(*v),
            "{}: funding {src}: {f:#?}",
            sc.name
        );
    }
    for (src, m) in &e.amounts {
        let f = last.funding.iter().find(|f| f.source == *src).expect(src);
        assert_eq!(f.amount, *m, "{}: amount {src}", sc.name);
    }
    if let Some(m) = e.net_cost {
        assert_eq!(last.net_cost, m, "{}: net cost", sc.name);
    }
    // Fragments are words: the route as the command line renders it in Danish.
    let da = vejviser::i18n::Lang::Da;
    let mut text = serde_json::to_string(&vejviser::cli::json::route(c, route, 1, da)).unwrap();
    for (_, checks) in route.steps.iter().flat_map(|s| &s.tracks_passed) {
        for ch in checks {
            text.push_str(&da.reason(c, &ch.reason));
        }
    }
    for f in &e.fragments {
        assert!(
            text.contains(f),
            "{}: `{f}` not in route {}\n{text}",
            sc.name,
            route.id
        );
    }
}
