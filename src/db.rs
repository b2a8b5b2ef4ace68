//! The database: connection pool with its pragmas, migrations, and the helpers every
//! domain's queries share.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{QueryBuilder, Sqlite, SqlitePool};

/// Opens (creating when missing) the database and applies the migrations. Loading data is
/// not its business: `bootstrap` does that, once, at start.
pub async fn connect(database_url: &str) -> anyhow::Result<SqlitePool> {
    let options = SqliteConnectOptions::from_str(database_url)
        .with_context(|| format!("invalid database URL {database_url:?}"))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    if let Some(parent) = Path::new(options.get_filename()).parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create the folder {}", parent.display()))?;
        }
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await
        .context("cannot open the database")?;
    sqlx::migrate!("./migrations")
        .run(&pool)
        .await
        .context("cannot apply the migrations")?;
    Ok(pool)
}

/// Whether the database answers (the health check).
pub async fn ping(pool: &SqlitePool) -> sqlx::Result<()> {
    sqlx::query_scalar::<_, i64>("SELECT 1")
        .fetch_one(pool)
        .await
        .map(drop)
}

pub async fn meta_get(pool: &SqlitePool, key: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT value FROM app_meta WHERE key = ?")
        .bind(key)
        .fetch_optional(pool)
        .await
}

pub async fn meta_set(pool: &SqlitePool, key: &str, value: &str) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO app_meta (key, value) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(key)
    .bind(value)
    .execute(pool)
    .await?;
    Ok(())
}

/// How every transaction starts: taking the write lock at once. A deferred transaction
/// (SQLite's default) that reads first and writes later cannot wait for another writer:
/// SQLite answers "database is locked" at once, whatever the busy timeout. Taken at BEGIN,
/// the lock is waited for (up to the busy timeout), and writers simply queue.
pub const BEGIN_WRITE: &str = "BEGIN IMMEDIATE";

/// Whether a write failed on a UNIQUE constraint: the one place that turns such a failure
/// into something a form can explain ("already exists"), rather than matching messages.
pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

/// Whether a write failed because other rows still refer to the row (a foreign key).
pub fn is_foreign_key_violation(e: &sqlx::Error) -> bool {
    // An `ON DELETE RESTRICT` refusal comes as SQLITE_CONSTRAINT_TRIGGER (1811), not as
    // SQLITE_CONSTRAINT_FOREIGNKEY, so sqlx does not classify it: its message does.
    matches!(e, sqlx::Error::Database(d)
        if d.is_foreign_key_violation() || d.message() == "FOREIGN KEY constraint failed")
}

/// ` LIMIT ? OFFSET ?` for `(limit, offset)` (a page of a list, `web::pager::Pager::window`),
/// or nothing: every row.
pub fn push_window(query: &mut QueryBuilder<'_, Sqlite>, window: Option<(i64, i64)>) {
    if let Some((limit, offset)) = window {
        query
            .push(" LIMIT ")
            .push_bind(limit)
            .push(" OFFSET ")
            .push_bind(offset);
    }
}

/// Current time as stored in the database: RFC 3339 in UTC, to the second.
pub fn now_text() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Writes a consistent copy of the whole database to `path` (which must not exist), while
/// others read and write: SQLite's `VACUUM INTO` copies one snapshot, in one read
/// transaction, so the copy never holds half of a write. The copy is then checked with
/// `PRAGMA integrity_check`.
pub async fn backup(pool: &SqlitePool, path: &Path) -> anyhow::Result<()> {
    if path.exists() {
        anyhow::bail!("{} exists already; choose a new file", path.display());
    }
    let target = path
        .to_str()
        .context("the backup path must be valid UTF-8")?
        .to_owned();
    sqlx::query("VACUUM INTO ?")
        .bind(&target)
        .execute(pool)
        .await
        .with_context(|| format!("cannot write the backup to {target}"))?;
    let options = SqliteConnectOptions::new().filename(path).read_only(true);
    let copy = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await?;
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&copy)
        .await?;
    copy.close().await;
    if check != "ok" {
        anyhow::bail!("the backup at {target} fails its integrity check: {check}");
    }
    Ok(())
}
