//! Strings of the catalogue problems screen.

use super::Lang;

strings! {
    problems_title: "Fejl i kataloget", "Problems in the catalogue";
    problems_intro: "Disse filer har fejl. Ret dem og tryk Genindlæs. Det der kunne læses, bruges stadig.", "These files have problems. Fix them and press Reload. What could be read is still used.";
    problems_none: "Kataloget har ingen fejl.", "The catalogue has no problems.";
    problems_reload: "Genindlæs", "Reload";
    problems_open_folder: "Åbn mappe", "Open folder";
    problems_error: "Fejl", "Error";
    problems_warning: "Advarsel", "Warning";
    problems_unreadable: "Kunne ikke læses", "Could not be read";
    problems_reloaded: "Kataloget er genindlæst.", "The catalogue was reloaded.";
    live_reloaded: "Kataloget er genindlæst, fordi {} blev ændret.", "The catalogue was reloaded because {} changed.";
    live_new_problem: "Ny fejl: {}", "New problem: {}";
    live_now_clean: "Kataloget har ingen fejl nu.", "The catalogue has no errors now.";
    problems_show_warnings: "Vis også advarsler ({})", "Show warnings too ({})";
    problems_hide_warnings: "Skjul advarsler", "Hide warnings";
    problems_counts: "{e} fejl, {w} advarsler", "{e} errors, {w} warnings";
}
