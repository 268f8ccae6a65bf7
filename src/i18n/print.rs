//! Strings of the printed plan (text and HTML).

use super::Lang;

strings! {
    print_untitled: "Plan uden navn", "Untitled plan";
    print_created: "Lavet", "Created";
    print_updated: "Opdateret", "Updated";
    print_from: "Fra", "From";
    print_to: "Til", "To";
    print_route: "Vejen", "The route";
    print_no_steps: "Ingen trin gemt.", "No steps saved.";
    print_not_in_catalogue: "findes ikke længere i kataloget", "no longer in the catalogue";
    print_summary: "Overblik", "Summary";
    print_notes: "Noter", "Notes";
    print_sources: "Kilder", "Sources";
    print_checked: "tjekket", "checked";
    print_caveat:
        "Tal og regler ændrer sig. Tjek altid med skolen, fonden eller din fagforening, før du søger.",
        "Figures and rules change. Always check with the school, the fund or your union before you apply.";
    print_printed_from: "Udskrevet fra Vejviser", "Printed from Vejviser";
}
