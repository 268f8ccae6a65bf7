//! Strings of the Start screen.

use super::Lang;

strings! {
    start_title: "Hvor er du nu?", "Where are you now?";
    start_intro: "Vælg det job du har i dag. Så viser Vejviser veje videre.", "Choose the job you have today. Vejviser then shows ways forward.";
    start_more_roles: "Andre job", "Other jobs";
    start_fewer_roles: "Færre job", "Fewer jobs";
    start_saved: "Fortsæt med en gemt profil", "Continue with a saved profile";
    start_saved_count: "Fortsæt med en gemt profil ({})", "Continue with a saved profile ({})";
    start_guest: "Start som gæst (intet gemmes på computeren)", "Start as a guest (nothing is saved on this computer)";
    start_guest_on: "Du er gæst: intet gemmes. Tryk igen for at slå det fra.", "You are a guest: nothing is saved. Press again to turn it off.";
    start_target_title: "Hvor vil du gerne hen?", "Where would you like to go?";
    start_target_intro: "Vælg et mål, så finder Vejviser ruterne derhen.", "Choose a goal and Vejviser finds the routes there.";
    start_show_all: "Vis mig hvad der er muligt", "Show me what is possible";
    start_change_role: "Skift nuværende job", "Change current job";
    start_now: "Nu:", "Now:";
    start_keys: "Tip: tryk på tallet ud for et valg. Esc går tilbage, Ctrl+F søger.", "Tip: press the number next to a choice. Esc goes back, Ctrl+F searches.";
    start_no_roles: "Kataloget har ingen roller. Se Katalogfejl.", "The catalogue has no roles. See Catalogue problems.";
}
