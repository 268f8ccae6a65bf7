//! Strings of the Routes screen: sorting, what-if, the route cards and their timelines.

use super::Lang;

strings! {
    routes_title: "Veje", "Routes";
    routes_from: "Fra", "From";
    routes_to: "Til", "To";
    routes_pick_target: "Vælg hvor du vil hen", "Choose where you want to go";
    routes_pick_target_hint: "Vælg et job i listen, så viser Vejviser vejene derhen fra dit nuværende job.", "Choose a job in the list and Vejviser shows the routes there from your current job.";
    routes_no_from: "Vælg først dit nuværende job på Start eller i Profil.", "First choose your current job on Start or in Profile.";
    routes_none: "Ingen veje fundet inden for {} trin — prøv flere trin.", "No routes found within {} steps — try more steps.";
    routes_more_steps: "Flere trin", "More steps";
    routes_fewer_steps: "Færre trin", "Fewer steps";
    routes_max_steps: "Højst {} trin", "At most {} steps";
    routes_found: "{} veje fundet", "{} routes found";
    routes_found_one: "1 vej fundet", "1 route found";
    routes_words: "Ord på siden – tryk på ? for at se, hvad de betyder:", "Words on this page – press ? to see what they mean:";
    routes_sort: "Sortér", "Sort";
    sort_fastest: "Hurtigst", "Fastest";
    sort_cheapest: "Billigst", "Cheapest";
    sort_income: "Bedst indkomst", "Best income";
    sort_steps: "Færrest trin", "Fewest steps";
    routes_pareto: "ingen anden vej er bedre på alt", "no other route is better on everything";
    route_step_about: "Om uddannelsen", "About the programme";
    routes_whatif: "Hvad nu hvis …", "What if …";
    whatif_english: "hvis jeg havde Engelsk D", "if I had English D";
    whatif_danish_science: "hvis jeg havde Dansk C og Naturfag C", "if I had Danish C and Science C";
    whatif_hours30: "hvis jeg arbejdede 30 timer om ugen", "if I worked 30 hours a week";
    whatif_age25: "hvis jeg var fyldt 25", "if I were 25 or older";
    whatif_contract: "hvis jeg havde en uddannelsesaftale", "if I had a training contract";
    whatif_changes: "Det ændrer:", "This changes:";
    routes_saved_profile: "Viser vejen for planens gemte profil.", "Showing the route for the plan's saved profile.";
    routes_use_current: "Brug min nuværende profil", "Use my current profile";
    route_total: "I alt", "In all";
    route_school: "skole", "school";
    route_placement: "oplæring", "placement";
    route_you_pay: "du betaler {}", "you pay {}";
    route_income_unknown: "indkomst ikke kendt for alle trin", "income not known for every step";
    route_per_month: "{} pr. md.", "{} per month";
    route_vs_now: "{} mod din løn nu", "{} against your pay now";
    route_legend_school: "Skole", "School";
    route_legend_placement: "Oplæring / praktik", "Placement";
    route_legend_gap: "Lukker et hul i kravene", "Closes a gap in the requirements";
    route_gap_step: "Lukker et hul", "Closes a gap";
    route_step: "Trin {}", "Step {}";
    route_income: "Indkomst", "Income";
    route_income_amount_unknown: "beløb ukendt", "amount unknown";
    route_merit: "Merit", "Credit";
    period_ended_label: "Periode slut", "Period ended";
    route_periods_ended: "Nogle beløb på vejen hører til en periode, der er slut, fordi kataloget ikke har nyere tal. Se trinene.", "Some figures on the route belong to a period that has ended, because the catalogue has no newer ones. See the steps.";
    route_funding: "Støtte", "Funding";
    route_funding_none: "{} andre ordninger dækker ikke dette trin", "{} other schemes do not cover this step";
    route_deadline: "Frist", "Deadline";
    route_missing: "Det mangler du, og sådan lukker du det", "What you lack, and how to close it";
    route_nothing_missing: "Du opfylder alle kendte krav på vejen.", "You meet every known requirement on the route.";
    route_close_with: "Kan lukkes med:", "Can be closed with:";
    route_compare: "Sammenlign", "Compare";
    route_save: "Gem som plan", "Save as plan";
    route_funding_button: "Se støtte", "See funding";
    route_show_details: "Vis detaljer", "Show details";
    route_hide_details: "Skjul detaljer", "Hide details";
    verdict_met: "Opfyldt", "Met";
    verdict_not_met: "Mangler", "Not met";
    verdict_unknown: "Uvist", "Unknown";
    fund_eligible: "Kan få", "Eligible";
    fund_unknown: "Måske", "Maybe";
    fund_closed: "Lukket", "Closed";
    fund_not_eligible: "Nej", "No";
}

impl Lang {
    /// "3 veje fundet" / "1 vej fundet".
    pub fn routes_found_n(self, n: usize) -> String {
        if n == 1 {
            self.routes_found_one().to_string()
        } else {
            self.routes_found().replace("{}", &n.to_string())
        }
    }
}

impl Lang {
    /// The label of a what-if switch.
    pub fn whatif_toggle(self, t: crate::engine::whatif::Toggle) -> &'static str {
        use crate::engine::whatif::Toggle;
        match t {
            Toggle::EnglishD => self.whatif_english(),
            Toggle::DanishScienceC => self.whatif_danish_science(),
            Toggle::Hours30 => self.whatif_hours30(),
            Toggle::Age25 => self.whatif_age25(),
            Toggle::Contract => self.whatif_contract(),
        }
    }
}

impl Lang {
    /// A funding verdict as one word for a badge or a summary line.
    pub fn fund_word(self, v: crate::engine::FundVerdict) -> &'static str {
        use crate::engine::FundVerdict;
        match v {
            FundVerdict::Eligible => self.fund_eligible(),
            FundVerdict::Unknown => self.fund_unknown(),
            FundVerdict::Closed => self.fund_closed(),
            FundVerdict::NotEligible => self.fund_not_eligible(),
        }
    }
}
