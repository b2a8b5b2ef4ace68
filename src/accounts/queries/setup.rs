//! SQL for the first run: the first leadership account, made with the setup link.

use sqlx::SqlitePool;

use super::{NewUser, create_user};
use crate::audit::Actor;

/// What became of the first account's creation.
#[derive(Debug, PartialEq, Eq)]
pub enum FirstAccount {
    Created(i64),
    /// The link was used already (or an account exists): nothing was written.
    LinkUsed,
    /// The address has an account already: nothing was written.
    AddressTaken,
}

/// Creates the first account if the setup token whose hash is stored under `key` is
/// `token_hash` and no account exists yet. The token is consumed first, inside the write:
/// of simultaneous posts with the same token, the write lock lets one delete the row, and
/// the others find it gone.
pub async fn create_first_account(
    pool: &SqlitePool,
    key: &str,
    token_hash: &str,
    new: &NewUser<'_>,
) -> sqlx::Result<FirstAccount> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let consumed = sqlx::query(
        "DELETE FROM app_meta WHERE key = ? AND value = ?
           AND NOT EXISTS (SELECT 1 FROM users)",
    )
    .bind(key)
    .bind(token_hash)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !consumed {
        return Ok(FirstAccount::LinkUsed);
    }
    let Some(id) = create_user(&mut tx, &Actor::system("setup"), new).await? else {
        return Ok(FirstAccount::AddressTaken);
    };
    tx.commit().await?;
    Ok(FirstAccount::Created(id))
}
