//! Dialogue-day mode: "Næste deltager" and the inactivity timeout clear everything, the
//! countdown comes first, and a whole session leaves the data folder and TMPDIR as they were.
#![cfg(feature = "gui")]

mod ui_support;

use iced_test::Simulator;
use iced_test::core::{Settings, Size};
use std::path::{Path, PathBuf};
use std::time::Duration;
use ui_support::{files, run_child};
use vejviser::engine::Profile;
use vejviser::store::{Paths, Store};
use vejviser::ui::app::{App, Message};
use vejviser::ui::prefs::{Keeper, OnDisk};
use vejviser::ui::profile::Message as P;
use vejviser::ui::{Args, Screen, plans, routes, start};

const TODAY: vejviser::catalog::Date = vejviser::catalog::Date::new(2026, 11, 22);

fn dialogue_args() -> Args {
    Args {
        dialogue_day: true,
        ..Args::on(TODAY)
    }
}

/// The app on the bundled catalogue, keeping its files with `keeper`.
fn app_with(args: Args, keeper: Box<dyn Keeper>) -> App {
    let loaded = vejviser::catalog::load::bundled(TODAY);
    App::with_loaded(loaded, vec![], args, keeper)
}

fn at(home: &Path) -> Box<dyn Keeper> {
    Box::new(OnDisk(Store::new(Paths::at(home))))
}

fn send(app: &mut App, messages: impl IntoIterator<Item = Message>) {
    for m in messages {
        let _ = app.update(m);
    }
}

fn shows(app: &App, label: &str) -> bool {
    let mut ui: Simulator<'_, Message> =
        Simulator::with_size(Settings::default(), Size::new(1280.0, 4000.0), app.view());
    ui.find(label).is_ok()
}

/// A participant fills in everything: a profile, routes, a comparison, a plan; then opens Plans.
fn fill_in(app: &mut App) {
    let edits = [
        P::Name("Birthe".into()),
        P::BirthYear("1971".into()),
        P::Pay("31000".into()),
    ];
    send(app, edits.map(Message::Profile));
    let n = app.edits;
    send(
        app,
        [
            Message::Autosave(n),
            Message::Profile(P::Save),
            Message::Start(start::Message::RolePicked("sosu-hjaelper".into())),
            Message::Start(start::Message::TargetPicked("sosu-assistent".into())),
        ],
    );
    let r = app.routes.found().expect("routes").routes[0].id.clone();
    send(
        app,
        [
            Message::Routes(routes::Message::Compare(r.clone())),
            Message::Routes(routes::Message::SavePlan(r)),
            Message::Tab(Screen::Plans),
        ],
    );
    assert_eq!(app.profile.name, "Birthe");
    assert!(!app.compare.routes.is_empty());
    assert_eq!(app.plans.plans.len(), 1);
    assert!(shows(app, "Birthe") || shows(app, &app.plans.plans[0].title.clone()));
}

/// Nothing of the participant is left on screen or in the state.
fn assert_cleared(app: &App) {
    assert_eq!(app.profile, Profile::default());
    assert_eq!(app.screen, Screen::Start);
    assert!(app.routes.from.is_none() && app.routes.to.is_none());
    assert!(app.routes.found().is_none_or(|f| f.routes.is_empty()));
    assert!(app.compare.routes.is_empty());
    assert!(app.plans.plans.is_empty());
    assert!(app.start.role.is_none());
    assert!(app.profile_form.note.is_none());
    assert!(app.back.is_empty());
    assert!(!shows(app, "Birthe"));
    // Still in the mode, still offering no files.
    assert!(app.dialogue.is_some() && app.plans.no_files && app.guest);
    // Guest mode cannot be switched off, so the switch is not offered.
    assert!(!shows(
        app,
        "Du er gæst: intet gemmes. Tryk igen for at slå det fra."
    ));
}

#[test]
fn next_participant_clears_every_field() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app_with(dialogue_args(), at(home.path()));
    assert!(shows(&app, "Næste deltager"));
    fill_in(&mut app);
    // The button is in the header, so it shows on every screen.
    assert!(shows(&app, "Næste deltager"));
    send(&mut app, [Message::NextParticipant]);
    assert_cleared(&app);
}

#[test]
fn the_timeout_counts_down_then_clears_every_field() {
    let home = tempfile::tempdir().unwrap();
    let args = Args {
        idle_minutes: 2,
        ..dialogue_args()
    };
    let mut app = app_with(args, at(home.path()));
    fill_in(&mut app);
    let idle = Duration::from_secs(120);
    let since = app.dialogue.as_ref().unwrap().last_input;
    // A minute of quiet: no countdown yet.
    send(&mut app, [Message::Tick(since + Duration::from_secs(60))]);
    assert_eq!(app.dialogue.as_ref().unwrap().left, None);
    assert!(!shows(&app, "Jeg er her stadig"));
    // 20 seconds before the end the countdown shows, and nothing is cleared yet.
    send(
        &mut app,
        [Message::Tick(since + idle - Duration::from_secs(20))],
    );
    assert_eq!(app.dialogue.as_ref().unwrap().left, Some(20));
    assert!(shows(
        &app,
        "Ingen aktivitet: skærmen ryddes om 20 s til næste deltager."
    ));
    assert_eq!(app.profile.name, "Birthe");
    // A key press keeps the session: the countdown goes and the clock starts again.
    send(&mut app, [Message::Active]);
    assert_eq!(app.dialogue.as_ref().unwrap().left, None);
    let since = app.dialogue.as_ref().unwrap().last_input;
    send(
        &mut app,
        [Message::Tick(since + idle - Duration::from_secs(5))],
    );
    assert_eq!(app.dialogue.as_ref().unwrap().left, Some(5));
    assert_eq!(app.profile.name, "Birthe");
    send(&mut app, [Message::Tick(since + idle)]);
    assert_cleared(&app);
    assert_eq!(app.dialogue.as_ref().unwrap().left, None);
}

#[test]
fn dialogue_day_lists_nothing_saved_and_offers_no_file_dialogs() {
    let home = tempfile::tempdir().unwrap();
    // An earlier ordinary session left a profile and a plan behind.
    let mut before = app_with(Args::on(TODAY), at(home.path()));
    fill_in(&mut before);
    assert!(!before.saved_profiles.is_empty());
    assert!(shows(&before, "Gem som fil") && shows(&before, "Udskriv"));
    let mut app = app_with(dialogue_args(), at(home.path()));
    assert!(app.saved_profiles.is_empty() && app.plans.plans.is_empty());
    assert!(app.prefs.fullscreen && app.prefs.text_scale >= 175);
    fill_in(&mut app);
    for label in ["Gem som fil", "Udskriv", "Hent plan fra fil"] {
        assert!(!shows(&app, label), "{label}");
    }
    assert!(shows(
        &app,
        "På en dialogdag gemmes, hentes og udskrives ingen filer, så intet bliver liggende på maskinen."
    ));
    // Asked anyway (a stale message), the plans screen opens no dialog.
    let id = app.plans.plans[0].id.clone();
    let mut plans = plans::State::with_plans((app.plans.plans.clone(), vec![]));
    plans.no_files = true;
    let ctx = app.ctx();
    assert_eq!(
        plans.update(plans::Message::Export(id), &ctx),
        plans::Action::None
    );
    assert_eq!(
        plans.update(plans::Message::Import, &ctx),
        plans::Action::None
    );
}

#[test]
fn a_missing_data_folder_is_no_problem_and_is_not_made() {
    let home = tempfile::tempdir().unwrap();
    let missing = home.path().join("not-here");
    let mut app = app_with(dialogue_args(), at(&missing));
    assert_eq!(app.notice, None);
    fill_in(&mut app);
    send(&mut app, [Message::NextParticipant]);
    assert!(!missing.exists());
}

#[test]
fn the_setting_turns_the_mode_on_for_the_next_start_and_off_again() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app_with(Args::on(TODAY), at(home.path()));
    send(&mut app, [Message::DialogueDay(true)]);
    assert!(app.dialogue.is_some() && app.guest);
    assert!(shows(&app, "Afslut dialogdag"));
    let mut next = app_with(Args::on(TODAY), at(home.path()));
    assert!(next.dialogue.is_some());
    send(&mut next, [Message::DialogueDay(false)]);
    assert!(next.dialogue.is_none() && !next.guest && !next.plans.no_files);
    let after = app_with(Args::on(TODAY), at(home.path()));
    assert!(after.dialogue.is_none());
}

/// Set by [`dialogue_day_writes_no_file`] for the copy of this program it starts.
const SESSION: &str = "VEJVISER_TEST_DIALOGUE_SESSION";

/// A whole dialogue-day session, run in a copy of this test program whose TMPDIR and
/// VEJVISER_HOME are folders of its own (so no other test's files land there).
#[test]
fn dialogue_day_session() {
    if std::env::var_os(SESSION).is_none() {
        return;
    }
    let keeper = OnDisk::from_env().expect("VEJVISER_HOME");
    let mut app = app_with(dialogue_args(), Box::new(keeper));
    fill_in(&mut app);
    let since = app.dialogue.as_ref().unwrap().last_input;
    let id = app.plans.plans[0].id.clone();
    send(
        &mut app,
        [
            Message::Theme(vejviser::ui::prefs::ThemeChoice::HighContrast),
            Message::TextScale(10),
            Message::Lang(vejviser::i18n::Lang::En),
            Message::WindowResized(iced::Size::new(1000.0, 700.0)),
            Message::ToggleFullscreen,
            Message::Plans(plans::Message::Export(id.clone())),
            Message::Plans(plans::Message::Print(id.clone())),
            Message::Plans(plans::Message::Delete(id)),
            Message::Tab(Screen::Profile),
            Message::Tick(since + Duration::from_secs(3 * 60 - 10)),
            Message::NextParticipant,
        ],
    );
    fill_in(&mut app);
    send(
        &mut app,
        [
            Message::Tick(since + Duration::from_secs(3600)),
            Message::CloseRequested(iced::window::Id::unique()),
        ],
    );
}

#[test]
fn dialogue_day_writes_no_file() {
    let home = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    // What an earlier ordinary session left: settings, a profile and a plan.
    let mut earlier = app_with(Args::on(TODAY), at(home.path()));
    fill_in(&mut earlier);
    drop(earlier);
    std::fs::write(tmp.path().join("someone-else.txt"), "x").unwrap();
    let home_before = files(home.path());
    let tmp_before = files(tmp.path());
    assert!(home_before.len() >= 3, "{home_before:?}");
    run_child(
        "dialogue_day_session",
        &[
            (SESSION, "1".as_ref()),
            ("VEJVISER_HOME", home.path().as_os_str()),
            ("TMPDIR", tmp.path().as_os_str()),
        ],
    );
    unchanged(home.path(), &home_before);
    unchanged(tmp.path(), &tmp_before);
}

/// Fails naming the files that were added, removed or changed under `dir`.
fn unchanged(dir: &Path, before: &[(PathBuf, Vec<u8>)]) {
    let after = files(dir);
    let differ: Vec<&PathBuf> = (after.iter().filter(|f| !before.contains(f)))
        .chain(before.iter().filter(|f| !after.contains(f)))
        .map(|(p, _)| p)
        .collect();
    assert!(
        differ.is_empty(),
        "changed under {}: {differ:?}",
        dir.display()
    );
}

#[test]
fn the_desktop_file_starts_what_the_program_understands() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let desktop = std::fs::read_to_string(root.join("assets/vejviser.desktop")).unwrap();
    let value = |key: &str| {
        desktop
            .lines()
            .filter_map(move |l| l.strip_prefix(key)?.strip_prefix('='))
            .collect::<Vec<_>>()
    };
    let execs = value("Exec");
    assert_eq!(execs.len(), 2, "{execs:?}");
    for exec in execs {
        let mut words = exec.split_whitespace().map(String::from);
        assert_eq!(words.next().as_deref(), Some("vejviser"));
        let args: Vec<String> = words.collect();
        assert!(Args::parse(&args, TODAY).is_ok(), "{exec}");
    }
    assert!(desktop.contains("Exec=vejviser --dialogue-day"));
    for icon in value("Icon") {
        for ext in ["svg", "png"] {
            assert!(
                root.join(format!("assets/{icon}.{ext}")).is_file(),
                "{icon}.{ext}"
            );
        }
    }
}
