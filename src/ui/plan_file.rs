//! A saved plan and its file forms (RON for export and import, HTML for printing).
//!
//! Stand-in with the field names of `store::plan` until the store lands in main; then this
//! file shrinks to re-exports of `store::plan::{Plan, PlanStep}` and `store::print::plan_html`.

use crate::catalog::{Catalog, Date, Id};
use crate::engine::compare::title;
use crate::engine::eval::name_of;
use crate::engine::{Profile, Route};
use crate::i18n::{self, Lang};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The plan file format version this program writes.
pub const PLAN_VERSION: u32 = 1;

/// A route saved with notes, the profile it was found for and a summary to print.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub version: u32,
    pub id: String,
    pub title: String,
    pub notes: String,
    pub created: Option<Date>,
    pub updated: Option<Date>,
    pub from: Option<Id>,
    pub to: Id,
    pub route_id: String,
    pub steps: Vec<PlanStep>,
    pub profile: Profile,
    /// One line with length, pay and cost, in the language it was saved in.
    pub summary: String,
}

/// One step of a saved route.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanStep {
    pub programme: Id,
    pub track: String,
    pub title: String,
}

impl Plan {
    /// A new plan for a route found for `profile`.
    pub fn from_route(
        catalog: &Catalog,
        l: Lang,
        route: &Route,
        profile: &Profile,
        id: String,
        today: Date,
    ) -> Plan {
        let role = |id: &str| l.pick(&name_of(catalog, id)).to_string();
        let from = route.from.clone().or_else(|| profile.role.clone());
        let title = match &from {
            Some(f) => format!("{} → {}", role(f), role(&route.to)),
            None => role(&route.to),
        };
        Plan {
            version: PLAN_VERSION,
            id,
            title,
            notes: String::new(),
            created: Some(today),
            updated: Some(today),
            from,
            to: route.to.clone(),
            route_id: route.id.clone(),
            steps: route
                .steps
                .iter()
                .map(|s| PlanStep {
                    programme: s.programme.clone(),
                    track: format!("{:?}", s.track),
                    title: role(&s.programme),
                })
                .collect(),
            profile: profile.clone(),
            summary: format!(
                "{} · {}",
                l.pick(&title_of(catalog, route)),
                super::route_card::totals_line(l, route)
            ),
        }
    }
}

fn title_of(catalog: &Catalog, route: &Route) -> crate::catalog::Text {
    title(catalog, route)
}

/// Writes a plan as a RON file.
pub fn export_plan(plan: &Plan, path: &Path) -> Result<(), String> {
    let text = ron::ser::to_string_pretty(plan, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Reads a plan file; missing fields take defaults.
pub fn import_plan(path: &Path) -> Result<Plan, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    ron::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The plan as a printable HTML page.
pub fn plan_html(plan: &Plan, l: Lang) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let steps: String = plan
        .steps
        .iter()
        .map(|s| format!("<li>{}</li>", esc(&s.title)))
        .collect();
    let dated = plan.updated.map(|d| i18n::date(l, d)).unwrap_or_default();
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{t}</title>\
         <style>body{{font-family:sans-serif;font-size:14pt;max-width:40em;margin:2em auto;\
         line-height:1.5}}h1{{font-size:20pt}}</style></head><body>\
         <h1>{t}</h1><p>{date}</p><p>{sum}</p><h2>{steps_h}</h2><ol>{steps}</ol>\
         <h2>{notes_h}</h2><p>{notes}</p></body></html>\n",
        lang = if l.is_en() { "en" } else { "da" },
        t = esc(&plan.title),
        date = esc(&dated),
        sum = esc(&plan.summary),
        steps_h = l.plans_steps(),
        notes_h = l.plans_notes(),
        notes = esc(&plan.notes).replace('\n', "<br>"),
    )
}
