//! The values the profile form's pick lists offer, and how each is shown in a language.

use crate::catalog::{Area, Catalog, EduLevel, Id, Level, Sector, Union};
use crate::engine::profile::GymExam;
use crate::i18n::Lang;
use std::fmt;

pub(super) const LEVELS: [Level; 7] = [
    Level::A,
    Level::B,
    Level::C,
    Level::D,
    Level::E,
    Level::F,
    Level::G,
];
pub(super) const AREAS: [Area; 8] = [
    Area::Hjemmepleje,
    Area::Plejecenter,
    Area::Sygehus,
    Area::Psykiatri,
    Area::Handicap,
    Area::Boern,
    Area::Administration,
    Area::Andet,
];
pub(super) const SECTORS: [Sector; 4] = [
    Sector::Kommune,
    Sector::Region,
    Sector::Stat,
    Sector::Privat,
];
pub(super) const UNIONS: [Union; 8] = [
    Union::Foa,
    Union::TreF,
    Union::Bupl,
    Union::HkKommunal,
    Union::Sl,
    Union::Dsr,
    Union::Akademikerne,
    Union::Andet,
];

/// Every school that offers some programme in the catalogue, by name.
pub fn schools(c: &Catalog) -> Vec<String> {
    let mut out: Vec<String> = c
        .programmes
        .iter()
        .flat_map(|p| &p.offerings)
        .map(|o| o.provider.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// A gymnasial exam kind (or none) shown in a language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gym(pub Option<GymExam>, pub Lang);

pub(super) fn gym_list(l: Lang) -> Vec<Gym> {
    std::iter::once(Gym(None, l))
        .chain(GymExam::ALL.iter().map(|g| Gym(Some(*g), l)))
        .collect()
}

impl fmt::Display for Gym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            None => self.1.profile_gymnasial_none(),
            Some(GymExam::Stx) => "stx",
            Some(GymExam::Hf) => "hf",
            Some(GymExam::Hhx) => "hhx",
            Some(GymExam::Htx) => "htx",
            Some(GymExam::Eux) => "eux",
            Some(GymExam::Other) => self.1.profile_gym_other(),
        })
    }
}

/// An id with its display name, for pick lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Named(pub Option<Id>, pub String);

impl fmt::Display for Named {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.1)
    }
}

/// An optional enum value shown in a language ("Ved ikke" when unset).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Opt<T>(pub Option<T>, pub Lang);

pub(super) fn opt_list<T: Copy>(l: Lang, all: &[T]) -> Vec<Opt<T>> {
    std::iter::once(Opt(None, l))
        .chain(all.iter().map(|v| Opt(Some(*v), l)))
        .collect()
}

/// Names an enum value in a language.
pub trait Label: Copy {
    fn label(self, l: Lang) -> &'static str;
}

impl Label for EduLevel {
    fn label(self, l: Lang) -> &'static str {
        crate::ui::detail::level_name(l, self)
    }
}
impl Label for Sector {
    fn label(self, l: Lang) -> &'static str {
        l.sector(self)
    }
}
impl Label for Union {
    fn label(self, l: Lang) -> &'static str {
        l.union(self)
    }
}

impl<T: Label> fmt::Display for Opt<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            None => self.1.unknown(),
            Some(v) => v.label(self.1),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaItem(pub Area, pub Lang);

impl fmt::Display for AreaItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.1.area(self.0))
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LevelItem(pub Option<Level>, pub Lang);

impl fmt::Display for LevelItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            None => f.write_str(self.1.profile_not_taken()),
            Some(v) => f.write_str(self.1.level(v)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YesNo(pub Option<bool>, pub Lang);

impl fmt::Display for YesNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let l = self.1;
        f.write_str(match self.0 {
            None => l.unknown(),
            Some(true) => l.yes(),
            Some(false) => l.no(),
        })
    }
}
