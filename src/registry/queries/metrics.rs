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

/// The ALSs marked present at `event_id` that the form lists (not decertified), by id: what
/// a roll call's form was read at.
pub async fn present_at(pool: &SqlitePool, event_id: i64) -> sqlx::Result<Vec<i64>> {
    let mut conn = pool.acquire().await?;
    present_in(&mut conn, event_id).await
}

async fn present_in(conn: &mut sqlx::SqliteConnection, event_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT r.als_id FROM roll_calls r JOIN als a ON a.id = r.als_id
          WHERE r.event_id = ? AND a.status != 'decertified' ORDER BY r.als_id",
    )
    .bind(event_id)
    .fetch_all(conn)
    .await
}

/// What became of saving a roll call.
#[derive(Debug, PartialEq, Eq)]
pub enum RollCallSaved {
    /// Saved: how many ALSs are present now.
    Done(usize),
    /// Someone saved the roll call since the form was read (`was`): nothing written.
    Stale,
}

/// Sets who was present at `event_id`: exactly `present` (unknown or decertified ids are
/// left out), if the roll call is still as the form was read (`was`, sorted ids), in one
/// transaction, audited with the set before and after.
pub async fn record_roll_call(
    pool: &SqlitePool,
    actor: &Actor,
    event_id: i64,
    was: &[i64],
    present: &[i64],
) -> sqlx::Result<RollCallSaved> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    if present_in(&mut tx, event_id).await? != was {
        return Ok(RollCallSaved::Stale);
    }
    let before: Vec<i64> =
        sqlx::query_scalar("SELECT als_id FROM roll_calls WHERE event_id = ? ORDER BY als_id")
            .bind(event_id)
            .fetch_all(&mut *tx)
            .await?;
    // The form lists the ALSs that can be present: a decertified ALS's past presence stays.
    sqlx::query(
        "DELETE FROM roll_calls WHERE event_id = ?
            AND als_id IN (SELECT id FROM als WHERE status != 'decertified')",
    )
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
    Ok(RollCallSaved::Done(after.len()))
}

/// Whether ALS `?1` could vote on the poll's day (`held_on`): its status at that day's
/// end was neither Standby nor Decertified. Polls it had no vote in do not count against it.
const VOTED_THEN: &str = "coalesce(
      (SELECT s.to_status FROM als_status_changes s WHERE s.als_id = ?1
         AND s.changed_at < date(held_on, '+1 day') ORDER BY s.changed_at DESC, s.id DESC LIMIT 1),
      (SELECT s.from_status FROM als_status_changes s WHERE s.als_id = ?1
         AND s.changed_at >= date(held_on, '+1 day') ORDER BY s.changed_at, s.id LIMIT 1),
      (SELECT status FROM als WHERE id = ?1)) NOT IN ('standby', 'decertified')";

/// What ALS `als_id` did, counted as of `as_of` in each criterion's window: calls it was
/// present at, its (and its members') policy comments and local activity reports, and its
/// votes in the last polls held since it was accredited, while it had a vote.
pub async fn evidence(
    pool: &SqlitePool,
    als_id: i64,
    as_of: NaiveDate,
    t: &Thresholds,
) -> sqlx::Result<Evidence> {
    let since = |months| Thresholds::window_start(as_of, months).to_string();
    let as_of_text = as_of.to_string();
    let (meetings, contributions, local_reports, votes, polls_held): (i64, i64, i64, i64, i64) =
        sqlx::query_as(&format!(
            "SELECT
               (SELECT count(*) FROM roll_calls r JOIN events e ON e.id = r.event_id
                 WHERE r.als_id = ?1 AND e.status != 'cancelled'
                   AND e.start_date > ?2 AND e.start_date <= ?6),
               (SELECT count(*) FROM engagements g WHERE g.kind = 'policy_comment'
                 AND (g.als_id = ?1 OR g.member_id IN (SELECT id FROM members WHERE als_id = ?1))
                 AND g.happened_on > ?3 AND g.happened_on <= ?6),
               (SELECT count(*) FROM engagements g WHERE g.kind = 'local_activity'
                 AND (g.als_id = ?1 OR g.member_id IN (SELECT id FROM members WHERE als_id = ?1))
                 AND g.happened_on > ?4 AND g.happened_on <= ?6),
               (SELECT count(*) FROM (SELECT id FROM polls WHERE held_on <= ?6 AND held_on >= (SELECT
                    coalesce(accredited_on, substr(created_at, 1, 10)) FROM als WHERE id = ?1)
                  AND {VOTED_THEN}
                  ORDER BY held_on DESC, id DESC LIMIT ?5) p
                 JOIN poll_votes v ON v.poll_id = p.id AND v.als_id = ?1),
               (SELECT count(*) FROM (SELECT id FROM polls WHERE held_on <= ?6 AND held_on >= (SELECT
                    coalesce(accredited_on, substr(created_at, 1, 10)) FROM als WHERE id = ?1)
                  AND {VOTED_THEN}
                  ORDER BY held_on DESC, id DESC LIMIT ?5))"
        ))
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

/// Each ALS that existed on `as_of` (accredited, or added, by then) with its country, its
/// sub-region and its status as of the end of that day: the last status change by then,
/// else the status before its first change after, else the status it has.
pub async fn statuses_as_of(pool: &SqlitePool, as_of: NaiveDate) -> sqlx::Result<Vec<AlsOnDay>> {
    let next_day = (as_of + chrono::Duration::days(1)).to_string();
    sqlx::query_as(
        "SELECT a.country, c.lacralo_subregion AS subregion,
            coalesce(
              (SELECT s.to_status FROM als_status_changes s WHERE s.als_id = a.id
                 AND s.changed_at < ?1 ORDER BY s.changed_at DESC, s.id DESC LIMIT 1),
              (SELECT s.from_status FROM als_status_changes s WHERE s.als_id = a.id
                 AND s.changed_at >= ?1 ORDER BY s.changed_at, s.id LIMIT 1),
              a.status) AS status
         FROM als a JOIN countries c ON c.iso2 = a.country
         WHERE coalesce(a.accredited_on, substr(a.created_at, 1, 10)) <= ?2",
    )
    .bind(next_day)
    .bind(as_of.to_string())
    .fetch_all(pool)
    .await
}

/// An ALS as it stood on a day (`statuses_as_of`).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AlsOnDay {
    pub country: String,
    pub subregion: String,
    pub status: super::super::model::AlsStatus,
}

/// The thresholds row as stored.
#[derive(sqlx::FromRow)]
struct StoredThresholds {
    meetings: i64,
    meetings_months: i64,
    contributions: i64,
    contributions_months: i64,
    votes: i64,
    polls: i64,
    local_reports: i64,
    local_reports_months: i64,
    version: i64,
}

impl StoredThresholds {
    fn thresholds(&self) -> Thresholds {
        // The table's CHECKs keep the windows within 1–24 months.
        let months = |m: i64| u32::try_from(m).unwrap_or(1);
        Thresholds {
            meetings: self.meetings,
            meetings_months: months(self.meetings_months),
            contributions: self.contributions,
            contributions_months: months(self.contributions_months),
            votes: self.votes,
            polls: self.polls,
            local_reports: self.local_reports,
            local_reports_months: months(self.local_reports_months),
        }
    }
}

async fn stored(conn: &mut sqlx::SqliteConnection) -> sqlx::Result<Option<StoredThresholds>> {
    sqlx::query_as(
        "SELECT meetings, meetings_months, contributions, contributions_months, votes, polls,
                local_reports, local_reports_months, version
           FROM als_metric_thresholds WHERE id = 1",
    )
    .fetch_optional(conn)
    .await
}

/// The thresholds leadership set, or the draft's, with the version a form compares (0 for
/// the draft, never saved).
pub async fn thresholds(pool: &SqlitePool) -> sqlx::Result<(Thresholds, i64)> {
    let mut conn = pool.acquire().await?;
    Ok(match stored(&mut conn).await? {
        None => (Thresholds::default(), 0),
        Some(row) => (row.thresholds(), row.version),
    })
}

/// Saves the thresholds if they are still at `version` (0: never saved); audited. False
/// when someone saved first: nothing is written.
pub async fn set_thresholds(
    pool: &SqlitePool,
    actor: &Actor,
    version: i64,
    t: &Thresholds,
) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let before = stored(&mut tx).await?;
    if before.as_ref().map_or(0, |b| b.version) != version {
        return Ok(false);
    }
    let old = before
        .as_ref()
        .map_or_else(Thresholds::default, StoredThresholds::thresholds);
    sqlx::query(
        "INSERT INTO als_metric_thresholds (id, meetings, meetings_months, contributions,
            contributions_months, votes, polls, local_reports, local_reports_months, version,
            updated_by, updated_at)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET meetings = excluded.meetings,
            meetings_months = excluded.meetings_months, contributions = excluded.contributions,
            contributions_months = excluded.contributions_months, votes = excluded.votes,
            polls = excluded.polls, local_reports = excluded.local_reports,
            local_reports_months = excluded.local_reports_months, version = excluded.version,
            updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(t.meetings)
    .bind(i64::from(t.meetings_months))
    .bind(t.contributions)
    .bind(i64::from(t.contributions_months))
    .bind(t.votes)
    .bind(t.polls)
    .bind(t.local_reports)
    .bind(i64::from(t.local_reports_months))
    .bind(version + 1)
    .bind(&actor.email)
    .bind(now_text())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        "set_thresholds",
        "als_metrics",
        None,
        Some(&old),
        Some(t),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A poll, with how many ALSs voted in it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PollRow {
    pub id: i64,
    pub title: String,
    pub held_on: String,
    pub voters: i64,
    pub version: i64,
}

/// The polls, newest first.
pub async fn polls(pool: &SqlitePool) -> sqlx::Result<Vec<PollRow>> {
    sqlx::query_as(
        "SELECT p.id, p.title, p.held_on,
                (SELECT count(*) FROM poll_votes v WHERE v.poll_id = p.id) AS voters, p.version
           FROM polls p ORDER BY p.held_on DESC, p.id DESC LIMIT 500",
    )
    .fetch_all(pool)
    .await
}

pub async fn poll(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<PollRow>> {
    sqlx::query_as(
        "SELECT p.id, p.title, p.held_on,
                (SELECT count(*) FROM poll_votes v WHERE v.poll_id = p.id) AS voters, p.version
           FROM polls p WHERE p.id = ?",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// Every ALS that can vote (not decertified), and whether it voted in poll `id` (none: a
/// new poll): (id, name, country, voted).
pub async fn poll_voters(
    pool: &SqlitePool,
    id: Option<i64>,
) -> sqlx::Result<Vec<(i64, String, String, bool)>> {
    sqlx::query_as(
        "SELECT a.id, a.name, a.country,
            EXISTS (SELECT 1 FROM poll_votes v WHERE v.poll_id = ? AND v.als_id = a.id)
         FROM als a WHERE a.status != 'decertified' ORDER BY a.country, a.name_key",
    )
    .bind(id.unwrap_or(0))
    .fetch_all(pool)
    .await
}

/// What became of saving a poll.
#[derive(Debug, PartialEq, Eq)]
pub enum PollSaved {
    Done(i64),
    Gone,
    /// Someone saved it since the form was read: nothing written.
    Stale,
}

/// Records a poll (`id` none) or changes one read at `version`: its title, day and exactly
/// the ALSs that voted (decertified or unknown ids left out), in one transaction, audited.
pub async fn save_poll(
    pool: &SqlitePool,
    actor: &Actor,
    id: Option<(i64, i64)>,
    title: &str,
    held_on: NaiveDate,
    voted: &[i64],
) -> sqlx::Result<PollSaved> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let (id, before) = match id {
        None => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO polls (title, held_on, recorded_by, created_at)
                 VALUES (?, ?, ?, ?) RETURNING id",
            )
            .bind(title)
            .bind(held_on.to_string())
            .bind(&actor.email)
            .bind(now_text())
            .fetch_one(&mut *tx)
            .await?;
            (id, None)
        }
        Some((id, version)) => {
            let before: Option<(String, String, i64)> =
                sqlx::query_as("SELECT title, held_on, version FROM polls WHERE id = ?")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some(before) = before else {
                return Ok(PollSaved::Gone);
            };
            if before.2 != version {
                return Ok(PollSaved::Stale);
            }
            let voters: Vec<i64> = sqlx::query_scalar(
                "SELECT als_id FROM poll_votes WHERE poll_id = ? ORDER BY als_id",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            sqlx::query(
                "UPDATE polls SET title = ?, held_on = ?, version = version + 1 WHERE id = ?",
            )
            .bind(title)
            .bind(held_on.to_string())
            .bind(id)
            .execute(&mut *tx)
            .await?;
            // The form lists the ALSs that can vote: a decertified ALS's past vote stays.
            sqlx::query(
                "DELETE FROM poll_votes WHERE poll_id = ?
                    AND als_id IN (SELECT id FROM als WHERE status != 'decertified')",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?;
            (id, Some((before.0, before.1, voters)))
        }
    };
    for als in voted {
        sqlx::query(
            "INSERT OR IGNORE INTO poll_votes (poll_id, als_id)
             SELECT ?, id FROM als WHERE id = ? AND status != 'decertified'",
        )
        .bind(id)
        .bind(als)
        .execute(&mut *tx)
        .await?;
    }
    let after: Vec<i64> =
        sqlx::query_scalar("SELECT als_id FROM poll_votes WHERE poll_id = ? ORDER BY als_id")
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
    audit::record(
        &mut tx,
        actor,
        if before.is_some() { "update" } else { "create" },
        "poll",
        Some(id),
        before.as_ref(),
        Some(&(title, held_on.to_string(), after)),
    )
    .await?;
    tx.commit().await?;
    Ok(PollSaved::Done(id))
}

/// Deletes a poll recorded by mistake, with its votes; audited with what it was. False when
/// it is gone already.
pub async fn delete_poll(pool: &SqlitePool, actor: &Actor, id: i64) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let before: Option<(String, String)> =
        sqlx::query_as("SELECT title, held_on FROM polls WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some(before) = before else {
        return Ok(false);
    };
    let voters: Vec<i64> =
        sqlx::query_scalar("SELECT als_id FROM poll_votes WHERE poll_id = ? ORDER BY als_id")
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
    sqlx::query("DELETE FROM polls WHERE id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        actor,
        "delete",
        "poll",
        Some(id),
        Some(&(before.0, before.1, voters)),
        crate::audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}
