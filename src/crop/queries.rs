//! SQL for CROP: bound parameters only, every write audited in its transaction, and every
//! rule that two people could race on (slots, the year's allocation, the deadline, the
//! phase) checked inside the very statement that writes.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::model::{ApplicationRow, NewApplication, OpportunityRow, Phase};
use super::notify::{self, Receipt};
use super::rules::{DEFAULT_TRIPS, Decision};
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::events::follows::{self, FollowTarget};
use crate::outbox::Site;
use crate::web::Lang;

const OPP_SELECT: &str = "SELECT o.id, o.event_id, o.fiscal_year, o.slots, o.subregion, o.phase,
    o.announced_on, o.priority_ends_on, o.deadline_on, o.time_zone, o.deadline_at, o.notes,
    o.version, o.created_at, o.updated_at, e.title AS event_title, e.start_date AS event_start,
    e.end_date AS event_end, e.city AS event_city, e.country AS event_country,
    (SELECT count(*) FROM crop_applications a WHERE a.opportunity_id = o.id AND a.status = 'approved') AS approved,
    (SELECT count(*) FROM crop_applications a WHERE a.opportunity_id = o.id AND a.status != 'withdrawn') AS applications,
    (SELECT count(*) FROM crop_applications a WHERE a.opportunity_id = o.id AND a.status != 'withdrawn'
       AND a.in_subregion = 1) AS subregion_applications
    FROM crop_opportunities o JOIN events e ON e.id = o.event_id";

const APP_SELECT: &str = "SELECT ap.id, ap.opportunity_id, ap.member_id, ap.user_id,
    ap.in_subregion, ap.motivation, ap.outreach_plan, ap.languages, ap.travel_needs, ap.status,
    ap.decision_reason, ap.decided_by, ap.decided_at, ap.report, ap.report_filed_at, ap.version,
    ap.created_at, ap.updated_at, m.name AS member_name, m.country AS member_country,
    c.lacralo_subregion AS member_subregion, m.als_id, a.name AS als_name, o.event_id,
    e.title AS event_title, e.end_date AS event_end
    FROM crop_applications ap JOIN members m ON m.id = ap.member_id
    JOIN countries c ON c.iso2 = m.country LEFT JOIN als a ON a.id = m.als_id
    JOIN crop_opportunities o ON o.id = ap.opportunity_id JOIN events e ON e.id = o.event_id";

/// What became of a write that carried the version it was read at (`audit::write`): a
/// conflict carries what is stored now. CROP's writes check their rules (phase, deadline,
/// places) in the statement that writes, so they ask why only when it changed nothing.
pub use crate::audit::write::Written;

// ---------------------------------------------------------------------------------------
// Opportunities

pub async fn opportunities(
    pool: &SqlitePool,
    with_drafts: bool,
    fiscal_year: Option<i64>,
) -> sqlx::Result<Vec<OpportunityRow>> {
    let mut sql = format!("{OPP_SELECT} WHERE 1 = 1");
    if !with_drafts {
        sql.push_str(" AND o.phase != 'draft'");
    }
    if fiscal_year.is_some() {
        sql.push_str(" AND o.fiscal_year = ?");
    }
    sql.push_str(" ORDER BY o.phase = 'closed', e.start_date, o.id");
    let mut query = sqlx::query_as(&sql);
    if let Some(fy) = fiscal_year {
        query = query.bind(fy);
    }
    query.fetch_all(pool).await
}

/// One opportunity, from the pool or inside a write's transaction.
pub async fn opportunity<'e, E: sqlx::Executor<'e, Database = sqlx::Sqlite>>(
    executor: E,
    id: i64,
) -> sqlx::Result<Option<OpportunityRow>> {
    sqlx::query_as(&format!("{OPP_SELECT} WHERE o.id = ?"))
        .bind(id)
        .fetch_optional(executor)
        .await
}

pub async fn opportunity_for_event(pool: &SqlitePool, event_id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT id FROM crop_opportunities WHERE event_id = ?")
        .bind(event_id)
        .fetch_optional(pool)
        .await
}

/// An opportunity's fields, parsed.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NewOpportunity {
    pub event_id: i64,
    pub fiscal_year: i64,
    pub slots: i64,
    pub subregion: String,
    pub priority_ends_on: NaiveDate,
    pub deadline_on: NaiveDate,
    pub time_zone: String,
    pub deadline_at: DateTime<Utc>,
    pub notes: String,
}

fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Creates a draft; an event with an opportunity already is refused by the table's UNIQUE
/// constraint, which the caller turns into a message.
pub async fn create_opportunity(
    pool: &SqlitePool,
    actor: &Actor,
    new: &NewOpportunity,
) -> sqlx::Result<i64> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO crop_opportunities (event_id, fiscal_year, slots, subregion, priority_ends_on,
            deadline_on, time_zone, deadline_at, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(new.event_id)
    .bind(new.fiscal_year)
    .bind(new.slots)
    .bind(&new.subregion)
    .bind(new.priority_ends_on.to_string())
    .bind(new.deadline_on.to_string())
    .bind(&new.time_zone)
    .bind(stamp(new.deadline_at))
    .bind(&new.notes)
    .bind(&now)
    .bind(&now)
    .fetch_one(&mut *tx)
    .await?;
    let after = opportunity(&mut *tx, id).await?;
    audit::record(
        &mut tx,
        actor,
        "create",
        "crop_opportunity",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn update_opportunity(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    new: &NewOpportunity,
) -> sqlx::Result<Written<OpportunityRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let updated = sqlx::query(
        "UPDATE crop_opportunities SET fiscal_year = ?, slots = ?, priority_ends_on = ?,
            deadline_on = ?, time_zone = ?, deadline_at = ?, notes = ?, version = version + 1,
            updated_at = ?
         WHERE id = ? AND version = ?",
    )
    .bind(new.fiscal_year)
    .bind(new.slots)
    .bind(new.priority_ends_on.to_string())
    .bind(new.deadline_on.to_string())
    .bind(&new.time_zone)
    .bind(stamp(new.deadline_at))
    .bind(&new.notes)
    .bind(now_text())
    .bind(id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return missing_or_stale(&mut tx, id).await;
    }
    let after = opportunity(&mut *tx, id).await?;
    audit::record(
        &mut tx,
        actor,
        "update",
        "crop_opportunity",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// Why a guarded write to an opportunity changed nothing: gone, or saved by someone
/// first (what is stored now).
async fn missing_or_stale(
    conn: &mut SqliteConnection,
    id: i64,
) -> sqlx::Result<Written<OpportunityRow>> {
    Ok(match opportunity(conn, id).await? {
        Some(row) => Written::Conflict(Box::new(row)),
        None => Written::NotFound,
    })
}

/// A move of an opportunity's phase, with its reason (empty when none is needed).
#[derive(Debug, Clone, Copy)]
pub struct PhaseMove<'a> {
    pub from: Phase,
    pub to: Phase,
    pub reason: &'a str,
}

/// Moves the phase (the rules were checked by the caller on the version it read), with
/// its history row: the reason, and how many sub-region applications there were.
pub async fn change_phase(
    pool: &SqlitePool,
    site: Site<'_>,
    sender: Lang,
    actor: &Actor,
    id: i64,
    version: i64,
    change: &PhaseMove<'_>,
) -> sqlx::Result<Written<OpportunityRow>> {
    let (from, to, reason) = (change.from, change.to, change.reason);
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let today = Utc::now().date_naive().to_string();
    let updated = sqlx::query(
        "UPDATE crop_opportunities SET phase = ?, version = version + 1, updated_at = ?,
            announced_on = CASE WHEN ? = 'subregion' AND announced_on IS NULL THEN ? ELSE announced_on END
         WHERE id = ? AND version = ? AND phase = ?",
    )
    .bind(to.as_str())
    .bind(&now)
    .bind(to.as_str())
    .bind(&today)
    .bind(id)
    .bind(version)
    .bind(from.as_str())
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return missing_or_stale(&mut tx, id).await;
    }
    sqlx::query(
        "INSERT INTO crop_phase_changes (opportunity_id, from_phase, to_phase, reason,
            subregion_applications, changed_by, changed_at)
         SELECT ?, ?, ?, ?, count(*), ?, ? FROM crop_applications
         WHERE opportunity_id = ? AND in_subregion = 1 AND status != 'withdrawn'",
    )
    .bind(id)
    .bind(from.as_str())
    .bind(to.as_str())
    .bind(reason.trim())
    .bind(&actor.email)
    .bind(&now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let after = opportunity(&mut *tx, id).await?;
    if let Some(after) = &after {
        super::notify::announce(&mut tx, site, after, sender).await?;
    }
    audit::record(
        &mut tx,
        actor,
        "change_phase",
        "crop_opportunity",
        Some(id),
        Some(&from),
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PhaseChangeRow {
    pub from_phase: String,
    pub to_phase: String,
    pub reason: String,
    pub subregion_applications: i64,
    pub changed_by: Option<String>,
    pub changed_at: String,
}

pub async fn phase_changes(pool: &SqlitePool, id: i64) -> sqlx::Result<Vec<PhaseChangeRow>> {
    sqlx::query_as(
        "SELECT from_phase, to_phase, reason, subregion_applications, changed_by, changed_at
         FROM crop_phase_changes WHERE opportunity_id = ? ORDER BY changed_at, id",
    )
    .bind(id)
    .fetch_all(pool)
    .await
}

// ---------------------------------------------------------------------------------------
// Allocations

/// The trips a fiscal year allows, whether leadership set them (else the default), and the
/// version of the stored row (0 for none).
pub async fn allocation(pool: &SqlitePool, fy: i64) -> sqlx::Result<(i64, bool, i64)> {
    let mut conn = pool.acquire().await?;
    allocation_in(&mut conn, fy).await
}

async fn allocation_in(conn: &mut SqliteConnection, fy: i64) -> sqlx::Result<(i64, bool, i64)> {
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

pub async fn approved_in_year(pool: &SqlitePool, fy: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT count(*) FROM crop_applications a JOIN crop_opportunities o ON o.id = a.opportunity_id
         WHERE a.status = 'approved' AND o.fiscal_year = ?",
    )
    .bind(fy)
    .fetch_one(pool)
    .await
}

/// Sets a year's trips on the version read (0: none stored). Fewer trips than already
/// approved is refused.
pub async fn set_allocation(
    pool: &SqlitePool,
    actor: &Actor,
    fy: i64,
    trips: i64,
    version: i64,
) -> sqlx::Result<Written<i64>> {
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
            "INSERT INTO crop_allocations (fiscal_year, trips, updated_by, updated_at)
             VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        )
        .bind(fy)
        .bind(trips)
        .bind(&actor.email)
        .bind(&now)
        .execute(&mut *tx)
        .await?
    } else {
        sqlx::query(
            "UPDATE crop_allocations SET trips = ?, version = version + 1, updated_by = ?, updated_at = ?
             WHERE fiscal_year = ? AND version = ?",
        )
        .bind(trips)
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
        Some(fy),
        audit::NOTHING,
        Some(&trips),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(fy))
}

// ---------------------------------------------------------------------------------------
// Applicants and applications

/// The member record behind an account, with what eligibility needs.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberFacts {
    pub member_id: i64,
    pub name: String,
    pub email: Option<String>,
    pub active: bool,
    pub country: String,
    pub subregion: String,
    pub als_id: Option<i64>,
    pub als_name: Option<String>,
    pub als_status: Option<String>,
}

pub async fn member_of_user(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Option<MemberFacts>> {
    sqlx::query_as(
        "SELECT m.id AS member_id, m.name, m.email, m.active, m.country,
            c.lacralo_subregion AS subregion, m.als_id, a.name AS als_name, a.status AS als_status
         FROM users u JOIN members m ON m.id = u.member_id
         JOIN countries c ON c.iso2 = m.country LEFT JOIN als a ON a.id = m.als_id
         WHERE u.id = ?",
    )
    .bind(user_id)
    .fetch_optional(pool)
    .await
}

/// One application, from the pool or inside a write's transaction.
pub async fn application<'e, E: sqlx::Executor<'e, Database = sqlx::Sqlite>>(
    executor: E,
    id: i64,
) -> sqlx::Result<Option<ApplicationRow>> {
    sqlx::query_as(&format!("{APP_SELECT} WHERE ap.id = ?"))
        .bind(id)
        .fetch_optional(executor)
        .await
}

pub async fn application_of(
    pool: &SqlitePool,
    opportunity_id: i64,
    member_id: i64,
) -> sqlx::Result<Option<ApplicationRow>> {
    sqlx::query_as(&format!(
        "{APP_SELECT} WHERE ap.opportunity_id = ? AND ap.member_id = ?"
    ))
    .bind(opportunity_id)
    .bind(member_id)
    .fetch_optional(pool)
    .await
}

pub async fn applications_of_member(
    pool: &SqlitePool,
    member_id: i64,
) -> sqlx::Result<Vec<ApplicationRow>> {
    sqlx::query_as(&format!(
        "{APP_SELECT} WHERE ap.member_id = ? ORDER BY ap.created_at DESC, ap.id DESC"
    ))
    .bind(member_id)
    .fetch_all(pool)
    .await
}

/// Applies, if the opportunity is still open to this applicant when the row is written:
/// the phase, the sub-region and the deadline are checked in the INSERT itself. `None`
/// when they no longer hold.
pub async fn apply(
    pool: &SqlitePool,
    site: Site<'_>,
    actor: &Actor,
    opportunity_id: i64,
    member_id: i64,
    in_subregion: bool,
    new: &NewApplication,
) -> sqlx::Result<Option<i64>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO crop_applications (opportunity_id, member_id, user_id, in_subregion,
            motivation, outreach_plan, languages, travel_needs, created_at, updated_at)
         SELECT o.id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM crop_opportunities o
         WHERE o.id = ? AND o.deadline_at > ?
           AND (o.phase = 'open_to_all' OR (o.phase = 'subregion' AND ? = 1))
         RETURNING id",
    )
    .bind(member_id)
    .bind(actor.user_id)
    .bind(in_subregion)
    .bind(&new.motivation)
    .bind(&new.outreach_plan)
    .bind(&new.languages)
    .bind(&new.travel_needs)
    .bind(&now)
    .bind(&now)
    .bind(opportunity_id)
    .bind(&now)
    .bind(in_subregion)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = id else {
        return Ok(None);
    };
    let after = application(&mut *tx, id).await?;
    if let Some(app) = &after {
        // The applicant follows the event: its changes reach them.
        if let Some(user_id) = actor.user_id {
            let event = app.event_id.to_string();
            follows::follow(&mut tx, actor, user_id, FollowTarget::Event, &event).await?;
        }
        notify::receipt(&mut tx, site, app, Receipt::Submitted).await?;
    }
    audit::record(
        &mut tx,
        actor,
        "create",
        "crop_application",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// Changes an undecided application before the deadline, on the version read.
pub async fn update_application(
    pool: &SqlitePool,
    site: Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    new: &NewApplication,
) -> sqlx::Result<Written<ApplicationRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let updated = sqlx::query(
        "UPDATE crop_applications SET motivation = ?, outreach_plan = ?, languages = ?,
            travel_needs = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status IN ('submitted', 'shortlisted')
           AND (SELECT deadline_at FROM crop_opportunities o WHERE o.id = opportunity_id) > ?",
    )
    .bind(&new.motivation)
    .bind(&new.outreach_plan)
    .bind(&new.languages)
    .bind(&new.travel_needs)
    .bind(&now)
    .bind(id)
    .bind(version)
    .bind(&now)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return why_not(&mut tx, id, version).await;
    }
    let after = application(&mut *tx, id).await?;
    if let Some(app) = &after {
        notify::receipt(&mut tx, site, app, Receipt::Changed).await?;
    }
    audit::record(
        &mut tx,
        actor,
        "update",
        "crop_application",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// Why a guarded write to an application changed nothing: gone, stale, or refused.
async fn why_not(
    conn: &mut SqliteConnection,
    id: i64,
    version: i64,
) -> sqlx::Result<Written<ApplicationRow>> {
    Ok(match application(conn, id).await? {
        None => Written::NotFound,
        Some(row) if row.version != version => Written::Conflict(Box::new(row)),
        Some(_) => Written::Refused("crop-err-not-changeable"),
    })
}

pub async fn withdraw(
    pool: &SqlitePool,
    site: Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
) -> sqlx::Result<Written<ApplicationRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let updated = sqlx::query(
        "UPDATE crop_applications SET status = 'withdrawn', version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status IN ('submitted', 'shortlisted')",
    )
    .bind(now_text())
    .bind(id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return why_not(&mut tx, id, version).await;
    }
    if let Some(app) = application(&mut *tx, id).await? {
        notify::receipt(&mut tx, site, &app, Receipt::Withdrawn).await?;
    }
    audit::record(
        &mut tx,
        actor,
        "withdraw",
        "crop_application",
        Some(id),
        audit::NOTHING,
        Some(&"withdrawn"),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// Files (or corrects) the trip report of an approved application.
pub async fn file_report(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    report: &str,
) -> sqlx::Result<Written<ApplicationRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let updated = sqlx::query(
        "UPDATE crop_applications SET report = ?, report_filed_at = coalesce(report_filed_at, ?),
            version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status = 'approved'",
    )
    .bind(report)
    .bind(&now)
    .bind(&now)
    .bind(id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return why_not(&mut tx, id, version).await;
    }
    audit::record(
        &mut tx,
        actor,
        "file_report",
        "crop_application",
        Some(id),
        audit::NOTHING,
        Some(&report),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// Takes a decision on the version read. Approving checks, in the same UPDATE that writes
/// it, that the opportunity has a slot left and its fiscal year a trip left: SQLite runs
/// one writer at a time, so of two leaders approving the last slot at once, the second
/// finds it taken. An approval becomes a CROP trip engagement of the member and their ALS;
/// every decision is told to the applicant through the outbox.
pub async fn decide(
    pool: &SqlitePool,
    site: Site<'_>,
    actor: &Actor,
    id: i64,
    version: i64,
    decision: Decision,
    reason: &str,
) -> sqlx::Result<Written<ApplicationRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let from: &str = match decision {
        Decision::Shortlist => "('submitted')",
        Decision::Approve | Decision::Decline => "('submitted', 'shortlisted')",
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
                  (SELECT fiscal_year FROM crop_opportunities WHERE id = crop_applications.opportunity_id)), ?)"
    } else {
        "AND ? IS NOT NULL"
    };
    let updated = sqlx::query(&format!(
        "UPDATE crop_applications SET status = ?, decision_reason = ?, decided_by = ?,
            decided_at = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status IN {from} {capacity}"
    ))
    .bind(decision.status().as_str())
    .bind(reason.trim())
    .bind(&actor.email)
    .bind(&now)
    .bind(&now)
    .bind(id)
    .bind(version)
    .bind(DEFAULT_TRIPS)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        let written = why_not(&mut tx, id, version).await?;
        if !matches!(written, Written::Refused(_)) || decision != Decision::Approve {
            return Ok(written);
        }
        return Ok(Written::Refused(capacity_refusal(&mut tx, id).await?));
    }
    let after = application(&mut *tx, id).await?;
    if let (Decision::Approve, Some(app)) = (decision, &after) {
        sqlx::query(
            "INSERT INTO engagements (als_id, member_id, event_id, kind, happened_on, description,
                recorded_by, created_at)
             SELECT m.als_id, m.id, e.id, 'crop_trip', coalesce(e.start_date, ?), 'CROP: ' || e.title, ?, ?
             FROM members m, events e WHERE m.id = ? AND e.id = ?",
        )
        .bind(Utc::now().date_naive().to_string())
        .bind(&actor.email)
        .bind(&now)
        .bind(app.member_id)
        .bind(app.event_id)
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
        decision.status().as_str(),
        "crop_application",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}

/// Why an approval found no room: the opportunity's slots, the year's trips, or the
/// application's own state.
async fn capacity_refusal(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<&'static str> {
    let (status, slots, approved_here): (String, i64, i64) = sqlx::query_as(
        "SELECT ap.status, o.slots,
            (SELECT count(*) FROM crop_applications x WHERE x.opportunity_id = o.id AND x.status = 'approved')
         FROM crop_applications ap JOIN crop_opportunities o ON o.id = ap.opportunity_id WHERE ap.id = ?",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    if !matches!(status.as_str(), "submitted" | "shortlisted") {
        return Ok("crop-err-decision-not-allowed");
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

/// Approved trips whose report is due (three weeks after the event) and not filed.
pub async fn overdue_reports(
    pool: &SqlitePool,
    today: NaiveDate,
) -> sqlx::Result<Vec<ApplicationRow>> {
    sqlx::query_as(&format!(
        "{APP_SELECT} WHERE ap.status = 'approved' AND ap.report_filed_at IS NULL
           AND e.end_date IS NOT NULL AND date(e.end_date, '+21 days') < ?
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

/// Approved trips without a report whose event ended on or before `ended_by`.
pub async fn reports_not_filed(
    pool: &SqlitePool,
    ended_by: NaiveDate,
) -> sqlx::Result<Vec<ApplicationRow>> {
    sqlx::query_as(&format!(
        "{APP_SELECT} WHERE ap.status = 'approved' AND ap.report_filed_at IS NULL
           AND e.end_date IS NOT NULL AND e.end_date <= ? ORDER BY e.end_date, ap.id"
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
