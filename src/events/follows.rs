//! Who follows what: one event (a button on its page; a webinar is its event), or every
//! event of a relevance, kind, country or sub-region (the preferences page). Followers are
//! told when an event's date, status or place changes, and reminded of webinars.

use sqlx::{SqliteConnection, SqlitePool};

use super::model::EventRow;
use crate::audit::{self, Actor};
use crate::db::now_text;

text_enum!(FollowTarget, "follow-target", {
    Event => "event",
    Relevance => "relevance",
    Kind => "kind",
    Country => "country",
    Subregion => "subregion",
});

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct FollowRow {
    pub id: i64,
    pub target: String,
    pub value: String,
    /// The event's title when the target is one event.
    pub title: Option<String>,
}

/// Starts following; false when it was followed already. Audited.
pub async fn follow(
    conn: &mut SqliteConnection,
    actor: &Actor,
    user_id: i64,
    target: FollowTarget,
    value: &str,
) -> sqlx::Result<bool> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO follows (user_id, target, value, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_id, target, value) DO NOTHING RETURNING id",
    )
    .bind(user_id)
    .bind(target.as_str())
    .bind(value)
    .bind(now_text())
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = id {
        audit::record(
            conn,
            actor,
            "follow",
            "follow",
            Some(id),
            audit::NOTHING,
            Some(&(target, value)),
        )
        .await?;
    }
    Ok(id.is_some())
}

/// Stops following; false when there was nothing to stop. Audited.
pub async fn unfollow(
    pool: &SqlitePool,
    actor: &Actor,
    user_id: i64,
    target: FollowTarget,
    value: &str,
) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let id: Option<i64> = sqlx::query_scalar(
        "DELETE FROM follows WHERE user_id = ? AND target = ? AND value = ? RETURNING id",
    )
    .bind(user_id)
    .bind(target.as_str())
    .bind(value)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = id {
        audit::record(
            &mut tx,
            actor,
            "unfollow",
            "follow",
            Some(id),
            Some(&(target, value)),
            audit::NOTHING,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(id.is_some())
}

/// `follow` in a transaction of its own.
pub async fn follow_now(
    pool: &SqlitePool,
    actor: &Actor,
    user_id: i64,
    target: FollowTarget,
    value: &str,
) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let added = follow(&mut tx, actor, user_id, target, value).await?;
    tx.commit().await?;
    Ok(added)
}

pub async fn follows_event(pool: &SqlitePool, user_id: i64, event_id: i64) -> sqlx::Result<bool> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM follows WHERE user_id = ? AND target = 'event' AND value = ?)",
    )
    .bind(user_id)
    .bind(event_id.to_string())
    .fetch_one(pool)
    .await
}

/// What an account follows, single events first (with their titles).
pub async fn follows_of(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<FollowRow>> {
    sqlx::query_as(
        "SELECT f.id, f.target, f.value, e.title FROM follows f
         LEFT JOIN events e ON f.target = 'event' AND e.id = CAST(f.value AS INTEGER)
         WHERE f.user_id = ? ORDER BY f.target != 'event', f.target, e.start_date, f.value",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// The enabled accounts that follow `event`: itself, or one of its classes. `subregion` is
/// the sub-region of the event's country.
pub async fn followers(
    conn: &mut SqliteConnection,
    event: &EventRow,
    subregion: Option<&str>,
) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT DISTINCT f.user_id FROM follows f JOIN users u ON u.id = f.user_id AND u.disabled = 0
         WHERE (f.target = 'event' AND f.value = ?)
            OR (f.target = 'relevance' AND f.value = ?)
            OR (f.target = 'kind' AND f.value = ?)
            OR (f.target = 'country' AND f.value = ?)
            OR (f.target = 'subregion' AND f.value = ?)
         ORDER BY f.user_id",
    )
    .bind(event.id.to_string())
    .bind(event.relevance)
    .bind(event.kind)
    .bind(event.country.as_deref().unwrap_or(""))
    .bind(subregion.unwrap_or(""))
    .fetch_all(conn)
    .await
}

/// The events an account follows, itself or by one of their classes, from `since_year`
/// on, the earliest first (its private calendar feed).
pub async fn followed_events(
    pool: &SqlitePool,
    user_id: i64,
    since_year: i32,
    limit: i64,
) -> sqlx::Result<Vec<EventRow>> {
    sqlx::query_as(&format!(
        "SELECT {} FROM events e WHERE e.year >= ? AND EXISTS (
            SELECT 1 FROM follows f WHERE f.user_id = ? AND (
                (f.target = 'event' AND f.value = CAST(e.id AS TEXT))
             OR (f.target = 'relevance' AND f.value = e.relevance)
             OR (f.target = 'kind' AND f.value = e.kind)
             OR (f.target = 'country' AND f.value = e.country)
             OR (f.target = 'subregion' AND f.value =
                   (SELECT c.lacralo_subregion FROM countries c WHERE c.iso2 = e.country))))
         ORDER BY e.start_date IS NULL, e.start_date, e.id LIMIT ?",
        super::queries::COLUMNS
    ))
    .bind(since_year)
    .bind(user_id)
    .bind(limit)
    .fetch_all(pool)
    .await
}
