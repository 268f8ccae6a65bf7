//! When the profile does not say which subject levels a person has, the routes include the way
//! that closes the subject gaps, judged against what the profile really says.

use vejviser::catalog::load;
use vejviser::engine::reason::Reason;
use vejviser::engine::routes::{Query, SortBy};
use vejviser::engine::{Profile, Verdict, search::find_routes};

/// The date these tests run as (the catalogue's old-source warnings and route dates depend on it).
const TODAY: vejviser::catalog::Date = vejviser::catalog::Date::new(2026, 11, 22);

fn query(to: &str) -> Query {
    Query {
        from: Some("sosu-hjaelper".into()),
        to: to.into(),
        max_steps: 4,
        sort: SortBy::Fastest,
        start: Some(vejviser::catalog::Date::new(2026, 8, 1)),
        today: TODAY,
    }
}

#[test]
fn a_guest_sees_the_route_that_closes_subject_gaps() {
    let catalog = load::bundled(TODAY).catalog;
    let routes = find_routes(&catalog, &Profile::default(), &query("sygeplejerske"));
    assert!(routes.len() >= 2, "only {} route(s)", routes.len());
    let closing = routes
        .iter()
        .find(|r| {
            r.steps
                .iter()
                .any(|s| s.programme == "supplement-engelsk-d")
        })
        .expect("a route through Engelsk D");
    assert!(
        closing
            .steps
            .iter()
            .any(|s| s.programme == "ssa-hovedforloeb")
    );
    // Nothing in it claims the person lacks a subject: the profile does not say.
    for c in closing.steps.iter().flat_map(|s| &s.requirements.checks) {
        let about_a_subject = matches!(
            &*c.reason,
            Reason::SubjectLevel { .. } | Reason::SubjectNotTaken { .. }
        );
        assert!(
            !(c.verdict == Verdict::NotMet && about_a_subject),
            "{:?}",
            c.reason
        );
    }
}

#[test]
fn known_subjects_give_no_extra_routes() {
    let catalog = load::bundled(TODAY).catalog;
    let p = Profile {
        subjects: Some(Vec::new()),
        ..Profile::default()
    };
    let a = find_routes(&catalog, &p, &query("sygeplejerske"));
    let ids: Vec<&str> = a.iter().map(|r| r.id.as_str()).collect();
    let mut dedup = ids.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(ids.len(), dedup.len(), "no route twice");
}
