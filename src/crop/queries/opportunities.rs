//! SQL for CROP opportunities: listing, opening, editing, and moving through the phases.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::super::model::{OpportunityRow, Phase};
use super::super::notify;
use super::super::rules::FiscalYear;
use super::{OPP_SELECT, Written};
use crate::audit::write::{self, Target};
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::outbox::Site;
use crate::web::Lang;

pub async fn opportunities(
    pool: &SqlitePool,
    with_drafts: bool,
    fiscal_year: Option<FiscalYear>,
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
    pub fiscal_year: FiscalYear,
    pub slots: i64,
    pub subregion: crate::countries::SubRegion,
    pub priority_ends_on: NaiveDate,
    pub deadline_on: NaiveDate,
    pub time_zone: String,
    pub deadline_at: DateTime<Utc>,
    pub notes: String,
    /// The event is an ICANN Public Meeting or an ICANN-organised regional meeting.
    pub icann_meeting: bool,
}

pub(super) fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Creates a draft; an event with an opportunity already is refused by the table's UNIQUE
/// constraint (`crop-err-event-taken`).
pub async fn create_opportunity(
    pool: &SqlitePool,
    actor: &Actor,
    new: &NewOpportunity,
) -> sqlx::Result<Written<OpportunityRow>> {
    write::create(pool, actor, "crop_opportunity", fetch, async |conn| {
        let now = now_text();
        let inserted = sqlx::query_scalar(
            "INSERT INTO crop_opportunities (event_id, fiscal_year, slots, subregion,
                priority_ends_on, deadline_on, time_zone, deadline_at, notes, icann_meeting,
                created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(new.event_id)
        .bind(new.fiscal_year)
        .bind(new.slots)
        .bind(new.subregion)
        .bind(new.priority_ends_on.to_string())
        .bind(new.deadline_on.to_string())
        .bind(&new.time_zone)
        .bind(stamp(new.deadline_at))
        .bind(&new.notes)
        .bind(new.icann_meeting)
        .bind(&now)
        .bind(&now)
        .fetch_one(conn)
        .await;
        write::refuse_unique_id(inserted, "crop-err-event-taken")
    })
    .await
}

/// Changes an opportunity's terms (not its event or sub-region) on the version read.
pub async fn update_opportunity(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    new: &NewOpportunity,
) -> sqlx::Result<Written<OpportunityRow>> {
    let target = Target::new(actor, ("crop_opportunity", "update"), id, version);
    write::versioned(pool, target, fetch, async |conn, _| {
        let updated = sqlx::query(
            "UPDATE crop_opportunities SET fiscal_year = ?, slots = ?, priority_ends_on = ?,
                deadline_on = ?, time_zone = ?, deadline_at = ?, notes = ?, icann_meeting = ?,
                version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?",
        )
        .bind(new.fiscal_year)
        .bind(new.slots)
        .bind(new.priority_ends_on.to_string())
        .bind(new.deadline_on.to_string())
        .bind(&new.time_zone)
        .bind(stamp(new.deadline_at))
        .bind(&new.notes)
        .bind(new.icann_meeting)
        .bind(now_text())
        .bind(id)
        .bind(version)
        .execute(conn)
        .await;
        write::one_row(updated, write::STALE)
    })
    .await
}

/// The opportunity as a write reads it, inside its transaction.
async fn fetch(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<OpportunityRow>> {
    opportunity(conn, id).await
}

crate::audit::write::versioned_rows!(OpportunityRow);

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
        notify::announce(&mut tx, site, after, sender).await?;
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

/// Events an opportunity can be opened for: with a day and a country, not cancelled, and
/// with none yet; CROP candidates first, then the rest, latest first (1,000 at most). Each
/// as (id, title, start date, relevance).
pub async fn events_without_opportunity(
    pool: &SqlitePool,
) -> sqlx::Result<Vec<(i64, String, String, String)>> {
    sqlx::query_as(
        "SELECT e.id, e.title, e.start_date, e.relevance FROM events e
         WHERE e.date_precision = 'day' AND e.country IS NOT NULL AND e.status != 'cancelled'
           AND e.id NOT IN (SELECT event_id FROM crop_opportunities)
         ORDER BY e.relevance != 'crop_candidate', e.start_date DESC LIMIT 1000",
    )
    .fetch_all(pool)
    .await
}
