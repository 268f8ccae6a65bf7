//! Pay during a step: which pay scheme applies and what it gives per month.

use super::eval::{Context, Verdict, evaluate};
use super::profile::Profile;
use super::reason::Reason;
use super::routes::Income;
use crate::catalog::{Catalog, Date, Id, Money, PayKind, PayScheme, Per, Programme, Rate, Weeks};
use std::sync::Arc;

/// A rate converted to a monthly amount (a week is 13/3 of a month, a working month 160.33 h).
pub fn monthly(rate: &Rate) -> Money {
    match rate.per {
        Per::Month => rate.amount,
        Per::Week => Money(rate.amount.0 * 13 / 3),
        Per::Hour => Money(rate.amount.0 * 16033 / 100),
        Per::Day => Money(rate.amount.0 * 65 / 3),
    }
}

/// The rate with the latest `from` on or before `date` matching age, month and variant.
pub fn pick_rate<'a>(
    rates: &'a [Rate],
    date: Date,
    age: Option<u8>,
    month: Option<u16>,
    variant: Option<&str>,
) -> Option<&'a Rate> {
    rates
        .iter()
        .filter(|r| r.from <= date)
        .filter(|r| {
            age.is_none_or(|a| r.age_min.is_none_or(|m| a >= m) && r.age_max.is_none_or(|m| a <= m))
        })
        .filter(|r| match (month, r.from_month) {
            (Some(m), Some(f)) => m >= f,
            (None, Some(f)) => f <= 1,
            _ => true,
        })
        .filter(|r| variant.is_none_or(|v| r.variant.as_deref().is_none_or(|rv| rv == v)))
        .max_by_key(|r| (r.from, r.from_month.unwrap_or(0)))
}

/// The end of a rate's period when it ended before `date`: the rate is used on a day its
/// period no longer covers.
pub fn ended_before(rate: &Rate, date: Date) -> Option<Date> {
    rate.valid_to.filter(|end| *end < date)
}

/// The fact that a figure of `of` (a pay scheme or funding source) is used after its period
/// ended on `ended`.
pub fn period_ended(of: &str, ended: Date) -> Reason {
    Reason::RatePeriodEnded {
        of: of.to_string(),
        ended,
    }
}

/// Average monthly amount of a rates scheme over a step of `calendar` length, and the
/// earliest end of a period that ended before the month its rate was used for.
pub fn scheme_monthly(
    scheme: &PayScheme,
    profile: &Profile,
    start: Date,
    calendar: Weeks,
) -> Option<(Money, Option<Date>)> {
    let age = profile.age_on(start);
    let months = ((calendar.0 as i64 * 3 + 65) / 130).clamp(1, 60) as u16;
    let mut total = 0i64;
    let mut ended: Option<Date> = None;
    for m in 1..=months {
        let date = start.add_months(m as i64 - 1);
        let rate = pick_rate(&scheme.rates, date, age, Some(m), None)?;
        if let Some(end) = ended_before(rate, date) {
            ended = Some(ended.map_or(end, |e| e.min(end)));
        }
        total += monthly(rate).0;
    }
    Some((Money(total / months as i64), ended))
}

/// The income of one scheme for a person, with the reason.
pub fn scheme_income(
    catalog: &Catalog,
    profile: &Profile,
    scheme_id: &str,
    start: Date,
    calendar: Weeks,
) -> Income {
    let Some(s) = catalog.pay_scheme(scheme_id) else {
        return Income {
            scheme: Some(scheme_id.to_string()),
            monthly: None,
            change: None,
            reason: Reason::SchemeMissing {
                scheme: scheme_id.to_string(),
            },
            period_ended: None,
        };
    };
    let (amount, ended) = match s.kind {
        PayKind::WageKept => (profile.monthly_pay, None),
        PayKind::NoPay => (Some(Money::ZERO), None),
        PayKind::Rates | PayKind::Su => match scheme_monthly(s, profile, start, calendar) {
            Some((m, ended)) => (Some(m), ended),
            None => (None, None),
        },
    };
    let scheme = s.id.clone();
    let reason = match (s.kind, amount) {
        (PayKind::WageKept, None) => Reason::WageKeptPayUnknown { scheme },
        (PayKind::Su, None) => Reason::SuAmountMissing { scheme },
        (_, None) => Reason::NoRateForAge { scheme },
        _ => Reason::Scheme { scheme },
    };
    Income {
        scheme: Some(s.id.clone()),
        monthly: amount,
        change: change(profile, amount),
        reason,
        period_ended: ended.map(|e| period_ended(&s.id, e)),
    }
}

/// Difference from the person's current pay, when both are known.
pub fn change(profile: &Profile, amount: Option<Money>) -> Option<i64> {
    Some(amount?.0 - profile.monthly_pay?.0)
}

/// The income during a programme: the first pay scheme the person qualifies for.
pub fn income(
    catalog: &Catalog,
    profile: &Profile,
    p: &Programme,
    track: Option<usize>,
    start: Date,
    calendar: Weeks,
    also_holds: &[Id],
) -> Income {
    let list: &[Id] = track
        .and_then(|i| p.tracks.get(i))
        .and_then(|t| t.pay.as_deref())
        .unwrap_or(&p.pay);
    let ctx = Context {
        date: start,
        also_holds,
        skipped: &[],
    };
    // A scheme the person may get, and the questions that decide it.
    let mut possible: Option<(Income, Id, Vec<Arc<Reason>>)> = None;
    for id in list {
        let Some(s) = catalog.pay_scheme(id) else {
            continue;
        };
        let e = s
            .eligibility
            .as_ref()
            .map(|r| evaluate(r, profile, catalog, &ctx));
        let verdict = e.as_ref().map_or(Verdict::Met, |e| e.verdict);
        match verdict {
            Verdict::Met => {
                let mut inc = scheme_income(catalog, profile, id, start, calendar);
                if let Some((_, maybe, open)) = possible {
                    inc.reason = Reason::SchemeOrMaybe {
                        scheme: id.clone(),
                        maybe,
                        open,
                    };
                }
                return inc;
            }
            Verdict::Unknown if possible.is_none() => {
                let open = e
                    .iter()
                    .flat_map(|e| e.open())
                    .map(|c| c.reason.clone())
                    .collect();
                let inc = scheme_income(catalog, profile, id, start, calendar);
                possible = Some((inc, id.clone(), open));
            }
            _ => {}
        }
    }
    if let Some((mut inc, scheme, open)) = possible {
        inc.reason = Reason::PossiblyScheme { scheme, open };
        return inc;
    }
    Income {
        scheme: None,
        monthly: None,
        change: None,
        reason: Reason::IncomeUnknown,
        period_ended: None,
    }
}
