//! The printed plan as blocks: what `store::print` gathers for every printed form, plus the
//! route worked out again for today (steps with dates, gaps, income, funding, next steps).

use super::layout::Block;
use crate::catalog::{Catalog, Date, FundingSource, Money, Source, is_old};
use crate::engine::funding::by_source as answers;
use crate::engine::reason::Reason;
use crate::engine::{FundVerdict, Route, Verdict};
use crate::i18n::{self, Lang, table};
use crate::store::Plan;
use crate::store::print::{page, plan_sources};

/// Blocks of the plan, in reading order. `route` is the plan's route worked out for `today`
/// (`None`: not found any more, the saved steps and summary are shown instead).
pub fn plan_blocks(
    plan: &Plan,
    route: Option<&Route>,
    catalog: &Catalog,
    l: Lang,
    today: Date,
    name: Option<&str>,
) -> Vec<Block> {
    let p = page(plan, catalog, l);
    let mut b = vec![Block::H1(p.title.clone())];
    let mut head = Vec::new();
    if let Some(first) = name.and_then(|n| n.split_whitespace().next()) {
        head.push(l.pdf_for().replace("{}", first));
    }
    head.push(l.pdf_printed().replace("{}", &i18n::date(l, today)));
    head.push(p.dates.clone());
    // Said before the figures, not after them; the footer says where it was printed.
    head.push(l.print_caveat().to_string());
    b.push(Block::Small(head.join(" · ")));
    // The usual title already says "from → to"; the line is for a title the person chose.
    let usual = match &p.from {
        Some(from) => format!("{from} → {}", p.to),
        None => p.to.clone(),
    };
    if p.title != usual {
        let mut way = Vec::new();
        if let Some(from) = &p.from {
            way.push(format!("{}: {from}", l.print_from()));
        }
        way.push(format!("{}: {}", l.print_to(), p.to));
        b.push(Block::P(way.join("  →  ")));
    }

    b.push(Block::H2(l.print_route().to_string()));
    match route {
        Some(r) => route_blocks(&mut b, r, catalog, l, today),
        None => {
            b.push(Block::Warn(l.pdf_saved_route().to_string()));
            let steps = p.steps.iter().map(|(n, t)| match t {
                Some(t) => format!("{n} ({t})"),
                None => n.clone(),
            });
            b.push(Block::Numbered(steps.collect()));
            if !p.summary.is_empty() {
                b.push(Block::Bullets(p.summary.to_vec()));
            }
        }
    }
    b.push(Block::H2(l.pdf_next().to_string()));
    b.push(Block::Numbered(next_steps(route, catalog, l)));
    if !p.notes.is_empty() {
        // The notes belong with what to do next, so they sit under it.
        b.push(Block::H3(l.print_notes().to_string()));
        b.push(Block::P(p.notes.to_string()));
    }
    glossary(&mut b, l);
    b.push(Block::H2(l.print_sources().to_string()));
    let mut sources = plan_sources(plan, catalog);
    if let Some(r) = route {
        for a in answers(r)
            .iter()
            .filter(|a| a.best < FundVerdict::NotEligible)
        {
            let ids = catalog
                .funding_source(&a.source)
                .map(|f| f.sources.as_slice());
            for s in ids
                .unwrap_or_default()
                .iter()
                .filter_map(|id| catalog.source(id))
            {
                if !sources.iter().any(|x| x.id == s.id) {
                    sources.push(s);
                }
            }
        }
    }
    // Most sources were checked on a few days, so the date heads a group of them, newest
    // first; an old date is marked as the app marks it.
    let mut dates: Vec<Date> = sources.iter().map(|s| s.checked).collect();
    dates.sort_by(|a, b| b.cmp(a));
    dates.dedup();
    for d in dates {
        let when = i18n::date(l, d);
        if is_old(d, today) {
            let months = crate::catalog::STALE_MONTHS.to_string();
            b.push(Block::Warn(
                l.pdf_sources_old()
                    .replacen("{}", &when, 1)
                    .replacen("{}", &months, 1),
            ));
        } else {
            b.push(Block::Small(l.pdf_sources_checked().replace("{}", &when)));
        }
        let same_day: Vec<&Source> = sources.iter().copied().filter(|s| s.checked == d).collect();
        b.push(Block::Fine(source_items(&same_day)));
    }
    b
}

/// The timeline, then each step: what the person meets and lacks, income, deadlines; then
/// who pays.
fn route_blocks(b: &mut Vec<Block>, r: &Route, catalog: &Catalog, l: Lang, today: Date) {
    let name = |id: &str| l.pick(&catalog.name_of(id)).to_string();
    let timeline = r.steps.iter().map(|s| {
        let track = if s.track == crate::catalog::TrackCode::Standard {
            String::new()
        } else {
            format!(" ({})", table::track(s.track))
        };
        format!(
            "{} – {}: {}{track} · {}",
            i18n::date(l, s.start),
            i18n::date(l, s.end),
            name(&s.programme),
            i18n::length(l, s.calendar)
        )
    });
    b.push(Block::Numbered(timeline.collect()));
    b.push(Block::P(format!(
        "{}: {} · {} {}, {} {} · {} {}",
        l.cli_total(),
        i18n::length(l, r.totals.calendar),
        i18n::length(l, r.totals.school),
        l.cli_school(),
        i18n::placement(l, r.totals.placement),
        l.cli_placement(),
        l.cli_you_pay(),
        i18n::money(l, r.totals.net_cost)
    )));
    let caveats = r.caveats(catalog);
    for (n, s) in r.steps.iter().enumerate() {
        b.push(Block::H3(
            l.pdf_step()
                .replacen("{}", &(n + 1).to_string(), 1)
                .replacen("{}", &name(&s.programme), 1),
        ));
        let mut lines = Vec::new();
        let met: Vec<String> = s
            .requirements
            .checks
            .iter()
            .filter(|c| c.verdict == Verdict::Met)
            .map(|c| l.reason(catalog, &c.reason))
            .collect();
        if !met.is_empty() {
            lines.push(format!("{}: {}", l.pdf_meets(), met.join("; ")));
        }
        for c in s
            .requirements
            .checks
            .iter()
            .filter(|c| c.verdict != Verdict::Met)
        {
            let mut line = format!("{}: {}", l.pdf_missing(), l.reason(catalog, &c.reason));
            // A gap an earlier step of this route closes is named by that step.
            let on_route = r.steps[..n]
                .iter()
                .position(|x| c.close.contains(&x.programme));
            match on_route {
                Some(k) => line.push_str(&format!(
                    " → {} {}",
                    l.cli_closed_by(),
                    l.route_step()
                        .replace("{}", &(k + 1).to_string())
                        .to_lowercase()
                )),
                None if !c.close.is_empty() => {
                    let by: Vec<String> = c.close.iter().map(|id| name(id)).collect();
                    line.push_str(&format!(" → {} {}", l.cli_closed_by(), by.join(", ")));
                }
                None => {}
            }
            lines.push(line);
        }
        for m in &s.merit {
            lines.push(format!("Merit: {}", l.reason(catalog, &m.reason)));
        }
        let monthly = match (s.income.monthly, s.income.change) {
            (Some(m), Some(c)) => format!(
                "{}{} ({})",
                i18n::money(l, m),
                l.cli_per_month(),
                l.pdf_income_vs().replace("{}", &signed(l, c))
            ),
            (Some(m), None) => format!("{}{}", i18n::money(l, m), l.cli_per_month()),
            _ => l.cli_amount_unknown().to_string(),
        };
        lines.push(format!(
            "{}: {monthly} – {}",
            l.cli_income(),
            l.reason(catalog, &s.income.reason)
        ));
        lines.extend(deadline_lines(&s.deadlines, catalog, l));
        b.push(Block::Bullets(lines));
        if let Some(u) = caveats[n] {
            b.push(Block::Warn(format!(
                "{}: {}",
                l.detail_uncertain(),
                l.pick(u)
            )));
        }
    }
    funding_blocks(b, r, catalog, l, today);
}

/// A step's deadlines: each catalogue date on its own line, then the funds' windows in one
/// line, each fund once with its first and last day to apply.
fn deadline_lines(deadlines: &[(Reason, Date)], catalog: &Catalog, l: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    let mut funds: Vec<(&str, Option<Date>, Option<Date>)> = Vec::new();
    for (reason, d) in deadlines {
        let (source, from) = match reason {
            Reason::ApplyFrom { source } => (source, true),
            Reason::ApplyBy { source } => (source, false),
            other => {
                lines.push(format!(
                    "{}: {}",
                    l.reason(catalog, other),
                    i18n::date(l, *d)
                ));
                continue;
            }
        };
        let at = match funds.iter().position(|f| f.0 == source.as_str()) {
            Some(i) => i,
            None => {
                funds.push((source.as_str(), None, None));
                funds.len() - 1
            }
        };
        if from {
            funds[at].1 = Some(*d);
        } else {
            funds[at].2 = Some(*d);
        }
    }
    let windows: Vec<String> = funds
        .iter()
        .map(|(id, from, by)| {
            let when = match (from, by) {
                (Some(a), Some(b)) => format!("{} – {}", i18n::date(l, *a), i18n::date(l, *b)),
                (Some(a), None) => l.funding_apply_from().replace("{}", &i18n::date(l, *a)),
                (None, Some(b)) => l.funding_apply_by().replace("{}", &i18n::date(l, *b)),
                (None, None) => String::new(),
            };
            format!("{} {when}", l.pick(&catalog.name_of(id)))
        })
        .collect();
    if !windows.is_empty() {
        lines.push(format!("{}: {}", l.pdf_apply_funds(), windows.join("; ")));
    }
    lines
}

/// Sources as list items, one per publisher: its titles, then the addresses in short (a
/// site the publisher's name already gives, "SVU (svu.dk)", is not repeated).
fn source_items(sources: &[&Source]) -> Vec<String> {
    let mut publishers: Vec<&str> = sources.iter().map(|s| s.publisher.as_str()).collect();
    publishers.dedup();
    let mut seen = Vec::new();
    publishers.retain(|p| {
        let new = !seen.contains(p);
        seen.push(*p);
        new
    });
    publishers
        .into_iter()
        .map(|p| {
            let theirs: Vec<&&Source> = sources.iter().filter(|s| s.publisher == p).collect();
            let titles: Vec<&str> = theirs.iter().map(|s| s.title.as_str()).collect();
            let mut line = format!("{p}: {}", titles.join("; "));
            let mut urls: Vec<String> = Vec::new();
            for s in &theirs {
                let url = short_url(&s.url);
                // Several pages of one site: the site once.
                let url = if theirs.len() > 1 {
                    url.split('/').next().unwrap_or_default().to_string()
                } else {
                    url
                };
                let site = url.split('/').next().unwrap_or_default();
                let named = (url == site || url.ends_with('…')) && line.contains(site);
                if !named && !urls.contains(&url) {
                    urls.push(url);
                }
            }
            if !urls.is_empty() {
                line.push_str(" · ");
                line.push_str(&urls.join(", "));
            }
            line
        })
        .collect()
}

/// An address as short as it can be printed: without scheme and "www.", in full when
/// short, else its site followed by "/…" (the title says which page).
fn short_url(url: &str) -> String {
    let bare = url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.")
        .trim_end_matches('/');
    if bare.chars().count() <= 32 {
        return bare.to_string();
    }
    match bare.split_once('/') {
        Some((host, _)) => format!("{host}/…"),
        None => bare.to_string(),
    }
}

/// `+1.200 kr.` / `-3.400 kr.`
fn signed(l: Lang, change: i64) -> String {
    let sign = if change >= 0 { "+" } else { "" };
    format!("{sign}{}", i18n::money(l, Money(change)))
}

/// Each source that may pay: verdict, amount, co-payment, who gets the money, deadlines,
/// signers, how to apply and its status; the others in one line.
fn funding_blocks(b: &mut Vec<Block>, r: &Route, catalog: &Catalog, l: Lang, today: Date) {
    b.push(Block::H2(l.pdf_funding().to_string()));
    let mut no = Vec::new();
    for a in answers(r) {
        let Some(f) = catalog.funding_source(&a.source) else {
            continue;
        };
        if a.best == FundVerdict::NotEligible {
            no.push(l.pick(&f.name).to_string());
            continue;
        }
        // The status date says when "open" or "closed" was last seen, so it goes with the verdict.
        b.push(Block::H3(format!(
            "{}: {} · {}",
            l.pick(&f.name),
            table::verdict_word(l, a.best),
            l.pdf_status()
                .replace("{}", &i18n::date(l, f.status.checked))
        )));
        let closed = a.best == FundVerdict::Closed;
        let mut lines = Vec::new();
        let mut money = Vec::new();
        if a.amount > Money::ZERO {
            money.push(format!(
                "{}: {}",
                l.funding_amount(),
                i18n::money(l, a.amount)
            ));
            if a.co_payment > Money::ZERO {
                let payer = f.co_payer.as_ref().map(|t| format!(" ({})", l.pick(t)));
                money.push(format!(
                    "{}: {}{}",
                    l.funding_co_payment(),
                    i18n::money(l, a.co_payment),
                    payer.unwrap_or_default()
                ));
            }
        }
        if let Some(to) = &f.paid_to {
            money.push(format!("{}: {}", l.pdf_paid_to(), l.pick(to)));
        }
        if !money.is_empty() && !closed {
            lines.push(money.join(" · "));
        }
        // One line per answer, naming the steps it is for; steps the source does not
        // cover at all are left out (the verdict above says what it gives).
        let mut grouped: Vec<(FundVerdict, String, Vec<String>)> = Vec::new();
        for (n, _, res) in a
            .steps
            .iter()
            .filter(|s| s.2.verdict != FundVerdict::NotEligible)
        {
            let why = res
                .reasons
                .iter()
                .find(|c| c.verdict != Verdict::Met)
                .or(res.reasons.first())
                .map(|c| l.reason(catalog, &c.reason))
                .unwrap_or_default();
            match grouped
                .iter_mut()
                .find(|g| g.0 == res.verdict && g.1 == why)
            {
                Some(g) => g.2.push(n.to_string()),
                None => grouped.push((res.verdict, why, vec![n.to_string()])),
            }
        }
        for (verdict, why, steps) in grouped {
            lines.push(format!(
                "{}: {} – {why}",
                l.route_step().replace("{}", &steps.join(", ")),
                table::verdict_word(l, verdict)
            ));
        }
        // A closed source cannot be applied to now: its verdict and why are enough, and the
        // caveats about applying to it are left out with the rest of the how-to.
        if !closed {
            // The window for the first step the source is for, not for a step it skips.
            lines.push(apply_line(l, f, a.first_for()));
        }
        b.push(Block::Bullets(lines));
        if let Some(u) = f.uncertain.as_ref().filter(|_| !closed) {
            b.push(Block::Warn(format!(
                "{}: {}",
                l.detail_uncertain(),
                l.pick(u)
            )));
        }
        if is_old(f.status.checked, today) {
            b.push(Block::Warn(l.detail_old_source()));
        }
    }
    if !no.is_empty() {
        b.push(Block::Small(format!(
            "{}: {}",
            l.pdf_not_for_you(),
            no.join(", ")
        )));
    }
}

/// How to apply, as one item: the window for the first step the source concerns, who
/// signs, and the steps to take.
fn apply_line(l: Lang, f: &FundingSource, first: Option<&crate::engine::FundingResult>) -> String {
    let mut parts = vec![l.apply_window(f, first)];
    if !f.signers.is_empty() {
        let who: Vec<&str> = f.signers.iter().map(|s| l.signer(*s)).collect();
        parts.push(format!("{}: {}", l.funding_signers(), who.join(", ")));
    }
    if !f.how_to_apply.is_empty() {
        let how: Vec<&str> = f.how_to_apply.iter().map(|t| l.pick(t)).collect();
        parts.push(format!("{}: {}", l.detail_how_apply(), how.join(" ")));
    }
    sentences(&parts)
}

/// Parts joined as sentences: a full stop after each part that does not end with one.
fn sentences(parts: &[String]) -> String {
    let mut out = String::new();
    for p in parts {
        if !out.is_empty() {
            if !out.ends_with(['.', '!', '?']) {
                out.push('.');
            }
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// Three things to do now, each with whom to talk to: close a gap, apply for the first
/// step, apply for the funding; the union representative when fewer apply.
fn next_steps(route: Option<&Route>, catalog: &Catalog, l: Lang) -> Vec<String> {
    let name = |id: &str| l.pick(&catalog.name_of(id)).to_string();
    let mut out = Vec::new();
    if let Some(r) = route {
        let on_route =
            |c: &&crate::engine::Check| r.steps.iter().any(|s| c.close.contains(&s.programme));
        let gap = r
            .open
            .iter()
            .find(|c| c.verdict == Verdict::NotMet && !on_route(c));
        if let Some(c) = gap {
            out.push(l.pdf_act_gap().replace("{}", &l.reason(catalog, &c.reason)));
        }
        if let Some(first) = r.steps.first() {
            match first.deadlines.first() {
                Some((_, d)) => out.push(
                    l.pdf_act_apply()
                        .replacen("{}", &name(&first.programme), 1)
                        .replacen("{}", &i18n::date(l, *d), 1),
                ),
                None => out.push(l.pdf_act_ask().replace("{}", &name(&first.programme))),
            }
        }
        let fund = answers(r)
            .into_iter()
            .find(|a| matches!(a.best, FundVerdict::Eligible | FundVerdict::Unknown));
        if let Some(a) = fund {
            let fname = name(&a.source);
            let by = a.steps.iter().find_map(|s| s.2.apply_by);
            out.push(match by {
                Some(d) => {
                    l.pdf_act_fund()
                        .replacen("{}", &fname, 1)
                        .replacen("{}", &i18n::date(l, d), 1)
                }
                None => l.pdf_act_fund_open().replace("{}", &fname),
            });
        }
    }
    if out.len() < 3 {
        out.push(l.pdf_act_union().to_string());
    }
    out.truncate(3);
    out
}

/// The glossary terms the page uses, as a list.
fn glossary(b: &mut Vec<Block>, l: Lang) {
    let text = b
        .iter()
        .map(|x| match x {
            Block::H1(t) | Block::H2(t) | Block::H3(t) | Block::P(t) => t.clone(),
            // The funds that do not apply are named in small type; their terms are not explained.
            Block::Small(_) | Block::Fine(_) | Block::Columns(_) => String::new(),
            Block::Warn(t) => t.clone(),
            Block::Bullets(v) | Block::Numbered(v) => v.join(" "),
            Block::Table(t) => t.rows.iter().map(|r| r.1.join(" ")).collect(),
        })
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let used: Vec<String> = i18n::glossary::terms_in(&text)
        .into_iter()
        .map(|t| format!("{}: {}", l.term_name(t), l.term_explain(t)))
        .collect();
    if !used.is_empty() {
        b.push(Block::H2(l.pdf_glossary().to_string()));
        b.push(Block::Columns(used));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Text;

    #[test]
    fn a_steps_fund_windows_are_one_line_and_catalogue_dates_stay_their_own() {
        let today = Date::new(2026, 11, 22);
        let catalog = crate::catalog::load::bundled(today).catalog;
        let (dkk, svu) = ("den-kommunale-kompetencefond", "svu");
        let d = |m, day| Date::new(2028, m, day);
        let deadlines = vec![
            (Reason::ApplyFrom { source: dkk.into() }, d(1, 10)),
            (Reason::ApplyBy { source: svu.into() }, d(2, 20)),
            (Reason::ApplyBy { source: dkk.into() }, d(3, 30)),
            (
                Reason::Catalogue(Text::new("Ansøgningsfrist", "Deadline")),
                d(4, 15),
            ),
        ];
        let lines = deadline_lines(&deadlines, &catalog, Lang::Da);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines[0], "Ansøgningsfrist: 15. apr. 2028");
        let funds = &lines[1];
        assert!(funds.starts_with(Lang::Da.pdf_apply_funds()), "{funds}");
        let name = |id: &str| Lang::Da.pick(&catalog.name_of(id)).to_string();
        // Each fund once, in the order its first date comes; a fund with only a last day
        // says so.
        assert_eq!(funds.matches(&name(dkk)).count(), 1, "{funds}");
        assert!(
            funds.contains(&format!("{} 10. jan. 2028 – 30. mar. 2028", name(dkk))),
            "{funds}"
        );
        assert!(
            funds.contains(&format!("{} senest 20. feb. 2028", name(svu))),
            "{funds}"
        );
        assert!(funds.find(&name(dkk)) < funds.find(&name(svu)), "{funds}");
    }
}
