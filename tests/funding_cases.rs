//! Funding and pay cases on the bundled catalogue: the fund lists, shared caps, open answers,
//! GF2 pay and admission, the AMU fee, and an income on every step to nursing.

mod common;

use common::scenario::*;
use common::*;
use vejviser::catalog::ProgrammeKind;
use vejviser::catalog::{Catalog, EduLevel, Level, Money, Subject, TrackCode};
use vejviser::engine::funding::{FundVerdict, StepContext, evaluate_funding};
use vejviser::engine::profile::FundingUse;
use vejviser::engine::reason::Reason;
use vejviser::engine::routes::{Query, find_routes};
use vejviser::i18n::Lang;

fn step_ctx<'a>(c: &'a Catalog, id: &str, earlier: &'a [FundingUse]) -> StepContext<'a> {
    let p = c.programme(id).unwrap();
    StepContext {
        programme: p,
        track: TrackCode::Standard,
        start: START,
        school: p.structure.school.weeks(),
        calendar: p.structure.school.weeks(),
        fees: p.fee.as_ref().map_or(Money::ZERO, |f| f.amount),
        pay: None,
        following_pay: None,
        later: &[],
        earlier,
        also_holds: &[],
    }
}

#[test]
fn amu_course_is_on_the_fund_list_and_gets_veu() {
    let c = small();
    let p = hjaelper_34();
    let r = evaluate_funding(&c, &p, &step_ctx(&c, "amu-42900", &[]));
    let dkk = r
        .iter()
        .find(|f| f.source == "den-kommunale-kompetencefond")
        .unwrap();
    assert_eq!(dkk.verdict, FundVerdict::Eligible);
    assert_eq!((dkk.amount, dkk.co_payment), (kr(2_400), kr(600)));
    assert_eq!(dkk.apply_by, Some(START.add_days(-1)));
    assert_eq!(dkk.apply_from, Some(START.add_months(-9)));
    let veu = r.iter().find(|f| f.source == "veu-godtgoerelse").unwrap();
    assert_eq!(veu.verdict, FundVerdict::Eligible);
    assert_eq!(
        veu.amount,
        kr(4_700 * 4 / 5),
        "4 days = 0.8 weeks at 4,700 kr"
    );
}

#[test]
fn eud_is_not_on_foas_list() {
    let c = small();
    let r = evaluate_funding(&c, &hjaelper_34(), &step_ctx(&c, "ssa-hovedforloeb", &[]));
    let dkk = r
        .iter()
        .find(|f| f.source == "den-kommunale-kompetencefond")
        .unwrap();
    assert_eq!(dkk.verdict, FundVerdict::NotEligible);
    assert!(matches!(
        &*dkk.reasons[0].reason,
        Reason::NotListed { programme, kind: ProgrammeKind::Eud, .. } if programme == "ssa-hovedforloeb"
    ));
    // The words, once: the kind of programme the fund does not cover is named.
    let said = Lang::Da.reason(&c, &dkk.reasons[0].reason);
    assert!(said.contains("dækker ikke erhvervsuddannelser"), "{said}");
}

#[test]
fn an_earlier_step_shares_the_cap() {
    let c = small();
    let earlier = [FundingUse {
        source: "den-kommunale-kompetencefond".into(),
        date: Some(START.add_months(-4)),
        amount: kr(16_000),
    }];
    let r = evaluate_funding(
        &c,
        &hjaelper_34(),
        &step_ctx(&c, "akademi-sundhedspraksis", &earlier),
    );
    let dkk = r
        .iter()
        .find(|f| f.source == "den-kommunale-kompetencefond")
        .unwrap();
    assert_eq!(dkk.amount, kr(14_000));
    assert_eq!(dkk.co_payment, kr(3_500));
}

#[test]
fn an_open_answer_does_not_exclude_another_source() {
    // Notice unknown: the fund (not for people under notice) and the pool (only for them)
    // are both "maybe". Neither may knock the other out; each says they do not stack.
    let c = small();
    let mut p = hjaelper_34();
    p.employment.as_mut().unwrap().under_notice = None;
    let r = evaluate_funding(&c, &p, &step_ctx(&c, "akademi-sundhedspraksis", &[]));
    let get = |id: &str| r.iter().find(|f| f.source == id).unwrap();
    let (dkk, tryg) = (get("den-kommunale-kompetencefond"), get("tryghedspuljen"));
    assert_eq!(tryg.verdict, FundVerdict::Unknown);
    assert_eq!(tryg.amount, kr(20_000));
    assert_eq!(dkk.verdict, FundVerdict::Unknown);
    assert!(dkk.amount > Money::ZERO);
    let says_not_with = |f: &vejviser::engine::FundingResult, other: &str| {
        f.reasons
            .iter()
            .any(|ch| *ch.reason == Reason::NotWith { with: other.into() })
    };
    assert!(says_not_with(dkk, "tryghedspuljen"));
    assert!(says_not_with(tryg, "den-kommunale-kompetencefond"));
}

#[test]
fn gf2_is_paid_as_the_assistant_programme_only_before_it() {
    let c = small();
    let mut p = person(30, "ufaglaert");
    p.education = Some(EduLevel::Grundskole);
    let q = Query {
        start: Some(START),
        max_steps: 2,
        ..Query::to("sosu-assistent", common::ASKED)
    };
    let routes = find_routes(&c, &p, &q);
    let direct = routes
        .iter()
        .find(|r| r.id == "+gf2-sosu.standard/ssa-hovedforloeb.euv2")
        .unwrap();
    let gf2 = &direct.steps[0];
    let trepart = gf2
        .funding
        .iter()
        .find(|f| f.source == "trepart-gf2-loen")
        .unwrap();
    assert_eq!(trepart.verdict, FundVerdict::Eligible);
    assert_eq!(
        gf2.income.monthly, direct.steps[1].income.monthly,
        "paid as the SSA step"
    );
    // Through SSH first, GF2 leads into SSH: no trepart pay.
    if let Some(via) = routes
        .iter()
        .find(|r| r.id.starts_with("+gf2-sosu.standard/ssh-hovedforloeb"))
    {
        assert!(
            via.steps[0]
                .funding
                .iter()
                .all(|f| f.source != "trepart-gf2-loen")
        );
    }
}

/// The GF2 step of the first route to the assistant programme through GF2, on the bundled
/// catalogue.
fn gf2_step(c: &Catalog, p: &vejviser::engine::Profile) -> std::sync::Arc<vejviser::engine::Step> {
    let q = Query {
        max_steps: 2,
        ..Query::to("sosu-assistent", TODAY)
    };
    let routes = find_routes(c, p, &q);
    let r = routes
        .iter()
        .find(|r| r.steps.iter().any(|s| s.programme == "gf2-sosu"))
        .unwrap_or_else(|| {
            panic!(
                "no route through GF2: {:?}",
                routes.iter().map(|r| &r.id).collect::<Vec<_>>()
            )
        });
    r.steps
        .iter()
        .find(|s| s.programme == "gf2-sosu")
        .unwrap()
        .clone()
}

#[test]
fn gf2_with_a_training_contract_is_not_held_back_by_the_02_rule() {
    use vejviser::engine::eval::Verdict;
    let Some(c) = bundled() else { return };
    // An adult hired by the municipality from the start of GF2 (trepart), no school grades known.
    let mut p = person(30, "ufaglaert");
    p.education = Some(EduLevel::Grundskole);
    p.work = Some(vec![]);
    p.training_contract = Some(true);
    let gf2 = gf2_step(&c, &p);
    assert_eq!(
        gf2.requirements.verdict,
        Verdict::Met,
        "{:?}",
        gf2.requirements
    );
    assert!(
        gf2.requirements
            .checks
            .iter()
            .any(|ch| *ch.reason == Reason::HasContract)
    );
    // Without one, or not known: the 02 rule is open ("ask the school"), never a no.
    for contract in [None, Some(false)] {
        p.training_contract = contract;
        let gf2 = gf2_step(&c, &p);
        assert_eq!(gf2.requirements.verdict, Verdict::Unknown, "{contract:?}");
        let unknown = gf2
            .requirements
            .checks
            .iter()
            .any(|ch| *ch.reason == Reason::ContractUnknown);
        assert_eq!(unknown, contract.is_none(), "{contract:?}");
    }
    // The words say what a contract does.
    let words = Lang::Da.reason(&c, &Reason::ContractUnknown);
    assert!(words.contains("uddannelsesaftale"), "{words}");
}

#[test]
fn amu_is_free_up_to_a_vocational_education_and_full_price_above() {
    let Some(c) = bundled() else { return };
    let course = |edu: Option<EduLevel>| {
        let mut p = hjaelper_34();
        p.education = edu;
        vejviser::engine::course::answer(&c, &p, "amu-42900", None, TODAY).expect("an AMU course")
    };
    let free = course(Some(EduLevel::Eud));
    assert_eq!(free.fees, Money::ZERO);
    assert!(
        matches!(
            free.fee_rule,
            Some(Reason::FeeWaived {
                up_to: EduLevel::Eud,
                ..
            })
        ),
        "{:?}",
        free.fee_rule
    );
    // A nurse taking the course pays, and is told why; so is a person whose education is not known.
    let full = course(Some(EduLevel::Professionsbachelor));
    assert!(full.fees > Money::ZERO);
    assert!(
        matches!(
            full.fee_rule,
            Some(Reason::FeeFullPrice {
                have: EduLevel::Professionsbachelor,
                up_to: EduLevel::Eud
            })
        ),
        "{:?}",
        full.fee_rule
    );
    let unknown = course(None);
    assert_eq!(unknown.fees, full.fees);
    assert!(matches!(
        unknown.fee_rule,
        Some(Reason::FeeDependsOnEducation {
            up_to: EduLevel::Eud
        })
    ));
    // The fund's share follows the price: 80 % of what is charged.
    let dkk = |s: &vejviser::engine::Step| {
        s.funding
            .iter()
            .find(|f| f.source == "den-kommunale-kompetencefond")
            .map(|f| f.amount)
    };
    assert_eq!(dkk(&full), Some(full.fees.per_mille(800)));
}

#[test]
fn a_route_from_assistant_to_nurse_has_an_income_for_every_step() {
    let Some(c) = bundled() else { return };
    let mut p = person(35, "sosu-assistent");
    p.qualifications = vec![qual("sosu-assistent")];
    p.education = eud();
    p.employment = Some(foa_kommune(5));
    p.monthly_pay = Some(kr(31_000));
    p.subjects = subjects(&[(Subject::Dansk, Level::D), (Subject::Naturfag, Level::E)]);
    let q = Query {
        max_steps: 4,
        ..Query::to("sygeplejerske", TODAY)
    };
    let routes = find_routes(&c, &p, &q);
    assert!(!routes.is_empty());
    for r in &routes {
        for s in &r.steps {
            assert!(
                s.income.monthly.is_some(),
                "{}: {} has no income: {:?}",
                r.id,
                s.programme,
                s.income
            );
        }
        assert!(r.totals.monthly_income.is_some(), "{}", r.id);
        let pb = r
            .steps
            .iter()
            .find(|s| s.programme == "sygeplejerske-pb")
            .unwrap();
        assert_eq!(pb.income.scheme.as_deref(), Some("loen-su"));
        assert!(pb.income.monthly.unwrap() > Money::ZERO);
    }
}
