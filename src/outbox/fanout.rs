//! Messages to many people, written in batches. A single transaction writing 50,000
//! messages holds SQLite's one write lock for seconds, and every other writer (a login, an
//! edit) waits past its busy timeout: the load benchmark saw logins fail so. So a fan-out is
//! a row of `fanouts`, written with its cause together with the first batch; the rest goes
//! in batches of `BATCH`, each its own short transaction, right after the cause (and, if
//! the server stops half-way, by the scheduler's next run). Every message has its key, so a
//! resumed fan-out writes nobody twice.

use sqlx::{SqliteConnection, SqlitePool};

use crate::db::now_text;
use crate::web::Lang;

/// Messages per transaction: a tenth of a second of writing on a busy 2-core machine (the
/// benchmark measured 500 at more than half a second).
pub const BATCH: i64 = 200;

/// A fan-out still to finish.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Pending {
    pub key: String,
    pub subject_id: i64,
    pub lang: String,
}

impl Pending {
    pub fn lang(&self) -> Lang {
        Lang::from_code(&self.lang).unwrap_or_default()
    }
}

/// Records a fan-out (inside its cause's transaction); starting one already there is
/// harmless.
pub async fn start(
    conn: &mut SqliteConnection,
    key: &str,
    kind: &str,
    subject_id: i64,
    lang: Lang,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO fanouts (key, kind, subject_id, lang, started_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (key) DO NOTHING",
    )
    .bind(key)
    .bind(kind)
    .bind(subject_id)
    .bind(lang.code())
    .bind(now_text())
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn finish(conn: &mut SqliteConnection, key: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE fanouts SET finished_at = ? WHERE key = ? AND finished_at IS NULL")
        .bind(now_text())
        .bind(key)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn is_finished(conn: &mut SqliteConnection, key: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM fanouts WHERE key = ? AND finished_at IS NOT NULL)",
    )
    .bind(key)
    .fetch_one(conn)
    .await
}

/// The fan-outs of `kind` not finished yet.
pub async fn pending(pool: &SqlitePool, kind: &str) -> sqlx::Result<Vec<Pending>> {
    sqlx::query_as(
        "SELECT key, subject_id, lang FROM fanouts WHERE kind = ? AND finished_at IS NULL
         ORDER BY started_at, key",
    )
    .bind(kind)
    .fetch_all(pool)
    .await
}
