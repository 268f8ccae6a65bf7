//! `vejviser course ID`: one course on its own, priced for a person: what it costs them, what
//! each fund gives and who receives it, the deadlines, who signs and how to apply.

use super::json::{Lengths, kroner};
use super::routes::{load_profile, parse, suggest};
use super::{OK, USAGE_ERROR};
use crate::catalog::{Catalog, Date};
use crate::engine::Step;
use crate::engine::course::answer;
use crate::i18n::{self, Lang};
use std::io::Write;

/// `vejviser course ID [--profile FILE] [--start YYYY-MM-DD] [--lang da|en] [--format text|json]`
pub fn course(args: &[String], today: Date, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let run = || -> Result<(String, bool), String> {
        let o = parse("course", args)?;
        let [id] = o.ids.as_slice() else {
            return Err("vejviser course: name one course id (see `vejviser --help`)".into());
        };
        let loaded = crate::catalog::load::from_paths(&o.catalog, &[], today)
            .map_err(|p| format!("vejviser course: {}", p.join("; ")))?;
        let catalog = loaded.catalog;
        let profile = load_profile("course", &o)?;
        let Some(step) = answer(&catalog, &profile, id, o.start, today) else {
            let hint = suggest(id, catalog.programmes.iter().map(|p| p.id.as_str()))
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            return Err(format!(
                "vejviser course: no course `{id}` in the catalogue{hint}"
            ));
        };
        let text = if o.json {
            serde_json::to_string_pretty(&json(&catalog, &step, o.lang)).unwrap_or_default()
        } else {
            i18n::course::lines(&catalog, &step, o.lang, true).join("\n")
        };
        Ok((text, o.json))
    };
    match run() {
        Ok((text, _)) => {
            if writeln!(out, "{text}").is_err() {
                return USAGE_ERROR;
            }
            OK
        }
        Err(e) => {
            let _ = writeln!(err, "{e}");
            USAGE_ERROR
        }
    }
}

/// The course as JSON, reasons in `lang`.
fn json(c: &Catalog, s: &Step, l: Lang) -> serde_json::Value {
    let why = |r: &crate::engine::reason::Reason| l.reason(c, r);
    let funding: Vec<serde_json::Value> = s
        .funding
        .iter()
        .map(|f| {
            let src = c.funding_source(&f.source);
            serde_json::json!({
                "source": f.source,
                "name": l.pick(&c.name_of(&f.source)),
                "verdict": format!("{:?}", f.verdict),
                "amount": kroner(f.amount),
                "co_payment": kroner(f.co_payment),
                "paid_to": src.and_then(|x| x.paid_to.as_ref()).map(|t| l.pick(t)),
                "co_payer": src.and_then(|x| x.co_payer.as_ref()).map(|t| l.pick(t)),
                "signers": src.map(|x| x.signers.iter().map(|g| l.signer(*g)).collect::<Vec<_>>()),
                "how_to_apply": src.map(|x| x.how_to_apply.iter().map(|t| l.pick(t)).collect::<Vec<_>>()),
                "apply_from": f.apply_from,
                "apply_by": f.apply_by,
                "reasons": f.reasons.iter().map(|ch| why(&ch.reason)).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::json!({
        "programme": s.programme,
        "name": l.pick(&c.name_of(&s.programme)),
        "start": s.start,
        "end": s.end,
        "weeks": Lengths::of(s.calendar, s.school, s.placement),
        "fees": kroner(s.fees),
        "funded": kroner(s.funded),
        "net_cost": kroner(s.net_cost),
        "fee_rule": s.fee_rule.as_ref().map(why),
        "monthly_income": s.income.monthly.map(kroner),
        "income_reason": why(&s.income.reason),
        "periods_ended": s.periods_ended().into_iter().map(why).collect::<Vec<_>>(),
        "funding": funding,
        "deadlines": s.deadlines.iter().map(|(r, d)| serde_json::json!({"label": why(r), "date": d})).collect::<Vec<_>>(),
        "requirements": s.requirements.checks.iter().map(|ch| serde_json::json!({
            "verdict": format!("{:?}", ch.verdict), "reason": why(&ch.reason), "close": ch.close,
        })).collect::<Vec<_>>(),
    })
}
