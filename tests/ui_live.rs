//! Live catalogue editing in the window: a file changed on disk is noticed by the watcher the
//! window subscribes to, and the reload keeps the screen and selection and names the new problem.
#![cfg(feature = "gui")]

mod ui_support;

use std::time::{Duration, Instant};
use vejviser::catalog::watch::Watcher;
use vejviser::ui::Screen;
use vejviser::ui::app::{App, Message};
use vejviser::ui::explore;

fn open_detail(app: &mut App, id: &str) {
    let _ = app.update(Message::Tab(Screen::Explore));
    let _ = app.update(Message::Explore(explore::Message::Open(id.into())));
    assert_eq!(app.explore.detail.as_deref(), Some(id));
}

#[test]
fn an_edit_on_disk_reloads_and_shows_the_new_problem_in_place() {
    let (_dir, path) = ui_support::folder(&[("a.ron", ui_support::CATALOG)]);
    let (mut app, _) = ui_support::app_on(&path);
    assert_eq!(app.error_count(), 0);
    assert_eq!(app.watched(), vec![path.clone()]);
    open_detail(&mut app, "sygeplejerske-pb");
    let mut watcher = Watcher::new(app.watched());

    // One reference broken: the nursing degree now asks for a role that does not exist.
    let broken = ui_support::CATALOG.replace(
        "admission: Holds(id: \"sosu-assistent\")",
        "admission: Holds(id: \"sosu-asistent\")",
    );
    assert_ne!(broken, ui_support::CATALOG);
    let file = path.join("a.ron");
    let started = Instant::now();
    std::fs::write(&file, &broken).unwrap();
    let changed = watcher
        .wait(Duration::from_secs(5))
        .expect("the edit is seen");
    let _ = app.update(Message::CatalogChanged(changed));
    let took = started.elapsed();
    eprintln!("change to reload in the app: {took:?}");
    assert!(took < Duration::from_secs(1), "took {took:?}");

    assert_eq!(app.error_count(), 1);
    assert_eq!(app.screen, Screen::Explore, "the screen stays");
    assert_eq!(app.explore.detail.as_deref(), Some("sygeplejerske-pb"));
    let d = app
        .loaded
        .diagnostics
        .iter()
        .find(|d| d.is_error())
        .unwrap();
    let line = broken[..broken.find("sosu-asistent").unwrap()]
        .lines()
        .count();
    assert_eq!(d.line, line);
    let notice = app.notice.clone().unwrap_or_default();
    let place = format!("{}:{line}:", file.display());
    assert!(notice.contains("a.ron"), "{notice}");
    assert!(notice.contains(&place), "{notice}");
    assert!(notice.contains("sosu-asistent"), "{notice}");
}

#[test]
fn a_selection_whose_id_is_gone_is_dropped_and_the_rest_kept() {
    let (_dir, path) = ui_support::folder(&[("a.ron", ui_support::CATALOG)]);
    let (mut app, _) = ui_support::app_on(&path);
    open_detail(&mut app, "amu-46873");
    app.routes.to = Some("sygeplejerske".into());
    let renamed = ui_support::CATALOG.replace("amu-46873", "amu-46874");
    std::fs::write(path.join("a.ron"), renamed).unwrap();
    let _ = app.update(Message::CatalogChanged(vec![path.join("a.ron")]));
    assert_eq!(app.screen, Screen::Explore);
    assert_eq!(app.explore.detail, None);
    assert_eq!(app.routes.to.as_deref(), Some("sygeplejerske"));
    assert!(app.loaded.catalog.programme("amu-46874").is_some());
}
