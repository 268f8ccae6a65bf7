//! On the bundled catalogue: every income or funding figure a route uses after the period of
//! its rate or cap ended must say so (`Reason::RatePeriodEnded`), in the engine's answer and in
//! the words the CLI prints. Which figure applies is worked out here from the catalogue, so
//! the test fails if the engine stops marking one.

mod common;

use common::scenario::{hjaelper_34, ufaglaert_29};
use common::*;
use vejviser::catalog::{Area, Benefit, Catalog, Date, EduLevel, Level, PayKind, Rate, Subject};
use vejviser::engine::Profile;
use vejviser::engine::funding::{FundVerdict, svu_variant};
use vejviser::engine::pay::pick_rate;
use vejviser::engine::reason::Reason;
use vejviser::engine::routes::{Query, Route, Step, find_routes};
use vejviser::i18n::Lang;

/// People and goals across the catalogue: helpers, assistants, the unskilled, the young.
fn cases() -> Vec<(&'static str, Profile, &'static str)> {
    let mut ssa = person(40, "sosu-assistent");
    ssa.qualifications = vec![qual("sosu-assistent")];
    ssa.education = eud();
    ssa.employment = Some(foa_kommune(5));
    ssa.monthly_pay = Some(kr(31_000));
    ssa.subjects = subjects(&[
        (Subject::Dansk, Level::C),
        (Subject::Naturfag, Level::C),
        (Subject::Engelsk, Level::D),
    ]);
    let mut young = person(22, "ufaglaert");
    young.education = Some(EduLevel::Grundskole);
    let mut unemployed = ufaglaert_29(37);
    unemployed.on_dagpenge = Some(true);
    let mut region = hjaelper_34();
    region.employment.as_mut().unwrap().sector = Some(vejviser::catalog::Sector::Region);
    region.work = Some(vec![work(Area::Sygehus, 4, 37)]);
    vec![
        ("hjælper → assistent", hjaelper_34(), "sosu-assistent"),
        ("hjælper i region → assistent", region, "sosu-assistent"),
        ("ufaglært 29 → hjælper", ufaglaert_29(30), "sosu-hjaelper"),
        ("ledig ufaglært → hjælper", unemployed, "sosu-hjaelper"),
        ("22 år → assistent", young, "sosu-assistent"),
        ("assistent → sygeplejerske", ssa.clone(), "sygeplejerske"),
        (
            "hjælper → demenskoordinator",
            hjaelper_34(),
            "demenskoordinator",
        ),
        (
            "assistent → pædagogisk assistent",
            ssa,
            "paedagogisk-assistent",
        ),
    ]
}

/// The end of the rate's period when it ended before `date`.
fn ended(r: &Rate, date: Date) -> Option<Date> {
    r.valid_to.filter(|d| *d < date)
}

fn marked(reasons: &[&Reason], of: &str) -> bool {
    reasons
        .iter()
        .any(|r| matches!(r, Reason::RatePeriodEnded { of: o, .. } if o == of))
}

/// The ids whose figures this step uses after their period ended, from the catalogue.
fn expected(c: &Catalog, p: &Profile, s: &Step) -> Vec<String> {
    let mut out = Vec::new();
    // Income from a pay scheme of fixed rates (or SU), month by month as the step runs.
    if let (Some(id), Some(_)) = (&s.income.scheme, s.income.monthly)
        && let Some(scheme) = c.pay_scheme(id)
        && matches!(scheme.kind, PayKind::Rates | PayKind::Su)
    {
        let age = p.age_on(s.start);
        let months = ((s.calendar.0 as i64 * 3 + 65) / 130).clamp(1, 60) as u16;
        let any = (1..=months).any(|m| {
            let date = s.start.add_months(m as i64 - 1);
            pick_rate(&scheme.rates, date, age, Some(m), None)
                .is_some_and(|r| ended(r, date).is_some())
        });
        if any {
            out.push(id.clone());
        }
    }
    for f in s
        .funding
        .iter()
        .filter(|f| matches!(f.verdict, FundVerdict::Eligible | FundVerdict::Unknown))
    {
        let Some(src) = c.funding_source(&f.source) else {
            continue;
        };
        let rate_ended = |variant| {
            pick_rate(&src.rates, s.start, p.age_on(s.start), None, variant)
                .is_some_and(|r| ended(r, s.start).is_some())
        };
        let uses_ended = match &src.benefit {
            Benefit::WeeklyRate => {
                let has = src.rates.iter().any(|r| r.variant.is_some());
                rate_ended(if has {
                    svu_variant(c.programme(&s.programme).unwrap().kind)
                } else {
                    None
                })
            }
            Benefit::DagpengePercent(_) => pick_rate(&src.rates, s.start, None, None, None)
                .is_some_and(|r| ended(r, s.start).is_some()),
            // A cap matters when the step has a fee the source shares.
            Benefit::ShareOfFees => {
                s.fees.0 > 0
                    && src
                        .caps
                        .iter()
                        .any(|cap| cap.valid_to.is_some_and(|d| d < s.start))
            }
            _ => false,
        };
        if uses_ended {
            out.push(src.id.clone());
        }
    }
    out
}

fn routes(c: &Catalog, p: &Profile, to: &str) -> Vec<Route> {
    let mut q = Query::to(to, TODAY);
    q.max_steps = 3;
    find_routes(c, p, &q)
}

#[test]
fn every_figure_used_after_its_period_says_so() {
    let Some(c) = bundled() else { return };
    let mut found: Vec<String> = Vec::new();
    for (name, p, to) in cases() {
        let rs = routes(&c, &p, to);
        assert!(!rs.is_empty(), "{name}: no routes");
        for r in &rs {
            for s in &r.steps {
                let said = s.periods_ended();
                for id in expected(&c, &p, s) {
                    if !found.contains(&id) {
                        found.push(id.clone());
                    }
                    assert!(
                        marked(&said, &id),
                        "{name}, {}: {id} is used after its period ended, unsaid: {said:?}",
                        s.programme
                    );
                    // And in words, in both languages.
                    let da: Vec<String> = said.iter().map(|r| Lang::Da.reason(&c, r)).collect();
                    let en: Vec<String> = said.iter().map(|r| Lang::En.reason(&c, r)).collect();
                    assert!(da.iter().any(|t| t.contains("periode")), "{da:?}");
                    assert!(en.iter().any(|t| t.contains("period")), "{en:?}");
                }
            }
            let route_level = r.periods_ended();
            assert!(
                r.steps
                    .iter()
                    .all(|s| s.periods_ended().iter().all(|x| route_level.contains(x))),
                "{name}: the route gathers its steps' ended periods"
            );
        }
    }
    // The agreement behind the pay rates and the fund's cap (OK24) ended on 31 March 2026,
    // and SU's 2026 rates end with the year: routes asked in November 2026 use them, so the
    // test has figures to look at.
    found.sort();
    eprintln!("ended figures: {found:?}");
    for id in ["loen-voksenelev", "loen-su", "den-kommunale-kompetencefond"] {
        assert!(found.iter().any(|f| f == id), "{id} not among {found:?}");
    }
}

#[test]
fn a_figure_still_in_its_period_is_not_marked() {
    let Some(c) = bundled() else { return };
    // SU for 2026 holds to 31 December 2026; a start in 2026 uses it inside its period.
    let p = {
        let mut p = person(30, "ufaglaert");
        p.education = Some(EduLevel::Grundskole);
        p
    };
    let start = Date::new(2026, 11, 23);
    let gf2 = c.programme("gf2-sosu").expect("GF2 in the catalogue");
    let inc =
        vejviser::engine::pay::income(&c, &p, gf2, None, start, vejviser::catalog::Weeks(40), &[]);
    assert_eq!(inc.scheme.as_deref(), Some("loen-su"));
    assert!(inc.monthly.is_some());
    assert_eq!(inc.period_ended, None, "{inc:?}");
    // The same month a year later is past the 2026 rate's period.
    let later = vejviser::engine::pay::income(
        &c,
        &p,
        gf2,
        None,
        Date::new(2027, 11, 23),
        vejviser::catalog::Weeks(40),
        &[],
    );
    assert!(
        matches!(&later.period_ended, Some(Reason::RatePeriodEnded { of, ended })
            if of == "loen-su" && *ended == Date::new(2026, 12, 31)),
        "{later:?}"
    );
}

#[test]
fn the_cli_prints_the_ended_period_in_text_and_json() {
    let Some(_) = bundled() else { return };
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let birthe = root
        .join("tests/fixtures/profiles/birthe.ron")
        .display()
        .to_string();
    let run = |format: &str| {
        let args: Vec<String> = [
            "routes",
            "--from",
            "sosu-hjaelper",
            "--to",
            "sosu-assistent",
            "--profile",
            &birthe,
            "--format",
            format,
            "--limit",
            "1",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = vejviser::cli::run(&args, TODAY, &mut out, &mut err).unwrap();
        assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
        String::from_utf8(out).unwrap()
    };
    // Birthe (47) would be on voksenelevløn, whose newest rate is from OK24 (to 31 March 2026).
    let text = run("text");
    assert!(text.contains("Periode slut"), "{text}");
    assert!(text.contains("31. mar. 2026"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let any = json[0]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["periods_ended"].as_array().is_some_and(|a| !a.is_empty()));
    assert!(any, "{json:#}");
}

#[test]
fn a_step_paid_as_the_next_one_carries_its_ended_period() {
    let Some(c) = bundled() else { return };
    // An adult hired from the start of GF2 (trepart) is paid GF2 as the assistant programme.
    let mut p = person(30, "ufaglaert");
    p.education = Some(EduLevel::Grundskole);
    p.work = Some(vec![]);
    let rs = routes(&c, &p, "sosu-assistent");
    let r = rs
        .iter()
        .find(|r| r.id.starts_with("+gf2-sosu.standard/ssa-hovedforloeb"))
        .expect("a route through GF2 into the assistant programme");
    let (gf2, ssa) = (&r.steps[0], &r.steps[1]);
    assert!(
        matches!(&gf2.income.reason, Reason::FromSource { source, .. } if source == "trepart-gf2-loen"),
        "{:?}",
        gf2.income
    );
    assert_eq!(gf2.income.monthly, ssa.income.monthly);
    assert!(ssa.income.period_ended.is_some(), "{:?}", ssa.income);
    assert_eq!(gf2.income.period_ended, ssa.income.period_ended);
}
