//! Live catalogue editing: a file changed in a temporary catalogue is noticed, and the reload
//! shows the new problem with its file and line; `check --watch` prints the second report.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use vejviser::catalog::load;
use vejviser::catalog::watch::Watcher;

fn sample() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join("tests/fixtures/valid/sample.ron")).unwrap()
}

/// A temp catalogue folder with the valid sample in it.
fn catalogue() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let cat = dir.path().join("cat");
    std::fs::create_dir(&cat).unwrap();
    let file = cat.join("sample.ron");
    std::fs::write(&file, sample()).unwrap();
    (dir, cat, file)
}

/// The sample with one reference broken: a role's source that does not exist.
fn broken() -> (String, usize) {
    let text = sample();
    let at = text.find("sources: [\"").expect("a sources list") + "sources: [\"".len();
    let line = text[..at].lines().count();
    let mut t = text.clone();
    t.insert_str(at, "nowhere-");
    (t, line)
}

fn errors(cat: &Path) -> Vec<String> {
    let loaded = load::from_paths(&[cat.to_path_buf()], &[], common::TODAY).unwrap();
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect()
}

fn change_is_seen_and_reloaded(mut w: Watcher, cat: &Path, file: &Path) -> Duration {
    assert!(errors(cat).is_empty());
    let (text, line) = broken();
    let started = Instant::now();
    std::fs::write(file, text).unwrap();
    let changed = w.wait(Duration::from_secs(5)).expect("the change is seen");
    let errs = errors(cat);
    let took = started.elapsed();
    assert!(changed.iter().any(|p| p == file), "{changed:?}");
    assert_eq!(errs.len(), 1, "{errs:?}");
    let place = format!("{}:{line}:", file.display());
    assert!(errs[0].starts_with(&place), "{} vs {place}", errs[0]);
    assert!(errs[0].contains("nowhere-"), "{}", errs[0]);
    eprintln!("change to reload: {took:?}");
    assert!(took < Duration::from_secs(1), "took {took:?}");
    took
}

#[test]
fn a_changed_file_is_reloaded_with_its_new_problem_within_a_second() {
    let (_d, cat, file) = catalogue();
    let w = Watcher::new(vec![cat.clone()]);
    change_is_seen_and_reloaded(w, &cat, &file);
}

#[test]
fn the_poll_alone_reloads_within_a_second_where_no_events_come() {
    let (_d, cat, file) = catalogue();
    let w = Watcher::polling(vec![cat.clone()], vejviser::catalog::watch::POLL);
    change_is_seen_and_reloaded(w, &cat, &file);
}

#[test]
fn check_watch_prints_a_second_report_after_an_edit() {
    let (_d, cat, file) = catalogue();
    let mut child = Command::new(env!("CARGO_BIN_EXE_vejviser"))
        .args(["check", "--watch", cat.to_str().unwrap()])
        .args(["--today", "2026-11-22"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    // Lines up to and including the next count line, or what came before the time ran out.
    let report = |rx: &mpsc::Receiver<String>| -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut lines = Vec::new();
        while let Ok(l) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            let done = l.contains(" errors, ");
            lines.push(l);
            if done {
                break;
            }
        }
        lines
    };
    let first = report(&rx);
    let (text, line) = broken();
    std::fs::write(&file, text).unwrap();
    let second = report(&rx);
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    assert!(
        first
            .last()
            .is_some_and(|l| l.ends_with(": 0 errors, 0 warnings")),
        "{first:?}"
    );
    let place = format!("{}:{line}:", file.display());
    assert!(
        second
            .iter()
            .any(|l| l.starts_with("--- changed: ") && l.contains("sample.ron")),
        "{second:?}"
    );
    assert!(
        second
            .iter()
            .any(|l| l.starts_with(&place) && l.contains("error")),
        "{second:?}"
    );
    assert!(
        second
            .last()
            .is_some_and(|l| l.ends_with("1 errors, 0 warnings")),
        "{second:?}"
    );
}
