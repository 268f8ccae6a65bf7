//! Strings of the command line's text output (`routes`, `compare`).

use super::Lang;
use crate::engine::SortBy;

strings! {
    cli_pareto_legend: "★ = ingen anden vej er bedre på både tid, pris, indkomst og antal trin", "★ = not beaten on time, cost, income and steps at once";
    cli_glossary_heading: "Ord brugt ovenfor:", "Words used above:";
    cli_no_route: "Ingen vej fundet inden for antallet af trin. Prøv --max-steps 5.", "No route found within the number of steps. Try --max-steps 5.";
    cli_per_month: "/md.", "/month";
    cli_income_partly_unknown: "indkomst ikke kendt for alle trin", "income not known for every step";
    cli_total: "I alt", "Total";
    cli_school: "skole", "school";
    cli_placement: "oplæring", "placement";
    cli_you_pay: "du betaler", "you pay";
    cli_closes_gap: " [lukker et hul]", " [closes a gap]";
    cli_step: "Trin", "Step";
    cli_length: "Længde", "Length";
    cli_not_track: "Ikke", "Not";
    cli_amount_unknown: "beløb ukendt", "amount not known";
    cli_income: "Indkomst", "Income";
    cli_price: "Pris", "Price";
    cli_funding: "støtte", "funding";
    cli_not_covering: "Dækker ikke denne uddannelse", "Does not cover this programme";
    cli_open: "Krav der mangler eller er uvisse", "Open requirements";
    cli_closed_by: "lukkes af", "closed by";
    cli_when: "Hvornår", "When";
    cli_co_payment: "Medfinansiering", "Co-payment";
    cli_paid_to: "Pengene går til", "The money goes to";
    cli_signers: "Skal skrive under", "Must sign";
    cli_not_for_you: "Giver ikke støtte her", "No support here";
}

impl Lang {
    /// "Viser de 5 første veje; --limit N viser flere".
    pub fn cli_showing(self, n: usize) -> String {
        match self {
            Lang::Da => format!("Viser de {n} første veje; --limit N viser flere."),
            Lang::En => format!("Showing the first {n} routes; --limit N shows more."),
        }
    }

    /// "; 3 år hvis skolen giver merit" after a length, when the school decides some merit.
    pub fn if_granted(self, calendar: Option<crate::catalog::Weeks>) -> String {
        match (self, calendar) {
            (_, None) => String::new(),
            (Lang::Da, Some(w)) => format!(
                "; {} hvis skolen giver den merit den selv vurderer",
                super::length(self, w)
            ),
            (Lang::En, Some(w)) => format!(
                "; {} if the school grants the merit it decides itself",
                super::length(self, w)
            ),
        }
    }

    /// "Veje fra A til B (3 fundet, hurtigste først)".
    pub fn cli_routes_heading(self, from: &str, to: &str, n: usize, sort: SortBy) -> String {
        let order = match (self, sort) {
            (Lang::Da, SortBy::Fastest) => "hurtigste først",
            (Lang::Da, SortBy::Cheapest) => "billigste først",
            (Lang::Da, SortBy::Income) => "højeste indkomst først",
            (Lang::Da, SortBy::Steps) => "færrest trin først",
            (Lang::En, SortBy::Fastest) => "fastest first",
            (Lang::En, SortBy::Cheapest) => "cheapest first",
            (Lang::En, SortBy::Income) => "highest income first",
            (Lang::En, SortBy::Steps) => "fewest steps first",
        };
        match self {
            Lang::Da => format!("Veje fra {from} til {to} ({n} fundet, {order})"),
            Lang::En => format!("Routes from {from} to {to} ({n} found, {order})"),
        }
    }
}
