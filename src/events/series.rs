//! A series' edits, as plain functions: which occurrences an edit reaches ("this one",
//! "this and following", "all"), what it changes in each, and the schedule it leaves.
//! The SQL that stores them is `queries/series.rs`; the rule and its expansion are
//! `recurrence.rs`.

use chrono::{Duration, NaiveDate};

use super::dates::EventDates;
use super::model::{EventRow, NewEvent};
use super::recurrence::{Rule, Schedule};

text_enum!(Scope, "scope", {
    This => "this",
    Following => "following",
    All => "all",
});

/// The stored series: its rule and schedule, and the days whose occurrence was deleted.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SeriesRow {
    pub id: i64,
    pub uid: String,
    pub rrule: String,
    pub first_day: String,
    pub start_time: Option<String>,
    pub time_zone: Option<String>,
    pub extra_days: i64,
    pub exdates: String,
    pub sequence: i64,
    pub updated_at: String,
}

impl SeriesRow {
    /// The schedule; `None` only for a row edited by hand into something unreadable.
    pub fn schedule(&self) -> Option<Schedule> {
        let first_day = day(&self.first_day)?;
        let time = match EventDates::from_columns(
            "day",
            0,
            Some(1),
            Some(&self.first_day),
            Some(&self.first_day),
            self.start_time.as_deref(),
            self.time_zone.as_deref(),
        )? {
            EventDates::Day { time, .. } => time,
            _ => None,
        };
        Some(Schedule {
            rule: Rule::parse(&self.rrule).ok()?,
            first_day,
            time,
            extra_days: self.extra_days,
        })
    }

    /// The days the rule gives whose occurrence was deleted on its own.
    pub fn exdates(&self) -> Vec<NaiveDate> {
        self.exdates.split(',').filter_map(day).collect()
    }
}

pub fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

pub fn exdates_text(days: &[NaiveDate]) -> String {
    days.iter()
        .map(|d| d.format("%Y-%m-%d").to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// What an edit of several occurrences writes into `other`: the fields the person changed
/// on the occurrence they edited (`before` → `after`), and `other`'s own for the rest, so
/// that a new title reaches every occurrence while one held or cancelled on its own stays
/// so. The dates are `other`'s; the schedule decides them.
pub fn apply_changes(before: &EventRow, after: &NewEvent, other: &EventRow) -> NewEvent {
    fn pick<T: Clone + PartialEq>(before: &T, after: &T, other: &T) -> T {
        if before == after {
            other.clone()
        } else {
            after.clone()
        }
    }
    NewEvent {
        title: pick(&before.title, &after.title, &other.title),
        kind: pick(&before.kind, &after.kind, &other.kind),
        relevance: pick(&before.relevance, &after.relevance, &other.relevance),
        organiser: pick(&before.organiser, &after.organiser, &other.organiser),
        city: pick(&before.city, &after.city, &other.city),
        country: pick(&before.country, &after.country, &other.country),
        online: pick(&before.online, &after.online, &other.online),
        dates: other.dates(),
        status: pick(&before.status, &after.status, &other.status),
        url: pick(&before.url, &after.url, &other.url),
        notes: pick(&before.notes, &after.notes, &other.notes),
        needs_review: false,
        review_note: String::new(),
    }
}

/// The schedule an edit of one occurrence (from `was` to `now`) asks of every occurrence
/// from `base` on (the series' first day for "all", that occurrence's day for "this and
/// following"), changing only what the person changed: moved by as many days as they
/// moved it, at its new time if they changed the time, as long as they made it if they
/// changed its length, following `rule`. An occurrence moved on its own before keeps the
/// series where it was when only its title changes.
pub fn schedule_after(
    old: &Schedule,
    base: NaiveDate,
    was: &EventDates,
    now: &EventDates,
    rule: Rule,
) -> Option<Schedule> {
    let (
        EventDates::Day {
            start: s0,
            end: e0,
            time: t0,
        },
        EventDates::Day { start, end, time },
    ) = (was, now)
    else {
        return None;
    };
    let length = (*end - *start).num_days();
    Some(Schedule {
        rule,
        first_day: base + (*start - *s0),
        time: if time == t0 { old.time } else { *time },
        extra_days: if length == (*e0 - *s0).num_days() {
            old.extra_days
        } else {
            length
        },
    })
}

/// The old series' rule once "this and following" cuts it before the occurrence given on
/// `day`, the `index`-th (from 0): as many as came before, or up to the day before.
pub fn rule_before(rule: &Rule, index: usize, day: NaiveDate) -> Rule {
    match rule.count() {
        Some(_) => rule.with_count(u16::try_from(index).unwrap_or(u16::MAX)),
        None => rule.with_until(day - Duration::days(1)),
    }
}

/// The rule the form offers for "this and following" from the `index`-th occurrence: the
/// same, with the occurrences left.
pub fn rule_from(rule: &Rule, index: usize) -> Rule {
    match rule.count() {
        Some(n) => rule.with_count(n.saturating_sub(u16::try_from(index).unwrap_or(n)).max(1)),
        None => rule.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::dates::LocalTime;

    fn d(s: &str) -> NaiveDate {
        day(s).unwrap()
    }

    #[test]
    fn a_move_of_one_occurrence_moves_the_schedule_by_as_much() {
        let rule = Rule::parse("FREQ=WEEKLY;COUNT=4").unwrap();
        let zone = chrono_tz::America::Havana;
        let was = EventDates::Day {
            start: d("2026-03-15"),
            end: d("2026-03-15"),
            time: Some(LocalTime {
                time: chrono::NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                zone,
            }),
        };
        let now = EventDates::Day {
            start: d("2026-03-16"),
            end: d("2026-03-17"),
            time: None,
        };
        let old = Schedule {
            rule: rule.clone(),
            first_day: d("2026-03-01"),
            time: None,
            extra_days: 0,
        };
        let s = schedule_after(&old, d("2026-03-01"), &was, &now, rule).unwrap();
        assert_eq!(s.first_day, d("2026-03-02"));
        assert_eq!(s.extra_days, 1);
        assert_eq!(s.time, None);
        let days: Vec<_> = s.occurrences().unwrap().into_iter().map(|o| o.0).collect();
        assert_eq!(
            days,
            [
                d("2026-03-02"),
                d("2026-03-09"),
                d("2026-03-16"),
                d("2026-03-23")
            ]
        );
    }

    #[test]
    fn cutting_a_series_keeps_its_kind_of_end() {
        let counted = Rule::parse("FREQ=MONTHLY;BYDAY=1TU;COUNT=12").unwrap();
        assert_eq!(
            rule_before(&counted, 4, d("2026-05-05")).text(),
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=4"
        );
        assert_eq!(
            rule_from(&counted, 4).text(),
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=8"
        );
        let dated = Rule::parse("FREQ=WEEKLY;UNTIL=20261231").unwrap();
        assert_eq!(
            rule_before(&dated, 4, d("2026-05-05")).text(),
            "FREQ=WEEKLY;UNTIL=20260504"
        );
        assert_eq!(rule_from(&dated, 4), dated);
    }
}
