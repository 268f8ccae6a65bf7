//! Engine benchmarks: loading a large synthetic catalogue, route queries, one funding source.
//! Measured with the program's own allocator (mimalloc, unless built without that feature).

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use vejviser::catalog::{Area, Date, Money, Sector, Union, load};
use vejviser::engine::Profile;
use vejviser::engine::funding::{StepContext, evaluate_source};
use vejviser::engine::profile::{Employment, Work};
use vejviser::engine::routes::{Query, find_routes};
use vejviser::synth;

/// The date the benchmarks ask their questions on.
const TODAY: Date = Date::new(2026, 11, 22);

fn person(role: &str) -> Profile {
    let mut p = Profile::with_role(role);
    p.birth_year = Some(1990);
    p.work = Some(vec![Work {
        area: Area::Hjemmepleje,
        hours_per_week: 30,
        from: Date::new(2018, 1, 1),
        to: None,
        day_share: None,
        as_elev: false,
    }]);
    p.employment = Some(Employment {
        sector: Some(Sector::Kommune),
        union: Some(Union::Foa),
        seniority_years: Some(5),
        weeks_with_employer: Some(260),
        under_notice: Some(false),
        is_elev: Some(false),
    });
    p.monthly_pay = Some(Money::kr(28_000));
    p
}

fn benches(c: &mut Criterion) {
    let big = synth::synthetic(1_000, 10_000, 50_000, 7);
    let profile = person(&synth::role_id(0));
    let query = Query {
        max_steps: 5,
        start: Some(Date::new(2026, 8, 1)),
        ..Query::to(&synth::role_id(6), Date::new(2026, 8, 1))
    };
    let found = find_routes(&big, &profile, &query);
    assert!(!found.is_empty(), "the synthetic ladder has routes");
    eprintln!("synthetic query: {} routes", found.len());
    c.bench_function("routes r00000 -> r00006, 5 steps, ranked", |b| {
        b.iter(|| black_box(find_routes(&big, &profile, &query)))
    });
    // `routes --format json`: the found routes as the CLI writes them, reasons rendered.
    c.bench_function("routes JSON: write the synthetic query's routes", |b| {
        b.iter(|| {
            let records: Vec<_> = found
                .iter()
                .enumerate()
                .map(|(i, r)| vejviser::cli::json::route(&big, r, i + 1, vejviser::i18n::Lang::Da))
                .collect();
            let mut out = Vec::with_capacity(16 << 20);
            serde_json::to_writer_pretty(&mut out, &records).unwrap();
            black_box(out.len())
        })
    });

    let p = &big.programmes[1];
    let f = &big.funding[1];
    let step = StepContext {
        programme: p,
        track: vejviser::catalog::TrackCode::Standard,
        start: Date::new(2026, 8, 1),
        school: p.structure.school.weeks(),
        calendar: p.structure.school.weeks(),
        fees: Money::kr(20_000),
        pay: Some(Money::kr(28_000)),
        following_pay: None,
        later: &[],
        earlier: &[],
        also_holds: &[],
    };
    assert!(evaluate_source(&big, &profile, f, &step).is_some());
    c.bench_function("one funding source, one step", |b| {
        b.iter(|| black_box(evaluate_source(&big, &profile, f, &step)))
    });

    let bundled = load::bundled(TODAY).catalog;
    let helper = person("sosu-hjaelper");
    let q = Query {
        start: Some(Date::new(2026, 8, 1)),
        ..Query::to("sosu-assistent", TODAY)
    };
    eprintln!(
        "bundled query: {} routes",
        find_routes(&bundled, &helper, &q).len()
    );
    c.bench_function(
        "routes on the bundled catalogue: hjælper -> assistent",
        |b| b.iter(|| black_box(find_routes(&bundled, &helper, &q))),
    );
    let q = Query {
        start: Some(Date::new(2026, 8, 1)),
        max_steps: 4,
        ..Query::to("sygeplejerske", TODAY)
    };
    c.bench_function(
        "routes on the bundled catalogue: hjælper -> sygeplejerske",
        |b| b.iter(|| black_box(find_routes(&bundled, &helper, &q))),
    );

    // Last: loading leaves a large heap behind that would slow the queries measured after it.
    let files = synth::source_files(&big);
    let mut g = c.benchmark_group("synthetic-1000-10000-50000");
    g.sample_size(10);
    g.bench_function("load+validate from RON", |b| {
        b.iter_batched(
            || files.clone(),
            |f| {
                let loaded = load::load(f, TODAY);
                assert_eq!(loaded.errors(), 0);
                black_box(loaded)
            },
            BatchSize::LargeInput,
        )
    });
    // The floor: the same files read by ron with no types, for the ratio load / floor.
    let opts = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(load::MAX_NESTING);
    g.bench_function("load floor: syntax only, ron into IgnoredAny", |b| {
        b.iter(|| {
            for f in &files {
                let text = std::str::from_utf8(&f.bytes).expect("UTF-8");
                let parsed: serde::de::IgnoredAny = opts.from_str(text).expect("well-formed");
                black_box(parsed);
            }
        })
    });
    g.finish();
}

criterion_group!(engine, benches);
criterion_main!(engine);
