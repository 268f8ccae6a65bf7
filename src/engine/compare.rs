//! Comparison rows for two to four routes side by side, with differing rows marked.

use super::eval::{Verdict, name_of};
use super::finish::track_label;
use super::funding::FundVerdict;
use super::profile::Profile;
use super::routes::Route;
use crate::catalog::{Catalog, Id, Pace, Text};
use crate::i18n::{self, Lang};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub label: Text,
    /// One cell per compared route.
    pub cells: Vec<Text>,
    pub differs: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub titles: Vec<Text>,
    pub rows: Vec<Row>,
}

fn both(f: impl Fn(Lang) -> String) -> Text {
    Text::new(f(Lang::Da), f(Lang::En))
}

/// A route's steps as "GF2 → SSA (EUV2)".
pub fn title(catalog: &Catalog, r: &Route) -> Text {
    both(|l| {
        r.steps
            .iter()
            .map(|s| {
                let n = name_of(catalog, &s.programme);
                let mut t = l.pick(&n).to_string();
                if s.track != crate::catalog::TrackCode::Standard {
                    t.push_str(&format!(" ({})", track_label(&format!("{:?}", s.track))));
                }
                if let Some(o) = &s.offering {
                    t.push_str(&format!(" – {o}"));
                }
                t
            })
            .collect::<Vec<_>>()
            .join(" → ")
    })
}

/// Roles a person can go on to from `role` (programmes gated by it, and where they lead).
pub fn next_roles(catalog: &Catalog, role: &str) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::new();
    let links = catalog.links();
    for (i, p) in catalog.programmes.iter().enumerate() {
        if links.gate[i]
            .as_ref()
            .is_some_and(|g| g.iter().any(|r| r == role))
        {
            for r in &p.leads_to {
                if r != role && !out.contains(r) {
                    out.push(r.clone());
                }
            }
        }
    }
    out.sort();
    out
}

fn verdict_word(l: Lang, v: FundVerdict) -> &'static str {
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

/// Side-by-side rows for two to four routes; texts in both languages.
pub fn compare(catalog: &Catalog, profile: &Profile, routes: &[Route]) -> Comparison {
    let titles = routes.iter().map(|r| title(catalog, r)).collect();
    let mut rows: Vec<Row> = Vec::new();
    let mut row = |da: &str, en: &str, cell: &dyn Fn(&Route) -> Text| {
        let cells: Vec<Text> = routes.iter().map(cell).collect();
        let differs = cells.windows(2).any(|w| w[0] != w[1]);
        rows.push(Row {
            label: Text::new(da, en),
            cells,
            differs,
        });
    };
    row("Du bliver", "You become", &|r| {
        let n = name_of(catalog, &r.to);
        let auth = catalog.role(&r.to).is_some_and(|x| x.authorised);
        Text::new(
            format!("{}{}", n.da, if auth { " (autoriseret)" } else { "" }),
            format!("{}{}", n.get(true), if auth { " (authorised)" } else { "" }),
        )
    });
    row("Samlet varighed", "Total length", &|r| {
        both(|l| i18n::length(l, r.totals.calendar))
    });
    row("Skole / oplæring", "School / placement", &|r| {
        both(|l| {
            let (s, p) = match l {
                Lang::Da => ("skole", "oplæring"),
                Lang::En => ("school", "placement"),
            };
            format!(
                "{} {s}, {} {p}",
                i18n::length(l, r.totals.school),
                i18n::length(l, r.totals.placement)
            )
        })
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
        both(|l| i18n::length(l, away))
    });
    row(
        "Indkomst under uddannelsen",
        "Income while studying",
        &|r| {
            both(
                |l| match (r.totals.monthly_income, r.totals.income_change) {
                    (Some(m), Some(c)) => format!(
                        "{} / md. ({}{})",
                        i18n::money(l, m),
                        if c >= 0 { "+" } else { "" },
                        i18n::money(l, crate::catalog::Money(c))
                    ),
                    (Some(m), None) => format!("{} / md.", i18n::money(l, m)),
                    _ => match l {
                        Lang::Da => "ikke kendt for alle trin".into(),
                        Lang::En => "not known for every step".into(),
                    },
                },
            )
        },
    );
    row("Pris før støtte", "Cost before funding", &|r| {
        both(|l| i18n::money(l, r.totals.fees))
    });
    row("Din pris efter støtte", "Your cost after funding", &|r| {
        both(|l| i18n::money(l, r.totals.net_cost))
    });
    row("Støtte", "Funding", &|r| {
        both(|l| {
            let mut parts: Vec<String> = Vec::new();
            for s in &r.steps {
                for f in &s.funding {
                    let n = name_of(catalog, &f.source);
                    let part = format!("{}: {}", l.pick(&n), verdict_word(l, f.verdict));
                    if !parts.contains(&part) {
                        parts.push(part);
                    }
                }
            }
            if parts.is_empty() {
                "–".into()
            } else {
                parts.join("; ")
            }
        })
    });
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
        Text::new(
            format!("{m} opfyldt, {n} mangler, {u} uvist"),
            format!("{m} met, {n} not met, {u} unknown"),
        )
    });
    row("Fører videre til", "Opens the way to", &|r| {
        let next = next_roles(catalog, &r.to);
        both(|l| {
            if next.is_empty() {
                "–".into()
            } else {
                next.iter()
                    .map(|id| l.pick(&name_of(catalog, id)).to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        })
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
        both(|l| {
            ids.iter()
                .map(|id| match catalog.source(id) {
                    Some(src) => format!("{} ({})", src.publisher, i18n::date(l, src.checked)),
                    None => id.to_string(),
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
    });
    let _ = profile;
    Comparison { titles, rows }
}
