//! The token of an account's private calendar feed (`personal::feed` serves the feed): kept
//! only hashed, made or renewed in an audited write, and resolved back to its account.

use sqlx::SqlitePool;

use super::secrets;
use crate::audit::{self, Actor};
use crate::db::now_text;

pub async fn created_at(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT created_at FROM feed_tokens WHERE user_id = ?")
        .bind(user_id)
        .fetch_optional(pool)
        .await
}

/// Makes (or renews) the account's feed token; returns it, the only time it is seen.
pub async fn renew(pool: &SqlitePool, actor: &Actor, user_id: i64) -> sqlx::Result<String> {
    let token = secrets::new_token();
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let renewed =
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM feed_tokens WHERE user_id = ?")
            .bind(user_id)
            .fetch_one(&mut *tx)
            .await?
            > 0;
    sqlx::query(
        "INSERT INTO feed_tokens (user_id, token_hash, created_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash,
            created_at = excluded.created_at",
    )
    .bind(user_id)
    .bind(secrets::hash_token(&token))
    .bind(now_text())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        if renewed { "renew_feed" } else { "create_feed" },
        "feed_token",
        Some(user_id),
        audit::NOTHING,
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// The account a feed token opens, if it is still the current one and the account is
/// enabled: its id and role.
pub async fn owner(pool: &SqlitePool, token: &str) -> sqlx::Result<Option<(i64, String, String)>> {
    sqlx::query_as(
        "SELECT u.id, u.role, u.locale FROM feed_tokens f JOIN users u ON u.id = f.user_id
         WHERE f.token_hash = ? AND u.disabled = 0",
    )
    .bind(secrets::hash_token(token))
    .fetch_optional(pool)
    .await
}
