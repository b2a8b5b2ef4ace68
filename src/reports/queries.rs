//! SQL for the yearly report: each count read straight from the tables it is about, for
//! one calendar year. What each counts is said in `figures.rs` and on the page.

use chrono::NaiveDate;
use sqlx::{FromRow, SqlitePool};

use crate::dnssec::model::Stage;

/// Events of the year with one relevance: listed, held, cancelled.
#[derive(Debug, Clone, Default, FromRow)]
pub struct RelevanceCount {
    pub relevance: String,
    pub listed: i64,
    pub held: i64,
    pub cancelled: i64,
}

/// The year's events by relevance (webinars are counted with their programme, not here).
/// Held: marked held, or a dated event that ended before `today` and was not cancelled.
pub async fn events(
    pool: &SqlitePool,
    year: i32,
    today: NaiveDate,
) -> sqlx::Result<Vec<RelevanceCount>> {
    sqlx::query_as(
        "SELECT relevance, count(*) AS listed,
            coalesce(sum(status = 'held' OR (status != 'cancelled' AND end_date < ?2)), 0) AS held,
            coalesce(sum(status = 'cancelled'), 0) AS cancelled
         FROM events WHERE year = ?1 AND kind != 'webinar'
         GROUP BY relevance ORDER BY relevance",
    )
    .bind(year)
    .bind(today.to_string())
    .fetch_all(pool)
    .await
}

/// `to_stage IN (…)` for a stage and every later one: the enum's own values.
fn reached(stage: Stage) -> String {
    let list: Vec<String> = stage
        .and_later()
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect();
    format!("to_stage IN ({})", list.join(", "))
}

/// DNSSEC contacts that reached each stage (or a later one) during the year: contacted,
/// trained, signing, each contact counted once per stage.
pub async fn dnssec_reached(pool: &SqlitePool, year: i32) -> sqlx::Result<(i64, i64, i64)> {
    sqlx::query_as(&format!(
        "SELECT
           count(DISTINCT CASE WHEN {} THEN contact_id END),
           count(DISTINCT CASE WHEN {} THEN contact_id END),
           count(DISTINCT CASE WHEN {} THEN contact_id END)
         FROM dnssec_stage_changes WHERE substr(changed_at, 1, 4) = ?",
        reached(Stage::Contacted),
        reached(Stage::Trained),
        reached(Stage::Signing),
    ))
    .bind(year.to_string())
    .fetch_one(pool)
    .await
}

/// An approved CROP trip to an event of the year, and its assessment.
#[derive(Debug, Clone, FromRow)]
pub struct Trip {
    pub application_id: i64,
    pub event_id: i64,
    pub event: String,
    pub country: Option<String>,
    pub start_date: Option<String>,
    pub traveller: String,
    pub report_filed_at: Option<String>,
}

pub async fn trips(pool: &SqlitePool, year: i32) -> sqlx::Result<Vec<Trip>> {
    sqlx::query_as(
        "SELECT a.id AS application_id, e.id AS event_id, e.title AS event, e.country,
                e.start_date, m.name AS traveller, a.report_filed_at
           FROM crop_applications a
           JOIN crop_opportunities o ON o.id = a.opportunity_id
           JOIN events e ON e.id = o.event_id
           JOIN members m ON m.id = a.member_id
          WHERE a.status = 'approved' AND e.year = ? AND e.status != 'cancelled'
          ORDER BY e.start_date, e.id, m.name",
    )
    .bind(year)
    .fetch_all(pool)
    .await
}

/// A funded initiative held in the year, approved (or further), with what it achieved.
#[derive(Debug, Clone, FromRow)]
pub struct Initiative {
    pub id: i64,
    pub title: String,
    pub als: String,
    pub country: String,
    pub status: String,
    pub total_cents: i64,
    pub currency: String,
    pub people_reached: Option<i64>,
    pub achieved: String,
}

pub async fn initiatives(pool: &SqlitePool, year: i32) -> sqlx::Result<Vec<Initiative>> {
    sqlx::query_as(
        "SELECT f.id, f.title, a.name AS als, f.country, f.status, f.total_cents, f.currency,
                f.people_reached, f.achieved
           FROM fund_requests f JOIN als a ON a.id = f.als_id
          WHERE f.status IN ('approved', 'reported', 'closed') AND substr(f.held_on, 1, 4) = ?
          ORDER BY f.held_on, f.id",
    )
    .bind(year.to_string())
    .fetch_all(pool)
    .await
}

/// The registry's changes in the year.
#[derive(Debug, Clone, Default, FromRow)]
pub struct RegistryChanges {
    pub applications: i64,
    pub accredited: i64,
    pub refused: i64,
    pub to_active: i64,
    pub to_less_active: i64,
    pub to_standby: i64,
    pub decertified: i64,
    pub members_joined: i64,
    pub members_at_start: i64,
    pub members_at_end: i64,
}

pub async fn registry(
    pool: &SqlitePool,
    year: i32,
    end: NaiveDate,
) -> sqlx::Result<RegistryChanges> {
    sqlx::query_as(
        "SELECT
           (SELECT count(*) FROM als_applications WHERE substr(received_on, 1, 4) = ?1)
             AS applications,
           (SELECT count(*) FROM als WHERE substr(accredited_on, 1, 4) = ?1) AS accredited,
           (SELECT count(*) FROM als_applications WHERE stage = 'refused'
              AND substr(voted_on, 1, 4) = ?1) AS refused,
           (SELECT count(*) FROM als_status_changes WHERE to_status = 'active'
              AND substr(changed_at, 1, 4) = ?1) AS to_active,
           (SELECT count(*) FROM als_status_changes WHERE to_status = 'less_active'
              AND substr(changed_at, 1, 4) = ?1) AS to_less_active,
           (SELECT count(*) FROM als_status_changes WHERE to_status = 'standby'
              AND substr(changed_at, 1, 4) = ?1) AS to_standby,
           (SELECT count(*) FROM als_status_changes WHERE to_status = 'decertified'
              AND substr(changed_at, 1, 4) = ?1) AS decertified,
           (SELECT count(*) FROM members WHERE substr(joined_on, 1, 4) = ?1) AS members_joined,
           (SELECT count(*) FROM members
             WHERE coalesce(joined_on, substr(created_at, 1, 10)) < ?1 || '-01-01')
             AS members_at_start,
           (SELECT count(*) FROM members
             WHERE coalesce(joined_on, substr(created_at, 1, 10)) <= ?2) AS members_at_end",
    )
    .bind(year.to_string())
    .bind(end.to_string())
    .fetch_one(pool)
    .await
}
