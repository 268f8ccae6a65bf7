//! `update()` tests: send messages to the app and its screens, assert on state. No window.
#![cfg(feature = "gui")]

mod ui_support;

use vejviser::engine::goals;
use vejviser::i18n::Lang;
use vejviser::ui::app::{App, Message};
use vejviser::ui::prefs::{Corrupt, ThemeChoice};
use vejviser::ui::{Args, Goto, Screen, explore, problems, start};

/// The date these tests run as (the catalogue's old-source warnings and route dates depend on it).
const TODAY: vejviser::catalog::Date = vejviser::catalog::Date::new(2026, 11, 22);

/// The names of the saved profiles the start screen offers.
fn names(app: &App) -> Vec<String> {
    app.saved_profiles.iter().map(|e| e.name.clone()).collect()
}

fn send(app: &mut App, messages: impl IntoIterator<Item = Message>) {
    for m in messages {
        let _ = app.update(m);
    }
}

#[test]
fn fixture_loads_without_errors_and_opens_on_start() {
    let (app, _, _dir) = ui_support::app();
    assert_eq!(app.loaded.errors(), 0, "{:?}", app.loaded.diagnostics);
    assert_eq!(app.screen, Screen::Start);
    assert_eq!(app.loaded.catalog.roles.len(), 5);
}

#[test]
fn start_role_then_target_goes_to_routes() {
    let (mut app, _, _dir) = ui_support::app();
    send(
        &mut app,
        [Message::Start(start::Message::RolePicked(
            "sosu-hjaelper".into(),
        ))],
    );
    assert_eq!(app.profile.role.as_deref(), Some("sosu-hjaelper"));
    assert_eq!(app.screen, Screen::Start);
    send(
        &mut app,
        [Message::Start(start::Message::TargetPicked(
            "sygeplejerske".into(),
        ))],
    );
    assert_eq!(app.screen, Screen::Routes);
    assert_eq!(app.routes.from.as_deref(), Some("sosu-hjaelper"));
    assert_eq!(app.routes.to.as_deref(), Some("sygeplejerske"));
    // Esc goes back to Start, which still remembers the role.
    send(&mut app, [Message::Back]);
    assert_eq!(app.screen, Screen::Start);
    assert_eq!(app.start.role.as_deref(), Some("sosu-hjaelper"));
}

#[test]
fn show_possible_asks_for_routes_without_a_target() {
    let (app, _, _dir) = ui_support::app();
    let mut s = start::State::default();
    let ctx = app.ctx();
    let a = s.update(start::Message::RolePicked("ufaglaert".into()), &ctx);
    assert_eq!(a, start::Action::PickRole(Some("ufaglaert".into())));
    let a = s.update(start::Message::ShowPossible, &ctx);
    assert_eq!(
        a,
        start::Action::Go(Goto::ShowRoutes {
            from: Some("ufaglaert".into()),
            to: None
        })
    );
    assert_eq!(
        s.update(start::Message::ChangeRole, &ctx),
        start::Action::PickRole(None)
    );
    assert_eq!(s.role, None);
}

#[test]
fn common_roles_come_first_and_targets_skip_the_current_role() {
    let (app, _, _dir) = ui_support::app();
    let c = &app.loaded.catalog;
    let first: Vec<&str> = goals::start_roles(c, false)
        .into_iter()
        .map(|s| s.as_str())
        .collect();
    assert_eq!(first, ["sosu-hjaelper", "ufaglaert", "sosu-assistent"]);
    assert_eq!(goals::start_roles(c, true).len(), 5);
    let targets: Vec<&str> = goals::goals(c, "sosu-hjaelper", None)
        .into_iter()
        .map(|s| s.as_str())
        .collect();
    // Common goals first, functions last, and only roles some programme leads to.
    assert_eq!(
        targets,
        ["sosu-assistent", "sygeplejerske", "demenskoordinator"]
    );
    // From unskilled care work the first rung comes first (on the bundled catalogue, where
    // a programme leads to it).
    let bundled = vejviser::catalog::load::bundled(TODAY).catalog;
    let from_unskilled = goals::goals(&bundled, "ufaglaert", None);
    assert_eq!(from_unskilled[0], "sosu-hjaelper");
    assert_eq!(
        goals::goals(&bundled, "sosu-hjaelper", None)[0],
        "sosu-assistent"
    );
}

#[test]
fn explore_search_filters_and_detail() {
    let (mut app, _, _dir) = ui_support::app();
    send(
        &mut app,
        [
            Message::Tab(Screen::Explore),
            Message::Explore(explore::Message::QueryChanged("demens".into())),
        ],
    );
    let hits = app.index.search(&app.explore.query, &app.explore.filters);
    assert_eq!(hits.len(), 2, "{hits:?}");
    send(
        &mut app,
        [Message::Explore(explore::Message::Kind(Some(
            vejviser::search::ItemKind::Amu,
        )))],
    );
    let hits = app.index.search(&app.explore.query, &app.explore.filters);
    assert_eq!(hits.len(), 1);
    send(&mut app, [Message::Explore(explore::Message::OpenFirst)]);
    assert_eq!(app.explore.detail.as_deref(), Some("amu-46873"));
    // Esc closes the detail first, then leaves the screen.
    send(&mut app, [Message::Back]);
    assert_eq!(app.explore.detail, None);
    assert_eq!(app.screen, Screen::Explore);
    send(&mut app, [Message::Back]);
    assert_eq!(app.screen, Screen::Start);
    // The screen keeps its state while away.
    assert_eq!(app.explore.query, "demens");
}

#[test]
fn detail_find_routes_goes_to_routes() {
    let (mut app, _, _dir) = ui_support::app();
    send(
        &mut app,
        [
            Message::Start(start::Message::RolePicked("sosu-hjaelper".into())),
            Message::Explore(explore::Message::Open("sosu-assistent".into())),
            Message::Explore(explore::Message::Go(Goto::ShowRoutes {
                from: Some("sosu-hjaelper".into()),
                to: Some("sosu-assistent".into()),
            })),
        ],
    );
    assert_eq!(app.screen, Screen::Routes);
    assert_eq!(app.routes.to.as_deref(), Some("sosu-assistent"));
}

#[test]
fn ctrl_f_opens_explore_search() {
    let (mut app, _, _dir) = ui_support::app();
    send(
        &mut app,
        [
            Message::Explore(explore::Message::Open("sygeplejerske".into())),
            Message::FocusSearch,
        ],
    );
    assert_eq!(app.screen, Screen::Explore);
    assert_eq!(app.explore.detail, None);
}

#[test]
fn settings_change_and_are_saved() {
    let (mut app, keeper, _dir) = ui_support::app();
    send(
        &mut app,
        [
            Message::Lang(Lang::En),
            Message::Theme(ThemeChoice::HighContrast),
            Message::TextScale(30),
            Message::Tab(Screen::Explore),
        ],
    );
    let saved = keeper.lock().unwrap().saved.clone().unwrap();
    assert_eq!(saved.lang, Lang::En);
    assert_eq!(saved.theme, ThemeChoice::HighContrast);
    assert_eq!(saved.text_scale, 155);
    assert_eq!(saved.last_screen, "explore");
    assert!((app.scale_factor() - 1.55).abs() < 1e-6);
    send(&mut app, (0..20).map(|_| Message::TextScale(10)));
    assert_eq!(app.prefs.text_scale, 200);
    send(&mut app, (0..30).map(|_| Message::TextScale(-10)));
    assert_eq!(app.prefs.text_scale, 100);
}

#[test]
fn last_screen_is_restored() {
    let (dir, path) = ui_support::folder(&[("c.ron", ui_support::CATALOG)]);
    let (mut app, keeper) = ui_support::app_on(&path);
    send(&mut app, [Message::Tab(Screen::Profile)]);
    let args = Args {
        catalog: vec![path.clone()],
        pack: vec![],
        today: TODAY,
        ..Args::on(TODAY)
    };
    let again = App::new(args, Box::new(keeper.clone()));
    assert_eq!(again.screen, Screen::Profile);
    drop(dir);
}

#[test]
fn corrupt_settings_start_with_defaults_and_say_so() {
    let (dir, path) = ui_support::folder(&[("c.ron", ui_support::CATALOG)]);
    let args = Args {
        catalog: vec![path],
        pack: vec![],
        today: TODAY,
        ..Args::on(TODAY)
    };
    let app = App::new(args, Box::new(Corrupt("settings.ron.corrupt-1".into())));
    let notice = app.notice.clone().unwrap();
    assert!(notice.starts_with("Indstillingsfilen kunne ikke læses og er gemt som"));
    assert!(notice.contains("settings.ron.corrupt-1"));
    assert_eq!(app.prefs.text_scale, 125);
    drop(dir);
}

#[test]
fn reset_needs_confirmation_and_clears_the_person() {
    let (mut app, _, _dir) = ui_support::app();
    send(
        &mut app,
        [
            Message::Start(start::Message::RolePicked("sosu-hjaelper".into())),
            Message::Start(start::Message::TargetPicked("sygeplejerske".into())),
            Message::AskReset,
        ],
    );
    assert!(app.confirm_reset);
    send(&mut app, [Message::ConfirmReset(false)]);
    assert_eq!(app.profile.role.as_deref(), Some("sosu-hjaelper"));
    send(&mut app, [Message::AskReset, Message::ConfirmReset(true)]);
    assert_eq!(app.profile.role, None);
    assert_eq!(app.routes.to, None);
    assert_eq!(app.start.role, None);
    assert_eq!(app.screen, Screen::Start);
    assert!(app.back.is_empty());
}

#[test]
fn broken_catalogue_opens_problems_and_keeps_what_loaded() {
    let bad = "(\n  roles: [\n    (id: \"x\", name: 12),\n  ],\n)\n";
    let (dir, path) = ui_support::folder(&[("a.ron", ui_support::CATALOG), ("b.ron", bad)]);
    let (mut app, _) = ui_support::app_on(&path);
    assert_eq!(app.screen, Screen::Problems);
    assert!(app.error_count() >= 1);
    let d = app
        .loaded
        .diagnostics
        .iter()
        .find(|d| d.is_error())
        .unwrap();
    assert!(d.file.ends_with("b.ron"), "{d}");
    assert_eq!(d.line, 3);
    // What did load is still there.
    assert!(app.loaded.catalog.role("sosu-hjaelper").is_some());
    // Fix the file and reload: the problems go away.
    std::fs::write(path.join("b.ron"), "()\n").unwrap();
    send(&mut app, [Message::Problems(problems::Message::Reload)]);
    assert_eq!(app.error_count(), 0);
    assert!(app.problems.reloaded);
    assert_eq!(app.problem_folder(), Some(path.clone()));
    drop(dir);
}

#[test]
fn guest_mode_toggles() {
    let (mut app, _, _dir) = ui_support::app();
    send(&mut app, [Message::Start(start::Message::GuestPressed)]);
    assert!(app.guest);
    send(&mut app, [Message::Start(start::Message::GuestPressed)]);
    assert!(!app.guest);
}

mod on_disk {
    use super::*;
    use vejviser::store::{Paths, Store};
    use vejviser::ui::prefs::OnDisk;

    fn app_with_store(root: &std::path::Path) -> (App, tempfile::TempDir) {
        let (dir, path) = ui_support::folder(&[("c.ron", ui_support::CATALOG)]);
        let args = Args {
            catalog: vec![path],
            pack: vec![],
            today: TODAY,
            ..Args::on(TODAY)
        };
        let keeper = OnDisk(Store::new(Paths::at(root)));
        (App::new(args, Box::new(keeper)), dir)
    }

    #[test]
    fn settings_survive_a_restart() {
        let home = tempfile::tempdir().unwrap();
        let (mut app, _d) = app_with_store(home.path());
        send(
            &mut app,
            [
                Message::Theme(ThemeChoice::Dark),
                Message::TextScale(20),
                Message::Tab(Screen::Explore),
            ],
        );
        let (again, _d2) = app_with_store(home.path());
        assert_eq!(again.prefs.theme, ThemeChoice::Dark);
        assert_eq!(again.prefs.text_scale, 145);
        assert_eq!(again.screen, Screen::Explore);
    }

    #[test]
    fn a_corrupt_settings_file_is_kept_and_reported() {
        let home = tempfile::tempdir().unwrap();
        let file = Paths::at(home.path()).settings_file();
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "(lang: Klingon, text_scale: \"big\"").unwrap();
        let (app, _d) = app_with_store(home.path());
        let notice = app.notice.clone().expect("a notice");
        assert!(
            notice.starts_with("Indstillingsfilen kunne ikke læses og er gemt som"),
            "{notice}"
        );
        assert_eq!(app.prefs.text_scale, 125);
        let kept: Vec<_> = std::fs::read_dir(file.parent().unwrap())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| n.contains("corrupt"))
            .collect();
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert!(notice.contains(&kept[0]), "{notice} vs {kept:?}");
    }

    #[test]
    fn profiles_are_saved_and_listed() {
        let home = tempfile::tempdir().unwrap();
        let (mut app, _d) = app_with_store(home.path());
        send(
            &mut app,
            [
                Message::Profile(vejviser::ui::profile::Message::Name("Birthe".into())),
                Message::Profile(vejviser::ui::profile::Message::Save),
            ],
        );
        let (again, _d2) = app_with_store(home.path());
        assert_eq!(names(&again), ["Birthe"]);
    }

    #[test]
    fn guests_leave_no_files() {
        let home = tempfile::tempdir().unwrap();
        let (mut app, _d) = app_with_store(home.path());
        send(
            &mut app,
            [
                Message::Start(start::Message::GuestPressed),
                Message::Theme(ThemeChoice::Dark),
                Message::Profile(vejviser::ui::profile::Message::Name("X".into())),
                Message::Profile(vejviser::ui::profile::Message::Save),
            ],
        );
        let files = walk(home.path());
        assert!(files.is_empty(), "guest wrote {files:?}");
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
        out
    }
}

#[test]
fn problems_list_errors_and_warnings_on_request() {
    let mut s = problems::State::default();
    assert!(!s.show_warnings);
    assert_eq!(
        s.update(problems::Message::ToggleWarnings),
        problems::Action::None
    );
    assert!(s.show_warnings);
    assert_eq!(
        s.update(problems::Message::Reload),
        problems::Action::Reload
    );
    assert_eq!(
        s.update(problems::Message::OpenFolder),
        problems::Action::OpenFolder
    );
}

#[test]
fn startup_is_quick() {
    // The bundled catalogue is compiled in; loading it and building the index is the start-up.
    let t = std::time::Instant::now();
    let app = App::new(
        Args::on(TODAY),
        Box::new(vejviser::ui::prefs::Memory::default()),
    );
    let took = t.elapsed();
    eprintln!(
        "start-up: {took:?} for {} roles, {} programmes",
        app.loaded.catalog.roles.len(),
        app.loaded.catalog.programmes.len()
    );
    assert_eq!(app.loaded.errors(), 0);
    assert!(took < std::time::Duration::from_secs(2), "{took:?}");
}

#[test]
fn number_keys_choose_on_start() {
    let (mut app, _, _dir) = ui_support::app();
    send(&mut app, [Message::Digit(1)]);
    assert_eq!(app.start.role.as_deref(), Some("sosu-hjaelper"));
    // 0 = show me what is possible.
    send(&mut app, [Message::Digit(0)]);
    assert_eq!(app.screen, Screen::Routes);
    assert_eq!(app.routes.to, None);
    send(&mut app, [Message::Back, Message::Digit(9)]);
    assert_eq!(app.screen, Screen::Start, "no ninth goal in the fixture");
    let first_goal = goals::goals(&app.loaded.catalog, "sosu-hjaelper", None)[0].clone();
    send(&mut app, [Message::Digit(1)]);
    assert_eq!(app.routes.to, Some(first_goal));
    // Elsewhere digits do nothing.
    send(&mut app, [Message::Tab(Screen::Profile), Message::Digit(2)]);
    assert_eq!(app.screen, Screen::Profile);
}

#[test]
fn window_size_and_fullscreen_are_remembered() {
    let (mut app, keeper, _dir) = ui_support::app();
    send(
        &mut app,
        [Message::WindowResized(iced::Size::new(720.0, 480.0))],
    );
    assert_eq!(
        keeper.lock().unwrap().saved.clone().unwrap().window,
        (720, 480)
    );
    let _ = app.update(Message::ToggleFullscreen);
    assert!(keeper.lock().unwrap().saved.clone().unwrap().fullscreen);
    // A full-screen resize is not the window size to come back to.
    send(
        &mut app,
        [Message::WindowResized(iced::Size::new(1920.0, 1080.0))],
    );
    assert_eq!(app.prefs.window, (720, 480));
}

#[test]
fn routes_are_worked_out_in_update_and_again_after_a_reload() {
    let (dir, path) = ui_support::folder(&[("catalog.ron", ui_support::CATALOG)]);
    let (mut app, _) = ui_support::app_on(&path);
    send(
        &mut app,
        [
            Message::Start(start::Message::RolePicked("sosu-hjaelper".into())),
            Message::Start(start::Message::TargetPicked("sosu-assistent".into())),
        ],
    );
    let before = app.routes.found().expect("routes after picking a goal");
    assert_eq!(before.routes.len(), 1);
    let weeks = before.routes[0].totals.calendar;
    // The maintainer makes the programme longer; a reload (same file sizes aside) redoes it.
    let longer = ui_support::CATALOG.replace(
        "(weeks: 48), placement: (weeks: 98)",
        "(weeks: 50), placement: (weeks: 98)",
    );
    std::fs::write(path.join("catalog.ron"), longer).unwrap();
    send(&mut app, [Message::Problems(problems::Message::Reload)]);
    let after = app.routes.found().expect("routes after the reload");
    assert!(
        after.routes[0].totals.calendar > weeks,
        "the reload was not used"
    );
    drop(dir);
}

#[test]
fn printing_asks_where_and_writes_nothing_until_told() {
    use vejviser::store::plan::Plan;
    use vejviser::ui::plans;
    let (app, _, _dir) = ui_support::app();
    let plan = Plan {
        id: "plan-x".into(),
        ..Plan::default()
    };
    let mut s = plans::State::with_plans((vec![plan], Vec::new()));
    let ctx = app.ctx();
    // "Udskriv" asks where the PDF goes: no file in a shared temporary folder.
    let asked = s.update(plans::Message::Print("plan-x".into()), &ctx);
    assert!(matches!(asked, plans::Action::AskPrint(p) if p.id == "plan-x"));
    let cancelled = s.update(plans::Message::PrintTo("plan-x".into(), None), &ctx);
    assert_eq!(cancelled, plans::Action::None);
    let to = std::path::PathBuf::from("/chosen/plan.pdf");
    let chosen = s.update(
        plans::Message::PrintTo("plan-x".into(), Some(to.clone())),
        &ctx,
    );
    assert!(matches!(chosen, plans::Action::Print(p, path) if p.id == "plan-x" && path == to));
}

#[test]
fn f6_walks_the_main_areas_in_tab_order_and_back() {
    let (mut app, _keeper, _dir) = ui_support::app();
    send(&mut app, [Message::Tab(Screen::Start)]);
    let mut seen = vec![app.screen];
    for _ in 0..Screen::TABS.len() {
        send(&mut app, [Message::NextArea(false)]);
        seen.push(app.screen);
    }
    let mut expected = Screen::TABS.to_vec();
    expected.push(Screen::Start);
    assert_eq!(seen, expected);
    send(&mut app, [Message::NextArea(true)]);
    assert_eq!(app.screen, Screen::Plans);
    // From the problems page the walk starts at the first tab.
    send(
        &mut app,
        [Message::Tab(Screen::Problems), Message::NextArea(false)],
    );
    assert_eq!(app.screen, Screen::Start);
}

#[test]
fn gem_som_pdf_writes_where_chosen_and_udskriv_then_opens_that_file() {
    use vejviser::store::plan::Plan;
    use vejviser::ui::plans;
    let (mut app, _, dir) = ui_support::app();
    let plan = Plan {
        id: "plan-x".into(),
        title: "Min vej".into(),
        ..Plan::default()
    };
    app.plans = plans::State::with_plans((vec![plan.clone()], Vec::new()));
    // The screen alone, as the app would update it (the app's own `update` would open the
    // dialog and the system viewer).
    let update = |app: &mut App, m: plans::Message| {
        let mut s = std::mem::take(&mut app.plans);
        let action = s.update(m, &app.ctx());
        app.plans = s;
        action
    };
    let asked = update(&mut app, plans::Message::SavePdf("plan-x".into()));
    assert!(matches!(asked, plans::Action::AskPdf(p) if p.id == "plan-x"));

    let to = dir.path().join("chosen.pdf");
    send(
        &mut app,
        [Message::Plans(plans::Message::PdfTo(
            "plan-x".into(),
            Some(to.clone()),
        ))],
    );
    let status = app.plans.status.clone().unwrap_or_default();
    assert!(status.contains("chosen.pdf"), "{status}");
    let back = vejviser::store::read_plan_file(&to).expect("the PDF holds the plan");
    assert_eq!(back.title, "Min vej");

    // Now "Udskriv" opens the saved file instead of asking again.
    let print = update(&mut app, plans::Message::Print("plan-x".into()));
    assert_eq!(print, plans::Action::Open(to.clone()));
    // Once the file is gone, it asks again.
    std::fs::remove_file(&to).unwrap();
    let print = update(&mut app, plans::Message::Print("plan-x".into()));
    assert!(matches!(print, plans::Action::AskPrint(_)));
}
