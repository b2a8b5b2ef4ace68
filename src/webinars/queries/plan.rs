//! SQL for the plan's own data: its programmes and topics, loaded once at first start.

use sqlx::SqlitePool;

use super::super::model::Programme;
use crate::db::now_text;
use crate::events::queries as events;

/// The plan's topics: (programme, message key of the translated name, name as written).
pub const PLAN_TOPICS: &[(Programme, &str, &str)] = &[
    (
        Programme::CapacityBuilding,
        "topic-plan-multistakeholder",
        "ICANN Multi-Stakeholder Model",
    ),
    (Programme::CapacityBuilding, "topic-plan-dnssec", "DNSSEC"),
    (
        Programme::CapacityBuilding,
        "topic-plan-ua",
        "Universal Acceptance",
    ),
    (
        Programme::CapacityBuilding,
        "topic-plan-ig-lac",
        "Internet Governance (LAC)",
    ),
    (
        Programme::CapacityBuilding,
        "topic-plan-subpro",
        "SubPro Update",
    ),
    (
        Programme::UaSeries,
        "topic-plan-ua-intro",
        "Introduction to Universal Acceptance and its Importance in the LAC Region",
    ),
    (
        Programme::UaSeries,
        "topic-plan-ua-cases",
        "Case Studies of Successful UA Implementation in the LAC Region",
    ),
    (
        Programme::UaSeries,
        "topic-plan-ua-email",
        "Testing Email Addresses for UA Compliance in the LAC Region",
    ),
    (
        Programme::Icann101,
        "topic-plan-icann101",
        "ICANN, its Fellowship and NextGen programs",
    ),
    (
        Programme::Dnssec,
        "topic-plan-dnssec-training",
        "DNSSEC implementation and management, hands-on",
    ),
];

/// Loads the plan's topics, files its three dated 2023 LACRALO capacity-development
/// webinars under the capacity-building programme, and fills in the UTC start of any
/// webinar stored before webinars had one. Safe to run again.
pub async fn seed_plan(pool: &SqlitePool) -> sqlx::Result<()> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    for (programme, key, name) in PLAN_TOPICS {
        sqlx::query(
            "INSERT INTO topics (programme, name, name_key, plan_key, created_by, created_at)
             VALUES (?, ?, ?, ?, 'system:plan', ?) ON CONFLICT DO NOTHING",
        )
        .bind(programme.as_str())
        .bind(name)
        .bind(crate::countries::fold(name))
        .bind(key)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(
        "UPDATE webinars SET programme = 'capacity_building'
         WHERE programme = 'other' AND event_id IN (
           SELECT id FROM events WHERE kind = 'webinar' AND year = 2023
             AND title LIKE 'LACRALO %Capacity Development Webinar')",
    )
    .execute(&mut *tx)
    .await?;
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT w.event_id FROM webinars w JOIN events e ON e.id = w.event_id
         WHERE w.starts_at IS NULL AND e.start_time IS NOT NULL",
    )
    .fetch_all(&mut *tx)
    .await?;
    for id in ids {
        events::sync_webinar_row(&mut tx, id).await?;
    }
    tx.commit().await?;
    Ok(())
}
