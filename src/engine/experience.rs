//! Work experience weighted as the rules say: hours per week, a window before a date, day
//! shifts, and no elev time.

use super::profile::Work;
use crate::catalog::{Area, Date, Percent};

/// Experience is counted in units of a day weighted by hours: two units per day at 24+ hours a
/// week, one at 8–24 hours. A month is 30.4375 days, so 60.875 units; kept in thousandths.
pub const MILLI_UNITS_PER_MONTH: i64 = 60_875;

/// Weighted experience in thousandths of units: what counts, and what might count (day-shift
/// share unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Experience {
    pub counted: i64,
    pub unsure: i64,
}

/// Weighs a work history as the rules say: 24+ hours a week fully, 8–24 hours half, under 8 not
/// at all; only time inside the window before `date`; elev time never.
pub fn weighted_experience(
    work: &[Work],
    date: Date,
    areas: &[Area],
    within_years: Option<u8>,
    day_share: Option<Percent>,
) -> Experience {
    let window = within_years.map(|y| date.add_months(-(y as i64) * 12));
    let mut x = Experience::default();
    for w in work {
        if w.as_elev || (!areas.is_empty() && !areas.contains(&w.area)) {
            continue;
        }
        let weight = match w.hours_per_week {
            24.. => 2,
            8..=23 => 1,
            _ => 0,
        };
        let from = match window {
            Some(s) if s > w.from => s,
            _ => w.from,
        };
        let to = w.to.map_or(date, |t| t.min(date));
        let days = (to.day_number() - from.day_number()).max(0);
        let units = days * weight * 1000;
        match (day_share, w.day_share) {
            (Some(min), Some(have)) if have < min => {}
            (Some(_), None) => x.unsure += units,
            _ => x.counted += units,
        }
    }
    x
}
