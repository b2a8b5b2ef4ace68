//! Reading events: a filtered page of the list, counts, the years, a month, what is coming.

use chrono::NaiveDate;
use sqlx::{QueryBuilder, Sqlite, SqlitePool};

use super::super::filters::ListFilter;
use super::super::model::EventRow;
use super::COLUMNS;

/// Events matching the filter, in date order, undated ones last: `limit` of them from
/// `offset` (a page of the list, or the feed's window), or all of them (`None`, the export).
pub async fn list(
    pool: &SqlitePool,
    filter: &ListFilter,
    window: Option<(i64, i64)>,
) -> sqlx::Result<Vec<EventRow>> {
    let mut query: QueryBuilder<Sqlite> =
        QueryBuilder::new(format!("SELECT {COLUMNS} FROM events WHERE 1 = 1"));
    filter.push_conditions(&mut query);
    query.push(
        // Within a month, those known only by their month come first ("sometime this
        // month"), then the days.
        " ORDER BY year, (date_precision = 'tbd'), month, (date_precision != 'month'),
          start_date, start_time, title, id",
    );
    crate::db::push_window(&mut query, window);
    query.build_query_as().fetch_all(pool).await
}

/// How many events match the filter.
pub async fn count(pool: &SqlitePool, filter: &ListFilter) -> sqlx::Result<i64> {
    let mut query: QueryBuilder<Sqlite> =
        QueryBuilder::new("SELECT count(*) FROM events WHERE 1 = 1");
    filter.push_conditions(&mut query);
    query.build_query_scalar().fetch_one(pool).await
}

/// Years that have events, with their counts, newest first.
pub async fn years(pool: &SqlitePool) -> sqlx::Result<Vec<(i64, i64)>> {
    sqlx::query_as("SELECT year, count(*) FROM events GROUP BY year ORDER BY year DESC")
        .fetch_all(pool)
        .await
}

pub async fn count_needing_review(pool: &SqlitePool) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM events WHERE needs_review = 1")
        .fetch_one(pool)
        .await
}

/// The most days a dated event lasts: an event overlapping a day started at most this
/// many days before it. Read from the `events_by_span` index (the expression must stay as
/// the index has it).
async fn longest_span(pool: &SqlitePool) -> sqlx::Result<i64> {
    let days: Option<f64> =
        sqlx::query_scalar("SELECT max(julianday(end_date) - julianday(start_date)) FROM events")
            .fetch_one(pool)
            .await?;
    Ok(days.map_or(0, |d| d.ceil() as i64))
}

/// The first day an event overlapping `day` can start on (see `longest_span`).
async fn earliest_start(pool: &SqlitePool, day: NaiveDate) -> sqlx::Result<String> {
    let span = longest_span(pool).await?;
    let earliest = day
        .checked_sub_days(chrono::Days::new(span.max(0) as u64))
        .unwrap_or(NaiveDate::MIN);
    Ok(earliest.format("%Y-%m-%d").to_string())
}

/// Events with a day that overlaps the month, plus those known only to be in that month.
pub async fn in_month(pool: &SqlitePool, year: i32, month: u32) -> sqlx::Result<Vec<EventRow>> {
    let first = format!("{year:04}-{month:02}-01");
    let last = format!("{year:04}-{month:02}-31");
    let earliest = match NaiveDate::from_ymd_opt(year, month, 1) {
        Some(day) => earliest_start(pool, day).await?,
        None => String::new(),
    };
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM events
         WHERE (date_precision = 'day' AND start_date BETWEEN ? AND ? AND end_date >= ?)
            OR (date_precision = 'month' AND year = ? AND month = ?)
         ORDER BY start_date, start_time, title, id"
    ))
    .bind(&earliest)
    .bind(&last)
    .bind(&first)
    .bind(year)
    .bind(month)
    .fetch_all(pool)
    .await
}

/// Dated events starting or running between two days, for the front page.
pub async fn upcoming(
    pool: &SqlitePool,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> sqlx::Result<Vec<EventRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM events
         WHERE date_precision = 'day' AND start_date BETWEEN ? AND ? AND end_date >= ?
         ORDER BY start_date, start_time, title LIMIT 50"
    ))
    .bind(earliest_start(pool, from).await?)
    .bind(to.format("%Y-%m-%d").to_string())
    .bind(from.format("%Y-%m-%d").to_string())
    .fetch_all(pool)
    .await
}

/// The length of the webinars among `events`, so that every feed gives a webinar its real
/// end: `/events.ics`, `/webinars.ics` and the private feeds read it here, from the row
/// `sync_webinar_row` keeps beside the event, and agree.
pub async fn durations(
    pool: &SqlitePool,
    events: &[EventRow],
) -> sqlx::Result<std::collections::HashMap<i64, i64>> {
    let webinars: Vec<i64> = events
        .iter()
        .filter(|e| e.kind == super::super::model::EventKind::Webinar)
        .map(|e| e.id)
        .collect();
    if webinars.is_empty() {
        return Ok(Default::default());
    }
    let mut query = sqlx::QueryBuilder::new(
        "SELECT event_id, duration_minutes FROM webinars
         WHERE duration_minutes IS NOT NULL AND event_id IN (",
    );
    let mut ids = query.separated(", ");
    for id in webinars {
        ids.push_bind(id);
    }
    query.push(")");
    let rows: Vec<(i64, i64)> = query.build_query_as().fetch_all(pool).await?;
    Ok(rows.into_iter().collect())
}
