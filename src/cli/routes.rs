//! The `routes`, `compare` and `synth` verbs: routes for a person in the terminal or as JSON,
//! routes side by side, and synthetic catalogues for benchmarks.

use super::{OK, USAGE_ERROR};
use crate::catalog::{Catalog, Date};
use crate::engine::Profile;
use crate::engine::eval::Verdict;
use crate::engine::funding::FundVerdict;
use crate::engine::reason::Reason;
use crate::engine::routes::{Query, Route, SortBy, find_routes};
use crate::i18n::{self, Lang};
use std::io::Write;
use std::path::PathBuf;

/// Options shared by `routes` and `compare`.
#[derive(Debug, Default)]
pub(super) struct Opts {
    pub(super) from: Option<String>,
    pub(super) to: Option<String>,
    pub(super) profile: Option<PathBuf>,
    pub(super) catalog: Vec<PathBuf>,
    pub(super) sort: SortBy,
    pub(super) lang: Lang,
    pub(super) json: bool,
    pub(super) max_steps: usize,
    pub(super) start: Option<Date>,
    pub(super) ids: Vec<String>,
    /// Most routes shown; `None`: a handful in text, all in JSON.
    pub(super) limit: Option<usize>,
    /// Also write the best route (`routes`) or the table (`compare`) to this PDF.
    pub(super) pdf: Option<PathBuf>,
}

pub(super) fn parse(verb: &str, args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        max_steps: 4,
        ..Opts::default()
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("vejviser {verb}: {name} needs a value"))
        };
        match a.as_str() {
            "--from" => o.from = Some(value("--from")?),
            "--to" => o.to = Some(value("--to")?),
            "--profile" => o.profile = Some(PathBuf::from(value("--profile")?)),
            "--catalog" => o.catalog.push(PathBuf::from(value("--catalog")?)),
            "--pdf" => o.pdf = Some(PathBuf::from(value("--pdf")?)),
            "--sort" => {
                let v = value("--sort")?;
                o.sort = SortBy::parse(&v).ok_or_else(|| {
                    format!(
                        "vejviser {verb}: --sort is fastest, cheapest, income or steps, not `{v}`"
                    )
                })?;
            }
            "--lang" => {
                let v = value("--lang")?;
                o.lang = Lang::parse(&v)
                    .ok_or_else(|| format!("vejviser {verb}: --lang is da or en, not `{v}`"))?;
            }
            "--format" => match value("--format")?.as_str() {
                "text" => o.json = false,
                "json" => o.json = true,
                v => {
                    return Err(format!(
                        "vejviser {verb}: --format is text or json, not `{v}`"
                    ));
                }
            },
            "--max-steps" => {
                let v = value("--max-steps")?;
                o.max_steps = v
                    .parse()
                    .ok()
                    .filter(|n| (1..=8).contains(n))
                    .ok_or_else(|| {
                        format!("vejviser {verb}: --max-steps is a number from 1 to 8, not `{v}`")
                    })?;
            }
            "--limit" => {
                let v = value("--limit")?;
                o.limit = Some(v.parse().ok().filter(|n| *n >= 1).ok_or_else(|| {
                    format!("vejviser {verb}: --limit is a number from 1 up, not `{v}`")
                })?);
            }
            "--start" => {
                let v = value("--start")?;
                o.start = Some(Date::parse(&v).ok_or_else(|| {
                    format!("vejviser {verb}: --start is a date (YYYY-MM-DD), not `{v}`")
                })?);
            }
            s if s.starts_with('-') => {
                return Err(format!("vejviser {verb}: unknown option `{s}`"));
            }
            id => o.ids.push(id.to_string()),
        }
    }
    Ok(o)
}

/// Reads a profile leniently: missing fields take defaults, unknown fields are ignored.
pub fn read_profile(text: &str) -> Result<Profile, String> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str::<Profile>(text)
        .map_err(|e| format!("{}:{}: {}", e.span.start.line, e.span.start.col, e.code))
}

/// Edit distance, for "did you mean".
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The closest candidate, when it is reasonably close.
pub fn suggest<'a>(wrong: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (distance(wrong, c), c))
        .filter(|(d, c)| *d <= (c.len() / 2).max(3) || c.contains(wrong))
        .min()
        .map(|(_, c)| c)
}

fn unknown_role(catalog: &Catalog, verb: &str, id: &str) -> String {
    let hint = suggest(id, catalog.roles.iter().map(|r| r.id.as_str()))
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default();
    format!("vejviser {verb}: no role `{id}` in the catalogue{hint}")
}

/// The profile named by `--profile`, or an empty one.
pub(super) fn load_profile(verb: &str, o: &Opts) -> Result<Profile, String> {
    match &o.profile {
        Some(path) => {
            let shown = path.display();
            let bytes = crate::store::read_user_file(path)
                .map_err(|e| format!("vejviser {verb}: {shown}: {e}"))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| format!("vejviser {verb}: {shown}: the file is not UTF-8 text"))?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let profile =
                read_profile(text).map_err(|e| format!("vejviser {verb}: {shown}:{e}"))?;
            profile.check_size().map_err(|t| {
                format!("vejviser {verb}: {shown}: {}", o.lang.profile_too_large(&t))
            })?;
            Ok(profile)
        }
        None => Ok(Profile::default()),
    }
}

/// Loads catalogue and profile and runs the query.
fn prepare(verb: &str, o: &Opts, today: Date) -> Result<(Catalog, Profile, Query), String> {
    let loaded = crate::catalog::load::from_paths(&o.catalog, &[], today)
        .map_err(|p| format!("vejviser {verb}: {}", p.join("; ")))?;
    let catalog = loaded.catalog;
    let profile = load_profile(verb, o)?;
    let to =
        o.to.clone()
            .ok_or_else(|| format!("vejviser {verb}: say where to with --to ROLE"))?;
    if catalog.role(&to).is_none() {
        return Err(unknown_role(&catalog, verb, &to));
    }
    let from = o.from.clone().or_else(|| profile.role.clone());
    match &from {
        Some(f) if catalog.role(f).is_none() => return Err(unknown_role(&catalog, verb, f)),
        None => {
            return Err(format!(
                "vejviser {verb}: say where from with --from ROLE (or give a profile with a role)"
            ));
        }
        _ => {}
    }
    let query = Query {
        from,
        to,
        max_steps: o.max_steps,
        sort: o.sort,
        start: o.start,
        today,
    };
    Ok((catalog, profile, query))
}

/// Parses the options, checks the verb's own rule, and loads catalogue, profile and query;
/// on a problem, prints it and returns `None` (the caller exits with USAGE_ERROR).
fn setup(
    verb: &str,
    args: &[String],
    today: Date,
    check: impl Fn(&Opts) -> Result<(), String>,
    err: &mut dyn Write,
) -> Option<(Opts, Catalog, Profile, Query)> {
    let result = parse(verb, args).and_then(|o| {
        check(&o)?;
        prepare(verb, &o, today).map(|(c, p, q)| (o, c, p, q))
    });
    match result {
        Ok(x) => Some(x),
        Err(e) => {
            let _ = writeln!(err, "{e}");
            None
        }
    }
}

/// `vejviser routes ...`
pub fn routes(args: &[String], today: Date, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let checked = |o: &Opts| match o.ids.first() {
        Some(extra) => Err(format!("vejviser routes: unexpected argument `{extra}`")),
        None => Ok(()),
    };
    let Some((o, catalog, profile, query)) = setup("routes", args, today, checked, err) else {
        return USAGE_ERROR;
    };
    let found = find_routes(&catalog, &profile, &query);
    if let Some(path) = &o.pdf {
        let Some(best) = found.first() else {
            let _ = writeln!(err, "vejviser routes: no route, so no PDF was written");
            return USAGE_ERROR;
        };
        let plan =
            crate::store::Plan::for_route(&catalog, o.lang, best, &profile, String::new(), today);
        let bytes = crate::pdf::plan_with_route(&plan, Some(best), &catalog, o.lang, today, None);
        if let Err(e) = super::pdf::write(path, bytes) {
            let _ = writeln!(err, "vejviser routes: {e}");
            return USAGE_ERROR;
        }
    }
    let shown = o
        .limit
        .unwrap_or(if o.json { usize::MAX } else { TEXT_LIMIT });
    let written = if o.json {
        // Typed records straight to the output: no JSON tree in between.
        let records: Vec<super::json::JsonRoute> = found
            .iter()
            .take(shown)
            .enumerate()
            .map(|(i, r)| super::json::route(&catalog, r, i + 1, o.lang))
            .collect();
        // Buffered: stdout flushes at every line, and pretty JSON has hundreds of thousands.
        let mut w = std::io::BufWriter::with_capacity(1 << 16, &mut *out);
        serde_json::to_writer_pretty(&mut w, &records)
            .map_err(std::io::Error::other)
            .and_then(|_| writeln!(w))
            .and_then(|_| w.flush())
    } else {
        // Written to a buffer first, so the words it uses can be explained after it.
        let mut text: Vec<u8> = Vec::new();
        write_routes(&mut text, &catalog, &profile, &query, &found, shown, o.lang)
            .and_then(|()| out.write_all(&text))
            .and_then(|()| write_glossary(out, &String::from_utf8_lossy(&text), o.lang))
    };
    if written.is_err() { USAGE_ERROR } else { OK }
}

/// The glossary terms that occur in `text`, each with its explanation.
pub(super) fn write_glossary(out: &mut dyn Write, text: &str, l: Lang) -> std::io::Result<()> {
    let terms = crate::i18n::glossary::terms_in(text);
    if terms.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", l.cli_glossary_heading())?;
    for t in terms {
        writeln!(out, "  {}: {}", l.term_name(t), l.term_explain(t))?;
    }
    Ok(())
}

/// `vejviser glossary [--lang da|en]`: every term with its explanation.
pub fn glossary(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut l = Lang::Da;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match (a.as_str(), it.next().and_then(|v| Lang::parse(v))) {
            ("--lang", Some(lang)) => l = lang,
            _ => {
                let _ = writeln!(err, "vejviser glossary: use --lang da|en");
                return USAGE_ERROR;
            }
        }
    }
    for t in crate::i18n::glossary::Term::ALL {
        if writeln!(out, "{}\n  {}\n", l.term_name(t), l.term_explain(t)).is_err() {
            return USAGE_ERROR;
        }
    }
    OK
}

/// Routes shown in text unless `--limit` says otherwise.
const TEXT_LIMIT: usize = 5;

pub(super) use crate::i18n::course::mark;

fn write_routes(
    out: &mut dyn Write,
    catalog: &Catalog,
    profile: &Profile,
    query: &Query,
    routes: &[Route],
    shown: usize,
    l: Lang,
) -> std::io::Result<()> {
    let from = query
        .from
        .as_deref()
        .map(|f| catalog.name_of(f))
        .unwrap_or_default();
    let to = catalog.name_of(&query.to);
    let heading = l.cli_routes_heading(l.pick(&from), l.pick(&to), routes.len(), query.sort);
    writeln!(out, "{heading}")?;
    writeln!(out, "{}\n", l.cli_pareto_legend())?;
    if routes.is_empty() {
        writeln!(out, "{}", l.cli_no_route())?;
    }
    for (i, r) in routes.iter().take(shown).enumerate() {
        write_route(out, catalog, profile, r, i + 1, l)?;
    }
    if routes.len() > shown {
        writeln!(out, "{}", l.cli_showing(shown))?;
    }
    Ok(())
}

fn write_route(
    out: &mut dyn Write,
    catalog: &Catalog,
    profile: &Profile,
    r: &Route,
    rank: usize,
    l: Lang,
) -> std::io::Result<()> {
    let star = if r.pareto { "★ " } else { "" };
    let title = i18n::table::route_title(catalog, r, l);
    writeln!(out, "{rank}. {star}{title}")?;
    writeln!(out, "   id: {}", r.id)?;
    let per_month = l.cli_per_month();
    let income = match (r.totals.monthly_income, r.totals.income_change) {
        (Some(m), Some(c)) => format!(
            "{}{per_month} ({}{})",
            i18n::money(l, m),
            if c >= 0 { "+" } else { "" },
            i18n::money(l, crate::catalog::Money(c))
        ),
        (Some(m), None) => format!("{}{per_month}", i18n::money(l, m)),
        _ => l.cli_income_partly_unknown().to_string(),
    };
    let (school, placement, cost) = (l.cli_school(), l.cli_placement(), l.cli_you_pay());
    writeln!(
        out,
        "   {}: {} · {} {school}, {} {placement} · {income} · {cost} {}",
        l.cli_total(),
        i18n::length(l, r.totals.calendar),
        i18n::length(l, r.totals.school),
        i18n::placement(l, r.totals.placement),
        i18n::money(l, r.totals.net_cost)
    )?;
    let caveats = r.caveats(catalog);
    for (n, s) in r.steps.iter().enumerate() {
        let name = catalog.name_of(&s.programme);
        let track = i18n::table::track(s.track);
        let gap = if s.gap { l.cli_closes_gap() } else { "" };
        let at = s
            .offering
            .as_deref()
            .map(|o| format!(", {o}"))
            .unwrap_or_default();
        writeln!(
            out,
            "   {} {}: {} ({track}{at}){gap}, {} – {}",
            l.cli_step(),
            n + 1,
            l.pick(&name),
            i18n::date(l, s.start),
            i18n::date(l, s.end)
        )?;
        writeln!(
            out,
            "      {}: {} ({} {school}, {} {placement}){}",
            l.cli_length(),
            i18n::length(l, s.calendar),
            i18n::length(l, s.school),
            i18n::placement(l, s.placement),
            l.if_granted(s.calendar_if_granted)
        )?;
        if let Some(u) = caveats[n] {
            writeln!(out, "      ? {}: {}", l.detail_uncertain(), l.pick(u))?;
        }
        for (code, checks) in &s.tracks_passed {
            if let Some(c) = checks.first() {
                let t = i18n::table::track(*code);
                let lead = l.cli_not_track();
                writeln!(out, "      {lead} {t}: {}", l.reason(catalog, &c.reason))?;
            }
        }
        for m in &s.merit {
            writeln!(out, "      Merit: {}", l.reason(catalog, &m.reason))?;
        }
        let monthly = s
            .income
            .monthly
            .map(|m| format!("{}{per_month}", i18n::money(l, m)))
            .unwrap_or_else(|| l.cli_amount_unknown().to_string());
        writeln!(
            out,
            "      {}: {monthly} – {}",
            l.cli_income(),
            l.reason(catalog, &s.income.reason)
        )?;
        for r in s.periods_ended() {
            let label = l.period_ended_label();
            writeln!(out, "      ! {label}: {}", l.reason(catalog, r))?;
        }
        if s.fees.ore() > 0 {
            writeln!(
                out,
                "      {}: {} · {} {} · {cost} {}",
                l.cli_price(),
                i18n::money(l, s.fees),
                l.cli_funding(),
                i18n::money(l, s.funded),
                i18n::money(l, s.net_cost)
            )?;
        }
        if let Some(r) = &s.fee_rule {
            writeln!(out, "      {}: {}", l.cli_price(), l.reason(catalog, r))?;
        }
        let mut not_covering: Vec<String> = Vec::new();
        for f in &s.funding {
            let src = catalog.funding_source(&f.source);
            // "Does not cover this programme" is grouped on one line to keep the list short.
            if f.verdict == FundVerdict::NotEligible
                && f.reasons.len() == 1
                && src.is_some_and(|x| !x.kinds.is_empty() || !x.programmes.is_empty())
                && matches!(*f.reasons[0].reason, Reason::NotListed { .. })
            {
                not_covering.push(l.pick(&catalog.name_of(&f.source)).to_string());
                continue;
            }
            // An ended period has its own line above.
            let mut shown = f.reasons.iter().filter(|c| !c.reason.is_period_ended());
            let why = shown
                .clone()
                .find(|c| c.verdict != Verdict::Met)
                .or(shown.next())
                .map(|c| l.reason(catalog, &c.reason).to_string())
                .unwrap_or_default();
            let pays_fees = src.is_some_and(|x| {
                matches!(
                    x.benefit,
                    crate::catalog::Benefit::ShareOfFees
                        | crate::catalog::Benefit::WeeklyRate
                        | crate::catalog::Benefit::WageDifference
                )
            });
            let amount = if f.amount.ore() > 0 && pays_fees {
                format!(" ({})", i18n::money(l, f.amount))
            } else {
                String::new()
            };
            writeln!(
                out,
                "      {} {}{amount}: {why}",
                mark(f.verdict),
                l.pick(&catalog.name_of(&f.source))
            )?;
        }
        if !not_covering.is_empty() {
            let lead = l.cli_not_covering();
            writeln!(out, "      ✗ {lead}: {}", not_covering.join(", "))?;
        }
        for (label, d) in &s.deadlines {
            writeln!(
                out,
                "      ⏰ {}: {}",
                l.reason(catalog, label),
                i18n::date(l, *d)
            )?;
        }
    }
    if !r.open.is_empty() {
        writeln!(out, "   {}:", l.cli_open())?;
        for c in &r.open {
            let m = if c.verdict == Verdict::NotMet {
                "✗"
            } else {
                "?"
            };
            let close = if c.close.is_empty() {
                String::new()
            } else {
                let names: Vec<String> = c
                    .close
                    .iter()
                    .map(|id| l.pick(&catalog.name_of(id)).to_string())
                    .collect();
                format!(" → {} {}", l.cli_closed_by(), names.join(", "))
            };
            writeln!(out, "      {m} {}{close}", l.reason(catalog, &c.reason))?;
        }
    }
    let _ = profile;
    writeln!(out)
}

/// `vejviser compare ...`
pub fn compare_verb(args: &[String], today: Date, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let checked = |o: &Opts| {
        if (2..=4).contains(&o.ids.len()) {
            Ok(())
        } else {
            Err("vejviser compare: give 2 to 4 route ids (as printed by `vejviser routes`)".into())
        }
    };
    let Some((o, catalog, profile, query)) = setup("compare", args, today, checked, err) else {
        return USAGE_ERROR;
    };
    let found = find_routes(&catalog, &profile, &query);
    let mut chosen = Vec::new();
    for id in &o.ids {
        match found.iter().find(|r| &r.id == id) {
            Some(r) => chosen.push(r.clone()),
            None => {
                let hint = suggest(id, found.iter().map(|r| r.id.as_str()))
                    .map(|s| format!("; did you mean `{s}`?"))
                    .unwrap_or_default();
                let _ = writeln!(
                    err,
                    "vejviser compare: no route `{id}` for this query{hint}"
                );
                return USAGE_ERROR;
            }
        }
    }
    let l = o.lang;
    if let Some(path) = &o.pdf {
        let bytes = crate::pdf::compare(&catalog, &chosen, l, today);
        if let Err(e) = super::pdf::write(path, bytes) {
            let _ = writeln!(err, "vejviser compare: {e}");
            return USAGE_ERROR;
        }
    }
    let c = i18n::table::compare(&catalog, &chosen, l);
    let written = if o.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&c).unwrap_or_default()
        )
    } else {
        let mut text = String::new();
        for (i, t) in c.titles.iter().enumerate() {
            text.push_str(&format!("[{}] {t}\n", i + 1));
        }
        text.push('\n');
        for row in &c.rows {
            let flag = if row.differs { "≠" } else { " " };
            text.push_str(&format!("{flag} {}\n", row.label));
            for (i, cell) in row.cells.iter().enumerate() {
                text.push_str(&format!("    [{}] {cell}\n", i + 1));
            }
        }
        write!(out, "{text}")
    };
    if written.is_err() { USAGE_ERROR } else { OK }
}

/// `vejviser synth --roles N --programmes N --leaves N OUT_DIR`
pub fn synth(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut n = [100usize, 1000, 5000];
    let mut seed = 1u64;
    let mut dir: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let slot = match a.as_str() {
            "--roles" => Some(0),
            "--programmes" => Some(1),
            "--leaves" => Some(2),
            "--seed" => None,
            s if s.starts_with('-') => {
                let _ = writeln!(err, "vejviser synth: unknown option `{s}`");
                return USAGE_ERROR;
            }
            d => {
                dir = Some(PathBuf::from(d));
                continue;
            }
        };
        let Some(v) = it.next().and_then(|v| v.parse::<u64>().ok()) else {
            let _ = writeln!(err, "vejviser synth: {a} needs a number");
            return USAGE_ERROR;
        };
        match slot {
            Some(i) => n[i] = v as usize,
            None => seed = v,
        }
    }
    let Some(dir) = dir else {
        let _ = writeln!(err, "vejviser synth: give an output folder");
        return USAGE_ERROR;
    };
    let files = crate::synth::ron_files(&crate::synth::synthetic(n[0], n[1], n[2], seed));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        let _ = writeln!(err, "vejviser synth: {}: {e}", dir.display());
        return USAGE_ERROR;
    }
    for (name, text) in &files {
        if let Err(e) = std::fs::write(dir.join(name), text) {
            let _ = writeln!(err, "vejviser synth: {}: {e}", dir.join(name).display());
            return USAGE_ERROR;
        }
    }
    let _ = writeln!(out, "wrote {} files to {}", files.len(), dir.display());
    OK
}
