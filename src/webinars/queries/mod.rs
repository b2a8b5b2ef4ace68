//! SQL for webinars, attendance, topics and programme targets; bound parameters only, and
//! every write audited in its transaction.

use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

use super::model::{Programme, WebinarFields, WebinarLanguage, WebinarRow, languages_text};
use crate::audit::{self, Actor};
use crate::events::model::NewEvent;
use crate::events::queries::{self as events, Written};

mod attendance;
mod plan;
mod targets;
mod topics;

pub use attendance::*;
pub use plan::*;
pub use targets::*;
pub use topics::*;

pub(super) const SELECT: &str =
    "SELECT e.id, e.uid, e.title, e.kind, e.relevance, e.organiser, e.city,
    e.country, e.online, e.date_precision, e.year, e.month, e.start_date, e.end_date,
    e.start_time, e.time_zone, e.status, e.url, e.notes, e.needs_review, e.review_note,
    e.sequence, e.version, e.created_at, e.updated_at, e.series_id, e.recurrence_day,
    w.programme, w.topic_id, t.name AS topic_name, t.plan_key AS topic_plan_key, w.starts_at,
    w.duration_minutes, w.languages, w.interpretation, w.speakers, w.audience,
    w.registration_url, w.recording_url, w.attendance_count,
    (SELECT count(*) FROM webinar_attendees a WHERE a.event_id = e.id) AS named_attendees
    FROM events e JOIN webinars w ON w.event_id = e.id LEFT JOIN topics t ON t.id = w.topic_id
    WHERE e.kind = 'webinar'";

/// Filters of the schedule; all optional.
#[derive(Debug, Default, Clone)]
pub struct WebinarFilter {
    pub id: Option<i64>,
    pub programme: Option<Programme>,
    pub topic: Option<i64>,
    pub language: Option<WebinarLanguage>,
    pub year: Option<i64>,
    /// This year and later (the calendar feed without a year).
    pub since_year: Option<i64>,
}

pub async fn list(pool: &SqlitePool, filter: &WebinarFilter) -> sqlx::Result<Vec<WebinarRow>> {
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(SELECT);
    if let Some(id) = filter.id {
        query.push(" AND e.id = ").push_bind(id);
    }
    if let Some(p) = filter.programme {
        query.push(" AND w.programme = ").push_bind(p.as_str());
    }
    if let Some(t) = filter.topic {
        query.push(" AND w.topic_id = ").push_bind(t);
    }
    if let Some(l) = filter.language {
        query
            .push(" AND instr(',' || w.languages || ',', ")
            .push_bind(format!(",{},", l.as_str()))
            .push(") > 0");
    }
    if let Some(y) = filter.year {
        query.push(" AND e.year = ").push_bind(y);
    }
    if let Some(y) = filter.since_year {
        query.push(" AND e.year >= ").push_bind(y);
    }
    // Known days first, in order; then month-only ones; then those still to be dated.
    query.push(
        " ORDER BY e.year, coalesce(e.month, 13), e.start_date IS NULL, e.start_date,
          w.starts_at, e.title, e.id",
    );
    query.build_query_as().fetch_all(pool).await
}

pub async fn get(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<WebinarRow>> {
    let filter = WebinarFilter {
        id: Some(id),
        ..Default::default()
    };
    Ok(list(pool, &filter).await?.into_iter().next())
}

/// Webinars not cancelled whose start is after `from` and at or before `to` (reminders).
pub async fn starting_between(
    pool: &SqlitePool,
    from: chrono::DateTime<chrono::Utc>,
    to: chrono::DateTime<chrono::Utc>,
) -> sqlx::Result<Vec<WebinarRow>> {
    sqlx::query_as(&format!(
        "{SELECT} AND e.status != 'cancelled' AND w.starts_at > ? AND w.starts_at <= ?
         ORDER BY w.starts_at, e.id"
    ))
    .bind(crate::clock::text(from))
    .bind(crate::clock::text(to))
    .fetch_all(pool)
    .await
}

/// The years that have webinars, for the year filter.
pub async fn years(pool: &SqlitePool) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT DISTINCT e.year FROM events e JOIN webinars w ON w.event_id = e.id
         WHERE e.kind = 'webinar' ORDER BY e.year",
    )
    .fetch_all(pool)
    .await
}

async fn write_fields(conn: &mut SqliteConnection, id: i64, f: &WebinarFields) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE webinars SET programme = ?, topic_id = ?, duration_minutes = ?, languages = ?,
            interpretation = ?, speakers = ?, audience = ?, registration_url = ?,
            recording_url = ?
         WHERE event_id = ?",
    )
    .bind(f.programme.as_str())
    .bind(f.topic_id)
    .bind(f.duration_minutes)
    .bind(languages_text(&f.languages))
    .bind(f.interpretation)
    .bind(&f.speakers)
    .bind(&f.audience)
    .bind(&f.registration_url)
    .bind(&f.recording_url)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// A new webinar: its event (which brings its webinar row) and its own fields, together.
pub async fn create(
    pool: &SqlitePool,
    actor: &Actor,
    event: &NewEvent,
    fields: &WebinarFields,
) -> sqlx::Result<i64> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let id = events::insert(&mut tx, actor, event, &events::new_uid()).await?;
    write_fields(&mut tx, id, fields).await?;
    audit::record(
        &mut tx,
        actor,
        "create",
        "webinar",
        Some(id),
        audit::NOTHING,
        Some(fields),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Saves an edit made on the event's `version`: nothing at all when someone saved first.
pub async fn update(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    (event, fields): (&NewEvent, &WebinarFields),
    reason: &str,
) -> sqlx::Result<Written> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let saved = events::update_in(&mut tx, site, actor, id, version, event, reason).await?;
    if !saved.is_done() {
        return Ok(saved);
    }
    write_fields(&mut tx, id, fields).await?;
    audit::record(
        &mut tx,
        actor,
        "update",
        "webinar",
        Some(id),
        audit::NOTHING,
        Some(fields),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}
