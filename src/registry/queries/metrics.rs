//! SQL for the ALS metrics: the monthly calls' roll calls, and the evidence counted for an
//! ALS as of a day (`registry::metrics` judges it).

use chrono::NaiveDate;
use sqlx::SqlitePool;

use super::super::metrics::{Evidence, Thresholds};
use crate::audit::{self, Actor};
use crate::db::now_text;

/// Every ALS that can be present at a call (not decertified), by name, and whether it is
/// marked present at `event_id`: (id, name, country, present).
pub async fn roll_call(
    pool: &SqlitePool,
    event_id: i64,
) -> sqlx::Result<Vec<(i64, String, String, bool)>> {
    sqlx::query_as(
        "SELECT a.id, a.name, a.country,
            EXISTS (SELECT 1 FROM roll_calls r WHERE r.event_id = ? AND r.als_id = a.id)
         FROM als a WHERE a.status != 'decertified' ORDER BY a.country, a.name_key",
    )
    .bind(event_id)
    .fetch_all(pool)
    .await
}

/// Sets who was present at `event_id`: exactly `present` (unknown or decertified ids are
/// left out), in one transaction, audited with the set before and after.
pub async fn record_roll_call(
    pool: &SqlitePool,
    actor: &Actor,
    event_id: i64,
    present: &[i64],
) -> sqlx::Result<usize> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let before: Vec<i64> =
        sqlx::query_scalar("SELECT als_id FROM roll_calls WHERE event_id = ? ORDER BY als_id")
            .bind(event_id)
            .fetch_all(&mut *tx)
            .await?;
    sqlx::query("DELETE FROM roll_calls WHERE event_id = ?")
        .bind(event_id)
        .execute(&mut *tx)
        .await?;
    let now = now_text();
    for als in present {
        sqlx::query(
            "INSERT OR IGNORE INTO roll_calls (event_id, als_id, recorded_by, recorded_at)
             SELECT ?, id, ?, ? FROM als WHERE id = ? AND status != 'decertified'",
        )
        .bind(event_id)
        .bind(&actor.email)
        .bind(&now)
        .bind(als)
        .execute(&mut *tx)
        .await?;
    }
    let after: Vec<i64> =
        sqlx::query_scalar("SELECT als_id FROM roll_calls WHERE event_id = ? ORDER BY als_id")
            .bind(event_id)
            .fetch_all(&mut *tx)
            .await?;
    audit::record(
        &mut tx,
        actor,
        "roll_call",
        "event",
        Some(event_id),
        Some(&before),
        Some(&after),
    )
    .await?;
    tx.commit().await?;
    Ok(after.len())
}

/// What ALS `als_id` did, counted as of `as_of` in each criterion's window: calls it was
/// present at, its (and its members') policy comments and local activity reports, and its
/// votes in the last polls held.
pub async fn evidence(
    pool: &SqlitePool,
    als_id: i64,
    as_of: NaiveDate,
    t: &Thresholds,
) -> sqlx::Result<Evidence> {
    let since = |months| Thresholds::window_start(as_of, months).to_string();
    let as_of_text = as_of.to_string();
    let (meetings, contributions, local_reports, votes, polls_held): (i64, i64, i64, i64, i64) =
        sqlx::query_as(
            "SELECT
               (SELECT count(*) FROM roll_calls r JOIN events e ON e.id = r.event_id
                 WHERE r.als_id = ?1 AND e.start_date > ?2 AND e.start_date <= ?6),
               (SELECT count(*) FROM engagements g WHERE g.kind = 'policy_comment'
                 AND (g.als_id = ?1 OR g.member_id IN (SELECT id FROM members WHERE als_id = ?1))
                 AND g.happened_on > ?3 AND g.happened_on <= ?6),
               (SELECT count(*) FROM engagements g WHERE g.kind = 'local_activity'
                 AND (g.als_id = ?1 OR g.member_id IN (SELECT id FROM members WHERE als_id = ?1))
                 AND g.happened_on > ?4 AND g.happened_on <= ?6),
               (SELECT count(*) FROM (SELECT id FROM polls WHERE held_on <= ?6
                  ORDER BY held_on DESC, id DESC LIMIT ?5) p
                 JOIN poll_votes v ON v.poll_id = p.id AND v.als_id = ?1),
               (SELECT count(*) FROM (SELECT id FROM polls WHERE held_on <= ?6
                  ORDER BY held_on DESC, id DESC LIMIT ?5))",
        )
        .bind(als_id)
        .bind(since(t.meetings_months))
        .bind(since(t.contributions_months))
        .bind(since(t.local_reports_months))
        .bind(t.polls)
        .bind(&as_of_text)
        .fetch_one(pool)
        .await?;
    Ok(Evidence {
        meetings,
        contributions,
        votes,
        polls_held,
        local_reports,
    })
}

/// Each ALS that existed on `as_of` (accredited, or added, by then) with its sub-region and
/// its status as of the end of that day: the last status change by then, else the status
/// before its first change after, else the status it has.
pub async fn statuses_as_of(
    pool: &SqlitePool,
    as_of: NaiveDate,
) -> sqlx::Result<Vec<(String, super::super::model::AlsStatus)>> {
    let next_day = (as_of + chrono::Duration::days(1)).to_string();
    sqlx::query_as(
        "SELECT c.lacralo_subregion,
            coalesce(
              (SELECT s.to_status FROM als_status_changes s WHERE s.als_id = a.id
                 AND s.changed_at < ?1 ORDER BY s.changed_at DESC, s.id DESC LIMIT 1),
              (SELECT s.from_status FROM als_status_changes s WHERE s.als_id = a.id
                 AND s.changed_at >= ?1 ORDER BY s.changed_at, s.id LIMIT 1),
              a.status)
         FROM als a JOIN countries c ON c.iso2 = a.country
         WHERE coalesce(a.accredited_on, substr(a.created_at, 1, 10)) <= ?2",
    )
    .bind(next_day)
    .bind(as_of.to_string())
    .fetch_all(pool)
    .await
}
