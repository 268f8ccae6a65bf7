//! The hard cases of a personal answer, on the bundled catalogue: each test names the class
//! of wrong answer it guards against.

mod common;

use common::*;
use vejviser::catalog::{Catalog, Level, Subject};
use vejviser::engine::Profile;
use vejviser::engine::eval::Verdict;
use vejviser::engine::reason::Reason;
use vejviser::engine::routes::{Query, Route, find_routes};

/// A trained SSA (2015) with Dansk C and Naturfag C from the programme and Engelsk E.
fn ssa_engelsk_e() -> Profile {
    let mut p = person(41, "sosu-assistent");
    p.qualifications = vec![vejviser::engine::profile::Qualification {
        id: "sosu-assistent".into(),
        year: Some(2015),
    }];
    p.subjects = subjects(&[
        (Subject::Dansk, Level::C),
        (Subject::Naturfag, Level::C),
        (Subject::Engelsk, Level::E),
    ]);
    p.work = Some(vec![work(vejviser::catalog::Area::Plejecenter, 10, 32)]);
    p.employment = Some(foa_kommune(10));
    p.education = eud();
    p
}

fn routes(c: &Catalog, p: &Profile, to: &str) -> Vec<Route> {
    let q = Query {
        start: Some(START),
        ..Query::to(to, ASKED)
    };
    find_routes(c, p, &q)
}

#[test]
fn alternatives_are_not_gaps() {
    let Some(c) = bundled() else { return };
    let found = routes(&c, &ssa_engelsk_e(), "sygeplejerske");
    let best = found.first().expect("a route to nursing");
    let nursing = best.steps.last().unwrap();
    assert_eq!(nursing.programme, "sygeplejerske-pb");
    // What is missing on the kvote 2 step is one item, with the course that closes it.
    let missing: Vec<_> = nursing
        .requirements
        .checks
        .iter()
        .filter(|c| c.verdict == Verdict::NotMet)
        .collect();
    assert_eq!(missing.len(), 1, "{:#?}", nursing.requirements.checks);
    assert_eq!(
        *missing[0].reason,
        Reason::SubjectLevel {
            subject: Subject::Engelsk,
            have: Level::E,
            need: Level::D
        }
    );
    assert_eq!(missing[0].close, ["supplement-engelsk-d"]);
    // The gymnasial and nine-months routes are kept as alternatives, not listed as missing.
    assert!(!nursing.requirements.instead.is_empty());
    let asks_for_a_level = nursing.requirements.checks.iter().any(|c| {
        matches!(
            &*c.reason,
            Reason::SubjectLevel {
                need: Level::A | Level::B,
                ..
            } | Reason::SubjectNotTaken { .. }
        )
    });
    assert!(!asks_for_a_level, "{:#?}", nursing.requirements.checks);
    // And the route's own list of open requirements says the same.
    assert_eq!(best.open.len(), 1, "{:#?}", best.open);
}

#[test]
fn a_requirement_is_listed_once() {
    let Some(c) = bundled() else { return };
    for to in ["sygeplejerske", "sosu-assistent", "ergoterapeut"] {
        for r in routes(&c, &ssa_engelsk_e(), to) {
            for s in &r.steps {
                let checks = &s.requirements.checks;
                for (i, a) in checks.iter().enumerate() {
                    assert!(
                        !checks[i + 1..].contains(a),
                        "{to}: {} lists {:?} twice",
                        s.programme,
                        a.reason
                    );
                }
            }
        }
    }
}

#[test]
fn merit_the_school_decides_is_not_counted_as_a_right() {
    let Some(c) = bundled() else { return };
    let found = routes(&c, &ssa_engelsk_e(), "sygeplejerske");
    let nursing = found[0].steps.last().unwrap();
    let m = nursing
        .merit
        .iter()
        .find(|m| m.rule == "merit-ssa-sygeplejerske")
        .expect("the SSA merit route is named");
    assert!(!m.right, "the school decides it after admission");
    // The planned length is the full programme; the shorter one is shown beside it.
    let full = c
        .programme("sygeplejerske-pb")
        .unwrap()
        .structure
        .calendar
        .unwrap();
    assert_eq!(nursing.calendar, full.weeks());
    let shorter = nursing.calendar_if_granted.expect("a length if granted");
    assert!(shorter < nursing.calendar);
    let said = vejviser::i18n::Lang::Da.reason(&c, &m.reason);
    assert!(said.contains("ikke en ret"), "{said}");
}

/// 24, unskilled, with a gymnasial exam from 2021 (it replaces GF2 from 1 August 2024).
fn gymnasial_24() -> Profile {
    let mut p = person(24, "ufaglaert");
    p.qualifications = vec![qual("gymnasial-eksamen")];
    p.qualifications[0].year = Some(2021);
    p.education = Some(vejviser::catalog::EduLevel::Gymnasial);
    // They said they hold no certificates (first aid, fire fighting).
    p.certificates_known = true;
    p
}

#[test]
fn credit_that_replaces_a_programme_opens_the_track_but_gives_no_certificates() {
    let Some(c) = bundled() else { return };
    let found = routes(&c, &gymnasial_24(), "sosu-hjaelper");
    let best = found.first().expect("a route to SOSU-hjælper");
    let ids: Vec<&str> = best.steps.iter().map(|s| s.programme.as_str()).collect();
    // No GF2: the exam replaces it. The certificates GF2 would have given are a short step.
    assert_eq!(
        ids,
        ["supplement-certifikater", "ssh-hovedforloeb"],
        "{}",
        best.id
    );
    assert!(best.steps[0].gap);
    let ssh = &best.steps[1];
    assert!(ssh.requirements.checks.iter().any(|ch| {
        ch.verdict == Verdict::Met
            && *ch.reason
                == Reason::SkippedByMerit {
                    programme: "gf2-sosu".into(),
                }
    }));
    // Without the supplement step, the certificates are missing, not given by the credit.
    let open: Vec<_> = ssh.requirements.open().collect();
    assert!(
        open.iter()
            .all(|ch| matches!(&*ch.reason, Reason::LacksCertificate(_))),
        "{open:#?}"
    );
    assert_eq!(open.len(), 2, "first aid and fire fighting");
}

#[test]
fn certificates_not_asked_are_open_questions_not_a_step() {
    let Some(c) = bundled() else { return };
    let mut p = gymnasial_24();
    p.certificates_known = false;
    let found = routes(&c, &p, "sosu-hjaelper");
    let best = found.first().expect("a route to SOSU-hjælper");
    let ids: Vec<&str> = best.steps.iter().map(|s| s.programme.as_str()).collect();
    assert_eq!(ids, ["ssh-hovedforloeb"], "{}", best.id);
    let unknown: Vec<_> = best.steps[0]
        .requirements
        .checks
        .iter()
        .filter(|ch| ch.verdict == Verdict::Unknown)
        .filter(|ch| matches!(&*ch.reason, Reason::CertificateNotAsked(_)))
        .collect();
    assert_eq!(
        unknown.len(),
        2,
        "first aid and fire fighting are asked about"
    );
}

#[test]
fn no_job_is_not_employment_unknown() {
    let Some(c) = bundled() else { return };
    let mut p = ssa_engelsk_e();
    p.employment = None;
    p.has_job = Some(false);
    let found = routes(&c, &p, "sygeplejerske");
    let best = found.first().expect("a route to nursing");
    let kf: Vec<_> = best
        .steps
        .iter()
        .flat_map(|s| &s.funding)
        .filter(|f| f.source == "den-kommunale-kompetencefond")
        .collect();
    assert!(!kf.is_empty());
    for f in kf {
        assert_eq!(
            f.verdict,
            vejviser::engine::FundVerdict::NotEligible,
            "{f:#?}"
        );
    }
    p.has_job = None;
    let found = routes(&c, &p, "sygeplejerske");
    let f = found[0]
        .steps
        .iter()
        .flat_map(|s| &s.funding)
        .find(|f| f.source == "den-kommunale-kompetencefond")
        .unwrap();
    assert_eq!(f.verdict, vejviser::engine::FundVerdict::Unknown);
}

#[test]
fn the_age_for_voksenelevloen_counts_when_the_contract_is_signed() {
    use vejviser::catalog::{Date, Requirement};
    use vejviser::engine::eval::{Context, evaluate};
    let Some(c) = bundled() else { return };
    let rule = &c.funding_source("voksenelevloen").unwrap().eligibility;
    let age = |r: &Requirement| -> Option<Requirement> {
        match r {
            Requirement::All(l) => l
                .iter()
                .find(|x| matches!(x, Requirement::Age { .. }))
                .cloned(),
            _ => None,
        }
    };
    let leaf = age(rule).expect("an age rule");
    assert!(
        matches!(
            leaf,
            Requirement::Age {
                at_signing: true,
                ..
            }
        ),
        "{leaf:?}"
    );
    // Born 1 July 2001: 25 on 1 July 2026.
    let mut p = person(25, "sosu-hjaelper");
    p.birth_year = Some(2001);
    let start = Date::new(2026, 8, 1);
    let ctx = Context {
        date: start,
        also_holds: &[],
        skipped: &[],
    };
    let e = evaluate(&leaf, &p, &c, &ctx);
    assert_eq!(e.verdict, Verdict::Unknown, "signing day not given: {e:#?}");
    p.contract_signed = Some(Date::new(2026, 3, 1));
    assert_eq!(evaluate(&leaf, &p, &c, &ctx).verdict, Verdict::NotMet);
    p.contract_signed = Some(Date::new(2026, 7, 15));
    assert_eq!(evaluate(&leaf, &p, &c, &ctx).verdict, Verdict::Met);
}

#[test]
fn no_detours_through_other_programmes() {
    let Some(c) = bundled() else { return };
    let found = routes(&c, &gymnasial_24(), "sosu-hjaelper");
    for r in &found {
        let mains: Vec<&str> = r
            .steps
            .iter()
            .filter(|s| !s.gap)
            .map(|s| s.programme.as_str())
            .collect();
        assert_eq!(
            mains,
            ["ssh-hovedforloeb"],
            "{} goes round another programme to reach SSH",
            r.id
        );
    }
}

#[test]
fn dates_that_can_happen() {
    let Some(c) = bundled() else { return };
    // Asked at the end of November, starting as soon as possible.
    let today = vejviser::catalog::Date::new(2026, 11, 29);
    let q = Query::to("sygeplejerske", today);
    let found = find_routes(&c, &ssa_engelsk_e(), &q);
    let best = found.first().expect("a route");
    let nursing = best.steps.last().unwrap();
    // Nursing starts after the summer, at the first intake whose kvote 2 deadline is ahead:
    // 15 March 2026 has passed, so September 2027.
    assert_eq!(nursing.start, vejviser::catalog::Date::new(2027, 9, 1));
    // Starting "as soon as possible" leaves the day the fund wants the application by: the
    // first step is not born with a missed deadline.
    let first = &best.steps[0];
    assert!(first.start > today);
    let dkk = first
        .funding
        .iter()
        .find(|f| f.source == "den-kommunale-kompetencefond")
        .expect("the fund answers for the English course");
    assert_eq!(dkk.verdict, vejviser::engine::FundVerdict::Eligible);
    for s in &best.steps {
        for (what, when) in &s.deadlines {
            assert!(*when >= today, "{what:?} on {when} is already past");
        }
        for f in &s.funding {
            if f.apply_by.is_some_and(|by| by < today) {
                assert_ne!(
                    f.verdict,
                    vejviser::engine::FundVerdict::Eligible,
                    "{}: its deadline has passed",
                    f.source
                );
            }
        }
    }
}

fn funding_on(
    c: &Catalog,
    p: &Profile,
    programme: &str,
) -> Vec<vejviser::engine::funding::FundingResult> {
    let prog = c.programme(programme).expect(programme);
    let step = vejviser::engine::funding::StepContext {
        programme: prog,
        track: vejviser::catalog::TrackCode::Standard,
        start: START,
        school: prog.structure.school.weeks(),
        calendar: prog.structure.school.weeks(),
        fees: prog
            .fee
            .as_ref()
            .map_or(vejviser::catalog::Money::ZERO, |f| f.amount),
        pay: None,
        following_pay: None,
        later: &[],
        earlier: &[],
        also_holds: &[],
    };
    vejviser::engine::funding::evaluate_funding(c, p, &step)
}

#[test]
fn svu_as_it_is() {
    use vejviser::engine::FundVerdict;
    let Some(c) = bundled() else { return };
    let verdict = |p: &Profile, programme: &str, source: &str| {
        funding_on(&c, p, programme)
            .into_iter()
            .find(|f| f.source == source)
            .map(|f| (f.verdict, f.reasons))
    };
    // School level: a trained SSA is not short-educated. The profile can settle it: once it
    // says the education is in use, the answer is "no", not "maybe".
    let mut ssa = ssa_engelsk_e();
    ssa.education_outdated = Some(false);
    let (v, _) = verdict(&ssa, "supplement-engelsk-d", "svu").expect("SVU is asked");
    assert_eq!(v, FundVerdict::NotEligible);
    ssa.education_outdated = None;
    let (v, _) = verdict(&ssa, "supplement-engelsk-d", "svu").unwrap();
    assert_eq!(v, FundVerdict::Unknown, "unless unused for five years");
    ssa.education_outdated = Some(true);
    let (v, _) = verdict(&ssa, "supplement-engelsk-d", "svu").unwrap();
    assert_ne!(v, FundVerdict::NotEligible);
    // Higher level: only for full-time courses; the academy module is part time.
    let (v, reasons) = verdict(&ssa_engelsk_e(), "akademi-sundhedspraksis", "svu-hoejere")
        .expect("higher-level SVU is asked");
    assert_eq!(v, FundVerdict::NotEligible);
    assert!(
        reasons
            .iter()
            .any(|r| matches!(&*r.reason, Reason::FullTimeOnly { .. })),
        "{reasons:#?}"
    );
}

#[test]
fn the_shortest_route_through_a_programme_takes_it() {
    let Some(c) = bundled() else { return };
    let p = ssa_engelsk_e();
    let r = vejviser::engine::search::through(&c, &p, "ergoterapeut-pb", 4, ASKED)
        .expect("a route through the occupational therapy programme");
    assert!(r.steps.iter().any(|s| s.programme == "ergoterapeut-pb"));
    assert_eq!(r.to, "ergoterapeut");
    assert!(vejviser::engine::search::through(&c, &p, "no-such", 4, ASKED).is_none());
}

#[test]
fn a_preferred_school_uses_its_own_rules() {
    let Some(c) = bundled() else { return };
    let offerings = |p: &Profile| -> Vec<Option<String>> {
        let mut v: Vec<_> = routes(&c, p, "ergoterapeut")
            .iter()
            .flat_map(|r| r.steps.iter())
            .filter(|s| s.programme == "ergoterapeut-pb")
            .map(|s| s.offering.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let mut p = ssa_engelsk_e();
    let all = offerings(&p);
    assert!(
        all.len() > 1,
        "schools differ, so each is a variant: {all:?}"
    );
    p.school = Some("VIA University College".into());
    assert_eq!(offerings(&p), [Some("VIA University College".to_string())]);
    // A school that does not offer the programme changes nothing.
    p.school = Some("SOSU C".into());
    assert_eq!(offerings(&p), all);
}

#[test]
fn a_best_case_that_rests_on_an_unknown_is_not_shown_alone() {
    let Some(c) = bundled() else { return };
    // Nothing but the role is known: the school-only track is only a "maybe".
    let p = Profile::with_role("sosu-hjaelper");
    let found = routes(&c, &p, "sosu-assistent");
    let tracks: Vec<_> = found
        .iter()
        .filter(|r| {
            r.steps
                .iter()
                .all(|s| s.programme == "ssa-hovedforloeb" || s.gap)
        })
        .map(|r| r.steps.last().unwrap().track)
        .collect();
    assert!(
        tracks.len() >= 2,
        "{:?}",
        found.iter().map(|r| &r.id).collect::<Vec<_>>()
    );
    let first = &found[0];
    let last = first.steps.last().unwrap();
    if last.requirements.verdict == Verdict::Unknown {
        assert!(
            found
                .iter()
                .any(|r| r.steps.last().unwrap().track != last.track),
            "only the unsure track is offered"
        );
    }
}
