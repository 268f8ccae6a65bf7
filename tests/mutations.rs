//! Random damage to catalogue files never panics the loader, and every diagnostic it gives
//! points at a real place in a real input file.

mod common;

use proptest::prelude::*;
use std::path::Path;
use vejviser::catalog::{SourceFile, bundled, load};

/// The files to damage: the bundled catalogue (when there is one) and the test fixtures.
fn corpus() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = bundled::FILES
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for p in common::ron_files(&root.join("tests/fixtures")) {
        if p.components().any(|c| c.as_os_str() == "profiles") {
            continue;
        }
        let shown = p.strip_prefix(root).unwrap_or(&p).display().to_string();
        files.push((shown, std::fs::read_to_string(&p).unwrap()));
    }
    files
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    Truncate(usize),
    ChangeChar(usize, char),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let any = any::<usize>();
    prop_oneof![
        any.prop_map(Mutation::DeleteLine),
        any.prop_map(Mutation::DuplicateLine),
        (any, any).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        any.prop_map(Mutation::Truncate),
        (
            any,
            prop::sample::select(vec![
                '(', ')', '[', ']', '"', ',', ':', 'x', '0', '-', '\n', 'ø', '/', '*'
            ])
        )
            .prop_map(|(a, c)| Mutation::ChangeChar(a, c)),
    ]
}

fn apply(text: &str, m: &Mutation) -> Vec<u8> {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let n = lines.len().max(1);
    match *m {
        Mutation::DeleteLine(i) if !lines.is_empty() => {
            lines.remove(i % n);
        }
        Mutation::DuplicateLine(i) if !lines.is_empty() => {
            lines.insert(i % n, lines[i % n]);
        }
        Mutation::SwapLines(a, b) if !lines.is_empty() => lines.swap(a % n, b % n),
        Mutation::Truncate(i) => {
            // Cut at any byte, even inside a character: the loader must cope with that too.
            return text.as_bytes()[..i % (text.len() + 1)].to_vec();
        }
        Mutation::ChangeChar(i, c) => {
            let chars: Vec<char> = text.chars().collect();
            if chars.is_empty() {
                return c.to_string().into_bytes();
            }
            let mut chars = chars;
            let at = i % chars.len();
            chars[at] = c;
            return chars.into_iter().collect::<String>().into_bytes();
        }
        _ => {}
    }
    lines.concat().into_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn mutated_files_never_panic_and_diagnostics_point_into_inputs(
        pick in any::<usize>(),
        muts in prop::collection::vec(mutation(), 1..4),
        with_sample in any::<bool>(),
    ) {
        let corpus = corpus();
        let (path, text) = &corpus[pick % corpus.len()];
        let mut bytes = text.clone().into_bytes();
        for m in &muts {
            bytes = apply(&String::from_utf8_lossy(&bytes), m);
        }
        let mut files = vec![SourceFile::new(path.clone(), bytes)];
        if with_sample {
            // Another file alongside, so references across files are exercised.
            let (p, t) = &corpus[(pick / 7) % corpus.len()];
            if p != path {
                files.push(SourceFile::new(p.clone(), t.clone().into_bytes()));
            }
        }
        let names: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
        let loaded = load::load(files, common::TODAY);
        for d in &loaded.diagnostics {
            prop_assert!(d.line >= 1 && d.col >= 1, "{}", d);
            prop_assert!(names.contains(&d.file), "{} names an unknown file", d);
            let text = &loaded.catalog.files.iter().find(|(p, _)| *p == d.file).unwrap().1;
            let line_count = text.split('\n').count().max(1);
            prop_assert!(d.line <= line_count, "{} is past the end ({} lines)", d, line_count);
            let line = text.split('\n').nth(d.line - 1).unwrap_or("");
            let width = line.trim_end_matches('\r').chars().count();
            prop_assert!(d.col <= width + 1, "{} is past the end of its line ({} chars)", d, width);
        }
    }
}

#[test]
fn the_bundled_catalogue_loads_without_errors() {
    let loaded = load::bundled(common::TODAY);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}
