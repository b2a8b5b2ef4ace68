//! SQL for engagements (what an ALS or a member did, and when) and the per-country
//! coverage counted from them, with what the engagement forms offer to choose from.

use sqlx::SqlitePool;

use super::super::model::{EngagementKind, EngagementRow};
use crate::audit::{self, Actor};
use crate::db::now_text;

pub async fn engagements(pool: &SqlitePool, als_id: i64) -> sqlx::Result<Vec<EngagementRow>> {
    sqlx::query_as(
        "SELECT e.id, e.als_id, e.member_id, e.event_id, e.kind, e.happened_on, e.description,
            e.recorded_by, m.name AS member_name, ev.title AS event_title
         FROM engagements e
         LEFT JOIN members m ON m.id = e.member_id
         LEFT JOIN events ev ON ev.id = e.event_id
         WHERE e.als_id = ? OR e.member_id IN (SELECT id FROM members WHERE als_id = ?)
         ORDER BY e.happened_on DESC, e.id DESC LIMIT 200",
    )
    .bind(als_id)
    .bind(als_id)
    .fetch_all(pool)
    .await
}

/// Something an ALS (or one of its members) did.
pub struct NewEngagement<'a> {
    /// The ALS, or none for an individual member's engagement.
    pub als_id: Option<i64>,
    pub member_id: Option<i64>,
    pub event_id: Option<i64>,
    pub kind: EngagementKind,
    pub happened_on: chrono::NaiveDate,
    pub description: &'a str,
}

pub async fn add_engagement(
    pool: &SqlitePool,
    actor: &Actor,
    e: &NewEngagement<'_>,
) -> sqlx::Result<i64> {
    let (als_id, member_id, event_id, kind, happened_on, description) = (
        e.als_id,
        e.member_id,
        e.event_id,
        e.kind,
        e.happened_on,
        e.description,
    );
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO engagements (als_id, member_id, event_id, kind, happened_on, description, recorded_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(als_id)
    .bind(member_id)
    .bind(event_id)
    .bind(kind.as_str())
    .bind(happened_on.to_string())
    .bind(description)
    .bind(&actor.email)
    .bind(now_text())
    .fetch_one(&mut *tx)
    .await?;
    let after: Option<EngagementRow> = sqlx::query_as(
        "SELECT e.id, e.als_id, e.member_id, e.event_id, e.kind, e.happened_on, e.description,
            e.recorded_by, NULL AS member_name, NULL AS event_title
         FROM engagements e WHERE e.id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        "create",
        "engagement",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Per country: active ALSs, active members, events held there, engagements recorded for
/// its ALSs and members.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CountryCoverage {
    pub iso2: String,
    pub active_als: i64,
    pub members: i64,
    pub events: i64,
    pub engagements: i64,
}

pub async fn coverage(pool: &SqlitePool) -> sqlx::Result<Vec<CountryCoverage>> {
    sqlx::query_as(
        "SELECT c.iso2,
            (SELECT count(*) FROM als a WHERE a.country = c.iso2 AND a.status = 'active') AS active_als,
            (SELECT count(*) FROM members m WHERE m.country = c.iso2 AND m.active = 1) AS members,
            (SELECT count(*) FROM events e WHERE e.country = c.iso2) AS events,
            (SELECT count(*) FROM engagements g
               WHERE g.als_id IN (SELECT id FROM als WHERE country = c.iso2)
                  OR g.member_id IN (SELECT id FROM members WHERE country = c.iso2)) AS engagements
         FROM countries c ORDER BY c.iso2",
    )
    .fetch_all(pool)
    .await
}

/// The ALS's members (id, name), for the engagement form.
pub async fn member_names(pool: &SqlitePool, als_id: i64) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM members WHERE als_id = ? ORDER BY name")
        .bind(als_id)
        .fetch_all(pool)
        .await
}

/// Events with a day, most recent first, for tying an engagement to one.
pub async fn recent_events(pool: &SqlitePool) -> sqlx::Result<Vec<(i64, String, String)>> {
    sqlx::query_as(
        "SELECT id, title, start_date FROM events WHERE date_precision = 'day'
         ORDER BY start_date DESC, id DESC LIMIT 300",
    )
    .fetch_all(pool)
    .await
}

/// The ALS's CROP trips approved but not yet happened (no CROP-trip engagement yet): the
/// event's id and title, the departure day, and the traveller. Read here, from CROP's
/// tables, because the registry may not use `crop` (it sits above): a trip is only planned
/// until it becomes an engagement.
pub async fn planned_trips(
    pool: &SqlitePool,
    als_id: i64,
) -> sqlx::Result<Vec<(i64, String, Option<String>, String)>> {
    sqlx::query_as(
        "SELECT o.event_id, ev.title, ap.departure_on, m.name
         FROM crop_applications ap JOIN members m ON m.id = ap.member_id
         JOIN crop_opportunities o ON o.id = ap.opportunity_id JOIN events ev ON ev.id = o.event_id
         WHERE m.als_id = ? AND ap.status = 'approved'
           AND NOT EXISTS (SELECT 1 FROM engagements g WHERE g.kind = 'crop_trip'
                             AND g.member_id = ap.member_id AND g.event_id = o.event_id)
         ORDER BY ap.departure_on, ap.id",
    )
    .bind(als_id)
    .fetch_all(pool)
    .await
}
