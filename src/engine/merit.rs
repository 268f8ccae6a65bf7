//! Tracks and merit: which track a person qualifies for, and how much shorter the programme
//! is for them after the merit rules that fire.

use super::eval::{Context, Evaluation, Verdict, evaluate};
use super::profile::Profile;
use super::reason::Reason;
use crate::catalog::{Catalog, Date, Id, MeritRule, Programme, Requirement, TrackCode, Weeks};
use serde::Serialize;

/// A merit rule that fired, and what it took off.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AppliedMerit {
    pub rule: Id,
    pub school_cut: Weeks,
    pub placement_cut: Weeks,
    pub reason: Reason,
    pub sources: Vec<Id>,
    /// A right; otherwise the school decides after admission, and the cut is not counted in
    /// the planned length.
    pub right: bool,
}

/// A programme as it would be for one person: track, length after merit, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Personalised {
    pub programme: Id,
    pub track: TrackCode,
    /// Provider whose requirements were used, if they differ from the programme's.
    pub offering: Option<String>,
    pub school: Weeks,
    pub placement: Weeks,
    pub calendar: Weeks,
    /// The length if the school also grants the merit it decides case by case (`None`: no
    /// such merit).
    pub calendar_if_granted: Option<Weeks>,
    pub standard_calendar: Weeks,
    pub applied: Vec<AppliedMerit>,
    /// Merit rules in an exclusivity group that lost to a higher-priority rule.
    pub not_combined: Vec<Id>,
    pub eligibility: Evaluation,
    /// Programmes the person need not take first, from merit (`skip`), treated as held.
    pub skip: Vec<Id>,
    /// Index of the chosen track in the programme's `tracks` (`None`: the implicit one).
    pub track_index: Option<usize>,
}

/// The track's eligibility as the offering (if any) states it.
fn track_requirement(p: &Programme, offering: Option<usize>, track: usize) -> Option<&Requirement> {
    let t = &p.tracks[track];
    if let Some(o) = offering
        && let Some(ot) = p.offerings[o].tracks.iter().find(|ot| ot.code == t.code)
    {
        return Some(&ot.eligibility);
    }
    t.eligibility.as_ref()
}

/// A track's eligibility for a person (with the offering's override, if any).
pub fn track_eligibility(
    catalog: &Catalog,
    profile: &Profile,
    p: &Programme,
    offering: Option<&str>,
    track: usize,
    date: Date,
    also_holds: &[Id],
) -> Evaluation {
    let o = offering.and_then(|name| p.offerings.iter().position(|x| x.provider == name));
    let ctx = Context {
        date,
        also_holds,
        skipped: &[],
    };
    track_requirement(p, o, track)
        .map(|r| evaluate(r, profile, catalog, &ctx))
        .unwrap_or_else(Evaluation::met)
}

/// The programme's offerings that override a track's requirements, as variants; `[None]` when
/// none do. When the person prefers a school that offers the programme, only that school's
/// rules are used: its own variant, or the general rules where it has none.
pub fn variants(p: &Programme, profile: &Profile) -> Vec<Option<usize>> {
    let own = |i: usize| !p.offerings[i].tracks.is_empty();
    if let Some(school) = &profile.school
        && let Some(i) = p.offerings.iter().position(|o| &o.provider == school)
    {
        return vec![own(i).then_some(i)];
    }
    let v: Vec<Option<usize>> = (0..p.offerings.len())
        .filter(|&i| own(i))
        .map(Some)
        .collect();
    if v.is_empty() { vec![None] } else { v }
}

/// The programme as it would be for this person on `date`: one result per offering variant
/// (offerings that override a track), otherwise one.
pub fn personalise(
    catalog: &Catalog,
    profile: &Profile,
    programme_id: &str,
    date: Date,
    also_holds: &[Id],
) -> Vec<Personalised> {
    let Some(p) = catalog.programme(programme_id) else {
        return Vec::new();
    };
    variants(p, profile)
        .into_iter()
        .map(|o| personalise_variant(catalog, profile, p, o, None, date, also_holds))
        .collect()
}

/// One variant, with the track chosen per the conventions or forced by `force_track`.
pub fn personalise_variant(
    catalog: &Catalog,
    profile: &Profile,
    p: &Programme,
    offering: Option<usize>,
    force_track: Option<usize>,
    date: Date,
    also_holds: &[Id],
) -> Personalised {
    // Credit that replaces a programme (a gymnasial exam for GF2) counts before the track is
    // chosen, so tracks asking for that programme are open.
    let replaced = replaced_by_merit(catalog, profile, &p.id, date, also_holds);
    let ctx = Context {
        date,
        also_holds,
        skipped: &replaced,
    };
    let (track_index, eligibility) = if p.tracks.is_empty() {
        (None, Evaluation::met())
    } else if let Some(i) = force_track {
        let e = track_requirement(p, offering, i)
            .map(|r| evaluate(r, profile, catalog, &ctx))
            .unwrap_or_else(Evaluation::met);
        (Some(i), e)
    } else {
        choose_track(catalog, profile, p, offering, &ctx)
    };
    let (code, structure) = match track_index {
        Some(i) => {
            let t = &p.tracks[i];
            (t.code, t.structure.unwrap_or(p.structure))
        }
        None => (TrackCode::Standard, p.structure),
    };
    let school = structure.school.weeks();
    let placement = structure.placement.weeks();
    let standard_calendar = structure
        .calendar
        .map(|c| c.weeks())
        .unwrap_or(school + placement);
    let (applied, not_combined, skip) =
        apply_merit(catalog, profile, &p.id, code, school, date, also_holds);
    // Only merit that is a right shortens the planned length; the rest is a possibility.
    let after = |rights_only: bool| {
        let counted = applied.iter().filter(|a| a.right || !rights_only);
        let school_cut: Weeks = counted.clone().map(|a| a.school_cut).sum();
        let placement_cut: Weeks = counted.map(|a| a.placement_cut).sum();
        let school_after = school.saturating_sub(school_cut);
        let placement_after = placement.saturating_sub(placement_cut);
        // Cuts beyond what there is to cut do not shorten the calendar further.
        let real_cut = (school.0 - school_after.0) + (placement.0 - placement_after.0);
        let calendar = Weeks((standard_calendar.0 - real_cut).max(0));
        (school_after, placement_after, calendar)
    };
    let (school_after, placement_after, calendar) = after(true);
    let calendar_if_granted = applied.iter().any(|a| !a.right).then(|| after(false).2);
    Personalised {
        programme: p.id.clone(),
        track: code,
        offering: offering.map(|o| p.offerings[o].provider.clone()),
        school: school_after,
        placement: placement_after,
        calendar,
        calendar_if_granted,
        standard_calendar,
        applied,
        not_combined,
        eligibility,
        skip,
        track_index,
    }
}

/// The first track that is met; else the first unknown; else the first (not met).
fn choose_track(
    catalog: &Catalog,
    profile: &Profile,
    p: &Programme,
    offering: Option<usize>,
    ctx: &Context,
) -> (Option<usize>, Evaluation) {
    let mut unknown: Option<(usize, Evaluation)> = None;
    let mut first: Option<Evaluation> = None;
    for i in 0..p.tracks.len() {
        let e = match track_requirement(p, offering, i) {
            Some(r) => evaluate(r, profile, catalog, ctx),
            None => Evaluation::met(),
        };
        match e.verdict {
            Verdict::Met => return (Some(i), e),
            Verdict::Unknown if unknown.is_none() => unknown = Some((i, e)),
            _ if first.is_none() => first = Some(e),
            _ => {}
        }
    }
    if let Some((i, e)) = unknown {
        return (Some(i), e);
    }
    (Some(0), first.unwrap_or_else(Evaluation::met))
}

/// Programmes that merit rules on `programme` let the person skip (their trigger is met on
/// `date`), whatever the track.
fn replaced_by_merit(
    catalog: &Catalog,
    profile: &Profile,
    programme: &str,
    date: Date,
    also_holds: &[Id],
) -> Vec<Id> {
    let ctx = Context {
        date,
        also_holds,
        skipped: &[],
    };
    let rules = catalog.links().merit_on.get(programme);
    let mut out: Vec<Id> = Vec::new();
    for rule in rules.into_iter().flatten().map(|&i| &catalog.merit[i]) {
        let valid =
            rule.valid_from.is_none_or(|f| date >= f) && rule.valid_to.is_none_or(|t| date <= t);
        if !valid || rule.effect.skip.is_empty() {
            continue;
        }
        if evaluate(&rule.trigger, profile, catalog, &ctx).verdict == Verdict::Met {
            for id in &rule.effect.skip {
                if !out.contains(id) {
                    out.push(id.clone());
                }
            }
        }
    }
    out
}

/// The merit rules that fire for a programme and track, after exclusivity groups.
fn apply_merit(
    catalog: &Catalog,
    profile: &Profile,
    programme: &str,
    track: TrackCode,
    school: Weeks,
    date: Date,
    also_holds: &[Id],
) -> (Vec<AppliedMerit>, Vec<Id>, Vec<Id>) {
    let ctx = Context {
        date,
        also_holds,
        skipped: &[],
    };
    let mut fired: Vec<(&MeritRule, AppliedMerit)> = Vec::new();
    let rules = catalog.links().merit_on.get(programme);
    for rule in rules.into_iter().flatten().map(|&i| &catalog.merit[i]) {
        if !rule.tracks.is_empty() && !rule.tracks.contains(&track) {
            continue;
        }
        if rule.valid_from.is_some_and(|f| date < f) || rule.valid_to.is_some_and(|t| date > t) {
            continue;
        }
        let e = evaluate(&rule.trigger, profile, catalog, &ctx);
        if e.verdict != Verdict::Met {
            continue;
        }
        let pct = rule
            .effect
            .school_percent
            .map(|p| Weeks((school.0 * p.0 as i32 + 50) / 100))
            .unwrap_or_default();
        let school_cut = rule.effect.school.weeks() + pct;
        let placement_cut = rule.effect.placement.weeks();
        let reason = Reason::Merit {
            rule: rule.id.clone(),
            school: school_cut,
            placement: placement_cut,
            right: rule.right,
            skip: rule.effect.skip.clone(),
            because: e.checks.iter().map(|c| c.reason.clone()).collect(),
        };
        fired.push((
            rule,
            AppliedMerit {
                rule: rule.id.clone(),
                school_cut,
                placement_cut,
                reason,
                sources: rule.sources.clone(),
                right: rule.right,
            },
        ));
    }
    let mut applied = Vec::new();
    let mut not_combined = Vec::new();
    let mut skip = Vec::new();
    for (i, (rule, a)) in fired.iter().enumerate() {
        let wins = match &rule.group {
            None => true,
            Some(g) => {
                let key = |r: &MeritRule, a: &AppliedMerit| {
                    (r.priority, (a.school_cut + a.placement_cut).0)
                };
                // Ties on priority and size go to the rule listed first.
                fired.iter().enumerate().all(|(j, (r2, a2))| {
                    j == i
                        || r2.group.as_ref() != Some(g)
                        || key(r2, a2) < key(rule, a)
                        || (key(r2, a2) == key(rule, a) && i < j)
                })
            }
        };
        if wins {
            applied.push(a.clone());
            for s in &rule.effect.skip {
                if !skip.contains(s) {
                    skip.push(s.clone());
                }
            }
        } else {
            not_combined.push(rule.id.clone());
        }
    }
    (applied, not_combined, skip)
}
