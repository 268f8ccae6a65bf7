//! The `check` verb through `cli::run`: exit codes and what it prints.

use std::path::Path;
use vejviser::catalog::Date;
use vejviser::cli;

/// The date the checks run as, unless a test says otherwise.
const TODAY: Date = Date::new(2026, 11, 22);

fn run(args: &[&str]) -> (i32, String, String) {
    run_on(TODAY, args)
}

fn run_on(today: Date, args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = cli::run(&args, today, &mut out, &mut err).expect("a verb, not the window");
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

fn fixture(class: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(class)
        .display()
        .to_string()
}

#[test]
fn check_on_a_broken_fixture_exits_1_with_positioned_errors() {
    let dir = fixture("wrong-kind-reference");
    let (code, out, err) = run(&["check", &dir]);
    assert_eq!(code, 1, "{out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 6, "{out}");
    assert_eq!(
        lines[0],
        format!(
            "{dir}/kinds.ron:13:27: error: `kilde` is a source, but a role or programme is expected here"
        )
    );
    assert_eq!(
        lines[5],
        "1 roles, 1 programmes (0 AMU courses), 0 funding sources, 1 merit rules, 1 sources; \
         0 uncertain, 0 on Vejviser's estimates, 0 periods ended by 2026-11-22: 5 errors, 0 warnings"
    );
    assert!(err.is_empty());
}

#[test]
fn check_on_a_valid_catalogue_prints_only_the_summary() {
    let (code, out, _) = run(&["check", &fixture("valid")]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "2 roles, 3 programmes (1 AMU courses), 1 funding sources, 1 merit rules, 2 sources; \
         0 uncertain, 0 on Vejviser's estimates, 0 periods ended by 2026-11-22: 0 errors, 0 warnings\n"
    );
}

#[test]
fn warnings_come_before_the_summary_and_do_not_fail() {
    // The fixture's sources were checked on 2025-05-01 (`gammel`) and 2025-05-22 (`ny-nok`);
    // a source is old 18 months after its check. On 2026-11-10 only `gammel` is.
    let (code, out, _) = run_on(
        Date::new(2026, 11, 10),
        &["check", &fixture("stale-source")],
    );
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].contains(": warning: source `gammel` was last checked on 2025-05-01"));
    assert!(lines[1].ends_with("0 errors, 1 warnings"));
}

#[test]
fn staleness_follows_the_date_the_check_runs_as() {
    let dir = fixture("stale-source");
    // Before either source is 18 months old: nothing to say.
    let (_, out, _) = run_on(Date::new(2026, 10, 31), &["check", &dir]);
    assert!(out.ends_with("0 errors, 0 warnings\n"), "{out}");
    // After both are: two warnings.
    let (_, out, _) = run_on(Date::new(2026, 11, 23), &["check", &dir]);
    assert!(
        out.contains("source `ny-nok` was last checked on 2025-05-22"),
        "{out}"
    );
    assert!(out.ends_with("0 errors, 2 warnings\n"), "{out}");
}

#[test]
fn check_with_a_pack() {
    let base = fixture("pack-clash");
    let base_file = format!("{base}/base.ron");
    let pack = format!("{base}/pack");
    let (code, out, _) = run(&["check", &base_file, "--pack", &pack]);
    assert_eq!(code, 1);
    assert!(
        out.contains("local.ron:4:10: error: `assistent` already exists"),
        "{out}"
    );
    let ok = fixture("pack-replace-ok");
    let (code, out, _) = run(&[
        "check",
        &format!("{ok}/base.ron"),
        "--pack",
        &format!("{ok}/pack"),
    ]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_missing_path_exits_2() {
    let (code, out, err) = run(&["check", "/no/such/folder"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("/no/such/folder: no such file or folder"),
        "{err}"
    );
    let (code, _, err) = run(&["check", "--pack"]);
    assert_eq!(code, 2);
    assert!(err.contains("--pack needs a folder"));
}

#[test]
fn help_exits_0() {
    for args in [&["--help"][..], &["check", "--help"][..], &["help"][..]] {
        let (code, out, _) = run(args);
        assert_eq!(code, 0, "{args:?}");
        assert!(out.contains("vejviser check"), "{out}");
    }
}

#[test]
fn as_of_reports_what_will_be_old_by_then() {
    let dir = fixture("stale-source");
    // Today nothing is old; by 23 November 2026 both sources (read May 2025) will be.
    let (_, out, _) = run_on(Date::new(2026, 10, 1), &["check", &dir]);
    assert!(out.ends_with("0 errors, 0 warnings\n"), "{out}");
    let (code, out, _) = run_on(
        Date::new(2026, 10, 1),
        &["check", &dir, "--as-of", "2026-11-23"],
    );
    assert_eq!(code, 0);
    assert!(out.ends_with("0 errors, 2 warnings\n"), "{out}");
    let (code, _, err) = run_on(Date::new(2026, 10, 1), &["check", &dir, "--as-of", "snart"]);
    assert_eq!(code, 2);
    assert!(err.contains("--as-of needs a date"), "{err}");
}

#[test]
fn as_of_counts_and_names_the_periods_that_will_have_ended() {
    // The fixture's newest wage rate ends 2027-03-31, the fund's cap 2027-06-30 and the fund
    // itself 2027-12-31; an older rate ended 2024-03-31 but a newer one follows it.
    let dir = fixture("expiry");
    let summary = |out: &str| out.lines().last().unwrap_or_default().to_string();
    let (code, out, _) = run(&["check", &dir]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        summary(&out),
        "1 roles, 1 programmes (1 AMU courses), 1 funding sources, 0 merit rules, 2 sources; \
         1 uncertain, 2 on Vejviser's estimates, 0 periods ended by 2026-11-22: 0 errors, 2 warnings"
    );
    assert!(!out.contains("ended on"), "{out}");
    for (as_of, ended, lines) in [
        ("2027-03-31", 0, vec![]),
        (
            "2027-04-01",
            1,
            vec!["rate of pay scheme `loen` ended on 2027-03-31"],
        ),
        (
            "2027-07-01",
            2,
            vec![
                "rate of pay scheme `loen` ended on 2027-03-31",
                "cap of funding source `fond` ended on 2027-06-30",
            ],
        ),
        (
            "2028-01-01",
            3,
            vec!["period of funding source `fond` ended on 2027-12-31"],
        ),
    ] {
        let (code, out, _) = run(&["check", &dir, "--as-of", as_of]);
        assert_eq!(code, 0, "{out}");
        let want = format!("{ended} periods ended by {as_of}:");
        assert!(summary(&out).contains(&want), "{as_of}: {out}");
        assert_eq!(out.matches("ended on").count(), ended, "{as_of}: {out}");
        for l in lines {
            assert!(out.contains(l), "{as_of}: {l}\n{out}");
        }
        assert!(
            !out.contains("2024-03-31"),
            "a followed rate is not ended: {out}"
        );
    }
}
