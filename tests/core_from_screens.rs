//! What the screens used to work out themselves, now in the core: funding totals per source
//! and a plan made from a route (the goal order has unit tests in `engine::goals`).

mod common;

use common::scenario::hjaelper_34;
use common::*;
use vejviser::catalog::Money;
use vejviser::engine::funding::by_source;
use vejviser::engine::routes::{Query, find_routes};
use vejviser::i18n::Lang;
use vejviser::store::plan::from_route;

fn route_to_assistant() -> (vejviser::catalog::Catalog, vejviser::engine::Route) {
    let c = bundled().expect("bundled catalogue");
    let q = Query {
        start: Some(START),
        ..Query::to("sosu-assistent", ASKED)
    };
    let r = find_routes(&c, &hjaelper_34(), &q).remove(0);
    (c, r)
}

#[test]
fn funding_totals_add_up_the_steps_of_each_source() {
    let (_, r) = route_to_assistant();
    let totals = by_source(&r);
    assert!(!totals.is_empty());
    for t in &totals {
        let answers: Vec<_> = r
            .steps
            .iter()
            .flat_map(|s| &s.funding)
            .filter(|f| f.source == t.source)
            .collect();
        assert_eq!(t.steps.len(), answers.len(), "{}", t.source);
        let sum = answers.iter().fold(Money::ZERO, |a, f| a + f.amount);
        assert_eq!(t.amount, sum, "{}", t.source);
        assert_eq!(t.best, answers.iter().map(|f| f.verdict).min().unwrap());
    }
    // Best verdict first, then the largest amount.
    assert!(
        totals
            .windows(2)
            .all(|w| (w[0].best, std::cmp::Reverse(w[0].amount))
                <= (w[1].best, std::cmp::Reverse(w[1].amount)))
    );
    let sources: Vec<_> = totals.iter().map(|t| t.source.as_str()).collect();
    let mut unique = sources.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), sources.len(), "each source once: {sources:?}");
}

#[test]
fn a_plan_made_from_a_route_keeps_its_steps_and_says_who_may_pay() {
    let (c, r) = route_to_assistant();
    let p = hjaelper_34();
    let plan = from_route(&c, Lang::Da, &r, &p, "plan-x".into(), TODAY);
    let steps: Vec<_> = plan.steps.iter().map(|s| s.programme.as_str()).collect();
    let want: Vec<_> = r.steps.iter().map(|s| s.programme.as_str()).collect();
    assert_eq!(steps, want);
    assert_eq!(plan.to, "sosu-assistent");
    assert_eq!(plan.from.as_deref(), Some("sosu-hjaelper"));
    assert_eq!(
        plan.title,
        "Social- og sundhedshjælper → Social- og sundhedsassistent"
    );
    assert_eq!(plan.profile.as_ref(), Some(&p));
    assert!(plan.summary[1].starts_with("I alt: "), "{:?}", plan.summary);
    let eligible = r
        .steps
        .iter()
        .flat_map(|s| &s.funding)
        .filter(|f| f.verdict <= vejviser::engine::FundVerdict::Unknown)
        .count();
    let ended = r.periods_ended().len();
    assert!(ended > 0, "the OK24 rates have ended by the step");
    assert_eq!(
        plan.summary.len(),
        2 + eligible + ended,
        "{:?}",
        plan.summary
    );
    assert!(plan.summary.last().unwrap().starts_with("Periode slut: "));
    let en = from_route(&c, Lang::En, &r, &p, "plan-x".into(), TODAY);
    assert!(en.summary[1].starts_with("In all: "), "{:?}", en.summary);
}
