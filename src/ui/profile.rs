//! Profile: a short form for what the engine needs; every field optional and explained.

use super::{Ctx, Goto, style, widgets};
use crate::ui::focus::{Press, pick_list, toggle};

mod items;
mod quick;

use crate::catalog::{
    Area, Catalog, Certificate, Date, EduLevel, Id, Level, Money, Percent, Requirement, Sector,
    Subject, Union,
};
use crate::engine::Profile;
use crate::engine::profile::{Dropout, Employment, GymExam, Qualification, SubjectLevel, Work};
use crate::i18n::Lang;
use iced::widget::{button, checkbox, column, row, text, text_input};
use iced::{Element, Fill};
use items::{AREAS, LEVELS, SECTORS, UNIONS, gym_list, opt_list};
pub use items::{AreaItem, Gym, Label, LevelItem, Named, Opt, YesNo, schools};

/// The subjects asked about: the ones programmes ask for most.
pub const SUBJECTS: [Subject; 4] = [
    Subject::Dansk,
    Subject::Engelsk,
    Subject::Naturfag,
    Subject::Matematik,
];

/// What the user is typing, before it is a valid value. The profile itself is the app's.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct State {
    pub birth_year: String,
    pub pay: String,
    pub seniority: String,
    /// Planned start, as typed (year-month).
    pub start: String,
    /// The day the training contract is signed, as typed (year-month).
    pub contract: String,
    /// The short form's year the current role was trained, as typed.
    pub year_trained: String,
    /// The short form's years in the first work area, as typed.
    pub years: String,
    /// The whole form is shown, not only the short one.
    pub show_full: bool,
    /// One entry per work period of the profile, as typed.
    pub work: Vec<WorkText>,
    /// The qualification chosen in the "add" list, not yet added.
    pub adding: Option<Id>,
    /// Shown after saving (or refusing to, for guests).
    pub note: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct WorkText {
    pub hours: String,
    pub from: String,
    pub to: String,
    /// Share of day shifts in per cent; empty when not known.
    pub day: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Name(String),
    Role(Option<Id>),
    BirthYear(String),
    AddingChanged(Id),
    AddQualification,
    RemoveQualification(usize),
    Education(Option<EduLevel>),
    SubjectsKnown(bool),
    SubjectLevel(Subject, Option<Level>),
    AddWork,
    RemoveWork(usize),
    WorkArea(usize, Area),
    WorkHours(usize, String),
    WorkFrom(usize, String),
    WorkTo(usize, String),
    WorkDayShare(usize, String),
    Certificate(Certificate, bool),
    NoCertificates(bool),
    QuickYearTrained(String),
    QuickArea(Area),
    QuickHours(String),
    /// Years in the area, with the date they count back from.
    QuickYears(String, Date),
    ShowFull(bool),
    HasJob(Option<bool>),
    Gymnasial(Option<GymExam>),
    School(Option<String>),
    ContractDate(String),
    Outdated(Option<bool>),
    Dropout(Id, bool),
    Start(String),
    Sector(Option<Sector>),
    Union(Option<Union>),
    Seniority(String),
    UnderNotice(Option<bool>),
    IsElev(Option<bool>),
    Pay(String),
    Dagpenge(Option<bool>),
    Contract(Option<bool>),
    Save,
    Go(Goto),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    /// Save the profile under its name (the app refuses in guest mode).
    Save,
    Go(Goto),
}

impl State {
    /// The form's text for a profile (after loading one, or after a reset).
    pub fn from_profile(p: &Profile) -> State {
        let work = p
            .work
            .iter()
            .flatten()
            .map(|w| WorkText {
                hours: w.hours_per_week.to_string(),
                from: month_text(w.from),
                to: w.to.map(month_text).unwrap_or_default(),
                day: w.day_share.map(|d| d.0.to_string()).unwrap_or_default(),
            })
            .collect();
        State {
            birth_year: p.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            pay: p
                .monthly_pay
                .map(|m| m.kroner().to_string())
                .unwrap_or_default(),
            seniority: p
                .employment
                .as_ref()
                .and_then(|e| e.seniority_years)
                .map(|y| y.to_string())
                .unwrap_or_default(),
            start: p.planned_start.map(month_text).unwrap_or_default(),
            contract: p.contract_signed.map(month_text).unwrap_or_default(),
            year_trained: p
                .qualifications
                .iter()
                .find(|q| Some(&q.id) == p.role.as_ref())
                .and_then(|q| q.year)
                .map(|y| y.to_string())
                .unwrap_or_default(),
            // Counted back from the day it is typed; a loaded profile shows its dates below.
            years: String::new(),
            show_full: false,
            work,
            adding: None,
            note: None,
        }
    }

    pub fn update(&mut self, message: Message, p: &mut Profile) -> Action {
        self.note = None;
        match message {
            Message::Name(s) => p.name = s,
            Message::Role(r) => p.role = r,
            Message::BirthYear(s) => {
                p.birth_year = number(&s).filter(|y| (1900..=2100).contains(y));
                self.birth_year = s;
            }
            Message::AddingChanged(id) => self.adding = Some(id),
            Message::AddQualification => add_qualification(p, self.adding.take()),
            Message::RemoveQualification(i) => remove_at(&mut p.qualifications, i),
            Message::Education(e) => p.education = e,
            Message::SubjectsKnown(on) => p.subjects = on.then(Vec::new),
            Message::SubjectLevel(s, l) => set_subject(p, s, l),
            Message::AddWork => self.add_work(p),
            Message::RemoveWork(i) => self.remove_work(p, i),
            Message::WorkArea(i, a) => with_work(p, i, |w| w.area = a),
            Message::WorkHours(i, s) => self.work_hours(p, i, s),
            Message::WorkFrom(i, s) => self.work_from(p, i, s),
            Message::WorkTo(i, s) => self.work_to(p, i, s),
            Message::WorkDayShare(i, s) => self.work_day_share(p, i, s),
            Message::Certificate(c, on) => {
                p.certificates.retain(|x| *x != c);
                if on {
                    p.certificates.push(c);
                }
                p.certificates_known = true;
            }
            Message::NoCertificates(on) => {
                if on {
                    p.certificates.clear();
                }
                p.certificates_known = on;
            }
            Message::QuickYearTrained(s) => self.quick_year_trained(p, s),
            Message::QuickArea(a) => self.quick_area(p, a),
            Message::QuickHours(s) => self.quick_hours(p, s),
            Message::QuickYears(s, today) => self.quick_years(p, s, today),
            Message::ShowFull(on) => self.show_full = on,
            Message::HasJob(b) => p.has_job = b,
            Message::Gymnasial(g) => p.gymnasial = g,
            Message::School(s) => p.school = s,
            Message::ContractDate(s) => {
                if s.trim().is_empty() || parse_month(&s).is_some() {
                    p.contract_signed = parse_month(&s);
                }
                self.contract = s;
            }
            Message::Outdated(b) => p.education_outdated = b,
            Message::Dropout(id, on) => {
                p.dropouts.retain(|d| d.programme != id);
                if on {
                    p.dropouts.push(Dropout {
                        programme: id,
                        on_voksenelevloen: true,
                    });
                }
            }
            Message::Start(s) => {
                // Empty means "from today"; anything else must read as a month.
                if s.trim().is_empty() || parse_month(&s).is_some() {
                    p.planned_start = parse_month(&s);
                }
                self.start = s;
            }
            Message::Sector(s) => employment(p).sector = s,
            Message::Union(u) => employment(p).union = u,
            Message::Seniority(s) => {
                employment(p).seniority_years = number(&s);
                self.seniority = s;
            }
            Message::UnderNotice(b) => employment(p).under_notice = b,
            Message::IsElev(b) => employment(p).is_elev = b,
            Message::Pay(s) => {
                p.monthly_pay = number::<i64>(&s.replace(['.', ' '], "")).map(Money::kr);
                self.pay = s;
            }
            Message::Dagpenge(b) => p.on_dagpenge = b,
            Message::Contract(b) => p.training_contract = b,
            Message::Save => return Action::Save,
            Message::Go(g) => return Action::Go(g),
        }
        Action::None
    }

    fn add_work(&mut self, p: &mut Profile) {
        let w = Work::default();
        self.work.push(WorkText {
            hours: w.hours_per_week.to_string(),
            from: month_text(w.from),
            to: String::new(),
            day: String::new(),
        });
        p.work.get_or_insert_with(Vec::new).push(w);
    }

    fn remove_work(&mut self, p: &mut Profile, i: usize) {
        remove_at(&mut self.work, i);
        if let Some(list) = p.work.as_mut() {
            remove_at(list, i);
        }
    }

    fn work_hours(&mut self, p: &mut Profile, i: usize, s: String) {
        if let Some(h) = number::<u8>(&s) {
            with_work(p, i, |w| w.hours_per_week = h);
        }
        if let Some(t) = self.work.get_mut(i) {
            t.hours = s;
        }
    }

    fn work_from(&mut self, p: &mut Profile, i: usize, s: String) {
        if let Some(d) = parse_month(&s) {
            with_work(p, i, |w| w.from = d);
        }
        if let Some(t) = self.work.get_mut(i) {
            t.from = s;
        }
    }

    fn work_day_share(&mut self, p: &mut Profile, i: usize, s: String) {
        // Empty means "not known"; a number must be a share from 0 to 100.
        let share = number::<u8>(&s).filter(|n| *n <= 100);
        if s.trim().is_empty() || share.is_some() {
            with_work(p, i, |w| w.day_share = share.map(Percent));
        }
        if let Some(t) = self.work.get_mut(i) {
            t.day = s;
        }
    }

    fn work_to(&mut self, p: &mut Profile, i: usize, s: String) {
        let to = parse_month(&s);
        if s.trim().is_empty() || to.is_some() {
            with_work(p, i, |w| w.to = to);
        }
        if let Some(t) = self.work.get_mut(i) {
            t.to = s;
        }
    }

    pub fn view<'a>(&'a self, ctx: Ctx<'a>, guest: bool) -> Element<'a, Message> {
        let l = ctx.lang;
        let p = ctx.profile;
        let c = ctx.catalog;
        let mut col = column![
            widgets::h1(l.profile_title()),
            widgets::body(l.profile_intro()),
            widgets::field(
                l.profile_name(),
                text_input("", &p.name).on_input(Message::Name).padding(8),
                l.profile_name_help()
            ),
            self.quick_view(l, c, p, ctx.today),
        ]
        .spacing(style::GAP_L)
        .max_width(900);
        if !self.birth_year.is_empty() && p.birth_year.is_none() {
            col = col.push(widgets::hint(l.profile_bad_number()));
        }
        let more = if self.show_full {
            l.profile_show_less()
        } else {
            l.profile_show_more()
        };
        col = col.push(
            button(text(more))
                .style(style::secondary)
                .press(Message::ShowFull(!self.show_full)),
        );
        if !self.show_full {
            return col.push(self.bottom(ctx, guest)).into();
        }
        col = col
            .push(self.qualifications(ctx))
            .push(widgets::field(
                l.profile_education(),
                pick_list(
                    opt_list(l, &EduLevel::ALL),
                    Some(Opt(p.education, l)),
                    |o| Message::Education(o.0),
                ),
                l.profile_education_help(),
            ))
            .push(widgets::field(
                l.profile_outdated(),
                yes_no(l, p.education_outdated, Message::Outdated),
                l.profile_outdated_help(),
            ))
            .push(widgets::field(
                l.profile_gymnasial(),
                pick_list(gym_list(l), Some(Gym(p.gymnasial, l)), |g| {
                    Message::Gymnasial(g.0)
                }),
                l.profile_gymnasial_help(),
            ))
            .push(subjects(l, p))
            .push(certificates(l, p))
            .push(self.work_view(l, p))
            .push(employment_view(l, p, &self.seniority))
            .push(widgets::field(
                l.profile_pay(),
                number_input(&self.pay, "28000", Message::Pay),
                l.profile_pay_help(),
            ))
            .push(widgets::field(
                l.profile_dagpenge(),
                yes_no(l, p.on_dagpenge, Message::Dagpenge),
                l.profile_dagpenge_help(),
            ))
            .push(widgets::field(
                l.profile_contract(),
                yes_no(l, p.training_contract, Message::Contract),
                l.profile_contract_help(),
            ))
            .push(dropouts(l, c, p))
            .push(widgets::field(
                l.profile_start(),
                text_input("2027-08", &self.start)
                    .on_input(Message::Start)
                    .width(150)
                    .padding(8),
                l.profile_start_help(),
            ));
        if !self.start.trim().is_empty() && p.planned_start.is_none() {
            col = col.push(widgets::hint(l.profile_bad_date()));
        }
        let schools: Vec<Named> = std::iter::once(Named(None, l.profile_school_any().into()))
            .chain(schools(c).into_iter().map(|s| Named(Some(s.clone()), s)))
            .collect();
        let school = schools.iter().find(|n| n.0 == p.school).cloned();
        col = col
            .push(widgets::field(
                l.profile_school(),
                pick_list(schools, school, |n| Message::School(n.0)),
                l.profile_school_help(),
            ))
            .push(widgets::field(
                l.profile_contract_date(),
                text_input("2027-06", &self.contract)
                    .on_input(Message::ContractDate)
                    .width(150)
                    .padding(8),
                l.profile_contract_date_help(),
            ));
        if !self.contract.trim().is_empty() && p.contract_signed.is_none() {
            col = col.push(widgets::hint(l.profile_bad_date()));
        }
        col.push(self.bottom(ctx, guest)).into()
    }

    /// Save, find routes, and what happened last.
    fn bottom<'a>(&'a self, ctx: Ctx<'a>, guest: bool) -> Element<'a, Message> {
        let l = ctx.lang;
        let save = button(text(l.profile_save()).size(style::H3)).padding([10, 18]);
        let save = save.press_maybe((!guest).then_some(Message::Save));
        let mut bottom = row![
            save,
            button(text(l.profile_find_routes()).size(style::H3))
                .padding([10, 18])
                .style(button::success)
                .press(Message::Go(Goto::RoutesKeepGoal {
                    from: ctx.profile.role.clone()
                })),
        ]
        .spacing(style::GAP);
        if guest {
            bottom = bottom.push(widgets::hint(l.profile_guest_no_save()));
        }
        let mut col = column![bottom].spacing(style::GAP);
        if let Some(n) = &self.note {
            col = col.push(widgets::body(n.as_str()));
        }
        col.into()
    }

    fn qualifications<'a>(&'a self, ctx: Ctx<'a>) -> Element<'a, Message> {
        let l = ctx.lang;
        let c = ctx.catalog;
        let name = |id: &str| {
            c.role(id)
                .map(|r| l.pick(&r.name).to_string())
                .or_else(|| c.programme(id).map(|p| l.pick(&p.name).to_string()))
                .unwrap_or_else(|| id.to_string())
        };
        let mut list = column![].spacing(6);
        for (i, q) in ctx.profile.qualifications.iter().enumerate() {
            list = list.push(
                row![
                    text(name(&q.id)).width(Fill),
                    button(text(l.profile_remove()))
                        .style(style::secondary)
                        .press(Message::RemoveQualification(i)),
                ]
                .spacing(style::GAP)
                .align_y(iced::Center),
            );
        }
        let options: Vec<Named> = c
            .roles
            .iter()
            .map(|r| Named(Some(r.id.clone()), l.pick(&r.name).into()))
            .chain(
                c.programmes
                    .iter()
                    .map(|p| Named(Some(p.id.clone()), l.pick(&p.name).into())),
            )
            .filter(|n| {
                !ctx.profile
                    .qualifications
                    .iter()
                    .any(|q| Some(&q.id) == n.0.as_ref())
            })
            .collect();
        let chosen = options.iter().find(|n| n.0 == self.adding).cloned();
        let add = button(text(l.profile_add()));
        list = list.push(
            row![
                pick_list(options, chosen, |n| Message::AddingChanged(
                    n.0.unwrap_or_default()
                ))
                .width(Fill),
                add.press_maybe(self.adding.is_some().then_some(Message::AddQualification)),
            ]
            .spacing(style::GAP),
        );
        widgets::field(l.profile_quals(), list, l.profile_quals_help())
    }

    fn work_view<'a>(&'a self, l: Lang, p: &'a Profile) -> Element<'a, Message> {
        let mut list = column![].spacing(8);
        for (i, (w, t)) in p.work.iter().flatten().zip(&self.work).enumerate() {
            let areas: Vec<AreaItem> = AREAS.iter().map(|a| AreaItem(*a, l)).collect();
            let mut r = row![
                labelled(
                    l.profile_area(),
                    pick_list(areas, Some(AreaItem(w.area, l)), move |a| {
                        Message::WorkArea(i, a.0)
                    })
                ),
                small_input(l.profile_hours(), "37", &t.hours, 90.0, move |s| {
                    Message::WorkHours(i, s)
                }),
                small_input(l.profile_from(), "2019-08", &t.from, 150.0, move |s| {
                    Message::WorkFrom(i, s)
                }),
                small_input(l.profile_to(), "", &t.to, 150.0, move |s| {
                    Message::WorkTo(i, s)
                }),
                small_input(l.profile_day_share(), "", &t.day, 110.0, move |s| {
                    Message::WorkDayShare(i, s)
                }),
            ]
            .spacing(style::GAP)
            .align_y(iced::Bottom);
            r = r.push(
                button(text(l.profile_remove()))
                    .style(style::secondary)
                    .press(Message::RemoveWork(i)),
            );
            list = list.push(r);
            let bad_from = parse_month(&t.from).is_none();
            let bad_to = !t.to.trim().is_empty() && parse_month(&t.to).is_none();
            if bad_from || bad_to {
                list = list.push(widgets::hint(l.profile_bad_date()));
            }
            if !t.day.trim().is_empty() && w.day_share.is_none() {
                list = list.push(widgets::hint(l.profile_bad_share()));
            }
        }
        list = list.push(
            button(text(l.profile_add_work()))
                .style(style::secondary)
                .press(Message::AddWork),
        );
        widgets::field(l.profile_work(), list, l.profile_work_help())
    }
}

/// Programmes some rule asks whether the person has dropped out of on voksenelevløn.
pub fn dropout_programmes(c: &Catalog) -> Vec<&Id> {
    fn walk<'a>(r: &'a Requirement, out: &mut Vec<&'a Id>) {
        match r {
            Requirement::All(l) | Requirement::Any(l) | Requirement::AtLeast(_, l) => {
                l.iter().for_each(|r| walk(r, out))
            }
            Requirement::NoDropout { programme } if !out.contains(&programme) => {
                out.push(programme)
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let pay = c.pay.iter().filter_map(|s| s.eligibility.as_ref());
    for r in pay.chain(c.funding.iter().map(|f| &f.eligibility)) {
        walk(r, &mut out);
    }
    out
}

fn dropouts<'a>(l: Lang, c: &'a Catalog, p: &'a Profile) -> Element<'a, Message> {
    let boxes = dropout_programmes(c).into_iter().map(|id| {
        let name = c.programme(id).map_or(id.as_str(), |x| l.pick(&x.name));
        let on = p.dropouts.iter().any(|d| &d.programme == id);
        toggle(checkbox(on).label(name), on, move |on| {
            Message::Dropout(id.clone(), on)
        })
        .into()
    });
    widgets::field(
        l.profile_dropouts(),
        column(boxes).spacing(6),
        l.profile_dropouts_help(),
    )
}

/// A field with a small label above it, for one column of a row of fields.
fn labelled<'a>(label: &'a str, field: impl Into<Element<'a, Message>>) -> Element<'a, Message> {
    column![text(label).size(style::SMALL), field.into()]
        .spacing(2)
        .into()
}

/// A labelled text field, for one column of a work period.
fn small_input<'a>(
    label: &'a str,
    placeholder: &'a str,
    value: &'a str,
    width: f32,
    on_input: impl Fn(String) -> Message + 'a,
) -> Element<'a, Message> {
    let input = text_input(placeholder, value)
        .on_input(on_input)
        .width(width)
        .padding(8);
    labelled(label, input)
}

fn certificates<'a>(l: Lang, p: &'a Profile) -> Element<'a, Message> {
    let boxes = [
        (Certificate::Foerstehjaelp, l.profile_first_aid()),
        (Certificate::Brandbekaempelse, l.profile_fire()),
    ]
    .into_iter()
    .map(|(c, label)| {
        let on = p.certificates.contains(&c);
        toggle(checkbox(on).label(label), on, move |on| {
            Message::Certificate(c, on)
        })
        .into()
    });
    let none_on = p.certificates_known && p.certificates.is_empty();
    let none = toggle(
        checkbox(none_on).label(l.profile_no_certificates()),
        none_on,
        Message::NoCertificates,
    );
    widgets::field(
        l.profile_certificates(),
        column(boxes).push(none).spacing(6),
        l.profile_certificates_help(),
    )
}

fn subjects<'a>(l: Lang, p: &'a Profile) -> Element<'a, Message> {
    let known = p.subjects.is_some();
    let mut list = column![toggle(
        checkbox(known).label(l.profile_subjects_known()),
        known,
        Message::SubjectsKnown
    )]
    .spacing(6);
    if known {
        for s in SUBJECTS {
            let current = p.subject_level(s).flatten();
            let levels: Vec<LevelItem> = std::iter::once(LevelItem(None, l))
                .chain(LEVELS.iter().map(|v| LevelItem(Some(*v), l)))
                .collect();
            list = list.push(
                row![
                    text(l.subject(s)).width(160),
                    pick_list(levels, Some(LevelItem(current, l)), move |v| {
                        Message::SubjectLevel(s, v.0)
                    }),
                ]
                .spacing(style::GAP)
                .align_y(iced::Center),
            );
        }
    }
    widgets::field(l.profile_subjects(), list, l.profile_subjects_help())
}

fn employment_view<'a>(l: Lang, p: &'a Profile, seniority: &'a str) -> Element<'a, Message> {
    let e = p.employment.clone().unwrap_or_default();
    let sectors: Vec<Opt<Sector>> = opt_list(l, &SECTORS);
    let unions: Vec<Opt<Union>> = opt_list(l, &UNIONS);
    let inner = column![
        labelled(l.profile_has_job(), yes_no(l, p.has_job, Message::HasJob)),
        row![
            labelled(
                l.profile_sector(),
                pick_list(sectors, Some(Opt(e.sector, l)), |o| Message::Sector(o.0))
            ),
            labelled(
                l.profile_union(),
                pick_list(unions, Some(Opt(e.union, l)), |o| Message::Union(o.0))
            ),
            labelled(
                l.profile_seniority(),
                number_input(seniority, "5", Message::Seniority)
            ),
        ]
        .spacing(style::GAP),
        row![
            labelled(
                l.profile_under_notice(),
                yes_no(l, e.under_notice, Message::UnderNotice)
            ),
            labelled(l.profile_is_elev(), yes_no(l, e.is_elev, Message::IsElev)),
        ]
        .spacing(style::GAP),
    ]
    .spacing(style::GAP);
    widgets::field(l.profile_employment(), inner, l.profile_employment_help())
}

fn number_input<'a>(
    value: &'a str,
    placeholder: &'a str,
    on: fn(String) -> Message,
) -> Element<'a, Message> {
    text_input(placeholder, value)
        .on_input(on)
        .width(200)
        .padding(8)
        .into()
}

fn yes_no<'a>(
    l: Lang,
    value: Option<bool>,
    on: fn(Option<bool>) -> Message,
) -> Element<'a, Message> {
    let items: Vec<YesNo> = [None, Some(true), Some(false)]
        .into_iter()
        .map(|v| YesNo(v, l))
        .collect();
    pick_list(items, Some(YesNo(value, l)), move |v| on(v.0)).into()
}

fn add_qualification(p: &mut Profile, id: Option<Id>) {
    if let Some(id) = id.filter(|id| !id.is_empty())
        && !p.qualifications.iter().any(|q| q.id == id)
    {
        p.qualifications.push(Qualification { id, year: None });
    }
}

fn set_subject(p: &mut Profile, s: Subject, l: Option<Level>) {
    let list = p.subjects.get_or_insert_with(Vec::new);
    list.retain(|x| x.subject != s);
    if let Some(level) = l {
        list.push(SubjectLevel { subject: s, level });
    }
}

fn employment(p: &mut Profile) -> &mut Employment {
    p.employment.get_or_insert_with(Employment::default)
}

fn with_work(p: &mut Profile, i: usize, f: impl FnOnce(&mut Work)) {
    if let Some(w) = p.work.as_mut().and_then(|list| list.get_mut(i)) {
        f(w);
    }
}

fn remove_at<T>(list: &mut Vec<T>, i: usize) {
    if i < list.len() {
        list.remove(i);
    }
}

fn number<T: std::str::FromStr>(s: &str) -> Option<T> {
    s.trim().parse().ok()
}

/// `2019-08` (or a full date) as the first of that month.
pub fn parse_month(s: &str) -> Option<Date> {
    Date::parse(s.trim())
}

fn month_text(d: Date) -> String {
    format!("{:04}-{:02}", d.year, d.month)
}
