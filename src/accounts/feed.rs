//! A private calendar feed per account: the events and webinars it follows, its CROP
//! deadlines and trip-report due dates, and for leadership every opportunity's deadline.
//!
//! The feed's address carries a random token, kept only hashed: it is shown once, when it
//! is made or renewed (renewing stops the old address), on `/account/calendar`.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Duration, Utc};
use icalendar::{CalendarDateTime, Component, Event, EventLike};
use sqlx::SqlitePool;
use tower_sessions::Session;

use super::account::me;
use super::secrets;
use crate::AppState;
use crate::audit::{self, Actor};
use crate::crop;
use crate::db::now_text;
use crate::error::{AppError, AppResult};
use crate::events::follows;
use crate::events::ics::{FeedOptions, feed_with};
use crate::web::auth::Role;
use crate::web::{FeedLinks, Lang, PageCtx, flash};

/// The most calendar events one feed holds.
const LIMIT: i64 = 2000;
/// The fresh token, kept in the session until the page that shows it is seen.
const SESSION_TOKEN: &str = "feed_token_once";

pub async fn created_at(pool: &SqlitePool, user_id: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT created_at FROM feed_tokens WHERE user_id = ?")
        .bind(user_id)
        .fetch_optional(pool)
        .await
}

/// Makes (or renews) the account's feed token; returns it, the only time it is seen.
pub async fn renew(pool: &SqlitePool, actor: &Actor, user_id: i64) -> sqlx::Result<String> {
    let token = secrets::new_token();
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let renewed =
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM feed_tokens WHERE user_id = ?")
            .bind(user_id)
            .fetch_one(&mut *tx)
            .await?
            > 0;
    sqlx::query(
        "INSERT INTO feed_tokens (user_id, token_hash, created_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash,
            created_at = excluded.created_at",
    )
    .bind(user_id)
    .bind(secrets::hash_token(&token))
    .bind(now_text())
    .execute(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        if renewed { "renew_feed" } else { "create_feed" },
        "feed_token",
        Some(user_id),
        audit::NOTHING,
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// The account a feed token opens, if it is still the current one and the account is
/// enabled: its id and role.
async fn owner(pool: &SqlitePool, token: &str) -> sqlx::Result<Option<(i64, String, String)>> {
    sqlx::query_as(
        "SELECT u.id, u.role, u.locale FROM feed_tokens f JOIN users u ON u.id = f.user_id
         WHERE f.token_hash = ? AND u.disabled = 0",
    )
    .bind(secrets::hash_token(token))
    .fetch_optional(pool)
    .await
}

/// The length of the webinars among `events` (so the feed gives them their real end).
async fn webinar_durations(
    pool: &SqlitePool,
    events: &[crate::events::model::EventRow],
) -> sqlx::Result<std::collections::HashMap<i64, i64>> {
    let webinars: Vec<i64> = events
        .iter()
        .filter(|e| e.kind == "webinar")
        .map(|e| e.id)
        .collect();
    if webinars.is_empty() {
        return Ok(Default::default());
    }
    let mut query = sqlx::QueryBuilder::new(
        "SELECT event_id, duration_minutes FROM webinars
         WHERE duration_minutes IS NOT NULL AND event_id IN (",
    );
    let mut ids = query.separated(", ");
    for id in webinars {
        ids.push_bind(id);
    }
    query.push(")");
    let rows: Vec<(i64, i64)> = query.build_query_as().fetch_all(pool).await?;
    Ok(rows.into_iter().collect())
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/calendar.html")]
pub struct CalendarPage {
    pub ctx: PageCtx,
    /// The feed's addresses, right after they were made; otherwise `None`.
    pub links: Option<FeedLinks>,
    pub created: Option<String>,
}

/// The feed's path for a token.
pub fn feed_path(token: &str) -> String {
    format!("/calendar/{token}/feed.ics")
}

/// The page; `no-store` so that the fresh address it shows once is kept by no cache (ours
/// or the browser's).
pub async fn page(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: Session,
) -> AppResult<Response> {
    let user = me(&ctx)?;
    let token: Option<String> = session
        .remove(SESSION_TOKEN)
        .await
        .map_err(super::login::session_error)?;
    let links = token.map(|t| FeedLinks::new(&state.settings.base_url, &feed_path(&t)));
    let created = created_at(&state.pool, user.id)
        .await?
        .map(|t| crate::web::i18n::timestamp(&t, ctx.lang));
    let page = CalendarPage {
        links,
        created,
        ctx,
    };
    Ok(([(header::CACHE_CONTROL, "no-store")], page).into_response())
}

pub async fn make(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: Session,
) -> AppResult<Response> {
    let user = me(&ctx)?;
    let token = renew(&state.pool, &Actor::from(&user), user.id).await?;
    session
        .insert(SESSION_TOKEN, token)
        .await
        .map_err(super::login::session_error)?;
    Ok(flash::redirect("/account/calendar", "flash-feed-made"))
}

/// `/calendar/{token}/feed.ics`: no login (calendar apps cannot log in); the token is the
/// key, and a wrong or renewed one gets 404.
pub async fn feed(State(state): State<AppState>, Path(token): Path<String>) -> AppResult<Response> {
    if !crate::web::csrf::is_random_token(&token) {
        return Err(AppError::NotFound);
    }
    let Some((user_id, role, locale)) = owner(&state.pool, &token).await? else {
        return Err(AppError::NotFound);
    };
    let lang = Lang::from_code(&locale).unwrap_or_default();
    let since = Utc::now().year() - 1;
    let events = follows::followed_events(&state.pool, user_id, since, LIMIT).await?;
    let durations = webinar_durations(&state.pool, &events).await?;
    let mut extra = Vec::new();
    let base = state.settings.base_url.trim_end_matches('/');
    let is_leadership = Role::parse_account_role(&role) == Some(Role::Leadership);
    for o in crop::queries::deadlines_for(&state.pool, user_id, is_leadership, since).await? {
        let deadline = o.deadline_at();
        let mut entry = Event::new();
        entry
            .uid(&format!("crop-deadline-{}@lacralo-outreach", o.id))
            .summary(&lang.t_args(
                "feed-crop-deadline",
                &[("title", o.event_title.clone().into())],
            ))
            .starts(CalendarDateTime::Utc(deadline - Duration::minutes(30)))
            .ends(CalendarDateTime::Utc(deadline))
            .url(&format!("{base}/crop/{}", o.id));
        extra.push(entry.done());
    }
    for app in crop::queries::reports_of(&state.pool, user_id).await? {
        let Some(due) = app.event_end().map(crop::rules::report_due) else {
            continue;
        };
        let mut entry = Event::new();
        entry
            .uid(&format!("crop-report-{}@lacralo-outreach", app.id))
            .summary(&lang.t_args(
                "feed-trip-report",
                &[("title", app.event_title.clone().into())],
            ))
            .starts(due)
            .ends(due + Duration::days(1))
            .url(&format!("{base}/crop/applications/{}", app.id));
        extra.push(entry.done());
    }
    let options = FeedOptions {
        name: lang.t("feed-private-name"),
        page_prefix: "/events",
        durations,
        extra,
    };
    let body = feed_with(&events, &options, base, lang, &state.countries);
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "private, no-cache"),
        ],
        body,
    )
        .into_response())
}
