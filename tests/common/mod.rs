//! Helpers shared by the integration tests: loading fixture folders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use vejviser::catalog::{Date, Loaded, SourceFile, load};

/// The date staleness is judged against in tests.
pub const TODAY: Date = Date::new(2026, 11, 22);

/// Every `.ron` file under `dir`, sorted, as shown relative to the crate root.
pub fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("fixture folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "ron") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Loads `tests/fixtures/<class>`; files under a `pack/` folder are a local pack.
pub fn load_fixture(class: &str) -> Loaded {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = ron_files(&root.join("tests/fixtures").join(class))
        .into_iter()
        .map(|p| {
            let shown = p.strip_prefix(root).unwrap_or(&p).display().to_string();
            let mut f = SourceFile::new(shown.clone(), std::fs::read(&p).expect("fixture"));
            f.pack = shown.contains("/pack/");
            f
        })
        .collect();
    load::load_at(files, TODAY)
}

/// The diagnostics of a fixture folder as printed lines.
pub fn fixture_lines(class: &str) -> Vec<String> {
    load_fixture(class)
        .diagnostics
        .iter()
        .map(|d| d.to_string())
        .collect()
}
