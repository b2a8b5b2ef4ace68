//! Uploaded CSV files kept between their preview and their confirmation, for every import
//! (events, ALSs, members): one table, `import_batches`.

use sqlx::SqliteConnection;

use crate::db::now_text;

/// An uploaded CSV kept between its preview and its confirmation.
#[derive(sqlx::FromRow)]
pub struct Batch {
    pub filename: String,
    pub content: String,
    pub list_year: Option<i64>,
}

/// Keeps an upload for its preview; uploads never confirmed go after a day.
pub async fn save_batch(
    conn: &mut SqliteConnection,
    kind: &str,
    token: &str,
    filename: &str,
    content: &str,
    list_year: Option<i32>,
) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM import_batches WHERE created_at < ?")
        .bind(
            (chrono::Utc::now() - chrono::Duration::days(1))
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        )
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO import_batches (token, kind, filename, content, list_year, created_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(token)
    .bind(kind)
    .bind(filename)
    .bind(content)
    .bind(list_year)
    .bind(now_text())
    .execute(conn)
    .await?;
    Ok(())
}

/// The upload of that kind (`events`, `als`, `members`) behind a token.
pub async fn load_batch(
    conn: &mut SqliteConnection,
    kind: &str,
    token: &str,
) -> sqlx::Result<Option<Batch>> {
    sqlx::query_as(
        "SELECT filename, content, list_year FROM import_batches WHERE token = ? AND kind = ?",
    )
    .bind(token)
    .bind(kind)
    .fetch_optional(conn)
    .await
}

pub async fn delete_batch(conn: &mut SqliteConnection, token: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM import_batches WHERE token = ?")
        .bind(token)
        .execute(conn)
        .await?;
    Ok(())
}
