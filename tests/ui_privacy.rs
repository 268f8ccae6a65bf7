//! Whose data stays where: records per person, autosave, reset between participants, guests,
//! kept-aside files and a data folder that cannot be used. On disk in temporary folders.
#![cfg(feature = "gui")]

mod ui_support;

use iced_test::Simulator;
use iced_test::core::{Settings, Size};
use std::path::{Path, PathBuf};
use ui_support::{bundled_at, files, run_child, send};
use vejviser::engine::Profile;
use vejviser::store::{Paths, Store};
use vejviser::ui::app::{App, Message};
use vejviser::ui::profile::Message as P;
use vejviser::ui::{Goto, Screen, plans, routes, start};

/// Edits the profile and lets the autosave timer fire, as the running app would after 1 s.
fn type_profile(app: &mut App, edits: impl IntoIterator<Item = P>) {
    send(app, edits.into_iter().map(Message::Profile));
    let n = app.edits;
    send(app, [Message::Autosave(n)]);
}

/// Picks a role and a goal on Start and saves the first route found as a plan.
fn save_a_plan(app: &mut App) -> String {
    send(
        app,
        [
            Message::Start(start::Message::RolePicked("sosu-hjaelper".into())),
            Message::Start(start::Message::TargetPicked("sosu-assistent".into())),
        ],
    );
    let r = app.routes.found().expect("routes").routes[0].id.clone();
    send(app, [Message::Routes(routes::Message::SavePlan(r))]);
    app.plans.plans[0].id.clone()
}

fn reset(app: &mut App, delete_saved: bool) {
    send(
        app,
        [
            Message::AskReset,
            Message::ResetDeleteSaved(delete_saved),
            Message::ConfirmReset(true),
        ],
    );
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui: Simulator<'_, Message> =
        Simulator::with_size(Settings::default(), Size::new(1280.0, 4000.0), app.view());
    ui.find(label).is_ok()
}

#[test]
fn two_people_with_reset_between_leave_two_records_each_as_saved() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::at(home.path()));
    let mut app = bundled_at(home.path());
    type_profile(
        &mut app,
        [P::Name("Anne".into()), P::BirthYear("1971".into())],
    );
    send(&mut app, [Message::Profile(P::Save)]);
    let anne = app.profile.clone();
    let plan_a = save_a_plan(&mut app);
    let plan_a_saved = app.plans.plans[0].clone();
    reset(&mut app, false);
    // The next person, unnamed at first, then also called Anne: never the same record.
    type_profile(&mut app, [P::BirthYear("1988".into())]);
    type_profile(&mut app, [P::Name("Anne".into())]);
    send(&mut app, [Message::Profile(P::Save)]);
    assert!(
        app.profile_form
            .note
            .as_deref()
            .unwrap()
            .contains("Begge er gemt"),
        "{:?}",
        app.profile_form.note
    );
    let bea = app.profile.clone();
    let plan_b = save_a_plan(&mut app);
    assert_ne!(plan_a, plan_b);
    let profiles = store.list_profiles();
    assert_eq!(profiles.len(), 2, "{profiles:?}");
    let saved: Vec<&Profile> = profiles.iter().map(|(_, p)| p).collect();
    assert!(saved.contains(&&anne) && saved.contains(&&bea), "{saved:?}");
    assert_eq!(
        store.load_plan(&plan_a).loaded().unwrap(),
        plans::State::with_plans((vec![plan_a_saved], vec![])).plans[0]
    );
    assert_eq!(store.list_plans().0.len(), 2);
}

#[test]
fn reset_deletes_what_the_participant_saved_and_forgets_their_name_and_screen() {
    let home = tempfile::tempdir().unwrap();
    let mut app = bundled_at(home.path());
    // Someone from an earlier day, kept on purpose.
    let store = Store::new(Paths::at(home.path()));
    let mut kept = Profile::with_role("ufaglaert");
    kept.name = "Ole".into();
    store.add_profile(&kept).unwrap();
    type_profile(&mut app, [P::Name("Birthe".into())]);
    save_a_plan(&mut app);
    send(&mut app, [Message::Tab(Screen::Plans)]);
    send(&mut app, [Message::AskReset]);
    assert!(shows(
        &app,
        "Slet også det, deltageren har gemt: 1 profil og 1 plan"
    ));
    send(&mut app, [Message::ConfirmReset(true)]);
    let left = store.list_profiles();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].1.name, "Ole");
    assert!(store.list_plans().0.is_empty());
    // The start screen names nobody until asked, and the next start opens on Start with no
    // plan of Birthe's.
    assert!(!shows(&app, "Ole") && !shows(&app, "Birthe"));
    assert!(shows(&app, "Fortsæt med en gemt profil (1)"));
    let again = bundled_at(home.path());
    assert_eq!(again.screen, Screen::Start);
    assert!(again.plans.plans.is_empty());
    assert!(again.saved_profiles.iter().all(|e| e.name != "Birthe"));
}

#[test]
fn the_profile_survives_a_restart_without_pressing_save() {
    let home = tempfile::tempdir().unwrap();
    let mut app = bundled_at(home.path());
    send(&mut app, [Message::Profile(P::Name("Karen".into()))]);
    let first = app.edits;
    send(&mut app, [Message::Profile(P::BirthYear("1980".into()))]);
    // The first timer is stale: a later edit came, so nothing is written yet.
    send(&mut app, [Message::Autosave(first)]);
    assert!(
        files(home.path())
            .iter()
            .all(|(p, _)| !p.starts_with(Paths::at(home.path()).profiles_dir()))
    );
    let last = app.edits;
    send(&mut app, [Message::Autosave(last)]);
    // One more edit, then the window is closed before its timer fires: saved on close.
    send(&mut app, [Message::Profile(P::Pay("31000".into()))]);
    send(
        &mut app,
        [Message::CloseRequested(iced::window::Id::unique())],
    );
    let mut again = bundled_at(home.path());
    assert_eq!(again.saved_profiles.len(), 1);
    let id = again.saved_profiles[0].id.clone();
    send(
        &mut again,
        [Message::Start(start::Message::ProfilePicked(id))],
    );
    assert_eq!(again.profile.name, "Karen");
    assert_eq!(again.profile.birth_year, Some(1980));
    assert_eq!(again.profile, app.profile);
}

#[test]
fn find_routes_on_the_profile_keeps_the_goal() {
    let home = tempfile::tempdir().unwrap();
    let mut app = bundled_at(home.path());
    send(
        &mut app,
        [
            Message::Start(start::Message::RolePicked("sosu-hjaelper".into())),
            Message::Start(start::Message::TargetPicked("sygeplejerske".into())),
            Message::Tab(Screen::Profile),
            Message::Profile(P::Go(Goto::RoutesKeepGoal {
                from: Some("sosu-hjaelper".into()),
            })),
        ],
    );
    assert_eq!(app.screen, Screen::Routes);
    assert_eq!(app.routes.to.as_deref(), Some("sygeplejerske"));
}

#[test]
fn a_corrupt_profile_and_plan_at_start_are_reported_with_where_they_are() {
    let home = tempfile::tempdir().unwrap();
    let paths = Paths::at(home.path());
    std::fs::create_dir_all(paths.profiles_dir()).unwrap();
    std::fs::create_dir_all(paths.plans_dir()).unwrap();
    std::fs::write(
        paths.profiles_dir().join("Birthe.ron"),
        "(name: \"Birthe\", birth_year: ",
    )
    .unwrap();
    std::fs::write(paths.plans_dir().join("plan-x.ron"), "{{{").unwrap();
    let app = bundled_at(home.path());
    let notice = app.notice.clone().expect("a notice");
    let kept: Vec<PathBuf> = files(home.path())
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| p.to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(
        notice.contains("En gemt profil kunne ikke læses"),
        "{notice}"
    );
    assert!(notice.contains("En gemt plan kunne ikke læses"), "{notice}");
    for k in &kept {
        assert!(
            notice.contains(&k.display().to_string()),
            "{notice} vs {k:?}"
        );
    }
}

#[test]
fn a_data_folder_that_is_a_file_gives_one_plain_notice_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::write(&home, "a file").unwrap();
    let mut app = bundled_at(&home);
    let notice = app.notice.clone().expect("a notice");
    assert!(notice.contains("er en fil og ikke en mappe"), "{notice}");
    assert!(notice.contains("Intet er gået tabt"), "{notice}");
    assert!(!notice.contains("os error"), "{notice}");
    // Told once: moving between screens (which saves the settings) does not repeat it.
    send(
        &mut app,
        [Message::DismissNotice, Message::Tab(Screen::Explore)],
    );
    assert_eq!(app.notice, None);
    send(
        &mut app,
        [
            Message::Profile(P::Name("Eva".into())),
            Message::Profile(P::Save),
        ],
    );
    let note = app.profile_form.note.clone().unwrap();
    assert!(
        note.contains("er en fil og ikke en mappe") && !note.contains("os error"),
        "{note}"
    );
    assert_eq!(app.profile.name, "Eva");
    assert_eq!(std::fs::read_to_string(&home).unwrap(), "a file");
}

#[test]
fn a_plan_that_cannot_be_deleted_stays_listed_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let mut app = bundled_at(&home);
    let id = save_a_plan(&mut app);
    // Permissions do not stop root (these tests may run as root), so the plans folder is
    // moved away and a file put in its place: the delete fails as on a read-only folder.
    let plans_dir = Paths::at(&home).plans_dir();
    std::fs::rename(&plans_dir, dir.path().join("moved")).unwrap();
    std::fs::write(&plans_dir, "in the way").unwrap();
    send(
        &mut app,
        [Message::Plans(plans::Message::Delete(id.clone()))],
    );
    assert!(app.plans.plans.iter().any(|p| p.id == id));
    assert_eq!(app.plans.deleted, None);
    let notice = app.notice.clone().unwrap();
    assert!(notice.starts_with("Planen kunne ikke slettes"), "{notice}");
    assert!(!notice.contains("er slettet"), "{notice}");
}

/// Runs in a child process with `TMPDIR` pointing at an empty folder (see the next test):
/// a guest session and a reset, on a data folder given by the parent.
#[test]
fn child_guest_session() {
    let Ok(home) = std::env::var("VEJVISER_PRIVACY_HOME") else {
        return;
    };
    let mut app = bundled_at(Path::new(&home));
    send(&mut app, [Message::Start(start::Message::GuestPressed)]);
    type_profile(
        &mut app,
        [P::Name("Gæst".into()), P::BirthYear("1990".into())],
    );
    send(
        &mut app,
        [Message::Profile(P::Save), Message::TextScale(10)],
    );
    save_a_plan(&mut app);
    send(&mut app, [Message::Tab(Screen::Plans)]);
    reset(&mut app, true);
    send(
        &mut app,
        [Message::CloseRequested(iced::window::Id::unique())],
    );
}

#[test]
fn guest_mode_and_reset_write_nothing_in_the_data_or_the_temporary_folder() {
    let base = tempfile::tempdir().unwrap();
    let home = base.path().join("home");
    let tmp = base.path().join("tmp");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&tmp).unwrap();
    // Someone's earlier file must come through untouched.
    std::fs::write(home.join("settings.ron"), "(text_scale: 150)\n").unwrap();
    let before = (files(&home), files(&tmp));
    run_child(
        "child_guest_session",
        &[
            ("TMPDIR", tmp.as_os_str()),
            ("VEJVISER_PRIVACY_HOME", home.as_os_str()),
        ],
    );
    assert_eq!((files(&home), files(&tmp)), before);
}

#[test]
fn deleting_a_plan_removes_its_file_and_offers_undo_over_the_page() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::at(home.path()));
    let mut app = bundled_at(home.path());
    let id = save_a_plan(&mut app);
    send(
        &mut app,
        [
            Message::Tab(Screen::Plans),
            Message::Plans(plans::Message::Delete(id.clone())),
        ],
    );
    assert!(!store.plan_path(&id).unwrap().exists());
    assert!(shows(&app, "Fortryd"));
    send(&mut app, [Message::Plans(plans::Message::Undo)]);
    assert!(store.plan_path(&id).unwrap().exists());
    // The plan brought back is still this participant's: the reset deletes it.
    reset(&mut app, true);
    assert!(!store.plan_path(&id).unwrap().exists());
    assert_eq!(
        app.notice.as_deref(),
        Some("Alt er nulstillet. Klar til næste deltager.")
    );
}
