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
use tower_sessions::Session;

use crate::accounts::account::me;
use crate::accounts::feed_tokens::{created_at, owner, renew};
use crate::accounts::login::session_error;
use crate::audit::Actor;
use crate::crop;
use crate::error::{AppError, AppResult};
use crate::events::follows;
use crate::events::ics::{FeedOptions, feed_with};
use crate::state::AppState;
use crate::web::auth::Role;
use crate::web::{FeedLinks, Lang, PageCtx, flash};

/// The most calendar events one feed holds.
const LIMIT: i64 = 2000;
/// The fresh token, kept in the session until the page that shows it is seen.
const SESSION_TOKEN: &str = "feed_token_once";

#[derive(Template, WebTemplate)]
#[template(path = "personal/calendar.html")]
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
    let token: Option<String> = session.remove(SESSION_TOKEN).await.map_err(session_error)?;
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
        .map_err(session_error)?;
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
    let durations = crate::events::queries::durations(&state.pool, &events).await?;
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
        let Some(due) = app.assessment_due() else {
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
        series: crate::events::queries::series_of(&state.pool, &events).await?,
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
