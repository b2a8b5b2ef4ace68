//! Who may hear of a CROP opportunity: the plan's eligible members (active, in an active
//! ALS or individual) who have an address, through their account when they have one, and
//! where they live relative to the event's sub-region.

use sqlx::SqliteConnection;

use crate::outbox::recipient::{ACCOUNT_OF_MEMBER, RECIPIENT_COLUMNS, RecipientRow};

/// Which eligible members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience<'a> {
    /// Those whose country is in the sub-region (the plan's first rule).
    Subregion(&'a str),
    /// Everyone (the opportunity is open to all).
    All,
}

fn where_clause(audience: Audience<'_>) -> &'static str {
    match audience {
        Audience::Subregion(_) => "AND c.lacralo_subregion = ?",
        Audience::All => "AND ? IS NOT NULL",
    }
}

fn bind_value(audience: Audience<'_>) -> &str {
    match audience {
        Audience::Subregion(s) => s,
        Audience::All => "",
    }
}

const ELIGIBLE_FROM: &str = "FROM members m JOIN countries c ON c.iso2 = m.country
    LEFT JOIN als a ON a.id = m.als_id
    LEFT JOIN users u ON ";

/// Every eligible member of `audience` with an address.
pub async fn eligible(
    conn: &mut SqliteConnection,
    audience: Audience<'_>,
) -> sqlx::Result<Vec<RecipientRow>> {
    sqlx::query_as(&format!(
        "SELECT {RECIPIENT_COLUMNS} {ELIGIBLE_FROM} {ACCOUNT_OF_MEMBER}
         WHERE m.active = 1 AND (m.als_id IS NULL OR a.status = 'active')
           AND coalesce(u.email, m.email) IS NOT NULL {}
         ORDER BY m.id",
        where_clause(audience)
    ))
    .bind(bind_value(audience))
    .fetch_all(conn)
    .await
}

/// The eligible members of `audience` who have not applied to opportunity `id` and have
/// not had the reminder keyed `key_prefix || canonical address` yet.
pub async fn not_applied(
    conn: &mut SqliteConnection,
    audience: Audience<'_>,
    opportunity_id: i64,
    key_prefix: &str,
) -> sqlx::Result<Vec<RecipientRow>> {
    sqlx::query_as(&format!(
        "SELECT {RECIPIENT_COLUMNS} {ELIGIBLE_FROM} {ACCOUNT_OF_MEMBER}
         WHERE m.active = 1 AND (m.als_id IS NULL OR a.status = 'active')
           AND coalesce(u.email, m.email) IS NOT NULL {}
           AND NOT EXISTS (SELECT 1 FROM crop_applications ap
                           WHERE ap.opportunity_id = ? AND ap.member_id = m.id)
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.dedup_key =
                           ? || coalesce(u.email_canonical, m.email_canonical))
         ORDER BY m.id",
        where_clause(audience)
    ))
    .bind(bind_value(audience))
    .bind(opportunity_id)
    .bind(key_prefix)
    .fetch_all(conn)
    .await
}
