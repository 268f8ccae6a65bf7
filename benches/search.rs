//! Benchmarks of search-as-you-type: building the index and filtering at every keystroke.

#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use vejviser::catalog::load::{bundled, parse};
use vejviser::catalog::{Catalog, Programme};
use vejviser::search::{Filters, Index};

/// What a person types, one keystroke at a time.
const TYPED: &str = "sundhedshjaelper";

/// Programmes to clone when the bundled catalogue has none yet.
const SEED: &str = r#"(programmes: [
  (id: "ssh-hovedforloeb", name: (da: "Social- og sundhedshjælper, hovedforløb", en: "Social and health care helper, main course"),
   kind: Eud, level: Eud, description: (da: "Uddannelsen til social- og sundhedshjælper med skole og oplæring i kommunen.", en: "The helper programme with school and placement."),
   structure: (school: (weeks: 20), placement: (weeks: 40)), pace: FullTime, sources: []),
  (id: "ssa-hovedforloeb", name: (da: "Social- og sundhedsassistent, hovedforløb", en: "Social and health care assistant, main course"),
   kind: Eud, level: Eud, description: (da: "Assistentuddannelsen med oplæring i kommune, region og psykiatri.", en: "The assistant programme."),
   structure: (school: (weeks: 48), placement: (weeks: 98)), pace: FullTime, sources: []),
  (id: "amu-46873", name: (da: "Forflytning og ergonomi", en: "Patient handling"), kind: AmuCourse, level: Eud,
   amu_number: "46873", description: (da: "Kort kursus for hjælpere og assistenter i ældreplejen.", en: "A short course."),
   structure: (school: (days: 3)), pace: Modular, sources: []),
  (id: "sygeplejerske-pb", name: (da: "Sygeplejerske, professionsbachelor", en: "Nursing, bachelor"),
   kind: Professionsbachelor, level: Professionsbachelor, description: (da: "Bacheloruddannelse med klinisk undervisning på sygehus og i kommune.", en: "A bachelor programme."),
   structure: (school: (years: 3, months: 6)), pace: FullTime, sources: []),
  (id: "diplom-ledelse", name: (da: "Diplomuddannelse i ledelse", en: "Diploma in leadership"), kind: Diplom,
   level: Diplom, description: (da: "Deltidsuddannelse for ledere i sundhedsvæsenet.", en: "Part-time."),
   structure: (school: (years: 3)), pace: PartTime, sources: []),
])"#;

/// The catalogue's programmes (or the seed's) cloned with new ids up to `target` programmes.
fn replicated(base: &Catalog, target: usize) -> Catalog {
    let mut seeds: Vec<Programme> = base.programmes.clone();
    if seeds.is_empty() {
        seeds = parse(SEED).expect("seed parses").programmes;
    }
    let mut big = base.clone();
    big.programmes.clear();
    for n in 0..target {
        let mut p = seeds[n % seeds.len()].clone();
        p.id = format!("{}-{n}", p.id);
        p.name.da = format!("{} {n}", p.name.da);
        big.programmes.push(p);
    }
    big.reindex();
    big
}

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
