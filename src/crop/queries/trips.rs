//! SQL for an approved trip's way through ICANN's procedure: each step after leadership's
//! selection (regional GSE's endorsement, the submission to CROP staff, Constituency
//! Travel's confirmation), with who took it and when, told to the traveller.

use chrono::NaiveDate;
use sqlx::SqlitePool;

use super::super::model::ApplicationRow;
use super::super::notify;
use super::super::procedure::TripStep;
use super::Written;
use super::applications::{application, why_not};
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::outbox::Site;

/// A step taken, as the trip's history shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TripStepRow {
    pub step: TripStep,
    pub on_date: String,
    pub note: String,
    pub taken_by: Option<String>,
    pub taken_at: String,
}

pub async fn trip_steps(pool: &SqlitePool, application_id: i64) -> sqlx::Result<Vec<TripStepRow>> {
    sqlx::query_as(
        "SELECT step, on_date, note, taken_by, taken_at FROM crop_trip_steps
         WHERE application_id = ? ORDER BY taken_at, id",
    )
    .bind(application_id)
    .fetch_all(pool)
    .await
}

/// One step of the chain.
#[derive(Debug, Clone, Copy)]
pub struct StepTaken<'a> {
    pub from: TripStep,
    pub to: TripStep,
    /// The day it happened.
    pub on: NaiveDate,
    /// Why a submission is late (empty when it is not).
    pub note: &'a str,
}

/// Moves the trip to its next step on the version read, and only from the step the
/// caller checked the rules against (`procedure::check_step`): the statement refuses any
/// other, so two people taking the same step at once record it once.
pub async fn take_step(
    pool: &SqlitePool,
    site: Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    step: StepTaken<'_>,
) -> sqlx::Result<Written<ApplicationRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let before = application(&mut *tx, id).await?;
    let updated = sqlx::query(
        "UPDATE crop_applications SET trip_step = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status = 'approved' AND trip_step = ?",
    )
    .bind(step.to)
    .bind(&now)
    .bind(id)
    .bind(version)
    .bind(step.from)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return why_not(&mut tx, id, version).await;
    }
    sqlx::query(
        "INSERT INTO crop_trip_steps (application_id, step, on_date, note, taken_by, taken_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(step.to)
    .bind(step.on.to_string())
    .bind(step.note.trim())
    .bind(&actor.email)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    let after = application(&mut *tx, id).await?;
    if let Some(app) = &after {
        notify::trip_step(&mut tx, site, app, step.to, step.on).await?;
    }
    audit::record(
        &mut tx,
        actor,
        step.to.as_str(),
        "crop_trip",
        Some(id),
        before.as_ref(),
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// The CROP-trip engagement of the member (and their ALS) for trips that have happened,
/// once each: `which` picks the applications (a bound condition on `ap`). Dated on the
/// event's first day, where the outreach was done.
const TRIP_ENGAGEMENT: &str = "INSERT INTO engagements (als_id, member_id, event_id, kind,
        happened_on, description, recorded_by, created_at)
    SELECT m.als_id, m.id, e.id, 'crop_trip', coalesce(e.start_date, ap.departure_on, ?),
        'CROP: ' || e.title, ?, ?
    FROM crop_applications ap JOIN members m ON m.id = ap.member_id
    JOIN crop_opportunities o ON o.id = ap.opportunity_id JOIN events e ON e.id = o.event_id
    WHERE ap.status = 'approved'
      AND NOT EXISTS (SELECT 1 FROM engagements g
                      WHERE g.member_id = ap.member_id AND g.event_id = e.id AND g.kind = 'crop_trip')";

/// The trip of application `id` has happened (its report is filed): it becomes the
/// member's and their ALS's engagement, if it is not already.
pub async fn record_trip_engagement(
    conn: &mut sqlx::SqliteConnection,
    id: i64,
    recorded_by: &str,
) -> sqlx::Result<()> {
    let today = chrono::Utc::now().date_naive().to_string();
    sqlx::query(&format!("{TRIP_ENGAGEMENT} AND ap.id = ?"))
        .bind(&today)
        .bind(recorded_by)
        .bind(now_text())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Every approved trip whose traveller is back (returned before `today`) becomes an
/// engagement, once (`procedure::trip_happened`); until then the trip is only planned.
/// Run by the scheduler; answers how many were recorded.
pub async fn record_trips_back(pool: &SqlitePool, today: NaiveDate) -> sqlx::Result<u64> {
    let done = sqlx::query(&format!("{TRIP_ENGAGEMENT} AND ap.return_on < ?"))
        .bind(today.to_string())
        .bind("scheduler")
        .bind(now_text())
        .bind(today.to_string())
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// Changes an approved trip's dates on the version read, only while the stored departure
/// is after `today` (the rules were checked by the caller; the statement holds the last of
/// them against a race).
pub async fn set_trip_dates(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    (departure, return_on): (NaiveDate, NaiveDate),
    today: NaiveDate,
) -> sqlx::Result<Written<ApplicationRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let before = application(&mut *tx, id).await?;
    let updated = sqlx::query(
        "UPDATE crop_applications SET departure_on = ?, return_on = ?, version = version + 1,
            updated_at = ?
         WHERE id = ? AND version = ? AND status = 'approved'
           AND (departure_on IS NULL OR departure_on > ?)",
    )
    .bind(departure.to_string())
    .bind(return_on.to_string())
    .bind(now_text())
    .bind(id)
    .bind(version)
    .bind(today.to_string())
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return why_not(&mut tx, id, version).await;
    }
    let after = application(&mut *tx, id).await?;
    audit::record(
        &mut tx,
        actor,
        "trip_dates",
        "crop_trip",
        Some(id),
        before.as_ref(),
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}
