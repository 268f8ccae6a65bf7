//! Strings of the Plans screen and the printed plan.

use super::Lang;

strings! {
    plans_title: "Planer", "Plans";
    plans_empty: "Ingen gemte planer endnu", "No saved plans yet";
    plans_how: "Find en vej på siden Veje og tryk «Gem som plan». Her kan du så skrive noter, udskrive planen eller gemme den som fil.", "Find a route on the Routes page and press “Save as plan”. Here you can then write notes, print the plan or save it as a file.";
    plans_guest_title: "Du er gæst", "You are a guest";
    plans_guest: "Planer gemmes ikke på computeren. De forsvinder når programmet lukkes. Tryk «Gem som fil» for at tage en plan med.", "Plans are not saved on this computer. They disappear when the program closes. Press “Save as file” to take a plan with you.";
    plans_saved: "Planen er gemt: {}", "The plan is saved: {}";
    plans_saved_guest: "Planen er lagt under Planer, men ikke gemt på computeren (gæst). Gem den som fil for at tage den med.", "The plan is under Plans but not saved on this computer (guest). Save it as a file to take it with you.";
    plans_deleted: "Planen «{}» er slettet.", "The plan “{}” was deleted.";
    plans_undo: "Fortryd", "Undo";
    plans_unreadable: "En planfil kunne ikke læses", "A plan file could not be read";
    plans_reopen: "Vis vejen", "Show the route";
    plans_rename: "Omdøb", "Rename";
    plans_rename_ok: "Gem navn", "Save name";
    plans_title_hint: "Navn på planen", "Name of the plan";
    plans_export: "Gem som fil", "Save as file";
    plans_import: "Hent plan fra fil", "Open plan from file";
    plans_print: "Udskriv", "Print";
    plans_save_pdf: "Gem som PDF", "Save as PDF";
    plans_pdf_title: "Gem planen som PDF", "Save the plan as PDF";
    plans_pdf_not_written: "PDF-filen kunne ikke gemmes som {}. Mappen findes måske ikke, eller der må ikke skrives i den; vælg en anden mappe.", "The PDF could not be saved as {}. The folder may not exist or may not allow writing; choose another folder.";
    plans_pdf_saved: "Planen er gemt som PDF: {}", "The plan was saved as PDF: {}";
    plans_print_here: "Planen er gemt som PDF her: {}. Der blev ikke fundet et program, der kan vise den; åbn filen derfra for at udskrive den.", "The plan was saved as PDF here: {}. No program to show it was found; open the file from there to print it.";
    plans_delete: "Slet", "Delete";
    plans_notes: "Noter", "Notes";
    plans_notes_hint: "Skriv noter til planen, fx hvem du skal tale med", "Write notes for the plan, e.g. whom to talk to";
    plans_save_notes: "Gem noter", "Save notes";
    plans_updated: "Sidst ændret {}", "Last changed {}";
    plans_steps: "Trin", "Steps";
    plans_exported: "Planen er gemt som {}", "The plan was saved as {}";
    plans_imported: "Planen «{}» er hentet.", "The plan “{}” was opened.";
    plans_printed: "Planen er åbnet som PDF, klar til udskrift: {}", "The plan is open as a PDF, ready to print: {}";
    plans_not_deleted: "Planen kunne ikke slettes: {}", "The plan could not be deleted: {}";
    plans_failed: "Det lykkedes ikke: {}", "That did not work: {}";
    plans_export_title: "Gem planen som fil", "Save the plan as a file";
    plans_import_title: "Vælg en planfil", "Choose a plan file";
}
