//! SQL for leadership's side of CROP applications: decisions, the review list, overdue
//! reports and the deadlines and reports a calendar feed shows.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::super::model::{ApplicationRow, OpportunityRow};
use super::super::notify;
use super::super::procedure;
use super::super::rules::{DEFAULT_TRIPS, Decision};
use super::applications::{application, why_not};
use super::{APP_SELECT, OPP_SELECT, Written};
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::outbox::Site;

/// A decision as leadership take it.
#[derive(Debug, Clone, Copy)]
pub struct Deciding<'a> {
    pub decision: Decision,
    pub reason: &'a str,
    /// The trip's departure and return, set when approving.
    pub trip: Option<(NaiveDate, NaiveDate)>,
}

/// Takes a decision on the version read. Approving checks, in the same UPDATE that writes
/// it, that the fiscal year's outreach plan is recorded approved, and that the opportunity
/// has a slot left and its fiscal year a trip left: SQLite runs
/// one writer at a time, so of two leaders approving the last slot at once, the second
/// finds it taken. The approved trip becomes an engagement of the member and their ALS
/// only once it has happened (`trips::record_trips_back`, or its report filed); every
/// decision is told to the applicant through the outbox.
pub async fn decide(
    pool: &SqlitePool,
    site: Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    taken: Deciding<'_>,
) -> sqlx::Result<Written<ApplicationRow>> {
    let Deciding {
        decision,
        reason,
        trip,
    } = taken;
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let Some(status) = decision.status() else {
        return request_info(tx, site, actor, id, version, reason).await;
    };
    let from: &str = match decision {
        Decision::Shortlist => "('submitted') AND info_requested_at IS NULL",
        Decision::Approve => "('submitted', 'shortlisted') AND info_requested_at IS NULL",
        Decision::Decline | Decision::RequestInfo => "('submitted', 'shortlisted')",
        Decision::Revoke => "('approved')",
    };
    let capacity = if decision == Decision::Approve {
        "AND (SELECT count(*) FROM crop_applications x
                WHERE x.opportunity_id = crop_applications.opportunity_id AND x.status = 'approved')
              < (SELECT o.slots FROM crop_opportunities o WHERE o.id = crop_applications.opportunity_id)
         AND (SELECT count(*) FROM crop_applications x JOIN crop_opportunities o ON o.id = x.opportunity_id
                WHERE x.status = 'approved' AND o.fiscal_year =
                  (SELECT fiscal_year FROM crop_opportunities WHERE id = crop_applications.opportunity_id))
              < coalesce((SELECT trips FROM crop_allocations WHERE fiscal_year =
                  (SELECT fiscal_year FROM crop_opportunities WHERE id = crop_applications.opportunity_id)), ?)
         AND EXISTS (SELECT 1 FROM crop_year_plans p WHERE p.fiscal_year =
                  (SELECT fiscal_year FROM crop_opportunities WHERE id = crop_applications.opportunity_id)
                AND p.approved_on <= ?)"
    } else {
        "AND ? IS NOT NULL AND ? IS NOT NULL"
    };
    let today = Utc::now().date_naive();
    let updated = sqlx::query(&format!(
        "UPDATE crop_applications SET status = ?, decision_reason = ?, decided_by = ?,
            decided_at = ?, version = version + 1, updated_at = ?, info_requested_at = NULL,
            trip_step = CASE WHEN ? = 'approved' THEN 'selected' ELSE trip_step END,
            departure_on = coalesce(?, departure_on), return_on = coalesce(?, return_on)
         WHERE id = ? AND version = ? AND status IN {from} {capacity}"
    ))
    .bind(status.as_str())
    .bind(reason.trim())
    .bind(&actor.email)
    .bind(&now)
    .bind(&now)
    .bind(status.as_str())
    .bind(trip.map(|(d, _)| d.to_string()))
    .bind(trip.map(|(_, r)| r.to_string()))
    .bind(id)
    .bind(version)
    .bind(DEFAULT_TRIPS)
    .bind(today.to_string())
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        let written = why_not(&mut tx, id, version).await?;
        if !matches!(written, Written::Refused(_)) || decision != Decision::Approve {
            return Ok(written);
        }
        return Ok(Written::Refused(
            capacity_refusal(&mut tx, id, today).await?,
        ));
    }
    let after = application(&mut *tx, id).await?;
    if decision == Decision::Approve {
        // Leadership's selection: the first of ICANN's steps.
        sqlx::query(
            "INSERT INTO crop_trip_steps (application_id, step, on_date, taken_by, taken_at)
             VALUES (?, 'selected', ?, ?, ?)",
        )
        .bind(id)
        .bind(today.to_string())
        .bind(&actor.email)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    }
    if let (Decision::Revoke, Some(app)) = (decision, &after) {
        // The trip will not happen: it is no longer the member's engagement.
        sqlx::query(
            "DELETE FROM engagements WHERE member_id = ? AND event_id = ? AND kind = 'crop_trip'",
        )
        .bind(app.member_id)
        .bind(app.event_id)
        .execute(&mut *tx)
        .await?;
    }
    if let Some(app) = &after {
        notify::decision(&mut tx, site, app, decision).await?;
    }
    audit::record(
        &mut tx,
        actor,
        decision.name(),
        "crop_application",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// Asks the applicant of an undecided application for more information (`question`): the
/// application stays where it was, changeable by its applicant until they resubmit.
async fn request_info(
    mut tx: sqlx::Transaction<'_, sqlx::Sqlite>,
    site: Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    question: &str,
) -> sqlx::Result<Written<ApplicationRow>> {
    let now = now_text();
    let updated = sqlx::query(
        "UPDATE crop_applications SET info_request = ?, info_requested_at = ?,
            version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status IN ('submitted', 'shortlisted')",
    )
    .bind(question.trim())
    .bind(&now)
    .bind(&now)
    .bind(id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return why_not(&mut tx, id, version).await;
    }
    let after = application(&mut *tx, id).await?;
    if let Some(app) = &after {
        notify::decision(&mut tx, site, app, Decision::RequestInfo).await?;
    }
    audit::record(
        &mut tx,
        actor,
        Decision::RequestInfo.name(),
        "crop_application",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// Why an approval found no room: the application's own state, the year's plan not
/// approved, the opportunity's slots, or the year's trips.
async fn capacity_refusal(
    conn: &mut SqliteConnection,
    id: i64,
    today: NaiveDate,
) -> sqlx::Result<&'static str> {
    let (status, info_pending, slots, approved_here, plan_approved_on): (
        String,
        bool,
        i64,
        i64,
        Option<String>,
    ) = sqlx::query_as(
            "SELECT ap.status, ap.info_requested_at IS NOT NULL, o.slots,
                (SELECT count(*) FROM crop_applications x WHERE x.opportunity_id = o.id AND x.status = 'approved'),
                (SELECT p.approved_on FROM crop_year_plans p WHERE p.fiscal_year = o.fiscal_year)
             FROM crop_applications ap JOIN crop_opportunities o ON o.id = ap.opportunity_id WHERE ap.id = ?",
        )
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    if !matches!(status.as_str(), "submitted" | "shortlisted") {
        return Ok("crop-err-decision-not-allowed");
    }
    if info_pending {
        return Ok("crop-err-info-pending");
    }
    let plan_day = plan_approved_on
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    if let Err(key) = procedure::check_plan(plan_day, today) {
        return Ok(key);
    }
    if approved_here >= slots {
        return Ok("crop-err-no-slot");
    }
    Ok("crop-err-no-allocation")
}

/// An application under review, with the applicant's record beside it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReviewRow {
    #[sqlx(flatten)]
    pub app: ApplicationRow,
    pub past_trips: i64,
    pub engagements: i64,
    pub last_engaged: Option<String>,
}

/// An opportunity's applications, the sub-region's first, oldest first within each.
pub async fn applications_for_review(
    pool: &SqlitePool,
    opportunity_id: i64,
) -> sqlx::Result<Vec<ReviewRow>> {
    let sql = APP_SELECT.replacen(
        "SELECT ap.id,",
        "SELECT (SELECT count(*) FROM crop_applications p WHERE p.member_id = ap.member_id
                   AND p.status = 'approved' AND p.id != ap.id) AS past_trips,
                (SELECT count(*) FROM engagements g WHERE g.member_id = ap.member_id
                   OR (m.als_id IS NOT NULL AND g.als_id = m.als_id)) AS engagements,
                (SELECT max(g.happened_on) FROM engagements g WHERE g.member_id = ap.member_id
                   OR (m.als_id IS NOT NULL AND g.als_id = m.als_id)) AS last_engaged,
                ap.id,",
        1,
    );
    sqlx::query_as(&format!(
        "{sql} WHERE ap.opportunity_id = ?
         ORDER BY ap.status = 'withdrawn', ap.in_subregion DESC, ap.created_at, ap.id"
    ))
    .bind(opportunity_id)
    .fetch_all(pool)
    .await
}

/// Approved trips whose report is overdue (three weeks after return) and not filed.
pub async fn overdue_reports(
    pool: &SqlitePool,
    today: NaiveDate,
) -> sqlx::Result<Vec<ApplicationRow>> {
    sqlx::query_as(&format!(
        "{APP_SELECT} WHERE ap.status = 'approved' AND ap.report_filed_at IS NULL
           AND date(coalesce(ap.return_on, e.end_date), '+21 days') < ?
         ORDER BY e.end_date, ap.id"
    ))
    .bind(today.to_string())
    .fetch_all(pool)
    .await
}

/// Opportunities taking applications whose deadline is after `now` and at or before
/// `horizon` (the scheduler's deadline reminders).
pub async fn open_before(
    pool: &SqlitePool,
    horizon: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<OpportunityRow>> {
    sqlx::query_as(&format!(
        "{OPP_SELECT} WHERE o.phase IN ('subregion', 'open_to_all')
           AND o.deadline_at > ? AND o.deadline_at <= ? ORDER BY o.deadline_at, o.id"
    ))
    .bind(crate::clock::text(now))
    .bind(crate::clock::text(horizon))
    .fetch_all(pool)
    .await
}

/// Approved trips without a report whose traveller returned (or, for a trip without
/// dates, whose event ended) on or before `ended_by`.
pub async fn reports_not_filed(
    pool: &SqlitePool,
    ended_by: NaiveDate,
) -> sqlx::Result<Vec<ApplicationRow>> {
    sqlx::query_as(&format!(
        "{APP_SELECT} WHERE ap.status = 'approved' AND ap.report_filed_at IS NULL
           AND coalesce(ap.return_on, e.end_date) <= ?
         ORDER BY coalesce(ap.return_on, e.end_date), ap.id"
    ))
    .bind(ended_by.to_string())
    .fetch_all(pool)
    .await
}

/// The opportunities whose deadline belongs in an account's private calendar, from
/// `since_year` on: for leadership every announced one; for a member those they applied
/// to and those open to them now.
pub async fn deadlines_for(
    pool: &SqlitePool,
    user_id: i64,
    is_leadership: bool,
    since_year: i32,
) -> sqlx::Result<Vec<OpportunityRow>> {
    sqlx::query_as(&format!(
        "{OPP_SELECT} WHERE o.deadline_on >= ? AND o.phase != 'draft' AND (
            ? = 1
            OR EXISTS (SELECT 1 FROM crop_applications ap JOIN users u ON u.member_id = ap.member_id
                       WHERE u.id = ? AND ap.opportunity_id = o.id AND ap.status != 'withdrawn')
            OR (o.phase = 'open_to_all' AND EXISTS (
                    SELECT 1 FROM users u WHERE u.id = ? AND u.member_id IS NOT NULL))
            OR (o.phase = 'subregion' AND o.subregion = (
                    SELECT c.lacralo_subregion FROM users u JOIN members m ON m.id = u.member_id
                    JOIN countries c ON c.iso2 = m.country WHERE u.id = ?)))
         ORDER BY o.deadline_at, o.id LIMIT 500"
    ))
    .bind(format!("{since_year}-01-01"))
    .bind(is_leadership)
    .bind(user_id)
    .bind(user_id)
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// An account's approved trips whose report is not filed yet.
pub async fn reports_of(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Vec<ApplicationRow>> {
    sqlx::query_as(&format!(
        "{APP_SELECT} WHERE ap.status = 'approved' AND ap.report_filed_at IS NULL
           AND ap.member_id = (SELECT member_id FROM users WHERE id = ?)
         ORDER BY e.end_date, ap.id"
    ))
    .bind(user_id)
    .fetch_all(pool)
    .await
}
