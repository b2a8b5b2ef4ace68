//! `/outbox`: what is waiting to be sent (all of it, when no SMTP server is configured)
//! and what was sent lately.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use sqlx::FromRow;

use crate::AppState;
use crate::error::AppResult;
use crate::events::pages::timestamp;
use crate::web::PageCtx;

#[derive(Debug, FromRow)]
pub struct Message {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub sent_at: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "outbox/list.html")]
pub struct OutboxPage {
    pub ctx: PageCtx,
    pub smtp_configured: bool,
    pub pending: Vec<Message>,
    pub sent: Vec<Message>,
}

pub async fn list(State(state): State<AppState>, ctx: PageCtx) -> AppResult<OutboxPage> {
    let fetch = |sql: &'static str| sqlx::query_as::<_, Message>(sql).fetch_all(&state.pool);
    let mut pending = fetch(
        "SELECT id, kind, recipient, subject, body, created_at, attempts, last_error, sent_at
         FROM outbox WHERE sent_at IS NULL ORDER BY id DESC LIMIT 500",
    )
    .await?;
    let mut sent = fetch(
        "SELECT id, kind, recipient, subject, body, created_at, attempts, last_error, sent_at
         FROM outbox WHERE sent_at IS NOT NULL ORDER BY id DESC LIMIT 50",
    )
    .await?;
    for m in pending.iter_mut().chain(sent.iter_mut()) {
        m.created_at = timestamp(&m.created_at, ctx.lang);
        m.sent_at = m.sent_at.as_deref().map(|t| timestamp(t, ctx.lang));
    }
    Ok(OutboxPage {
        smtp_configured: state.settings.smtp_url.is_some(),
        ctx,
        pending,
        sent,
    })
}
