//! The profile form on its own: what each field does to the profile, what is kept as typed,
//! and saving through the app.
#![cfg(feature = "gui")]

mod ui_support;

use vejviser::ui::app::App;
use vejviser::ui::app::Message;
use vejviser::ui::start;

const TODAY: Date = Date::new(2026, 11, 22);

/// The names of the saved profiles the start screen offers.
fn names(app: &App) -> Vec<String> {
    app.saved_profiles.iter().map(|e| e.name.clone()).collect()
}
use vejviser::catalog::{Area, Certificate, Date, Level, Money, Percent, Sector, Subject, Union};
use vejviser::engine::Profile;
use vejviser::ui::profile::{Action, Message as M, State};

fn run(messages: impl IntoIterator<Item = M>) -> (State, Profile) {
    let mut s = State::default();
    let mut p = Profile::default();
    for m in messages {
        let _ = s.update(m, &mut p);
    }
    (s, p)
}

#[test]
fn numbers_are_kept_only_when_valid() {
    let (s, p) = run([M::BirthYear("19".into())]);
    assert_eq!(p.birth_year, None);
    assert_eq!(s.birth_year, "19");
    let (_, p) = run([M::BirthYear("1978".into()), M::Pay("28.500".into())]);
    assert_eq!(p.birth_year, Some(1978));
    assert_eq!(p.monthly_pay, Some(Money::kr(28_500)));
    let (_, p) = run([M::Pay("mange".into())]);
    assert_eq!(p.monthly_pay, None);
}

#[test]
fn subjects_are_unknown_until_asked() {
    let (_, p) = run([]);
    assert_eq!(p.subjects, None);
    let (_, p) = run([
        M::SubjectsKnown(true),
        M::SubjectLevel(Subject::Dansk, Some(Level::D)),
        M::SubjectLevel(Subject::Engelsk, Some(Level::E)),
        M::SubjectLevel(Subject::Engelsk, None),
    ]);
    assert_eq!(p.subject_level(Subject::Dansk), Some(Some(Level::D)));
    assert_eq!(p.subject_level(Subject::Engelsk), Some(None));
    let (_, p) = run([M::SubjectsKnown(true), M::SubjectsKnown(false)]);
    assert_eq!(p.subjects, None);
}

#[test]
fn work_periods_parse_months() {
    let (s, p) = run([
        M::AddWork,
        M::WorkArea(0, Area::Hjemmepleje),
        M::WorkHours(0, "30".into()),
        M::WorkFrom(0, "2019-08".into()),
        M::WorkTo(0, "2023-0".into()),
        M::AddWork,
        M::RemoveWork(1),
    ]);
    let w = &p.work.as_ref().unwrap()[0];
    assert_eq!(p.work.as_ref().unwrap().len(), 1);
    assert_eq!(w.area, Area::Hjemmepleje);
    assert_eq!(w.hours_per_week, 30);
    assert_eq!(w.from, Date::new(2019, 8, 1));
    // A half-typed end date is kept as text and not applied.
    assert_eq!(w.to, None);
    assert_eq!(s.work[0].to, "2023-0");
    let (_, p) = run([
        M::AddWork,
        M::WorkTo(0, "2023-02".into()),
        M::WorkTo(0, "".into()),
    ]);
    assert_eq!(p.work.unwrap()[0].to, None);
}

#[test]
fn day_shifts_certificates_and_start_are_asked() {
    let (s, p) = run([
        M::AddWork,
        M::WorkDayShare(0, "60".into()),
        M::Certificate(Certificate::Foerstehjaelp, true),
        M::Certificate(Certificate::Brandbekaempelse, true),
        M::Certificate(Certificate::Brandbekaempelse, false),
        M::Start("2027-08".into()),
    ]);
    assert_eq!(p.work.as_ref().unwrap()[0].day_share, Some(Percent(60)));
    assert_eq!(p.certificates, [Certificate::Foerstehjaelp]);
    assert_eq!(p.planned_start, Some(Date::new(2027, 8, 1)));
    let back = State::from_profile(&p);
    assert_eq!(
        (back.work[0].day.as_str(), back.start.as_str()),
        ("60", "2027-08")
    );
    // Out of range or half typed: kept as text, not applied; empty means "not known".
    let (s2, p) = run([
        M::AddWork,
        M::WorkDayShare(0, "60".into()),
        M::WorkDayShare(0, "160".into()),
        M::Start("2027-".into()),
    ]);
    assert_eq!(p.work.as_ref().unwrap()[0].day_share, Some(Percent(60)));
    assert_eq!(s2.work[0].day, "160");
    assert_eq!(p.planned_start, None);
    let (_, p) = run([
        M::AddWork,
        M::WorkDayShare(0, "60".into()),
        M::WorkDayShare(0, "".into()),
    ]);
    assert_eq!(p.work.unwrap()[0].day_share, None);
    assert_eq!(s.work.len(), 1);
}

#[test]
fn outdated_education_and_dropouts_are_asked() {
    let (_, p) = run([
        M::Outdated(Some(true)),
        M::Dropout("ssh-hovedforloeb".into(), true),
        M::Dropout("ssa-hovedforloeb".into(), true),
        M::Dropout("ssa-hovedforloeb".into(), false),
    ]);
    assert_eq!(p.education_outdated, Some(true));
    let dropped: Vec<&str> = p.dropouts.iter().map(|d| d.programme.as_str()).collect();
    assert_eq!(dropped, ["ssh-hovedforloeb"]);
    assert!(p.dropouts[0].on_voksenelevloen);
    // The programmes asked about are the ones the catalogue's rules name.
    let bundled = vejviser::catalog::load::bundled(TODAY).catalog;
    let asked = vejviser::ui::profile::dropout_programmes(&bundled);
    assert!(asked.iter().any(|id| *id == "ssh-hovedforloeb"));
    assert!(asked.iter().any(|id| *id == "ssa-hovedforloeb"));
}

#[test]
fn employment_and_qualifications() {
    let (_, p) = run([
        M::Sector(Some(Sector::Kommune)),
        M::Union(Some(Union::Foa)),
        M::Seniority("7".into()),
        M::UnderNotice(Some(false)),
        M::AddingChanged("sosu-hjaelper".into()),
        M::AddQualification,
        M::AddingChanged("sosu-hjaelper".into()),
        M::AddQualification,
        M::Dagpenge(Some(false)),
    ]);
    let e = p.employment.unwrap();
    assert_eq!(e.sector, Some(Sector::Kommune));
    assert_eq!(e.union, Some(Union::Foa));
    assert_eq!(e.seniority_years, Some(7));
    assert_eq!(e.under_notice, Some(false));
    assert_eq!(p.qualifications.len(), 1, "no duplicates");
    assert_eq!(p.on_dagpenge, Some(false));
}

#[test]
fn the_form_can_say_no_job_no_certificates_and_when_the_contract_is_signed() {
    let (_, p) = run([
        M::NoCertificates(true),
        M::HasJob(Some(false)),
        M::Gymnasial(Some(vejviser::engine::profile::GymExam::Hf)),
        M::School(Some("UCL".into())),
        M::ContractDate("2027-06".into()),
    ]);
    assert!(p.certificates_known && p.certificates.is_empty());
    assert_eq!(p.employed(), Some(false));
    assert!(p.holds(vejviser::engine::profile::GYMNASIAL_EXAM));
    assert_eq!(p.school.as_deref(), Some("UCL"));
    assert_eq!(
        p.contract_signed,
        Some(vejviser::catalog::Date::new(2027, 6, 1))
    );
    assert_eq!(State::from_profile(&p).contract, "2027-06");
    let (_, p) = run([M::ContractDate("juni".into())]);
    assert_eq!(p.contract_signed, None, "not a month: nothing changes");
}

#[test]
fn form_text_comes_back_from_a_profile() {
    let (_, p) = run([
        M::BirthYear("1978".into()),
        M::AddWork,
        M::WorkFrom(0, "2015-03".into()),
    ]);
    let s = State::from_profile(&p);
    assert_eq!(s.birth_year, "1978");
    assert_eq!(s.work[0].from, "2015-03");
}

#[test]
fn save_goes_to_the_keeper_except_for_guests() {
    let (mut app, keeper, _dir) = ui_support::app();
    let _ = app.update(Message::Profile(M::Name("Birthe".into())));
    let _ = app.update(Message::Profile(M::Save));
    assert_eq!(keeper.lock().unwrap().profiles.len(), 1);
    assert_eq!(names(&app), ["Birthe"]);
    let _ = app.update(Message::Start(start::Message::GuestPressed));
    let _ = app.update(Message::Profile(M::Name("Gæst".into())));
    let _ = app.update(Message::Profile(M::Save));
    assert_eq!(keeper.lock().unwrap().profiles.len(), 1);
    assert_eq!(
        app.profile_form.note.as_deref(),
        Some("Du er gæst, så profilen gemmes ikke.")
    );
    let mut s = State::default();
    assert_eq!(s.update(M::Save, &mut Profile::default()), Action::Save);
}

#[test]
fn a_saved_profile_can_be_continued() {
    let (mut app, _, _dir) = ui_support::app();
    let _ = app.update(Message::Profile(M::Name("Birthe".into())));
    let _ = app.update(Message::Profile(M::Role(Some("sosu-hjaelper".into()))));
    let _ = app.update(Message::Profile(M::BirthYear("1979".into())));
    let _ = app.update(Message::Profile(M::Save));
    let _ = app.update(Message::AskReset);
    // Keep what was saved this time: the reset deletes it unless told not to.
    let _ = app.update(Message::ResetDeleteSaved(false));
    let _ = app.update(Message::ConfirmReset(true));
    assert_eq!(app.profile.birth_year, None);
    let id = app.saved_profiles[0].id.clone();
    let _ = app.update(Message::Start(start::Message::ProfilePicked(id)));
    assert_eq!(app.profile.birth_year, Some(1979));
    assert_eq!(app.profile_form.birth_year, "1979");
    assert_eq!(app.start.role.as_deref(), Some("sosu-hjaelper"));
}
