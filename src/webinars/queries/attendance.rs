//! SQL for who attended a webinar: the count, the members named, and the engagements
//! they become.

use chrono::NaiveDate;
use sqlx::SqlitePool;

use super::super::model::WebinarRow;
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::events::queries::Written;

use super::*;

/// A member named as having attended.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct AttendeeRow {
    pub member_id: i64,
    pub name: String,
    pub country: String,
    pub als_id: Option<i64>,
    pub als_name: Option<String>,
}

pub async fn attendees(pool: &SqlitePool, id: i64) -> sqlx::Result<Vec<AttendeeRow>> {
    sqlx::query_as(
        "SELECT m.id AS member_id, m.name, m.country, m.als_id, a.name AS als_name
         FROM webinar_attendees w JOIN members m ON m.id = w.member_id
         LEFT JOIN als a ON a.id = m.als_id
         WHERE w.event_id = ? ORDER BY m.name",
    )
    .bind(id)
    .fetch_all(pool)
    .await
}

/// Members whose address (canonical form) or exact name (ignoring case) is `wanted`.
pub async fn find_members(pool: &SqlitePool, wanted: &str) -> sqlx::Result<Vec<(i64, String)>> {
    if wanted.contains('@') {
        let Ok(address) = crate::accounts::email::EmailAddress::parse(wanted) else {
            return Ok(Vec::new());
        };
        sqlx::query_as("SELECT id, name FROM members WHERE email_canonical = ?")
            .bind(address.canonical())
            .fetch_all(pool)
            .await
    } else {
        sqlx::query_as("SELECT id, name FROM members WHERE lower(name) = lower(?) LIMIT 5")
            .bind(wanted)
            .fetch_all(pool)
            .await
    }
}

/// An attendance record to save.
pub struct Attendance<'a> {
    pub count: Option<i64>,
    pub add: &'a [i64],
    pub remove: &'a [i64],
    /// The day the webinar took place: the day of the engagements it records.
    pub held_on: NaiveDate,
    pub title: &'a str,
}

#[derive(serde::Serialize)]
struct AttendanceAudit<'a> {
    count: Option<i64>,
    added: &'a [i64],
    removed: &'a [i64],
}

/// Records attendance on the event's `version`. Each member added becomes an engagement
/// (webinar attended) of the member and of their ALS, so an ALS that takes part is not
/// flagged as silent; each member removed takes that engagement away. A webinar still
/// planned or confirmed is marked held.
pub async fn record_attendance(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    attendance: &Attendance<'_>,
) -> sqlx::Result<Written> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let bumped = sqlx::query(
        "UPDATE events SET version = version + 1, updated_at = ?,
            status = CASE WHEN status IN ('planned', 'confirmed') THEN 'held' ELSE status END
         WHERE id = ? AND version = ? AND kind = 'webinar'",
    )
    .bind(&now)
    .bind(id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if bumped.rows_affected() != 1 {
        let current = sqlx::query_as(
            "SELECT id, uid, title, kind, relevance, organiser, city, country, online,
                date_precision, year, month, start_date, end_date, start_time, time_zone,
                status, url, notes, needs_review, review_note, sequence, version, created_at,
                updated_at, series_id, recurrence_day FROM events WHERE id = ? AND kind = 'webinar'",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        return Ok(match current {
            Some(row) => Written::Conflict(Box::new(row)),
            None => Written::NotFound,
        });
    }
    let mut newly_added = Vec::new();
    for &member in attendance.add {
        let added = sqlx::query(
            "INSERT INTO webinar_attendees (event_id, member_id, recorded_by, recorded_at)
             VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(member)
        .bind(&actor.email)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        if added.rows_affected() == 1 {
            newly_added.push(member);
            sqlx::query(
                "INSERT INTO engagements (als_id, member_id, event_id, kind, happened_on,
                    description, recorded_by, created_at)
                 SELECT m.als_id, m.id, ?, 'webinar_attended', ?, ?, ?, ?
                 FROM members m WHERE m.id = ?",
            )
            .bind(id)
            .bind(attendance.held_on.to_string())
            .bind(attendance.title)
            .bind(&actor.email)
            .bind(&now)
            .bind(member)
            .execute(&mut *tx)
            .await?;
        }
    }
    for &member in attendance.remove {
        sqlx::query("DELETE FROM webinar_attendees WHERE event_id = ? AND member_id = ?")
            .bind(id)
            .bind(member)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "DELETE FROM engagements
             WHERE event_id = ? AND member_id = ? AND kind = 'webinar_attended'",
        )
        .bind(id)
        .bind(member)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("UPDATE webinars SET attendance_count = ? WHERE event_id = ?")
        .bind(attendance.count)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if !newly_added.is_empty() {
        let webinar: Option<WebinarRow> = sqlx::query_as(&format!("{SELECT} AND e.id = ?"))
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(webinar) = webinar {
            super::super::reminders::thank_attendees(&mut tx, site, &webinar, &newly_added).await?;
        }
    }
    audit::record(
        &mut tx,
        actor,
        "attendance",
        "webinar",
        Some(id),
        audit::NOTHING,
        Some(&AttendanceAudit {
            count: attendance.count,
            added: attendance.add,
            removed: attendance.remove,
        }),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}
