//! The counsellor session (issue #13): from "Ny samtale" to a plan saved for the person, kept
//! in Vejviser, or forgotten; clicked by visible text in the simulator, on disk in temporary
//! folders.
#![cfg(feature = "gui")]

mod ui_support;

use ui_support::{TODAY, bundled_at, click, files, run_child, send, shows};
use vejviser::store::{Paths, Store};
use vejviser::ui::app::{App, Message, session};
use vejviser::ui::prefs::OnDisk;
use vejviser::ui::profile::Message as P;
use vejviser::ui::{Args, Screen};

/// A session as a counsellor runs it: "Ny samtale", a name and a year, a role and a goal by
/// clicking, a route into the comparison, a line of notes.
fn run_a_session(app: &mut App) {
    click(app, "Ny samtale");
    assert!(app.session.is_some());
    send(
        app,
        [
            Message::Profile(P::Name("Sanne Hansen".into())),
            Message::Profile(P::BirthYear("1980".into())),
        ],
    );
    click(app, "Social- og sundhedshjælper");
    click(app, "Social- og sundhedsassistent");
    assert_eq!(app.screen, Screen::Routes);
    let first = app.routes.found().expect("routes").routes[0].id.clone();
    send(
        app,
        [Message::Routes(vejviser::ui::routes::Message::Compare(
            first,
        ))],
    );
    click(app, "Noter");
    send(
        app,
        [Message::Session(session::Message::Notes(
            iced::widget::text_editor::Action::Edit(iced::widget::text_editor::Edit::Paste(
                std::sync::Arc::new("Taler med lederen i januar".into()),
            )),
        ))],
    );
}

#[test]
fn a_session_ends_in_a_pdf_for_the_person_and_nothing_in_the_data_folder() {
    let home = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut app = bundled_at(home.path());
    let before = files(home.path());
    run_a_session(&mut app);
    // Nothing of the session reached the data folder while it ran.
    assert_eq!(files(home.path()), before);
    click(&mut app, "Afslut samtale");
    assert!(shows(&app, "Gem til personen …"));
    // The dialog is the desktop's; the place it returns is sent as it would be.
    let pdf = out.path().join("vejviser-plan.pdf");
    send(
        &mut app,
        [Message::Session(session::Message::SaveTo(Some(
            pdf.clone(),
        )))],
    );
    let bytes = std::fs::read(&pdf).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF"));
    // The plan inside carries the notes and round-trips.
    let plan = vejviser::store::read_plan_file(&pdf).expect("the attached plan");
    assert!(plan.notes.contains("Taler med lederen"), "{:?}", plan.notes);
    assert_eq!(plan.to, "sosu-assistent");
    assert!(app.session.is_none());
    assert_eq!(app.profile, Default::default());
    assert!(app.compare.routes.is_empty());
    assert!(app.notice.as_deref().unwrap().contains("vejviser-plan.pdf"));
    assert_eq!(files(home.path()), before, "nothing kept in Vejviser");
}

#[test]
fn forget_leaves_the_data_folder_byte_for_byte_as_it_was() {
    let home = tempfile::tempdir().unwrap();
    // What earlier use left: settings, a person's profile.
    let mut earlier = bundled_at(home.path());
    send(
        &mut earlier,
        [
            Message::TextScale(10),
            Message::Profile(P::Name("Ole".into())),
            Message::Profile(P::Save),
        ],
    );
    let before = files(home.path());
    assert!(before.len() >= 2, "{before:?}");
    let mut app = earlier;
    run_a_session(&mut app);
    send(
        &mut app,
        [Message::TextScale(10), Message::Tab(Screen::Plans)],
    );
    click(&mut app, "Afslut samtale");
    click(&mut app, "Glem");
    assert!(app.session.is_none());
    assert_eq!(files(home.path()), before);
    assert!(!app.guest, "after the session the app keeps work again");
    assert!(app.notice.as_deref().unwrap().contains("Intet er gemt"));
}

#[test]
fn keep_in_vejviser_saves_the_profile_and_a_plan_with_the_notes_under_ids() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::at(home.path()));
    let mut app = bundled_at(home.path());
    run_a_session(&mut app);
    let mut profile = app.profile.clone();
    profile.version = vejviser::engine::profile::PROFILE_VERSION;
    click(&mut app, "Afslut samtale");
    click(&mut app, "Gem i Vejviser");
    assert!(app.session.is_none());
    let profiles = store.list_profiles();
    assert_eq!(profiles.len(), 1, "{profiles:?}");
    assert_eq!(profiles[0].1, profile);
    let plans = store.list_plans().0;
    assert_eq!(plans.len(), 1);
    assert!(plans[0].notes.contains("Taler med lederen"));
    // Files are named by id, never by the person's name.
    for (path, _) in files(home.path()) {
        let name = path.file_name().unwrap().to_string_lossy().to_lowercase();
        assert!(!name.contains("sanne"), "{name}");
    }
    // The Plans screen lists it again, now that the session is over.
    assert_eq!(app.plans.plans.len(), 1);
}

#[test]
fn closing_the_window_in_a_session_asks_first() {
    let home = tempfile::tempdir().unwrap();
    let mut app = bundled_at(home.path());
    run_a_session(&mut app);
    send(
        &mut app,
        [Message::CloseRequested(iced::window::Id::unique())],
    );
    let s = app.session.as_ref().expect("still in the session");
    assert!(s.ending && s.closing.is_some());
    assert!(shows(&app, "Glem") && shows(&app, "Gem i Vejviser"));
    // "Fortsæt samtalen" takes the question back, and the close with it.
    click(&mut app, "Fortsæt samtalen");
    let s = app.session.as_ref().unwrap();
    assert!(!s.ending && s.closing.is_none());
    assert_eq!(app.profile.name, "Sanne Hansen");
}

#[test]
fn a_session_without_a_route_cannot_save_for_the_person_and_says_why() {
    let home = tempfile::tempdir().unwrap();
    let mut app = bundled_at(home.path());
    click(&mut app, "Ny samtale");
    click(&mut app, "Afslut samtale");
    click(&mut app, "Gem til personen …");
    let said = app.session.as_ref().unwrap().said.clone().unwrap();
    assert!(said.contains("ingen rute"), "{said}");
}

#[test]
fn a_saved_profile_opened_in_a_session_is_written_back_only_when_kept() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(Paths::at(home.path()));
    let mut app = bundled_at(home.path());
    send(
        &mut app,
        [
            Message::Profile(P::Name("Ole".into())),
            Message::Profile(P::Save),
        ],
    );
    let id = app.profile_id.clone().unwrap();
    click(&mut app, "Ny samtale");
    send(
        &mut app,
        [Message::Start(vejviser::ui::start::Message::ProfilePicked(
            id.clone(),
        ))],
    );
    assert!(app.guest, "the session stays in memory");
    send(&mut app, [Message::Profile(P::BirthYear("1966".into()))]);
    let n = app.edits;
    send(&mut app, [Message::Autosave(n)]);
    assert_eq!(store.load_profile(&id).loaded().unwrap().birth_year, None);
    send(
        &mut app,
        [
            Message::Session(session::Message::AskEnd),
            Message::Session(session::Message::Keep),
        ],
    );
    assert_eq!(
        store.load_profile(&id).loaded().unwrap().birth_year,
        Some(1966)
    );
    assert_eq!(
        store.list_profiles().len(),
        1,
        "the same record, not a new one"
    );
}

/// Set by [`a_session_writes_no_temporary_file`] for the copy of this program it starts.
const CHILD: &str = "VEJVISER_TEST_SESSION_CHILD";

/// A whole session ended with "Glem", run in a copy of this test program whose TMPDIR and
/// VEJVISER_HOME are folders of its own (so no other test's files land there).
#[test]
fn session_in_a_child() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let keeper = OnDisk::from_env().expect("VEJVISER_HOME");
    let loaded = vejviser::catalog::load::bundled(TODAY);
    let mut app = App::with_loaded(loaded, vec![], Args::on(TODAY), Box::new(keeper));
    run_a_session(&mut app);
    send(&mut app, [Message::Tab(Screen::Compare)]);
    click(&mut app, "Afslut samtale");
    click(&mut app, "Glem");
    assert!(app.session.is_none());
}

#[test]
fn a_session_writes_no_temporary_file() {
    let home = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    run_child(
        "session_in_a_child",
        &[
            (CHILD, "1".as_ref()),
            ("VEJVISER_HOME", home.path().as_os_str()),
            ("TMPDIR", tmp.path().as_os_str()),
        ],
    );
    assert_eq!(files(tmp.path()), vec![]);
    // The data folder holds at most what opening it made (no profile, no plan).
    for (path, _) in files(home.path()) {
        let name = path.to_string_lossy().to_string();
        assert!(!name.contains("profil") && !name.contains("plan"), "{name}");
    }
}

/// Without a desktop portal no save dialog opens: the app asks for the path in the window, and
/// the plan is saved where it was typed (the fallback path of every file dialog).
#[test]
fn without_a_file_dialog_the_path_is_asked_in_the_window() {
    use vejviser::ui::app::ask_path::{self, Then};
    use vejviser::ui::dialog::Chosen;
    let home = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut app = bundled_at(home.path());
    run_a_session(&mut app);
    click(&mut app, "Afslut samtale");
    let asked = Then::Session.chosen(Chosen::NoDialog, "vejviser-plan.pdf");
    let Message::AskPath(ask_path::Message::Ask(_, suggested)) = &asked else {
        panic!("{asked:?}");
    };
    assert!(suggested.ends_with("vejviser-plan.pdf"), "{suggested:?}");
    send(&mut app, [asked]);
    assert!(shows(&app, "Gem her"));
    let target = out.path().join("til-sanne.pdf");
    send(
        &mut app,
        [Message::AskPath(ask_path::Message::Edit(
            target.display().to_string(),
        ))],
    );
    click(&mut app, "Gem her");
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF"));
    assert!(app.session.is_none() && app.asking.is_none());
    // A cancelled dialog is no question at all.
    assert_eq!(
        format!("{:?}", Then::Import.chosen(Chosen::Cancelled, "")),
        format!(
            "{:?}",
            Message::Plans(vejviser::ui::plans::Message::ImportFrom(None))
        )
    );
}

/// "Udskriv" with no program to show a PDF (no `xdg-open` here, as on most servers) says in
/// words where the file is and offers to open its folder; with one, it says the PDF is open.
#[test]
fn printing_without_a_viewer_says_where_the_file_is_with_a_folder_button() {
    use vejviser::ui::plans::Message as Pl;
    let home = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut app = bundled_at(home.path());
    send(
        &mut app,
        [
            Message::Start(vejviser::ui::start::Message::RolePicked(
                "sosu-hjaelper".into(),
            )),
            Message::Start(vejviser::ui::start::Message::TargetPicked(
                "sosu-assistent".into(),
            )),
        ],
    );
    let r = app.routes.found().unwrap().routes[0].id.clone();
    send(
        &mut app,
        [
            Message::Routes(vejviser::ui::routes::Message::SavePlan(r)),
            Message::Tab(Screen::Plans),
        ],
    );
    let id = app.plans.plans[0].id.clone();
    let pdf = out.path().join("plan.pdf");
    send(
        &mut app,
        [Message::Plans(Pl::PrintTo(id, Some(pdf.clone())))],
    );
    assert!(pdf.exists());
    let viewer = std::process::Command::new(vejviser::ui::dialog::opener())
        .arg("--version")
        .output()
        .is_ok();
    let status = app.plans.status.clone().unwrap();
    assert!(status.contains(&pdf.display().to_string()), "{status}");
    if viewer {
        assert!(app.plans.folder.is_none());
    } else {
        assert!(status.contains("ikke fundet et program"), "{status}");
        assert_eq!(app.plans.folder.as_deref(), Some(out.path()));
        assert!(shows(&app, "Åbn mappen"));
        // The folder cannot be opened either: said in words, with the place.
        click(&mut app, "Åbn mappen");
        let said = app.notice.clone().unwrap();
        assert!(said.contains(&out.path().display().to_string()), "{said}");
        assert!(!said.contains("No such file"), "{said}");
    }
}
