//! Strings of the Explore screen and its detail view.

use super::Lang;

strings! {
    explore_title: "Udforsk", "Explore";
    explore_search: "Søg efter job, uddannelser, AMU-kurser og støtte", "Search jobs, programmes, AMU courses and funding";
    explore_hits: "{} fundet", "{} found";
    explore_no_hits: "Intet fundet. Prøv et andet ord eller fjern filtre.", "Nothing found. Try another word or remove filters.";
    kind_all: "Alt", "Everything";
    kind_role: "Job", "Jobs";
    kind_programme: "Uddannelser", "Programmes";
    kind_amu: "AMU-kurser", "AMU courses";
    kind_funding: "Støtte", "Funding";
    hit_role: "Job", "Job";
    hit_programme: "Uddannelse", "Programme";
    hit_amu: "AMU-kursus", "AMU course";
    hit_funding: "Støtte", "Funding";
    filter_level: "Niveau", "Level";
    filter_any: "Alle", "Any";
    filter_length: "Længde højst", "Length at most";
    filter_pace: "Tempo", "Pace";
    filter_paid: "Løn eller ydelse mens du læser", "Paid while studying";
    filter_funded: "Der findes støtte", "Funding available";
    filter_clear: "Ryd filtre", "Clear filters";
    pace_full: "Fuld tid", "Full time";
    pace_part: "Deltid", "Part time";
    pace_modular: "Moduler", "Modules";
    detail_what: "Hvad er det", "What it is";
    detail_for_you: "Hvad det koster dig, og hvem der betaler", "What it costs you, and who pays";
    detail_length: "Længde og opbygning", "Length and structure";
    detail_school: "Skole", "School";
    detail_placement: "Praktik/oplæring", "Placement";
    detail_calendar: "I alt i kalendertid", "Calendar time in all";
    detail_requirements: "Krav for at komme ind", "Entry requirements";
    detail_open: "Åben for alle.", "Open to everyone.";
    detail_leads_to: "Fører til", "Leads to";
    detail_led_from: "Uddannelser der fører hertil", "Programmes leading here";
    detail_offered: "Hvem udbyder den, og hvor", "Who offers it, and where";
    detail_funding: "Støtte der kan gælde", "Funding that can apply";
    detail_sources: "Kilder", "Sources";
    detail_checked: "tjekket", "checked";
    detail_uncertain: "Usikker oplysning", "Uncertain information";
    detail_unconfirmed: "Kilden er ikke bekræftet.", "The source is not confirmed.";
    detail_salary: "Løn", "Pay";
    detail_workplaces: "Arbejdssteder", "Workplaces";
    detail_covers: "Dækker", "Covers";
    detail_how_apply: "Sådan søger du", "How to apply";
    detail_status_open: "Åben for ansøgninger", "Open for applications";
    detail_status_closed: "Lukket lige nu", "Closed at the moment";
    detail_status_unknown: "Status ukendt", "Status unknown";
    detail_administrator: "Administreres af", "Administered by";
    detail_fee: "Pris", "Fee";
    detail_tracks: "Veje igennem", "Ways through";
    detail_pay: "Løn mens du læser", "Pay while studying";
    detail_intakes: "Optag", "Intake";
    detail_authorised: "Autoriseret sundhedsperson", "Authorised health professional";
    detail_find_routes: "Find ruter hertil", "Find routes here";
    detail_compare: "Sammenlign med andre", "Compare with others";
    detail_per_month: "om måneden", "a month";
    detail_loentrin: "løntrin", "pay step";
    detail_not_found: "Findes ikke i kataloget.", "Not in the catalogue.";
}

strings! {
    level_grundskole: "Grundskole", "Primary school";
    level_gymnasial: "Gymnasial", "Upper secondary";
    level_eud: "Erhvervsuddannelse", "Vocational (EUD)";
    level_kvu: "Kort videregående", "Short-cycle higher";
    level_akademi: "Akademi", "Academy";
    level_pb: "Professionsbachelor", "Professional bachelor";
    level_diplom: "Diplom", "Diploma";
    level_kandidat: "Kandidat", "Master's";
}

impl Lang {
    /// The words for an old source, with the number the code uses.
    pub fn detail_old_source(self) -> String {
        let n = crate::catalog::STALE_MONTHS;
        match self {
            Lang::Da => format!("Kilden er tjekket for mere end {n} måneder siden."),
            Lang::En => format!("The source was checked more than {n} months ago."),
        }
    }
}
