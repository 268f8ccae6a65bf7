//! The printed plan and comparison as PDF, through the real program: the file parses, the
//! Danish text of the route, a funding verdict and a source date can be extracted, the font
//! is embedded, the PDF is tagged, and the attached plan comes back equal.
//!
//! The checks read the PDF with poppler's tools (`pdftotext`, `pdffonts`, `pdfinfo`). Without
//! them a test says so and stops; with `CI=true` it fails instead.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use vejviser::engine::Query;
use vejviser::engine::routes::find_routes;
use vejviser::i18n::{self, Lang};
use vejviser::store::{self, Plan};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/profiles")
        .join(name)
}

/// Runs the program as on the tests' day.
fn vejviser(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_vejviser"))
        .args(args)
        .args(["--today", &common::TODAY.to_string()])
        .env_remove("VEJVISER_TODAY")
        .output()
        .expect("the program runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A poppler tool's output for `pdf`, or `None` when the tool is missing outside CI.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> Option<String> {
    match Command::new(tool).args(args).arg(pdf).arg("-").output() {
        Ok(out) => {
            assert!(out.status.success(), "{tool} failed: {out:?}");
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(e) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("{tool} is needed in CI (install poppler-utils): {e}")
        }
        Err(e) => {
            eprintln!("skipping the {tool} check: {e} (install poppler-utils)");
            None
        }
    }
}

/// pdffonts and pdfinfo take no output argument.
fn poppler_info(tool: &str, pdf: &Path) -> Option<String> {
    match Command::new(tool).arg(pdf).output() {
        Ok(out) => {
            assert!(out.status.success(), "{tool} failed: {out:?}");
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(e) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("{tool} is needed in CI (install poppler-utils): {e}")
        }
        Err(e) => {
            eprintln!("skipping the {tool} check: {e} (install poppler-utils)");
            None
        }
    }
}

/// Birthe's best route to social- og sundhedsassistent on the bundled catalogue, as a plan.
fn birthe_plan() -> (vejviser::catalog::Catalog, Plan) {
    let catalog = common::bundled().expect("the bundled catalogue");
    let text = std::fs::read_to_string(fixture("birthe.ron")).unwrap();
    let profile = vejviser::cli::routes::read_profile(&text).unwrap();
    let query = Query::to("sosu-assistent", common::TODAY);
    let routes = find_routes(&catalog, &profile, &query);
    let best = routes.first().expect("a route for Birthe");
    let mut plan = Plan::for_route(
        &catalog,
        Lang::Da,
        best,
        &profile,
        "plan-test-1".into(),
        common::TODAY,
    );
    plan.notes = "Tal med lederen om voksenelevløn før 1. marts.".into();
    (catalog, plan)
}

/// The route ids of `routes --format json`, best first.
fn route_ids(json: &str) -> Vec<String> {
    let routes: serde_json::Value = serde_json::from_str(json).unwrap();
    routes
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

fn write_plan(dir: &Path, plan: &Plan) -> PathBuf {
    let path = dir.join("plan.ron");
    std::fs::write(&path, store::to_ron(plan)).unwrap();
    path
}

#[test]
fn the_plan_pdf_reads_as_danish_text_with_the_route_funding_and_sources() {
    let (catalog, plan) = birthe_plan();
    let dir = tempfile::tempdir().unwrap();
    let pdf = plan_to_pdf(dir.path(), &plan);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));

    let Some(text) = poppler("pdftotext", &["-layout"], &pdf) else {
        return;
    };
    assert!(text.contains("Vejen"), "{text}");
    let first = &plan.steps[0];
    let step = catalog.programme(&first.programme).unwrap();
    assert!(text.contains(&step.name.da), "{text}");
    assert!(text.contains("Til Birthe"), "the first name: {text}");
    assert!(text.contains("Hvem betaler"), "{text}");
    assert!(
        ["kan få", "måske", "lukket"]
            .iter()
            .any(|v| text.contains(&format!(": {v}"))),
        "a funding verdict: {text}"
    );
    let source = store::print::plan_sources(&plan, &catalog)[0];
    let checked = format!("tjekket {}", i18n::date(Lang::Da, source.checked));
    assert!(text.contains(&checked), "{checked} in {text}");
    assert!(text.contains("Næste tre skridt"), "{text}");
    assert!(text.contains("æ") && text.contains("ø"), "{text}");
}

#[test]
fn the_plan_pdf_embeds_its_font_is_tagged_and_fits_two_pages() {
    let (_, plan) = birthe_plan();
    let dir = tempfile::tempdir().unwrap();
    let pdf = plan_to_pdf(dir.path(), &plan);
    let Some(fonts) = poppler_info("pdffonts", &pdf) else {
        return;
    };
    let fira: Vec<&str> = fonts.lines().filter(|l| l.contains("FiraSans")).collect();
    assert!(!fira.is_empty(), "{fonts}");
    // Columns: name type encoding emb sub uni object ID.
    for line in fira {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let emb = cols[cols.len() - 5];
        assert_eq!(emb, "yes", "not embedded: {line}");
    }
    let info = poppler_info("pdfinfo", &pdf).unwrap();
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
        "{info}"
    );
    let pages = pages_of(&pdf).unwrap();
    assert!((1..=2).contains(&pages), "{pages} pages");

    // The structure a screen reader follows: headings, then lists, in reading order.
    let out = Command::new("pdfinfo")
        .arg("-struct-text")
        .arg(&pdf)
        .output()
        .unwrap();
    let tree = String::from_utf8_lossy(&out.stdout);
    let at = |tag: &str| {
        tree.find(tag)
            .unwrap_or_else(|| panic!("no {tag} in {tree}"))
    };
    assert!(at("H1") < at("H2") && at("H2") < at("LBody"), "{tree}");
    assert!(tree.contains("\"Vejen\""), "{tree}");
}

#[test]
fn the_attached_plan_comes_back_equal_and_opens_in_the_store() {
    let (_, plan) = birthe_plan();
    let dir = tempfile::tempdir().unwrap();
    let pdf = plan_to_pdf(dir.path(), &plan);
    assert_eq!(store::read_plan_file(&pdf).unwrap(), plan);

    let other = store::Store::new(store::Paths::at(dir.path().join("home")));
    let imported = other.import_plan(&pdf).unwrap();
    assert_eq!(
        Plan {
            id: plan.id.clone(),
            ..imported
        },
        plan
    );

    // The PDF is a plan file for the command line too.
    let (code, out, err) = vejviser(&["plan", pdf.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with(&plan.title), "{out}");
}

#[test]
fn english_and_no_name_on_request() {
    let (_, plan) = birthe_plan();
    let dir = tempfile::tempdir().unwrap();
    let ron = write_plan(dir.path(), &plan);
    let pdf = dir.path().join("plan-en.pdf");
    let args = [
        "plan",
        ron.to_str().unwrap(),
        "--pdf",
        pdf.to_str().unwrap(),
    ];
    let (code, _, err) = vejviser(&[&args[..], &["--lang", "en", "--no-name"]].concat());
    assert_eq!(code, 0, "{err}");
    let Some(text) = poppler("pdftotext", &[], &pdf) else {
        return;
    };
    assert!(
        text.contains("The route") && text.contains("Who pays"),
        "{text}"
    );
    assert!(!text.contains("Birthe"), "{text}");
}

#[test]
fn routes_writes_the_best_route_and_compare_a_landscape_page() {
    let dir = tempfile::tempdir().unwrap();
    let profile = fixture("birthe.ron");
    let pdf = dir.path().join("best.pdf");
    let (code, out, err) = vejviser(&[
        "routes",
        "--profile",
        profile.to_str().unwrap(),
        "--to",
        "sosu-assistent",
        "--format",
        "json",
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let ids = route_ids(&out);
    let plan = store::read_plan_file(&pdf).unwrap();
    assert_eq!(plan.to, "sosu-assistent");
    assert_eq!(plan.route_id, ids[0], "the best route");

    // Two routes to compare: from the role alone, to nursing.
    let (_, out, _) = vejviser(&[
        "routes",
        "--from",
        "sosu-hjaelper",
        "--to",
        "sygeplejerske",
        "--format",
        "json",
    ]);
    let two = route_ids(&out);
    let table = dir.path().join("compare.pdf");
    let (code, _, err) = vejviser(&[
        "compare",
        "--from",
        "sosu-hjaelper",
        "--to",
        "sygeplejerske",
        &two[0],
        &two[1],
        "--pdf",
        table.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let err = store::read_plan_file(&table).unwrap_err().to_string();
    assert!(err.contains("no plan attached"), "{err}");
    let Some(info) = poppler_info("pdfinfo", &table) else {
        return;
    };
    assert!(info.contains("Pages:           1"), "{info}");
    assert!(info.contains("841.89 x 595.28"), "landscape A4: {info}");
    let text = poppler("pdftotext", &[], &table).unwrap();
    assert!(text.contains("Samlet varighed"), "{text}");
}

#[test]
fn a_pdf_that_cannot_be_written_is_a_clear_error() {
    let (_, plan) = birthe_plan();
    let dir = tempfile::tempdir().unwrap();
    let ron = write_plan(dir.path(), &plan);
    let blocked = dir.path().join("plan.ron").join("out.pdf");
    let (code, _, err) = vejviser(&[
        "plan",
        ron.to_str().unwrap(),
        "--pdf",
        blocked.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(err.starts_with("vejviser plan: "), "{err}");
}

/// Writes `plan` as a plan file in `dir` and prints it with `vejviser plan FILE --pdf`,
/// which must succeed; returns the PDF's path.
fn plan_to_pdf(dir: &Path, plan: &store::Plan) -> PathBuf {
    let ron = write_plan(dir, plan);
    let pdf = dir.join("plan.pdf");
    let (code, _, err) = vejviser(&[
        "plan",
        ron.to_str().unwrap(),
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    pdf
}

/// Pages of a PDF as pdfinfo counts them, or `None` when poppler is missing outside CI.
fn pages_of(pdf: &Path) -> Option<usize> {
    let info = poppler_info("pdfinfo", pdf)?;
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
}

#[test]
fn every_bundled_route_of_the_fixture_profiles_prints_on_at_most_two_pages() {
    let catalog = common::bundled().expect("the bundled catalogue");
    let dir = tempfile::tempdir().unwrap();
    let mut profiles: Vec<PathBuf> = std::fs::read_dir(fixture(""))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    profiles.sort();
    let (mut printed, mut too_long) = (0, Vec::new());
    for file in &profiles {
        let text = std::fs::read_to_string(file).unwrap();
        let profile = vejviser::cli::routes::read_profile(&text).unwrap();
        for role in &catalog.roles {
            // As `vejviser routes --to ROLE --profile FILE` asks.
            let query = Query {
                from: profile.role.clone(),
                ..Query::to(&role.id, common::TODAY)
            };
            for route in find_routes(&catalog, &profile, &query) {
                let mut plan = Plan::for_route(
                    &catalog,
                    Lang::Da,
                    &route,
                    &profile,
                    "plan-test-1".into(),
                    common::TODAY,
                );
                plan.notes = "Tal med lederen om voksenelevløn før 1. marts.".into();
                for l in [Lang::Da, Lang::En] {
                    let bytes = vejviser::pdf::plan_with_route(
                        &plan,
                        Some(&route),
                        &catalog,
                        l,
                        common::TODAY,
                        Some("Birthe"),
                    )
                    .unwrap();
                    let pdf = dir.path().join("plan.pdf");
                    std::fs::write(&pdf, bytes).unwrap();
                    let Some(pages) = pages_of(&pdf) else {
                        return;
                    };
                    printed += 1;
                    if !(1..=2).contains(&pages) {
                        let who = file.file_name().unwrap().to_string_lossy().into_owned();
                        too_long.push(format!("{who} {} {l:?}: {pages} pages", route.id));
                    }
                }
            }
        }
    }
    // The fixtures reach nursing, therapy and pedagogy, so there are many routes to print.
    assert!(printed >= 40, "only {printed} plans printed");
    assert!(too_long.is_empty(), "{too_long:#?}");
}
