//! Recurring events (issue 16, started): a series is an event with an RFC 5545 rule
//! (`RRULE`), expanded by the `rrule` crate in the series' own time zone, so that a call at
//! 10:00 in Havana stays at 10:00 there when the clocks change. Plain functions, with the
//! daylight-saving boundaries tested below. No page uses them yet: the series' storage,
//! its occurrences in the lists and feeds, and the "this one / this and following / all"
//! edits come next.

use chrono::{NaiveDate, NaiveDateTime, TimeZone};
use rrule::{Frequency, RRule, RRuleSet, Tz, Unvalidated};

/// The most occurrences a series may have: five years of weekly calls.
pub const MAX_OCCURRENCES: u16 = 260;

/// A recurrence rule as typed (`FREQ=MONTHLY;BYDAY=1TU;COUNT=12`), checked: a daily,
/// weekly, monthly or yearly rule with an end (`COUNT` or `UNTIL`), so that a series is a
/// finite list a calendar can show whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule(String);

impl Rule {
    /// The rule, or the key of the message saying what is wrong with it.
    pub fn parse(typed: &str) -> Result<Rule, &'static str> {
        let text = typed
            .trim()
            .trim_start_matches("RRULE:")
            .to_ascii_uppercase();
        let rule: RRule<Unvalidated> = text.parse().map_err(|_| "recurrence-err-unreadable")?;
        if !matches!(
            rule.get_freq(),
            Frequency::Daily | Frequency::Weekly | Frequency::Monthly | Frequency::Yearly
        ) {
            return Err("recurrence-err-frequency");
        }
        if rule.get_count().is_none() && rule.get_until().is_none() {
            return Err("recurrence-err-no-end");
        }
        if rule
            .get_count()
            .is_some_and(|c| c > u32::from(MAX_OCCURRENCES))
        {
            return Err("recurrence-err-too-many");
        }
        Ok(Rule(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The local start of each occurrence of a timed series that starts at `start` (local time
/// in `zone`), leaving out the original local days in `except` (EXDATE), at most
/// `MAX_OCCURRENCES`. A start the clocks skip on one day (a daylight-saving gap) has no
/// occurrence that day, as the `rrule` crate expands it; the forms refuse such a start for
/// the first occurrence already.
pub fn timed(
    rule: &Rule,
    start: NaiveDateTime,
    zone: chrono_tz::Tz,
    except: &[NaiveDate],
) -> Result<Vec<NaiveDateTime>, &'static str> {
    let tz = Tz::Tz(zone);
    let dt_start = tz
        .from_local_datetime(&start)
        .earliest()
        .ok_or("recurrence-err-start-gap")?;
    expand(rule, dt_start, except).map(|dates| dates.into_iter().map(|d| d.naive_local()).collect())
}

/// The days of an all-day series starting on `start`, less the days in `except`.
pub fn all_day(
    rule: &Rule,
    start: NaiveDate,
    except: &[NaiveDate],
) -> Result<Vec<NaiveDate>, &'static str> {
    let dt_start = Tz::UTC
        .from_local_datetime(&start.and_hms_opt(0, 0, 0).unwrap_or_default())
        .single()
        .ok_or("recurrence-err-unreadable")?;
    expand(rule, dt_start, except).map(|dates| dates.into_iter().map(|d| d.date_naive()).collect())
}

fn expand(
    rule: &Rule,
    dt_start: chrono::DateTime<Tz>,
    except: &[NaiveDate],
) -> Result<Vec<chrono::DateTime<Tz>>, &'static str> {
    let rule: RRule<Unvalidated> = rule.0.parse().map_err(|_| "recurrence-err-unreadable")?;
    let rule = rule
        .validate(dt_start)
        .map_err(|_| "recurrence-err-unreadable")?;
    let set = RRuleSet::new(dt_start).rrule(rule);
    Ok(set
        .all(MAX_OCCURRENCES)
        .dates
        .into_iter()
        .filter(|d| !except.contains(&d.date_naive()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn a_rule_must_be_a_calendar_frequency_with_an_end() {
        assert!(Rule::parse("FREQ=MONTHLY;BYDAY=1TU;COUNT=12").is_ok());
        assert!(Rule::parse("rrule:freq=weekly;until=20270101T000000Z").is_ok());
        assert_eq!(
            Rule::parse("FREQ=MONTHLY"),
            Err("recurrence-err-no-end"),
            "an endless series cannot be shown whole"
        );
        assert_eq!(
            Rule::parse("FREQ=HOURLY;COUNT=3"),
            Err("recurrence-err-frequency")
        );
        assert_eq!(
            Rule::parse("FREQ=DAILY;COUNT=261"),
            Err("recurrence-err-too-many")
        );
        assert_eq!(
            Rule::parse("every tuesday"),
            Err("recurrence-err-unreadable")
        );
    }

    #[test]
    fn a_weekly_call_keeps_its_local_time_across_havanas_clock_changes() {
        // Cuba moves to daylight time on 8 March 2026 and back on 1 November 2026.
        let havana = chrono_tz::America::Havana;
        let rule = Rule::parse("FREQ=WEEKLY;COUNT=3").unwrap();
        let local = timed(&rule, at("2026-03-01 10:00"), havana, &[]).unwrap();
        assert_eq!(
            local,
            [
                at("2026-03-01 10:00"),
                at("2026-03-08 10:00"),
                at("2026-03-15 10:00")
            ]
        );
        // In UTC the call moves an hour earlier once daylight time starts.
        let utc: Vec<String> = local
            .iter()
            .map(|l| {
                havana
                    .from_local_datetime(l)
                    .single()
                    .unwrap()
                    .with_timezone(&chrono::Utc)
                    .format("%d %H:%M")
                    .to_string()
            })
            .collect();
        assert_eq!(utc, ["01 15:00", "08 14:00", "15 14:00"]);
        let back = timed(&rule, at("2026-10-25 10:00"), havana, &[]).unwrap();
        assert_eq!(back[1], at("2026-11-01 10:00"));
    }

    #[test]
    fn the_bimonthly_strategy_council_call_and_santiagos_autumn_change() {
        // Chile leaves daylight time on 5 April 2026: an 18:00 call stays at 18:00.
        let santiago = chrono_tz::America::Santiago;
        let rule = Rule::parse("FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU;COUNT=4").unwrap();
        let local = timed(&rule, at("2026-03-03 18:00"), santiago, &[]).unwrap();
        assert_eq!(
            local,
            [
                at("2026-03-03 18:00"),
                at("2026-05-05 18:00"),
                at("2026-07-07 18:00"),
                at("2026-09-01 18:00"),
            ]
        );
    }

    #[test]
    fn a_start_the_clocks_skip_is_refused_and_excepted_days_are_left_out() {
        // Havana's clocks go from 00:00 to 01:00 on 8 March 2026.
        let havana = chrono_tz::America::Havana;
        let rule = Rule::parse("FREQ=DAILY;COUNT=3").unwrap();
        assert_eq!(
            timed(&rule, at("2026-03-08 00:30"), havana, &[]),
            Err("recurrence-err-start-gap")
        );
        // A daily 00:30 series that meets the gap on its second day: that day has none.
        let local = timed(&rule, at("2026-03-07 00:30"), havana, &[]).unwrap();
        assert!(!local.contains(&at("2026-03-08 00:30")), "{local:?}");
        assert_eq!(local[0], at("2026-03-07 00:30"));
        // EXDATE: a cancelled occurrence is not expanded.
        let days = all_day(
            &Rule::parse("FREQ=WEEKLY;COUNT=4").unwrap(),
            d("2026-01-06"),
            &[d("2026-01-13")],
        )
        .unwrap();
        assert_eq!(days, [d("2026-01-06"), d("2026-01-20"), d("2026-01-27")]);
    }
}
