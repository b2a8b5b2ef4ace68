//! SQL for the registry (ALSs here; engagements and coverage in `engagements.rs`); every
//! write audited in its transaction.

use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

use super::model::{AlsRow, AlsStatus, AlsSummary, NewAls, StatusChangeRow};
use crate::audit::write::{self, Target};
use crate::audit::{self, Actor};
use crate::countries::fold;
use crate::db::now_text;

mod engagements;
mod metrics;
pub mod results;

pub use engagements::*;
pub use metrics::*;

const ALS_COLUMNS: &str = "id, name, acronym, country, website, accredited_on, status, notes,
    contact_member_id, version, created_at, updated_at";

/// Last engagement of an ALS: its own, or any of its members'.
/// The last day the ALS or one of its members engaged: two index lookups rather than one
/// OR (the load benchmark's review queue, bench/).
pub const LAST_ENGAGED: &str = "nullif(max(
      coalesce((SELECT max(e.happened_on) FROM engagements e WHERE e.als_id = a.id), ''),
      coalesce((SELECT max(e.happened_on) FROM members m JOIN engagements e ON e.member_id = m.id
                WHERE m.als_id = a.id), '')), '')";

/// Filters of the ALS list.
#[derive(Debug, Default, Clone)]
pub struct AlsFilter {
    /// One ALS only (its page).
    pub id: Option<i64>,
    pub statuses: Vec<AlsStatus>,
    pub country: Option<crate::countries::CountryCode>,
    pub subregion: Option<crate::countries::SubRegion>,
    pub q: Option<String>,
}

/// Every ALS matching the filter (the export, an ALS's page, the review queue).
pub async fn list(pool: &SqlitePool, filter: &AlsFilter) -> sqlx::Result<Vec<AlsSummary>> {
    list_window(pool, filter, None).await
}

/// ALSs matching the filter, by country then name: `limit` of them from `offset` (a page
/// of the list; only those rows compute their subqueries), or all of them (`None`).
pub async fn list_window(
    pool: &SqlitePool,
    filter: &AlsFilter,
    window: Option<(i64, i64)>,
) -> sqlx::Result<Vec<AlsSummary>> {
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT a.id, a.name, a.acronym, a.country, a.website, a.accredited_on, a.status,
            a.created_at,
            (SELECT count(*) FROM members m WHERE m.als_id = a.id AND m.active = 1) AS members,
            {LAST_ENGAGED} AS last_engaged,
            (SELECT kind || '|' || description FROM (
                SELECT * FROM (SELECT e.happened_on, e.id, e.kind, e.description FROM engagements e
                               WHERE e.als_id = a.id ORDER BY e.happened_on DESC, e.id DESC LIMIT 1)
                UNION ALL
                SELECT * FROM (SELECT e.happened_on, e.id, e.kind, e.description
                               FROM members m JOIN engagements e ON e.member_id = m.id
                               WHERE m.als_id = a.id ORDER BY e.happened_on DESC, e.id DESC LIMIT 1))
             ORDER BY happened_on DESC, id DESC LIMIT 1) AS last_evidence
         FROM als a JOIN countries c ON c.iso2 = a.country WHERE 1 = 1"
    ));
    push_conditions(filter, &mut query);
    query.push(" ORDER BY c.name_en, a.name, a.id");
    crate::db::push_window(&mut query, window);
    query.build_query_as().fetch_all(pool).await
}

/// How many ALSs match the filter.
pub async fn count(pool: &SqlitePool, filter: &AlsFilter) -> sqlx::Result<i64> {
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT count(*) FROM als a JOIN countries c ON c.iso2 = a.country WHERE 1 = 1",
    );
    push_conditions(filter, &mut query);
    query.build_query_scalar().fetch_one(pool).await
}

/// The filter's conditions, after `WHERE 1 = 1` over `als a JOIN countries c`.
fn push_conditions(filter: &AlsFilter, query: &mut QueryBuilder<'_, Sqlite>) {
    if let Some(id) = filter.id {
        query.push(" AND a.id = ").push_bind(id);
    }
    if !filter.statuses.is_empty() {
        query.push(" AND a.status IN (");
        let mut list = query.separated(", ");
        for s in &filter.statuses {
            list.push_bind(s.as_str());
        }
        query.push(")");
    }
    if let Some(country) = &filter.country {
        query.push(" AND a.country = ").push_bind(country.clone());
    }
    if let Some(subregion) = &filter.subregion {
        query
            .push(" AND c.lacralo_subregion = ")
            .push_bind(*subregion);
    }
    if let Some(q) = &filter.q {
        let pattern = format!("%{}%", q.replace(['%', '_', '\\'], ""));
        query
            .push(" AND (a.name LIKE ")
            .push_bind(pattern.clone())
            .push(" OR a.acronym LIKE ")
            .push_bind(pattern)
            .push(")");
    }
}

pub async fn get(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<AlsRow>> {
    sqlx::query_as(&format!("SELECT {ALS_COLUMNS} FROM als WHERE id = ?"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

async fn fetch(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<AlsRow>> {
    sqlx::query_as(&format!("SELECT {ALS_COLUMNS} FROM als WHERE id = ?"))
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// What became of a write: the one answer of every audited write (`audit::write`).
pub type Written = crate::audit::write::Written<AlsRow>;

crate::audit::write::versioned_rows!(AlsRow);

/// The refusal when another ALS of that name is in that country.
const DUPLICATE: &str = "als-err-duplicate";

pub async fn create(pool: &SqlitePool, actor: &Actor, als: &NewAls) -> sqlx::Result<Written> {
    write::create(pool, actor, "als", fetch, async |conn| {
        insert(conn, als).await
    })
    .await
}

/// `create` inside the caller's transaction: an accredited application becomes an ALS in
/// the same write that records the ALAC vote (`registry::applications`).
pub async fn create_in(
    conn: &mut SqliteConnection,
    actor: &Actor,
    als: &NewAls,
) -> sqlx::Result<Written> {
    write::create_in(conn, actor, "als", fetch, async |conn| {
        insert(conn, als).await
    })
    .await
}

async fn insert(
    conn: &mut SqliteConnection,
    als: &NewAls,
) -> sqlx::Result<Result<i64, &'static str>> {
    {
        let now = now_text();
        let inserted = sqlx::query_scalar(
            "INSERT INTO als (name, name_key, acronym, country, website, accredited_on, notes,
                created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&als.name)
        .bind(fold(&als.name))
        .bind(&als.acronym)
        .bind(&als.country)
        .bind(&als.website)
        .bind(als.accredited_on.map(|d| d.to_string()))
        .bind(&als.notes)
        .bind(&now)
        .bind(&now)
        .fetch_one(conn)
        .await;
        write::refuse_unique_id(inserted, DUPLICATE)
    }
}

pub async fn update(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    als: &NewAls,
) -> sqlx::Result<Written> {
    let target = Target::new(actor, ("als", "update"), id, version);
    write::versioned(pool, target, fetch, async |conn, _| {
        let updated = sqlx::query(
            "UPDATE als SET name = ?, name_key = ?, acronym = ?, country = ?, website = ?,
                accredited_on = ?, notes = ?, version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?",
        )
        .bind(&als.name)
        .bind(fold(&als.name))
        .bind(&als.acronym)
        .bind(&als.country)
        .bind(&als.website)
        .bind(als.accredited_on.map(|d| d.to_string()))
        .bind(&als.notes)
        .bind(now_text())
        .bind(id)
        .bind(version)
        .execute(conn)
        .await;
        write::one_row(updated, DUPLICATE)
    })
    .await
}

/// Moves an ALS to another status with a reason, recording the change. Several at once
/// (the review queue) go in one transaction: all or none. The review queue's selection
/// carries no versions: an ALS already at the status is left as it is.
pub async fn change_status(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    ids: &[i64],
    to: AlsStatus,
    reason: &str,
) -> sqlx::Result<u64> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let mut changed = 0;
    for &id in ids {
        let change = StatusChange {
            id,
            version: None,
            to,
            reason,
        };
        if change_in(&mut tx, site, actor, &change, &now).await? == StatusChanged::Done {
            changed += 1;
        }
    }
    tx.commit().await?;
    Ok(changed)
}

/// What one ALS's status change found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusChanged {
    Done,
    /// Already at that status: nothing written.
    Unchanged,
    /// The ALS changed since the form was shown (its version moved on): nothing written.
    Conflict,
    NotFound,
}

/// One status change as the ALS page sends it: for the version the person saw.
pub struct StatusChange<'a> {
    pub id: i64,
    /// `None`: whatever the ALS's version (the review queue).
    pub version: Option<i64>,
    pub to: AlsStatus,
    pub reason: &'a str,
}

/// The ALS page's status change, checked against the version the form showed in the
/// statement that writes: of two leaders changing the same ALS at once, the second finds
/// the version moved on and is shown the conflict.
pub async fn change_one_status(
    pool: &SqlitePool,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    change: &StatusChange<'_>,
) -> sqlx::Result<StatusChanged> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let outcome = change_in(&mut tx, site, actor, change, &now_text()).await?;
    tx.commit().await?;
    Ok(outcome)
}

async fn change_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    site: crate::outbox::Site<'_>,
    actor: &Actor,
    change: &StatusChange<'_>,
    now: &str,
) -> sqlx::Result<StatusChanged> {
    let (id, to) = (change.id, change.to);
    let Some(before) = fetch(tx, id).await? else {
        return Ok(StatusChanged::NotFound);
    };
    if change.version.is_some_and(|v| v != before.version) {
        return Ok(StatusChanged::Conflict);
    }
    if before.status == to {
        return Ok(StatusChanged::Unchanged);
    }
    let updated = sqlx::query(
        "UPDATE als SET status = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND (?4 IS NULL OR version = ?4)",
    )
    .bind(to.as_str())
    .bind(now)
    .bind(id)
    .bind(change.version)
    .execute(&mut **tx)
    .await?;
    if updated.rows_affected() == 0 {
        return Ok(StatusChanged::Conflict);
    }
    let change_id: i64 = sqlx::query_scalar(
        "INSERT INTO als_status_changes (als_id, from_status, to_status, reason, changed_by, changed_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(id)
    .bind(before.status)
    .bind(to.as_str())
    .bind(change.reason)
    .bind(&actor.email)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    let after = fetch(tx, id).await?;
    if let Some(after) = &after {
        super::nudges::status_changed(tx, site, after, before.status(), change_id, change.reason)
            .await?;
    }
    audit::record(
        tx,
        actor,
        "change_status",
        "als",
        Some(id),
        Some(&before),
        after.as_ref(),
    )
    .await?;
    Ok(StatusChanged::Done)
}

pub async fn status_history(pool: &SqlitePool, id: i64) -> sqlx::Result<Vec<StatusChangeRow>> {
    sqlx::query_as(
        "SELECT from_status, to_status, reason, changed_by, changed_at FROM als_status_changes
         WHERE als_id = ? ORDER BY changed_at DESC, id DESC",
    )
    .bind(id)
    .fetch_all(pool)
    .await
}

pub async fn member_count(pool: &SqlitePool, id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM members WHERE als_id = ?")
        .bind(id)
        .fetch_one(pool)
        .await
}

pub enum Deleted {
    Done,
    HasMembers(i64),
    NotFound,
}

/// Deletes an ALS that has no members (one with members is decertified instead).
pub async fn delete(pool: &SqlitePool, actor: &Actor, id: i64) -> sqlx::Result<Deleted> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let Some(before) = fetch(&mut tx, id).await? else {
        return Ok(Deleted::NotFound);
    };
    let members: i64 = sqlx::query_scalar("SELECT count(*) FROM members WHERE als_id = ?")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    if members > 0 {
        return Ok(Deleted::HasMembers(members));
    }
    sqlx::query("DELETE FROM als WHERE id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        actor,
        "delete",
        "als",
        Some(id),
        Some(&before),
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(Deleted::Done)
}
