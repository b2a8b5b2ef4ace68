//! SQL for the second factor: enrolling a TOTP seed, using a code once, recovery codes.

use sqlx::{SqliteConnection, SqlitePool};

use super::super::notices::{self, Security};
use super::super::secrets;
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::outbox::Site;

pub async fn set_pending_totp(pool: &SqlitePool, id: i64, secret: &str) -> sqlx::Result<()> {
    // Not audited: nothing changes for the account until the enrolment is confirmed.
    sqlx::query("UPDATE users SET totp_pending_secret = ? WHERE id = ?")
        .bind(secret)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Turns the pending secret into the account's second factor and replaces its recovery
/// codes with new ones; returns the codes to show once.
pub async fn confirm_totp(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    step: i64,
) -> sqlx::Result<Vec<String>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    sqlx::query(
        "UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL,
            totp_last_step = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND totp_pending_secret IS NOT NULL",
    )
    .bind(step)
    .bind(now_text())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let codes = replace_recovery_codes(&mut tx, id).await?;
    audit::record(
        &mut tx,
        actor,
        "enable_2fa",
        "user",
        Some(id),
        audit::NOTHING,
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(codes)
}

async fn replace_recovery_codes(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    let codes: Vec<String> = (0..10).map(|_| secrets::new_recovery_code()).collect();
    for code in &codes {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)")
            .bind(id)
            .bind(secrets::hash_token(&secrets::normalise_code(code)))
            .execute(&mut *conn)
            .await?;
    }
    Ok(codes)
}

/// Removes the second factor (a leader resetting another's, or a member turning it off);
/// the owner is told, with who did it when it was someone else.
pub async fn reset_totp(
    pool: &SqlitePool,
    site: Site<'_>,
    actor: &Actor,
    id: i64,
) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let done = sqlx::query(
        "UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL,
            session_epoch = session_epoch + 1, version = version + 1, updated_at = ? WHERE id = ?",
    )
    .bind(now_text())
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if done {
        let by = (actor.user_id != Some(id)).then_some(actor.email.as_str());
        notices::security(&mut tx, site, id, Security::SecondFactorReset, by).await?;
    }
    audit::record(
        &mut tx,
        actor,
        "reset_2fa",
        "user",
        Some(id),
        audit::NOTHING,
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(done)
}

/// Records the step of an accepted code, refusing it if a later one was used meanwhile.
pub async fn use_totp_step(pool: &SqlitePool, id: i64, step: i64) -> sqlx::Result<bool> {
    Ok(sqlx::query(
        "UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)",
    )
    .bind(step)
    .bind(id)
    .bind(step)
    .execute(pool)
    .await?
    .rows_affected()
        == 1)
}

/// Uses a recovery code: true when it was one of the account's unused codes.
pub async fn use_recovery_code(pool: &SqlitePool, id: i64, code: &str) -> sqlx::Result<bool> {
    let hash = secrets::hash_token(&secrets::normalise_code(code));
    Ok(sqlx::query(
        "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
    )
    .bind(now_text())
    .bind(id)
    .bind(hash)
    .execute(pool)
    .await?
    .rows_affected()
        == 1)
}

pub async fn unused_recovery_codes(pool: &SqlitePool, id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL")
        .bind(id)
        .fetch_one(pool)
        .await
}
