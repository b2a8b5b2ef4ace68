//! One scheduler for all servers that share a database: whoever holds the lease row runs
//! it, and renews it at every run; a server that stops (or dies) lets it expire, and
//! another takes it over.

use chrono::{DateTime, Duration, Utc};
use sqlx::SqlitePool;

use crate::clock;

/// Longer than two runs apart, so a running holder never loses it between runs.
pub const TTL: Duration = Duration::minutes(3);

/// Takes or renews the lease `name` for `holder` until `now + TTL`; false when another
/// holder has it and it has not expired. One statement, so two servers asking at once get
/// one answer each from SQLite's single writer.
pub async fn acquire(
    pool: &SqlitePool,
    name: &str,
    holder: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO scheduler_lease (name, holder, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE scheduler_lease.holder = excluded.holder OR scheduler_lease.expires_at <= ?",
    )
    .bind(name)
    .bind(holder)
    .bind(clock::text(now + TTL))
    .bind(clock::text(now))
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives the lease up (a clean stop), so another server need not wait for it to expire.
pub async fn release(pool: &SqlitePool, name: &str, holder: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM scheduler_lease WHERE name = ? AND holder = ?")
        .bind(name)
        .bind(holder)
        .execute(pool)
        .await?;
    Ok(())
}
