//! The pathway map screen on the bundled catalogue: opened from its tab, its list view in
//! column order (simulator, by visible Danish text), and its messages (`update()`).

use iced::{Point, Size, Vector};
use iced_test::selector::Candidate;
use iced_test::simulator;
use vejviser::engine::Profile;
use vejviser::map::route::RoutePath;
use vejviser::ui::app::{App, Message};
use vejviser::ui::prefs::Memory;
use vejviser::ui::{Args, Screen, map, routes};

const TODAY: vejviser::catalog::Date = vejviser::catalog::Date::new(2026, 11, 29);

fn app() -> App {
    let loaded = vejviser::catalog::load::bundled(TODAY);
    assert_eq!(loaded.errors(), 0, "{:?}", loaded.diagnostics);
    let mut app = App::with_loaded(loaded, vec![], Args::on(TODAY), Box::new(Memory::default()));
    app.profile = Profile::with_role("sosu-hjaelper");
    app
}

/// Clicks the text and feeds the messages the click produced back into the app.
fn click(app: &mut App, label: &str) {
    let mut ui = simulator(app.view());
    ui.click(label).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    let messages: Vec<Message> = ui.into_messages().collect();
    for m in messages {
        let _ = app.update(m);
    }
}

/// The top edge of the first text on screen that contains `needle`.
fn top_of(app: &App, needle: &str) -> f32 {
    let mut ui = simulator(app.view());
    let needle = needle.to_string();
    ui.find(move |c: Candidate<'_>| match c {
        Candidate::Text {
            content, bounds, ..
        } if content.contains(needle.as_str()) => Some(bounds.y),
        _ => None,
    })
    .unwrap_or_else(|e| panic!("not shown: {e:?}"))
}

#[test]
fn the_map_tab_opens_and_its_list_shows_every_role_in_column_order() {
    let mut app = app();
    click(&mut app, "Kort");
    assert_eq!(app.screen, Screen::Map);
    assert!(
        !app.map.map.nodes.is_empty(),
        "laid out when the tab opened"
    );
    click(&mut app, "Vis som liste (L)");
    assert!(app.map.list);
    let catalog = &app.loaded.catalog;
    let names: Vec<String> = app
        .map
        .map
        .columns
        .iter()
        .flatten()
        .map(|&i| {
            catalog
                .role(&app.map.map.nodes[i].role)
                .unwrap()
                .name
                .da
                .clone()
        })
        .collect();
    assert_eq!(names.len(), catalog.roles.len());
    // The name and the dash after it: "Pædagog" is also the start of "Pædagogisk assistent".
    let tops: Vec<f32> = names
        .iter()
        .map(|n| top_of(&app, &format!("{n} —")))
        .collect();
    assert!(
        tops.windows(2).all(|w| w[0] < w[1]),
        "not in column order: {names:?} at {tops:?}"
    );
    // Each column is a numbered step, and the entry role comes under the first.
    let first = top_of(&app, "Trin 1");
    let second = top_of(&app, "Trin 2");
    let entry = top_of(&app, "Ufaglært omsorgsmedarbejder");
    assert!(first < entry && entry < second, "{first} {entry} {second}");
    // The person's own role carries the "you have it" mark and word.
    assert!(top_of(&app, "■ Social- og sundhedshjælper — Du har det") > first);
    click(&mut app, "Vis som kort (L)");
    assert!(!app.map.list);
}

#[test]
fn zooming_and_panning_move_the_view_and_fit_resets_it() {
    let mut app = app();
    let _ = app.update(Message::Tab(Screen::Map));
    let size = Size::new(1200.0, 700.0);
    let fitted = app.map.fit(size);
    let at = Point::new(600.0, 350.0);
    let _ = app.update(Message::Map(map::Message::Zoom(2.0, at, size)));
    let zoomed = app.map.current();
    assert!(
        (zoomed.zoom - (fitted.zoom * 2.0).min(3.0)).abs() < 1e-4,
        "{zoomed:?}"
    );
    let _ = app.update(Message::Map(map::Message::Pan(
        Vector::new(30.0, -10.0),
        size,
    )));
    let panned = app.map.current();
    assert_eq!(panned.offset, zoomed.offset + Vector::new(30.0, -10.0));
    let _ = app.update(Message::Map(map::Message::Fit));
    assert_eq!(app.map.view, None);
    assert_eq!(app.map.current(), fitted);
}

#[test]
fn a_node_opens_the_role_detail() {
    let mut app = app();
    let _ = app.update(Message::Tab(Screen::Map));
    let nurse = app.map.map.node("sygeplejerske").unwrap();
    let _ = app.update(Message::Map(map::Message::Open(nurse)));
    assert_eq!(app.screen, Screen::Explore);
    assert_eq!(app.explore.detail.as_deref(), Some("sygeplejerske"));
}

/// True when some text on screen contains `needle`.
fn shows(app: &App, needle: &str) -> bool {
    let mut ui = simulator(app.view());
    let needle = needle.to_string();
    ui.find(move |c: Candidate<'_>| match c {
        Candidate::Text { content, .. } if content.contains(needle.as_str()) => Some(()),
        _ => None,
    })
    .is_ok()
}

#[test]
fn a_route_card_shows_its_route_on_the_map_until_cleared() {
    let mut app = app();
    let _ = app.update(Message::Tab(Screen::Routes));
    let _ = app.update(Message::Routes(routes::Message::Target(
        "sygeplejerske".into(),
    )));
    let first = app.routes.found().expect("routes").routes[0].clone();
    // The first card's button, below the fold of the simulator's default window.
    let mut ui = iced_test::Simulator::with_size(
        iced::Settings::default(),
        Size::new(1920.0, 4000.0),
        app.view(),
    );
    ui.click("Vis på kortet")
        .expect("a route card's map button");
    let messages: Vec<Message> = ui.into_messages().collect();
    for m in messages {
        let _ = app.update(m);
    }
    assert_eq!(app.screen, Screen::Map);
    assert_eq!(app.map.route, Some(RoutePath::of(&first)));
    let h = app.map.highlight.as_ref().expect("placed on the map");
    assert_eq!(h.steps.len(), first.steps.len());
    let nurse = app.map.map.node("sygeplejerske").unwrap();
    assert!(h.has_node(nurse));
    assert!(shows(
        &app,
        "Fremhævet rute fra Social- og sundhedshjælper til Sygeplejerske:"
    ));
    assert!(shows(&app, "Fjern fremhævning"));
    // The list says it in words, the route's steps first and numbered.
    click(&mut app, "Vis som liste (L)");
    let steps = top_of(&app, "Rutens trin");
    let one = top_of(&app, "1. ");
    assert!(steps < one && one < top_of(&app, "Trin 1"), "{steps} {one}");
    click(&mut app, "Fjern fremhævning");
    assert_eq!(app.map.route, None);
    assert_eq!(app.map.highlight, None);
    assert!(!shows(&app, "Fremhævet rute"));
    assert!(!shows(&app, "Rutens trin"));
    assert!(!shows(&app, "Fjern fremhævning"));
}

/// A frame of a 500-role map, rendered by the software renderer. Run by hand with
/// `VEJVISER_MAP_TIMING=1 cargo test --test ui_map -- --ignored --nocapture` to see the time
/// the cached layer takes to fill (the canvas prints it) next to the whole frame's.
#[test]
#[ignore]
fn a_frame_of_five_hundred_roles() {
    let mut catalog = vejviser::synth::synthetic(500, 1_500, 3_000, 3);
    catalog.reindex();
    let loaded = vejviser::catalog::Loaded {
        catalog,
        diagnostics: vec![],
    };
    let mut app = App::with_loaded(loaded, vec![], Args::on(TODAY), Box::new(Memory::default()));
    app.profile = Profile::with_role(&vejviser::synth::role_id(0));
    let started = std::time::Instant::now();
    let _ = app.update(Message::Tab(Screen::Map));
    eprintln!("layout and reach of 500 roles: {:?}", started.elapsed());
    for zoom in [None, Some(1.0)] {
        if let Some(z) = zoom {
            let size = Size::new(1024.0, 768.0);
            let _ = app.update(Message::Map(map::Message::Zoom(
                z / app.map.current().zoom,
                Point::ORIGIN,
                size,
            )));
        }
        let mut ui = iced_test::Simulator::with_size(
            iced::Settings::default(),
            Size::new(1920.0, 1080.0),
            app.view(),
        );
        let started = std::time::Instant::now();
        let _ = ui.snapshot(&iced::Theme::Light).expect("a frame");
        eprintln!("frame at zoom {zoom:?}: {:?}", started.elapsed());
    }
}
