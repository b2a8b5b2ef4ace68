//! `/audit`: the log, newest first, filtered by entity, action, person and dates.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use serde::Deserialize;
use sqlx::{FromRow, QueryBuilder, Sqlite};

use crate::error::AppResult;
use crate::state::AppState;
use crate::web::PageCtx;
use crate::web::i18n::timestamp;
use crate::web::pager::Pager;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AuditQuery {
    pub entity: String,
    pub action: String,
    pub who: String,
    pub from: String,
    pub to: String,
    pub page: String,
}

#[derive(Debug, FromRow)]
struct Row {
    id: i64,
    at: String,
    user_email: Option<String>,
    action: String,
    entity: String,
    entity_id: Option<String>,
    before_json: Option<String>,
    after_json: Option<String>,
}

pub struct Entry {
    pub id: i64,
    pub at: String,
    pub who: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub before: String,
    pub after: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "audit/list.html")]
pub struct AuditPage {
    pub ctx: PageCtx,
    pub q: AuditQuery,
    pub entries: Vec<Entry>,
    pub entities: Vec<String>,
    pub pager: Pager,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<AuditQuery>,
) -> AppResult<AuditPage> {
    let asked = Pager::parse(&q.page)?;
    let mut count: QueryBuilder<Sqlite> =
        QueryBuilder::new("SELECT count(*) FROM audit_log WHERE 1 = 1");
    push_conditions(&q, &mut count);
    let total: i64 = count.build_query_scalar().fetch_one(&state.pool).await?;
    // The filters without the page, for the links between pages (the serializer is not
    // Send, so it lives in a block of its own).
    let filters = {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("entity", &q.entity),
            ("action", &q.action),
            ("who", &q.who),
            ("from", &q.from),
            ("to", &q.to),
        ] {
            if !v.is_empty() {
                s.append_pair(k, v);
            }
        }
        s.finish()
    };
    let pager = Pager::new(ctx.lang, asked, total, "/audit", &filters);
    let mut query: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT id, at, user_email, action, entity, entity_id, before_json, after_json
         FROM audit_log WHERE 1 = 1",
    );
    push_conditions(&q, &mut query);
    query.push(" ORDER BY id DESC");
    crate::db::push_window(&mut query, Some(pager.window()));
    let rows: Vec<Row> = query.build_query_as().fetch_all(&state.pool).await?;
    let entities: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT entity FROM audit_log ORDER BY entity")
            .fetch_all(&state.pool)
            .await?;
    let pretty = |j: Option<String>| {
        j.and_then(|j| serde_json::from_str::<serde_json::Value>(&j).ok())
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or_default()
    };
    let entries = rows
        .into_iter()
        .map(|r| Entry {
            id: r.id,
            at: timestamp(&r.at, ctx.lang),
            who: r.user_email.unwrap_or_default(),
            action: r.action,
            entity: r.entity,
            entity_id: r.entity_id.unwrap_or_default(),
            before: pretty(r.before_json),
            after: pretty(r.after_json),
        })
        .collect();
    Ok(AuditPage {
        ctx,
        q,
        entries,
        entities,
        pager,
    })
}

/// The filters, for the count and for the page's rows alike.
fn push_conditions(q: &AuditQuery, query: &mut QueryBuilder<'_, Sqlite>) {
    if !q.entity.trim().is_empty() {
        query
            .push(" AND entity = ")
            .push_bind(q.entity.trim().to_owned());
    }
    if !q.action.trim().is_empty() {
        query
            .push(" AND action = ")
            .push_bind(q.action.trim().to_owned());
    }
    if !q.who.trim().is_empty() {
        query
            .push(" AND user_email LIKE ")
            .push_bind(format!("%{}%", q.who.trim().replace(['%', '_'], "")));
    }
    // Dates are compared on the stored RFC 3339 text, which sorts like time.
    if q.from.len() == 10 {
        query.push(" AND at >= ").push_bind(q.from.clone());
    }
    if q.to.len() == 10 {
        query
            .push(" AND at < date(")
            .push_bind(q.to.clone())
            .push(", '+1 day')");
    }
}
