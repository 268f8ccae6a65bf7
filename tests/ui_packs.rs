//! Local packs in the window (issue #9): added, listed and removed on the Katalog screen, kept in
//! the settings, layered at the next start, and marked in the explorer and on detail pages.
#![cfg(feature = "gui")]

mod ui_support;

use std::path::PathBuf;
use ui_support::{send, shows};
use vejviser::store::{Paths, Store};
use vejviser::ui::app::{App, Message};
use vejviser::ui::prefs::OnDisk;
use vejviser::ui::problems::Message as Pr;
use vejviser::ui::{Args, Screen};

const TODAY: vejviser::catalog::Date = vejviser::catalog::Date::new(2026, 11, 22);

fn example_pack() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/pack")
}

fn app_at(home: &std::path::Path) -> App {
    App::new(
        Args::on(TODAY),
        Box::new(OnDisk(Store::new(Paths::at(home)))),
    )
}

#[test]
fn a_pack_added_in_the_window_is_layered_listed_marked_kept_and_removed() {
    let home = tempfile::tempdir().unwrap();
    let mut app = app_at(home.path());
    let before = app.loaded.catalog.ids().count();
    assert!(app.loaded.catalog.pack_files.iter().all(|p| !p));
    send(&mut app, [Message::Tab(Screen::Problems)]);
    assert!(shows(&app, "Der er ingen lokale pakker."));
    assert!(shows(&app, "Tilføj pakke …"));
    // The folder dialog's answer, as the running app would get it.
    send(
        &mut app,
        [Message::Problems(Pr::PackPicked(Some(example_pack())))],
    );
    assert_eq!(app.loaded.errors(), 0, "{:?}", app.loaded.diagnostics);
    assert!(
        app.loaded.catalog.ids().count() > before,
        "the pack's entries came in"
    );
    assert!(shows(&app, &example_pack().display().to_string()));
    // Its entries carry the mark in the explorer and on their page.
    let from_pack: Vec<String> = app
        .loaded
        .catalog
        .ids()
        .filter(|(id, _)| app.loaded.catalog.pack_file(id).is_some())
        .map(|(id, _)| id.to_string())
        .collect();
    assert!(!from_pack.is_empty());
    let bundled_only = app.loaded.catalog.pack_file("sosu-hjaelper");
    assert_eq!(bundled_only, None);
    let course = "eksempel-demens-videnperson";
    assert!(from_pack.iter().any(|id| id == course), "{from_pack:?}");
    send(
        &mut app,
        [
            Message::Tab(Screen::Explore),
            Message::Explore(vejviser::ui::explore::Message::QueryChanged(
                "videnperson".into(),
            )),
        ],
    );
    let (_, kind) = vejviser::ui::explore::describe(
        &app.loaded.catalog,
        vejviser::i18n::Lang::Da,
        vejviser::search::ItemKind::Programme,
        course,
    );
    let marked = format!("{kind} · ◆ fra lokal pakke");
    assert!(shows(&app, &marked), "the explorer marks it: {marked}");
    send(
        &mut app,
        [Message::Explore(vejviser::ui::explore::Message::Open(
            course.into(),
        ))],
    );
    let file = app.loaded.catalog.pack_file(course).unwrap().to_string();
    assert!(file.ends_with("local.ron"), "{file}");
    assert!(shows(&app, &format!("◆ Fra en lokal pakke: {file}")));
    // Kept in the settings: the next start layers it again.
    drop(app);
    let mut again = app_at(home.path());
    assert!(again.loaded.catalog.pack_file(&from_pack[0]).is_some());
    assert_eq!(again.prefs.packs, vec![example_pack()]);
    // Adding it twice says so and changes nothing.
    send(
        &mut again,
        [Message::Problems(Pr::PackPicked(Some(example_pack())))],
    );
    assert_eq!(again.prefs.packs.len(), 1);
    assert!(again.notice.as_deref().unwrap().contains("allerede"));
    send(
        &mut again,
        [Message::Problems(Pr::RemovePack(example_pack()))],
    );
    assert!(again.prefs.packs.is_empty());
    assert_eq!(again.loaded.catalog.ids().count(), before);
    assert!(again.loaded.catalog.pack_file(&from_pack[0]).is_none());
}

#[test]
fn a_pack_folder_that_is_gone_at_start_is_a_problem_to_fix_not_a_crash() {
    let home = tempfile::tempdir().unwrap();
    let gone = home.path().join("no-such-pack");
    let mut app = app_at(home.path());
    send(
        &mut app,
        [Message::Problems(Pr::PackPicked(Some(gone.clone())))],
    );
    drop(app);
    let mut app = app_at(home.path());
    assert_eq!(app.screen, Screen::Problems);
    assert!(!app.io_problems.is_empty());
    send(&mut app, [Message::Problems(Pr::RemovePack(gone))]);
    assert!(app.io_problems.is_empty());
    assert_eq!(app.loaded.errors(), 0);
}
