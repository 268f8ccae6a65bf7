//! Benchmarks of search-as-you-type: building the index and filtering at every keystroke.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use vejviser::catalog::Catalog;
use vejviser::catalog::load::bundled;
use vejviser::search::{Filters, Index};
use vejviser::synth::replicated;

/// What a person types, one keystroke at a time.
const TYPED: &str = "sundhedshjaelper";

fn bench_catalog(c: &mut Criterion, label: &str, catalog: &Catalog) {
    let index = Index::build(catalog);
    let filters = Filters::default();
    let prefixes: Vec<&str> = (1..=TYPED.len()).map(|n| &TYPED[..n]).collect();
    println!(
        "{label}: {} entries; \"{TYPED}\" matches {}",
        index.len(),
        index.search(TYPED, &filters).len()
    );
    let mut group = c.benchmark_group(format!("search/{label}"));
    group.bench_function("build", |b| b.iter(|| Index::build(black_box(catalog))));
    group.throughput(Throughput::Elements(prefixes.len() as u64));
    group.bench_function("as_you_type", |b| {
        b.iter(|| {
            for p in &prefixes {
                black_box(index.search(black_box(p), &filters));
            }
        })
    });
    group.finish();
}

fn search(c: &mut Criterion) {
    let base = bundled(vejviser::catalog::Date::new(2026, 11, 22)).catalog;
    bench_catalog(c, "bundled", &base);
    bench_catalog(c, "10k-programmes", &replicated(&base, 10_000));
}

criterion_group!(benches, search);
criterion_main!(benches);
