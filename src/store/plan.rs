//! A saved plan: a route from one role to another, with the person's notes and what the route
//! looked like when it was saved.

use crate::catalog::{Catalog, Date, Id, TrackCode};
use crate::engine::{FundVerdict, Profile, Route};
use crate::i18n::{self, Lang};
use serde::{Deserialize, Serialize};

/// The plan format version this program writes. Version 1 named the goal `target`, had no step
/// titles and no summary; it still loads.
pub const PLAN_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub version: u32,
    /// The file stem, e.g. `plan-20261122-101500`.
    pub id: String,
    pub title: String,
    pub notes: String,
    pub created: Date,
    pub updated: Date,
    /// The role the route starts from.
    pub from: Option<Id>,
    /// The role the route leads to.
    #[serde(alias = "target")]
    pub to: Id,
    pub route_id: String,
    pub steps: Vec<PlanStep>,
    /// The profile the route was worked out for; `None` when saved without one.
    pub profile: Option<Profile>,
    /// Printable lines (length, pay, funding) as they were when the plan was saved.
    pub summary: Vec<String>,
}

impl Default for Plan {
    fn default() -> Self {
        // Every file written so far has dates; one without them is shown as undated-old
        // rather than taking the reader's calendar.
        let today = Date::new(2000, 1, 1);
        Plan {
            version: PLAN_VERSION,
            id: String::new(),
            title: String::new(),
            notes: String::new(),
            created: today,
            updated: today,
            from: None,
            to: Id::new(),
            route_id: String::new(),
            steps: Vec::new(),
            profile: None,
            summary: Vec::new(),
        }
    }
}

/// One programme of the route, with the track taken and its name as shown when saved.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanStep {
    pub programme: Id,
    pub track: Option<TrackCode>,
    /// The programme's name when saved (empty in version 1 files: look it up in the catalogue).
    pub title: String,
}

impl Plan {
    /// A new plan for a route found for `profile`, titled "from → to" in language `l`; the
    /// summary lines are left to the caller.
    pub fn for_route(
        catalog: &Catalog,
        l: Lang,
        route: &Route,
        profile: &Profile,
        id: String,
        today: Date,
    ) -> Plan {
        let name = |id: &str| l.pick(&catalog.name_of(id)).to_string();
        let from = route.from.clone().or_else(|| profile.role.clone());
        let title = match &from {
            Some(f) => format!("{} → {}", name(f), name(&route.to)),
            None => name(&route.to),
        };
        Plan {
            version: PLAN_VERSION,
            id,
            title,
            notes: String::new(),
            created: today,
            updated: today,
            from,
            to: route.to.clone(),
            route_id: route.id.clone(),
            steps: route
                .steps
                .iter()
                .map(|s| PlanStep {
                    programme: s.programme.clone(),
                    track: Some(s.track),
                    title: name(&s.programme),
                })
                .collect(),
            profile: Some(profile.clone()),
            summary: Vec::new(),
        }
    }

    /// Brings a plan read from file `stem` up to the current version: the id is the file's stem.
    pub fn upgrade(mut self, stem: &str) -> Plan {
        self.version = PLAN_VERSION;
        if !stem.is_empty() {
            self.id = stem.to_string();
        }
        if self.updated < self.created {
            self.updated = self.created;
        }
        self
    }
}

/// A new plan for a route found for `profile`, with printable summary lines.
pub fn from_route(
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
        i18n::table::route_title(catalog, route, l),
        i18n::table::totals_line(l, route),
    ];
    for (n, s) in route.steps.iter().enumerate() {
        for f in &s.funding {
            if matches!(f.verdict, FundVerdict::Eligible | FundVerdict::Unknown) {
                lines.push(format!(
                    "{} – {}: {}{}",
                    l.route_step().replace("{}", &(n + 1).to_string()),
                    l.pick(&catalog.name_of(&f.source)),
                    l.fund_word(f.verdict),
                    if f.amount.0 > 0 {
                        format!(" ({})", i18n::money(l, f.amount))
                    } else {
                        String::new()
                    }
                ));
            }
        }
    }
    // Printed like the window shows them: a figure whose period ended says so.
    for r in route.periods_ended() {
        lines.push(format!(
            "{}: {}",
            l.period_ended_label(),
            l.reason(catalog, r)
        ));
    }
    lines
}
