//! Strings of the Funding screen.

use super::Lang;

strings! {
    funding_title: "Støtte", "Funding";
    funding_for_route: "Støtte til vejen: {}", "Funding for the route: {}";
    funding_all: "Vis alle ordninger", "Show every scheme";
    funding_no_route: "Her er alle ordninger med deres regler. Vælg en vej og tryk «Se støtte» for at se hvad du kan få.", "Here is every scheme with its rules. Choose a route and press “See funding” to see what you can get.";
    funding_none: "Kataloget har ingen støtteordninger.", "The catalogue has no funding schemes.";
    funding_not_concerned: "Vedrører ikke denne vej", "Do not concern this route";
    funding_amount: "Beløb", "Amount";
    funding_co_payment: "Egenbetaling", "Co-payment";
    funding_deadline: "Ansøgning", "Application";
    funding_apply_from: "tidligst {}", "from {}";
    funding_apply_by: "senest {}", "by {}";
    funding_months_before: "tidligst {} måneder før start", "at the earliest {} months before the start";
    funding_days_before: "senest {} dage før start", "at the latest {} days before the start";
    funding_no_deadline: "ingen frist oplyst", "no deadline given";
    funding_signers: "Skal underskrives af", "Must be signed by";
    funding_pool: "Pulje", "Pool";
    funding_programmes: "Gælder for", "Applies to";
    funding_share: "Ordningen betaler {} % af udgifterne", "The scheme pays {} % of the costs";
    funding_who: "Hvem kan få det", "Who can get it";
    funding_more: "Mere om ordningen", "More about the scheme";
    signer_employee: "dig", "you";
    signer_leader: "din leder", "your manager";
    signer_tr: "tillidsrepræsentanten", "the shop steward";
    signer_school: "skolen", "the school";
    signer_jobcenter: "jobcentret", "the job centre";
}

impl Lang {
    /// "Søg fra …, senest …" for a funding source, from the first step it concerns (the
    /// funding screen and the printed plan say it alike).
    pub fn apply_window(
        self,
        f: &crate::catalog::FundingSource,
        first: Option<&crate::engine::FundingResult>,
    ) -> String {
        let l = self;
        let mut parts: Vec<String> = Vec::new();
        match (
            first.and_then(|r| r.apply_from),
            f.window.earliest_months_before,
        ) {
            (Some(d), _) => parts.push(l.funding_apply_from().replace("{}", &super::date(l, d))),
            (None, Some(m)) => parts.push(l.funding_months_before().replace("{}", &m.to_string())),
            _ => {}
        }
        match (first.and_then(|r| r.apply_by), f.window.latest_days_before) {
            (Some(d), _) => parts.push(l.funding_apply_by().replace("{}", &super::date(l, d))),
            (None, Some(days)) => {
                parts.push(l.funding_days_before().replace("{}", &days.to_string()))
            }
            _ => {}
        }
        if let Some(n) = &f.window.note {
            parts.push(l.pick(n).to_string());
        }
        if parts.is_empty() {
            parts.push(l.funding_no_deadline().to_string());
        }
        format!("{}: {}", l.funding_deadline(), parts.join(" · "))
    }
}
