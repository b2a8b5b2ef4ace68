//! The review queue's rule: an ALS is silent when nothing it (or one of its members) did
//! has been recorded for `months` months. A plain function, so its boundaries are tested.

use chrono::{Datelike, NaiveDate};

/// The default silence before an ALS comes up for review, in months.
pub const DEFAULT_MONTHS: u32 = 6;

/// The day `months` months before `today` (clamped to the month's last day: 31 August
/// minus 6 months is 28 or 29 February).
pub fn cutoff(today: NaiveDate, months: u32) -> NaiveDate {
    let total = today.year() * 12 + today.month0() as i32 - months as i32;
    let (year, month0) = (total.div_euclid(12), total.rem_euclid(12) as u32);
    (1..=today.day())
        .rev()
        .find_map(|d| NaiveDate::from_ymd_opt(year, month0 + 1, d))
        .unwrap_or(today)
}

/// Whether an ALS is silent. `last_engaged`: its latest engagement, if any; `since`: when
/// it joined the registry (accreditation, else when it was entered), so a new ALS is not
/// flagged before it has had the time to do anything.
pub fn is_silent(
    last_engaged: Option<NaiveDate>,
    since: NaiveDate,
    today: NaiveDate,
    months: u32,
) -> bool {
    let cutoff = cutoff(today, months);
    match last_engaged {
        Some(last) => last < cutoff,
        None => since < cutoff,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn cutoff_counts_calendar_months() {
        assert_eq!(cutoff(d(2023, 9, 15), 6), d(2023, 3, 15));
        assert_eq!(cutoff(d(2023, 3, 15), 6), d(2022, 9, 15));
        assert_eq!(cutoff(d(2023, 8, 31), 6), d(2023, 2, 28));
        assert_eq!(cutoff(d(2024, 8, 31), 6), d(2024, 2, 29));
        assert_eq!(cutoff(d(2023, 1, 10), 12), d(2022, 1, 10));
        assert_eq!(cutoff(d(2023, 1, 10), 0), d(2023, 1, 10));
    }

    #[test]
    fn silent_exactly_past_the_boundary() {
        let today = d(2023, 9, 15);
        let since = d(2020, 1, 1);
        // Engaged on the cutoff day itself: not silent; the day before: silent.
        assert!(!is_silent(Some(d(2023, 3, 15)), since, today, 6));
        assert!(is_silent(Some(d(2023, 3, 14)), since, today, 6));
        assert!(!is_silent(Some(d(2023, 9, 15)), since, today, 6));
        // A shorter window flags sooner.
        assert!(is_silent(Some(d(2023, 6, 1)), since, today, 3));
        assert!(!is_silent(Some(d(2023, 6, 15)), since, today, 3));
    }

    #[test]
    fn never_engaged_counts_from_when_it_joined() {
        let today = d(2023, 9, 15);
        assert!(is_silent(None, d(2023, 3, 14), today, 6));
        assert!(!is_silent(None, d(2023, 3, 15), today, 6));
        assert!(!is_silent(None, d(2023, 9, 1), today, 6));
    }
}
