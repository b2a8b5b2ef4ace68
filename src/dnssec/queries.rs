//! SQL for the DNSSEC pipeline; every write audited in its transaction, every edit checked
//! against the version it was read at.

use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

use super::model::{ContactRow, ContactSummary, NewContact, Stage, StageChangeRow, Tally};
use crate::audit::Actor;
use crate::audit::write::{self, Target};
use crate::countries::fold;
use crate::db::now_text;

const COLUMNS: &str =
    "id, organisation, kind, country, contact_name, contact_email, als_id, contacted_on,
    gse_owner_id, stage, training_event_id, signed_zones, notes, version, created_at, updated_at";

/// The audit log's name for a contact.
const ENTITY: &str = "dnssec_contact";

/// Filters of the list and the board; `None` is "any".
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ContactFilter {
    /// One contact only (its page).
    pub id: Option<i64>,
    pub country: Option<crate::countries::CountryCode>,
    pub subregion: Option<crate::countries::SubRegion>,
    pub stage: Option<Stage>,
    pub als_id: Option<i64>,
    pub owner_id: Option<i64>,
    /// Part of the organisation's name, accents and case aside.
    pub q: Option<String>,
}

pub async fn list(pool: &SqlitePool, filter: &ContactFilter) -> sqlx::Result<Vec<ContactSummary>> {
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT d.id, d.organisation, d.kind, d.country, d.contact_name, d.contact_email,
            d.als_id, a.name AS als_name, d.contacted_on, d.gse_owner_id,
            u.display_name AS owner_name, d.stage, d.training_event_id,
            e.title AS event_title,
            coalesce(e.start_date, CASE WHEN e.month IS NOT NULL THEN printf('%04d-%02d', e.year, e.month) ELSE CAST(e.year AS TEXT) END) AS event_date,
            d.signed_zones, d.notes, d.version, d.created_at, d.updated_at
         FROM dnssec_contacts d
         JOIN countries c ON c.iso2 = d.country
         LEFT JOIN als a ON a.id = d.als_id
         LEFT JOIN users u ON u.id = d.gse_owner_id
         LEFT JOIN events e ON e.id = d.training_event_id
         WHERE 1 = 1",
    );
    if let Some(id) = filter.id {
        query.push(" AND d.id = ").push_bind(id);
    }
    if let Some(country) = &filter.country {
        query.push(" AND d.country = ").push_bind(country.clone());
    }
    if let Some(subregion) = &filter.subregion {
        query
            .push(" AND c.lacralo_subregion = ")
            .push_bind(*subregion);
    }
    if let Some(stage) = filter.stage {
        query.push(" AND d.stage = ").push_bind(stage.as_str());
    }
    if let Some(als) = filter.als_id {
        query.push(" AND d.als_id = ").push_bind(als);
    }
    if let Some(owner) = filter.owner_id {
        query.push(" AND d.gse_owner_id = ").push_bind(owner);
    }
    if let Some(q) = &filter.q {
        // The key is folded (lower case, no accents): so is what is searched for.
        let pattern = format!("%{}%", fold(q).replace(['%', '_', '\\'], ""));
        query
            .push(" AND d.organisation_key LIKE ")
            .push_bind(pattern);
    }
    query.push(" ORDER BY c.name_en, d.organisation_key, d.id");
    query.build_query_as().fetch_all(pool).await
}

/// One contact with the names of its ALS, owner and event.
pub async fn details(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<ContactSummary>> {
    let filter = ContactFilter {
        id: Some(id),
        ..Default::default()
    };
    Ok(list(pool, &filter).await?.into_iter().next())
}

pub async fn get(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<ContactRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM dnssec_contacts WHERE id = ?"
    ))
    .bind(id)
    .fetch_optional(pool)
    .await
}

async fn fetch(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<ContactRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM dnssec_contacts WHERE id = ?"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// What became of a write (`audit::write`).
pub type Written = crate::audit::write::Written<ContactRow>;

crate::audit::write::versioned_rows!(ContactRow);

/// The refusal when that organisation already has a contact in that country.
const DUPLICATE: &str = "dnssec-err-duplicate";

async fn record_stage(
    conn: &mut SqliteConnection,
    actor: &Actor,
    id: i64,
    from: Option<Stage>,
    to: Stage,
    reason: &str,
    now: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO dnssec_stage_changes (contact_id, from_stage, to_stage, reason, changed_by, changed_at)
         VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(from.map(Stage::as_str))
    .bind(to.as_str())
    .bind(reason.trim())
    .bind(&actor.email)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Stores a new contact and the stage it starts at (the first row of its history).
pub async fn insert(pool: &SqlitePool, actor: &Actor, c: &NewContact) -> sqlx::Result<Written> {
    write::create(pool, actor, ENTITY, fetch, async |conn| {
        let now = now_text();
        let inserted = sqlx::query_scalar(
            "INSERT INTO dnssec_contacts (organisation, organisation_key, kind, country, contact_name,
                contact_email, als_id, contacted_on, gse_owner_id, stage, training_event_id,
                signed_zones, notes, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&c.organisation)
        .bind(fold(&c.organisation))
        .bind(c.kind.as_str())
        .bind(&c.country)
        .bind(&c.contact_name)
        .bind(&c.contact_email)
        .bind(c.als_id)
        .bind(c.contacted_on.map(|d| d.to_string()))
        .bind(c.gse_owner_id)
        .bind(c.stage.as_str())
        .bind(c.training_event_id)
        .bind(c.signed_zones)
        .bind(&c.notes)
        .bind(&now)
        .bind(&now)
        .fetch_one(&mut *conn)
        .await;
        let id = match write::refuse_unique_id(inserted, DUPLICATE)? {
            Ok(id) => id,
            Err(key) => return Ok(Err(key)),
        };
        record_stage(conn, actor, id, None, c.stage, "", &now).await?;
        Ok(Ok(id))
    })
    .await
}

/// Saves the whole contact if it is still at `version`; a change of stage goes to the
/// history with `reason`.
pub async fn update(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    c: &NewContact,
    reason: &str,
) -> sqlx::Result<Written> {
    let target = Target::new(actor, (ENTITY, "update"), id, version);
    write::versioned(pool, target, fetch, async |conn, before| {
        let now = now_text();
        let updated = sqlx::query(
            "UPDATE dnssec_contacts SET organisation = ?, organisation_key = ?, kind = ?, country = ?,
                contact_name = ?, contact_email = ?, als_id = ?, contacted_on = ?, gse_owner_id = ?,
                stage = ?, training_event_id = ?, signed_zones = ?, notes = ?,
                version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?",
        )
        .bind(&c.organisation)
        .bind(fold(&c.organisation))
        .bind(c.kind.as_str())
        .bind(&c.country)
        .bind(&c.contact_name)
        .bind(&c.contact_email)
        .bind(c.als_id)
        .bind(c.contacted_on.map(|d| d.to_string()))
        .bind(c.gse_owner_id)
        .bind(c.stage.as_str())
        .bind(c.training_event_id)
        .bind(c.signed_zones)
        .bind(&c.notes)
        .bind(&now)
        .bind(id)
        .bind(version)
        .execute(&mut *conn)
        .await;
        if let Err(key) = write::one_row(updated, DUPLICATE)? {
            return Ok(Err(key));
        }
        if before.stage() != c.stage {
            record_stage(conn, actor, id, Some(before.stage()), c.stage, reason, &now).await?;
        }
        Ok(Ok(()))
    })
    .await
}

/// Moves a contact that is still at `version` to another stage, recording why. The same
/// stage changes nothing.
pub async fn change_stage(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    to: Stage,
    reason: &str,
) -> sqlx::Result<Written> {
    let target = Target::new(actor, (ENTITY, "change_stage"), id, version);
    write::versioned(pool, target, fetch, async |conn, before| {
        if before.stage() == to {
            return Ok(Ok(()));
        }
        let now = now_text();
        let updated = sqlx::query(
            "UPDATE dnssec_contacts SET stage = ?, version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?",
        )
        .bind(to.as_str())
        .bind(&now)
        .bind(id)
        .bind(version)
        .execute(&mut *conn)
        .await;
        if let Err(key) = write::one_row(updated, write::STALE)? {
            return Ok(Err(key));
        }
        record_stage(conn, actor, id, Some(before.stage()), to, reason, &now).await?;
        Ok(Ok(()))
    })
    .await
}

/// The contact's stage history, latest first.
pub async fn history(pool: &SqlitePool, id: i64) -> sqlx::Result<Vec<StageChangeRow>> {
    sqlx::query_as(
        "SELECT from_stage, to_stage, reason, changed_by, changed_at FROM dnssec_stage_changes
         WHERE contact_id = ? ORDER BY changed_at DESC, id DESC",
    )
    .bind(id)
    .fetch_all(pool)
    .await
}

/// `stage IN ('…', …)` for a stage and every later one. The values are the enum's own
/// constants, never anything typed.
fn at_or_after(stage: Stage) -> String {
    let list: Vec<String> = stage
        .and_later()
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect();
    format!("d.stage IN ({})", list.join(", "))
}

fn tally_sql(place: &str) -> String {
    format!(
        "SELECT {place} AS place, count(*) AS organisations,
            sum({}) AS contacted, sum({}) AS trained, sum(d.stage = '{}') AS signing,
            sum(d.signed_zones) AS signed_zones
         FROM dnssec_contacts d JOIN countries c ON c.iso2 = d.country
         GROUP BY {place} ORDER BY {place}",
        at_or_after(Stage::Contacted),
        at_or_after(Stage::Trained),
        Stage::Signing.as_str(),
    )
}

/// The pipeline's numbers per country (only countries with contacts).
pub async fn summary_by_country(pool: &SqlitePool) -> sqlx::Result<Vec<Tally>> {
    sqlx::query_as(&tally_sql("c.iso2")).fetch_all(pool).await
}

/// The pipeline's numbers per LACRALO sub-region (only sub-regions with contacts).
pub async fn summary_by_subregion(pool: &SqlitePool) -> sqlx::Result<Vec<Tally>> {
    sqlx::query_as(&tally_sql("c.lacralo_subregion"))
        .fetch_all(pool)
        .await
}

/// ALSs that can make contact: active and less active ones, plus `keep` (the one a contact
/// already names, whatever its status now). (id, name, country)
pub async fn als_choices(
    pool: &SqlitePool,
    keep: Option<i64>,
) -> sqlx::Result<Vec<(i64, String, String)>> {
    sqlx::query_as(
        "SELECT id, name, country FROM als
         WHERE status IN ('active', 'less_active') OR id = ?
         ORDER BY name_key, id",
    )
    .bind(keep)
    .fetch_all(pool)
    .await
}

/// People who can follow up: GSE staff and leadership accounts that are not disabled, plus
/// `keep`. (id, display name)
pub async fn owner_choices(
    pool: &SqlitePool,
    keep: Option<i64>,
) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT id, display_name FROM users
         WHERE (role IN ('gse_staff', 'leadership') AND disabled = 0) OR id = ?
         ORDER BY display_name, id",
    )
    .bind(keep)
    .fetch_all(pool)
    .await
}

/// An event a training can be: (id, title, start date, month, year).
pub type EventChoice = (i64, String, Option<String>, Option<i64>, i64);

/// Trainings and webinars, newest first, plus `keep`.
pub async fn event_choices(pool: &SqlitePool, keep: Option<i64>) -> sqlx::Result<Vec<EventChoice>> {
    sqlx::query_as(
        "SELECT id, title, start_date, month, year FROM events
         WHERE kind IN ('training', 'webinar') OR id = ?
         ORDER BY year DESC, coalesce(start_date, printf('%04d-%02d-99', year, coalesce(month, 12))) DESC, id DESC",
    )
    .bind(keep)
    .fetch_all(pool)
    .await
}
