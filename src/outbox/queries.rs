//! The outbox's SQL: opt-outs, keys already used, the messages for `/outbox`, and the
//! actions leadership take on them.

use sqlx::{SqliteConnection, SqlitePool};

use super::kinds::Kind;
use crate::audit::{self, Actor};
use crate::db::now_text;

pub async fn opted_out(
    conn: &mut SqliteConnection,
    canonical: &str,
    kind: Kind,
) -> sqlx::Result<bool> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM notification_optouts WHERE email_canonical = ? AND kind = ?)",
    )
    .bind(canonical)
    .bind(kind.as_str())
    .fetch_one(conn)
    .await
}

pub async fn key_taken(conn: &mut SqliteConnection, key: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM outbox WHERE dedup_key = ?)")
        .bind(key)
        .fetch_one(conn)
        .await
}

/// The kinds an address turned off.
pub async fn optouts(pool: &SqlitePool, canonical: &str) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT kind FROM notification_optouts WHERE email_canonical = ?")
        .bind(canonical)
        .fetch_all(pool)
        .await
}

/// Replaces what an address turned off (the preferences page), audited.
pub async fn set_optouts(
    pool: &SqlitePool,
    actor: &Actor,
    canonical: &str,
    off: &[Kind],
) -> sqlx::Result<()> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let before: Vec<String> =
        sqlx::query_scalar("SELECT kind FROM notification_optouts WHERE email_canonical = ?")
            .bind(canonical)
            .fetch_all(&mut *tx)
            .await?;
    sqlx::query("DELETE FROM notification_optouts WHERE email_canonical = ?")
        .bind(canonical)
        .execute(&mut *tx)
        .await?;
    let now = now_text();
    for kind in off.iter().filter(|k| !k.is_mandatory()) {
        sqlx::query(
            "INSERT INTO notification_optouts (email_canonical, kind, created_at) VALUES (?, ?, ?)",
        )
        .bind(canonical)
        .bind(kind.as_str())
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    }
    let after: Vec<&str> = off.iter().map(|k| k.as_str()).collect();
    audit::record(
        &mut tx,
        actor,
        "set_notifications",
        "notification_optouts",
        None,
        Some(&before),
        Some(&after),
    )
    .await?;
    tx.commit().await
}

/// What an unsubscribe token turns off: the address and kind of the message it came in.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UnsubscribeTarget {
    pub recipient: String,
    pub canonical: String,
    pub kind: String,
}

pub async fn unsubscribe_target(
    pool: &SqlitePool,
    token_hash: &str,
) -> sqlx::Result<Option<UnsubscribeTarget>> {
    sqlx::query_as(
        "SELECT recipient, recipient_canonical AS canonical, kind FROM outbox
         WHERE unsubscribe_hash = ? AND recipient_canonical IS NOT NULL",
    )
    .bind(token_hash)
    .fetch_optional(pool)
    .await
}

/// Turns one kind off for one address (an unsubscribe link); doing it twice is harmless.
pub async fn opt_out(
    pool: &SqlitePool,
    actor: &Actor,
    canonical: &str,
    kind: Kind,
) -> sqlx::Result<()> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let added = sqlx::query(
        "INSERT INTO notification_optouts (email_canonical, kind, created_at) VALUES (?, ?, ?)
         ON CONFLICT DO NOTHING",
    )
    .bind(canonical)
    .bind(kind.as_str())
    .bind(now_text())
    .execute(&mut *tx)
    .await?;
    if added.rows_affected() == 1 {
        audit::record(
            &mut tx,
            actor,
            "unsubscribe",
            "notification_optouts",
            None,
            audit::NOTHING,
            Some(&kind),
        )
        .await?;
    }
    tx.commit().await
}

/// A message as `/outbox` lists it.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct MessageRow {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub language: String,
    pub link: String,
    pub subject: String,
    pub body: String,
    pub dedup_key: Option<String>,
    pub status: String,
    pub created_at: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub next_attempt_at: String,
    pub sent_at: Option<String>,
    pub handled_by: Option<String>,
}

const MESSAGE_COLUMNS: &str = "id, kind, recipient, language, link, subject, body, dedup_key,
    status, created_at, attempts, last_error, next_attempt_at, sent_at, handled_by";

/// Messages in one status, newest first, a page at a time.
pub async fn messages(
    pool: &SqlitePool,
    status: &[&str],
    window: (i64, i64),
) -> sqlx::Result<Vec<MessageRow>> {
    let mut query = sqlx::QueryBuilder::new(format!(
        "SELECT {MESSAGE_COLUMNS} FROM outbox WHERE status IN ("
    ));
    let mut list = query.separated(", ");
    for s in status {
        list.push_bind(*s);
    }
    query.push(") ORDER BY id DESC");
    crate::db::push_window(&mut query, Some(window));
    query.build_query_as().fetch_all(pool).await
}

pub async fn count(pool: &SqlitePool, status: &[&str]) -> sqlx::Result<i64> {
    let mut query = sqlx::QueryBuilder::new("SELECT count(*) FROM outbox WHERE status IN (");
    let mut list = query.separated(", ");
    for s in status {
        list.push_bind(*s);
    }
    query.push(")");
    query.build_query_scalar().fetch_one(pool).await
}

pub async fn message(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<MessageRow>> {
    sqlx::query_as(&format!(
        "SELECT {MESSAGE_COLUMNS} FROM outbox WHERE id = ?"
    ))
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// What leadership can do to a message that did not go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandAction {
    /// Back to pending, due now (a failed one, or a pending one tried again at once).
    Retry,
    /// They sent it themselves: it is never sent by the server.
    SentByHand,
}

/// Applies `action` to a message that is not sent yet; false when it was sent meanwhile.
pub async fn handle(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    action: HandAction,
) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let (sql, name) = match action {
        HandAction::Retry => (
            "UPDATE outbox SET status = 'pending', next_attempt_at = ?, handled_by = ?,
                handled_at = ? WHERE id = ? AND status IN ('pending', 'failed')",
            "retry_message",
        ),
        HandAction::SentByHand => (
            "UPDATE outbox SET status = 'sent_by_hand', sent_at = ?, handled_by = ?,
                handled_at = ? WHERE id = ? AND status IN ('pending', 'failed')",
            "mark_sent_by_hand",
        ),
    };
    let done = sqlx::query(sql)
        .bind(&now)
        .bind(&actor.email)
        .bind(&now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    audit::record(
        &mut tx,
        actor,
        name,
        "outbox",
        Some(id),
        audit::NOTHING,
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// A message's HTML part, as sent (`None`: no such message, or one from before HTML parts).
pub async fn html_part(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<String>> {
    let html: Option<Option<String>> =
        sqlx::query_scalar("SELECT html_body FROM outbox WHERE id = ?")
            .bind(id)
            .fetch_optional(pool)
            .await?;
    Ok(html.flatten())
}
