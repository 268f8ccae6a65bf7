//! Routes rendered as words: a route's title and the comparison table, in one language.

use super::{Lang, length, money};
use crate::catalog::{Catalog, Id, Money, Pace, TrackCode, Weeks};
use crate::engine::compare::next_roles;
use crate::engine::whatif::{Change, WhatIf};
use crate::engine::{FundVerdict, Route, Verdict};
use serde::Serialize;

/// One line of the comparison: a label and one cell per route.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub label: String,
    pub cells: Vec<String>,
    pub differs: bool,
}

/// Two to four routes side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub titles: Vec<String>,
    pub rows: Vec<Row>,
}

/// A route's steps as "GF2 → SSA (EUV2)".
pub fn route_title(catalog: &Catalog, r: &Route, l: Lang) -> String {
    r.steps
        .iter()
        .map(|s| {
            let mut t = l.pick(&catalog.name_of(&s.programme)).to_string();
            if s.track != TrackCode::Standard {
                t.push_str(&format!(" ({})", track(s.track)));
            }
            if let Some(o) = &s.offering {
                t.push_str(&format!(" – {o}"));
            }
            t
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

/// A track's short label: "EUV2", "kvote 2".
pub fn track(t: TrackCode) -> String {
    match t {
        TrackCode::Kvote1 => "kvote 1".into(),
        TrackCode::Kvote2 => "kvote 2".into(),
        TrackCode::Standard => "standard".into(),
        TrackCode::Merit => "merit".into(),
        TrackCode::Eud => "EUD".into(),
        TrackCode::Euv1 => "EUV1".into(),
        TrackCode::Euv2 => "EUV2".into(),
        TrackCode::Euv3 => "EUV3".into(),
    }
}

pub fn verdict_word(l: Lang, v: FundVerdict) -> &'static str {
    match (l, v) {
        (Lang::Da, FundVerdict::Eligible) => "kan få",
        (Lang::Da, FundVerdict::Unknown) => "måske",
        (Lang::Da, FundVerdict::Closed) => "lukket",
        (Lang::Da, FundVerdict::NotEligible) => "nej",
        (Lang::En, FundVerdict::Eligible) => "eligible",
        (Lang::En, FundVerdict::Unknown) => "maybe",
        (Lang::En, FundVerdict::Closed) => "closed",
        (Lang::En, FundVerdict::NotEligible) => "no",
    }
}

/// Side-by-side rows for two to four routes, in one language.
pub fn compare(catalog: &Catalog, routes: &[Route], l: Lang) -> Comparison {
    let titles = routes.iter().map(|r| route_title(catalog, r, l)).collect();
    let mut rows: Vec<Row> = Vec::new();
    let mut row = |da: &str, en: &str, cell: &dyn Fn(&Route) -> String| {
        let cells: Vec<String> = routes.iter().map(cell).collect();
        let differs = cells.windows(2).any(|w| w[0] != w[1]);
        let label = if l.is_en() { en } else { da }.to_string();
        rows.push(Row {
            label,
            cells,
            differs,
        });
    };
    row("Du bliver", "You become", &|r| {
        let n = l.pick(&catalog.name_of(&r.to)).to_string();
        let auth = catalog.role(&r.to).is_some_and(|x| x.authorised);
        match (auth, l) {
            (false, _) => n,
            (true, Lang::Da) => format!("{n} (autoriseret)"),
            (true, Lang::En) => format!("{n} (authorised)"),
        }
    });
    row("Samlet varighed", "Total length", &|r| {
        length(l, r.totals.calendar)
    });
    row("Skole / oplæring", "School / placement", &|r| {
        let (s, p) = match l {
            Lang::Da => ("skole", "oplæring"),
            Lang::En => ("school", "placement"),
        };
        format!(
            "{} {s}, {} {p}",
            length(l, r.totals.school),
            super::placement(l, r.totals.placement)
        )
    });
    row("Tid væk fra dit job", "Time away from your job", &|r| {
        let away = r
            .steps
            .iter()
            .map(|s| {
                let full = catalog
                    .programme(&s.programme)
                    .is_some_and(|p| p.pace == Pace::FullTime);
                if full { s.calendar } else { s.school }
            })
            .sum();
        length(l, away)
    });
    row(
        "Indkomst under uddannelsen",
        "Income while studying",
        &|r| {
            let month = match l {
                Lang::Da => "md.",
                Lang::En => "month",
            };
            match (r.totals.monthly_income, r.totals.income_change) {
                (Some(m), Some(c)) => format!(
                    "{} / {month} ({}{})",
                    money(l, m),
                    if c >= 0 { "+" } else { "" },
                    money(l, Money(c))
                ),
                (Some(m), None) => format!("{} / {month}", money(l, m)),
                _ => match l {
                    Lang::Da => "ikke kendt for alle trin".into(),
                    Lang::En => "not known for every step".into(),
                },
            }
        },
    );
    row("Pris før støtte", "Cost before funding", &|r| {
        money(l, r.totals.fees)
    });
    row("Din pris efter støtte", "Your cost after funding", &|r| {
        money(l, r.totals.net_cost)
    });
    // Each source once, with its best answer over the route; those that say no are counted,
    // not listed (the cards list them with the reason).
    row("Støtte", "Funding", &|r| {
        let totals = crate::engine::funding::by_source(r);
        let mut parts: Vec<String> = totals
            .iter()
            .filter(|t| t.best <= FundVerdict::Unknown)
            .map(|t| {
                let name = catalog.name_of(&t.source);
                let mut part = format!("{}: {}", l.pick(&name), verdict_word(l, t.best));
                if t.amount > Money::ZERO {
                    part.push_str(&format!(" ({})", money(l, t.amount)));
                }
                part
            })
            .collect();
        let others = totals.len() - parts.len();
        if others > 0 {
            parts.push(tr!(
                l.is_en(),
                format!("{others} andre ordninger: nej eller lukket"),
                format!("{others} other schemes: no or closed")
            ));
        }
        if parts.is_empty() {
            "–".into()
        } else {
            parts.join("; ")
        }
    });
    // Figures used after their period ended, by whose they are: the detail is on the cards.
    row(
        "Tal fra en periode, der er slut",
        "Figures from a period that ended",
        &|r| {
            let mut names: Vec<String> = Vec::new();
            for why in r.periods_ended() {
                if let crate::engine::reason::Reason::RatePeriodEnded { of, ended } = why {
                    let n = format!(
                        "{} ({})",
                        l.pick(&catalog.name_of(of)),
                        super::date(l, *ended)
                    );
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
            }
            if names.is_empty() {
                "–".into()
            } else {
                names.join("; ")
            }
        },
    );
    row("Adgangskrav for dig", "Entry requirements for you", &|r| {
        let count = |v: Verdict| {
            r.steps
                .iter()
                .flat_map(|s| s.requirements.checks.iter())
                .filter(|c| c.verdict == v)
                .count()
        };
        let (m, n, u) = (
            count(Verdict::Met),
            count(Verdict::NotMet),
            count(Verdict::Unknown),
        );
        match l {
            Lang::Da => format!("{m} opfyldt, {n} mangler, {u} uvist"),
            Lang::En => format!("{m} met, {n} not met, {u} unknown"),
        }
    });
    row("Fører videre til", "Opens the way to", &|r| {
        let next = next_roles(catalog, &r.to);
        if next.is_empty() {
            "–".into()
        } else {
            next.iter()
                .map(|id| l.pick(&catalog.name_of(id)).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        }
    });
    row("Kilder (tjekket)", "Sources (checked)", &|r| {
        let mut ids: Vec<&Id> = Vec::new();
        for s in &r.steps {
            if let Some(p) = catalog.programme(&s.programme) {
                ids.extend(p.sources.iter());
            }
            for m in &s.merit {
                ids.extend(m.sources.iter());
            }
        }
        ids.sort();
        ids.dedup();
        ids.iter()
            .map(|id| match catalog.source(id) {
                Some(src) => format!("{} ({})", src.publisher, super::date(l, src.checked)),
                None => id.to_string(),
            })
            .collect::<Vec<_>>()
            .join("; ")
    });
    Comparison { titles, rows }
}

/// What a what-if changed, one line per difference (a line saying so when nothing changed).
pub fn what_if_lines(catalog: &Catalog, w: &WhatIf, l: Lang) -> Vec<String> {
    let before = |i: usize| route_title(catalog, &w.before[i], l);
    let tr = |da: String, en: String| if l.is_en() { en } else { da };
    let shown = |m: Option<Money>| match (m, l) {
        (Some(m), l) => money(l, m),
        (None, Lang::Da) => "ukendt".to_string(),
        (None, Lang::En) => "unknown".to_string(),
    };
    let mut lines: Vec<String> = w
        .changes
        .iter()
        .map(|c| match c {
            Change::NewRoute { route } => {
                let r = &w.after[*route];
                let (t, len) = (route_title(catalog, r, l), length(l, r.totals.calendar));
                tr(
                    format!("Ny vej: {t} ({len})"),
                    format!("New route: {t} ({len})"),
                )
            }
            Change::Gone { route } => tr(
                format!("Vejen {} er ikke længere mulig", before(*route)),
                format!("The route {} is no longer possible", before(*route)),
            ),
            Change::Length {
                route,
                before: b,
                after: a,
            } => {
                let d = length(l, Weeks((a.0 - b.0).abs()));
                let (t, now) = (before(*route), length(l, *a));
                match (a < b, l) {
                    (true, Lang::Da) => format!("{t}: {d} kortere ({now})"),
                    (false, Lang::Da) => format!("{t}: {d} længere ({now})"),
                    (true, Lang::En) => format!("{t}: {d} shorter ({now})"),
                    (false, Lang::En) => format!("{t}: {d} longer ({now})"),
                }
            }
            Change::Cost {
                route,
                before: b,
                after: a,
            } => tr(
                format!(
                    "{}: din pris ændres fra {} til {}",
                    before(*route),
                    money(l, *b),
                    money(l, *a)
                ),
                format!(
                    "{}: your cost changes from {} to {}",
                    before(*route),
                    money(l, *b),
                    money(l, *a)
                ),
            ),
            Change::Income {
                route,
                before: b,
                after: a,
            } => tr(
                format!(
                    "{}: indkomst pr. måned ændres fra {} til {}",
                    before(*route),
                    shown(*b),
                    shown(*a)
                ),
                format!(
                    "{}: monthly income changes from {} to {}",
                    before(*route),
                    shown(*b),
                    shown(*a)
                ),
            ),
            Change::OpenNoMore { reason } => tr(
                format!("Ikke længere et åbent krav: {}", l.reason(catalog, reason)),
                format!(
                    "No longer an open requirement: {}",
                    l.reason(catalog, reason)
                ),
            ),
            Change::OpenNew { reason } => tr(
                format!("Nyt åbent krav: {}", l.reason(catalog, reason)),
                format!("New open requirement: {}", l.reason(catalog, reason)),
            ),
        })
        .collect();
    if lines.is_empty() {
        lines.push(tr(
            "Ændringen gør ingen forskel for vejene".into(),
            "The change makes no difference to the routes".into(),
        ));
    }
    lines
}

/// "I alt: 2 år · 10 mdr. skole, 1 år oplæring · 15.933 kr. pr. md. (+500 kr. …) · du betaler 0 kr."
pub fn totals_line(l: Lang, r: &Route) -> String {
    let t = &r.totals;
    let income = match t.monthly_income {
        Some(m) => {
            let mut s = l.route_per_month().replace("{}", &money(l, m));
            if let Some(c) = t.income_change {
                s.push_str(&format!(
                    " ({})",
                    l.route_vs_now().replace("{}", &signed(l, c))
                ));
            }
            s
        }
        None => l.route_income_unknown().to_string(),
    };
    format!(
        "{}: {} · {} {}, {} {} · {} · {}",
        l.route_total(),
        length(l, t.calendar),
        length(l, t.school),
        l.route_school(),
        super::placement(l, t.placement),
        l.route_placement(),
        income,
        l.route_you_pay().replace("{}", &money(l, t.net_cost)),
    )
}

/// An amount in øre with its sign: "+1.200 kr." / "-800 kr.".
pub fn signed(l: Lang, ore: i64) -> String {
    let plus = if ore >= 0 { "+" } else { "" };
    format!("{plus}{}", money(l, Money(ore)))
}
