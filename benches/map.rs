//! Pathway map benchmarks: laying out the bundled catalogue and a 500-role synthetic one.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use vejviser::catalog::{Date, load};
use vejviser::map::Map;
use vejviser::synth;

fn benches(c: &mut Criterion) {
    let bundled = load::bundled(Date::new(2026, 11, 29)).catalog;
    c.bench_function("map layout: bundled catalogue", |b| {
        b.iter(|| black_box(Map::build(&bundled)))
    });
    let big = synth::synthetic(500, 1_500, 3_000, 3);
    let map = Map::build(&big);
    eprintln!(
        "synthetic map: {} nodes, {} links, {} columns",
        map.nodes.len(),
        map.links.len(),
        map.columns.len()
    );
    c.bench_function("map layout: 500 synthetic roles, 1500 programmes", |b| {
        b.iter(|| black_box(Map::build(&big)))
    });
}

criterion_group!(map, benches);
criterion_main!(map);
