//! What-if: the same query with a changed profile, and what changed.

use super::compare::title;
use super::profile::Profile;
use super::routes::{Query, Route, find_routes};
use crate::catalog::{Catalog, Money, Text, Weeks};
use crate::i18n::{self, Lang};
use serde::Serialize;

/// The routes before and after a change to the profile, and the differences in plain words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhatIf {
    pub before: Vec<Route>,
    pub after: Vec<Route>,
    /// One line per difference, Danish and English.
    pub lines: Vec<Text>,
}

/// Re-runs the query with the changed profile and reports what changed per route.
pub fn what_if(catalog: &Catalog, base: &Profile, changed: &Profile, query: &Query) -> WhatIf {
    let before = find_routes(catalog, base, query);
    let after = find_routes(catalog, changed, query);
    let mut lines = Vec::new();
    for r in &after {
        if !before.iter().any(|b| b.id == r.id) {
            let t = title(catalog, r);
            lines.push(Text::new(
                format!(
                    "Ny vej: {} ({})",
                    t.da,
                    i18n::length(Lang::Da, r.totals.calendar)
                ),
                format!(
                    "New route: {} ({})",
                    t.en,
                    i18n::length(Lang::En, r.totals.calendar)
                ),
            ));
        }
    }
    for b in &before {
        let Some(a) = after.iter().find(|a| a.id == b.id) else {
            let t = title(catalog, b);
            lines.push(Text::new(
                format!("Vejen {} er ikke længere mulig", t.da),
                format!("The route {} is no longer possible", t.en),
            ));
            continue;
        };
        let t = title(catalog, b);
        diff_route(&t, b, a, &mut lines);
    }
    if lines.is_empty() {
        lines.push(Text::new(
            "Ændringen gør ingen forskel for vejene",
            "The change makes no difference to the routes",
        ));
    }
    WhatIf {
        before,
        after,
        lines,
    }
}

fn length_change(t: &Text, before: Weeks, after: Weeks) -> Text {
    let (da, en) = if after < before {
        ("kortere", "shorter")
    } else {
        ("længere", "longer")
    };
    let d = Weeks((after.0 - before.0).abs());
    Text::new(
        format!(
            "{}: {} {da} ({})",
            t.da,
            i18n::length(Lang::Da, d),
            i18n::length(Lang::Da, after)
        ),
        format!(
            "{}: {} {en} ({})",
            t.en,
            i18n::length(Lang::En, d),
            i18n::length(Lang::En, after)
        ),
    )
}

fn diff_route(t: &Text, b: &Route, a: &Route, lines: &mut Vec<Text>) {
    if a.totals.calendar != b.totals.calendar {
        lines.push(length_change(t, b.totals.calendar, a.totals.calendar));
    }
    if a.totals.net_cost != b.totals.net_cost {
        lines.push(Text::new(
            format!(
                "{}: din pris ændres fra {} til {}",
                t.da,
                i18n::money(Lang::Da, b.totals.net_cost),
                i18n::money(Lang::Da, a.totals.net_cost)
            ),
            format!(
                "{}: your cost changes from {} to {}",
                t.en,
                i18n::money(Lang::En, b.totals.net_cost),
                i18n::money(Lang::En, a.totals.net_cost)
            ),
        ));
    }
    if a.totals.monthly_income != b.totals.monthly_income {
        let show = |l: Lang, m: Option<Money>| match (l, m) {
            (l, Some(m)) => i18n::money(l, m),
            (Lang::Da, None) => "ukendt".to_string(),
            (Lang::En, None) => "unknown".to_string(),
        };
        lines.push(Text::new(
            format!(
                "{}: indkomst pr. måned ændres fra {} til {}",
                t.da,
                show(Lang::Da, b.totals.monthly_income),
                show(Lang::Da, a.totals.monthly_income)
            ),
            format!(
                "{}: monthly income changes from {} to {}",
                t.en,
                show(Lang::En, b.totals.monthly_income),
                show(Lang::En, a.totals.monthly_income)
            ),
        ));
    }
    for c in &b.open {
        if !a.open.iter().any(|x| x.reason.da == c.reason.da) {
            lines.push(Text::new(
                format!("Ikke længere et åbent krav: {}", c.reason.da),
                format!("No longer an open requirement: {}", c.reason.get(true)),
            ));
        }
    }
    for c in &a.open {
        if !b.open.iter().any(|x| x.reason.da == c.reason.da) {
            lines.push(Text::new(
                format!("Nyt åbent krav: {}", c.reason.da),
                format!("New open requirement: {}", c.reason.get(true)),
            ));
        }
    }
}
