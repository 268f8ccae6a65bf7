//! The command-line verbs: `check`, `routes`, `compare`, `course`, `plan`, `synth`. Returns an exit code and
//! writes to the given streams, so tests can run it without a process.

pub mod course;
pub mod json;
pub mod pdf;
pub mod routes;

use crate::catalog::{self, Date};
use std::io::Write;
use std::path::PathBuf;

pub use crate::usage::{HAS_ERRORS, OK, USAGE, USAGE_ERROR};

/// Runs a verb (`args` excludes the program name and `--today`, see [`crate::clock`]) as on
/// `today`. `None` when the args ask for the window.
pub fn run(args: &[String], today: Date, out: &mut dyn Write, err: &mut dyn Write) -> Option<i32> {
    let verb = args.first().map(String::as_str);
    let rest = args.get(1..).unwrap_or_default();
    let code = match verb {
        Some("check") => check(rest, today, out, err),
        Some("routes") => routes::routes(rest, today, out, err),
        Some("compare") => routes::compare_verb(rest, today, out, err),
        Some("course") => course::course(rest, today, out, err),
        Some("synth") => routes::synth(rest, out, err),
        Some("glossary") => routes::glossary(rest, out, err),
        Some("plan") => pdf::plan(rest, today, out, err),
        Some("-h" | "--help" | "help") => {
            let _ = out.write_all(USAGE.as_bytes());
            OK
        }
        None => return None,
        Some(a) if a.starts_with("--") => return None,
        Some(other) => {
            let _ = writeln!(err, "vejviser: unknown command `{other}`\n\n{USAGE}");
            USAGE_ERROR
        }
    };
    Some(code)
}

fn check(args: &[String], today: Date, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut today = today;
    let mut paths = Vec::new();
    let mut pack = Vec::new();
    let mut watch = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--watch" => watch = true,
            "--pack" => match it.next() {
                Some(p) => pack.push(PathBuf::from(p)),
                None => {
                    let _ = writeln!(err, "vejviser check: --pack needs a folder");
                    return USAGE_ERROR;
                }
            },
            // What will be old by then: the next quarter's work for a maintainer.
            "--as-of" => match it.next().and_then(|d| Date::parse(d)) {
                Some(d) => today = d,
                None => {
                    let _ = writeln!(err, "vejviser check: --as-of needs a date (YYYY-MM-DD)");
                    return USAGE_ERROR;
                }
            },
            "-h" | "--help" => {
                let _ = out.write_all(USAGE.as_bytes());
                return OK;
            }
            s if s.starts_with('-') => {
                let _ = writeln!(err, "vejviser check: unknown option `{s}`");
                return USAGE_ERROR;
            }
            p => paths.push(PathBuf::from(p)),
        }
    }
    for p in paths.iter().chain(&pack) {
        if !p.exists() {
            let _ = writeln!(
                err,
                "vejviser check: {}: no such file or folder",
                p.display()
            );
            return USAGE_ERROR;
        }
    }
    if watch && paths.is_empty() && pack.is_empty() {
        let _ = writeln!(
            err,
            "vejviser check: --watch needs a folder or file to watch (the bundled catalogue does not change)"
        );
        return USAGE_ERROR;
    }
    if !watch {
        return check_once(&paths, &pack, today, out, err);
    }
    // Watching starts before the first check, so an edit made while it runs is not missed.
    let all: Vec<PathBuf> = paths.iter().chain(&pack).cloned().collect();
    let mut watcher = catalog::watch::Watcher::new(all);
    check_once(&paths, &pack, today, out, err);
    if !watcher.has_events() {
        let _ = writeln!(
            out,
            "(no change events here; looking at the files every {} ms)",
            catalog::watch::POLL.as_millis()
        );
    }
    let _ = out.flush();
    loop {
        let Some(changed) = watcher.wait(std::time::Duration::from_secs(3600)) else {
            continue;
        };
        let names: Vec<String> = changed.iter().map(|p| p.display().to_string()).collect();
        let _ = writeln!(out, "\n--- changed: {}; checking again", names.join(", "));
        check_once(&paths, &pack, today, out, err);
        let _ = out.flush();
    }
}

/// One check of the paths: prints every problem and the counts, returns the exit code.
fn check_once(
    paths: &[PathBuf],
    pack: &[PathBuf],
    today: Date,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let loaded = match catalog::load::from_paths(paths, pack, today) {
        Ok(l) => l,
        Err(problems) => {
            for p in problems {
                let _ = writeln!(err, "vejviser check: {p}");
            }
            return USAGE_ERROR;
        }
    };
    for d in &loaded.diagnostics {
        let _ = writeln!(out, "{d}");
    }
    let c = loaded.catalog.counts();
    let t = loaded.catalog.tally(today);
    let _ = writeln!(
        out,
        "{} roles, {} programmes ({} AMU courses), {} funding sources, {} merit rules, {} sources; \
         {} uncertain, {} on Vejviser's estimates, {} periods ended by {today}: {} errors, {} warnings",
        c.roles,
        c.programmes,
        t.amu_courses,
        c.funding,
        c.merit,
        c.sources,
        t.uncertain,
        t.estimates,
        t.periods_ended,
        loaded.errors(),
        loaded.warnings()
    );
    if loaded.errors() > 0 { HAS_ERRORS } else { OK }
}
