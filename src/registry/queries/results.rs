//! SQL for the results view (`registry::results` counts): the outreach actions of a period
//! and the outcomes that may have followed them. CROP trips and funded initiatives are read
//! from their tables, since CROP and the funds sit above the registry.

use chrono::NaiveDate;
use sqlx::SqlitePool;

use super::super::results::{ACTIONS, Dated, OUTCOMES};

fn dated(rows: Vec<(String, String, String)>, kinds: &[&str]) -> Vec<Dated> {
    rows.into_iter()
        .filter_map(|(country, day, kind)| {
            Some(Dated {
                day: NaiveDate::parse_from_str(&day, "%Y-%m-%d").ok()?,
                kind: kinds.iter().position(|k| *k == kind)?,
                country,
            })
        })
        .collect()
}

/// The outreach actions from `from` to `to` (both included, none after `today`): events
/// held in a country (not webinars, not cancelled), approved CROP trips to an event there,
/// funded initiatives approved there, and each attendance at a webinar by a member from
/// there.
pub async fn actions(
    pool: &SqlitePool,
    from: NaiveDate,
    to: NaiveDate,
) -> sqlx::Result<Vec<Dated>> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT e.country, e.start_date, 'event' FROM events e
          WHERE e.country IS NOT NULL AND e.kind != 'webinar' AND e.status != 'cancelled'
            AND e.start_date BETWEEN ?1 AND ?2
         UNION ALL
         SELECT e.country, e.start_date, 'crop_trip' FROM crop_applications a
           JOIN crop_opportunities o ON o.id = a.opportunity_id
           JOIN events e ON e.id = o.event_id
          WHERE a.status = 'approved' AND e.country IS NOT NULL AND e.status != 'cancelled'
            AND e.start_date BETWEEN ?1 AND ?2
         UNION ALL
         SELECT f.country, f.held_on, 'funded_initiative' FROM fund_requests f
          WHERE f.status IN ('approved', 'reported', 'closed') AND f.held_on BETWEEN ?1 AND ?2
         UNION ALL
         SELECT m.country, e.start_date, 'webinar_attendance' FROM webinar_attendees w
           JOIN members m ON m.id = w.member_id
           JOIN events e ON e.id = w.event_id
          WHERE e.start_date BETWEEN ?1 AND ?2",
    )
    .bind(from.to_string())
    .bind(to.to_string())
    .fetch_all(pool)
    .await?;
    Ok(dated(rows, &ACTIONS))
}

/// The outcomes from `from` to `to`: ALS applications received, ALSs accredited, individual
/// members who joined, and members who joined and have engaged since (new active members).
pub async fn outcomes(
    pool: &SqlitePool,
    from: NaiveDate,
    to: NaiveDate,
) -> sqlx::Result<Vec<Dated>> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT country, received_on, 'application' FROM als_applications
          WHERE received_on BETWEEN ?1 AND ?2
         UNION ALL
         SELECT country, accredited_on, 'accreditation' FROM als
          WHERE accredited_on BETWEEN ?1 AND ?2
         UNION ALL
         SELECT country, joined_on, 'individual_member' FROM members
          WHERE als_id IS NULL AND joined_on BETWEEN ?1 AND ?2
         UNION ALL
         SELECT m.country, m.joined_on, 'active_member' FROM members m
          WHERE m.joined_on BETWEEN ?1 AND ?2
            AND EXISTS (SELECT 1 FROM engagements g
                         WHERE g.member_id = m.id AND g.happened_on >= m.joined_on)",
    )
    .bind(from.to_string())
    .bind(to.to_string())
    .fetch_all(pool)
    .await?;
    Ok(dated(rows, &OUTCOMES))
}

/// The plan's target places: the countries and territories with no ALS in 2023.
pub async fn plan_targets(pool: &SqlitePool) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT iso2 FROM countries WHERE no_als_in_2023_plan = 1 ORDER BY iso2")
        .fetch_all(pool)
        .await
}
