//! One course priced for a person, as lines of text: for `vejviser course` and the course's
//! detail page in the window.

use super::Lang;
use crate::catalog::Catalog;
use crate::engine::{FundVerdict, Step, Verdict};

/// A verdict as one mark: ✓ may get, ? maybe, ■ closed, ✗ not.
pub fn mark(v: FundVerdict) -> &'static str {
    match v {
        FundVerdict::Eligible => "✓",
        FundVerdict::Unknown => "?",
        FundVerdict::Closed => "■",
        FundVerdict::NotEligible => "✗",
    }
}

/// The course as lines of text for a person (the first is its name; the others are indented
/// by three spaces, details by six). `caveat` adds the course's uncertain facts after the price,
/// for the command line; the window's detail page shows them in its head already.
pub fn lines(c: &Catalog, s: &Step, l: Lang, caveat: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = |t: String| out.push(t);
    line(l.pick(&c.name_of(&s.programme)).to_string());
    line(format!(
        "   {}: {} – {} · {}",
        l.cli_when(),
        super::date(l, s.start),
        super::date(l, s.end),
        super::length(l, s.calendar)
    ));
    line(format!(
        "   {}: {} · {} {} · {} {}",
        l.cli_price(),
        super::money(l, s.fees),
        l.cli_funding(),
        super::money(l, s.funded),
        l.cli_you_pay(),
        super::money(l, s.net_cost)
    ));
    if let Some(r) = &s.fee_rule {
        line(format!("      {}", l.reason(c, r)));
    }
    if let Some(u) = c
        .programme(&s.programme)
        .and_then(|p| p.uncertain.as_ref())
        .filter(|_| caveat)
    {
        line(format!("   ? {}: {}", l.detail_uncertain(), l.pick(u)));
    }
    let monthly = s
        .income
        .monthly
        .map(|m| format!("{}{}", super::money(l, m), l.cli_per_month()))
        .unwrap_or_else(|| l.cli_amount_unknown().to_string());
    line(format!(
        "   {}: {monthly} – {}",
        l.cli_income(),
        l.reason(c, &s.income.reason)
    ));
    for r in s.periods_ended() {
        line(format!(
            "   ! {}: {}",
            l.period_ended_label(),
            l.reason(c, r)
        ));
    }
    let mut not_covering = Vec::new();
    for f in &s.funding {
        let name = l.pick(&c.name_of(&f.source)).to_string();
        if f.verdict == FundVerdict::NotEligible {
            not_covering.push(name);
            continue;
        }
        let mut head = format!("   {} {name}", mark(f.verdict));
        if f.amount.ore() > 0 {
            head.push_str(&format!(" ({})", super::money(l, f.amount)));
        }
        line(head);
        let open = f.reasons.iter().filter(|ch| ch.verdict != Verdict::Met);
        for ch in open.filter(|ch| !ch.reason.is_period_ended()) {
            line(format!("      {}", l.reason(c, &ch.reason)));
        }
        let Some(src) = c.funding_source(&f.source) else {
            continue;
        };
        if f.co_payment.ore() > 0
            && let Some(who) = &src.co_payer
        {
            line(format!(
                "      {}: {} ({})",
                l.cli_co_payment(),
                super::money(l, f.co_payment),
                l.pick(who)
            ));
        }
        if let Some(to) = &src.paid_to {
            line(format!("      {}: {}", l.cli_paid_to(), l.pick(to)));
        }
        if !src.signers.is_empty() {
            let who: Vec<&str> = src.signers.iter().map(|g| l.signer(*g)).collect();
            line(format!("      {}: {}", l.cli_signers(), who.join(", ")));
        }
        for (n, how) in src.how_to_apply.iter().enumerate() {
            line(format!("      {}. {}", n + 1, l.pick(how)));
        }
    }
    if !not_covering.is_empty() {
        line(format!(
            "   ✗ {}: {}",
            l.cli_not_for_you(),
            not_covering.join(", ")
        ));
    }
    for (what, when) in &s.deadlines {
        line(format!(
            "   ⏰ {}: {}",
            l.reason(c, what),
            super::date(l, *when)
        ));
    }
    for ch in s.requirements.open() {
        line(format!("   ? {}", l.reason(c, &ch.reason)));
    }
    out
}
