//! Properties: repeat rules as typed, and the occurrences of a schedule, across the LAC
//! zones' clock changes.

use std::str::FromStr;

use super::*;
use lacralo_outreach::events::recurrence::{MAX_OCCURRENCES, Rule, Schedule};

/// Rule texts built from the parts people type, real and wrong.
fn rule_text() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        select(&[
            "FREQ=DAILY",
            "FREQ=WEEKLY",
            "FREQ=MONTHLY",
            "FREQ=YEARLY",
            "FREQ=HOURLY",
            "FREQ=SOMETIMES"
        ])
        .prop_map(str::to_owned),
        (1u32..5).prop_map(|n| format!("INTERVAL={n}")),
        select(&[
            "BYDAY=1TU",
            "BYDAY=-1FR",
            "BYDAY=MO,WE",
            "BYDAY=5SU",
            "BYDAY=XX"
        ])
        .prop_map(str::to_owned),
        (0u32..300).prop_map(|n| format!("COUNT={n}")),
        (2020i32..2032, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| format!("UNTIL={y:04}{m:02}{d:02}")),
        select(&[
            "UNTIL=20270101T000000Z",
            "UNTIL=2027",
            "BYMONTHDAY=31",
            ";",
            "rrule:"
        ])
        .prop_map(str::to_owned),
    ];
    proptest::collection::vec(part, 0..5).prop_map(|parts| parts.join(";"))
}

#[test]
fn a_rule_is_read_or_refused_with_a_message_and_its_occurrences_are_sound() {
    let start = (
        2024i32..2030,
        1u32..13,
        1u32..29,
        prop::option::of((0u32..24, select(&[0u32, 30]))),
        select(&[
            "America/Havana",
            "America/Santiago",
            "America/Asuncion",
            "America/Mexico_City",
            "America/Sao_Paulo",
            "America/Port-au-Prince",
        ]),
        0i64..3,
    );
    // Half the time the last day is a whole number of weeks after the first, so that it
    // often is an occurrence's own day: the boundary an UNTIL written wrong would miss.
    let last_day = prop::option::of(0i64..40);
    check(
        600,
        (rule_text(), start, last_day),
        |(text, (y, m, d, time, zone, extra), weeks)| {
            let text = match (weeks, NaiveDate::from_ymd_opt(y, m, d)) {
                (Some(w), Some(first)) if !text.contains("UNTIL") && !text.contains("COUNT") => {
                    let last = first + Duration::days(7 * w);
                    format!("FREQ=WEEKLY;{text};UNTIL={}", last.format("%Y%m%d"))
                }
                _ => text,
            };
            let rule = match Rule::parse(&text) {
                Ok(rule) => rule,
                Err(key) => {
                    prop_assert!(
                        Lang::from_code("en").unwrap().has_own(key),
                        "{key} has no message"
                    );
                    return Ok(());
                }
            };
            let again = Rule::parse(&rule.text());
            prop_assert_eq!(again, Ok(rule.clone()), "the canonical text reads back");
            let zone: Tz = zone.parse().unwrap();
            let first_day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let time = time.map(|(h, min)| LocalTime {
                time: NaiveTime::from_hms_opt(h, min, 0).unwrap(),
                zone,
            });
            let schedule = Schedule {
                rule: rule.clone(),
                first_day,
                time,
                extra_days: extra,
            };
            let occurrences = match schedule.occurrences() {
                Ok(o) => o,
                Err(key) => {
                    prop_assert!(
                        Lang::from_code("en").unwrap().has_own(key),
                        "{key} has no message"
                    );
                    return Ok(());
                }
            };
            prop_assert!(!occurrences.is_empty());
            prop_assert!(occurrences.len() <= usize::from(MAX_OCCURRENCES));
            if let Some(n) = rule.count() {
                prop_assert!(occurrences.len() <= usize::from(n));
            }
            for pair in occurrences.windows(2) {
                prop_assert!(pair[0].0 < pair[1].0, "in order, one a day at most");
            }
            for (day, dates) in &occurrences {
                prop_assert!(*day >= first_day);
                if let Some(until) = rule.until() {
                    prop_assert!(*day <= until, "{day} after the last day {until}");
                }
                let EventDates::Day {
                    start,
                    end,
                    time: t,
                } = *dates
                else {
                    return Err(TestCaseError::fail("an occurrence without a day"));
                };
                prop_assert_eq!(start, *day);
                prop_assert_eq!((end - start).num_days(), extra);
                // The local time is kept across the clock changes, and names an instant.
                prop_assert_eq!(t, time);
                if time.is_some() {
                    prop_assert!(dates.utc_start().is_some(), "{dates:?} names no instant");
                }
            }
            // What a calendar client expands from the feed's own text (DTSTART and the
            // RRULE as the feed writes it, its UNTIL in UTC or as a date) is the same days.
            let set = match time {
                Some(t) => format!(
                    "DTSTART;TZID={}:{}\nRRULE:{}",
                    zone.name(),
                    first_day.and_time(t.time).format("%Y%m%dT%H%M%S"),
                    rule.for_feed(Some(zone))
                ),
                None => format!(
                    "DTSTART;VALUE=DATE:{}\nRRULE:{}",
                    first_day.format("%Y%m%d"),
                    rule.for_feed(None)
                ),
            };
            let client: Vec<NaiveDate> = rrule::RRuleSet::from_str(&set)
                .map_err(|e| TestCaseError::fail(format!("{set}: {e}")))?
                .all(MAX_OCCURRENCES + 1)
                .dates
                .iter()
                .map(|d| d.date_naive())
                .collect();
            let ours: Vec<NaiveDate> = occurrences.iter().map(|o| o.0).collect();
            prop_assert_eq!(client, ours, "{}", set);
            Ok(())
        },
    );
}
