//! Strings of the catalogue problems screen.

use super::Lang;

strings! {
    problems_title: "Kataloget", "The catalogue";
    problems_only_warnings: "Kataloget har ingen fejl. {} advarsler peger på oplysninger, der er usikre, gamle eller hører til en periode, der er slut.", "The catalogue has no errors. {} warnings point at facts that are uncertain, old or belong to a period that has ended.";
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
    packs_title: "Lokale pakker", "Local packs";
    packs_intro: "En lokal pakke er en mappe med .ron-filer, som lægges oven på kataloget: nye kurser, lokale puljer, rettelser. Ændringer i mappen vises med det samme.", "A local pack is a folder of .ron files layered over the catalogue: new courses, local pools, corrections. Changes in the folder show at once.";
    packs_none: "Der er ingen lokale pakker.", "There are no local packs.";
    packs_given: "(givet med --pack)", "(given with --pack)";
    packs_remove: "Fjern", "Remove";
    packs_add: "Tilføj pakke …", "Add pack …";
    packs_pick_title: "Vælg mappen med pakken", "Choose the pack's folder";
    packs_added: "Pakken er tilføjet: {}", "The pack was added: {}";
    packs_already: "Pakken er allerede med: {}", "The pack is already in: {}";
    packs_removed: "Pakken er fjernet: {}", "The pack was removed: {}";
    tab_catalogue: "Katalog", "Catalogue";
    pack_entry: "Fra en lokal pakke: {}", "From a local pack: {}";
    pack_short: "fra lokal pakke", "from a local pack";
}
