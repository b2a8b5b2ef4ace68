//! The few counts the plan at a glance needs that no other domain already offers.

use sqlx::SqlitePool;

/// Events of a year by month and relevance: (month, relevance, count).
pub async fn events_by_month(
    pool: &SqlitePool,
    year: i64,
) -> sqlx::Result<Vec<(i64, String, i64)>> {
    sqlx::query_as(
        "SELECT month, relevance, count(*) FROM events
         WHERE year = ? AND month IS NOT NULL GROUP BY month, relevance",
    )
    .bind(year)
    .fetch_all(pool)
    .await
}

/// A year's events whose day is not known yet, and the events flagged for review in any
/// year (the review list is one list, whatever the year).
pub async fn to_confirm(pool: &SqlitePool, year: i64) -> sqlx::Result<(i64, i64)> {
    sqlx::query_as(
        "SELECT (SELECT count(*) FROM events WHERE year = ? AND date_precision != 'day'),
                (SELECT count(*) FROM events WHERE needs_review = 1)",
    )
    .bind(year)
    .fetch_one(pool)
    .await
}

/// Active ALSs and active members.
pub async fn registry_counts(pool: &SqlitePool) -> sqlx::Result<(i64, i64)> {
    sqlx::query_as(
        "SELECT (SELECT count(*) FROM als WHERE status = 'active'),
                (SELECT count(*) FROM members WHERE active = 1)",
    )
    .fetch_one(pool)
    .await
}

/// DNSSEC contacts per stage.
pub async fn dnssec_by_stage(pool: &SqlitePool) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT stage, count(*) FROM dnssec_contacts GROUP BY stage")
        .fetch_all(pool)
        .await
}

/// The years that have events, for the year choice.
pub async fn years(pool: &SqlitePool) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar("SELECT DISTINCT year FROM events ORDER BY year")
        .fetch_all(pool)
        .await
}
