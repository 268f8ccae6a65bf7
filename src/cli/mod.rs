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
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
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
    let loaded = match catalog::load::from_paths(&paths, &pack, today) {
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
    let _ = writeln!(
        out,
        "{} roles, {} programmes, {} funding sources, {} merit rules, {} sources: {} errors, {} warnings",
        c.roles,
        c.programmes,
        c.funding,
        c.merit,
        c.sources,
        loaded.errors(),
        loaded.warnings()
    );
    if loaded.errors() > 0 { HAS_ERRORS } else { OK }
}
