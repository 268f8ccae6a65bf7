//! What `vejviser check` counts beyond the entries: AMU courses, facts marked uncertain, facts
//! resting on Vejviser's own estimates, and periods that have ended by a date.

use super::{Catalog, Date, Id, ProgrammeKind, Rate, Text};

/// The source id every figure that is Vejviser's own planning estimate cites.
pub const ESTIMATE_SOURCE: &str = "vejviser-estimate";

/// Counts of the catalogue's facts as of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub amu_courses: usize,
    /// Entries and parts (rates, salaries, tracks, offerings) with an `uncertain` text.
    pub uncertain: usize,
    /// Entries and parts that cite [`ESTIMATE_SOURCE`], and rates marked `estimate`.
    pub estimates: usize,
    /// Periods ended before the date: see [`Catalog::ended_periods`].
    pub periods_ended: usize,
}

/// One period that ended: what it belongs to (an entry id) and its last day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ended {
    pub of: Id,
    pub what: &'static str,
    pub ended: Date,
}

/// One fact: its `uncertain` text, the sources it cites, and whether it is marked as an
/// estimate of Vejviser's own.
type Fact<'a> = (&'a Option<Text>, Vec<&'a Id>, bool);

impl Catalog {
    pub fn tally(&self, as_of: Date) -> Tally {
        let facts = self.facts();
        Tally {
            amu_courses: self
                .programmes
                .iter()
                .filter(|p| p.kind == ProgrammeKind::AmuCourse)
                .count(),
            uncertain: facts.iter().filter(|(u, _, _)| u.is_some()).count(),
            estimates: facts
                .iter()
                .filter(|(_, s, e)| *e || s.iter().any(|id| *id == ESTIMATE_SOURCE))
                .count(),
            periods_ended: self.ended_periods(as_of).len(),
        }
    }

    /// Every fact with what it cites: entries and the parts that carry their own
    /// `uncertain` text (salaries, tracks, offerings, rates).
    fn facts(&self) -> Vec<Fact<'_>> {
        let mut out: Vec<Fact<'_>> = Vec::new();
        for r in &self.roles {
            out.push((&r.uncertain, r.sources.iter().collect(), false));
            for s in &r.salary {
                out.push((&s.uncertain, vec![&s.source], false));
            }
        }
        for p in &self.programmes {
            out.push((&p.uncertain, p.sources.iter().collect(), false));
            for t in &p.tracks {
                out.push((&t.uncertain, t.sources.iter().collect(), false));
            }
            for o in &p.offerings {
                out.push((&o.uncertain, o.sources.iter().collect(), false));
            }
        }
        for m in &self.merit {
            out.push((&m.uncertain, m.sources.iter().collect(), false));
        }
        for s in &self.pay {
            out.push((&s.uncertain, s.sources.iter().collect(), false));
            out.extend(s.rates.iter().map(rate));
        }
        for f in &self.funding {
            out.push((&f.uncertain, f.sources.iter().collect(), false));
            out.extend(f.rates.iter().map(rate));
        }
        out
    }

    /// Periods that ended before `as_of` with nothing newer in the catalogue: the newest rate
    /// of each series (same variant, age band and month), caps, funding sources, programmes
    /// and merit rules with a `valid_to`.
    pub fn ended_periods(&self, as_of: Date) -> Vec<Ended> {
        let mut out = Vec::new();
        let mut push = |of: &Id, what, end: Option<Date>| {
            if let Some(ended) = end.filter(|d| *d < as_of) {
                out.push(Ended {
                    of: of.clone(),
                    what,
                    ended,
                });
            }
        };
        for s in &self.pay {
            for r in newest(&s.rates) {
                push(&s.id, "rate", r.valid_to);
            }
        }
        for f in &self.funding {
            for r in newest(&f.rates) {
                push(&f.id, "rate", r.valid_to);
            }
            for c in &f.caps {
                push(&f.id, "cap", c.valid_to);
            }
            push(&f.id, "scheme", f.valid_to);
        }
        for p in &self.programmes {
            push(&p.id, "programme", p.valid_to);
        }
        for m in &self.merit {
            push(&m.id, "merit rule", m.valid_to);
        }
        out
    }
}

fn rate(r: &Rate) -> Fact<'_> {
    (&r.uncertain, vec![&r.source], r.estimate)
}

/// The rates no other rate of the same series (variant, age band, month) follows.
pub fn newest(rates: &[Rate]) -> impl Iterator<Item = &Rate> {
    let series = |r: &Rate| (r.variant.clone(), r.age_min, r.age_max, r.from_month);
    rates.iter().filter(move |r| {
        !rates
            .iter()
            .any(|o| series(o) == series(r) && o.from > r.from)
    })
}
