//! Strings of the pathway map.

use super::Lang;

strings! {
    tab_map: "Kort", "Map";
    map_title: "Kort over vejene", "Map of the pathways";
    map_intro: "Jobbene står fra venstre mod højre, fra job uden uddannelse til de højeste. Pilene er uddannelser. Klik på et job for at læse om det.", "Jobs run from left to right, from jobs without training to the highest. The arrows are programmes. Click a job to read about it.";
    map_fit: "Tilpas", "Fit";
    map_zoom_in: "Zoom ind (+)", "Zoom in (+)";
    map_zoom_out: "Zoom ud (−)", "Zoom out (−)";
    map_as_list: "Vis som liste (L)", "Show as list (L)";
    map_as_map: "Vis som kort (L)", "Show as map (L)";
    map_keys: "Træk eller brug piletasterne for at flytte kortet; hjulet, + og − zoomer; 0 tilpasser.", "Drag or use the arrow keys to move the map; the wheel, + and − zoom; 0 fits.";
    map_held: "Du har det", "You have it";
    map_now: "Kan nås nu", "Within reach now";
    map_after_gap: "Kan nås, når noget er lukket", "Within reach once a gap is closed";
    map_out: "Ikke med én uddannelse", "Not with one programme";
    map_legend: "Tegnforklaring:", "Legend:";
    map_step: "Trin {}", "Step {}";
    map_via: "Via {}", "Via {}";
    map_length: "Længde: {}", "Length: {}";
    map_open_to_all: "åben for alle", "open to all";
    map_two_way: "begge veje", "both ways";
    map_no_role: "Vælg dit nuværende job på Start, så viser kortet hvad du kan nå.", "Choose your current job on Start and the map shows what you can reach.";
    map_show_route: "Vis på kortet", "Show on the map";
    map_route_shown: "Fremhævet rute fra {from} til {to}: {steps}", "Highlighted route from {from} to {to}: {steps}";
    map_route_anywhere: "din start", "where you are";
    map_clear_route: "Fjern fremhævning", "Clear highlight";
    map_route_steps: "Rutens trin", "The route's steps";
    map_route_no_link: "(et kursus eller et skridt kortet ikke tegner som en pil)", "(a course or a step the map does not draw as an arrow)";
    map_route_cue: "Rutens pile er tykke og nummererede; dens job har dobbelt kant. Resten er nedtonet.", "The route's arrows are thick and numbered; its jobs have a double border. The rest is dimmed.";
    map_empty: "Kataloget har ingen job at vise.", "The catalogue has no jobs to show.";
}
