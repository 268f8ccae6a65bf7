//! Strings of the Profile screen.

use super::Lang;

strings! {
    profile_title: "Din profil", "Your profile";
    profile_intro: "Alt er frivilligt. Jo mere du udfylder, jo mere præcise bliver ruterne. Spring over det du ikke ved.", "Everything is optional. The more you fill in, the more precise the routes. Skip what you do not know.";
    profile_name: "Navn på profilen", "Profile name";
    profile_name_help: "Kun til at kende profilen igen, fx dit fornavn. Vises ikke andre steder.", "Only to recognise the profile later, e.g. your first name. Not shown elsewhere.";
    profile_role: "Dit job nu", "Your job now";
    profile_role_help: "Det job du har i dag. Ruterne starter herfra.", "The job you have today. Routes start from here.";
    profile_birth_year: "Fødselsår", "Year of birth";
    profile_birth_year_help: "Bruges til alderskrav, fx at man skal være fyldt 25 for voksenelevløn.", "Used for age rules, e.g. being 25 or older for the adult student wage (voksenelevløn).";
    profile_quals: "Uddannelser du har gennemført", "Qualifications you have completed";
    profile_quals_help: "Fx social- og sundhedshjælper eller et AMU-kursus. Giver merit og opfylder krav.", "E.g. SOSU helper or an AMU course. Gives credit and meets requirements.";
    profile_add: "Tilføj", "Add";
    profile_remove: "Fjern", "Remove";
    profile_education: "Højeste uddannelse", "Highest education";
    profile_education_help: "Nogle tilskud gælder kun, hvis du ikke har en højere uddannelse.", "Some grants apply only if you have no higher education.";
    profile_subjects: "Fag og niveauer", "Subjects and levels";
    profile_subjects_help: "Dansk, engelsk og naturfag på et bestemt niveau kræves af mange uddannelser. Vælg 'Ikke taget' hvis du ikke har faget.", "Many programmes ask for Danish, English and science at a certain level. Choose 'Not taken' if you do not have the subject.";
    profile_subjects_known: "Jeg kender mine fag", "I know my subjects";
    profile_not_taken: "Ikke taget", "Not taken";
    profile_work: "Erhvervserfaring", "Work experience";
    profile_work_help: "Hver periode med arbejde: område, timer om ugen, fra–til (år-måned) og hvor stor en del der var dagvagt (tom = ved ikke). Tid som elev tæller ikke.", "Each period of work: area, hours a week, from–to (year-month) and how much of it was day shifts (empty = do not know). Time as an apprentice does not count.";
    profile_day_share: "Dagvagt (%)", "Day shifts (%)";
    profile_bad_share: "Skriv dagvagt som et tal fra 0 til 100, eller lad feltet stå tomt.", "Write day shifts as a number from 0 to 100, or leave the field empty.";
    profile_certificates: "Beviser", "Certificates";
    profile_certificates_help: "SOSU-hovedforløbene kræver begge. Har du dem ikke, viser ruterne hvor du kan tage dem.", "The SOSU main programmes ask for both. If you lack them, the routes show where to get them.";
    profile_first_aid: "Førstehjælpsbevis", "First-aid certificate";
    profile_fire: "Bevis i brandbekæmpelse", "Fire-fighting certificate";
    profile_outdated: "Har du ikke brugt din højeste uddannelse i fem år eller mere?", "Have you not used your highest education for five years or more?";
    profile_outdated_help: "Nogle tilskud regner en uddannelse, du ikke har brugt i fem år, som om du ikke havde den.", "Some grants count an education you have not used for five years as if you did not have it.";
    profile_dropouts: "Har du afbrudt en af disse uddannelser på voksenelevløn?", "Have you dropped out of one of these programmes on the adult student wage (voksenelevløn)?";
    profile_dropouts_help: "Har du det, kan voksenelevløn og nogle tilskud til den samme uddannelse være udelukket.", "If you have, the adult student wage (voksenelevløn) and some grants for the same programme may be ruled out.";
    profile_start: "Hvornår vil du starte? (ÅÅÅÅ-MM)", "When do you want to start? (YYYY-MM)";
    profile_start_help: "Ruternes datoer, alder og satser regnes fra denne måned. Tom = fra i dag.", "Route dates, age and rates are worked out from this month. Empty = from today.";
    profile_add_work: "Tilføj periode", "Add period";
    profile_area: "Område", "Area";
    profile_hours: "Timer/uge", "Hours/week";
    profile_from: "Fra (ÅÅÅÅ-MM)", "From (YYYY-MM)";
    profile_to: "Til (tom = nu)", "To (empty = now)";
    profile_employment: "Ansættelse", "Employment";
    profile_employment_help: "Hvor du er ansat og hvilken overenskomst du er på. Afgør hvilke fonde du kan søge.", "Where you work and which agreement covers you. Decides which funds you can apply to.";
    profile_sector: "Sektor", "Sector";
    profile_union: "Fagforening/overenskomst", "Union/agreement";
    profile_seniority: "Anciennitet (år)", "Seniority (years)";
    profile_under_notice: "Er du opsagt?", "Are you under notice?";
    profile_is_elev: "Er du elev nu?", "Are you an apprentice now?";
    profile_pay: "Løn om måneden før skat (kr.)", "Monthly pay before tax (DKK)";
    profile_pay_help: "Bruges til at regne ud hvad du tjener undervejs, og om du går ned i løn.", "Used to work out what you earn on the way, and whether your pay drops.";
    profile_dagpenge: "Får du dagpenge?", "Do you receive dagpenge?";
    profile_dagpenge_help: "Ledige på dagpenge kan have ret til uddannelsesløft med 110 % af dagpengene.", "Unemployed people on dagpenge may get uddannelsesløft at 110 % of dagpenge.";
    profile_contract: "Har du skrevet under på en uddannelsesaftale?", "Have you signed a training contract (uddannelsesaftale)?";
    profile_contract_help: "En aftale med en arbejdsgiver om at tage uddannelsen som elev. Med den gælder kravet om 02 i dansk og matematik ikke for grundforløb 2.", "An agreement with an employer to take the programme as a student. With one, the 02 requirement in Danish and maths does not apply to GF2.";
    profile_bad_number: "Skriv et tal.", "Write a number.";
    profile_bad_date: "Skriv år og måned som 2019-08.", "Write year and month like 2019-08.";
    profile_save: "Gem profil", "Save profile";
    profile_saved: "Profilen er gemt.", "The profile was saved.";
    profile_guest_no_save: "Du er gæst, så profilen gemmes ikke.", "You are a guest, so the profile is not saved.";
    profile_find_routes: "Find ruter", "Find routes";
    profile_default_name: "Min profil", "My profile";
    profile_not_saved: "Profilen kunne ikke gemmes: {}", "The profile could not be saved: {}";
    profile_not_loaded: "Profilen kunne ikke læses: {}", "The profile could not be read: {}";
    profile_none: "Ikke valgt", "Not chosen";
    profile_quick: "Det vigtigste (kan udfyldes på to minutter)", "The essentials (two minutes to fill in)";
    profile_year_trained: "Uddannet i år", "Year trained";
    profile_years_in_area: "År i området", "Years in the area";
    profile_show_more: "Flere oplysninger (uddannelser, erfaring, beviser …)", "More details (qualifications, experience, certificates …)";
    profile_show_less: "Vis kun det vigtigste", "Show only the essentials";
    profile_no_certificates: "Jeg har ingen af dem", "I have neither";
    profile_has_job: "Har du et job nu?", "Do you have a job now?";
    profile_gymnasial: "Gymnasial eksamen", "Upper-secondary exam";
    profile_gymnasial_help: "Har du en studentereksamen, hf, hhx, htx eller eux, kan den erstatte grundforløb 2 og åbne kvote 1.", "An upper-secondary exam (stx, hf, hhx, htx or eux) can replace GF2 and opens kvote 1.";
    profile_gymnasial_none: "Ingen / ved ikke", "None / do not know";
    profile_gym_other: "Anden (godkendt som ligestillet)", "Other (recognised as equal)";
    profile_school: "Skole du helst vil gå på", "School you would prefer";
    profile_school_help: "Skolerne har ikke helt de samme optagelseskrav. Vælger du en, bruger ruterne dens regler, hvor Vejviser kender dem.", "Schools do not all have the same admission rules. If you choose one, the routes use its rules where Vejviser knows them.";
    profile_school_any: "Ingen bestemt", "No particular school";
    profile_contract_date: "Hvornår skriver du under på uddannelsesaftalen? (ÅÅÅÅ-MM)", "When do you sign the training contract? (YYYY-MM)";
    profile_contract_date_help: "Voksenelevløn kræver, at du er fyldt 25 den dag, du skriver under. Tom = ved ikke endnu.", "The adult student wage (voksenelevløn) needs you to be 25 on the day you sign. Empty = not known yet.";
}

impl Lang {
    /// Why a profile was refused for its size, with the list's name as written in the file.
    pub fn profile_too_large(self, t: &crate::engine::profile::TooLarge) -> String {
        let en = self == Lang::En;
        tr!(
            en,
            format!(
                "Profilen har {} punkter i listen `{}`; der kan højst være {}. Ret filen og prøv igen.",
                t.count, t.list, t.max
            ),
            format!(
                "The profile has {} items in the list `{}`; at most {} are allowed. Fix the file and try again.",
                t.count, t.list, t.max
            ),
        )
    }
}
