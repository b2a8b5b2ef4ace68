//! `/outbox` (leadership): the messages by status (waiting, failed with the server's
//! answer, sent), a page at a time; a failed or waiting one can be tried again at once, or
//! marked as sent by hand when leadership sent it themselves.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::queries::{self, HandAction, MessageRow};
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::i18n::timestamp;
use crate::web::pager::Pager;
use crate::web::{PageCtx, flash};

/// The tabs of the page, each a set of statuses.
const TABS: &[(&str, &[&str])] = &[
    ("pending", &["pending"]),
    ("failed", &["failed"]),
    ("sent", &["sent", "sent_by_hand"]),
];

pub struct Tab {
    pub value: &'static str,
    pub label: String,
    pub count: i64,
    pub current: bool,
}

pub struct Message {
    pub row: MessageRow,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub next_attempt_at: String,
    pub kind_label: String,
    pub can_handle: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "outbox/list.html")]
pub struct OutboxPage {
    pub ctx: PageCtx,
    pub smtp_configured: bool,
    pub tabs: Vec<Tab>,
    pub status: &'static str,
    pub messages: Vec<Message>,
    pub pager: Pager,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OutboxQuery {
    pub status: String,
    pub page: String,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<OutboxQuery>,
) -> AppResult<OutboxPage> {
    let status = match q.status.as_str() {
        "" => "pending",
        s => TABS
            .iter()
            .find(|(name, _)| *name == s)
            .map(|(name, _)| *name)
            .ok_or(AppError::BadRequest("error-filter-text"))?,
    };
    let statuses = TABS
        .iter()
        .find(|(name, _)| *name == status)
        .map_or(&["pending"][..], |(_, s)| *s);
    let mut tabs = Vec::new();
    for (name, set) in TABS {
        tabs.push(Tab {
            value: name,
            label: ctx.t(&format!("outbox-tab-{name}")),
            count: queries::count(&state.pool, set).await?,
            current: *name == status,
        });
    }
    let total = tabs.iter().find(|t| t.current).map_or(0, |t| t.count);
    let pager = Pager::new(
        ctx.lang,
        Pager::parse(&q.page)?,
        total,
        "/outbox",
        &format!("status={status}"),
    );
    let lang = ctx.lang;
    let messages = queries::messages(&state.pool, statuses, pager.window())
        .await?
        .into_iter()
        .map(|row| Message {
            created_at: timestamp(&row.created_at, lang),
            sent_at: row.sent_at.as_deref().map(|t| timestamp(t, lang)),
            next_attempt_at: timestamp(&row.next_attempt_at, lang),
            kind_label: super::Kind::parse(&row.kind)
                .map_or_else(|| row.kind.clone(), |k| lang.t(&k.label_key())),
            can_handle: matches!(row.status.as_str(), "pending" | "failed"),
            row,
        })
        .collect();
    Ok(OutboxPage {
        smtp_configured: state.settings.smtp_url.is_some(),
        tabs,
        status,
        messages,
        pager,
        ctx,
    })
}

async fn hand(state: &AppState, ctx: &PageCtx, id: i64, action: HandAction) -> AppResult<Response> {
    // The engine sits below the domains: the user from the page's context, not `accounts`.
    let me = ctx
        .user
        .as_ref()
        .ok_or(AppError::Forbidden("error-403-text"))?;
    let message = queries::message(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = format!("/outbox?status={}", message.status);
    if !queries::handle(&state.pool, &Actor::from(me), id, action).await? {
        return Ok(flash::redirect(&back, "flash-outbox-already-sent"));
    }
    Ok(flash::redirect(
        &back,
        match action {
            HandAction::Retry => "flash-outbox-retry",
            HandAction::SentByHand => "flash-outbox-marked-sent",
        },
    ))
}

pub async fn retry(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    hand(&state, &ctx, id, HandAction::Retry).await
}

pub async fn mark_sent(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    hand(&state, &ctx, id, HandAction::SentByHand).await
}

/// A message's HTML part shown as the recipient's mail program would (leadership's
/// preview). Mail needs inline styles, which the site's policy forbids: this one response
/// has its own, which allows them and nothing else (no scripts, no requests, sandboxed).
const PREVIEW_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'none'";

pub async fn preview(State(state): State<AppState>, Path(id): Path<i64>) -> AppResult<Response> {
    let html = queries::html_part(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, PREVIEW_POLICY),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response())
}
