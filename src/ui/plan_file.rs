//! Making a plan from a route, and its file forms for export, import and printing (the formats
//! themselves live in `store`).

use crate::catalog::{Catalog, Date};
use crate::engine::{FundVerdict, Profile, Route};
use crate::i18n::{self, Lang};
use crate::store::Store;
pub use crate::store::plan::{PLAN_VERSION, Plan, PlanStep};
use std::path::Path;

/// A new plan for a route found for `profile`, with printable summary lines.
pub fn new_plan(
    catalog: &Catalog,
    l: Lang,
    route: &Route,
    profile: &Profile,
    id: String,
    today: Date,
) -> Plan {
    Plan {
        summary: summary(catalog, l, route),
        ..Plan::for_route(catalog, l, route, profile, id, today)
    }
}

/// The lines printed with a plan: the route, its totals, and the funding that may pay.
pub fn summary(catalog: &Catalog, l: Lang, route: &Route) -> Vec<String> {
    let mut lines = vec![
        crate::i18n::table::route_title(catalog, route, l),
        super::route_card::totals_line(l, route),
    ];
    for (n, s) in route.steps.iter().enumerate() {
        for f in &s.funding {
            if matches!(f.verdict, FundVerdict::Eligible | FundVerdict::Unknown) {
                lines.push(format!(
                    "{} – {}: {}{}",
                    l.route_step().replace("{}", &(n + 1).to_string()),
                    l.pick(&catalog.name_of(&f.source)),
                    super::marks::fund_word(l, f.verdict),
                    if f.amount.0 > 0 {
                        format!(" ({})", i18n::money(l, f.amount))
                    } else {
                        String::new()
                    }
                ));
            }
        }
    }
    lines
}

/// Writes a plan to a file the user chose.
pub fn export_plan(plan: &Plan, path: &Path) -> Result<(), String> {
    Store::export_plan(plan, path).map_err(|e| e.to_string())
}

/// Reads a plan file the user chose (RON, or a PDF Vejviser wrote), without keeping it
/// anywhere (guest mode, or before it is saved among the plans).
pub fn import_plan(path: &Path) -> Result<Plan, String> {
    crate::store::read_plan_file(path).map_err(|e| e.to_string())
}

/// The plan as a printable HTML page.
pub fn plan_html(plan: &Plan, catalog: &Catalog, l: Lang) -> String {
    crate::store::print::plan_html(plan, catalog, l)
}
