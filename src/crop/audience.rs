//! Who may hear of a CROP opportunity: the plan's eligible members (active, in an active
//! ALS or individual) who have an address, through their account when they have one, and
//! where they live relative to the event's sub-region. Read a batch at a time (see
//! `outbox::fanout`): after a member id, without those who have the message's key already.

use sqlx::SqliteConnection;

use crate::countries::SubRegion;
use crate::outbox::recipient::{ACCOUNT_OF_MEMBER, RECIPIENT_COLUMNS, RecipientRow};

/// Which eligible members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Those whose country is in the sub-region (the plan's first rule).
    Subregion(SubRegion),
    /// Everyone (the opportunity is open to all).
    All,
}

/// A batch of an audience.
#[derive(Debug, Clone, Copy)]
pub struct Batch<'a> {
    /// Only members with a greater id.
    pub after_member: i64,
    pub limit: i64,
    /// Leave out whoever has a message keyed `key_prefix || canonical address`.
    pub key_prefix: &'a str,
    /// Leave out those who applied to this opportunity (reminders).
    pub not_applied_to: Option<i64>,
}

/// The next batch of eligible members of `audience`, by member id.
pub async fn eligible(
    conn: &mut SqliteConnection,
    audience: Audience,
    batch: Batch<'_>,
) -> sqlx::Result<Vec<RecipientRow>> {
    let (subregion_clause, subregion) = match audience {
        Audience::Subregion(s) => ("AND c.lacralo_subregion = ?", s.as_str()),
        Audience::All => ("AND ? IS NOT NULL", ""),
    };
    sqlx::query_as(&format!(
        "SELECT {RECIPIENT_COLUMNS}
         FROM members m JOIN countries c ON c.iso2 = m.country
         LEFT JOIN als a ON a.id = m.als_id
         LEFT JOIN users u ON {ACCOUNT_OF_MEMBER}
         WHERE m.id > ? AND m.active = 1 AND (m.als_id IS NULL OR a.status = 'active')
           AND coalesce(u.email, m.email) IS NOT NULL {subregion_clause}
           AND NOT EXISTS (SELECT 1 FROM crop_applications ap
                           WHERE ap.opportunity_id = ? AND ap.member_id = m.id)
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedup_key =
                           ? || coalesce(u.email_canonical, m.email_canonical))
         ORDER BY m.id LIMIT ?"
    ))
    .bind(batch.after_member)
    .bind(subregion)
    .bind(batch.not_applied_to.unwrap_or(-1))
    .bind(batch.key_prefix)
    .bind(batch.limit)
    .fetch_all(conn)
    .await
}
