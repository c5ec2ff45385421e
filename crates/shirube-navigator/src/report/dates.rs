//! Calendar dates as the report writes them (YYYY-MM-DD): today's, and six months on for the
//! next review. Plain civil-date arithmetic, no time zones: the day is the UTC day.

use std::time::{SystemTime, UNIX_EPOCH};

/// Today (UTC) as YYYY-MM-DD.
pub fn today() -> String {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0));
    format!("{y:04}-{m:02}-{d:02}")
}

/// The date `months` months after `date` (YYYY-MM-DD), the day kept or clamped to the month's
/// last day (2026-08-31 + 6 months = 2027-02-28). `None` for anything that is not a date.
pub fn add_months(date: &str, months: u32) -> Option<String> {
    let (y, m, d) = parse(date)?;
    let index = y * 12 + i64::from(m - 1) + i64::from(months);
    let (y, m) = (
        index.div_euclid(12),
        u32::try_from(index.rem_euclid(12)).ok()? + 1,
    );
    let d = d.min(days_in_month(y, m));
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn parse(date: &str) -> Option<(i64, u32, u32)> {
    let mut parts = date.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    ((1..=9999).contains(&y) && (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d))
        .then_some((y, m, d))
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 to (year, month, day): Howard Hinnant's algorithm.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let m = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_months_on_keeps_or_clamps_the_day() {
        assert_eq!(add_months("2026-04-15", 6).as_deref(), Some("2026-10-15"));
        assert_eq!(add_months("2026-08-31", 6).as_deref(), Some("2027-02-28"));
        assert_eq!(add_months("2027-08-31", 6).as_deref(), Some("2028-02-29"));
        assert_eq!(add_months("2026-13-01", 6), None);
        assert_eq!(add_months("not a date", 6), None);
    }

    #[test]
    fn days_become_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_422), (2025, 11, 30));
        assert_eq!(today().len(), 10);
    }
}
