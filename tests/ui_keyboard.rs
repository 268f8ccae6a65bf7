//! Keyboard all the way (issue #9): Tab and Shift+Tab reach buttons, tabs, checkboxes and lists
//! in reading order, and Enter or Space act on them. Driven by keys in the simulator, as a
//! keyboard user would, on the bundled catalogue.
#![cfg(feature = "gui")]

use iced_test::Simulator;
use iced_test::core::keyboard::key::Named;
use iced_test::core::{Rectangle, Settings, Size};
use iced_test::selector::{Candidate, Selector};
use vejviser::ui::app::{App, Message};
use vejviser::ui::prefs::Memory;
use vejviser::ui::{Args, Screen, start};

const TODAY: vejviser::catalog::Date = vejviser::catalog::Date::new(2026, 11, 22);

fn app() -> App {
    let loaded = vejviser::catalog::load::bundled(TODAY);
    App::with_loaded(loaded, vec![], Args::on(TODAY), Box::new(Memory::default()))
}

fn send(app: &mut App, messages: impl IntoIterator<Item = Message>) {
    for m in messages {
        let _ = app.update(m);
    }
}

/// Finds the control that has the keyboard focus.
struct Focused;

impl Selector for Focused {
    type Output = Rectangle;
    fn select(&mut self, c: Candidate<'_>) -> Option<Rectangle> {
        match c {
            Candidate::Focusable { bounds, state, .. } if state.is_focused() => Some(bounds),
            _ => None,
        }
    }
    fn description(&self) -> String {
        "the focused control".into()
    }
}

/// Presses `key` (Tab or Shift+Tab) until the control showing `label` has the focus, then
/// `act` (Enter or Space); returns how many presses it took and the messages sent.
fn reach(app: &App, label: &str, back: bool, act: Named) -> (usize, Vec<Message>) {
    let mut ui: Simulator<'_, Message> =
        Simulator::with_size(Settings::default(), Size::new(1280.0, 4000.0), app.view());
    let target = ui
        .find(label)
        .unwrap_or_else(|e| panic!("{label:?} not shown on {:?}: {e}", app.screen))
        .bounds();
    tab_to(ui, target, back, act)
}

fn tab_to(
    mut ui: Simulator<'_, Message>,
    target: Rectangle,
    back: bool,
    act: Named,
) -> (usize, Vec<Message>) {
    for presses in 1..400 {
        if back {
            let _ = ui.simulate([shift_tab()]);
        } else {
            let _ = ui.tap_key(Named::Tab);
        }
        let focused = ui.find(Focused).expect("Tab gives some control the focus");
        if focused.contains(target.center()) {
            let _ = ui.tap_key(act);
            return (presses, ui.into_messages().collect());
        }
    }
    panic!("Tab never reached {target:?}");
}

/// Tab pressed with Shift held.
fn shift_tab() -> iced_test::core::Event {
    use iced_test::core::keyboard::{self, Key};
    let iced_test::core::Event::Keyboard(keyboard::Event::KeyPressed {
        key,
        modified_key,
        physical_key,
        location,
        text,
        ..
    }) = iced_test::simulator::press_key(Key::Named(Named::Tab), None)
    else {
        unreachable!()
    };
    iced_test::core::Event::Keyboard(keyboard::Event::KeyPressed {
        key,
        modified_key,
        physical_key,
        location,
        modifiers: keyboard::Modifiers::SHIFT,
        repeat: false,
        text,
    })
}

#[test]
fn tab_reaches_each_top_tab_and_enter_opens_it() {
    let mut app = app();
    for (label, screen) in [
        ("Udforsk", Screen::Explore),
        ("Kort", Screen::Map),
        ("Profil", Screen::Profile),
        ("Ruter", Screen::Routes),
        ("Sammenlign", Screen::Compare),
        ("Støtte", Screen::Funding),
        ("Planer", Screen::Plans),
        ("Start", Screen::Start),
    ] {
        let (_, sent) = reach(&app, label, false, Named::Enter);
        assert!(!sent.is_empty(), "Enter on {label:?} sent nothing");
        send(&mut app, sent);
        assert_eq!(app.screen, screen, "Enter on {label:?}");
    }
}

#[test]
fn tab_reaches_find_routes_and_save_as_plan_and_enter_acts() {
    let mut app = app();
    send(
        &mut app,
        [
            Message::Start(start::Message::RolePicked("sosu-hjaelper".into())),
            Message::Tab(Screen::Profile),
        ],
    );
    let (_, sent) = reach(&app, "Find ruter", false, Named::Enter);
    send(&mut app, sent);
    assert_eq!(app.screen, Screen::Routes);
    send(
        &mut app,
        [Message::Routes(vejviser::ui::routes::Message::Target(
            "sosu-assistent".into(),
        ))],
    );
    assert!(app.plans.plans.is_empty());
    let (presses, sent) = reach(&app, "Gem som plan", false, Named::Enter);
    eprintln!("Tab presses to «Gem som plan»: {presses}");
    send(&mut app, sent);
    assert_eq!(
        app.plans.plans.len(),
        1,
        "Enter on «Gem som plan» saved a plan"
    );
}

#[test]
fn space_ticks_a_checkbox_and_shift_tab_goes_backwards() {
    let mut app = app();
    send(&mut app, [Message::Tab(Screen::Explore)]);
    let label = "Der findes støtte";
    let (forward, sent) = reach(&app, label, false, Named::Space);
    send(&mut app, sent);
    assert!(app.explore.filters.funded_only, "Space ticked the box");
    // Backwards from nothing focused starts at the last control, so it takes a different
    // number of presses; together they go round the whole page once.
    let (backward, sent) = reach(&app, label, true, Named::Space);
    assert_ne!(forward, backward);
    let total = count_focusable(&app);
    assert_eq!(
        forward + backward,
        total + 1,
        "{forward} + {backward} vs {total}"
    );
    send(&mut app, sent);
    assert!(!app.explore.filters.funded_only, "Space unticked it again");
}

#[test]
fn enter_on_a_focused_list_chooses_the_next_option() {
    let mut app = app();
    let before = app.prefs.theme;
    let mut ui: Simulator<'_, Message> =
        Simulator::with_size(Settings::default(), Size::new(1280.0, 4000.0), app.view());
    let list = ui
        .find(iced_test::selector::id(vejviser::ui::chrome::THEME_ID))
        .expect("the theme list")
        .bounds();
    let (_, sent) = tab_to(ui, list, false, Named::Enter);
    send(&mut app, sent);
    assert_ne!(app.prefs.theme, before);
}

/// How many controls take the focus on the current view: Tab until the first comes back.
fn count_focusable(app: &App) -> usize {
    let mut ui: Simulator<'_, Message> =
        Simulator::with_size(Settings::default(), Size::new(1280.0, 4000.0), app.view());
    let _ = ui.tap_key(Named::Tab);
    let first = ui.find(Focused).unwrap();
    for n in 1..1000 {
        let _ = ui.tap_key(Named::Tab);
        if ui.find(Focused).unwrap() == first {
            return n;
        }
    }
    panic!("the focus never came round");
}

#[test]
fn tab_reaches_the_boxes_on_the_map_which_show_their_card_and_open_on_enter() {
    use vejviser::ui::map::Message as Map;
    let mut app = app();
    send(
        &mut app,
        [
            Message::Start(start::Message::RolePicked("sosu-hjaelper".into())),
            Message::Tab(Screen::Map),
        ],
    );
    assert!(!app.map.list, "the canvas, not the list");
    // Tab until a box has the focus: its card is asked for, and Enter opens the job.
    for presses in 1..80 {
        let mut ui: Simulator<'_, Message> =
            Simulator::with_size(Settings::default(), Size::new(1280.0, 1000.0), app.view());
        for _ in 0..presses {
            let _ = ui.tap_key(Named::Tab);
        }
        let _ = ui.tap_key(Named::Enter);
        let sent: Vec<Message> = ui.into_messages().collect();
        let hovered = sent
            .iter()
            .any(|m| matches!(m, Message::Map(Map::Hover(Some(_), _))));
        let opened = sent.iter().find_map(|m| match m {
            Message::Map(Map::Open(i)) => Some(*i),
            _ => None,
        });
        if let Some(i) = opened {
            assert!(hovered, "the focused box shows its card");
            let role = app.map.map.nodes[i].role.clone();
            send(&mut app, sent);
            assert_eq!(app.screen, Screen::Explore);
            assert_eq!(app.explore.detail.as_deref(), Some(role.as_str()));
            return;
        }
    }
    panic!("Tab never reached a box on the map");
}
