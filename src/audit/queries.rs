//! SQL for reading the audit log (`/audit`); writing it is `audit::record`.

use sqlx::{FromRow, QueryBuilder, Sqlite, SqlitePool};

/// One row of the log, as stored.
#[derive(Debug, FromRow)]
pub struct LogRow {
    pub id: i64,
    pub at: String,
    pub user_email: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

/// What the log is filtered by; `None` filters nothing.
#[derive(Debug, Default)]
pub struct LogFilter {
    pub entity: Option<String>,
    pub action: Option<String>,
    /// Part of the person's email address.
    pub who: Option<String>,
    /// `YYYY-MM-DD`, both days included.
    pub from: Option<String>,
    pub to: Option<String>,
}

pub async fn count(pool: &SqlitePool, filter: &LogFilter) -> sqlx::Result<i64> {
    let mut query: QueryBuilder<Sqlite> =
        QueryBuilder::new("SELECT count(*) FROM audit_log WHERE 1 = 1");
    push_conditions(filter, &mut query);
    query.build_query_scalar().fetch_one(pool).await
}

/// A page of the log, newest first.
pub async fn page(
    pool: &SqlitePool,
    filter: &LogFilter,
    window: (i64, i64),
) -> sqlx::Result<Vec<LogRow>> {
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT id, at, user_email, action, entity, entity_id, before_json, after_json
         FROM audit_log WHERE 1 = 1",
    );
    push_conditions(filter, &mut query);
    query.push(" ORDER BY id DESC");
    crate::db::push_window(&mut query, Some(window));
    query.build_query_as().fetch_all(pool).await
}

/// The kinds of row the log names, for the filter's choices.
pub async fn entities(pool: &SqlitePool) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT DISTINCT entity FROM audit_log ORDER BY entity")
        .fetch_all(pool)
        .await
}

/// The filters, for the count and for the page's rows alike.
fn push_conditions(filter: &LogFilter, query: &mut QueryBuilder<'_, Sqlite>) {
    if let Some(entity) = &filter.entity {
        query.push(" AND entity = ").push_bind(entity.clone());
    }
    if let Some(action) = &filter.action {
        query.push(" AND action = ").push_bind(action.clone());
    }
    if let Some(who) = &filter.who {
        query
            .push(" AND user_email LIKE ")
            .push_bind(format!("%{}%", who.replace(['%', '_'], "")));
    }
    // Dates are compared on the stored RFC 3339 text, which sorts like time.
    if let Some(from) = &filter.from {
        query.push(" AND at >= ").push_bind(from.clone());
    }
    if let Some(to) = &filter.to {
        query
            .push(" AND at < date(")
            .push_bind(to.clone())
            .push(", '+1 day')");
    }
}
