//! The printed plan: Birthe's two-page plan (hjælper → assistent) to PDF bytes, target under
//! 300 ms, with the route given and worked out again (as "Gem som PDF" does); and her
//! longest plan (five steps to nurse, two full pages) as the heavy case.

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
    for (name, to, longest) in [
        ("two_pages", "sosu-assistent", false),
        ("five_steps", "sygeplejerske", true),
    ] {
        let routes = find_routes(&catalog, &profile, &Query::to(to, TODAY));
        let route = if longest {
            routes.iter().max_by_key(|r| r.steps.len())
        } else {
            routes.first()
        }
        .expect("a route");
        let plan = Plan::for_route(&catalog, Lang::Da, route, &profile, "p".into(), TODAY);
        c.bench_function(&format!("plan_pdf_{name}_route_given"), |b| {
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
        c.bench_function(&format!("plan_pdf_{name}_route_worked_out"), |b| {
            b.iter(|| vejviser::pdf::plan(black_box(&plan), &catalog, Lang::Da, TODAY, None))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
