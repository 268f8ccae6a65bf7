//! Each broken fixture reports exactly its `file:line:col: severity: message` lines.

mod common;

use common::fixture_lines as lines;

#[test]
fn syntax() {
    assert_eq!(
        lines("syntax"),
        [
            "tests/fixtures/syntax/missing-comma.ron:7:44: error: expected a comma before this",
            "tests/fixtures/syntax/quoted-name.ron:3:48: error: expected a name here, written without quotes",
            "tests/fixtures/syntax/quoted-name.ron:8:23: error: expected a field name followed by `:`",
            "tests/fixtures/syntax/unclosed.ron:4:58: error: unexpected end of file; a closing `)` or `]` may be missing",
        ] as [&str; 4]
    );
}

#[test]
fn unknown_field() {
    assert_eq!(
        lines("unknown-field"),
        [
            "tests/fixtures/unknown-field/bogus.ron:9:6: error: unknown field `bogus` in a programme; expected one of `id`, `name`, `kind`, `level`, `description`, `ects`, `amu_number`, `structure`, `pace`, `pay`, `fee`, `admission`, `leads_to`, `tracks`, `offerings`, `deadlines`, `intakes`, `max_years`, `needs_contract`, `parts`, `grants`, `valid_from`, `valid_to`, `sources` or `uncertain`",
            "tests/fixtures/unknown-field/bogus.ron:12:6: error: unknown field `sorces` in a programme; did you mean `sources`?",
        ] as [&str; 2]
    );
}

#[test]
fn missing_field() {
    assert_eq!(
        lines("missing-field"),
        [
            "tests/fixtures/missing-field/role.ron:7:5: error: missing field `sources` in a role",
            "tests/fixtures/missing-field/role.ron:13:63: error: missing field `id` in a `Holds` requirement",
        ] as [&str; 2]
    );
}

#[test]
fn unknown_variant() {
    assert_eq!(
        lines("unknown-variant"),
        [
            "tests/fixtures/unknown-variant/subject.ron:9:34: error: unknown variant `Dansk2` for a subject; did you mean `Dansk`?",
            "tests/fixtures/unknown-variant/subject.ron:10:52: error: unknown variant `AmuKursus` for a programme kind; expected one of `Gf2`, `GfPlus`, `Eud`, `Euv`, `Eux`, `AmuCourse`, `AmuPackage`, `Supplement`, `Fvu`, `Avu`, `HfEnkeltfag`, `Akademi`, `Erhvervsakademi`, `Professionsbachelor`, `Diplom`, `Master` or `LocalCourse`",
        ] as [&str; 2]
    );
}

#[test]
fn unknown_reference() {
    assert_eq!(
        lines("unknown-reference"),
        [
            "tests/fixtures/unknown-reference/refs.ron:9:77: error: unknown source `kilden`; did you mean `kilde`?",
            "tests/fixtures/unknown-reference/refs.ron:17:12: error: unknown pay scheme `loen-elev`",
            "tests/fixtures/unknown-reference/refs.ron:18:27: error: unknown role or programme `grundforlob`; did you mean `grundforloeb`?",
            "tests/fixtures/unknown-reference/refs.ron:18:66: error: unknown programme `supplement`",
            "tests/fixtures/unknown-reference/refs.ron:19:17: error: unknown role `assistant`; did you mean `assistent`?",
            "tests/fixtures/unknown-reference/refs.ron:19:39: error: unknown programme `kursus`",
            "tests/fixtures/unknown-reference/refs.ron:20:34: error: unknown pay scheme `loen-voksen`",
            "tests/fixtures/unknown-reference/refs.ron:24:44: error: unknown programme `hovedforlob`; did you mean `hovedforloeb`?",
            "tests/fixtures/unknown-reference/refs.ron:25:22: error: unknown programme `grundforloeb-x`; did you mean `grundforloeb`?",
            "tests/fixtures/unknown-reference/refs.ron:30:35: error: unknown programme `ukendt`",
            "tests/fixtures/unknown-reference/refs.ron:30:60: error: unknown programme `hovedforloebet`; did you mean `hovedforloeb`?",
            "tests/fixtures/unknown-reference/refs.ron:31:38: error: unknown pay scheme `loen-voksenelev`",
            "tests/fixtures/unknown-reference/refs.ron:32:59: error: unknown source `kilde-x`; did you mean `kilde`?",
            "tests/fixtures/unknown-reference/refs.ron:33:17: error: unknown funding source `fonden`; did you mean `fond`?",
            "tests/fixtures/unknown-reference/tracks.ron:6:54: error: track `Kvote1` is listed twice in programme `uddannelse`",
            "tests/fixtures/unknown-reference/tracks.ron:7:51: error: programme `uddannelse` has no track `Euv2`; its tracks are `Kvote1`, `Kvote2`",
            "tests/fixtures/unknown-reference/tracks.ron:9:65: error: programme `uddannelse` has no track `Euv1`; its tracks are `Kvote1`, `Kvote2`",
            "tests/fixtures/unknown-reference/tracks.ron:13:81: error: programme `uddannelse` has no track `Merit`; its tracks are `Kvote1`, `Kvote2`",
        ] as [&str; 18]
    );
}

#[test]
fn wrong_kind_reference() {
    assert_eq!(
        lines("wrong-kind-reference"),
        [
            "tests/fixtures/wrong-kind-reference/kinds.ron:13:27: error: `kilde` is a source, but a role or programme is expected here",
            "tests/fixtures/wrong-kind-reference/kinds.ron:13:44: error: `assistent` is a role, but a programme is expected here",
            "tests/fixtures/wrong-kind-reference/kinds.ron:14:17: error: `hovedforloeb` is a programme, but a role is expected here",
            "tests/fixtures/wrong-kind-reference/kinds.ron:14:44: error: `assistent` is a role, but a source is expected here",
            "tests/fixtures/wrong-kind-reference/kinds.ron:17:44: error: `kilde` is a source, but a programme is expected here",
        ] as [&str; 5]
    );
}

#[test]
fn duplicate_id() {
    assert_eq!(
        lines("duplicate-id"),
        [
            "tests/fixtures/duplicate-id/dup.ron:11:10: error: duplicate id `assistent`: already used by a role at tests/fixtures/duplicate-id/dup.ron:7:10",
            "tests/fixtures/duplicate-id/dup.ron:17:10: error: duplicate id `kursus`: already used by a programme at tests/fixtures/duplicate-id/dup.ron:14:10",
        ] as [&str; 2]
    );
}

#[test]
fn cycle() {
    assert_eq!(
        lines("cycle"),
        [
            "tests/fixtures/cycle/cycle.ron:9:46: error: requirement cycle: `a` needs `b`, `b` needs `c`, `c` needs `a`; none of them can ever be started",
            "tests/fixtures/cycle/cycle.ron:26:27: error: requirement cycle: `f` needs `f`; none of them can ever be started",
        ] as [&str; 2]
    );
}

#[test]
fn bad_number() {
    assert_eq!(
        lines("bad-number"),
        [
            "tests/fixtures/bad-number/numbers.ron:8:37: error: ECTS is 0; leave `ects` out or give the real number",
            "tests/fixtures/bad-number/numbers.ron:9:25: error: `AtLeast` asks for 3 of only 2 requirements",
            "tests/fixtures/bad-number/numbers.ron:9:38: error: minimum age 30 is above maximum age 20",
            "tests/fixtures/bad-number/numbers.ron:10:48: error: month 13 does not exist; months are 1 to 12",
            "tests/fixtures/bad-number/numbers.ron:11:48: error: month 0 does not exist; months are 1 to 12",
            "tests/fixtures/bad-number/numbers.ron:11:100: error: day 31 does not exist in month 4",
            "tests/fixtures/bad-number/numbers.ron:12:18: error: `valid_from` 2027-01-01 is after `valid_to` 2026-01-01",
            "tests/fixtures/bad-number/numbers.ron:16:66: error: minimum age 40 is above maximum age 25",
            "tests/fixtures/bad-number/numbers.ron:16:95: error: `from_month` 0: months of a programme count from 1",
            "tests/fixtures/bad-number/numbers.ron:21:31: error: 120 % is more than 100 %; a share is between 0 and 100",
            "tests/fixtures/bad-number/numbers.ron:23:31: error: -3 is negative; a length is zero or more",
        ] as [&str; 11]
    );
}

#[test]
fn no_source() {
    assert_eq!(
        lines("no-source"),
        [
            "tests/fixtures/no-source/empty.ron:8:38: error: role `assistent` has no source; name at least one in `sources`",
            "tests/fixtures/no-source/empty.ron:13:39: error: the offering by Skolen of programme `p` has no source; name at least one in `sources`",
            "tests/fixtures/no-source/empty.ron:13:54: error: programme `p` has no source; name at least one in `sources`",
        ] as [&str; 3]
    );
}

#[test]
fn empty_danish() {
    assert_eq!(
        lines("empty-danish"),
        [
            "tests/fixtures/empty-danish/text.ron:7:34: error: the Danish text (`da`) is empty; every text needs Danish",
            "tests/fixtures/empty-danish/text.ron:10:24: error: the Danish text (`da`) is empty; every text needs Danish",
        ] as [&str; 2]
    );
}

#[test]
fn stale_source() {
    assert_eq!(
        lines("stale-source"),
        [
            "tests/fixtures/stale-source/old.ron:4:15: warning: source `gammel` was last checked on 2025-05-01, more than 18 months ago",
        ] as [&str; 1]
    );
}

#[test]
fn uncertain() {
    assert_eq!(
        lines("uncertain"),
        [
            "tests/fixtures/uncertain/uncertain.ron:11:28: warning: track `Euv2` of programme `p` is uncertain: Længden er ikke bekræftet.",
            "tests/fixtures/uncertain/uncertain.ron:12:25: warning: source `rygte` is unconfirmed; the fact resting on it may be wrong",
            "tests/fixtures/uncertain/uncertain.ron:13:6: warning: programme `p` is uncertain: Intake not confirmed.",
        ] as [&str; 3]
    );
}

#[test]
fn pack_clash() {
    assert_eq!(
        lines("pack-clash"),
        [
            "tests/fixtures/pack-clash/pack/local.ron:2:24: error: `replaces` names `kursuss`, which is not in the catalogue; did you mean `kursus`?",
            "tests/fixtures/pack-clash/pack/local.ron:4:10: error: `assistent` already exists in the catalogue (a role at tests/fixtures/pack-clash/base.ron:7:10); to replace it, add \"assistent\" to this file's `replaces` list",
        ] as [&str; 2]
    );
}

#[test]
fn pack_replace_ok() {
    assert_eq!(lines("pack-replace-ok"), [] as [&str; 0]);
}

#[test]
fn valid_sample_has_no_diagnostics() {
    let l = common::load_fixture("valid");
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    assert_eq!(l.catalog.counts().programmes, 3);
}

#[test]
fn pack_replaces_named_entries_and_adds_new_ones() {
    let l = common::load_fixture("pack-replace-ok");
    let c = &l.catalog;
    assert_eq!(c.programmes.len(), 2);
    let kursus = c.programme("kursus").expect("kursus");
    assert_eq!(kursus.name.da, "Lokalt kursus");
    assert_eq!(kursus.sources, ["lokal"]);
    assert!(c.programme("nyt-kursus").is_some());
    // The replaced entry now lives in the pack file.
    let origin = c.origins["kursus"];
    assert!(c.files[origin.file].0.ends_with("pack/local.ron"));
}

#[test]
fn a_pack_clash_keeps_the_base_entry() {
    let l = common::load_fixture("pack-clash");
    let role = l.catalog.role("assistent").expect("assistent");
    assert_eq!(role.name.da, "Assistent");
    // `kursus` is named in `replaces`, so that one was replaced.
    assert_eq!(
        l.catalog.programme("kursus").unwrap().name.da,
        "Lokalt kursus"
    );
}

#[test]
fn good_entries_of_a_broken_file_still_load() {
    let l = common::load_fixture("missing-field");
    assert!(l.catalog.role("assistent").is_some());
    assert!(l.catalog.role("hjaelper").is_none());
    // The broken entry's id is known, so nothing reports it as an unknown reference.
    let l = common::load_fixture("unknown-field");
    assert!(
        l.diagnostics
            .iter()
            .all(|d| !d.message.contains("unknown programme"))
    );
}

#[test]
fn a_pack_listed_before_the_base_still_layers_on_top() {
    let root =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pack-replace-ok");
    let read = |p: &str| std::fs::read(root.join(p)).unwrap();
    let mut pack = vejviser::catalog::SourceFile::new("pack/local.ron", read("pack/local.ron"));
    pack.pack = true;
    let base = vejviser::catalog::SourceFile::new("base.ron", read("base.ron"));
    let l = vejviser::catalog::load::load(vec![pack, base], common::TODAY);
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    assert_eq!(
        l.catalog.programme("kursus").unwrap().name.da,
        "Lokalt kursus"
    );
}

#[test]
fn replaces_in_a_base_file_is_an_error() {
    let text = r#"(
  replaces: ["x"],
)"#;
    let l = vejviser::catalog::load::load(
        vec![vejviser::catalog::SourceFile::new("base.ron", text)],
        common::TODAY,
    );
    let lines: Vec<String> = l.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        lines,
        [
            "base.ron:2:14: error: `replaces` is only for local packs; the base catalogue cannot replace its own entries"
        ]
    );
}
