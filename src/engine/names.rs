//! Names in Danish and English for ids and enum values, used in reasons.

use crate::catalog::{Area, Catalog, EduLevel, Sector, Subject, Text, Union};

/// The name of a role or programme (or the id itself when unknown).
pub fn name_of(catalog: &Catalog, id: &str) -> Text {
    if let Some(p) = catalog.programme(id) {
        p.name.clone()
    } else if let Some(r) = catalog.role(id) {
        r.name.clone()
    } else if let Some(f) = catalog.funding_source(id) {
        f.name.clone()
    } else {
        Text::new(id, id)
    }
}

/// Danish and English names of a subject.
pub fn subject_name(s: Subject) -> (&'static str, &'static str) {
    match s {
        Subject::Dansk => ("Dansk", "Danish"),
        Subject::Engelsk => ("Engelsk", "English"),
        Subject::Naturfag => ("Naturfag", "Science"),
        Subject::Matematik => ("Matematik", "Mathematics"),
        Subject::Biologi => ("Biologi", "Biology"),
        Subject::Kemi => ("Kemi", "Chemistry"),
        Subject::Fysik => ("Fysik", "Physics"),
        Subject::Samfundsfag => ("Samfundsfag", "Social studies"),
        Subject::Psykologi => ("Psykologi", "Psychology"),
        Subject::Bioteknologi => ("Bioteknologi", "Biotechnology"),
        Subject::Geovidenskab => ("Geovidenskab", "Geoscience"),
        Subject::Erhvervsoekonomi => ("Erhvervsøkonomi", "Business economics"),
        Subject::Virksomhedsoekonomi => ("Virksomhedsøkonomi", "Company economics"),
        Subject::Idraet => ("Idræt", "Sport"),
    }
}

/// Danish and English names of a work area.
pub fn area_name(a: Area) -> (&'static str, &'static str) {
    match a {
        Area::Hjemmepleje => ("hjemmepleje", "home care"),
        Area::Plejecenter => ("plejecenter", "a care home"),
        Area::Sygehus => ("sygehus", "hospital"),
        Area::Psykiatri => ("psykiatri", "psychiatry"),
        Area::Handicap => ("handicapområdet", "disability care"),
        Area::Boern => ("børneområdet", "work with children"),
        Area::Administration => ("administration", "administration"),
        Area::Andet => ("andet arbejde", "other work"),
    }
}

/// Danish and English names of a sector.
pub fn sector_name(s: Sector) -> (&'static str, &'static str) {
    match s {
        Sector::Kommune => ("en kommune", "a municipality"),
        Sector::Region => ("en region", "a region"),
        Sector::Stat => ("staten", "the state"),
        Sector::Privat => ("det private", "a private employer"),
    }
}

/// The short name of a union.
pub fn union_name(u: Union) -> &'static str {
    match u {
        Union::Foa => "FOA",
        Union::TreF => "3F",
        Union::Bupl => "BUPL",
        Union::HkKommunal => "HK Kommunal",
        Union::Sl => "SL",
        Union::Dsr => "DSR",
        Union::Akademikerne => "Akademikerne",
        Union::Andet => "anden organisation",
    }
}

/// Danish and English names of an education level.
pub fn edu_name(e: EduLevel) -> (&'static str, &'static str) {
    match e {
        EduLevel::Grundskole => ("grundskole", "primary school"),
        EduLevel::Gymnasial => ("gymnasial uddannelse", "upper secondary"),
        EduLevel::Eud => ("erhvervsuddannelse", "vocational education"),
        EduLevel::Kvu => (
            "kort videregående uddannelse",
            "short-cycle higher education",
        ),
        EduLevel::Akademi => ("akademiuddannelse", "academy profession (adult)"),
        EduLevel::Professionsbachelor => ("professionsbachelor", "professional bachelor"),
        EduLevel::Diplom => ("diplomuddannelse", "diploma (adult bachelor level)"),
        EduLevel::Kandidat => ("kandidatuddannelse", "master's degree"),
    }
}
