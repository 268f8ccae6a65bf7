//! Strings of the Compare screen.

use super::Lang;

strings! {
    compare_title: "Sammenlign", "Compare";
    compare_empty: "Ingen veje at sammenligne endnu", "No routes to compare yet";
    compare_how: "Tryk «Sammenlign» under en vej på siden Veje, eller under en uddannelse i Udforsk. Du kan sammenligne op til 4 ad gangen.", "Press “Compare” under a route on the Routes page, or under a programme in Explore. You can compare up to 4 at a time.";
    compare_go_routes: "Gå til Veje", "Go to Routes";
    compare_one_more: "Tilføj mindst én vej mere for at se forskellene.", "Add at least one more route to see the differences.";
    compare_legend: "= vejene er forskellige på denne linje", "= the routes differ on this line";
    compare_clear: "Ryd sammenligningen", "Clear the comparison";
    compare_remove: "Fjern", "Remove";
    compare_requirements: "Adgangskrav for dig", "Entry requirements for you";
    compare_no_requirements: "Ingen af vejene har adgangskrav.", "None of the routes has entry requirements.";
    compare_not_asked: "– (kræves ikke)", "– (not required)";
    compare_full: "Du kan højst sammenligne 4 veje. Fjern en først.", "You can compare at most 4 routes. Remove one first.";
    compare_already: "Den vej er allerede med i sammenligningen.", "That route is already in the comparison.";
    compare_no_route: "Vejviser fandt ingen vej med den uddannelse for dig.", "Vejviser found no route with that programme for you.";
    compare_added: "Lagt i sammenligningen ({} af 4).", "Added to the comparison ({} of 4).";
}
