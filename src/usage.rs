//! The program's usage text and exit codes, shared by the command line and the window.

/// What `vejviser --help` prints.
pub const USAGE: &str = "\
Vejviser: veje fra social- og sundhedshjælper og videre / career pathways

Usage:
  vejviser                          open the window on the bundled catalogue
  vejviser [--catalog DIR] [--pack DIR]
                                    open the window on another catalogue and/or a local pack
  vejviser --dialogue-day [--idle-minutes N]
                                    dialogue-day mode: full screen, large text, nothing written
                                    to disk, a \"Næste deltager\" button, and the screen cleared
                                    after N minutes without input (default 3)
  vejviser check [PATH ...] [--pack PATH ...] [--as-of YYYY-MM-DD] [--watch]
                                    validate catalogue folders or files (none: the bundled one),
                                    optionally with a local pack layered on top; --as-of also
                                    reports what will be old or whose period will have ended by
                                    that date; --watch checks again whenever a file under the
                                    paths changes (until Ctrl+C). The summary counts entries, AMU
                                    courses, uncertain facts, facts on Vejviser's estimates and
                                    ended periods
  vejviser routes --to ROLE [--from ROLE] [--profile FILE] [--sort fastest|cheapest|income|steps]
                  [--lang da|en] [--format text|json] [--max-steps N] [--start YYYY-MM-DD] [--catalog DIR]
                  [--limit N] [--pdf OUT.pdf]
                                    (text shows 5 routes unless --limit says more; JSON all)
                                    routes for a person from a role to another, ranked
  vejviser compare --to ROLE [--from ROLE] [--profile FILE] ROUTE_ID ROUTE_ID [...]
                                    2–4 routes side by side (ids as printed by `routes`)
  vejviser course ID [--profile FILE] [--start YYYY-MM-DD] [--lang da|en] [--format text|json]
                                    one course (AMU, supplement, module) for a person: its
                                    price, what each fund gives and to whom, deadlines, signers
  vejviser glossary [--lang da|en]  the words Vejviser explains (merit, EUV, kvote 2, ...);
                                    `routes` in text ends with the ones it used
  vejviser plan FILE [--pdf OUT.pdf] [--lang da|en] [--no-name] [--catalog DIR]
                                    a saved plan (.ron, or a PDF Vejviser wrote) as text, or
                                    as a PDF to print (routes and compare take --pdf OUT.pdf
                                    too: the best route as a plan, the table on one page)
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
