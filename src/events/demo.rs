//! A fictional series for `--demo`: LACRALO's monthly call, the first Tuesday of each
//! month at 18:00 in Santiago (where the clocks change twice a year), from two months ago
//! for a year, with one occurrence cancelled on its own. Its title starts with "Demo".

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Utc};
use sqlx::SqlitePool;

use super::dates::{EventDates, LocalTime};
use super::model::{EventKind, EventStatus, NewEvent, Relevance};
use super::queries;
use super::recurrence::{Rule, Schedule};
use crate::audit::Actor;

pub async fn load(pool: &SqlitePool, site: crate::outbox::Site<'_>) -> anyhow::Result<bool> {
    if crate::db::meta_get(pool, "demo_series_loaded")
        .await?
        .is_some()
    {
        return Ok(false);
    }
    let actor = Actor::system("demo");
    let today = Utc::now().date_naive();
    let first = first_tuesday(today - Duration::days(60));
    let time = LocalTime {
        time: NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default(),
        zone: chrono_tz::America::Santiago,
    };
    let event = NewEvent {
        title: "Demo: LACRALO monthly call".to_owned(),
        kind: EventKind::Meeting,
        relevance: Relevance::LacraloInvolved,
        organiser: "LACRALO".to_owned(),
        city: String::new(),
        country: None,
        online: true,
        dates: EventDates::Day {
            start: first,
            end: first,
            time: Some(time),
        },
        status: EventStatus::Confirmed,
        url: String::new(),
        notes: "Roll call, the Secretariat's report, and the working groups.".to_owned(),
        needs_review: false,
        review_note: String::new(),
    };
    let schedule = Schedule {
        rule: Rule::parse("FREQ=MONTHLY;BYDAY=1TU;COUNT=12")
            .map_err(|key| anyhow::anyhow!("the demo rule: {key}"))?,
        first_day: first,
        time: Some(time),
        extra_days: 0,
    };
    let Ok(id) = queries::create_series(pool, &actor, &event, &schedule).await? else {
        return Ok(false);
    };
    // The fourth call, cancelled on its own, its reason in its date history.
    let series = queries::get(pool, id).await?.and_then(|row| row.series_id);
    if let Some(series) = series {
        if let Some(fourth) = queries::occurrences(pool, series).await?.get(3) {
            let cancelled = NewEvent {
                status: EventStatus::Cancelled,
                dates: fourth.dates(),
                ..event.clone()
            };
            queries::update(
                pool,
                site,
                &actor,
                fourth.id,
                fourth.version,
                &cancelled,
                "Demo: the ICANN public meeting is that week",
            )
            .await?;
        }
    }
    crate::db::meta_set(pool, "demo_series_loaded", &crate::db::now_text()).await?;
    Ok(true)
}

/// The first Tuesday of the month `day` is in.
fn first_tuesday(day: NaiveDate) -> NaiveDate {
    let first = day.with_day(1).unwrap_or(day);
    let ahead = (7 + 1 - i64::from(first.weekday().num_days_from_monday())) % 7;
    first + Duration::days(ahead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_tuesday() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(first_tuesday(d("2027-01-20")), d("2027-01-05"));
        assert_eq!(first_tuesday(d("2026-12-30")), d("2026-12-01"));
        assert_eq!(first_tuesday(d("2027-06-01")), d("2027-06-01"));
    }
}
