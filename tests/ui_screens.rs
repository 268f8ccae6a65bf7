//! The Routes, Compare, Funding and Plans screens on the bundled catalogue: `update()` tests
//! and `iced_test` simulator tests found by visible Danish text.

use iced_test::selector::Candidate;
use iced_test::simulator;
use vejviser::catalog::Money;
use vejviser::engine::{Profile, Route, SortBy};
use vejviser::ui::app::{App, Message};
use vejviser::ui::prefs::Memory;
use vejviser::ui::routes::Toggle;
use vejviser::ui::{Args, Goto, Screen, compare, funding, plans, routes};

/// The date these tests run as (the catalogue's old-source warnings and route dates depend on it).
const TODAY: vejviser::catalog::Date = vejviser::catalog::Date::new(2026, 11, 22);

fn app() -> App {
    let loaded = vejviser::catalog::load::bundled(TODAY);
    assert_eq!(loaded.errors(), 0, "{:?}", loaded.diagnostics);
    let mut app = App::with_loaded(loaded, vec![], Args::on(TODAY), Box::new(Memory::default()));
    app.profile = Profile::with_role("sosu-hjaelper");
    app
}

fn send(app: &mut App, messages: impl IntoIterator<Item = Message>) {
    for m in messages {
        let _ = app.update(m);
    }
}

fn show_routes(app: &mut App, to: &str) {
    show_routes_from(app, "sosu-hjaelper", to);
}

fn show_routes_from(app: &mut App, from: &str, to: &str) {
    send(
        app,
        [Message::Start(vejviser::ui::start::Message::RolePicked(
            from.into(),
        ))],
    );
    send(
        app,
        [Message::Start(vejviser::ui::start::Message::TargetPicked(
            to.into(),
        ))],
    );
    assert_eq!(app.screen, Screen::Routes);
}

fn routes_of(app: &App) -> Vec<Route> {
    app.routes
        .found()
        .map(|f| f.routes.clone())
        .unwrap_or_default()
}

fn ids(routes: &[Route]) -> Vec<String> {
    routes.iter().map(|r| r.id.clone()).collect()
}

/// True when some text on the screen contains `needle`.
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
fn sort_change_reorders_by_the_chosen_measure() {
    // The measures disagree on some goal; on each, every order holds.
    let mut reordered = Vec::new();
    for to in ["ergoterapeut", "sygeplejerske", "sosu-assistent"] {
        let mut app = app();
        show_routes_from(&mut app, "ufaglaert", to);
        let fastest = routes_of(&app);
        assert!(
            fastest
                .windows(2)
                .all(|w| w[0].totals.calendar <= w[1].totals.calendar)
        );
        send(
            &mut app,
            [Message::Routes(routes::Message::Sort(SortBy::Cheapest))],
        );
        assert_eq!(app.routes.sort, SortBy::Cheapest);
        let cheapest = routes_of(&app);
        assert!(
            cheapest
                .windows(2)
                .all(|w| w[0].totals.net_cost <= w[1].totals.net_cost)
        );
        send(
            &mut app,
            [Message::Routes(routes::Message::Sort(SortBy::Steps))],
        );
        let steps = routes_of(&app);
        assert!(
            steps
                .windows(2)
                .all(|w| w[0].steps.len() <= w[1].steps.len())
        );
        // Same routes in each order.
        let mut a = ids(&fastest);
        let mut b = ids(&cheapest);
        a.sort();
        b.sort();
        assert_eq!(a, b);
        if ids(&fastest) != ids(&cheapest) || ids(&fastest) != ids(&steps) {
            reordered.push(to);
        }
    }
    assert!(!reordered.is_empty(), "no goal where the order changed");
}

#[test]
fn what_if_toggle_changes_the_routes_and_says_how() {
    let mut app = app();
    show_routes(&mut app, "sosu-assistent");
    let before = routes_of(&app);
    assert!(!before.is_empty());
    assert!(app.routes.found().unwrap().what_if.is_none());
    send(
        &mut app,
        [Message::Routes(routes::Message::WhatIf(
            Toggle::Age25,
            true,
        ))],
    );
    let found = app.routes.found().unwrap();
    assert_ne!(found.routes, before, "turning 25 should change the routes");
    let w = found.what_if.as_ref().expect("the what-if result");
    assert!(!w.changes.is_empty(), "turning 25 makes a difference");
    assert!(shows(&app, "Det ændrer:"), "the changes are shown");
    // The person's own profile is untouched: the toggle works on a copy.
    assert_eq!(app.profile.birth_year, None);
    send(
        &mut app,
        [Message::Routes(routes::Message::WhatIf(
            Toggle::Age25,
            false,
        ))],
    );
    assert_eq!(routes_of(&app), before);
}

#[test]
fn what_if_changes_a_copy_of_the_profile() {
    let today = vejviser::catalog::Date::new(2026, 11, 22);
    let mut w = routes::WhatIfs::default();
    for t in Toggle::ALL {
        w.set(t, true);
    }
    let p = w.apply(&Profile::with_role("sosu-hjaelper"), today);
    let subject = |s| p.subject_level(s).flatten();
    use vejviser::catalog::{Level, Subject};
    assert_eq!(subject(Subject::Engelsk), Some(Level::D));
    assert_eq!(subject(Subject::Dansk), Some(Level::C));
    assert_eq!(subject(Subject::Naturfag), Some(Level::C));
    assert!(p.age_on(today).unwrap() >= 25);
    assert_eq!(p.work.as_ref().unwrap()[0].hours_per_week, 30);
    // An older person stays as old.
    let mut old = Profile::with_role("sosu-hjaelper");
    old.birth_year = Some(1970);
    assert_eq!(w.apply(&old, today).birth_year, Some(1970));
}

#[test]
fn compare_takes_at_most_four_and_columns_can_be_removed() {
    let mut app = app();
    show_routes_from(&mut app, "ufaglaert", "ergoterapeut");
    let found = routes_of(&app);
    assert!(found.len() >= 5, "need five routes, got {}", found.len());
    for r in found.iter().take(5) {
        send(
            &mut app,
            [Message::Routes(routes::Message::Compare(r.id.clone()))],
        );
    }
    assert_eq!(app.compare.routes.len(), compare::MAX);
    assert!(
        app.notice
            .as_deref()
            .unwrap()
            .contains("højst sammenligne 4")
    );
    send(
        &mut app,
        [Message::Routes(routes::Message::Compare(
            found[0].id.clone(),
        ))],
    );
    assert_eq!(app.compare.routes.len(), 4);
    send(&mut app, [Message::Compare(compare::Message::Remove(0))]);
    assert_eq!(app.compare.routes.len(), 3);
    assert_eq!(app.compare.routes[0].id, found[1].id);
    send(&mut app, [Message::Compare(compare::Message::Clear)]);
    assert!(app.compare.routes.is_empty());
}

#[test]
fn a_programme_from_explore_is_compared_as_its_route() {
    let mut app = app();
    send(
        &mut app,
        [Message::Explore(vejviser::ui::explore::Message::Go(
            Goto::CompareProgramme("ssa-hovedforloeb".into()),
        ))],
    );
    assert_eq!(app.screen, Screen::Compare);
    assert_eq!(app.compare.routes.len(), 1);
    assert!(
        app.compare.routes[0]
            .steps
            .iter()
            .any(|s| s.programme == "ssa-hovedforloeb")
    );
}

#[test]
fn plans_save_rename_delete_and_undo_in_memory() {
    let mut app = app();
    show_routes(&mut app, "sosu-assistent");
    let r = routes_of(&app).remove(0);
    send(
        &mut app,
        [Message::Routes(routes::Message::SavePlan(r.id.clone()))],
    );
    assert_eq!(app.plans.plans.len(), 1);
    let id = app.plans.plans[0].id.clone();
    assert_eq!(app.plans.plans[0].route_id, r.id);
    assert_eq!(
        app.plans.plans[0]
            .profile
            .as_ref()
            .and_then(|p| p.role.as_deref()),
        Some("sosu-hjaelper")
    );
    let p = |m| Message::Plans(m);
    send(
        &mut app,
        [
            p(plans::Message::StartRename(id.clone())),
            p(plans::Message::TitleChanged("  Birthes plan ".into())),
            p(plans::Message::FinishRename),
        ],
    );
    assert_eq!(app.plans.plans[0].title, "Birthes plan");
    assert_eq!(app.plans.renaming, None);
    send(&mut app, [p(plans::Message::Delete(id.clone()))]);
    assert!(app.plans.plans.is_empty());
    assert_eq!(
        app.plans.deleted.as_ref().map(|d| d.title.as_str()),
        Some("Birthes plan")
    );
    send(&mut app, [p(plans::Message::Undo)]);
    assert_eq!(app.plans.plans.len(), 1);
    assert_eq!(app.plans.deleted, None);
    // Reopening shows the route again on Routes, for the saved profile.
    app.profile = Profile::with_role("ufaglaert");
    send(&mut app, [p(plans::Message::Reopen(id))]);
    assert_eq!(app.screen, Screen::Routes);
    assert_eq!(app.routes.to.as_deref(), Some("sosu-assistent"));
    assert!(ids(&routes_of(&app)).contains(&r.id));
}

#[test]
fn guest_plans_stay_in_memory_and_say_so() {
    let mut app = app();
    app.guest = true;
    show_routes(&mut app, "sosu-assistent");
    let r = routes_of(&app).remove(0);
    send(&mut app, [Message::Routes(routes::Message::SavePlan(r.id))]);
    assert_eq!(app.plans.plans.len(), 1);
    assert!(app.notice.as_deref().unwrap().contains("ikke gemt"));
}

#[test]
fn plan_files_round_trip_and_print_as_html() {
    let mut app = app();
    show_routes(&mut app, "sosu-assistent");
    let r = routes_of(&app).remove(0);
    send(
        &mut app,
        [Message::Routes(routes::Message::SavePlan(r.id.clone()))],
    );
    let mut plan = app.plans.plans[0].clone();
    plan.notes = "Tal med <leder> & TR".into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    vejviser::ui::plan_file::export_plan(&plan, &path).unwrap();
    assert_eq!(vejviser::ui::plan_file::import_plan(&path).unwrap(), plan);
    let html =
        vejviser::ui::plan_file::plan_html(&plan, &app.loaded.catalog, vejviser::i18n::Lang::Da);
    assert!(html.contains("Tal med &lt;leder&gt; &amp; TR"));
    assert!(html.contains("Social- og sundhedsassistent"));
    // The student wage rests on the OK24 agreement, which ended on 31 March 2026: the printed
    // plan says so, as the window does.
    assert!(!r.periods_ended().is_empty(), "{:?}", r.steps[0].income);
    assert!(html.contains("Periode slut"), "{html}");
    // An imported copy gets a new id next to the original.
    send(
        &mut app,
        [Message::Plans(plans::Message::ImportFrom(Some(path)))],
    );
    assert_eq!(app.plans.plans.len(), 2);
    assert_ne!(app.plans.plans[0].id, app.plans.plans[1].id);
}

#[test]
fn see_funding_opens_the_funding_screen_for_the_route() {
    let mut app = app();
    show_routes(&mut app, "sygeplejerske");
    let r = routes_of(&app).remove(0);
    send(
        &mut app,
        [Message::Routes(routes::Message::Funding(r.id.clone()))],
    );
    assert_eq!(app.screen, Screen::Funding);
    assert_eq!(app.funding.route.as_ref().map(|x| &x.id), Some(&r.id));
    let answers = &app.funding.totals;
    assert!(
        answers
            .iter()
            .any(|a| a.source == "den-kommunale-kompetencefond")
    );
    assert!(answers.windows(2).all(|w| w[0].best <= w[1].best));
    assert!(answers.iter().all(|a| a.amount >= Money::ZERO));
    send(&mut app, [Message::Funding(funding::Message::ClearRoute)]);
    assert_eq!(app.funding.route, None);
}

#[test]
fn routes_screen_shows_a_sygeplejerske_step() {
    let mut app = app();
    show_routes(&mut app, "sygeplejerske");
    assert!(shows(&app, "Sygeplejerske (professionsbachelor)"));
    assert!(shows(&app, "ingen anden vej er bedre på alt"));
    assert!(shows(&app, "Det mangler du"));
}

#[test]
fn routes_screen_without_a_target_asks_for_one() {
    let mut app = app();
    send(&mut app, [Message::Tab(Screen::Routes)]);
    assert!(shows(&app, "Vælg hvor du vil hen"));
    send(
        &mut app,
        [Message::Routes(routes::Message::Target(
            "gymnasial-eksamen".into(),
        ))],
    );
    assert!(routes_of(&app).is_empty());
    assert!(shows(&app, "Ingen veje fundet inden for 4 trin"));
    send(&mut app, [Message::Routes(routes::Message::MoreSteps)]);
    assert_eq!(app.routes.max_steps, 5);
    assert!(shows(&app, "Ingen veje fundet inden for 5 trin"));
}

#[test]
fn compare_screen_marks_a_differing_row() {
    let mut app = app();
    send(&mut app, [Message::Tab(Screen::Compare)]);
    assert!(shows(&app, "Ingen veje at sammenligne endnu"));
    for to in ["sygeplejerske", "sosu-assistent"] {
        show_routes(&mut app, to);
        let id = routes_of(&app)[0].id.clone();
        send(&mut app, [Message::Routes(routes::Message::Compare(id))]);
    }
    send(&mut app, [Message::Tab(Screen::Compare)]);
    assert_eq!(app.compare.routes.len(), 2);
    let mut ui = simulator(app.view());
    assert!(ui.find("Du bliver").is_ok());
    assert!(
        ui.find(compare::DIFFERS).is_ok(),
        "no row is marked as differing"
    );
    assert!(ui.find("Fjern").is_ok());
    let rows = vejviser::i18n::table::compare(
        &app.loaded.catalog,
        &app.compare.routes,
        vejviser::i18n::Lang::Da,
    );
    assert!(
        rows.rows
            .iter()
            .any(|r| r.differs && r.label == "Du bliver")
    );
}

#[test]
fn funding_screen_shows_the_municipal_fund_with_a_verdict() {
    let mut app = app();
    send(&mut app, [Message::Tab(Screen::Funding)]);
    assert!(shows(&app, "Den Kommunale Kompetencefond"));
    show_routes(&mut app, "sygeplejerske");
    let id = routes_of(&app)[0].id.clone();
    send(&mut app, [Message::Routes(routes::Message::Funding(id))]);
    let mut ui = simulator(app.view());
    assert!(ui.find("Den Kommunale Kompetencefond").is_ok());
    assert!(ui.find("Nej").is_ok(), "no verdict shown");
    assert!(shows(&app, "dækker ikke"));
}

#[test]
fn plans_screen_lists_a_saved_plan_with_its_buttons() {
    let mut app = app();
    send(&mut app, [Message::Tab(Screen::Plans)]);
    assert!(shows(&app, "Ingen gemte planer endnu"));
    show_routes(&mut app, "sosu-assistent");
    let id = routes_of(&app)[0].id.clone();
    send(
        &mut app,
        [
            Message::Routes(routes::Message::SavePlan(id)),
            Message::Tab(Screen::Plans),
        ],
    );
    let mut ui = simulator(app.view());
    assert!(ui.find("Udskriv").is_ok());
    assert!(ui.find("Gem som fil").is_ok());
    let _ = ui.click("Slet").expect("a delete button");
    for m in ui.into_messages() {
        send(&mut app, [Message::Plans(m_plans(m))]);
    }
    assert!(app.plans.plans.is_empty());
    assert!(shows(&app, "Fortryd"));
}

/// The Plans message inside an app message from the simulator.
fn m_plans(m: Message) -> plans::Message {
    match m {
        Message::Plans(p) => p,
        other => panic!("expected a Plans message, got {other:?}"),
    }
}

#[test]
fn plans_are_kept_on_disk_by_the_store_and_deleted_with_undo() {
    use vejviser::store::{Paths, Store};
    use vejviser::ui::prefs::OnDisk;
    let dir = tempfile::tempdir().unwrap();
    let keeper = || Box::new(OnDisk(Store::new(Paths::at(dir.path()))));
    let mut app = App::with_loaded(bundled_loaded(), vec![], Args::on(TODAY), keeper());
    app.profile = Profile::with_role("sosu-hjaelper");
    show_routes(&mut app, "sosu-assistent");
    let r = routes_of(&app).remove(0);
    send(&mut app, [Message::Routes(routes::Message::SavePlan(r.id))]);
    let id = app.plans.plans[0].id.clone();
    // A new window on the same folder lists the plan.
    let again = App::with_loaded(bundled_loaded(), vec![], Args::on(TODAY), keeper());
    assert_eq!(again.plans.plans.len(), 1);
    assert_eq!(again.plans.plans[0].id, id);
    send(
        &mut app,
        [Message::Plans(plans::Message::Delete(id.clone()))],
    );
    let gone = App::with_loaded(bundled_loaded(), vec![], Args::on(TODAY), keeper());
    assert!(gone.plans.plans.is_empty());
    send(&mut app, [Message::Plans(plans::Message::Undo)]);
    let back = App::with_loaded(bundled_loaded(), vec![], Args::on(TODAY), keeper());
    assert_eq!(back.plans.plans.len(), 1);
    // Guests write nothing.
    let mut guest = App::with_loaded(bundled_loaded(), vec![], Args::on(TODAY), keeper());
    guest.guest = true;
    let plan_id = guest.plans.plans[0].id.clone();
    send(
        &mut guest,
        [Message::Plans(plans::Message::Delete(plan_id))],
    );
    let still = App::with_loaded(bundled_loaded(), vec![], Args::on(TODAY), keeper());
    assert_eq!(still.plans.plans.len(), 1);
}

fn bundled_loaded() -> vejviser::catalog::Loaded {
    vejviser::catalog::load::bundled(TODAY)
}

#[test]
fn schemes_that_do_not_cover_a_step_can_be_listed_with_why() {
    let mut app = app();
    show_routes(&mut app, "sosu-assistent");
    let r = routes_of(&app)[0].clone();
    let i = r
        .steps
        .iter()
        .position(|s| s.programme == "ssa-hovedforloeb")
        .expect("the assistant programme is a step");
    let why = "Den Kommunale Kompetencefond dækker ikke erhvervsuddannelser";
    assert!(!shows(&app, why), "listed before it was asked for");
    send(
        &mut app,
        [Message::Routes(routes::Message::NotCovering(format!(
            "{}#{i}",
            r.id
        )))],
    );
    assert!(
        shows(&app, why),
        "the fund's 'not for EUD' is findable from the step"
    );
}

#[test]
fn words_on_the_routes_page_open_their_explanation() {
    use vejviser::i18n::glossary::Term;
    let mut app = app();
    show_routes(&mut app, "sygeplejerske");
    assert!(shows(&app, "? Kvote 2"), "a ? for kvote 2");
    let explain = vejviser::i18n::Lang::Da.term_explain(Term::Kvote2);
    assert!(!shows(&app, explain));
    let mut ui = simulator(app.view());
    let _ = ui.click("? Kvote 2");
    for m in ui.into_messages() {
        let _ = app.update(m);
    }
    assert!(shows(&app, explain), "the explanation opens");
}

#[test]
fn a_course_page_says_what_it_costs_this_person_and_who_pays() {
    let mut app = app();
    send(
        &mut app,
        [
            Message::Tab(Screen::Explore),
            Message::Explore(vejviser::ui::explore::Message::Open("amu-46873".into())),
        ],
    );
    let lines = app
        .explore
        .course
        .as_ref()
        .expect("priced in update")
        .lines
        .clone();
    assert!(lines.len() > 3, "{lines:?}");
    assert!(shows(&app, "Hvad det koster dig, og hvem der betaler"));
    // The window shows the same words as `vejviser course`.
    assert!(shows(&app, lines[2].trim()), "{}", lines[2]);
    // A role has no price.
    send(
        &mut app,
        [Message::Explore(vejviser::ui::explore::Message::Open(
            "sygeplejerske".into(),
        ))],
    );
    assert!(app.explore.course.is_none());
}
