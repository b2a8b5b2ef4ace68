//! SQL for members; every write audited in its transaction.

use serde::Serialize;
use sqlx::{FromRow, QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

use crate::audit::write::{self, Target};
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::registry::source_queries;
use crate::registry::sources::Source;

#[derive(Debug, Clone, FromRow, Serialize)]
pub struct MemberRow {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub country: String,
    pub als_id: Option<i64>,
    pub active: bool,
    pub joined_on: Option<String>,
    pub notes: String,
    /// The language they read (for messages when they have no account).
    pub language: Option<String>,
    /// Where they heard of LACRALO (`registry::sources`), when known.
    pub source_event_id: Option<i64>,
    pub source_crop_id: Option<i64>,
    pub source_fund_id: Option<i64>,
    pub version: i64,
    #[serde(skip)]
    pub als_name: Option<String>,
    #[serde(skip)]
    pub user_id: Option<i64>,
}

const COLUMNS: &str = "m.id, m.name, m.email, m.country, m.als_id, m.active, m.joined_on, m.notes,
    m.language, m.source_event_id, m.source_crop_id, m.source_fund_id, m.version,
    a.name AS als_name, (SELECT u.id FROM users u WHERE u.member_id = m.id) AS user_id";

/// A member ready to be stored.
#[derive(Debug, Clone)]
pub struct NewMember {
    pub name: String,
    pub email: Option<crate::accounts::email::EmailAddress>,
    pub country: String,
    pub als_id: Option<i64>,
    pub active: bool,
    pub joined_on: Option<chrono::NaiveDate>,
    pub notes: String,
    /// A language code the interface speaks, or `None` when not known.
    pub language: Option<String>,
    /// Where they heard of LACRALO, when known.
    pub source: Option<Source>,
}

impl NewMember {
    /// The day by which their source must have happened: the day they joined, or today.
    fn joined_by(&self) -> chrono::NaiveDate {
        self.joined_on
            .unwrap_or_else(|| chrono::Utc::now().date_naive() + chrono::Days::new(1))
    }
}

impl MemberRow {
    pub fn source(&self) -> Option<Source> {
        Source::from_columns(
            self.source_event_id,
            self.source_crop_id,
            self.source_fund_id,
        )
    }
}

#[derive(Debug, Default, Clone)]
pub struct MemberFilter {
    pub als_id: Option<i64>,
    pub individual: bool,
    pub country: Option<crate::countries::CountryCode>,
    pub active_only: bool,
    pub q: Option<String>,
}

/// Members matching the filter, by name: `limit` of them from `offset` (a page of the
/// list), or all of them (`None`).
pub async fn list(
    pool: &SqlitePool,
    filter: &MemberFilter,
    window: Option<(i64, i64)>,
) -> sqlx::Result<Vec<MemberRow>> {
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT {COLUMNS} FROM members m LEFT JOIN als a ON a.id = m.als_id WHERE 1 = 1"
    ));
    push_conditions(filter, &mut query);
    query.push(" ORDER BY m.name, m.id");
    crate::db::push_window(&mut query, window);
    query.build_query_as().fetch_all(pool).await
}

/// How many members match the filter.
pub async fn count(pool: &SqlitePool, filter: &MemberFilter) -> sqlx::Result<i64> {
    let mut query: QueryBuilder<Sqlite> =
        QueryBuilder::new("SELECT count(*) FROM members m WHERE 1 = 1");
    push_conditions(filter, &mut query);
    query.build_query_scalar().fetch_one(pool).await
}

/// The filter's conditions, after `WHERE 1 = 1` over `members m`.
fn push_conditions(filter: &MemberFilter, query: &mut QueryBuilder<'_, Sqlite>) {
    if let Some(als) = filter.als_id {
        query.push(" AND m.als_id = ").push_bind(als);
    }
    if filter.individual {
        query.push(" AND m.als_id IS NULL");
    }
    if let Some(country) = &filter.country {
        query.push(" AND m.country = ").push_bind(country.clone());
    }
    if filter.active_only {
        query.push(" AND m.active = 1");
    }
    if let Some(q) = &filter.q {
        let pattern = format!("%{}%", q.replace(['%', '_', '\\'], ""));
        query
            .push(" AND (m.name LIKE ")
            .push_bind(pattern.clone())
            .push(" OR m.email LIKE ")
            .push_bind(pattern)
            .push(")");
    }
}

async fn fetch(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<MemberRow>> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM members m LEFT JOIN als a ON a.id = m.als_id WHERE m.id = ?"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await
}

pub async fn get(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<MemberRow>> {
    let mut conn = pool.acquire().await?;
    fetch(&mut conn, id).await
}

/// What became of a write (`audit::write`).
pub type Written = crate::audit::write::Written<MemberRow>;

crate::audit::write::versioned_rows!(MemberRow);

/// The refusal when another member has that email address.
const EMAIL_TAKEN: &str = "member-err-email-taken";

/// The refusals of a source: no longer stored, or after the member joined.
pub const SOURCE_REFUSALS: [&str; 2] = ["source-err-gone", "source-err-after"];

pub async fn create(pool: &SqlitePool, actor: &Actor, m: &NewMember) -> sqlx::Result<Written> {
    write::create(pool, actor, "member", fetch, async |conn| {
        if let Some(source) = m.source
            && let Err(key) = source_queries::check(&mut *conn, source, m.joined_by()).await?
        {
            return Ok(Err(key));
        }
        let now = now_text();
        let (event, crop, fund) = Source::columns(m.source);
        let inserted = sqlx::query_scalar(
            "INSERT INTO members (name, email, email_canonical, country, als_id, active, joined_on, notes,
                language, source_event_id, source_crop_id, source_fund_id, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(&m.name)
        .bind(m.email.as_ref().map(|e| e.as_entered().to_owned()))
        .bind(m.email.as_ref().map(|e| e.canonical().to_owned()))
        .bind(&m.country)
        .bind(m.als_id)
        .bind(m.active)
        .bind(m.joined_on.map(|d| d.to_string()))
        .bind(&m.notes)
        .bind(&m.language)
        .bind(event)
        .bind(crop)
        .bind(fund)
        .bind(&now)
        .bind(&now)
        .fetch_one(conn)
        .await;
        write::refuse_unique_id(inserted, EMAIL_TAKEN)
    })
    .await
}

pub async fn update(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    version: i64,
    m: &NewMember,
) -> sqlx::Result<Written> {
    let target = Target::new(actor, ("member", "update"), id, version);
    write::versioned(pool, target, fetch, async |conn, before| {
        // A source kept as it was is not checked again (its row may be gone since).
        if let Some(source) = m.source
            && before.source() != Some(source)
            && let Err(key) = source_queries::check(&mut *conn, source, m.joined_by()).await?
        {
            return Ok(Err(key));
        }
        let (event, crop, fund) = Source::columns(m.source);
        let updated = sqlx::query(
            "UPDATE members SET name = ?, email = ?, email_canonical = ?, country = ?, als_id = ?,
                active = ?, joined_on = ?, notes = ?, language = ?, source_event_id = ?,
                source_crop_id = ?, source_fund_id = ?, version = version + 1, updated_at = ?
             WHERE id = ? AND version = ?",
        )
        .bind(&m.name)
        .bind(m.email.as_ref().map(|e| e.as_entered().to_owned()))
        .bind(m.email.as_ref().map(|e| e.canonical().to_owned()))
        .bind(&m.country)
        .bind(m.als_id)
        .bind(m.active)
        .bind(m.joined_on.map(|d| d.to_string()))
        .bind(&m.notes)
        .bind(&m.language)
        .bind(event)
        .bind(crop)
        .bind(fund)
        .bind(now_text())
        .bind(id)
        .bind(version)
        .execute(conn)
        .await;
        write::one_row(updated, EMAIL_TAKEN)
    })
    .await
}

/// ALSs a member can belong to (not decertified), for the form's select.
pub async fn als_choices(pool: &SqlitePool) -> sqlx::Result<Vec<(i64, String, String)>> {
    sqlx::query_as("SELECT id, name, country FROM als WHERE status <> 'decertified' ORDER BY name")
        .fetch_all(pool)
        .await
}

/// Accounts that could be linked to a member: not linked to anyone yet.
pub async fn linkable_accounts(pool: &SqlitePool) -> sqlx::Result<Vec<(i64, String, String)>> {
    sqlx::query_as(
        "SELECT id, display_name, email FROM users WHERE member_id IS NULL AND disabled = 0
         ORDER BY display_name",
    )
    .fetch_all(pool)
    .await
}

/// The account linked to a member, if any: (id, name, email).
pub async fn linked_account(
    pool: &SqlitePool,
    member_id: i64,
) -> sqlx::Result<Option<(i64, String, String)>> {
    sqlx::query_as("SELECT id, display_name, email FROM users WHERE member_id = ?")
        .bind(member_id)
        .fetch_optional(pool)
        .await
}

/// Links an account to a member (so the member logs in as themselves), or unlinks it.
pub async fn link_account(
    pool: &SqlitePool,
    actor: &Actor,
    member_id: i64,
    user_id: Option<i64>,
) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let before: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE member_id = ?")
        .bind(member_id)
        .fetch_optional(&mut *tx)
        .await?;
    sqlx::query("UPDATE users SET member_id = NULL WHERE member_id = ?")
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    if let Some(user_id) = user_id {
        let linked =
            sqlx::query("UPDATE users SET member_id = ? WHERE id = ? AND member_id IS NULL")
                .bind(member_id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if linked != 1 {
            return Ok(false);
        }
    }
    audit::record(
        &mut tx,
        actor,
        "link_account",
        "member",
        Some(member_id),
        Some(&before),
        Some(&user_id),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// What a member did, newest first.
pub async fn engagements(
    pool: &SqlitePool,
    member_id: i64,
) -> sqlx::Result<Vec<super::model::EngagementRow>> {
    sqlx::query_as(
        "SELECT e.id, e.als_id, e.member_id, e.event_id, e.kind, e.happened_on, e.description,
            e.recorded_by, NULL AS member_name, ev.title AS event_title
         FROM engagements e LEFT JOIN events ev ON ev.id = e.event_id
         WHERE e.member_id = ? ORDER BY e.happened_on DESC, e.id DESC LIMIT 200",
    )
    .bind(member_id)
    .fetch_all(pool)
    .await
}
