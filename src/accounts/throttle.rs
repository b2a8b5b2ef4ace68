//! Login throttling, per account and per client address: after a few failures each new
//! attempt waits longer, and after many the key is locked for a while. Success clears the
//! account's count. The message is the same whether the account exists or not.

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
    if failures >= SLOW_AFTER {
        let steps = (failures - SLOW_AFTER + 1).min(6) as u64;
        return Verdict::Slowed(std::time::Duration::from_millis(250 * steps));
    }
    Verdict::Allowed
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

/// The strictest verdict over the keys (account and address).
pub async fn check(pool: &SqlitePool, keys: &[String]) -> sqlx::Result<Verdict> {
    let now = Utc::now();
    let mut worst = Verdict::Allowed;
    for key in keys {
        let row: Option<Row> = sqlx::query_as(
            "SELECT failures, first_failure, locked_until FROM login_throttle WHERE key = ?",
        )
        .bind(key)
        .fetch_optional(pool)
        .await?;
        let Some(row) = row else { continue };
        let stale = parse(&row.first_failure)
            .is_none_or(|first| now - first > Duration::minutes(WINDOW_MINUTES));
        let locked_until = row.locked_until.as_deref().and_then(parse);
        let failures = if stale && locked_until.is_none_or(|u| u <= now) {
            0
        } else {
            row.failures
        };
        worst = match (worst, verdict(failures, locked_until, now)) {
            (Verdict::Locked, _) | (_, Verdict::Locked) => Verdict::Locked,
            (Verdict::Slowed(a), Verdict::Slowed(b)) => Verdict::Slowed(a.max(b)),
            (Verdict::Slowed(a), _) | (_, Verdict::Slowed(a)) => Verdict::Slowed(a),
            _ => Verdict::Allowed,
        };
    }
    Ok(worst)
}

pub async fn record_failure(pool: &SqlitePool, keys: &[String]) -> sqlx::Result<()> {
    let now = Utc::now();
    let now_text = crate::db::now_text();
    let window_start = (now - Duration::minutes(WINDOW_MINUTES))
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let lock_until =
        (now + Duration::minutes(LOCK_MINUTES)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    for key in keys {
        sqlx::query(
            "INSERT INTO login_throttle (key, failures, first_failure) VALUES (?, 1, ?)
             ON CONFLICT (key) DO UPDATE SET
                failures = CASE WHEN first_failure < ? THEN 1 ELSE failures + 1 END,
                first_failure = CASE WHEN first_failure < ? THEN excluded.first_failure ELSE first_failure END",
        )
        .bind(key)
        .bind(&now_text)
        .bind(&window_start)
        .bind(&window_start)
        .execute(pool)
        .await?;
        sqlx::query("UPDATE login_throttle SET locked_until = ? WHERE key = ? AND failures >= ?")
            .bind(&lock_until)
            .bind(key)
            .bind(LOCK_AFTER)
            .execute(pool)
            .await?;
    }
    Ok(())
}

pub async fn clear(pool: &SqlitePool, key: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM login_throttle WHERE key = ?")
        .bind(key)
        .execute(pool)
        .await?;
    Ok(())
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
