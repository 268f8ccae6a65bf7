//! Scenario table: people from domain.md and personas.md, a query each, and what the engine
//! must say about track, weeks, pay, funding and reasons, on the bundled catalogue (and on the
//! inline test catalogue, table in tests/common/scenario.rs).

mod common;

use common::scenario::*;
use common::*;
use vejviser::catalog::{Area, EduLevel, Level, Percent, Subject, TrackCode};
use vejviser::engine::funding::FundVerdict;
use vejviser::engine::profile::{Dropout, FundingUse};
use vejviser::engine::reason::Reason;
use vejviser::engine::routes::{Query, find_routes};
use vejviser::engine::whatif::Change;
use vejviser::i18n::Lang;

/// The same people against the bundled catalogue (ids per CONVENTIONS.md).
fn bundled_scenarios() -> Vec<Scenario> {
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
            funding: vec![
                ("den-kommunale-kompetencefond", FundVerdict::NotEligible),
                ("ufaglaert-til-faglaert", FundVerdict::Closed),
                ("voksenelevloen", FundVerdict::Eligible),
            ],
            fragments: vec!["dækker ikke erhvervsuddannelser", "er lukket (tjekket"],
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
            fragments: vec!["der kræves højst 24 år"],
            ..Expect::default()
        },
    );
    let mut eng = hjaelper_34();
    eng.subjects = subjects(&[
        (Subject::Dansk, Level::C),
        (Subject::Naturfag, Level::C),
        (Subject::Engelsk, Level::F),
    ]);
    s(
        "hjælper med Engelsk F → sygeplejerske (Engelsk D først)",
        eng,
        "sygeplejerske",
        3,
        Expect {
            track: Some(TrackCode::Kvote2),
            fragments: vec![
                "Du har Engelsk F; der kræves Engelsk D",
                "supplement-engelsk-d",
            ],
            ..Expect::default()
        },
    );
    let mut ssa = person(35, "sosu-assistent");
    ssa.education = Some(EduLevel::Eud);
    ssa.subjects = subjects(&[
        (Subject::Dansk, Level::C),
        (Subject::Naturfag, Level::C),
        (Subject::Engelsk, Level::D),
    ]);
    s(
        "assistent → sygeplejerske: SU som indkomst på professionsbacheloren",
        ssa,
        "sygeplejerske",
        1,
        Expect {
            route: Some(vec!["sygeplejerske-pb"]),
            track: Some(TrackCode::Kvote2),
            income_scheme: Some("loen-su"),
            // The 2026 rate for students living away from home (pay.ron, loen-su).
            monthly: Some(kr(7_426)),
            ..Expect::default()
        },
    );
    let mut fys = person(35, "sosu-assistent");
    fys.education = Some(EduLevel::Eud);
    fys.subjects = subjects(&[
        (Subject::Dansk, Level::C),
        (Subject::Naturfag, Level::C),
        (Subject::Engelsk, Level::C),
    ]);
    s(
        "assistent med C-niveauer → fysioterapeut: C er ikke sikkert nok",
        fys,
        "fysioterapeut",
        1,
        Expect {
            route: Some(vec!["fysioterapeut-pb"]),
            track: Some(TrackCode::Kvote2),
            fragments: vec![
                "Du har Engelsk C; der kræves Engelsk B",
                "Spørg skolen, om C-niveau stadig er nok",
            ],
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
            ..Expect::default()
        },
    );
    s(
        "ufaglært 29, 3 år plejecenter 20 t/uge tæller halvt → EUV2",
        ufaglaert_29(20),
        "sosu-hjaelper",
        2,
        Expect {
            track: Some(TrackCode::Euv2),
            fragments: vec!["Du har 18 måneders erfaring"],
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
            funding: vec![("uddannelsesloeft", FundVerdict::Eligible)],
            fragments: vec!["Du er på dagpenge"],
            ..Expect::default()
        },
    );
    let mut notice = hjaelper_34();
    notice.work = Some(vec![work(Area::Hjemmepleje, 5, 30)]);
    notice.employment.as_mut().unwrap().under_notice = Some(true);
    s(
        "opsagt hjælper → demenskoordinator: Tryghedspuljen, ikke fonden",
        notice,
        "demenskoordinator",
        2,
        Expect {
            funding: vec![
                // The pool's known period ends 31 March 2026 (continued at OK24; nothing seen
                // after): a later step gets "maybe" and the words say why, never a "no".
                ("tryghedspuljen", FundVerdict::Unknown),
                ("den-kommunale-kompetencefond", FundVerdict::NotEligible),
            ],
            fragments: vec![
                "Du er opsagt, og ordningen er ikke for opsagte",
                "Tryghedspuljen er kun kendt til 31. mar. 2026; om ordningen fortsætter, står ikke i kataloget",
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
            offering: Some("VIA"),
            track: Some(TrackCode::Kvote2),
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
            funding: vec![("den-kommunale-kompetencefond", FundVerdict::Eligible)],
            amounts: vec![("den-kommunale-kompetencefond", kr(28_800))],
            fragments: vec!["Fonden betaler 80 %, arbejdspladsen resten"],
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
            fragments: vec!["Loftet er 30.000 kr. pr. 12 måneder; 20.000 kr. er allerede brugt"],
            ..Expect::default()
        },
    );
    s(
        "hjælper → praktikvejleder via AMU: fonden og VEU",
        aka,
        "praktikvejleder",
        1,
        Expect {
            funding: vec![
                ("den-kommunale-kompetencefond", FundVerdict::Eligible),
                ("veu-godtgoerelse", FundVerdict::Eligible),
            ],
            ..Expect::default()
        },
    );
    let mut dropout = hjaelper_34();
    dropout.dropouts = vec![Dropout {
        programme: "ssa-hovedforloeb".into(),
        on_voksenelevloen: true,
    }];
    s(
        "afbrudt SSA på voksenelevløn: ikke voksenelevløn igen",
        dropout,
        "sosu-assistent",
        1,
        Expect {
            route: Some(vec!["ssa-hovedforloeb"]),
            funding: vec![("voksenelevloen", FundVerdict::NotEligible)],
            fragments: vec!["afbrudt"],
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
            fragments: vec!["profilen har ikke dit fødselsår"],
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
    elev.education = Some(EduLevel::Grundskole);
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
            track: Some(TrackCode::Euv3),
            fragments: vec!["Du har 0 måneders erfaring"],
            ..Expect::default()
        },
    );
    let mut shifts = ufaglaert_29(30);
    if let Some(w) = shifts.work.as_mut() {
        w[0].day_share = None;
    }
    s(
        "dagvagtsandel ukendt: EUV1 er uvist, og EUV2 kræver GF2",
        shifts,
        "sosu-hjaelper",
        2,
        Expect {
            route: Some(vec!["ssh-hovedforloeb"]),
            // EUV2 needs GF2, which this person lacks; EUV1 is only unknown, so it is offered
            // with the day-shift question open.
            track: Some(TrackCode::Euv1),
            fragments: vec![
                "profilen siger ikke hvor meget af tiden var dagvagt",
                "måneder mere tæller, hvis nok af dem var dagvagt",
            ],
            ..Expect::default()
        },
    );
    let mut either = ufaglaert_29(30);
    if let Some(w) = either.work.as_mut() {
        w[0].day_share = None;
    }
    s(
        "dagvagtsandel ukendt: også vejen der holder uanset svaret (GF2, så EUV2)",
        either,
        "sosu-hjaelper",
        2,
        Expect {
            route: Some(vec!["gf2-sosu", "ssh-hovedforloeb"]),
            track: Some(TrackCode::Euv2),
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

#[test]
fn scenario_table_on_the_bundled_catalogue() {
    let Some(c) = bundled() else {
        return;
    };
    let table = bundled_scenarios();
    assert!(table.len() >= 20, "{} scenarios", table.len());
    for sc in &table {
        check(&c, sc);
    }
}

#[test]
fn scenario_table_on_the_test_catalogue() {
    let c = small();
    let table = scenarios();
    assert!(table.len() >= 20);
    for sc in &table {
        check(&c, sc);
    }
}

#[test]
fn routes_are_ranked_deterministically_with_a_pareto_set() {
    let c = small();
    let mut p = hjaelper_34();
    p.subjects = None;
    p.education = None;
    let q = Query {
        start: Some(START),
        max_steps: 3,
        ..Query::to("sygeplejerske", common::ASKED)
    };
    let a = find_routes(&c, &p, &q);
    let b = find_routes(&c, &p, &q);
    assert_eq!(a, b);
    assert!(a.iter().any(|r| r.pareto));
    for w in a.windows(2) {
        assert!(w[0].totals.calendar <= w[1].totals.calendar);
    }
    let cheap = find_routes(
        &c,
        &p,
        &Query {
            sort: vejviser::engine::SortBy::Cheapest,
            ..q
        },
    );
    for w in cheap.windows(2) {
        assert!(w[0].totals.net_cost <= w[1].totals.net_cost);
    }
}

#[test]
fn experience_is_weighted_by_hours_on_the_date() {
    use vejviser::catalog::Requirement;
    use vejviser::engine::eval::{Context, Verdict, evaluate};
    let c = small();
    let req = Requirement::Experience {
        areas: vec![Area::Hjemmepleje, Area::Plejecenter],
        months: 24,
        within_years: Some(4),
        day_share: Some(Percent(50)),
        close: vec![],
    };
    let ctx = Context {
        date: START,
        also_holds: &[],
        skipped: &[],
    };
    let full = evaluate(&req, &ufaglaert_29(25), &c, &ctx);
    assert_eq!(full.verdict, Verdict::Met);
    let months = |e: &vejviser::engine::Evaluation| match &*e.checks[0].reason {
        Reason::Experience {
            have_months,
            need_months,
            ..
        } => (*have_months, *need_months),
        other => panic!("not an experience reason: {other:?}"),
    };
    assert_eq!(months(&full), (36, 24));
    let half = evaluate(&req, &ufaglaert_29(20), &c, &ctx);
    assert_eq!(half.verdict, Verdict::NotMet);
    assert_eq!(months(&half), (18, 24), "8–24 hours a week count half");
    let said = Lang::En.reason(&c, &half.checks[0].reason);
    assert!(said.contains("18 months"), "{said}");
    assert!(said.contains("24 months are needed"), "{said}");
    let none = evaluate(&req, &ufaglaert_29(7), &c, &ctx);
    assert_eq!(
        months(&none),
        (0, 24),
        "under 8 hours a week does not count"
    );
}

#[test]
fn any_all_and_at_least_combine_three_valued() {
    use vejviser::catalog::Requirement as R;
    use vejviser::engine::eval::{Context, Verdict, evaluate};
    let c = small();
    let mut p = person(30, "sosu-hjaelper");
    p.subjects = None;
    let ctx = Context {
        date: START,
        also_holds: &[],
        skipped: &[],
    };
    let met = R::Holds {
        id: "sosu-hjaelper".into(),
        after: None,
        before: None,
        close: vec![],
    };
    let not = R::Holds {
        id: "sosu-assistent".into(),
        after: None,
        before: None,
        close: vec![],
    };
    let unk = R::Subject {
        subject: Subject::Engelsk,
        level: Level::D,
        close: vec![],
    };
    let v = |r: R| evaluate(&r, &p, &c, &ctx).verdict;
    assert_eq!(v(R::Any(vec![not.clone(), unk.clone()])), Verdict::Unknown);
    assert_eq!(v(R::Any(vec![not.clone(), met.clone()])), Verdict::Met);
    assert_eq!(v(R::Any(vec![not.clone(), not.clone()])), Verdict::NotMet);
    assert_eq!(v(R::All(vec![met.clone(), unk.clone()])), Verdict::Unknown);
    assert_eq!(v(R::All(vec![unk.clone(), not.clone()])), Verdict::NotMet);
    assert_eq!(
        v(R::AtLeast(2, vec![met.clone(), unk.clone(), not.clone()])),
        Verdict::Unknown
    );
    assert_eq!(
        v(R::AtLeast(2, vec![met.clone(), met.clone(), not])),
        Verdict::Met
    );
    assert_eq!(v(R::Any(vec![])), Verdict::NotMet);
    assert_eq!(v(R::All(vec![])), Verdict::Met);
}

#[test]
fn comparison_rows_mark_what_differs() {
    let c = small();
    let mut ass = person(35, "sosu-assistent");
    ass.education = Some(EduLevel::Eud);
    ass.subjects = subjects(&[
        (Subject::Dansk, Level::C),
        (Subject::Naturfag, Level::E),
        (Subject::Engelsk, Level::C),
        (Subject::Biologi, Level::C),
    ]);
    let q = Query {
        start: Some(START),
        max_steps: 1,
        ..Query::to("ergoterapeut", common::ASKED)
    };
    let routes = find_routes(&c, &ass, &q);
    assert_eq!(routes.len(), 2, "UCN and VIA");
    let cmp = vejviser::i18n::table::compare(&c, &routes, Lang::Da);
    assert_eq!(cmp.titles.len(), 2);
    let row = |label: &str| cmp.rows.iter().find(|r| r.label == label).unwrap();
    assert!(
        row("Samlet varighed").differs,
        "the supplement makes UCN longer"
    );
    assert!(!row("Du bliver").differs);
    assert_eq!(row("Du bliver").cells[0], "Ergoterapeut");
    assert!(row("Kilder (tjekket)").cells[0].contains("1. okt. 2025"));
    assert!(cmp.rows.iter().all(|r| r.cells.len() == 2));
}

#[test]
fn what_if_reports_changes_in_plain_words() {
    let c = small();
    let base = ufaglaert_29(20);
    let more = ufaglaert_29(25);
    let q = Query {
        start: Some(START),
        max_steps: 2,
        ..Query::to("sosu-hjaelper", common::ASKED)
    };
    let w = vejviser::engine::what_if(&c, &base, &more, &q);
    assert!(w.after.iter().any(|r| r.id == "ssh-hovedforloeb.euv1"));
    let new = w
        .changes
        .iter()
        .find_map(|ch| match ch {
            Change::NewRoute { route } => Some(&w.after[*route].id),
            _ => None,
        })
        .expect("a new route");
    assert_eq!(new, "ssh-hovedforloeb.euv1");
    assert!(w.changes.iter().any(|ch| matches!(ch, Change::Gone { .. })));
    let lines = vejviser::i18n::table::what_if_lines(&c, &w, Lang::Da);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Ny vej: Social- og sundhedshjælper, hovedforløb (EUV1)")),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("ikke længere mulig")),
        "{lines:#?}"
    );
    let english = vejviser::i18n::table::what_if_lines(&c, &w, Lang::En);
    assert!(english.iter().any(|l| l.starts_with("New route: ")));
    let same = vejviser::engine::what_if(&c, &base, &base, &q);
    assert!(same.changes.is_empty());
    assert_eq!(
        vejviser::i18n::table::what_if_lines(&c, &same, Lang::Da),
        ["Ændringen gør ingen forskel for vejene"]
    );
}
