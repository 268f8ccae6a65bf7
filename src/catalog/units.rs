//! Small value types the catalogue and the engine share: dates, money, lengths, percentages, text.

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A calendar date. Written `"2024-08-01"` in RON; `"2024-08"` means the first of the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().split('-');
        let year: u16 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = match parts.next() {
            Some(d) => d.parse().ok()?,
            None => 1,
        };
        if parts.next().is_some() || !(1000..=9999).contains(&year) {
            return None;
        }
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Days since 0000-03-01 (a proleptic Gregorian day count), for differences.
    pub fn day_number(self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (self.year as i64 - 1, self.month as i64 + 9)
        } else {
            (self.year as i64, self.month as i64 - 3)
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + self.day as i64 - 1
    }

    /// The inverse of [`Date::day_number`].
    pub fn from_day_number(n: i64) -> Date {
        let mut y = (10000 * n + 14780) / 3652425;
        let mut ddd = n - (365 * y + y / 4 - y / 100 + y / 400);
        if ddd < 0 {
            y -= 1;
            ddd = n - (365 * y + y / 4 - y / 100 + y / 400);
        }
        let mi = (100 * ddd + 52) / 3060;
        let mm = (mi + 2) % 12 + 1;
        let y = y + (mi + 2) / 12;
        let dd = ddd - (mi * 306 + 5) / 10 + 1;
        Date::new(y as u16, mm as u8, dd as u8)
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_day_number(self.day_number() + days)
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: Date) -> i64 {
        let mut m =
            (later.year as i64 - self.year as i64) * 12 + later.month as i64 - self.month as i64;
        if later.day < self.day {
            m -= 1;
        }
        m
    }

    /// The same day `months` later (clamped to the month's end).
    pub fn add_months(self, months: i64) -> Date {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + months;
        let year = (total / 12) as u16;
        let month = (total % 12 + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).ok_or_else(|| {
            de::Error::custom(format!(
                "`{text}` is not a date; write it as \"YYYY-MM-DD\" or \"YYYY-MM\""
            ))
        })
    }
}

/// An amount of money in øre. Written in RON as whole kroner (`30000`) or as text with øre
/// (`"13361.39"`); floats are refused so that amounts stay exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub i64);

impl Money {
    pub const ZERO: Money = Money(0);

    pub const fn kr(kroner: i64) -> Money {
        Money(kroner * 100)
    }

    pub fn ore(self) -> i64 {
        self.0
    }

    /// Whole kroner, rounded half away from zero.
    pub fn kroner(self) -> i64 {
        if self.0 >= 0 {
            (self.0 + 50) / 100
        } else {
            (self.0 - 50) / 100
        }
    }

    /// `part` per mille of this amount (e.g. 800 for 80 %), rounded to whole øre.
    pub fn per_mille(self, part: i64) -> Money {
        Money((self.0 * part + 500).div_euclid(1000))
    }

    pub fn parse(text: &str) -> Option<Money> {
        let text = text.trim().replace([' ', '_'], "");
        let (whole, frac) = match text.split_once(['.', ',']) {
            Some((w, f)) => (w, f),
            None => (text.as_str(), ""),
        };
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || frac.len() > 2 {
            return None;
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let kroner: i64 = whole.parse().ok()?;
        let ore: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().ok()? * 10,
            _ => frac.parse().ok()?,
        };
        kroner.checked_mul(100)?.checked_add(ore).map(Money)
    }
}

impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money(self.0.saturating_add(o.0))
    }
}

impl std::ops::Sub for Money {
    type Output = Money;
    fn sub(self, o: Money) -> Money {
        Money(self.0.saturating_sub(o.0))
    }
}

impl std::ops::AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        *self = *self + o;
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % 100 == 0 {
            s.serialize_i64(self.0 / 100)
        } else {
            s.serialize_str(&format!("{}.{:02}", self.0 / 100, (self.0 % 100).abs()))
        }
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("whole kroner (30000) or kroner with øre as text (\"13361.39\")")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Money, E> {
                i64::try_from(v)
                    .ok()
                    .and_then(|v| v.checked_mul(100))
                    .map(Money)
                    .ok_or_else(|| E::custom("amount is too large"))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Money, E> {
                if v < 0 {
                    return Err(E::custom(format!("amount {v} is negative")));
                }
                self.visit_u64(v as u64)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Money, E> {
                Err(E::custom(format!(
                    "amount {v} is a decimal number; write whole kroner or text such as \"{v:.2}\""
                )))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Money, E> {
                Money::parse(v).ok_or_else(|| {
                    E::custom(format!("`{v}` is not an amount; write e.g. \"13361.39\""))
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// A share in percent, 0 to 100. Larger values are refused when the file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Percent(pub u8);

// Written as the bare number it is read as: a derived newtype would write `(80)`, which the
// reader refuses, so a saved plan or profile with a share could not be opened again.
impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.0)
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = u32::deserialize(d)?;
        if v > 100 {
            return Err(de::Error::custom(format!(
                "{v} % is more than 100 %; a share is between 0 and 100"
            )));
        }
        Ok(Percent(v as u8))
    }
}

/// A length of time in tenths of a week. One month is 13/3 weeks, one year 52 weeks,
/// one (working) day a fifth of a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Weeks(pub i32);

impl Weeks {
    pub const ZERO: Weeks = Weeks(0);

    pub fn from_weeks(w: f64) -> Weeks {
        Weeks((w * 10.0).round() as i32)
    }
    pub fn from_months(m: f64) -> Weeks {
        Weeks((m * 130.0 / 3.0).round() as i32)
    }
    pub fn from_days(d: f64) -> Weeks {
        Weeks((d * 2.0).round() as i32)
    }
    pub fn tenths(self) -> i32 {
        self.0
    }
    pub fn as_weeks(self) -> f64 {
        self.0 as f64 / 10.0
    }
    pub fn as_months(self) -> f64 {
        self.0 as f64 * 3.0 / 130.0
    }
    /// Calendar days, for moving dates along a timeline.
    pub fn calendar_days(self) -> i64 {
        (self.0 as i64 * 7 + 5) / 10
    }
    pub fn saturating_sub(self, o: Weeks) -> Weeks {
        Weeks((self.0 - o.0).max(0))
    }
}

impl std::ops::Add for Weeks {
    type Output = Weeks;
    fn add(self, o: Weeks) -> Weeks {
        Weeks(self.0.saturating_add(o.0))
    }
}

impl std::ops::AddAssign for Weeks {
    fn add_assign(&mut self, o: Weeks) {
        *self = *self + o;
    }
}

impl std::iter::Sum for Weeks {
    fn sum<I: Iterator<Item = Weeks>>(iter: I) -> Weeks {
        iter.fold(Weeks::ZERO, |a, b| a + b)
    }
}

/// A length as written in a catalogue file: `(weeks: 17)`, `(months: 5)`, `(years: 3, months: 6)`,
/// `(days: 2.5)`. Each part must be zero or more.
#[derive(Debug, Clone, Copy, PartialEq, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Length {
    #[serde(skip_serializing_if = "NonNeg::is_zero")]
    pub years: NonNeg,
    #[serde(skip_serializing_if = "NonNeg::is_zero")]
    pub months: NonNeg,
    pub weeks: NonNeg,
    #[serde(skip_serializing_if = "NonNeg::is_zero")]
    pub days: NonNeg,
}

impl Length {
    pub fn weeks(self) -> Weeks {
        Weeks::from_weeks(self.years.0 * 52.0 + self.weeks.0)
            + Weeks::from_months(self.months.0)
            + Weeks::from_days(self.days.0)
    }
}

impl From<Length> for Weeks {
    fn from(l: Length) -> Weeks {
        l.weeks()
    }
}

/// A number of zero or more, possibly with decimals (1.6 weeks of merit).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default, Serialize)]
pub struct NonNeg(pub f64);

impl NonNeg {
    /// Zero, which written lengths leave out.
    fn is_zero(&self) -> bool {
        self.0 == 0.0
    }
}

impl<'de> Deserialize<'de> for NonNeg {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = f64::deserialize(d)?;
        if !v.is_finite() || v < 0.0 {
            return Err(de::Error::custom(format!(
                "{v} is negative; a length is zero or more"
            )));
        }
        if v > 10_000.0 {
            return Err(de::Error::custom(format!("{v} is too large for a length")));
        }
        Ok(NonNeg(v))
    }
}

/// Text shown to a user, in Danish and English. Danish must not be empty; an empty English
/// text falls back to Danish.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Text {
    pub da: String,
    pub en: String,
}

impl Text {
    pub fn new(da: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            da: da.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, english: bool) -> &str {
        if english && !self.en.trim().is_empty() {
            &self.en
        } else {
            &self.da
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            da: String,
            #[serde(default)]
            en: String,
        }
        let raw = Raw::deserialize(d)?;
        if raw.da.trim().is_empty() {
            return Err(de::Error::custom(
                "the Danish text (`da`) is empty; every text needs Danish",
            ));
        }
        Ok(Text {
            da: raw.da,
            en: raw.en,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_written_as_ron_reads_back() {
        let text = ron::to_string(&Some(Percent(80))).unwrap();
        let back: Option<Percent> = crate::store::parse_ron(&text).unwrap();
        assert_eq!(back, Some(Percent(80)), "{text}");
    }

    #[test]
    fn dates_round_trip_through_day_numbers() {
        for d in [
            Date::new(2024, 2, 29),
            Date::new(2026, 11, 22),
            Date::new(1999, 12, 31),
        ] {
            assert_eq!(Date::from_day_number(d.day_number()), d);
        }
        assert_eq!(Date::new(2024, 2, 28).add_days(2), Date::new(2024, 3, 1));
        assert_eq!(Date::new(2024, 1, 31).add_months(1), Date::new(2024, 2, 29));
        assert_eq!(
            Date::new(2025, 3, 1).months_until(Date::new(2026, 9, 1)),
            18
        );
    }

    #[test]
    fn date_parsing_refuses_impossible_days() {
        assert_eq!(Date::parse("2024-08"), Some(Date::new(2024, 8, 1)));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2024-13-01"), None);
    }

    #[test]
    fn money_parses_kroner_and_ore() {
        assert_eq!(Money::parse("13361.39"), Some(Money(1_336_139)));
        assert_eq!(Money::parse("30 000"), Some(Money::kr(30_000)));
        assert_eq!(Money::parse("1,5"), Some(Money(150)));
        assert_eq!(Money::parse("-3"), None);
        assert_eq!(Money::kr(30_000).per_mille(800), Money::kr(24_000));
    }

    #[test]
    fn lengths_convert_to_tenths_of_weeks() {
        let l = Length {
            months: NonNeg(5.0),
            ..Default::default()
        };
        assert_eq!(l.weeks(), Weeks(217));
        assert_eq!(Weeks::from_days(2.5), Weeks(5));
        assert_eq!(Weeks::from_weeks(1.6), Weeks(16));
    }
}
