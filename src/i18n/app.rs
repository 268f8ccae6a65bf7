//! Strings of the app shell: tabs, header controls, banner, notices, reset.

use super::Lang;

strings! {
    tab_start: "Start", "Start";
    tab_explore: "Udforsk", "Explore";
    tab_profile: "Profil", "Profile";
    tab_routes: "Ruter", "Routes";
    tab_compare: "Sammenlign", "Compare";
    tab_funding: "Støtte", "Funding";
    tab_plans: "Planer", "Plans";
    tab_problems: "Katalogfejl", "Catalogue problems";
    not_ready: "Denne side er ikke færdig endnu.", "This page is not finished yet.";
    back: "Tilbage", "Back";
    lang_label: "Sprog", "Language";
    theme_label: "Farver", "Colours";
    theme_light: "Lys", "Light";
    theme_dark: "Mørk", "Dark";
    theme_contrast: "Høj kontrast", "High contrast";
    text_size: "Tekststørrelse", "Text size";
    text_smaller: "A−", "A−";
    text_bigger: "A+", "A+";
    fullscreen: "Fuld skærm", "Full screen";
    reset: "Nulstil", "Reset";
    reset_question: "Nulstil til næste deltager? Profil, ruter og sammenligning bliver ryddet.", "Reset for the next participant? Profile, routes and comparison will be cleared.";
    reset_yes: "Ja, nulstil", "Yes, reset";
    reset_no: "Annullér", "Cancel";
    reset_delete_saved: "Slet også det, deltageren har gemt: {}", "Also delete what the participant saved: {}";
    reset_not_deleted: "Skærmen er nulstillet, men noget af det gemte kunne ikke slettes: {}", "The screen was reset, but some of what was saved could not be deleted: {}";
    reset_done: "Alt er nulstillet. Klar til næste deltager.", "Everything is cleared. Ready for the next participant.";
    banner_errors_one: "Kataloget har 1 fejl", "The catalogue has 1 error";
    banner_errors_many: "Kataloget har {} fejl", "The catalogue has {} errors";
    banner_show: "Vis fejlene", "Show the problems";
    dismiss: "Luk", "Close";
    open_folder: "Åbn mappen", "Open the folder";
    folder_not_opened: "Mappen kunne ikke åbnes, fordi der ikke er fundet et program til at vise mapper. Den ligger her: {}", "The folder could not be opened because no program to show folders was found. It is here: {}";
    settings_corrupt: "Indstillingsfilen kunne ikke læses og er gemt som {}. Programmet starter med standardindstillinger.", "The settings file could not be read and was kept as {}. The program starts with default settings.";
    settings_not_saved: "Indstillingerne kunne ikke gemmes: {}", "The settings could not be saved: {}";
    guest_mode: "Gæst – intet gemmes", "Guest – nothing is saved";
    dialogue_mode: "Dialogdag – intet gemmes", "Dialogue day – nothing is saved";
    dialogue_on: "Dialogdag", "Dialogue day";
    dialogue_off: "Afslut dialogdag", "End dialogue day";
    next_participant: "Næste deltager", "Next participant";
    dialogue_stay: "Jeg er her stadig", "I am still here";
    dialogue_no_files: "På en dialogdag gemmes, hentes og udskrives ingen filer, så intet bliver liggende på maskinen.", "On a dialogue day no files are saved, opened or printed, so nothing stays behind on the machine.";
}

impl Lang {
    /// The countdown before dialogue-day mode clears the screen.
    pub fn dialogue_countdown(self, seconds: u64) -> String {
        tr!(
            self.is_en(),
            format!("Ingen aktivitet: skærmen ryddes om {seconds} s til næste deltager."),
            format!("No activity: the screen clears for the next participant in {seconds} s."),
        )
    }
}

impl Lang {
    /// "1 profil og 2 planer".
    pub fn reset_saved_what(self, profiles: usize, plans: usize) -> String {
        let en = self.is_en();
        let profile = match (profiles, en) {
            (1, false) => "1 profil".to_string(),
            (n, false) => format!("{n} profiler"),
            (1, true) => "1 profile".to_string(),
            (n, true) => format!("{n} profiles"),
        };
        let plan = match (plans, en) {
            (1, false) => "1 plan".to_string(),
            (n, false) => format!("{n} planer"),
            (1, true) => "1 plan".to_string(),
            (n, true) => format!("{n} plans"),
        };
        match (profiles, plans) {
            (_, 0) => profile,
            (0, _) => plan,
            _ => format!("{profile} {} {plan}", tr!(en, "og", "and")),
        }
    }

    /// "Kataloget har N fejl".
    pub fn banner_errors(self, n: usize) -> String {
        if n == 1 {
            self.banner_errors_one().to_string()
        } else {
            self.banner_errors_many().replace("{}", &n.to_string())
        }
    }
}
