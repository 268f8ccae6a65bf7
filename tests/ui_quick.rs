//! A profile in two minutes: the short form asks the facts that decide most answers, and a
//! typical member is typed in with at most twelve inputs.
#![cfg(feature = "gui")]

use iced_test::selector::Candidate;
use iced_test::simulator;
use vejviser::catalog::{Area, Level, Sector, Subject, Union};
use vejviser::engine::Verdict;
use vejviser::ui::Screen;
use vejviser::ui::app::Message;
use vejviser::ui::profile::Message as P;

const TODAY: vejviser::catalog::Date = vejviser::catalog::Date::new(2026, 11, 22);

#[test]
fn a_typical_member_is_typed_in_with_twelve_inputs_and_gets_a_whole_answer() {
    let loaded = vejviser::catalog::load::bundled(TODAY);
    let keeper = std::sync::Arc::new(std::sync::Mutex::new(vejviser::ui::prefs::Memory::default()));
    let mut app = vejviser::ui::app::App::with_loaded(
        loaded,
        vec![],
        vejviser::ui::Args::on(TODAY),
        Box::new(keeper),
    );
    let _ = app.update(Message::Tab(Screen::Profile));
    // A 45-year-old SOSU helper trained in 2012, ten years in home care at 30 hours a week,
    // Dansk D, Naturfag E, Engelsk E, in a municipality under FOA, not under notice.
    let inputs = [
        P::BirthYear("1981".into()),
        P::Role(Some("sosu-hjaelper".into())),
        P::QuickYearTrained("2012".into()),
        P::QuickArea(Area::Hjemmepleje),
        P::QuickHours("30".into()),
        P::QuickYears("10".into(), TODAY),
        P::SubjectLevel(Subject::Dansk, Some(Level::D)),
        P::SubjectLevel(Subject::Naturfag, Some(Level::E)),
        P::SubjectLevel(Subject::Engelsk, Some(Level::E)),
        P::Sector(Some(Sector::Kommune)),
        P::Union(Some(Union::Foa)),
        P::UnderNotice(Some(false)),
    ];
    assert!(inputs.len() <= 12);
    for m in inputs {
        let _ = app.update(Message::Profile(m));
    }
    let p = &app.profile;
    assert_eq!(p.qualifications[0].year, Some(2012));
    let w = &p.work.as_ref().unwrap()[0];
    assert_eq!((w.area, w.hours_per_week), (Area::Hjemmepleje, 30));
    let ten_years_ago = TODAY.add_months(-120);
    assert_eq!(
        (w.from.year, w.from.month),
        (ten_years_ago.year, ten_years_ago.month)
    );
    // Every field of the short form is on the first screen, in the order typed.
    for label in [
        "Fødselsår",
        "Uddannet i år",
        "Timer/uge",
        "År i området",
        "Er du opsagt?",
    ] {
        let mut ui = simulator(app.view());
        assert!(
            ui.find(move |c: Candidate<'_>| match c {
                Candidate::Text { content, .. } if content == label => Some(()),
                _ => None,
            })
            .is_ok(),
            "{label}"
        );
    }
    // The answer to SOSU assistant has its track and the fund's verdict settled.
    let found = vejviser::engine::routes::find_routes(
        &app.loaded.catalog,
        &app.profile,
        &vejviser::engine::Query::to("sosu-assistent", TODAY),
    );
    let last = found[0].steps.last().unwrap();
    assert_eq!(last.requirements.verdict, Verdict::Met, "{}", found[0].id);
}
