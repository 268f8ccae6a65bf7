//! What-if: the same query with a changed profile, and what changed, as typed facts.

use super::profile::{Profile, SubjectLevel, Work};
use super::reason::Reason;
use super::routes::{Query, Route, find_routes};
use crate::catalog::{Catalog, Date, Level, Money, Subject, Weeks};
use serde::Serialize;
use std::sync::Arc;

/// The routes before and after a change to the profile, and the differences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhatIf {
    pub before: Vec<Route>,
    pub after: Vec<Route>,
    /// One entry per difference; empty when the change makes no difference.
    pub changes: Vec<Change>,
}

/// One difference between the routes before and after. `route` indexes `after` for a new
/// route and `before` for the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Change {
    NewRoute {
        route: usize,
    },
    Gone {
        route: usize,
    },
    Length {
        route: usize,
        before: Weeks,
        after: Weeks,
    },
    Cost {
        route: usize,
        before: Money,
        after: Money,
    },
    Income {
        route: usize,
        before: Option<Money>,
        after: Option<Money>,
    },
    OpenNoMore {
        reason: Arc<Reason>,
    },
    OpenNew {
        reason: Arc<Reason>,
    },
}

/// Re-runs the query with the changed profile and reports what changed per route.
pub fn what_if(catalog: &Catalog, base: &Profile, changed: &Profile, query: &Query) -> WhatIf {
    let before = find_routes(catalog, base, query);
    let after = find_routes(catalog, changed, query);
    let mut changes = Vec::new();
    for (i, r) in after.iter().enumerate() {
        if !before.iter().any(|b| b.id == r.id) {
            changes.push(Change::NewRoute { route: i });
        }
    }
    for (route, b) in before.iter().enumerate() {
        match after.iter().find(|a| a.id == b.id) {
            Some(a) => diff_route(route, b, a, &mut changes),
            None => changes.push(Change::Gone { route }),
        }
    }
    WhatIf {
        before,
        after,
        changes,
    }
}

fn diff_route(route: usize, b: &Route, a: &Route, out: &mut Vec<Change>) {
    let (tb, ta) = (&b.totals, &a.totals);
    if ta.calendar != tb.calendar {
        let (before, after) = (tb.calendar, ta.calendar);
        out.push(Change::Length {
            route,
            before,
            after,
        });
    }
    if ta.net_cost != tb.net_cost {
        let (before, after) = (tb.net_cost, ta.net_cost);
        out.push(Change::Cost {
            route,
            before,
            after,
        });
    }
    if ta.monthly_income != tb.monthly_income {
        let (before, after) = (tb.monthly_income, ta.monthly_income);
        out.push(Change::Income {
            route,
            before,
            after,
        });
    }
    for c in &b.open {
        if !a.open.iter().any(|x| x.reason == c.reason) {
            out.push(Change::OpenNoMore {
                reason: c.reason.clone(),
            });
        }
    }
    for c in &a.open {
        if !b.open.iter().any(|x| x.reason == c.reason) {
            out.push(Change::OpenNew {
                reason: c.reason.clone(),
            });
        }
    }
}

/// The what-if changes to the profile, each on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WhatIfs {
    pub english_d: bool,
    pub danish_science_c: bool,
    pub hours_30: bool,
    pub age_25: bool,
    /// A signed training contract (uddannelsesaftale).
    pub contract: bool,
}

/// One what-if toggle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toggle {
    EnglishD,
    DanishScienceC,
    Hours30,
    Age25,
    Contract,
}

impl Toggle {
    pub const ALL: [Toggle; 5] = [
        Toggle::EnglishD,
        Toggle::DanishScienceC,
        Toggle::Hours30,
        Toggle::Age25,
        Toggle::Contract,
    ];
}

impl WhatIfs {
    pub fn any(self) -> bool {
        self.english_d || self.danish_science_c || self.hours_30 || self.age_25 || self.contract
    }

    pub fn get(self, t: Toggle) -> bool {
        match t {
            Toggle::EnglishD => self.english_d,
            Toggle::DanishScienceC => self.danish_science_c,
            Toggle::Hours30 => self.hours_30,
            Toggle::Age25 => self.age_25,
            Toggle::Contract => self.contract,
        }
    }

    pub fn set(&mut self, t: Toggle, on: bool) {
        match t {
            Toggle::EnglishD => self.english_d = on,
            Toggle::DanishScienceC => self.danish_science_c = on,
            Toggle::Hours30 => self.hours_30 = on,
            Toggle::Age25 => self.age_25 = on,
            Toggle::Contract => self.contract = on,
        }
    }

    /// The switches worth offering this person: those that would change their profile (no
    /// "if I were 25" for someone who is 41, no "if I had English D" for someone who has it).
    pub fn offered(base: &Profile, today: Date) -> Vec<Toggle> {
        Toggle::ALL
            .into_iter()
            .filter(|&t| {
                let mut one = WhatIfs::default();
                one.set(t, true);
                one.apply(base, today) != *base
            })
            .collect()
    }

    /// A copy of the profile with the switched-on changes made.
    pub fn apply(self, base: &Profile, today: Date) -> Profile {
        let mut p = base.clone();
        let mut raise = |subject: Subject, level: Level| {
            let list = p.subjects.get_or_insert_with(Vec::new);
            let has = list
                .iter()
                .any(|s| s.subject == subject && s.level.rank() >= level.rank());
            if !has {
                list.retain(|s| s.subject != subject);
                list.push(SubjectLevel { subject, level });
            }
        };
        if self.english_d {
            raise(Subject::Engelsk, Level::D);
        }
        if self.danish_science_c {
            raise(Subject::Dansk, Level::C);
            raise(Subject::Naturfag, Level::C);
        }
        if self.hours_30 {
            match p.work.as_mut() {
                Some(list) if !list.is_empty() => {
                    for w in list.iter_mut().filter(|w| w.to.is_none()) {
                        w.hours_per_week = 30;
                    }
                }
                // With no history known, assume a current job of 30 hours begun two years ago.
                _ => {
                    p.work = Some(vec![Work {
                        hours_per_week: 30,
                        from: today.add_months(-24),
                        ..Work::default()
                    }])
                }
            }
        }
        if self.age_25 {
            // Born 26 years before this year is 25 by any date this year (born 1 July counting).
            let latest = today.year.saturating_sub(26);
            p.birth_year = Some(p.birth_year.map_or(latest, |b| b.min(latest)));
        }
        if self.contract {
            p.training_contract = Some(true);
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_switches_that_change_something_are_offered() {
        let today = Date::new(2026, 11, 29);
        let p = Profile {
            birth_year: Some(1985),
            subjects: Some(vec![SubjectLevel {
                subject: Subject::Engelsk,
                level: Level::C,
            }]),
            training_contract: Some(true),
            ..Profile::default()
        };
        let offered = WhatIfs::offered(&p, today);
        assert!(
            !offered.contains(&Toggle::Age25),
            "41 years old: {offered:?}"
        );
        assert!(!offered.contains(&Toggle::EnglishD), "has English C");
        assert!(!offered.contains(&Toggle::Contract), "has a contract");
        assert!(offered.contains(&Toggle::DanishScienceC));
        // Nothing known: every switch may matter.
        assert_eq!(WhatIfs::offered(&Profile::default(), today), Toggle::ALL);
    }

    #[test]
    fn the_switches_change_a_copy_and_never_lower_what_is_there() {
        let today = Date::new(2026, 11, 29);
        let base = Profile {
            birth_year: Some(2005),
            subjects: Some(vec![SubjectLevel {
                subject: Subject::Engelsk,
                level: Level::C,
            }]),
            ..Profile::default()
        };
        let mut w = WhatIfs::default();
        assert!(!w.any());
        w.set(Toggle::EnglishD, true);
        w.set(Toggle::Age25, true);
        w.set(Toggle::Hours30, true);
        w.set(Toggle::Contract, true);
        let p = w.apply(&base, today);
        assert_eq!(p.training_contract, Some(true));
        // Engelsk C stays C (D is lower); the person is 25 within the year; a job of 30 hours.
        assert_eq!(p.subject_level(Subject::Engelsk), Some(Some(Level::C)));
        assert_eq!(p.birth_year, Some(2000));
        assert_eq!(p.work.as_ref().unwrap()[0].hours_per_week, 30);
        assert_eq!(base.birth_year, Some(2005), "the base profile is untouched");
    }
}
