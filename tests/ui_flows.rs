//! Simulator tests (iced_test, headless): the user's first steps, found by visible text.
#![cfg(feature = "gui")]

mod ui_support;

use iced_test::Simulator;
use iced_test::core::{Settings, Size};
use vejviser::ui::app::{App, Message};
use vejviser::ui::{Screen, explore};

/// A simulator of the app's view in a tall window, so long pages need no scrolling.
fn simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(Settings::default(), Size::new(1280.0, 4000.0), app.view())
}

/// Clicks the widget showing `label` on the current view and feeds the messages back.
fn click(app: &mut App, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = simulator(app);
        ui.click(label)
            .unwrap_or_else(|e| panic!("no clickable {label:?} on {:?}: {e}", app.screen));
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    for m in messages {
        let _ = app.update(m);
    }
}

/// True when `label` is shown somewhere on the current view.
fn shows(app: &App, label: &str) -> bool {
    simulator(app).find(label).is_ok()
}

#[test]
fn role_then_target_reaches_routes() {
    let (mut app, _, _dir) = ui_support::app();
    assert!(shows(&app, "Hvor er du nu?"));
    click(&mut app, "Social- og sundhedshjælper");
    assert!(shows(&app, "Hvor vil du gerne hen?"));
    assert!(shows(&app, "Vis mig hvad der er muligt"));
    click(&mut app, "Sygeplejerske");
    assert_eq!(app.screen, Screen::Routes);
    assert_eq!(app.routes.from.as_deref(), Some("sosu-hjaelper"));
    assert_eq!(app.routes.to.as_deref(), Some("sygeplejerske"));
}

#[test]
fn show_me_what_is_possible_reaches_routes() {
    let (mut app, _, _dir) = ui_support::app();
    click(&mut app, "Ufaglært omsorgsmedarbejder");
    click(&mut app, "Vis mig hvad der er muligt");
    assert_eq!(app.screen, Screen::Routes);
    assert_eq!(app.routes.from.as_deref(), Some("ufaglaert"));
    assert_eq!(app.routes.to, None);
}

#[test]
fn explore_search_opens_a_detail_view() {
    let (mut app, _, _dir) = ui_support::app();
    click(&mut app, "Udforsk");
    assert_eq!(app.screen, Screen::Explore);
    // Type in the search field.
    let messages: Vec<Message> = {
        let mut ui = simulator(&app);
        ui.click(iced_test::selector::id(explore::SEARCH_ID))
            .expect("search field");
        let _ = ui.typewrite("assistent");
        ui.into_messages().collect()
    };
    for m in messages {
        let _ = app.update(m);
    }
    assert_eq!(app.explore.query, "assistent");
    assert!(shows(&app, "2 fundet"));
    click(&mut app, "Social- og sundhedsassistentuddannelsen");
    assert_eq!(app.explore.detail.as_deref(), Some("ssa-hovedforloeb"));
    for label in [
        "Længde og opbygning",
        "Krav for at komme ind",
        "Én af disse:",
        "Har Social- og sundhedshjælper",
        "Fører til",
        "Hvem udbyder den, og hvor",
        "SOSU Fyn, Odense",
        "Kilder",
        // The programme is marked uncertain, and one source is Unconfirmed.
        "Usikker oplysning",
        "Længden efter merit er ikke bekræftet.",
        "Kilden er ikke bekræftet.",
    ] {
        assert!(shows(&app, label), "detail lacks {label:?}");
    }
    // From the detail, a role it leads to opens in turn.
    click(&mut app, "Social- og sundhedsassistent");
    assert_eq!(app.explore.detail.as_deref(), Some("sosu-assistent"));
    assert!(shows(&app, "Find ruter hertil"));
    click(&mut app, "Tilbage");
    assert_eq!(app.explore.detail, None);
}

#[test]
fn an_old_source_is_flagged() {
    let (mut app, _, _dir) = ui_support::app();
    let _ = app.update(Message::Explore(explore::Message::Open(
        "demenskoordinator".into(),
    )));
    let _ = app.update(Message::Tab(Screen::Explore));
    assert!(shows(
        &app,
        "Kilden er tjekket for mere end 18 måneder siden."
    ));
}

#[test]
fn english_labels_after_switching() {
    let (mut app, _, _dir) = ui_support::app();
    click(&mut app, "English");
    assert!(shows(&app, "Where are you now?"));
    assert!(shows(&app, "Explore"));
    assert!(shows(&app, "Social and health care helper"));
    assert!(!shows(&app, "Hvor er du nu?"));
    click(&mut app, "Dansk");
    assert!(shows(&app, "Hvor er du nu?"));
}

#[test]
fn broken_catalogue_shows_problems_with_place() {
    let bad = "(\n  roles: [\n    (id: \"x\", name: 12),\n  ],\n)\n";
    let (_dir, path) = ui_support::folder(&[("a.ron", ui_support::CATALOG), ("b.ron", bad)]);
    let (mut app, _) = ui_support::app_on(&path);
    assert_eq!(app.screen, Screen::Problems);
    let d = app
        .loaded
        .diagnostics
        .iter()
        .find(|d| d.is_error())
        .unwrap()
        .clone();
    assert_eq!(d.line, 3);
    let place = format!("{}:{}:{}", d.file, d.line, d.col);
    assert!(place.contains("b.ron:3:"), "{place}");
    assert!(shows(&app, &place), "problems screen lacks {place}");
    assert!(shows(&app, "Kataloget"));
    assert!(shows(&app, "Genindlæs"));
    assert!(shows(&app, "Åbn mappe"));
    // Other screens carry a banner that leads back here.
    click(&mut app, "Start");
    assert!(shows(&app, "Kataloget har 1 fejl"));
    // What did load is still offered.
    assert!(shows(&app, "Social- og sundhedshjælper"));
    click(&mut app, "Vis fejlene");
    assert_eq!(app.screen, Screen::Problems);
}

#[test]
fn reset_asks_first() {
    let (mut app, _, _dir) = ui_support::app();
    click(&mut app, "Social- og sundhedshjælper");
    click(&mut app, "Nulstil");
    assert!(shows(&app, "Ja, nulstil"));
    click(&mut app, "Ja, nulstil");
    assert_eq!(app.profile.role, None);
    assert!(shows(&app, "Hvor er du nu?"));
    assert!(shows(&app, "Alt er nulstillet. Klar til næste deltager."));
}

#[test]
fn a_programme_detail_adds_it_to_the_comparison() {
    let (mut app, _, _dir) = ui_support::app();
    click(&mut app, "Udforsk");
    let messages: Vec<Message> = {
        let mut ui = simulator(&app);
        ui.click(iced_test::selector::id(explore::SEARCH_ID))
            .expect("search field");
        let _ = ui.typewrite("assistent");
        ui.into_messages().collect()
    };
    for m in messages {
        let _ = app.update(m);
    }
    click(&mut app, "Social- og sundhedsassistentuddannelsen");
    click(&mut app, "Sammenlign med andre");
    assert_eq!(app.screen, Screen::Compare);
    assert_eq!(app.compare.routes.len(), 1);
    assert!(
        app.compare.routes[0]
            .steps
            .iter()
            .any(|s| s.programme == "ssa-hovedforloeb")
    );
}

/// An opened route shows a step's uncertain facts in words, as the print and the command line
/// do; a caveat the supplements share is shown once.
#[test]
fn an_opened_route_says_what_is_uncertain_about_its_steps() {
    use vejviser::ui::{Args, start};
    let today = vejviser::catalog::Date::new(2026, 11, 22);
    let loaded = vejviser::catalog::load::bundled(today);
    let caveat = |id: &str| {
        let p = loaded.catalog.programme(id).expect(id);
        p.uncertain.as_ref().expect("uncertain").da.clone()
    };
    let (nurse, shared) = (caveat("sygeplejerske-pb"), caveat("supplement-dansk-c"));
    let keeper = Box::new(vejviser::ui::prefs::Memory::default());
    let mut app = App::with_loaded(loaded, vec![], Args::on(today), keeper);
    let _ = app.update(Message::Start(start::Message::RolePicked(
        "sosu-hjaelper".into(),
    )));
    click(&mut app, "Sygeplejerske");
    assert_eq!(app.screen, Screen::Routes);
    let found = app.routes.found().expect("routes found");
    let count = |app: &App, text: &str| {
        let mut count = Count(text, 0);
        let _ = simulator(app).find(&mut count);
        count.1
    };
    // Every route ends in the nurse programme and is open; each says its caveat once.
    assert_eq!(count(&app, &nurse), found.routes.len());
    // Dansk C, Naturfag C and Engelsk D share one caveat: once per route that takes any of them.
    let takes = |r: &vejviser::engine::Route| {
        r.steps
            .iter()
            .any(|s| s.programme.as_str().starts_with("supplement-"))
    };
    let with = found.routes.iter().filter(|r| takes(r)).count();
    assert!(with > 0, "a route takes a supplement");
    assert_eq!(count(&app, &shared), with);
    // Folded away, the first route no longer says it.
    click(&mut app, "Skjul detaljer");
    assert_eq!(count(&app, &nurse), found.routes.len() - 1);
}

/// Counts the texts that read exactly `.0`; never selects one, so every text is seen.
struct Count<'a>(&'a str, usize);

impl iced_test::selector::Selector for &mut Count<'_> {
    type Output = ();
    fn select(&mut self, c: iced_test::selector::Candidate<'_>) -> Option<()> {
        if let iced_test::selector::Candidate::Text { content, .. } = c
            && content == self.0
        {
            self.1 += 1;
        }
        None
    }
    fn description(&self) -> String {
        format!("texts reading {:?}", self.0)
    }
}
