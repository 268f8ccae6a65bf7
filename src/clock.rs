//! The one place the program reads the calendar. Everything below takes "today" as a value,
//! so a maintainer can look ahead (`--today`), a printout can be reproduced, and tests pin it.

use crate::catalog::Date;

/// Environment variable that sets today's date for the CLI and the window alike.
pub const ENV: &str = "VEJVISER_TODAY";

/// The command-line option that sets today's date (it wins over [`ENV`]).
pub const OPTION: &str = "--today";

/// Removes `--today YYYY-MM-DD` from `args` and returns the date the program runs as:
/// the option, else `VEJVISER_TODAY`, else the system clock.
pub fn take_today(args: &mut Vec<String>) -> Result<Date, String> {
    let mut given = None;
    while let Some(i) = args.iter().position(|a| a == OPTION) {
        let value = args.get(i + 1).cloned();
        args.drain(i..(i + 2).min(args.len()));
        let Some(value) = value else {
            return Err(format!("{OPTION} needs a date (YYYY-MM-DD)"));
        };
        given = Some(parse(&value, OPTION)?);
    }
    match given {
        Some(d) => Ok(d),
        None => today(std::env::var(ENV).ok().as_deref()),
    }
}

/// Today's date: `env_value` (the value of `VEJVISER_TODAY`, if set and not empty), else
/// the system clock.
pub fn today(env_value: Option<&str>) -> Result<Date, String> {
    match env_value.filter(|v| !v.trim().is_empty()) {
        Some(v) => parse(v, ENV),
        None => Ok(system_today()),
    }
}

fn parse(value: &str, from: &str) -> Result<Date, String> {
    Date::parse(value)
        .ok_or_else(|| format!("{from}: `{value}` is not a date; write it as YYYY-MM-DD"))
}

/// The system clock's date (UTC). The only read of the wall clock for dates.
fn system_today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Date::new(1970, 1, 1).add_days(secs / 86_400)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_option_is_taken_out_wherever_it_stands() {
        let mut a = args(&["check", "--today", "2027-03-01", "dir"]);
        assert_eq!(take_today(&mut a), Ok(Date::new(2027, 3, 1)));
        assert_eq!(a, args(&["check", "dir"]));
    }

    #[test]
    fn a_bad_or_missing_value_is_a_clear_error() {
        let mut a = args(&["--today", "i morgen"]);
        let e = take_today(&mut a).unwrap_err();
        assert!(e.contains("`i morgen` is not a date"), "{e}");
        let mut a = args(&["check", "--today"]);
        assert!(take_today(&mut a).unwrap_err().contains("needs a date"));
    }

    #[test]
    fn the_environment_sets_the_date_when_no_option_does() {
        assert_eq!(today(Some("2030-01-31")), Ok(Date::new(2030, 1, 31)));
        assert!(today(Some("31-01-2030")).is_err());
        // Empty or unset: the system clock, which is some date after this code was written.
        assert!(today(Some("")).unwrap() >= Date::new(2026, 1, 1));
        assert!(today(None).unwrap() >= Date::new(2026, 1, 1));
    }
}
