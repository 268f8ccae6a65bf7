//! The command-line verbs: `check`, `routes`, `compare`, `synth`. Returns an exit code and
//! writes to the given streams, so tests can run it without a process.

pub mod course;
pub mod json;
pub mod routes;

use crate::catalog::{self, Date};
use std::io::Write;
use std::path::PathBuf;

pub const USAGE: &str = "\
Vejviser: veje fra social- og sundhedshjælper og videre / career pathways

Usage:
  vejviser                          open the window on the bundled catalogue
  vejviser [--catalog DIR] [--pack DIR]
                                    open the window on another catalogue and/or a local pack
  vejviser check [PATH ...] [--pack PATH ...]
                                    validate catalogue folders or files (none: the bundled one),
                                    optionally with a local pack layered on top
  vejviser routes --to ROLE [--from ROLE] [--profile FILE] [--sort fastest|cheapest|income|steps]
                  [--lang da|en] [--format text|json] [--max-steps N] [--start YYYY-MM-DD] [--catalog DIR]
                  [--limit N]       (text shows 5 routes unless --limit says more; JSON all)
                                    routes for a person from a role to another, ranked
  vejviser compare --to ROLE [--from ROLE] [--profile FILE] ROUTE_ID ROUTE_ID [...]
                                    2–4 routes side by side (ids as printed by `routes`)
  vejviser course ID [--profile FILE] [--start YYYY-MM-DD] [--lang da|en] [--format text|json]
                                    one course (AMU, supplement, module) for a person: its
                                    price, what each fund gives and to whom, deadlines, signers
  vejviser synth --roles N --programmes N --leaves N OUT_DIR
                                    write a large synthetic catalogue (for benchmarks)
  vejviser --help                   show this help

Any command (and the window) takes --today YYYY-MM-DD, or the environment variable
VEJVISER_TODAY, to run as on that date: old sources, start dates, ages and deadlines are
judged against it (e.g. to see what next quarter brings, or to reproduce a printout).

Exit codes: 0 fine, 1 the catalogue has errors, 2 usage or I/O problem.
";

/// Exit codes.
pub const OK: i32 = 0;
pub const HAS_ERRORS: i32 = 1;
pub const USAGE_ERROR: i32 = 2;

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
