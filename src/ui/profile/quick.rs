//! The short form: the dozen facts that decide most answers, in keyboard order, so a counsellor
//! can type a member in within two minutes. Each field writes straight into the profile; the
//! full form below holds the rest.

use super::{
    AREAS, AreaItem, LEVELS, LevelItem, Message, Named, Opt, SECTORS, State, UNIONS, labelled,
    number, opt_list, yes_no,
};
use crate::catalog::{Area, Catalog, Date, Subject};
use crate::engine::Profile;
use crate::engine::profile::{Qualification, Work};
use crate::i18n::Lang;
use crate::ui::focus::pick_list;
use crate::ui::{style, widgets};
use iced::Element;
use iced::widget::{column, row, text_input};

/// The subjects the short form asks about.
const QUICK_SUBJECTS: [Subject; 3] = [Subject::Dansk, Subject::Naturfag, Subject::Engelsk];

impl State {
    /// The year the current role was trained in: kept as that qualification's year.
    pub(super) fn quick_year_trained(&mut self, p: &mut Profile, s: String) {
        if let (Some(year), Some(role)) = (number::<u16>(&s), p.role.clone())
            && (1950..=2100).contains(&year)
        {
            match p.qualifications.iter_mut().find(|q| q.id == role) {
                Some(q) => q.year = Some(year),
                None => p.qualifications.push(Qualification {
                    id: role,
                    year: Some(year),
                }),
            }
        }
        self.year_trained = s;
    }

    /// The first work period, made when the short form first touches it.
    fn quick_work(&mut self, p: &mut Profile) -> usize {
        if p.work.as_ref().is_none_or(|w| w.is_empty()) {
            self.add_work(p);
        }
        0
    }

    pub(super) fn quick_area(&mut self, p: &mut Profile, a: Area) {
        let i = self.quick_work(p);
        super::with_work(p, i, |w| w.area = a);
    }

    pub(super) fn quick_hours(&mut self, p: &mut Profile, s: String) {
        let i = self.quick_work(p);
        self.work_hours(p, i, s);
    }

    /// Years in the area up to now: the period starts that many years before `today`.
    pub(super) fn quick_years(&mut self, p: &mut Profile, s: String, today: Date) {
        let i = self.quick_work(p);
        if let Some(years) = number::<u8>(&s).filter(|y| *y <= 60) {
            let from = today.add_months(-12 * i64::from(years));
            let text = super::month_text(from);
            self.work_from(p, i, text);
            super::with_work(p, i, |w: &mut Work| w.to = None);
        }
        self.years = s;
    }

    /// The short form's twelve fields.
    pub(super) fn quick_view<'a>(
        &'a self,
        l: Lang,
        c: &'a Catalog,
        p: &'a Profile,
        today: Date,
    ) -> Element<'a, Message> {
        let roles: Vec<Named> = std::iter::once(Named(None, l.profile_none().into()))
            .chain(
                c.roles
                    .iter()
                    .map(|r| Named(Some(r.id.clone()), l.pick(&r.name).into())),
            )
            .collect();
        let role = roles.iter().find(|n| n.0 == p.role).cloned();
        let first = p.work.as_ref().and_then(|w| w.first());
        let areas: Vec<AreaItem> = AREAS.iter().map(|a| AreaItem(*a, l)).collect();
        let hours = self.work.first().map(|w| w.hours.as_str()).unwrap_or("");
        let subject = |s: Subject| {
            let levels: Vec<LevelItem> = std::iter::once(LevelItem(None, l))
                .chain(LEVELS.iter().map(|v| LevelItem(Some(*v), l)))
                .collect();
            let now = p.subject_level(s).flatten();
            labelled(
                l.subject(s),
                pick_list(levels, Some(LevelItem(now, l)), move |v| {
                    Message::SubjectLevel(s, v.0)
                }),
            )
        };
        let e = p.employment.clone().unwrap_or_default();
        let small = |value: &'a str, hint: &'a str, on: fn(String) -> Message| {
            text_input(hint, value).on_input(on).width(110).padding(8)
        };
        let body = column![
            row![
                labelled(
                    l.profile_birth_year(),
                    small(&self.birth_year, "1978", Message::BirthYear)
                ),
                labelled(
                    l.profile_role(),
                    pick_list(roles, role, |n| Message::Role(n.0))
                ),
                labelled(
                    l.profile_year_trained(),
                    small(&self.year_trained, "2015", Message::QuickYearTrained)
                ),
            ]
            .spacing(style::GAP),
            row![
                labelled(
                    l.profile_area(),
                    pick_list(areas, first.map(|w| AreaItem(w.area, l)), |a| {
                        Message::QuickArea(a.0)
                    })
                ),
                labelled(l.profile_hours(), small(hours, "37", Message::QuickHours)),
                labelled(
                    l.profile_years_in_area(),
                    text_input("5", &self.years)
                        .on_input(move |s| Message::QuickYears(s, today))
                        .width(110)
                        .padding(8)
                ),
            ]
            .spacing(style::GAP),
            QUICK_SUBJECTS
                .into_iter()
                .fold(row![].spacing(style::GAP), |r, s| r.push(subject(s))),
            row![
                labelled(
                    l.profile_sector(),
                    pick_list(opt_list(l, &SECTORS), Some(Opt(e.sector, l)), |o| {
                        Message::Sector(o.0)
                    })
                ),
                labelled(
                    l.profile_union(),
                    pick_list(opt_list(l, &UNIONS), Some(Opt(e.union, l)), |o| {
                        Message::Union(o.0)
                    })
                ),
                labelled(
                    l.profile_under_notice(),
                    yes_no(l, e.under_notice, Message::UnderNotice)
                ),
            ]
            .spacing(style::GAP),
        ]
        .spacing(style::GAP);
        widgets::section(l.profile_quick(), body)
    }
}
