//! `/audit`: the log, newest first, filtered by entity, action, person and dates.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use serde::Deserialize;

use super::queries::{self, LogFilter};
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

pub struct Entry {
    pub id: i64,
    pub at: String,
    pub who: String,
    /// What was done, in words ("Changed the status"), and its code for the filter.
    pub action: String,
    pub action_code: String,
    /// The kind of record, in words ("CROP application").
    pub entity: String,
    pub entity_id: String,
    /// The record's page, when it has one.
    pub link: Option<String>,
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
    let filter = q.filter();
    let total = queries::count(&state.pool, &filter).await?;
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
    let rows = queries::page(&state.pool, &filter, pager.window()).await?;
    let entities = queries::entities(&state.pool).await?;
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
            action: words(ctx.lang, "audit-do", &r.action),
            // A deleted record has no page left to link to.
            link: r
                .entity_id
                .as_deref()
                .filter(|_| r.action != "delete")
                .and_then(|id| page_of(&r.entity, id)),
            action_code: r.action,
            entity: words(ctx.lang, "audit-what", &r.entity),
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

impl AuditQuery {
    /// The filters as the log's queries take them: blanks filter nothing; a date is one
    /// only when it has the ten characters of `YYYY-MM-DD` (the date inputs send).
    fn filter(&self) -> LogFilter {
        let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let day = |s: &str| Some(s.to_owned()).filter(|s| s.len() == 10);
        LogFilter {
            entity: text(&self.entity),
            action: text(&self.action),
            who: text(&self.who),
            from: day(&self.from),
            to: day(&self.to),
        }
    }
}

/// A code of the log in words: `<prefix>-<code>` (`_` as `-`) in `audit.ftl`, or, for a
/// code without one, the code with spaces, so nothing new is ever hidden.
fn words(lang: crate::web::Lang, prefix: &str, code: &str) -> String {
    let key = format!("{prefix}-{}", code.replace('_', "-"));
    if lang.has_own(&key) {
        lang.t(&key)
    } else {
        code.replace('_', " ")
    }
}

/// The page of a record the log names, for the kinds that have one.
fn page_of(entity: &str, id: &str) -> Option<String> {
    let id: i64 = id.parse().ok()?;
    let path = match entity {
        "event" => format!("/events/{id}"),
        "webinar" => format!("/webinars/{id}"),
        "als" => format!("/als/{id}"),
        "member" => format!("/members/{id}"),
        "als_application" => format!("/als/applications/{id}"),
        "crop_opportunity" => format!("/crop/{id}"),
        "crop_application" | "crop_trip" => format!("/crop/applications/{id}"),
        "fund_request" => format!("/funds/{id}"),
        "dnssec_contact" => format!("/dnssec/{id}"),
        _ => return None,
    };
    Some(path)
}
