//! An ALS's contact: the member that LACRALO's messages about the ALS go to (the nudge
//! before the review queue, status changes). Leadership choose them on the ALS's page.

use sqlx::SqlitePool;

use crate::audit::{self, Actor};
use crate::db::now_text;

/// The members of an ALS who have an address: who may be its contact.
pub async fn candidates(pool: &SqlitePool, als_id: i64) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT id, name || ' <' || email || '>' FROM members
         WHERE als_id = ? AND email IS NOT NULL ORDER BY name, id",
    )
    .bind(als_id)
    .fetch_all(pool)
    .await
}

/// What became of setting the contact.
pub enum Set {
    Done,
    /// Someone changed the ALS first.
    Stale,
    /// Not a member of this ALS with an address.
    NotAMember,
}

/// Sets (or clears) the contact on the version read, audited.
pub async fn set(
    pool: &SqlitePool,
    actor: &Actor,
    als_id: i64,
    version: i64,
    member: Option<i64>,
) -> sqlx::Result<Set> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    if let Some(member) = member {
        let ok: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM members WHERE id = ? AND als_id = ? AND email IS NOT NULL)",
        )
        .bind(member)
        .bind(als_id)
        .fetch_one(&mut *tx)
        .await?;
        if !ok {
            return Ok(Set::NotAMember);
        }
    }
    let before: Option<Option<i64>> =
        sqlx::query_scalar("SELECT contact_member_id FROM als WHERE id = ?")
            .bind(als_id)
            .fetch_optional(&mut *tx)
            .await?;
    let updated = sqlx::query(
        "UPDATE als SET contact_member_id = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ?",
    )
    .bind(member)
    .bind(now_text())
    .bind(als_id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Ok(Set::Stale);
    }
    audit::record(
        &mut tx,
        actor,
        "set_contact",
        "als",
        Some(als_id),
        before.as_ref(),
        Some(&member),
    )
    .await?;
    tx.commit().await?;
    Ok(Set::Done)
}
