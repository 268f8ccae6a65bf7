//! UI languages and strings. Each string is a method with one arm per language, so a missing
//! translation is a compile error. Also money, length and date formatting.
//!
//! Strings are grouped by screen in submodules, each an `impl Lang` made by `strings!`.

use crate::catalog::{Date, Money, Text, Weeks};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, Serialize)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    pub fn is_en(self) -> bool {
        self == Lang::En
    }

    /// Catalogue text in this language (Danish when English is missing).
    pub fn pick(self, text: &Text) -> &str {
        text.get(self.is_en())
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Defines `Lang` methods returning one string per language: `name: "dansk", "English";`.
macro_rules! strings {
    ($($name:ident: $da:expr, $en:expr;)*) => {
        impl Lang {
            $(
                pub fn $name(self) -> &'static str {
                    match self {
                        Lang::Da => $da,
                        Lang::En => $en,
                    }
                }
            )*
        }
    };
}

/// `tr!(en, danish, english)`: builds only the sentence of the language asked for.
macro_rules! tr {
    ($en:expr, $da:expr, $english:expr $(,)?) => {
        if $en { $english } else { $da }
    };
}

// Screen string modules come after the macro so they can use it.
mod app;
mod cli;
mod common;
mod compare;
pub mod course;
mod explore;
mod funding;
pub mod glossary;
mod map;
mod names;
mod pdf;
mod phrases;
mod plans;
mod print;
mod problems;
mod profile;
mod reasons;
mod routes;
mod session;
mod start;
mod store;
pub mod table;

pub use phrases::{edu, kind_name};

strings! {
    app_name: "Vejviser", "Vejviser";
    weeks_unit: "uger", "weeks";
    months_unit: "måneder", "months";
}

/// `30.000 kr.` in Danish, `DKK 30,000` in English (whole kroner).
pub fn money(lang: Lang, m: Money) -> String {
    let kr = m.kroner();
    let (sep, before, after) = match lang {
        Lang::Da => ('.', "", " kr."),
        Lang::En => (',', "DKK ", ""),
    };
    let digits = kr.unsigned_abs().to_string();
    // Built in one go: funding reasons call this for every step of every route.
    let mut out = String::with_capacity(digits.len() * 4 / 3 + 6);
    if kr < 0 {
        out.push('-');
    }
    out.push_str(before);
    for (i, c) in digits.char_indices() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out.push_str(after);
    out
}

/// A length in the unit people use: course days (5 a week) under two weeks, whole weeks up
/// to a year (school weeks are counted in weeks), then years and months.
pub fn length(lang: Lang, w: Weeks) -> String {
    let tenths = w.tenths();
    if tenths > 0 && tenths < 20 {
        // Course days: a week of AMU is five days.
        let days = (tenths * 5 + 5) / 10;
        return match (lang, days) {
            (Lang::Da, 1) => "1 dag".to_string(),
            (Lang::Da, d) => format!("{d} dage"),
            (Lang::En, 1) => "1 day".to_string(),
            (Lang::En, d) => format!("{d} days"),
        };
    }
    if tenths < 530 {
        let weeks = (tenths + 5) / 10;
        return match lang {
            Lang::Da => format!("{weeks} uger"),
            Lang::En => format!("{weeks} weeks"),
        };
    }
    months(lang, w)
}

/// Time in training at work (oplæring, praktik) the way it is spoken of: in months from a
/// month up, in weeks below.
pub fn placement(lang: Lang, w: Weeks) -> String {
    if w.tenths() < 43 {
        return length(lang, w);
    }
    months(lang, w)
}

fn months(lang: Lang, w: Weeks) -> String {
    let months = w.as_months().round() as i64;
    let (y, m) = (months / 12, months % 12);
    let en_months = |m: i64| {
        if m == 1 {
            "1 month".to_string()
        } else {
            format!("{m} months")
        }
    };
    let en_years = |y: i64| {
        if y == 1 {
            "1 year".to_string()
        } else {
            format!("{y} years")
        }
    };
    match (lang, y, m) {
        (Lang::Da, 0, m) => format!("{m} mdr."),
        (Lang::Da, y, 0) => format!("{y} år"),
        (Lang::Da, y, m) => format!("{y} år {m} mdr."),
        (Lang::En, 0, m) => en_months(m),
        (Lang::En, y, 0) => en_years(y),
        (Lang::En, y, m) => format!("{} {}", en_years(y), en_months(m)),
    }
}

/// `22. nov. 2026` / `22 Nov 2026`.
pub fn date(lang: Lang, d: Date) -> String {
    const DA: [&str; 12] = [
        "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
        "dec.",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let i = (d.month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::Da => format!("{}. {} {}", d.day, DA[i], d.year),
        Lang::En => format!("{} {} {}", d.day, EN[i], d.year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_grouped_per_language() {
        assert_eq!(money(Lang::Da, Money::kr(30_000)), "30.000 kr.");
        assert_eq!(money(Lang::En, Money::kr(1_234_567)), "DKK 1,234,567");
        assert_eq!(money(Lang::Da, Money::kr(-500)), "-500 kr.");
    }

    #[test]
    fn lengths_read_naturally() {
        assert_eq!(length(Lang::Da, Weeks::from_weeks(0.0)), "0 uger");
        assert_eq!(length(Lang::Da, Weeks::from_days(3.0)), "3 dage");
        assert_eq!(length(Lang::En, Weeks::from_days(1.0)), "1 day");
        assert_eq!(length(Lang::Da, Weeks::from_weeks(4.0)), "4 uger");
        assert_eq!(length(Lang::Da, Weeks::from_weeks(12.6)), "13 uger");
        assert_eq!(length(Lang::Da, Weeks::from_weeks(21.7)), "22 uger");
        assert_eq!(placement(Lang::Da, Weeks::from_weeks(38.0)), "9 mdr.");
        assert_eq!(placement(Lang::En, Weeks::from_weeks(26.0)), "6 months");
        assert_eq!(placement(Lang::Da, Weeks::from_weeks(0.0)), "0 uger");
        assert_eq!(
            length(Lang::En, Weeks::from_months(14.0)),
            "1 year 2 months"
        );
        assert_eq!(
            length(Lang::En, Weeks::from_months(25.0)),
            "2 years 1 month"
        );
        assert_eq!(placement(Lang::En, Weeks::from_months(1.0)), "1 month");
        assert_eq!(length(Lang::Da, Weeks::from_months(42.0)), "3 år 6 mdr.");
    }
}
