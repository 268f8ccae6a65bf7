//! The printed plan: a two-page plan to PDF bytes (target under 300 ms), with the route
//! worked out again (as "Gem som PDF" does) and with the route given.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use vejviser::catalog::{Date, load};
use vejviser::engine::routes::{Query, find_routes};
use vejviser::i18n::Lang;
use vejviser::store::Plan;

const TODAY: Date = Date::new(2026, 11, 22);

const BIRTHE: &str = include_str!("../tests/fixtures/profiles/birthe.ron");

fn bench(c: &mut Criterion) {
    let catalog = load::bundled(TODAY).catalog;
    let profile = vejviser::cli::routes::read_profile(BIRTHE).expect("the fixture profile");
    let routes = find_routes(&catalog, &profile, &Query::to("sygeplejerske", TODAY));
    // The route with the most steps: the longest plan.
    let route = routes
        .iter()
        .max_by_key(|r| r.steps.len())
        .expect("a route to nurse");
    let plan = Plan::for_route(&catalog, Lang::Da, route, &profile, "p".into(), TODAY);
    let pages = vejviser::pdf::plan_with_route(&plan, Some(route), &catalog, Lang::Da, TODAY, None)
        .expect("the PDF");
    eprintln!("{} steps, {} bytes", route.steps.len(), pages.len());
    c.bench_function("plan_pdf_route_given", |b| {
        b.iter(|| {
            vejviser::pdf::plan_with_route(
                black_box(&plan),
                Some(route),
                &catalog,
                Lang::Da,
                TODAY,
                None,
            )
        })
    });
    c.bench_function("plan_pdf_route_worked_out", |b| {
        b.iter(|| vejviser::pdf::plan(black_box(&plan), &catalog, Lang::Da, TODAY, None))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
