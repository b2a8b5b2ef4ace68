//! SQL for the fiscal years' outreach strategic plans (recorded approved before any of the
//! year's trips is) and what a plan's page shows: the year's events and trips.

use sqlx::{SqliteConnection, SqlitePool};

use super::super::model::{ApplicationRow, NewYearPlan, YearPlanRow};
use super::super::rules::FiscalYear;
use super::{APP_SELECT, Written};
use crate::audit::Actor;
use crate::audit::write::{self, Target};
use crate::db::now_text;

const PLAN_SELECT: &str =
    "SELECT fiscal_year, leadership_approver, gse_approver, approved_on, link,
    recorded_by, version, updated_at FROM crop_year_plans";

pub async fn year_plan(pool: &SqlitePool, fy: FiscalYear) -> sqlx::Result<Option<YearPlanRow>> {
    let mut conn = pool.acquire().await?;
    fetch_plan(&mut conn, fy.year()).await
}

async fn fetch_plan(conn: &mut SqliteConnection, fy: i64) -> sqlx::Result<Option<YearPlanRow>> {
    sqlx::query_as(&format!("{PLAN_SELECT} WHERE fiscal_year = ?"))
        .bind(fy)
        .fetch_optional(conn)
        .await
}

/// Every recorded plan, newest year first.
pub async fn year_plans(pool: &SqlitePool) -> sqlx::Result<Vec<YearPlanRow>> {
    sqlx::query_as(&format!("{PLAN_SELECT} ORDER BY fiscal_year DESC"))
        .fetch_all(pool)
        .await
}

crate::audit::write::versioned_rows!(YearPlanRow);

/// Records the year's approved plan (`version` 0: none recorded yet), or corrects it on
/// the version read.
pub async fn record_year_plan(
    pool: &SqlitePool,
    actor: &Actor,
    fy: FiscalYear,
    version: i64,
    plan: &NewYearPlan,
) -> sqlx::Result<Written<YearPlanRow>> {
    if version == 0 {
        return write::create(pool, actor, "crop_year_plan", fetch_plan, async |conn| {
            let inserted = sqlx::query_scalar(
                "INSERT INTO crop_year_plans (fiscal_year, leadership_approver, gse_approver,
                    approved_on, link, recorded_by, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING fiscal_year",
            )
            .bind(fy)
            .bind(&plan.leadership_approver)
            .bind(&plan.gse_approver)
            .bind(plan.approved_on.to_string())
            .bind(&plan.link)
            .bind(&actor.email)
            .bind(now_text())
            .fetch_one(conn)
            .await;
            // Recorded meanwhile by someone else: the person sees theirs beside it.
            write::refuse_unique_id(inserted, write::STALE)
        })
        .await;
    }
    let target = Target::new(actor, ("crop_year_plan", "update"), fy.year(), version);
    write::versioned(pool, target, fetch_plan, async |conn, _| {
        let updated = sqlx::query(
            "UPDATE crop_year_plans SET leadership_approver = ?, gse_approver = ?, approved_on = ?,
                link = ?, recorded_by = ?, version = version + 1, updated_at = ?
             WHERE fiscal_year = ? AND version = ?",
        )
        .bind(&plan.leadership_approver)
        .bind(&plan.gse_approver)
        .bind(plan.approved_on.to_string())
        .bind(&plan.link)
        .bind(&actor.email)
        .bind(now_text())
        .bind(fy)
        .bind(version)
        .execute(conn)
        .await;
        write::one_row(updated, write::STALE)
    })
    .await
}

/// An event of the fiscal year that outreach is about: LACRALO takes part, or it is a
/// CROP candidate.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct YearEvent {
    pub id: i64,
    pub title: String,
    pub start_date: String,
    pub country: Option<String>,
    pub relevance: String,
}

pub async fn year_events(pool: &SqlitePool, fy: FiscalYear) -> sqlx::Result<Vec<YearEvent>> {
    let (first, last) = fy.span();
    sqlx::query_as(
        "SELECT id, title, start_date, country, relevance FROM events
         WHERE start_date BETWEEN ? AND ? AND relevance IN ('lacralo_involved', 'crop_candidate')
         ORDER BY start_date, title, id",
    )
    .bind(first.to_string())
    .bind(last.to_string())
    .fetch_all(pool)
    .await
}

/// The fiscal year's approved trips (and those approved then revoked), by event date.
pub async fn year_trips(pool: &SqlitePool, fy: FiscalYear) -> sqlx::Result<Vec<ApplicationRow>> {
    sqlx::query_as(&format!(
        "{APP_SELECT} WHERE o.fiscal_year = ? AND ap.status IN ('approved', 'revoked')
         ORDER BY e.start_date, ap.id"
    ))
    .bind(fy)
    .fetch_all(pool)
    .await
}
