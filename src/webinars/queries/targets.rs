//! SQL for the programmes' yearly targets and the progress made against them.

use std::collections::HashMap;

use sqlx::SqlitePool;

use super::super::model::Programme;
use crate::audit::{self, Actor};
use crate::db::now_text;

/// A programme's webinars in a year, by status, and how many took part in the held ones.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct Progress {
    pub programme: String,
    pub planned: i64,
    pub held: i64,
    pub cancelled: i64,
    pub attendance: i64,
}

pub async fn progress(pool: &SqlitePool, year: i64) -> sqlx::Result<HashMap<String, Progress>> {
    let rows: Vec<Progress> = sqlx::query_as(
        "SELECT w.programme,
            coalesce(sum(e.status IN ('planned', 'confirmed')), 0) AS planned,
            coalesce(sum(e.status = 'held'), 0) AS held,
            coalesce(sum(e.status = 'cancelled'), 0) AS cancelled,
            coalesce(sum(CASE WHEN e.status = 'held' THEN max(coalesce(w.attendance_count, 0),
                (SELECT count(*) FROM webinar_attendees a WHERE a.event_id = e.id)) ELSE 0 END), 0)
              AS attendance
         FROM webinars w JOIN events e ON e.id = w.event_id
         WHERE e.kind = 'webinar' AND e.year = ?
         GROUP BY w.programme",
    )
    .bind(year)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|p| (p.programme.clone(), p)).collect())
}

/// The targets set for a year: programme → (target, version).
pub async fn targets(pool: &SqlitePool, year: i64) -> sqlx::Result<HashMap<String, (i64, i64)>> {
    let rows: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT programme, target, version FROM programme_targets WHERE year = ?")
            .bind(year)
            .fetch_all(pool)
            .await?;
    Ok(rows.into_iter().map(|(p, t, v)| (p, (t, v))).collect())
}

/// One programme's target as submitted: `None` clears it (the plan's default applies), and
/// `read_version` is the version the form showed (0 for no row).
pub struct TargetChange {
    pub programme: Programme,
    pub target: Option<i64>,
    pub read_version: i64,
}

/// Saves a year's targets, all or none: when any changed since the form was read, nothing
/// is written and `false` comes back.
pub async fn set_targets(
    pool: &SqlitePool,
    actor: &Actor,
    year: i64,
    changes: &[TargetChange],
) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    for change in changes {
        let current: Option<(i64, i64)> = sqlx::query_as(
            "SELECT target, version FROM programme_targets WHERE year = ? AND programme = ?",
        )
        .bind(year)
        .bind(change.programme.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        if current.map_or(0, |(_, v)| v) != change.read_version {
            return Ok(false);
        }
        if current.map(|(t, _)| t) == change.target {
            continue;
        }
        match change.target {
            Some(target) => {
                sqlx::query(
                    "INSERT INTO programme_targets (year, programme, target, updated_by, updated_at)
                     VALUES (?, ?, ?, ?, ?)
                     ON CONFLICT (year, programme) DO UPDATE SET target = excluded.target,
                        version = version + 1, updated_by = excluded.updated_by,
                        updated_at = excluded.updated_at",
                )
                .bind(year)
                .bind(change.programme.as_str())
                .bind(target)
                .bind(&actor.email)
                .bind(&now)
                .execute(&mut *tx)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM programme_targets WHERE year = ? AND programme = ?")
                    .bind(year)
                    .bind(change.programme.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        audit::record(
            &mut tx,
            actor,
            "set_target",
            "programme_target",
            Some(year),
            current
                .map(|(t, _)| (change.programme.as_str(), t))
                .as_ref(),
            change
                .target
                .map(|t| (change.programme.as_str(), t))
                .as_ref(),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}
