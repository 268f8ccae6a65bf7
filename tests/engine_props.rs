//! Properties over arbitrary profiles: routes are connected, totals add up, merit never makes
//! a length negative, and evaluation never panics.

mod common;

use vejviser::i18n::Lang;

use proptest::prelude::*;
use vejviser::catalog::*;
use vejviser::engine::Profile;
use vejviser::engine::eval::{Context, Verdict, evaluate};
use vejviser::engine::merit::{personalise, personalise_variant};
use vejviser::engine::profile::{
    Dropout, Employment, FundingUse, Qualification, SubjectLevel, Work,
};
use vejviser::engine::routes::{Query, find_routes};
use vejviser::engine::search::admission;

const ROLES: [&str; 7] = [
    "ufaglaert",
    "sosu-hjaelper",
    "sosu-assistent",
    "sygeplejerske",
    "ergoterapeut",
    "demenskoordinator",
    "paedagogisk-assistent",
];

fn date() -> impl Strategy<Value = Date> {
    (1990u16..2030, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d))
}

fn level() -> impl Strategy<Value = Level> {
    prop_oneof![
        Just(Level::A),
        Just(Level::B),
        Just(Level::C),
        Just(Level::D),
        Just(Level::E),
        Just(Level::F),
        Just(Level::G)
    ]
}

fn subject() -> impl Strategy<Value = Subject> {
    prop_oneof![
        Just(Subject::Dansk),
        Just(Subject::Engelsk),
        Just(Subject::Naturfag),
        Just(Subject::Biologi),
        Just(Subject::Kemi)
    ]
}

fn area() -> impl Strategy<Value = Area> {
    prop_oneof![
        Just(Area::Hjemmepleje),
        Just(Area::Plejecenter),
        Just(Area::Sygehus),
        Just(Area::Boern),
        Just(Area::Andet)
    ]
}

fn work() -> impl Strategy<Value = Work> {
    (
        area(),
        0u8..60,
        date(),
        proptest::option::of(date()),
        proptest::option::of(0u8..=100),
        any::<bool>(),
    )
        .prop_map(|(area, hours, from, to, share, as_elev)| Work {
            area,
            hours_per_week: hours,
            from,
            to,
            day_share: share.map(Percent),
            as_elev,
        })
}

fn edu() -> impl Strategy<Value = EduLevel> {
    prop_oneof![
        Just(EduLevel::Grundskole),
        Just(EduLevel::Gymnasial),
        Just(EduLevel::Eud),
        Just(EduLevel::Akademi),
        Just(EduLevel::Professionsbachelor)
    ]
}

fn employment() -> impl Strategy<Value = Employment> {
    (
        proptest::option::of(prop_oneof![
            Just(Sector::Kommune),
            Just(Sector::Region),
            Just(Sector::Privat)
        ]),
        proptest::option::of(prop_oneof![
            Just(Union::Foa),
            Just(Union::TreF),
            Just(Union::Dsr)
        ]),
        proptest::option::of(0u8..40),
        proptest::option::of(0u16..2000),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |(sector, union, seniority_years, weeks_with_employer, under_notice, is_elev)| {
                Employment {
                    sector,
                    union,
                    seniority_years,
                    weeks_with_employer,
                    under_notice,
                    is_elev,
                }
            },
        )
}

prop_compose! {
    fn profile()(
        birth_year in proptest::option::of(1940u16..2015),
        role in proptest::option::of(0usize..ROLES.len()),
        quals in proptest::collection::vec(0usize..ROLES.len(), 0..2),
        subjects in proptest::option::of(proptest::collection::vec((subject(), level()), 0..4)),
        certs in proptest::collection::vec(prop_oneof![Just(Certificate::Foerstehjaelp), Just(Certificate::Brandbekaempelse)], 0..2),
        work in proptest::option::of(proptest::collection::vec(work(), 0..4)),
        employment in proptest::option::of(employment()),
        pay in proptest::option::of(0i64..6_000_000),
        dagpenge in proptest::option::of(any::<bool>()),
        contract in proptest::option::of(any::<bool>()),
        education in proptest::option::of(edu()),
        outdated in proptest::option::of(any::<bool>()),
        dropout in any::<bool>(),
        used in proptest::collection::vec((proptest::option::of(date()), 0i64..5_000_000), 0..3),
        certificates_known in any::<bool>(),
        has_job in proptest::option::of(any::<bool>()),
        contract_signed in proptest::option::of(date()),
    ) -> Profile {
        Profile {
            version: 1,
            name: String::new(),
            birth_year,
            role: role.map(|r| ROLES[r].to_string()),
            qualifications: quals.into_iter().map(|q| Qualification { id: ROLES[q].into(), year: Some(2010) }).collect(),
            subjects: subjects.map(|l| l.into_iter().map(|(subject, level)| SubjectLevel { subject, level }).collect()),
            certificates: certs,
            certificates_known,
            work,
            employment,
            has_job,
            gymnasial: None,
            school: None,
            contract_signed,
            monthly_pay: pay.map(Money),
            on_dagpenge: dagpenge,
            training_contract: contract,
            education,
            education_outdated: outdated,
            dropouts: if dropout { vec![Dropout { programme: "ssa-hovedforloeb".into(), on_voksenelevloen: true }] } else { vec![] },
            funding_used: used.into_iter().map(|(date, a)| FundingUse { source: "den-kommunale-kompetencefond".into(), date, amount: Money(a) }).collect(),
            planned_start: None,
        }
    }
}

/// Every requirement tree in the catalogue.
fn requirements(c: &Catalog) -> Vec<&Requirement> {
    let mut out: Vec<&Requirement> = Vec::new();
    for p in &c.programmes {
        out.extend(p.admission.iter());
        out.extend(p.tracks.iter().filter_map(|t| t.eligibility.as_ref()));
        out.extend(
            p.offerings
                .iter()
                .flat_map(|o| o.tracks.iter().map(|t| &t.eligibility)),
        );
    }
    out.extend(c.merit.iter().map(|m| &m.trigger));
    out.extend(c.pay.iter().filter_map(|p| p.eligibility.as_ref()));
    out.extend(c.funding.iter().map(|f| &f.eligibility));
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_saved_profile_reads_back_equal(p in profile()) {
        let text = vejviser::store::to_ron(&p);
        let again: Profile = vejviser::store::parse_ron(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(again, p);
    }

    #[test]
    fn evaluation_never_panics(p in profile(), d in date()) {
        let c = common::small();
        let ctx = Context { date: d, also_holds: &[], skipped: &[] };
        for r in requirements(&c) {
            let e = evaluate(r, &p, &c, &ctx);
            // The verdict is the worst of the leaves for All; a not-met tree shows why.
            if e.verdict == Verdict::NotMet {
                prop_assert!(e.checks.iter().any(|x| x.verdict == Verdict::NotMet));
            }
            for check in &e.checks {
                for lang in [Lang::Da, Lang::En] {
                    prop_assert!(!lang.reason(&c, &check.reason).is_empty());
                }
            }
        }
    }

    #[test]
    fn routes_are_connected_and_totals_add_up(p in profile(), target in 1usize..6, start in date()) {
        let c = common::small();
        let q = Query { start: Some(start), max_steps: 3, ..Query::to(ROLES[target], common::TODAY) };
        for r in find_routes(&c, &p, &q) {
            let t = &r.totals;
            prop_assert_eq!(t.calendar, r.steps.iter().map(|s| s.calendar).sum::<Weeks>());
            prop_assert_eq!(t.school, r.steps.iter().map(|s| s.school).sum::<Weeks>());
            prop_assert_eq!(t.placement, r.steps.iter().map(|s| s.placement).sum::<Weeks>());
            prop_assert_eq!(t.fees, r.steps.iter().map(|s| s.fees).sum::<Money>());
            prop_assert_eq!(t.funded, r.steps.iter().map(|s| s.funded).sum::<Money>());
            prop_assert_eq!(t.net_cost, r.steps.iter().map(|s| s.net_cost).sum::<Money>());
            prop_assert_eq!(t.steps, r.steps.len());
            prop_assert!(r.steps.last().is_some_and(|s| c.programme(&s.programme).unwrap().leads_to.contains(&r.to)));
            for (i, s) in r.steps.iter().enumerate() {
                prop_assert!(s.school.0 >= 0 && s.placement.0 >= 0 && s.calendar.0 >= 0);
                prop_assert!(s.net_cost.0 >= 0 && s.net_cost <= s.fees);
                if i > 0 {
                    prop_assert_eq!(s.start, r.steps[i - 1].end, "steps follow each other");
                }
                // Given the earlier steps, the step's admission and track are met or unknown.
                let prog = c.programme(&s.programme).unwrap();
                let mut held: Vec<String> = Vec::new();
                for e in &r.steps[..i] {
                    held.push(e.programme.clone());
                    held.extend(c.programme(&e.programme).unwrap().leads_to.iter().cloned());
                }
                let track = prog.tracks.iter().position(|t| t.code == s.track);
                let offering = s.offering.as_ref().and_then(|o| prog.offerings.iter().position(|x| &x.provider == o));
                let pers = personalise_variant(&c, &p, prog, offering, track, s.start, &held);
                let now = admission(&c, &p, prog, &pers, &held, s.start);
                prop_assert!(now.verdict != Verdict::NotMet, "{} not enterable in {}: {:?}", s.programme, r.id, now);
                // Every gap the step had is closed by an earlier gap step, or was an alternative.
                if s.requirements.verdict == Verdict::NotMet {
                    prop_assert!(r.steps[..i].iter().any(|e| e.gap), "{} not met and no gap step", r.id);
                }
            }
        }
    }

    #[test]
    fn merit_never_makes_a_length_negative(p in profile(), d in date(), school in 0f64..200.0, placement in 0f64..200.0, pct in 0u8..=100) {
        let mut c = common::small();
        c.merit.push(MeritRule {
            id: "merit-prop".into(),
            name: Text::new("Prop", "Prop"),
            target: "ssh-hovedforloeb".into(),
            tracks: vec![],
            trigger: Requirement::All(vec![]),
            effect: Effect {
                school: Length { weeks: units::NonNeg(school), ..Length::default() },
                placement: Length { weeks: units::NonNeg(placement), ..Length::default() },
                school_percent: Some(Percent(pct)),
                skip: vec![],
            },
            group: None,
            priority: 0,
            right: true,
            valid_from: None,
            valid_to: None,
            sources: vec!["t-src".into()],
            uncertain: None,
        });
        c.reindex();
        for prog in ["ssh-hovedforloeb", "ssa-hovedforloeb", "sygeplejerske-pb", "ergoterapeut-pb"] {
            for v in personalise(&c, &p, prog, d, &["sosu-hjaelper".to_string()]) {
                prop_assert!(v.school.0 >= 0 && v.placement.0 >= 0 && v.calendar.0 >= 0);
                prop_assert!(v.calendar <= v.standard_calendar);
            }
        }
    }
}
