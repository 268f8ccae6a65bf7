//! Storage: settings, profiles and plans on disk, in temporary folders only.

use std::path::{Path, PathBuf};
use tempfile::TempDir;
use vejviser::catalog::{Catalog, Date, TrackCode, load::parse};
use vejviser::engine::Profile;
use vejviser::engine::profile::PROFILE_VERSION;
use vejviser::i18n::Lang;
use vejviser::store::print::{plan_html, plan_text};
use vejviser::store::{
    PLAN_VERSION, Paths, Plan, PlanStep, Read, SETTINGS_VERSION, Settings, Store, StoreError,
    Theme, read_ron, write_atomic,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/store")
        .join(name)
}

fn store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(Paths::at(dir.path().join("home")));
    (dir, store)
}

fn plan(id: &str, updated: Date) -> Plan {
    Plan {
        version: PLAN_VERSION,
        id: id.into(),
        title: format!("Plan {id}"),
        notes: "Tal med lederen.".into(),
        created: Date::new(2026, 11, 1),
        updated,
        from: Some("sosu-hjaelper".into()),
        to: "sosu-assistent".into(),
        route_id: "r1".into(),
        steps: vec![PlanStep {
            programme: "ssa-hovedforloeb".into(),
            track: Some(TrackCode::Euv2),
            title: "Social- og sundhedsassistent".into(),
        }],
        profile: Some(Profile::with_role("sosu-hjaelper")),
        summary: vec!["2 år 6 mdr.".into(), "Voksenelevløn".into()],
    }
}

/// Every file name in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("folder exists")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn settings_save_and_reload() {
    let (_dir, store) = store();
    assert_eq!(store.load_settings(), Read::Missing);
    let s = Settings {
        lang: Lang::En,
        theme: Theme::HighContrast,
        text_scale: 150,
        window: Some((1400, 900)),
        last_screen: Some("compare".into()),
        fullscreen: true,
        ..Settings::default()
    };
    store.save_settings(&s).unwrap();
    assert!(store.paths.settings_file().is_file());
    assert_eq!(store.load_settings(), Read::Loaded(s));
}

#[test]
fn default_settings_are_large_text_danish_light() {
    let s = Settings::default();
    assert_eq!(
        (s.lang, s.theme, s.text_scale),
        (Lang::Da, Theme::Light, 125)
    );
    assert_eq!(s.version, SETTINGS_VERSION);
}

#[test]
fn old_settings_without_version_still_load() {
    let (_dir, store) = store();
    std::fs::create_dir_all(&store.paths.root).unwrap();
    std::fs::copy(fixture("settings-v0.ron"), store.paths.settings_file()).unwrap();
    let Read::Loaded(s) = store.load_settings() else {
        panic!("v0 settings did not load: {:?}", store.load_settings());
    };
    assert_eq!(s.lang, Lang::En);
    assert_eq!(s.window, Some((1280, 800)));
    assert_eq!(s.text_scale, 125);
    assert_eq!(s.version, SETTINGS_VERSION);
}

#[test]
fn out_of_range_text_scale_is_brought_back() {
    let (_dir, store) = store();
    write_atomic(&store.paths.settings_file(), b"(text_scale: 900)").unwrap();
    assert_eq!(store.load_settings().loaded().unwrap().text_scale, 200);
}

#[test]
fn corrupt_settings_are_kept_aside_and_can_be_replaced() {
    let (_dir, store) = store();
    let bytes = b"(lang: Klingon, theme: ".as_slice();
    write_atomic(&store.paths.settings_file(), bytes).unwrap();
    let Read::Corrupt { kept_as, message } = store.load_settings() else {
        panic!("corrupt settings loaded");
    };
    assert!(message.contains("line 1"), "{message}");
    assert_eq!(std::fs::read(&kept_as).unwrap(), bytes);
    assert!(!store.paths.settings_file().exists());
    store.save_settings(&Settings::default()).unwrap();
    assert_eq!(store.load_settings(), Read::Loaded(Settings::default()));
    assert_eq!(
        std::fs::read(&kept_as).unwrap(),
        bytes,
        "saving must not touch it"
    );
}

#[test]
fn profile_save_reload_list_delete() {
    let (_dir, store) = store();
    let mut p = Profile::with_role("sosu-hjaelper");
    p.name = "Birthe".into();
    p.birth_year = Some(1975);
    p.version = 0; // saving stamps the current version
    store.save_profile("Birthe Ø", &p).unwrap();
    let saved = Profile {
        version: PROFILE_VERSION,
        ..p.clone()
    };
    assert_eq!(store.load_profile("Birthe Ø"), Read::Loaded(saved.clone()));
    store
        .save_profile("Anders", &Profile::with_role("ufaglaert"))
        .unwrap();
    let listed: Vec<String> = store.list_profiles().into_iter().map(|(n, _)| n).collect();
    assert_eq!(listed, ["Anders", "Birthe Ø"]);
    store.delete_profile("Birthe Ø").unwrap();
    assert_eq!(store.load_profile("Birthe Ø"), Read::Missing);
    assert_eq!(store.list_profiles().len(), 1);
}

#[test]
fn profile_names_that_are_not_file_names_are_refused() {
    let (_dir, store) = store();
    let p = Profile::default();
    for bad in ["", "  ", "../escape", "a/b", ".hidden", "what?"] {
        assert!(
            matches!(store.save_profile(bad, &p), Err(StoreError::Format { .. })),
            "{bad:?} was accepted"
        );
    }
    assert!(!store.paths.root.join("escape.ron").exists());
}

#[test]
fn plan_save_reload_and_list_newest_first() {
    let (_dir, store) = store();
    let a = plan("plan-a", Date::new(2026, 11, 2));
    let b = plan("plan-b", Date::new(2026, 11, 20));
    let path = store.save_plan(&a).unwrap();
    assert_eq!(path, store.paths.plans_dir().join("plan-a.ron"));
    store.save_plan(&b).unwrap();
    let (plans, corrupt) = store.list_plans();
    assert!(corrupt.is_empty());
    assert_eq!(plans, vec![b, a.clone()]);
    assert_eq!(store.load_plan("plan-a"), Read::Loaded(a));
}

#[test]
fn a_corrupt_plan_is_kept_aside_with_its_bytes_and_listing_goes_on() {
    let (_dir, store) = store();
    store
        .save_plan(&plan("plan-good", Date::new(2026, 11, 2)))
        .unwrap();
    let dir = store.paths.plans_dir();
    let bytes = b"(version: 2, title: \"half a plan\", steps: [(programme: ".to_vec();
    std::fs::write(dir.join("plan-bad.ron"), &bytes).unwrap();

    let (plans, corrupt) = store.list_plans();
    assert_eq!(plans.len(), 1);
    assert_eq!(corrupt.len(), 1);
    let Read::Corrupt { kept_as, message } = &corrupt[0] else {
        panic!("not reported as corrupt: {corrupt:?}");
    };
    assert!(!message.is_empty());
    let kept_name = kept_as.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        kept_name.starts_with("plan-bad.ron.corrupt-"),
        "{kept_name}"
    );
    assert_eq!(std::fs::read(kept_as).unwrap(), bytes);
    assert!(!dir.join("plan-bad.ron").exists());

    // A second bad file of the same name in the same second gets its own name.
    std::fs::write(dir.join("plan-bad.ron"), b"garbage two").unwrap();
    let (plans, corrupt) = store.list_plans();
    assert_eq!((plans.len(), corrupt.len()), (1, 1));
    let Read::Corrupt {
        kept_as: second, ..
    } = &corrupt[0]
    else {
        panic!()
    };
    assert_ne!(second, kept_as);
    assert_eq!(
        std::fs::read(kept_as).unwrap(),
        bytes,
        "first copy untouched"
    );
    assert_eq!(std::fs::read(second).unwrap(), b"garbage two");

    // Kept-aside files are not listed again.
    let (plans, corrupt) = store.list_plans();
    assert_eq!((plans.len(), corrupt.len()), (1, 0));
}

#[test]
fn a_version_1_plan_still_loads() {
    let (_dir, store) = store();
    std::fs::create_dir_all(store.paths.plans_dir()).unwrap();
    let target = store.paths.plans_dir().join("plan-20250314-093000.ron");
    std::fs::copy(fixture("plan-v1.ron"), &target).unwrap();
    let (plans, corrupt) = store.list_plans();
    assert!(corrupt.is_empty(), "{corrupt:?}");
    let p = &plans[0];
    assert_eq!(p.version, PLAN_VERSION);
    assert_eq!(p.to, "sosu-assistent");
    assert_eq!(p.from.as_deref(), Some("sosu-hjaelper"));
    assert_eq!(p.updated, Date::new(2025, 3, 20));
    assert_eq!(p.steps.len(), 1);
    assert_eq!(p.steps[0].track, Some(TrackCode::Euv2));
    assert_eq!(p.steps[0].title, "");
    assert!(p.summary.is_empty());
    assert_eq!(p.profile.as_ref().unwrap().birth_year, Some(1975));
    assert!(p.notes.contains("Ring til skolen"));

    // Saving writes the new format, which names `to` and loads back the same.
    store.save_plan(p).unwrap();
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.contains("to:") && !text.contains("target:"), "{text}");
    assert!(text.contains(&format!("version: {PLAN_VERSION}")));
    assert_eq!(store.load_plan(&p.id), Read::Loaded(p.clone()));
}

#[test]
fn delete_returns_the_plan_for_undo() {
    let (_dir, store) = store();
    let p = plan("plan-x", Date::new(2026, 11, 22));
    store.save_plan(&p).unwrap();
    let gone = store.delete_plan("plan-x").unwrap();
    assert_eq!(gone, p);
    assert!(store.list_plans().0.is_empty());
    assert!(store.delete_plan("plan-x").is_err());
    store.save_plan(&gone).unwrap();
    assert_eq!(store.list_plans().0, vec![p]);
}

#[test]
fn rename_changes_the_title_only() {
    let (_dir, store) = store();
    let p = plan("plan-x", Date::new(2026, 1, 1));
    store.save_plan(&p).unwrap();
    store
        .rename_plan("plan-x", "Min vej til SSA", Date::new(2026, 11, 3))
        .unwrap();
    let q = store.load_plan("plan-x").loaded().unwrap();
    assert_eq!(q.title, "Min vej til SSA");
    assert_eq!((q.id.as_str(), &q.steps), ("plan-x", &p.steps));
    assert_eq!(
        q.updated,
        Date::new(2026, 11, 3),
        "renaming marks the plan changed that day"
    );
    assert!(
        store
            .rename_plan("plan-none", "x", Date::new(2026, 11, 3))
            .is_err()
    );
}

#[test]
fn export_import_round_trip_and_fresh_id_on_clash() {
    let (dir, _store) = store();
    let p = plan("plan-20261122-101500", Date::new(2026, 11, 22));
    let file = dir.path().join("usb stick").join("min plan.ron");
    Store::export_plan(&p, &file).unwrap();

    let (_other_dir, other) = self::store();
    let imported = other.import_plan(&file).unwrap();
    assert_eq!(imported, p);
    assert_eq!(other.list_plans().0, vec![p.clone()]);

    let again = other.import_plan(&file).unwrap();
    assert_ne!(again.id, p.id);
    assert!(again.id.starts_with("plan-"));
    assert_eq!(
        Plan {
            id: p.id.clone(),
            ..again.clone()
        },
        p
    );
    assert_eq!(other.list_plans().0.len(), 2);
}

#[test]
fn a_corrupt_import_is_an_error_and_the_file_is_left_alone() {
    let (dir, store) = store();
    let file = dir.path().join("broken.ron");
    std::fs::write(&file, b"(title: \"no end").unwrap();
    let err = store.import_plan(&file).unwrap_err();
    assert!(matches!(err, StoreError::Format { .. }), "{err}");
    assert!(err.to_string().contains("broken.ron"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), b"(title: \"no end");
    assert_eq!(names(dir.path()), ["broken.ron"]);
    assert!(matches!(
        store.import_plan(&dir.path().join("none.ron")),
        Err(StoreError::Io { .. })
    ));
}

#[test]
fn write_atomic_creates_folders_replaces_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/file.ron");
    write_atomic(&path, b"first").unwrap();
    write_atomic(&path, b"second").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"second");
    assert_eq!(names(&dir.path().join("a/b")), ["file.ron"]);
}

#[test]
fn a_failed_write_cleans_up_and_leaves_the_target_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    // The target is a folder with a file in it, so the final rename must fail.
    let target = dir.path().join("settings.ron");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("inside"), b"keep").unwrap();
    let err = write_atomic(&target, b"new").unwrap_err();
    assert!(matches!(err, StoreError::Io { .. }));
    assert_eq!(names(dir.path()), ["settings.ron"]);
    assert_eq!(std::fs::read(target.join("inside")).unwrap(), b"keep");
}

#[test]
fn readers_never_see_a_half_written_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let a = vec![b'a'; 256 * 1024];
    let b = vec![b'b'; 300 * 1024];
    write_atomic(&path, &a).unwrap();
    let writer = {
        let (path, a, b) = (path.clone(), a.clone(), b.clone());
        std::thread::spawn(move || {
            for i in 0..60 {
                write_atomic(&path, if i % 2 == 0 { &b } else { &a }).unwrap();
            }
        })
    };
    let mut reads = 0;
    while !writer.is_finished() || reads == 0 {
        let got = std::fs::read(&path).unwrap();
        assert!(got == a || got == b, "read {} mixed bytes", got.len());
        reads += 1;
    }
    writer.join().unwrap();
    assert_eq!(names(dir.path()), ["plan.ron"]);
}

#[test]
fn read_ron_reports_missing_and_loads_lenient_ron() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.ron");
    assert_eq!(read_ron::<Settings>(&path), Read::Missing);
    // Optional values without Some(...), unknown fields ignored, a byte-order mark tolerated.
    std::fs::write(&path, "\u{feff}(last_screen: \"routes\", unknown: 3)").unwrap();
    let s = read_ron::<Settings>(&path).loaded().unwrap();
    assert_eq!(s.last_screen.as_deref(), Some("routes"));
}

#[test]
fn paths_come_from_the_variable_when_set() {
    let p = Paths::from_env_value(Some("/tmp/vv-portable".into())).unwrap();
    assert_eq!(p, Paths::at("/tmp/vv-portable"));
    assert_eq!(
        p.settings_file(),
        Path::new("/tmp/vv-portable/settings.ron")
    );
    assert_eq!(p.plans_dir(), Path::new("/tmp/vv-portable/plans"));
    assert_eq!(p.profiles_dir(), Path::new("/tmp/vv-portable/profiles"));
    // Unset or empty: the platform folder, never the empty path.
    if let Ok(q) = Paths::from_env_value(Some("".into())) {
        assert!(q.root.is_absolute() && q.root != p.root);
    }
}

/// Runs in a child process with `VEJVISER_HOME` set (see the next test); passes trivially
/// when run directly.
#[test]
fn child_probe_from_env() {
    if let Ok(expect) = std::env::var("VEJVISER_STORE_EXPECT") {
        assert_eq!(Paths::from_env().unwrap().root, PathBuf::from(expect));
    }
}

#[test]
fn from_env_honours_vejviser_home_in_a_child_process() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_probe_from_env", "--test-threads=1"])
        .env("VEJVISER_HOME", dir.path())
        .env("VEJVISER_STORE_EXPECT", dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("1 passed"), "{stdout}");
}

fn catalog() -> Catalog {
    let file = parse(
        r#"(
      sources: [(id: "s1", url: "https://example.dk/ssa", title: "Om SSA", publisher: "SOSU C",
                 checked: "2025-10-01", confidence: School)],
      roles: [(id: "sosu-assistent", name: (da: "Social- og sundhedsassistent", en: "Assistant"),
               kind: Qualification, description: (da: "x"), sources: ["s1"])],
      programmes: [(id: "ssa-hovedforloeb", name: (da: "SSA hovedforløb", en: "SSA main course"),
                    kind: Eud, level: Eud, description: (da: "x"), structure: (school: (weeks: 48)),
                    pace: FullTime, sources: ["s1"])],
    )"#,
    )
    .unwrap();
    let mut c = Catalog::default();
    c.sources = file.sources;
    c.roles = file.roles;
    c.programmes = file.programmes;
    c.reindex();
    c
}

#[test]
fn printed_plan_has_title_steps_summary_notes_and_sources() {
    let c = catalog();
    let mut p = plan("plan-p", Date::new(2026, 11, 22));
    p.title = "Birthes vej <til> SSA".into();
    p.steps[0].programme = "retired-course".into();
    p.steps.push(PlanStep {
        programme: "ssa-hovedforloeb".into(),
        track: None,
        title: String::new(),
    });
    p.steps.push(PlanStep {
        programme: "gone".into(),
        track: None,
        title: String::new(),
    });
    let text = plan_text(&p, &c, Lang::Da);
    for want in [
        "Birthes vej <til> SSA",
        "Opdateret 22. nov. 2026",
        "Til: Social- og sundhedsassistent",
        "1. Social- og sundhedsassistent (EUV2)",
        "2. SSA hovedforløb\n",
        "3. gone (findes ikke længere i kataloget)",
        "- Voksenelevløn",
        "Tal med lederen.",
        "SOSU C: Om SSA (tjekket 1. okt. 2025)",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    assert_eq!(text.matches("Om SSA").count(), 1, "a source is listed once");
    let en = plan_text(&p, &c, Lang::En);
    assert!(
        en.contains("2. SSA main course") && en.contains("Sources"),
        "{en}"
    );

    let html = plan_html(&p, &c, Lang::Da);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"da\">"));
    assert!(html.contains("Birthes vej &lt;til&gt; SSA"));
    assert!(!html.contains("<til>"));
    assert!(html.contains("@media print"));
    assert!(html.contains("SSA hovedforløb"));
}

#[test]
fn ids_are_unique_and_made_of_time_and_a_random_part() {
    let ids: std::collections::HashSet<String> =
        (0..5000).map(|_| vejviser::store::new_id("plan")).collect();
    assert_eq!(ids.len(), 5000);
    assert!(ids.iter().all(|id| vejviser::store::is_id(id, "plan")));
    assert!(!vejviser::store::is_id("Birthe", "profile"));
    assert!(!vejviser::store::is_id("plan-2026-11-22-1", "plan"));
}

#[test]
fn two_people_with_one_name_are_two_files_named_by_id() {
    let (_dir, store) = store();
    let mut a = Profile::with_role("sosu-hjaelper");
    a.name = "Birthe".into();
    a.birth_year = Some(1975);
    let mut b = Profile::with_role("ufaglaert");
    b.name = "Birthe".into();
    let id_a = store.add_profile(&a).unwrap();
    let id_b = store.add_profile(&b).unwrap();
    assert_ne!(id_a, id_b);
    let files = names(&store.paths.profiles_dir());
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files.iter().all(|f| !f.contains("Birthe")), "{files:?}");
    let stamp = |p: &Profile| Profile {
        version: PROFILE_VERSION,
        ..p.clone()
    };
    assert_eq!(store.load_profile(&id_a), Read::Loaded(stamp(&a)));
    assert_eq!(store.load_profile(&id_b), Read::Loaded(stamp(&b)));
    // Saving the same record again replaces only that record.
    a.birth_year = Some(1976);
    store.save_profile(&id_a, &a).unwrap();
    assert_eq!(store.load_profile(&id_b), Read::Loaded(stamp(&b)));
    assert_eq!(store.list_profiles().len(), 2);
}

#[test]
fn a_new_record_never_replaces_another() {
    let (_dir, store) = store();
    let first = plan("plan-20261122-101500-0123456789", Date::new(2026, 11, 22));
    store.add_plan(&first).unwrap();
    let path = store.plan_path(&first.id).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut other = first.clone();
    other.title = "Someone else".into();
    assert!(matches!(
        store.add_plan(&other),
        Err(StoreError::Taken { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(
        names(&store.paths.plans_dir()).len(),
        1,
        "no temp file left"
    );
    assert!(matches!(
        vejviser::store::write_new(&path, b"x"),
        Err(StoreError::Taken { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn old_profiles_named_by_name_still_load_and_are_renamed_by_id() {
    let (_dir, store) = store();
    let dir = store.paths.profiles_dir();
    std::fs::create_dir_all(&dir).unwrap();
    // Written by an older version: named by the person, no name inside.
    std::fs::write(
        dir.join("Anders.ron"),
        "(role: \"ufaglaert\", birth_year: 1969)",
    )
    .unwrap();
    let listed = store.list_profiles();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].1.name, "Anders");
    let done = store.tidy();
    assert_eq!(done.profiles_renamed, 1);
    let files = names(&dir);
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(!files[0].contains("Anders"), "{files:?}");
    let listed = store.list_profiles();
    assert!(vejviser::store::is_id(&listed[0].0, "profile"));
    assert_eq!(listed[0].1.name, "Anders");
    assert_eq!(listed[0].1.birth_year, Some(1969));
}

#[test]
fn temp_files_left_by_a_crash_are_removed_at_start_when_old_and_never_listed() {
    let (_dir, store) = store();
    let dir = store.paths.plans_dir();
    store
        .save_plan(&plan("plan-a", Date::new(2026, 11, 22)))
        .unwrap();
    let make = |name: &str, age_secs: u64| {
        let path = dir.join(name);
        let f = std::fs::File::create(&path).unwrap();
        let t = std::time::SystemTime::now() - std::time::Duration::from_secs(age_secs);
        f.set_modified(t).unwrap();
        path
    };
    // No process has this id (above the Linux maximum), so the file is not ours.
    let old = make(".plan-b.ron.tmp-99999999-0", 120);
    let fresh = make(".plan-c.ron.tmp-99999999-1", 5);
    let ours = make(&format!(".plan-d.ron.tmp-{}-7", std::process::id()), 120);
    let other = make(".keep-me", 120);
    assert_eq!(
        store.list_plans().0.len(),
        1,
        "temp files are never records"
    );
    let done = store.tidy();
    assert_eq!(done.temps_removed, 1);
    assert!(!old.exists());
    assert!(fresh.exists() && ours.exists() && other.exists());
    assert!(store.paths.plans_dir().join("plan-a.ron").exists());
}

#[test]
fn deleting_checks_the_file_is_gone() {
    let (dir, store) = store();
    let p = plan("plan-a", Date::new(2026, 11, 22));
    store.save_plan(&p).unwrap();
    store.delete_plan("plan-a").unwrap();
    assert!(!store.plan_path("plan-a").unwrap().exists());
    // A folder that refuses the delete. Permissions do not stop root, so where they do not
    // hold, the plans folder is replaced by a file instead: the delete must fail either way.
    store.save_plan(&p).unwrap();
    let plans = store.paths.plans_dir();
    let path = store.plan_path("plan-a").unwrap();
    if !read_only_holds(dir.path()) {
        std::fs::rename(&plans, dir.path().join("moved")).unwrap();
        std::fs::write(&plans, "a file where the folder was").unwrap();
        assert!(store.delete_plan("plan-a").is_err());
        assert!(dir.path().join("moved/plan-a.ron").exists());
        return;
    }
    set_read_only(&plans, true);
    let err = store.delete_plan("plan-a").unwrap_err();
    set_read_only(&plans, false);
    assert!(
        matches!(
            err,
            StoreError::Folder {
                problem: vejviser::store::FolderProblem::ReadOnly,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(path.exists());
}

/// Whether a read-only folder stops this process writing (it does not for root).
fn read_only_holds(scratch: &Path) -> bool {
    let probe = scratch.join("probe");
    std::fs::create_dir_all(&probe).unwrap();
    set_read_only(&probe, true);
    let held = std::fs::write(probe.join("x"), "x").is_err();
    set_read_only(&probe, false);
    let _ = std::fs::remove_dir_all(&probe);
    held
}

fn set_read_only(dir: &Path, on: bool) {
    let mut perm = std::fs::metadata(dir).unwrap().permissions();
    perm.set_readonly(on);
    std::fs::set_permissions(dir, perm).unwrap();
}

#[test]
fn a_data_folder_that_is_a_file_is_one_plain_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("home");
    std::fs::write(&root, "not a folder").unwrap();
    let store = Store::new(Paths::at(&root));
    let not_a_folder = |e: &StoreError| {
        matches!(
            e,
            StoreError::Folder {
                problem: vejviser::store::FolderProblem::NotAFolder,
                ..
            }
        )
    };
    assert!(not_a_folder(&store.check_folder().unwrap_err()));
    assert_eq!(store.load_settings(), Read::Missing);
    let e = store.save_settings(&Settings::default()).unwrap_err();
    assert!(not_a_folder(&e), "{e:?}");
    let e = store.add_profile(&Profile::default()).unwrap_err();
    assert!(not_a_folder(&e), "{e:?}");
    for l in [Lang::Da, Lang::En] {
        let said = l.store_error(&e);
        assert!(!said.contains("os error"), "{said}");
        assert!(said.contains(&root.display().to_string()), "{said}");
    }
    assert!(Lang::Da.store_error(&e).contains("Intet er gået tabt"));
    assert_eq!(std::fs::read_to_string(&root).unwrap(), "not a folder");
}

#[test]
fn a_full_disk_and_a_read_only_disk_are_named_as_such() {
    use std::io::{Error, ErrorKind};
    use vejviser::store::FolderProblem;
    assert_eq!(
        FolderProblem::of(&Error::from_raw_os_error(28)),
        Some(FolderProblem::Full)
    );
    assert_eq!(
        FolderProblem::of(&Error::from(ErrorKind::ReadOnlyFilesystem)),
        Some(FolderProblem::ReadOnly)
    );
    assert_eq!(FolderProblem::of(&Error::from(ErrorKind::NotFound)), None);
    let full = StoreError::Folder {
        path: "/data".into(),
        problem: FolderProblem::Full,
    };
    assert!(Lang::Da.store_error(&full).contains("ikke plads"));
    assert!(Lang::En.store_error(&full).contains("no room"));
}

/// Runs in a child process (see the next test): saves one profile record over and over, as
/// autosave does, until it is killed.
#[test]
fn child_autosave_loop() {
    let Ok(home) = std::env::var("VEJVISER_AUTOSAVE_HOME") else {
        return;
    };
    let store = Store::new(Paths::at(home));
    let mut p = Profile::with_role("sosu-hjaelper");
    p.name = "Karen".into();
    for year in (1900u16..=2000).cycle() {
        p.birth_year = Some(year);
        store.save_profile("profile-karen", &p).unwrap();
    }
}

#[test]
fn a_kill_during_autosave_leaves_a_whole_profile_and_only_litter_to_clear() {
    let (_dir, store) = store();
    let mut first = Profile::with_role("sosu-hjaelper");
    first.name = "Karen".into();
    first.birth_year = Some(1899);
    store.save_profile("profile-karen", &first).unwrap();
    let mut saves_seen = 0;
    for round in 0..8u64 {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "child_autosave_loop", "--test-threads=1"])
            .env("VEJVISER_AUTOSAVE_HOME", &store.paths.root)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(40 + 17 * round));
        child.kill().unwrap();
        child.wait().unwrap();
        match store.load_profile("profile-karen") {
            Read::Loaded(p) => {
                assert_eq!(p.name, "Karen");
                assert!((1899..=2000).contains(&p.birth_year.unwrap()));
                saves_seen += usize::from(p.birth_year != Some(1899));
            }
            other => panic!("round {round}: {other:?}"),
        }
        // What the killed process left is not ours, so it can go (the app waits a minute).
        vejviser::store::remove_temp_litter(&store.paths.profiles_dir(), std::time::Duration::ZERO);
        assert_eq!(names(&store.paths.profiles_dir()), ["profile-karen.ron"]);
    }
    assert!(
        saves_seen > 0,
        "the child never got to save: the test proved nothing"
    );
}

#[test]
fn every_fixture_profile_reads_back_after_it_is_saved() {
    // A profile saved by the app must load again: a newtype written as `(70)` did not.
    let dir = std::path::Path::new("tests/fixtures/profiles");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let p: vejviser::engine::Profile = vejviser::store::parse_ron(&text).unwrap();
        let again: vejviser::engine::Profile =
            vejviser::store::parse_ron(&vejviser::store::to_ron(&p))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(again, p, "{}", path.display());
        n += 1;
    }
    assert!(n >= 2);
}
