//! SQL for CROP applications as members make them: apply, edit, withdraw, report.

use sqlx::{SqliteConnection, SqlitePool};

use super::super::model::{ApplicationRow, Assessment, NewApplication};
use super::super::notify::{self, Receipt};
use super::{APP_SELECT, Written};
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::events::follows::{self, FollowTarget};
use crate::outbox::Site;

/// The member record behind an account, with what eligibility needs.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberFacts {
    pub member_id: i64,
    pub name: String,
    pub email: Option<String>,
    pub active: bool,
    pub country: String,
    pub subregion: crate::countries::SubRegion,
    pub als_id: Option<i64>,
    pub als_name: Option<String>,
    pub als_status: Option<crate::registry::model::AlsStatus>,
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
    // A member who withdrew applies again on the same row (one application per member
    // and opportunity): submitted once more, with what they write now.
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO crop_applications (opportunity_id, member_id, user_id, in_subregion,
            motivation, outreach_plan, languages, travel_needs, created_at, updated_at)
         SELECT o.id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM crop_opportunities o
         WHERE o.id = ? AND o.deadline_at > ?
           AND (o.phase = 'open_to_all' OR (o.phase = 'subregion' AND ? = 1))
         ON CONFLICT (opportunity_id, member_id) DO UPDATE SET
            status = 'submitted', user_id = excluded.user_id, in_subregion = excluded.in_subregion,
            motivation = excluded.motivation, outreach_plan = excluded.outreach_plan,
            languages = excluded.languages, travel_needs = excluded.travel_needs,
            decision_reason = '', decided_by = NULL, decided_at = NULL,
            version = crop_applications.version + 1, updated_at = excluded.updated_at
         WHERE crop_applications.status = 'withdrawn'
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
            travel_needs = ?, info_requested_at = NULL, version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status IN ('submitted', 'shortlisted')
           AND (info_requested_at IS NOT NULL
                OR (SELECT deadline_at FROM crop_opportunities o WHERE o.id = opportunity_id) > ?)",
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
pub(super) async fn why_not(
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

/// Files (or corrects) the trip assessment of an approved application.
pub async fn file_report(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    report: &Assessment,
) -> sqlx::Result<Written<ApplicationRow>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let updated = sqlx::query(
        "UPDATE crop_applications SET report = ?, report_objectives = ?, report_activities = ?,
            report_people_reached = ?, report_contacts = ?, report_follow_up = ?,
            report_language = ?, report_english = ?,
            report_filed_at = coalesce(report_filed_at, ?), version = version + 1, updated_at = ?
         WHERE id = ? AND version = ? AND status = 'approved'",
    )
    .bind(&report.results)
    .bind(&report.objectives)
    .bind(&report.activities)
    .bind(report.people_reached)
    .bind(&report.contacts)
    .bind(&report.follow_up)
    .bind(report.language)
    .bind(&report.english)
    .bind(&now)
    .bind(&now)
    .bind(id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return why_not(&mut tx, id, version).await;
    }
    // A filed report says the trip happened.
    super::trips::record_trip_engagement(&mut tx, id, &actor.email).await?;
    audit::record(
        &mut tx,
        actor,
        "file_report",
        "crop_application",
        Some(id),
        audit::NOTHING,
        Some(report),
    )
    .await?;
    tx.commit().await?;
    Ok(Written::Done(id))
}
