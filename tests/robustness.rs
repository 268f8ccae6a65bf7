//! No input may panic the loader: odd bytes, odd sizes, odd line ends, deep nesting.

mod common;

use vejviser::catalog::{Diagnostic, Loaded, SourceFile, load};

fn load_one(bytes: Vec<u8>) -> Loaded {
    load::load(vec![SourceFile::new("f.ron", bytes)], common::TODAY)
}

fn lines(l: &Loaded) -> Vec<String> {
    l.diagnostics.iter().map(Diagnostic::to_string).collect()
}

fn sample() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join("tests/fixtures/valid/sample.ron")).unwrap()
}

#[test]
fn invalid_utf8_is_reported_at_the_bad_byte() {
    let mut bytes = b"(\n  roles: [\n    (id: \"x".to_vec();
    bytes.extend([0xff, 0xfe]);
    bytes.extend(b"\")])");
    let l = load_one(bytes);
    assert_eq!(
        lines(&l),
        ["f.ron:3:12: error: file is not valid UTF-8 text; save it as UTF-8"]
    );
}

#[test]
fn an_empty_file_is_an_empty_catalogue() {
    for text in ["", "   \n\n", "// only a comment\n"] {
        let l = load_one(text.as_bytes().to_vec());
        assert_eq!(l.errors(), 0, "{text:?}: {:?}", l.diagnostics);
        assert_eq!(l.catalog.counts().programmes, 0);
    }
}

#[test]
fn a_50_mb_file_is_refused_with_a_message() {
    let mut bytes = b"(sources: [".to_vec();
    bytes.resize(50 * 1024 * 1024, b' ');
    bytes.extend(b"])");
    let l = load_one(bytes);
    assert_eq!(
        lines(&l),
        ["f.ron:1:1: error: file is 50 MB; catalogue files may be at most 32 MB"]
    );
}

#[test]
fn a_large_file_under_the_limit_loads() {
    // About 6 MB of comments around a valid file.
    let text = format!(
        "{}\n{}",
        "// padding padding padding\n".repeat(220_000),
        sample()
    );
    let l = load_one(text.into_bytes());
    assert_eq!(l.errors(), 0, "{:?}", l.diagnostics.first());
}

#[test]
fn ten_thousand_levels_of_nesting_are_refused() {
    for (open, close) in [("[", "]"), ("(", ")"), ("All([", "])")] {
        let text = format!(
            "(programmes: [(id: \"p\", admission: {}{})])",
            open.repeat(10_000),
            close.repeat(10_000)
        );
        let l = load_one(text.into_bytes());
        assert_eq!(l.errors(), 1, "{open}: {:?}", l.diagnostics);
        let d = &l.diagnostics[0];
        assert_eq!(d.line, 1);
        assert!(d.col > 1);
    }
    // Unclosed nesting, too.
    let l = load_one("[".repeat(10_000).into_bytes());
    assert_eq!(l.errors(), 1);
}

#[test]
fn a_bom_is_ignored() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(sample().into_bytes());
    let l = load_one(bytes);
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    assert_eq!(l.catalog.counts().programmes, 3);
    // Positions after a BOM count from the first real character.
    let l = load_one(b"\xEF\xBB\xBF(bogus: [])".to_vec());
    assert_eq!(l.diagnostics[0].col, 2);
}

#[test]
fn crlf_line_ends_give_the_same_positions() {
    let lf = sample().replace(
        "sources: [\"kilde-a\"]),\n  ],\n  merit",
        "sources: [\"kilde-x\"]),\n  ],\n  merit",
    );
    let crlf = lf.replace('\n', "\r\n");
    let a = lines(&load_one(lf.into_bytes()));
    let b = lines(&load_one(crlf.into_bytes()));
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a, b);
    let crlf_syntax = "(\r\n  roles: [\r\n    (id: \"x\" name: 1),\r\n  ],\r\n)";
    assert_eq!(
        lines(&load_one(crlf_syntax.into())),
        ["f.ron:3:14: error: expected a comma before this"]
    );
}

#[test]
fn odd_bytes_never_panic() {
    let odd: [&[u8]; 10] = [
        b"\0\0\0",
        b"(",
        b")",
        b"\"",
        b"(programmes: [(id: \"",
        b"/* never closed",
        b"r##\"",
        b"(sources: [(id: \"s\", checked: \"2025-02-30\")])",
        "(roles: [(id: \"æ\", name: (da: \"ø\"), kind: Qualification, description: (da: \"å\"), sources: [\"😀\"])])".as_bytes(),
        b"#![enable(unwrap_newtypes)] (sources: [])",
    ];
    for bytes in odd {
        let l = load_one(bytes.to_vec());
        for d in &l.diagnostics {
            assert!(d.line >= 1 && d.col >= 1, "{d}");
        }
    }
}

#[test]
fn many_entries_and_many_problems_stay_fast() {
    // 2 MB with 22,000 entries and 2,000 unknown references: linear work, not quadratic
    // (a first version took minutes here).
    let mut s = String::from("(sources: [\n");
    for i in 0..20_000 {
        s.push_str(&format!(
            "(id: \"s{i}\", url: \"u\", title: \"t\", publisher: \"p\", checked: \"2026-01-01\", confidence: School),\n"
        ));
    }
    s.push_str("], roles: [\n");
    for i in 0..2_000 {
        s.push_str(&format!(
            "(id: \"r{i}\", name: (da: \"x\"), kind: Function, description: (da: \"d\"), sources: [\"s{i}x\"]),\n"
        ));
    }
    s.push_str("])");
    let start = std::time::Instant::now();
    let l = load_one(s.clone().into_bytes());
    assert_eq!(l.errors(), 2_000);
    assert_eq!(l.diagnostics[0].line, 20_003);
    // Every role broken as well: read entry by entry.
    let l = load_one(s.replace("kind: Function", "kind: Functio").into_bytes());
    assert_eq!(l.errors(), 2_000);
    assert!(start.elapsed().as_secs() < 60, "{:?}", start.elapsed());
}
