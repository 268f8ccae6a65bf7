//! The example local pack in examples/pack checks clean on top of the bundled catalogue and
//! really adds and replaces entries.

use std::path::PathBuf;

#[test]
fn example_pack_loads_without_errors_and_replaces_on_purpose() {
    let pack = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/pack");
    let loaded = vejviser::catalog::load::from_paths(
        &[],
        &[pack],
        vejviser::catalog::Date::new(2026, 11, 22),
    )
    .expect("pack folder readable");
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let c = &loaded.catalog;
    assert!(c.programme("eksempel-demens-videnperson").is_some());
    assert!(c.funding_source("eksempel-kompetencepulje").is_some());
    let amu = c
        .programme("amu-42900")
        .expect("replaced course still there");
    assert_eq!(
        amu.offerings[0].intakes,
        vec![3, 10],
        "the pack's version won"
    );
}
