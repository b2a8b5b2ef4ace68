//! SQL for a trip's money: its cost estimate and actual costs (each one row per
//! application, versioned), and the fiscal year's committed and spent totals.

use sqlx::{SqliteConnection, SqlitePool};

use super::super::model::CostKind;
use super::super::money::{Currency, TripCosts};
use super::super::rules::FiscalYear;
use super::Written;
use crate::audit::{self, Actor};
use crate::db::now_text;

/// A trip's costs as stored.
#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct CostRow {
    pub application_id: i64,
    pub kind: CostKind,
    pub currency: String,
    pub airfare_cents: i64,
    pub hotel_nights: i64,
    pub hotel_night_cents: i64,
    pub per_diem_days: i64,
    pub per_diem_rate_cents: i64,
    pub visa_cents: i64,
    pub total_cents: i64,
    pub entered_by: Option<String>,
    pub version: i64,
    pub updated_at: String,
}

impl CostRow {
    pub fn costs(&self) -> TripCosts {
        TripCosts {
            airfare: self.airfare_cents,
            hotel_nights: self.hotel_nights,
            hotel_per_night: self.hotel_night_cents,
            per_diem_days: self.per_diem_days,
            visa: self.visa_cents,
        }
    }
}

const COST_SELECT: &str = "SELECT application_id, kind, currency, airfare_cents, hotel_nights,
    hotel_night_cents, per_diem_days, per_diem_rate_cents, visa_cents, total_cents, entered_by,
    version, updated_at FROM crop_costs";

/// An application's estimate and actual costs, the estimate first.
pub async fn costs(pool: &SqlitePool, application_id: i64) -> sqlx::Result<Vec<CostRow>> {
    sqlx::query_as(&format!(
        "{COST_SELECT} WHERE application_id = ? ORDER BY kind = 'actual'"
    ))
    .bind(application_id)
    .fetch_all(pool)
    .await
}

async fn cost_in(
    conn: &mut SqliteConnection,
    application_id: i64,
    kind: CostKind,
) -> sqlx::Result<Option<CostRow>> {
    sqlx::query_as(&format!(
        "{COST_SELECT} WHERE application_id = ? AND kind = ?"
    ))
    .bind(application_id)
    .bind(kind)
    .fetch_optional(conn)
    .await
}

/// Costs as entered, with the per diem rate they are counted at.
#[derive(Debug, Clone, Copy)]
pub struct EnteredCosts {
    pub kind: CostKind,
    pub currency: Currency,
    pub costs: TripCosts,
    pub per_diem_rate: i64,
    /// The total (`TripCosts::total` at `per_diem_rate`).
    pub total: i64,
}

/// Stores an application's estimate or actual costs on the version read (0: none yet).
/// An estimate is for an application still in the running or approved; actual costs only
/// for an approved trip. The caps were checked by `money::TripCosts::over_caps`; the
/// table's own checks hold them too.
pub async fn save_costs(
    pool: &SqlitePool,
    actor: &Actor,
    application_id: i64,
    version: i64,
    entered: &EnteredCosts,
) -> sqlx::Result<Written<CostRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let allowed = match entered.kind {
        CostKind::Estimate => "('submitted', 'shortlisted', 'approved')",
        CostKind::Actual => "('approved')",
    };
    let status_ok: bool = sqlx::query_scalar(&format!(
        "SELECT count(*) > 0 FROM crop_applications WHERE id = ? AND status IN {allowed}"
    ))
    .bind(application_id)
    .fetch_one(&mut *tx)
    .await?;
    if !status_ok {
        return Ok(Written::Refused("crop-err-costs-not-now"));
    }
    let c = entered.costs;
    let now = now_text();
    let written = if version == 0 {
        sqlx::query(
            "INSERT INTO crop_costs (application_id, kind, currency, airfare_cents, hotel_nights,
                hotel_night_cents, per_diem_days, per_diem_rate_cents, visa_cents, total_cents,
                entered_by, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(application_id)
        .bind(entered.kind)
        .bind(entered.currency.code())
        .bind(c.airfare)
        .bind(c.hotel_nights)
        .bind(c.hotel_per_night)
        .bind(c.per_diem_days)
        .bind(entered.per_diem_rate)
        .bind(c.visa)
        .bind(entered.total)
        .bind(&actor.email)
        .bind(&now)
        .execute(&mut *tx)
        .await?
    } else {
        sqlx::query(
            "UPDATE crop_costs SET currency = ?, airfare_cents = ?, hotel_nights = ?,
                hotel_night_cents = ?, per_diem_days = ?, per_diem_rate_cents = ?, visa_cents = ?,
                total_cents = ?, entered_by = ?, version = version + 1, updated_at = ?
             WHERE application_id = ? AND kind = ? AND version = ?",
        )
        .bind(entered.currency.code())
        .bind(c.airfare)
        .bind(c.hotel_nights)
        .bind(c.hotel_per_night)
        .bind(c.per_diem_days)
        .bind(entered.per_diem_rate)
        .bind(c.visa)
        .bind(entered.total)
        .bind(&actor.email)
        .bind(&now)
        .bind(application_id)
        .bind(entered.kind)
        .bind(version)
        .execute(&mut *tx)
        .await?
    };
    if written.rows_affected() != 1 {
        return Ok(
            match cost_in(&mut tx, application_id, entered.kind).await? {
                Some(stored) => Written::Conflict(Box::new(stored)),
                None => Written::NotFound,
            },
        );
    }
    let after = cost_in(&mut tx, application_id, entered.kind).await?;
    audit::record(
        &mut tx,
        actor,
        match entered.kind {
            CostKind::Estimate => "cost_estimate",
            CostKind::Actual => "actual_costs",
        },
        "crop_application",
        Some(application_id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(application_id))
}

/// A fiscal year's money in one currency: committed (the estimates of its approved trips)
/// and spent (their actual costs).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct YearMoney {
    pub fiscal_year: FiscalYear,
    pub currency: String,
    pub committed: i64,
    pub spent: i64,
}

/// Every fiscal year's committed and spent money, per currency, in one query.
pub async fn year_money(pool: &SqlitePool) -> sqlx::Result<Vec<YearMoney>> {
    sqlx::query_as(
        "SELECT o.fiscal_year, c.currency,
            coalesce(sum(CASE WHEN c.kind = 'estimate' THEN c.total_cents END), 0) AS committed,
            coalesce(sum(CASE WHEN c.kind = 'actual' THEN c.total_cents END), 0) AS spent
         FROM crop_costs c JOIN crop_applications ap ON ap.id = c.application_id
         JOIN crop_opportunities o ON o.id = ap.opportunity_id
         WHERE ap.status = 'approved'
         GROUP BY o.fiscal_year, c.currency ORDER BY o.fiscal_year, c.currency <> 'USD', c.currency",
    )
    .fetch_all(pool)
    .await
}

/// The per diem rate (cents a day) a fiscal year's trips are counted at; none until set.
pub async fn per_diem_rate(pool: &SqlitePool, fy: FiscalYear) -> sqlx::Result<Option<i64>> {
    Ok(sqlx::query_scalar::<_, Option<i64>>(
        "SELECT per_diem_cents FROM crop_allocations WHERE fiscal_year = ?",
    )
    .bind(fy)
    .fetch_optional(pool)
    .await?
    .flatten())
}
