//! Strings of the counsellor session (starting it, the notes, the question at its end), and of
//! the path asked in the window when no file dialog can open.

use super::Lang;

strings! {
    session_new: "Ny samtale", "New session";
    session_on: "Samtale i gang – intet gemmes, før du vælger det", "Session in progress – nothing is saved until you choose";
    session_started: "Samtalen er startet. Profil, ruter, sammenligning og noter findes kun i hukommelsen, indtil du afslutter samtalen og vælger, hvad der skal ske med dem.", "The session has started. Profile, routes, comparison and notes live only in memory until you end the session and choose what happens to them.";
    session_notes: "Noter", "Notes";
    session_notes_hide: "Skjul noter", "Hide notes";
    session_notes_hint: "Noter fra samtalen. De kommer med i planen, hvis den gemmes.", "Notes from the session. They go into the plan if it is saved.";
    session_end: "Afslut samtale", "End session";
    session_end_question: "Samtalen slutter. Hvad skal der ske med det, I har lavet?", "The session ends. What should happen to what you made?";
    session_to_person: "Gem til personen …", "Save for the person …";
    session_keep: "Gem i Vejviser", "Keep in Vejviser";
    session_forget: "Glem", "Forget";
    session_continue: "Fortsæt samtalen", "Continue the session";
    session_to_person_hint: "Gem til personen: planen som PDF (med planfilen indeni) eller som planfil, der hvor I vælger. Intet bliver i Vejviser.", "Save for the person: the plan as PDF (with the plan file inside) or as a plan file, where you choose. Nothing stays in Vejviser.";
    session_keep_hint: "Gem i Vejviser: profilen og planerne gemmes i Vejvisers datamappe under et nummer, ikke et navn.", "Keep in Vejviser: the profile and the plans are saved in Vejviser's data folder under a number, not a name.";
    session_forget_hint: "Glem: alt fra samtalen forsvinder, og intet bliver gemt.", "Forget: everything from the session disappears, and nothing is saved.";
    session_no_plan: "Der er ingen rute at gemme endnu: vælg et mål, så Vejviser kan finde en vej, eller vælg Glem.", "There is no route to save yet: choose a goal so Vejviser can find a route, or choose Forget.";
    session_notes_dropped: "Noterne gemmes kun sammen med en plan; uden en rute bliver de ikke gemt.", "Notes are kept only with a plan; without a route they are not saved.";
    session_save_title: "Gem planen til personen", "Save the plan for the person";
    session_saved_for_person: "Planen er gemt her: {}. Samtalen er slut, og intet er gemt i Vejviser.", "The plan is saved here: {}. The session has ended, and nothing is kept in Vejviser.";
    session_kept: "Gemt i Vejviser: profilen og {} plan(er). Samtalen er slut.", "Kept in Vejviser: the profile and {} plan(s). The session has ended.";
    session_not_kept: "Det lykkedes ikke at gemme alt i Vejviser: {} Samtalen fortsætter, så intet går tabt.", "Not everything could be kept in Vejviser: {} The session continues, so nothing is lost.";
    session_forgotten: "Samtalen er slut. Intet er gemt.", "The session has ended. Nothing was saved.";
    session_not_written: "Filen kunne ikke gemmes: {} Samtalen fortsætter, så intet går tabt.", "The file could not be saved: {} The session continues, so nothing is lost.";
    ask_path_write: "Vejviser kan ikke åbne et vindue til at vælge filen på denne computer. Skriv, hvor filen skal gemmes:", "Vejviser cannot open a window to choose the file on this computer. Type where the file should be saved:";
    ask_path_read: "Vejviser kan ikke åbne et vindue til at vælge filen på denne computer. Skriv, hvor filen ligger:", "Vejviser cannot open a window to choose the file on this computer. Type where the file is:";
    ask_path_save: "Gem her", "Save here";
    ask_path_open: "Hent", "Open";
    ask_path_cancel: "Annullér", "Cancel";
}
