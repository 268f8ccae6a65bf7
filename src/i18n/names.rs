//! Names of the catalogue's enumerations (subjects, areas, sectors, ...) and requirement phrases,
//! as shown by the Explore detail view and the Profile form.

use super::Lang;
use crate::catalog::{Area, Certificate, Confidence, Cost, Level, Sector, Signer, Subject, Union};

strings! {
    req_all: "Alle disse:", "All of these:";
    req_any: "Én af disse:", "One of these:";
    req_at_least: "Mindst {} af disse:", "At least {} of these:";
    req_holds: "Har {}", "Has {}";
    req_after: "efter {}", "after {}";
    req_before: "før {}", "before {}";
    req_subject: "{s} på mindst niveau {l}", "{s} at level {l} or higher";
    req_certificate: "Bevis: {}", "Certificate: {}";
    req_age_min: "Mindst {} år gammel", "At least {} years old";
    req_age_at_signing: "(alderen tæller den dag, kontrakten skrives under)", "(the age counts on the day the contract is signed)";
    req_age_max: "Højst {} år gammel", "At most {} years old";
    req_experience: "{} måneders erhvervserfaring", "{} months of work experience";
    req_within: "inden for de seneste {} år", "within the last {} years";
    req_in_areas: "inden for", "in";
    req_day_share: "mindst {} % dagarbejde", "at least {} % day work";
    req_employed: "Ansat", "Employed";
    req_in_sector: "i", "in";
    req_union: "dækket af overenskomst via", "covered by an agreement through";
    req_seniority: "mindst {} års anciennitet", "at least {} years' seniority";
    req_weeks_employer: "mindst {} uger hos arbejdsgiveren", "at least {} weeks with the employer";
    req_not_notice: "ikke opsagt", "not under notice";
    req_notice: "opsagt", "under notice";
    req_not_elev: "ikke elev", "not an apprentice";
    req_edu_min: "Uddannelse mindst: {}", "Education at least: {}";
    req_edu_max: "Uddannelse højst: {}", "Education at most: {}";
    req_outdated_ok: "(en uddannelse der ikke er brugt i 5 år tæller ikke)", "(an education unused for 5 years does not count)";
    req_dagpenge: "Modtager dagpenge", "Receives unemployment benefit (dagpenge)";
    req_contract: "Har en uddannelsesaftale med en arbejdsgiver", "Has a training contract (uddannelsesaftale) with an employer";
    req_no_dropout: "Er ikke faldet fra {} på voksenelevløn", "Has not dropped out of {} on the adult student wage (voksenelevløn)";
    req_closed_by: "kan nås med: {}", "can be reached with: {}";
    subject_dansk: "Dansk", "Danish";
    subject_engelsk: "Engelsk", "English";
    subject_naturfag: "Naturfag", "Science";
    subject_matematik: "Matematik", "Mathematics";
    subject_biologi: "Biologi", "Biology";
    subject_kemi: "Kemi", "Chemistry";
    subject_fysik: "Fysik", "Physics";
    subject_samfundsfag: "Samfundsfag", "Social studies";
    subject_psykologi: "Psykologi", "Psychology";
    subject_bioteknologi: "Bioteknologi", "Biotechnology";
    subject_geovidenskab: "Geovidenskab", "Geoscience";
    subject_erhvervsoekonomi: "Erhvervsøkonomi", "Business economics";
    subject_virksomhedsoekonomi: "Virksomhedsøkonomi", "Company economics";
    subject_idraet: "Idræt", "Sport";
    cert_first_aid: "Førstehjælp", "First aid";
    cert_fire: "Brandbekæmpelse", "Fire fighting";
    area_hjemmepleje: "Hjemmepleje", "Home care";
    area_plejecenter: "Plejecenter", "Care home";
    area_sygehus: "Sygehus", "Hospital";
    area_psykiatri: "Psykiatri", "Psychiatry";
    area_handicap: "Handicap", "Disability";
    area_boern: "Børn", "Children";
    area_administration: "Administration", "Administration";
    area_andet: "Andet", "Other";
    sector_kommune: "Kommune", "Municipality";
    sector_region: "Region", "Region";
    sector_stat: "Staten", "The state";
    sector_privat: "Privat", "Private";
    union_foa: "FOA", "FOA";
    union_3f: "3F", "3F";
    union_bupl: "BUPL", "BUPL";
    union_hk: "HK Kommunal", "HK Kommunal";
    union_sl: "Socialpædagogerne", "Socialpædagogerne (SL)";
    union_dsr: "Dansk Sygeplejeråd", "Danish Nurses' Organisation";
    union_akademikerne: "Akademikerne", "Akademikerne";
    union_andet: "Anden", "Other";
    conf_official: "Officiel kilde", "Official source";
    conf_fund: "Fondens egen side", "The fund's own page";
    conf_union: "Fagforening", "Union";
    conf_school: "Skole", "School";
    conf_municipal: "Kommune", "Municipality";
    conf_secondary: "Andenhånds kilde", "Secondary source";
    conf_unconfirmed: "Ikke bekræftet", "Unconfirmed";
    cost_fees: "Deltagergebyr", "Fees";
    cost_materials: "Materialer", "Materials";
    cost_transport: "Transport", "Transport";
    cost_accommodation: "Ophold", "Accommodation";
    cost_wage_difference: "Lønforskel", "Wage difference";
    cost_wage_compensation: "Lønkompensation", "Wage compensation";
    cost_living: "Forsørgelse", "Living allowance";
    cost_wage: "Løn", "Wage";
}

impl Lang {
    pub fn subject(self, s: Subject) -> &'static str {
        match s {
            Subject::Dansk => self.subject_dansk(),
            Subject::Engelsk => self.subject_engelsk(),
            Subject::Naturfag => self.subject_naturfag(),
            Subject::Matematik => self.subject_matematik(),
            Subject::Biologi => self.subject_biologi(),
            Subject::Kemi => self.subject_kemi(),
            Subject::Fysik => self.subject_fysik(),
            Subject::Samfundsfag => self.subject_samfundsfag(),
            Subject::Psykologi => self.subject_psykologi(),
            Subject::Bioteknologi => self.subject_bioteknologi(),
            Subject::Geovidenskab => self.subject_geovidenskab(),
            Subject::Erhvervsoekonomi => self.subject_erhvervsoekonomi(),
            Subject::Virksomhedsoekonomi => self.subject_virksomhedsoekonomi(),
            Subject::Idraet => self.subject_idraet(),
        }
    }

    pub fn level(self, l: Level) -> &'static str {
        match l {
            Level::A => "A",
            Level::B => "B",
            Level::C => "C",
            Level::D => "D",
            Level::E => "E",
            Level::F => "F",
            Level::G => "G",
        }
    }

    pub fn certificate(self, c: Certificate) -> &'static str {
        match c {
            Certificate::Foerstehjaelp => self.cert_first_aid(),
            Certificate::Brandbekaempelse => self.cert_fire(),
        }
    }

    pub fn area(self, a: Area) -> &'static str {
        match a {
            Area::Hjemmepleje => self.area_hjemmepleje(),
            Area::Plejecenter => self.area_plejecenter(),
            Area::Sygehus => self.area_sygehus(),
            Area::Psykiatri => self.area_psykiatri(),
            Area::Handicap => self.area_handicap(),
            Area::Boern => self.area_boern(),
            Area::Administration => self.area_administration(),
            Area::Andet => self.area_andet(),
        }
    }

    pub fn sector(self, s: Sector) -> &'static str {
        match s {
            Sector::Kommune => self.sector_kommune(),
            Sector::Region => self.sector_region(),
            Sector::Stat => self.sector_stat(),
            Sector::Privat => self.sector_privat(),
        }
    }

    pub fn union(self, u: Union) -> &'static str {
        match u {
            Union::Foa => self.union_foa(),
            Union::TreF => self.union_3f(),
            Union::Bupl => self.union_bupl(),
            Union::HkKommunal => self.union_hk(),
            Union::Sl => self.union_sl(),
            Union::Dsr => self.union_dsr(),
            Union::Akademikerne => self.union_akademikerne(),
            Union::Andet => self.union_andet(),
        }
    }

    pub fn confidence(self, c: Confidence) -> &'static str {
        match c {
            Confidence::Official => self.conf_official(),
            Confidence::Fund => self.conf_fund(),
            Confidence::Union => self.conf_union(),
            Confidence::School => self.conf_school(),
            Confidence::Municipal => self.conf_municipal(),
            Confidence::Secondary => self.conf_secondary(),
            Confidence::Unconfirmed => self.conf_unconfirmed(),
        }
    }

    pub fn cost(self, c: Cost) -> &'static str {
        match c {
            Cost::Fees => self.cost_fees(),
            Cost::Materials => self.cost_materials(),
            Cost::Transport => self.cost_transport(),
            Cost::Accommodation => self.cost_accommodation(),
            Cost::WageDifference => self.cost_wage_difference(),
            Cost::WageCompensation => self.cost_wage_compensation(),
            Cost::LivingAllowance => self.cost_living(),
            Cost::Wage => self.cost_wage(),
        }
    }

    /// Who must sign an application.
    pub fn signer(self, s: Signer) -> &'static str {
        match s {
            Signer::Employee => self.signer_employee(),
            Signer::Leader => self.signer_leader(),
            Signer::Tr => self.signer_tr(),
            Signer::School => self.signer_school(),
            Signer::Jobcenter => self.signer_jobcenter(),
        }
    }
}
