//! A small catalogue for the GUI tests, written to a temporary folder and loaded like any other.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use vejviser::ui::Args;
use vejviser::ui::app::App;
use vejviser::ui::prefs::{Keeper, Memory};

pub const CATALOG: &str = r#"(
  sources: [
    (id: "src-ok", url: "https://example.dk/ok", title: "Om uddannelsen", publisher: "Skolen",
     checked: "2025-10-01", confidence: School),
    (id: "src-old", url: "https://example.dk/old", title: "Gammel side", publisher: "Fonden",
     checked: "2019-01-01", confidence: Fund),
    (id: "src-guess", url: "", title: "Skøn", publisher: "Vejviser",
     checked: "2025-10-01", confidence: Unconfirmed),
  ],
  roles: [
    (id: "ufaglaert", name: (da: "Ufaglært omsorgsmedarbejder", en: "Unskilled care worker"),
     kind: Qualification, description: (da: "Ingen uddannelse på området.", en: "No qualification."),
     sources: ["src-ok"]),
    (id: "sosu-hjaelper", name: (da: "Social- og sundhedshjælper", en: "Social and health care helper"),
     kind: Qualification, description: (da: "Hjælper ældre i hverdagen.", en: "Helps older people."),
     sources: ["src-ok"]),
    (id: "sosu-assistent", name: (da: "Social- og sundhedsassistent", en: "Social and health care assistant"),
     kind: Qualification, description: (da: "Sygeplejefaglige opgaver.", en: "Nursing tasks."),
     authorised: true, sources: ["src-ok"]),
    (id: "sygeplejerske", name: (da: "Sygeplejerske", en: "Nurse"),
     kind: Qualification, description: (da: "Sygepleje.", en: "Nursing."), sources: ["src-ok"]),
    (id: "demenskoordinator", name: (da: "Demenskoordinator", en: "Dementia coordinator"),
     kind: Function, description: (da: "Koordinerer demensindsatsen.", en: "Coordinates dementia care."),
     sources: ["src-old"]),
  ],
  programmes: [
    (id: "ssa-hovedforloeb", name: (da: "Social- og sundhedsassistentuddannelsen", en: "SOSU assistant programme"),
     kind: Eud, level: Eud, description: (da: "Uddannelsen til assistent.", en: "The assistant programme."),
     structure: (school: (weeks: 48), placement: (weeks: 98)), pace: FullTime,
     admission: Any([ Holds(id: "sosu-hjaelper"), Subject(subject: Dansk, level: D) ]),
     leads_to: ["sosu-assistent"],
     offerings: [(provider: "SOSU Fyn", place: "Odense", intakes: [2, 8], sources: ["src-ok"])],
     sources: ["src-ok", "src-guess"],
     uncertain: (da: "Længden efter merit er ikke bekræftet.", en: "The length after merit is not confirmed.")),
    (id: "amu-46873", name: (da: "Demens, grundlæggende", en: "Dementia, basic"),
     kind: AmuCourse, level: Eud, description: (da: "Et kort AMU-kursus om demens.", en: "A short course."),
     amu_number: "46873", structure: (school: (days: 5)), pace: FullTime,
     leads_to: ["demenskoordinator"], sources: ["src-ok"]),
    (id: "sygeplejerske-pb", name: (da: "Sygeplejerskeuddannelsen", en: "Nursing degree"),
     kind: Professionsbachelor, level: Professionsbachelor,
     description: (da: "Professionsbachelor i sygepleje.", en: "Bachelor in nursing."),
     ects: 210, structure: (school: (years: 3, months: 6)), pace: FullTime,
     admission: Holds(id: "sosu-assistent"), leads_to: ["sygeplejerske"], sources: ["src-ok"]),
  ],
  funding: [
    (id: "veu-godtgoerelse", name: (da: "VEU-godtgørelse", en: "VEU allowance"),
     administrator: "Arbejdsgivernes Uddannelsesbidrag", legal_basis: "VEU-loven",
     description: (da: "Godtgørelse under AMU.", en: "Allowance during AMU."),
     eligibility: Education(max: Eud), kinds: [AmuCourse], covers: [WageCompensation],
     benefit: WeeklyRate,
     status: (state: Open, checked: "2025-10-01", source: "src-ok"), sources: ["src-ok"]),
  ],
)
"#;

/// A temporary folder holding `files` (name, text); dropped with the returned guard.
pub fn folder(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write fixture");
    }
    let path = dir.path().to_path_buf();
    (dir, path)
}

/// The app on a catalogue folder, with settings in a shared memory keeper.
pub fn app_on(path: &Path) -> (App, Arc<Mutex<Memory>>) {
    let keeper = Arc::new(Mutex::new(Memory::default()));
    let args = Args {
        catalog: vec![path.to_path_buf()],
        pack: vec![],
        today: vejviser::catalog::Date::new(2026, 11, 22),
        ..Args::on(vejviser::catalog::Date::new(2026, 11, 22))
    };
    let app = App::new(args, Box::new(keeper.clone()) as Box<dyn Keeper>);
    (app, keeper)
}

/// The app on the fixture catalogue. Keep the folder guard alive while the app is used.
pub fn app() -> (App, Arc<Mutex<Memory>>, tempfile::TempDir) {
    let (dir, path) = folder(&[("catalog.ron", CATALOG)]);
    let (app, keeper) = app_on(&path);
    (app, keeper, dir)
}

/// Sends messages to the app as the running window would, one after the other.
pub fn send(app: &mut App, messages: impl IntoIterator<Item = vejviser::ui::app::Message>) {
    for m in messages {
        let _ = app.update(m);
    }
}

/// A simulator of the app's view in a tall window, so long pages need no scrolling.
pub fn simulator(app: &App) -> iced_test::Simulator<'_, vejviser::ui::app::Message> {
    iced_test::Simulator::with_size(
        iced_test::core::Settings::default(),
        iced_test::core::Size::new(1280.0, 4000.0),
        app.view(),
    )
}

/// True when `label` is shown somewhere on the current view.
pub fn shows(app: &App, label: &str) -> bool {
    simulator(app).find(label).is_ok()
}

/// Clicks what shows `label` and feeds the messages back, as the running app would.
pub fn click(app: &mut App, label: &str) {
    let messages: Vec<vejviser::ui::app::Message> = {
        let mut ui = simulator(app);
        ui.click(label)
            .unwrap_or_else(|e| panic!("no clickable {label:?} on {:?}: {e}", app.screen));
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    send(app, messages);
}

/// Every file under a folder, with its bytes, in order.
pub fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

/// Runs the test `name` of this test program in a child process with `env` set, and fails
/// unless it ran and passed. Such child tests return at once when their marker is unset, so a
/// child gets a TMPDIR and a data folder no other test writes to.
pub fn run_child(name: &str, env: &[(&str, &std::ffi::OsStr)]) {
    let mut child = std::process::Command::new(std::env::current_exe().expect("test program"));
    child.args(["--exact", name, "--test-threads=1"]);
    for (key, value) in env {
        child.env(key, value);
    }
    let out = child.output().expect("the child runs");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("1 passed"), "{said}");
}

/// The date the bundled-catalogue GUI tests run as.
pub const TODAY: vejviser::catalog::Date = vejviser::catalog::Date::new(2026, 11, 22);

/// The app on the bundled catalogue with its files kept on disk under `home`.
pub fn bundled_at(home: &Path) -> App {
    let loaded = vejviser::catalog::load::bundled(TODAY);
    let keeper = vejviser::ui::prefs::OnDisk(vejviser::store::Store::new(
        vejviser::store::Paths::at(home),
    ));
    App::with_loaded(loaded, vec![], Args::on(TODAY), Box::new(keeper))
}
