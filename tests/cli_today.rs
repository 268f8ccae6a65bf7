//! `--today` and `VEJVISER_TODAY` through the real program: the date a run is judged on is an
//! input, so a maintainer can look ahead and a printout can be reproduced.

use std::process::Command;

fn check_stale_fixture(extra: &[&str], env_today: Option<&str>) -> (i32, String, String) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/stale-source");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vejviser"));
    cmd.arg("check").arg(dir).args(extra);
    match env_today {
        Some(d) => cmd.env("VEJVISER_TODAY", d),
        None => cmd.env_remove("VEJVISER_TODAY"),
    };
    let out = cmd.output().expect("the program runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

// The fixture's sources were checked on 2025-05-01 and 2025-05-22; a source is old 18 months
// after its check.

#[test]
fn the_option_sets_the_date() {
    let (code, out, _) = check_stale_fixture(&["--today", "2026-10-31"], None);
    assert_eq!(code, 0);
    assert!(out.ends_with("0 errors, 0 warnings\n"), "{out}");
    let (_, out, _) = check_stale_fixture(&["--today", "2026-11-23"], None);
    assert!(out.ends_with("0 errors, 2 warnings\n"), "{out}");
}

#[test]
fn the_environment_sets_the_date_and_the_option_wins() {
    let (_, out, _) = check_stale_fixture(&[], Some("2026-11-10"));
    assert!(out.ends_with("0 errors, 1 warnings\n"), "{out}");
    let (_, out, _) = check_stale_fixture(&["--today", "2026-10-31"], Some("2026-11-10"));
    assert!(out.ends_with("0 errors, 0 warnings\n"), "{out}");
}

#[test]
fn a_date_that_is_not_one_is_a_usage_error() {
    let (code, out, err) = check_stale_fixture(&["--today", "2026-13-01"], None);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("`2026-13-01` is not a date"), "{err}");
    let (code, _, err) = check_stale_fixture(&[], Some("i går"));
    assert_eq!(code, 2);
    assert!(
        err.contains("VEJVISER_TODAY: `i går` is not a date"),
        "{err}"
    );
}
