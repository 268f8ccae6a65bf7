//! Catalogue folders as they are on real machines: FIFOs, link loops, huge sparse files, links
//! to devices, empty folders, two packs replacing one entry, and oversized profiles. Each must
//! be answered quickly with a clear message. Fixtures are made at run time in temp folders.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use vejviser::catalog::load;

fn sample() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join("tests/fixtures/valid/sample.ron")).unwrap()
}

/// A temp folder holding the valid sample catalogue as `sample.ron`.
fn catalogue() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let cat = dir.path().join("cat");
    std::fs::create_dir(&cat).unwrap();
    std::fs::write(cat.join("sample.ron"), sample()).unwrap();
    (dir, cat)
}

/// Runs `check` in-process and returns its code and stdout, asserting it took under a second.
fn check(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["check".to_string()];
    all.extend(args.iter().map(|s| s.to_string()));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let started = Instant::now();
    let code = vejviser::cli::run(&all, common::TODAY, &mut out, &mut err).unwrap();
    let took = started.elapsed();
    assert!(took < Duration::from_secs(1), "took {took:?}");
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// Runs the real program; kills it after five seconds and fails if it had to be killed.
fn run_bounded(args: &[&str]) -> (Option<i32>, String, String, Duration) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vejviser"))
        .args(args)
        .args(["--today", "2026-11-22"])
        .env(
            "VEJVISER_HOME",
            std::env::temp_dir().join("vejviser-folders-test"),
        )
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let out = child.wait_with_output().unwrap();
            return (
                status.code(),
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
                started.elapsed(),
            );
        }
        if started.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("vejviser {args:?} did not finish within 5 s: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo failed");
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_catalogue_file_is_skipped_not_waited_for() {
    let (_d, cat) = catalogue();
    let fifo = cat.join("x.ron");
    mkfifo(&fifo);
    let (code, out, err, took) = run_bounded(&["check", cat.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains(&format!(
            "{}:1:1: warning: skipped: a FIFO (named pipe), not an ordinary file",
            fifo.display()
        )),
        "{out}"
    );
    assert!(took < Duration::from_secs(1), "took {took:?}");

    // Named directly it is an error, and still answered at once.
    let (code, out, err, _) = run_bounded(&["check", fifo.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(
        out.contains(&format!(
            "{}:1:1: error: not an ordinary file but a FIFO (named pipe); a catalogue file must be an ordinary file",
            fifo.display()
        )),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_given_as_the_profile_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("p.ron");
    mkfifo(&fifo);
    let args = ["routes", "--profile", fifo.to_str().unwrap(), "--to", "x"];
    let (code, out, err, took) = run_bounded(&args);
    assert_eq!(code, Some(2), "{out}{err}");
    assert!(
        err.contains("not an ordinary file but a FIFO (named pipe)"),
        "{err}"
    );
    assert!(took < Duration::from_secs(1), "took {took:?}");
}

#[cfg(unix)]
#[test]
fn link_loops_are_walked_once_and_each_skipped_link_is_named() {
    let (_d, cat) = catalogue();
    let sub = cat.join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::os::unix::fs::symlink("..", sub.join("up")).unwrap();
    std::os::unix::fs::symlink(".", cat.join("here")).unwrap();
    // A link pair that points at itself: it cannot be followed at all.
    std::os::unix::fs::symlink("b.ron", cat.join("a.ron")).unwrap();
    std::os::unix::fs::symlink("a.ron", cat.join("b.ron")).unwrap();
    let (code, out, err) = check(&[cat.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("duplicate id"), "{out}");
    let skipped: Vec<&str> = out.lines().filter(|l| l.contains("skipped")).collect();
    assert_eq!(skipped.len(), 4, "{out}");
    let real = std::fs::canonicalize(&cat).unwrap();
    assert!(
        out.contains(&format!(
            "{}:1:1: warning: skipped: this leads to the folder {}, which is already read",
            cat.join("here").display(),
            real.display()
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{}:1:1: warning: skipped:",
            sub.join("up").display()
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{}:1:1: warning: skipped: this link cannot be followed",
            cat.join("a.ron").display()
        )),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_second_link_to_the_same_file_is_read_once() {
    let (_d, cat) = catalogue();
    std::os::unix::fs::symlink("sample.ron", cat.join("again.ron")).unwrap();
    let (code, out, _) = check(&[cat.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("duplicate id"), "{out}");
    assert!(out.contains("again.ron:1:1: warning: skipped: this is the same file as"));
}

#[test]
fn an_8_gb_sparse_file_is_refused_from_its_size() {
    let (_d, cat) = catalogue();
    let big = cat.join("big.ron");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(8 * 1024 * 1024 * 1024)
        .unwrap();
    let (code, out, _) = check(&[cat.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "{}:1:1: error: file is 8192 MB; catalogue files may be at most 32 MB",
            big.display()
        )),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_dev_zero_is_not_read() {
    let (_d, cat) = catalogue();
    let zero = cat.join("zero.ron");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let (code, out, _) = check(&[cat.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!(
            "{}:1:1: warning: skipped: a device, not an ordinary file",
            zero.display()
        )),
        "{out}"
    );
}

#[test]
fn an_empty_folder_is_not_a_silent_valid_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = check(&[dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(&format!(
            "{}:1:1: warning: no catalogue files (*.ron) were found here",
            dir.path().display()
        )),
        "{out}"
    );
    // Files with nothing in them: a warning too.
    std::fs::write(dir.path().join("a.ron"), "// nothing yet\n").unwrap();
    let (_, out, _) = check(&[dir.path().to_str().unwrap()]);
    assert!(
        out.contains("warning: the catalogue has no entries"),
        "{out}"
    );
}

#[test]
fn two_pack_files_replacing_one_entry_is_an_error_naming_both() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pack-replace-ok");
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    std::fs::create_dir(&pack).unwrap();
    let local = std::fs::read_to_string(root.join("pack/local.ron")).unwrap();
    std::fs::write(pack.join("a.ron"), &local).unwrap();
    // The second file replaces the same course, and nothing else.
    let second = "(\n  replaces: [\"kursus\"],\n  programmes: [\n    (id: \"kursus\", name: (da: \"Andet kursus\"), kind: AmuCourse, level: Eud,\n     description: (da: \"Kort.\"), structure: (school: (days: 4)), pace: FullTime,\n     sources: [\"kilde\"]),\n  ],\n)\n";
    std::fs::write(pack.join("b.ron"), second).unwrap();
    let base = root.join("base.ron");
    let loaded = load::from_paths(&[base], std::slice::from_ref(&pack), common::TODAY).unwrap();
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert_eq!(
        errors,
        [format!(
            "{b}:4:10: error: `kursus` is already replaced by the pack file at {a}:8:10; two pack files cannot both replace one entry",
            a = pack.join("a.ron").display(),
            b = pack.join("b.ron").display()
        )]
    );
    // The first replacement stands.
    let days = loaded.catalog.programme("kursus").unwrap().structure.school;
    assert_eq!(days.days.0, 3.0);
}

#[test]
fn a_profile_with_100000_qualifications_is_refused_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let quals = "(id: \"x\"),".repeat(100_000);
    std::fs::write(
        &path,
        format!("(role: \"sosu-hjaelper\", qualifications: [{quals}])"),
    )
    .unwrap();
    let args: Vec<String> = [
        "routes",
        "--lang",
        "en",
        "--profile",
        path.to_str().unwrap(),
        "--to",
        "sosu-assistent",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let started = Instant::now();
    let code = vejviser::cli::run(&args, common::TODAY, &mut out, &mut err).unwrap();
    assert!(started.elapsed() < Duration::from_secs(1));
    let err = String::from_utf8(err).unwrap();
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.trim_end(),
        format!(
            "vejviser routes: {}: The profile has 100000 items in the list `qualifications`; at most 500 are allowed. Fix the file and try again.",
            path.display()
        )
    );
}
