//! The `routes`, `compare` and `synth` verbs, run in-process against the test catalogue.

mod common;

use std::path::{Path, PathBuf};
use vejviser::cli;

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/profiles")
        .join(name)
        .display()
        .to_string()
}

fn catalogue_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.ron");
    std::fs::write(&path, common::SMALL).unwrap();
    let p = dir.path().to_path_buf();
    (dir, p)
}

fn run(args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli::run(&args, common::TODAY, &mut out, &mut err).expect("a verb");
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// `vejviser routes` from helper to nurse for Birthe on the bundled catalogue, with `extra`.
fn birthe_to_nurse(extra: &[&str]) -> (i32, String, String) {
    let profile = fixture("birthe.ron");
    let mut args = vec![
        "routes",
        "--from",
        "sosu-hjaelper",
        "--to",
        "sygeplejerske",
        "--profile",
        &profile,
    ];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn routes_text_is_danish_by_default() {
    let (_d, cat) = catalogue_dir();
    let (code, out, err) = run(&[
        "routes",
        "--catalog",
        cat.to_str().unwrap(),
        "--profile",
        &fixture("birthe.ron"),
        "--to",
        "sosu-assistent",
        "--start",
        "2026-08-01",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Veje fra Social- og sundhedshjælper til Social- og sundhedsassistent"),
        "{out}"
    );
    assert!(
        out.contains("1. ★ Social- og sundhedsassistent, hovedforløb (EUV2)"),
        "{out}"
    );
    assert!(
        out.contains("Merit: Merit som SOSU-hjælper: 5 uger skole"),
        "{out}"
    );
    assert!(
        out.contains("Indkomst: 23.037 kr./md. – Voksenelevløn"),
        "{out}"
    );
    assert!(
        out.contains(
            "■ Ufaglært til faglært-puljen: Puljen «SOSU-hjælper til SOSU-assistent» er lukket"
        ),
        "{out}"
    );
    assert!(
        out.contains("✗ Dækker ikke denne uddannelse: Den Kommunale Kompetencefond,"),
        "{out}"
    );
}

#[test]
fn routes_text_in_english_with_gaps() {
    let (_d, cat) = catalogue_dir();
    let (code, out, _) = run(&[
        "routes",
        "--catalog",
        cat.to_str().unwrap(),
        "--profile",
        &fixture("birthe.ron"),
        "--to",
        "sygeplejerske",
        "--lang",
        "en",
        "--max-steps",
        "3",
        "--start",
        "2026-08-01",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Routes from Social and health care helper to Nurse"),
        "{out}"
    );
    assert!(out.contains("[closes a gap]"), "{out}");
    assert!(
        out.contains(
            "You have not taken English; English D is needed → closed by Supplementary English D"
        ),
        "{out}"
    );
}

#[test]
fn routes_json_has_steps_weeks_income_and_funding() {
    let (_d, cat) = catalogue_dir();
    let (code, out, err) = run(&[
        "routes",
        "--catalog",
        cat.to_str().unwrap(),
        "--profile",
        &fixture("birthe.ron"),
        "--to",
        "sosu-assistent",
        "--format",
        "json",
        "--start",
        "2026-08-01",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let r = &v[0];
    assert_eq!(r["id"], "ssa-hovedforloeb.euv2");
    assert_eq!(r["steps"][0]["programme"], "ssa-hovedforloeb");
    assert_eq!(r["steps"][0]["track"], "euv2");
    assert_eq!(r["totals"]["weeks"]["school"], 43.0);
    assert_eq!(r["steps"][0]["monthly_income"], 23037.1);
    let funding = r["steps"][0]["funding"].as_array().unwrap();
    let closed = funding
        .iter()
        .find(|f| f["source"] == "ufaglaert-til-faglaert")
        .unwrap();
    assert_eq!(closed["verdict"], "Closed");
    assert_eq!(closed["status_checked"], "2025-10-01");
    assert!(r["open"].as_array().is_some());
}

#[test]
fn unknown_roles_get_a_suggestion_and_exit_2() {
    let (_d, cat) = catalogue_dir();
    let (code, _, err) = run(&[
        "routes",
        "--catalog",
        cat.to_str().unwrap(),
        "--from",
        "sosu-hjaelper",
        "--to",
        "sosu-asistent",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("no role `sosu-asistent`"), "{err}");
    assert!(err.contains("did you mean `sosu-assistent`?"), "{err}");
    let (code, _, err) = run(&[
        "routes",
        "--catalog",
        cat.to_str().unwrap(),
        "--to",
        "sosu-assistent",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--from"), "{err}");
    let (code, _, err) = run(&["routes", "--sort", "slowest", "--to", "x"]);
    assert_eq!(code, 2);
    assert!(err.contains("fastest, cheapest, income or steps"), "{err}");
}

#[test]
fn profiles_are_read_leniently() {
    let minimal =
        cli::routes::read_profile(&std::fs::read_to_string(fixture("minimal.ron")).unwrap())
            .unwrap();
    assert_eq!(minimal.role.as_deref(), Some("sosu-hjaelper"));
    assert_eq!(minimal.birth_year, None);
    assert_eq!(minimal.work, None);
    let extra =
        cli::routes::read_profile(&std::fs::read_to_string(fixture("extra-fields.ron")).unwrap())
            .unwrap();
    assert_eq!(extra.birth_year, Some(1990));
    let birthe =
        cli::routes::read_profile(&std::fs::read_to_string(fixture("birthe.ron")).unwrap())
            .unwrap();
    assert_eq!(birthe.employment.unwrap().seniority_years, Some(20));
    assert!(cli::routes::read_profile("(role: 3)").is_err());
}

#[test]
fn compare_two_routes_and_refuse_unknown_ids() {
    let (_d, cat) = catalogue_dir();
    let c = cat.to_str().unwrap();
    let (code, out, _) = run(&[
        "routes",
        "--catalog",
        c,
        "--from",
        "sosu-assistent",
        "--to",
        "ergoterapeut",
        "--format",
        "json",
        "--start",
        "2026-08-01",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let a = v[0]["id"].as_str().unwrap().to_string();
    let b = v[1]["id"].as_str().unwrap().to_string();
    let (code, out, err) = run(&[
        "compare",
        "--catalog",
        c,
        "--from",
        "sosu-assistent",
        "--to",
        "ergoterapeut",
        "--start",
        "2026-08-01",
        &a,
        &b,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Samlet varighed"), "{out}");
    assert!(out.contains("Kilder (tjekket)"), "{out}");
    let wrong = format!("{a}x");
    let (code, _, err) = run(&[
        "compare",
        "--catalog",
        c,
        "--from",
        "sosu-assistent",
        "--to",
        "ergoterapeut",
        &a,
        &wrong,
    ]);
    assert_eq!(code, 2);
    assert!(err.contains(&format!("did you mean `{a}`?")), "{err}");
    let (code, _, _) = run(&[
        "compare",
        "--catalog",
        c,
        "--from",
        "sosu-assistent",
        "--to",
        "ergoterapeut",
        &a,
    ]);
    assert_eq!(code, 2);
}

#[test]
fn synth_writes_a_catalogue_that_loads_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("synth");
    let (code, out, err) = run(&[
        "synth",
        "--roles",
        "30",
        "--programmes",
        "300",
        "--leaves",
        "1200",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("wrote"));
    let (code, out, _) = run(&["check", out_dir.to_str().unwrap()]);
    assert!(out.contains("30 roles, 300 programmes"), "{out}");
    assert_eq!(code, 0, "{out}");
}

#[test]
fn course_shows_what_a_course_costs_and_who_pays() {
    let (code, out, err) = run(&["course", "amu-46873", "--profile", &fixture("birthe.ron")]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("Postoperativ observation"), "{out}");
    assert!(out.contains("✓ VEU-godtgørelse"), "{out}");
    assert!(out.contains("Skal skrive under: dig"), "{out}");
    assert!(out.contains("Pengene går til:"), "{out}");
    let (code, out, _) = run(&[
        "course",
        "amu-46873",
        "--profile",
        &fixture("birthe.ron"),
        "--format",
        "json",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let veu = v["funding"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["source"] == "veu-godtgoerelse")
        .expect("VEU is answered");
    assert_eq!(veu["verdict"], "Eligible");
    assert!(veu["amount"].as_f64().unwrap() > 0.0);
    assert!(veu["paid_to"].as_str().unwrap().contains("employer"));
    // The start is the first day the funds can still be applied to, not a day already late.
    assert!(v["start"].as_str().unwrap() > common::TODAY.to_string().as_str());
}

#[test]
fn course_with_an_unknown_id_suggests_one() {
    let (code, out, err) = run(&["course", "amu-4687"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("did you mean `amu-46873`?"), "{err}");
}

/// The JSON's field names and kinds, as the README documents them.
#[test]
fn routes_json_fields_are_the_documented_ones() {
    use serde_json::Value;
    let (code, out, err) = birthe_to_nurse(&["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let kind = |x: &Value| match x {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let keys = |o: &Value| {
        let mut k: Vec<String> = o.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let route = &v[0];
    assert_eq!(
        keys(route),
        [
            "from", "id", "open", "pareto", "rank", "steps", "to", "totals"
        ]
    );
    assert_eq!(
        keys(&route["totals"]),
        [
            "fees",
            "funded",
            "income_change",
            "monthly_income",
            "net_cost",
            "steps",
            "weeks"
        ]
    );
    let step = &route["steps"][0];
    assert_eq!(
        keys(step),
        [
            "deadlines",
            "end",
            "fee_rule",
            "fees",
            "funded",
            "funding",
            "gap",
            "income_reason",
            "income_scheme",
            "merit",
            "monthly_income",
            "name",
            "net_cost",
            "offering",
            "periods_ended",
            "programme",
            "requirements",
            "start",
            "track",
            "weeks"
        ]
    );
    assert_eq!(keys(&step["weeks"]), ["calendar", "placement", "school"]);
    for (field, want) in [
        ("programme", "string"),
        ("gap", "bool"),
        ("start", "string"),
        ("fees", "number"),
        ("funding", "array"),
        ("periods_ended", "array"),
        ("requirements", "array"),
    ] {
        assert_eq!(kind(&step[field]), want, "{field}");
    }
    let f = &step["funding"][0];
    assert_eq!(
        keys(f),
        [
            "amount",
            "co_payment",
            "reasons",
            "source",
            "status_checked",
            "verdict"
        ]
    );
    assert_eq!(kind(&f["reasons"][0]), "string");
    // JSON gives every route; text a handful unless --limit says otherwise.
    let all = v.as_array().unwrap().len();
    let (_, out, _) = run(&[
        "routes",
        "--from",
        "sosu-hjaelper",
        "--to",
        "sygeplejerske",
        "--format",
        "json",
        "--limit",
        "1",
    ]);
    let one: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(one.as_array().unwrap().len(), 1.min(all));
}

/// A fact the catalogue marks as uncertain is said in words on the command line too, under the
/// step it belongs to; a caveat several steps share (the supplements) is said once per route.
#[test]
fn routes_and_course_say_what_is_uncertain() {
    let catalog = common::bundled().expect("the bundled catalogue");
    let caveat = |id: &str| {
        let p = catalog.programme(id).expect(id);
        p.uncertain.as_ref().expect("uncertain").da.clone()
    };
    let (code, out, err) = birthe_to_nurse(&["--limit", "1"]);
    assert_eq!(code, 0, "{err}");
    let nurse = caveat("sygeplejerske-pb");
    assert!(
        out.contains(&format!("? Usikker oplysning: {nurse}")),
        "{out}"
    );
    // Dansk C, Naturfag C and Engelsk D share one caveat; the route takes all three.
    let shared = caveat("supplement-dansk-c");
    assert_eq!(shared, caveat("supplement-naturfag-c"));
    assert!(
        out.contains("Naturfag C") && out.contains("Engelsk D"),
        "{out}"
    );
    assert_eq!(out.matches(shared.as_str()).count(), 1, "{out}");

    let (code, out, err) = run(&["course", "amu-42902", "--profile", &fixture("birthe.ron")]);
    assert_eq!(code, 0, "{err}");
    let course = caveat("amu-42902");
    assert!(
        out.contains(&format!("? Usikker oplysning: {course}")),
        "{out}"
    );
}
