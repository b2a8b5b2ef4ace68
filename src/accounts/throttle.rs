//! Throttling of secret checks (passwords, second factors), per key: an account, a client
//! address, a trusted device, an account's second factor. After a few failures each new
//! attempt waits longer, and after many the key is locked for a while.
//!
//! An attempt is **reserved** before the secret is checked: one write transaction reads every
//! key's count, refuses if one is locked, and otherwise counts the attempt as a failure. A
//! burst of simultaneous attempts is thereby serialised by SQLite's write lock: the
//! eleventh sees ten failures already counted and is refused, however many are in flight,
//! so no burst gets more checks than the limit. A check that then succeeds gives its
//! reservation back (`succeeded`); one that never ran (the server was too busy) too
//! (`release`). The message is the same whether the account exists or not.

use chrono::{DateTime, Duration, Utc};
use sqlx::SqlitePool;

/// Failures before attempts are slowed down, and before the key is locked.
pub const SLOW_AFTER: i64 = 3;
pub const LOCK_AFTER: i64 = 10;
pub const LOCK_MINUTES: i64 = 15;
/// Failures older than this are forgotten.
pub const WINDOW_MINUTES: i64 = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Allowed after waiting this long (the delay grows with each failure).
    Slowed(std::time::Duration),
    Locked,
}

pub fn verdict(failures: i64, locked_until: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Verdict {
    if locked_until.is_some_and(|until| until > now) {
        return Verdict::Locked;
    }
    if failures >= LOCK_AFTER {
        // The lock has run out but the window has not: one more try at a time.
        return Verdict::Slowed(std::time::Duration::from_millis(1500));
    }
    if failures >= SLOW_AFTER {
        let steps = (failures - SLOW_AFTER + 1).min(6) as u64;
        return Verdict::Slowed(std::time::Duration::from_millis(250 * steps));
    }
    Verdict::Allowed
}

fn stricter(a: Verdict, b: Verdict) -> Verdict {
    match (a, b) {
        (Verdict::Locked, _) | (_, Verdict::Locked) => Verdict::Locked,
        (Verdict::Slowed(a), Verdict::Slowed(b)) => Verdict::Slowed(a.max(b)),
        (Verdict::Slowed(a), _) | (_, Verdict::Slowed(a)) => Verdict::Slowed(a),
        _ => Verdict::Allowed,
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    failures: i64,
    first_failure: String,
    locked_until: Option<String>,
}

fn parse(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

fn text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The failures that still count for a row: none once the window has passed and no lock
/// holds.
fn live_failures(row: &Row, now: DateTime<Utc>) -> (i64, Option<DateTime<Utc>>) {
    let locked_until = row.locked_until.as_deref().and_then(parse);
    let stale = parse(&row.first_failure)
        .is_none_or(|first| now - first > Duration::minutes(WINDOW_MINUTES));
    if stale && locked_until.is_none_or(|u| u <= now) {
        (0, None)
    } else {
        (row.failures, locked_until)
    }
}

/// An attempt reserved on some keys (`reserve`), to settle when the check is done.
#[derive(Debug)]
pub struct Reservation {
    pub verdict: Verdict,
    /// Per key: the lock it had before, and the lock this reservation set, if any.
    keys: Vec<(String, Option<String>, Option<String>)>,
}

/// Reserves one attempt on every key (see the module documentation). `Locked`: nothing was
/// counted and the secret must not be checked. Otherwise the attempt is counted as a failure
/// on every key, and the verdict says whether to wait first.
pub async fn reserve(pool: &SqlitePool, keys: &[String]) -> sqlx::Result<Reservation> {
    let now = Utc::now();
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let mut worst = Verdict::Allowed;
    let mut counts = Vec::with_capacity(keys.len());
    for key in keys {
        let row: Option<Row> = sqlx::query_as(
            "SELECT failures, first_failure, locked_until FROM login_throttle WHERE key = ?",
        )
        .bind(key)
        .fetch_optional(&mut *tx)
        .await?;
        let (failures, locked_until) = row
            .as_ref()
            .map_or((0, None), |row| live_failures(row, now));
        let fresh_window = row.is_none() || failures == 0;
        worst = stricter(worst, verdict(failures, locked_until, now));
        let previous_lock = row.and_then(|r| r.locked_until);
        counts.push((key, failures, fresh_window, previous_lock));
    }
    if worst == Verdict::Locked {
        return Ok(Reservation {
            verdict: Verdict::Locked,
            keys: Vec::new(),
        });
    }
    let mut reserved = Vec::with_capacity(counts.len());
    for (key, failures, fresh_window, previous_lock) in counts {
        let failures = failures + 1;
        let lock = if failures >= LOCK_AFTER {
            Some(text(now + Duration::minutes(LOCK_MINUTES)))
        } else {
            previous_lock.clone()
        };
        sqlx::query(
            "INSERT INTO login_throttle (key, failures, first_failure, locked_until)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (key) DO UPDATE SET
                failures = ?2,
                first_failure = CASE WHEN ?5 THEN ?3 ELSE first_failure END,
                locked_until = ?4",
        )
        .bind(key)
        .bind(failures)
        .bind(text(now))
        .bind(&lock)
        .bind(fresh_window)
        .execute(&mut *tx)
        .await?;
        let set = (lock != previous_lock).then_some(lock).flatten();
        reserved.push((key.clone(), previous_lock, set));
    }
    tx.commit().await?;
    Ok(Reservation {
        verdict: worst,
        keys: reserved,
    })
}

/// The check succeeded: the first `clear` keys forget their failures (the account, the
/// device, the second factor); the others only get this attempt back (a client address
/// that many people may share).
pub async fn succeeded(
    pool: &SqlitePool,
    reservation: &Reservation,
    clear: usize,
) -> sqlx::Result<()> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let (cleared, given_back) = reservation.keys.split_at(clear.min(reservation.keys.len()));
    for (key, _, _) in cleared {
        sqlx::query("DELETE FROM login_throttle WHERE key = ?")
            .bind(key)
            .execute(&mut *tx)
            .await?;
    }
    give_back(&mut tx, given_back).await?;
    tx.commit().await
}

/// The check never ran (the server was too busy to hash): the reservation is given back on
/// every key.
pub async fn release(pool: &SqlitePool, reservation: &Reservation) -> sqlx::Result<()> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    give_back(&mut tx, &reservation.keys).await?;
    tx.commit().await
}

/// One failure fewer, and the lock as it was before the reservation when the reservation
/// set it (and nothing has set another since): an attempt given back leaves no lock.
async fn give_back(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    keys: &[(String, Option<String>, Option<String>)],
) -> sqlx::Result<()> {
    for (key, previous_lock, set_lock) in keys {
        sqlx::query(
            "UPDATE login_throttle SET
                failures = MAX(failures - 1, 0),
                locked_until = CASE WHEN ?1 IS NOT NULL AND locked_until IS ?1 THEN ?2
                                    ELSE locked_until END
             WHERE key = ?3",
        )
        .bind(set_lock)
        .bind(previous_lock)
        .bind(key)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Forgets rows whose failures are out of the window and whose lock has run out; the
/// scheduler calls it, so guessing many addresses does not grow the table for good.
pub async fn prune(pool: &SqlitePool, now: DateTime<Utc>) -> sqlx::Result<u64> {
    let window_start = text(now - Duration::minutes(WINDOW_MINUTES));
    let done = sqlx::query(
        "DELETE FROM login_throttle
         WHERE first_failure < ?1 AND (locked_until IS NULL OR locked_until < ?2)",
    )
    .bind(window_start)
    .bind(text(now))
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slows_then_locks() {
        let now = Utc::now();
        assert_eq!(verdict(0, None, now), Verdict::Allowed);
        assert_eq!(verdict(SLOW_AFTER - 1, None, now), Verdict::Allowed);
        assert_eq!(
            verdict(SLOW_AFTER, None, now),
            Verdict::Slowed(std::time::Duration::from_millis(250))
        );
        assert!(matches!(
            verdict(LOCK_AFTER - 1, None, now),
            Verdict::Slowed(_)
        ));
        assert_eq!(
            verdict(LOCK_AFTER, Some(now + Duration::minutes(1)), now),
            Verdict::Locked
        );
        assert!(matches!(
            verdict(LOCK_AFTER, Some(now - Duration::minutes(1)), now),
            Verdict::Slowed(_)
        ));
    }
}
