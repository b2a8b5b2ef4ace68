//! SQL for the fiscal years' trip allocations.

use sqlx::{SqliteConnection, SqlitePool};

use super::super::rules::DEFAULT_TRIPS;
use super::super::rules::FiscalYear;
use super::Written;
use crate::audit::{self, Actor};
use crate::db::now_text;

/// The trips a fiscal year allows, whether leadership set them (else the default), and the
/// version of the stored row (0 for none).
pub async fn allocation(pool: &SqlitePool, fy: FiscalYear) -> sqlx::Result<(i64, bool, i64)> {
    let mut conn = pool.acquire().await?;
    allocation_in(&mut conn, fy).await
}

async fn allocation_in(
    conn: &mut SqliteConnection,
    fy: FiscalYear,
) -> sqlx::Result<(i64, bool, i64)> {
    let row: Option<(i64, i64)> =
        sqlx::query_as("SELECT trips, version FROM crop_allocations WHERE fiscal_year = ?")
            .bind(fy)
            .fetch_optional(conn)
            .await?;
    Ok(match row {
        Some((trips, version)) => (trips, true, version),
        None => (DEFAULT_TRIPS, false, 0),
    })
}

pub async fn approved_in_year(pool: &SqlitePool, fy: FiscalYear) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT count(*) FROM crop_applications a JOIN crop_opportunities o ON o.id = a.opportunity_id
         WHERE a.status = 'approved' AND o.fiscal_year = ?",
    )
    .bind(fy)
    .fetch_one(pool)
    .await
}

/// Of the fiscal year's approved trips, those to an ICANN meeting.
pub async fn icann_meeting_trips_in_year(pool: &SqlitePool, fy: FiscalYear) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT count(*) FROM crop_applications a JOIN crop_opportunities o ON o.id = a.opportunity_id
         WHERE a.status = 'approved' AND o.fiscal_year = ? AND o.icann_meeting = 1",
    )
    .bind(fy)
    .fetch_one(pool)
    .await
}

/// Sets a year's trips on the version read (0: none stored). Fewer trips than already
/// approved is refused.
/// What leadership set for a fiscal year: its trips, and (when known) the money CROP
/// allocates to them and the per diem rate they are estimated at, in US cents.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct YearSetting {
    pub trips: i64,
    pub budget_cents: Option<i64>,
    pub per_diem_cents: Option<i64>,
}

pub async fn set_allocation(
    pool: &SqlitePool,
    actor: &Actor,
    fy: FiscalYear,
    setting: YearSetting,
    version: i64,
) -> sqlx::Result<Written<i64>> {
    let trips = setting.trips;
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let approved: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM crop_applications a JOIN crop_opportunities o ON o.id = a.opportunity_id
         WHERE a.status = 'approved' AND o.fiscal_year = ?",
    )
    .bind(fy)
    .fetch_one(&mut *tx)
    .await?;
    if trips < approved {
        return Ok(Written::Refused("crop-err-allocation-below-approved"));
    }
    let now = now_text();
    let written = if version == 0 {
        sqlx::query(
            "INSERT INTO crop_allocations (fiscal_year, trips, budget_cents, per_diem_cents,
                updated_by, updated_at)
             VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(fy)
        .bind(trips)
        .bind(setting.budget_cents)
        .bind(setting.per_diem_cents)
        .bind(&actor.email)
        .bind(&now)
        .execute(&mut *tx)
        .await?
    } else {
        sqlx::query(
            "UPDATE crop_allocations SET trips = ?, budget_cents = ?, per_diem_cents = ?,
                version = version + 1, updated_by = ?, updated_at = ?
             WHERE fiscal_year = ? AND version = ?",
        )
        .bind(trips)
        .bind(setting.budget_cents)
        .bind(setting.per_diem_cents)
        .bind(&actor.email)
        .bind(&now)
        .bind(fy)
        .bind(version)
        .execute(&mut *tx)
        .await?
    };
    if written.rows_affected() != 1 {
        let (stored, _, _) = allocation_in(&mut tx, fy).await?;
        return Ok(Written::Conflict(Box::new(stored)));
    }
    audit::record(
        &mut tx,
        actor,
        "set_allocation",
        "crop_allocation",
        Some(fy.year()),
        audit::NOTHING,
        Some(&setting),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(fy.year()))
}

/// A fiscal year's allocation as the allocations page lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct YearAllocation {
    pub fiscal_year: FiscalYear,
    /// The trips the year allows: as set, else the default.
    pub trips: i64,
    /// Whether leadership set them.
    pub set: bool,
    /// The stored row's version (0 for none).
    pub version: i64,
    /// Trips approved in the year so far.
    pub approved: i64,
    /// The money CROP allocates to the year's trips, and the per diem rate (US cents).
    pub budget_cents: Option<i64>,
    pub per_diem_cents: Option<i64>,
}

/// Every fiscal year with an allocation or an opportunity, and `current` and the next,
/// oldest first: one query, whatever the number of years.
pub async fn allocation_years(
    pool: &SqlitePool,
    current: FiscalYear,
) -> sqlx::Result<Vec<YearAllocation>> {
    sqlx::query_as(
        "WITH years (fy) AS (
            SELECT fiscal_year FROM crop_allocations
            UNION SELECT fiscal_year FROM crop_opportunities
            UNION SELECT ?1 UNION SELECT ?1 + 1
         )
         SELECT y.fy AS fiscal_year, coalesce(a.trips, ?2) AS trips,
            a.fiscal_year IS NOT NULL AS \"set\", coalesce(a.version, 0) AS version,
            (SELECT count(*) FROM crop_applications ap
               JOIN crop_opportunities o ON o.id = ap.opportunity_id
             WHERE ap.status = 'approved' AND o.fiscal_year = y.fy) AS approved,
            a.budget_cents, a.per_diem_cents
         FROM years y LEFT JOIN crop_allocations a ON a.fiscal_year = y.fy
         ORDER BY y.fy",
    )
    .bind(current)
    .bind(DEFAULT_TRIPS)
    .fetch_all(pool)
    .await
}
