//! Recurring events: a series is an event with an RFC 5545 rule (`RRULE`), expanded by the
//! `rrule` crate in the series' own time zone, so that a call at 10:00 in Havana stays at
//! 10:00 there when the clocks change. Plain functions: the rule as typed or chosen from
//! the form's presets, and the occurrences of a schedule. Storage and the edits of a series
//! are in `series.rs`.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Weekday};
use rrule::{Frequency, RRule, RRuleSet, Tz, Unvalidated};

use super::dates::{EventDates, LocalTime};

/// The parts of a rule's body a series may use (RFC 5545 3.3.10, less the time ones).
const BODY_KEYS: [&str; 9] = [
    "FREQ",
    "INTERVAL",
    "BYDAY",
    "BYMONTHDAY",
    "BYMONTH",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYSETPOS",
    "WKST",
];

/// The most occurrences a series may have: five years of weekly calls.
pub const MAX_OCCURRENCES: u16 = 260;

/// A recurrence rule, checked: a daily, weekly, monthly or yearly rule with an end, so
/// that a series is a finite list a calendar can show whole. Kept as its body (what
/// repeats) and its end apart: `COUNT`, or `UNTIL` as the last local day, which is how a
/// person says it and what "this and following" shortens. The feed writes `UNTIL` in the
/// form RFC 5545 asks for (a UTC time for a timed series, a date for an all-day one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    body: String,
    count: Option<u16>,
    until: Option<NaiveDate>,
}

impl Rule {
    /// The rule, or the key of the message saying what is wrong with it.
    pub fn parse(typed: &str) -> Result<Rule, &'static str> {
        let text = typed
            .trim()
            .trim_start_matches("RRULE:")
            .trim_start_matches("rrule:")
            .to_ascii_uppercase();
        let mut body = Vec::new();
        let mut count = None;
        let mut until = None;
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            if let Some(n) = part.strip_prefix("COUNT=") {
                let n: u32 = n.parse().map_err(|_| "recurrence-err-unreadable")?;
                if n == 0 {
                    return Err("recurrence-err-unreadable");
                }
                if n > u32::from(MAX_OCCURRENCES) {
                    return Err("recurrence-err-too-many");
                }
                count = Some(n as u16);
            } else if let Some(u) = part.strip_prefix("UNTIL=") {
                // A date, a floating time or a UTC time: the day is what a person meant.
                let day = u.get(..8).ok_or("recurrence-err-unreadable")?;
                until = Some(
                    NaiveDate::parse_from_str(day, "%Y%m%d")
                        .map_err(|_| "recurrence-err-unreadable")?,
                );
            } else if ["BYHOUR=", "BYMINUTE=", "BYSECOND="]
                .iter()
                .any(|p| part.starts_with(p))
            {
                // The time is the event's start time: a rule with times of its own would
                // give occurrences the rows cannot hold (two on a day, at other hours).
                return Err("recurrence-err-time-parts");
            } else {
                // Each part once, and only the parts of a date rule: what a feed writes must
                // read the same in every calendar client.
                let key = part.split_once('=').map(|(k, _)| k);
                let known = key.is_some_and(|k| BODY_KEYS.contains(&k));
                if !known
                    || body
                        .iter()
                        .any(|b: &String| b.split_once('=').map(|(k, _)| k) == key)
                {
                    return Err("recurrence-err-unreadable");
                }
                body.push(part.to_owned());
            }
        }
        let rule = Rule {
            body: body.join(";"),
            count,
            until,
        };
        let parsed: RRule<Unvalidated> = rule
            .expandable()
            .parse()
            .map_err(|_| "recurrence-err-unreadable")?;
        if !matches!(
            parsed.get_freq(),
            Frequency::Daily | Frequency::Weekly | Frequency::Monthly | Frequency::Yearly
        ) {
            return Err("recurrence-err-frequency");
        }
        if count.is_none() && until.is_none() {
            return Err("recurrence-err-no-end");
        }
        Ok(rule)
    }

    /// The canonical text: the body, then `COUNT=n` or `UNTIL=YYYYMMDD` (the last day).
    pub fn text(&self) -> String {
        let mut text = self.body.clone();
        if let Some(n) = self.count {
            text.push_str(&format!(";COUNT={n}"));
        }
        if let Some(d) = self.until {
            text.push_str(&format!(";UNTIL={}", d.format("%Y%m%d")));
        }
        text
    }

    /// What repeats, without its end (`FREQ=MONTHLY;BYDAY=1TU`).
    pub fn body(&self) -> &str {
        &self.body
    }

    pub fn count(&self) -> Option<u16> {
        self.count
    }

    pub fn until(&self) -> Option<NaiveDate> {
        self.until
    }

    /// The same rule ending with a number of occurrences instead.
    pub fn with_count(&self, count: u16) -> Rule {
        Rule {
            body: self.body.clone(),
            count: Some(count),
            until: None,
        }
    }

    /// The same rule ending on a last day instead.
    pub fn with_until(&self, until: NaiveDate) -> Rule {
        Rule {
            body: self.body.clone(),
            count: None,
            until: Some(until),
        }
    }

    /// The rule as an `RRULE` value in a feed. `UNTIL` is inclusive: for a timed series it
    /// is the end of the last day in the series' zone, written in UTC as RFC 5545 requires
    /// when `DTSTART` has a zone; for an all-day series, the date itself.
    pub fn for_feed(&self, zone: Option<chrono_tz::Tz>) -> String {
        let mut text = self.body.clone();
        if let Some(n) = self.count {
            text.push_str(&format!(";COUNT={n}"));
        }
        if let Some(d) = self.until {
            match zone {
                Some(zone) => {
                    let end = d.and_hms_opt(23, 59, 59).unwrap_or_default();
                    let utc = zone
                        .from_local_datetime(&end)
                        .latest()
                        .map_or(end, |t| t.naive_utc());
                    text.push_str(&format!(";UNTIL={}", utc.format("%Y%m%dT%H%M%SZ")));
                }
                None => text.push_str(&format!(";UNTIL={}", d.format("%Y%m%d"))),
            }
        }
        text
    }

    /// The text the `rrule` crate expands: the body with `COUNT`, `UNTIL` being applied
    /// here, as a local day.
    fn expandable(&self) -> String {
        match self.count {
            Some(n) => format!("{};COUNT={n}", self.body),
            None => self.body.clone(),
        }
    }
}

/// The repeat choices the event form offers, each a rule body made from the first day, so
/// nobody needs to know RFC 5545 for the common cases; "custom" takes a rule as typed.
pub const PRESETS: [&str; 6] = [
    "weekly",
    "fortnightly",
    "monthly",
    "bimonthly",
    "yearly",
    "daily",
];

/// The body of a preset for a series starting on `first`. The monthly ones repeat on the
/// same weekday of the month (the first Tuesday, the last Friday), as the plan's calls do.
pub fn preset_body(preset: &str, first: NaiveDate) -> Option<String> {
    let nth = || {
        let n = (first.day() - 1) / 7 + 1;
        // A fifth weekday does not exist every month: it is the last one.
        let n = if n >= 5 { -1 } else { n as i32 };
        format!("{n}{}", weekday_code(first.weekday()))
    };
    Some(match preset {
        "daily" => "FREQ=DAILY".to_owned(),
        "weekly" => "FREQ=WEEKLY".to_owned(),
        "fortnightly" => "FREQ=WEEKLY;INTERVAL=2".to_owned(),
        "monthly" => format!("FREQ=MONTHLY;BYDAY={}", nth()),
        "bimonthly" => format!("FREQ=MONTHLY;INTERVAL=2;BYDAY={}", nth()),
        "yearly" => "FREQ=YEARLY".to_owned(),
        _ => return None,
    })
}

/// The preset a rule's body is, for a series starting on `first`; `None` for a custom one.
pub fn preset_of(rule: &Rule, first: NaiveDate) -> Option<&'static str> {
    PRESETS
        .into_iter()
        .find(|p| preset_body(p, first).as_deref() == Some(rule.body()))
}

fn weekday_code(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// When a series' occurrences happen: its first day, its local time and zone (none for
/// an all-day series), how many days each lasts after its first, and its rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    pub rule: Rule,
    pub first_day: NaiveDate,
    pub time: Option<LocalTime>,
    pub extra_days: i64,
}

impl Schedule {
    /// Each occurrence: the day the rule gives it (its `RECURRENCE-ID`) and its dates.
    pub fn occurrences(&self) -> Result<Vec<(NaiveDate, EventDates)>, &'static str> {
        let days: Vec<NaiveDate> = match self.time {
            Some(t) => timed(&self.rule, self.first_day.and_time(t.time), t.zone, &[])?
                .into_iter()
                .map(|d| d.date())
                .collect(),
            None => all_day(&self.rule, self.first_day, &[])?,
        };
        Ok(days
            .into_iter()
            .map(|day| (day, self.dates_on(day)))
            .collect())
    }

    /// The dates of the occurrence the rule gives on `day`.
    pub fn dates_on(&self, day: NaiveDate) -> EventDates {
        EventDates::Day {
            start: day,
            end: day + Duration::days(self.extra_days),
            time: self.time,
        }
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
    let parsed: RRule<Unvalidated> = rule
        .expandable()
        .parse()
        .map_err(|_| "recurrence-err-unreadable")?;
    let validated = parsed
        .validate(dt_start)
        .map_err(|_| "recurrence-err-unreadable")?;
    // One more than the most allowed, to tell a long series from a cut one.
    let all = RRuleSet::new(dt_start)
        .rrule(validated)
        .all(MAX_OCCURRENCES + 1)
        .dates;
    let within: Vec<_> = all
        .into_iter()
        .take_while(|d| rule.until.is_none_or(|u| d.date_naive() <= u))
        .collect();
    if within.len() > usize::from(MAX_OCCURRENCES) {
        return Err("recurrence-err-too-many");
    }
    if within.is_empty() {
        return Err("recurrence-err-empty");
    }
    Ok(within
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
