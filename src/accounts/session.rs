//! The logged-in person behind a request: read from the session at every request (through
//! a short-lived memory of accounts), ended when past its lifetime or older than the
//! account's last password change, and renewed while in use. `web::auth` holds the roles,
//! `routing` the routes; loading the user is the accounts domain's business.

use std::collections::HashMap;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Duration, Utc};
use tower_sessions::Session;

use crate::state::AppState;
use crate::web::auth::{
    ABSOLUTE_TIMEOUT_HOURS, CurrentUser, RENEW_EVERY_MINUTES, Role, SESSION_AUTH_AT, SESSION_EPOCH,
    SESSION_RENEWED_AT, SESSION_USER,
};

/// Whether a page view should renew the login's idle lifetime. The session store moves a
/// session's expiry only when it saves the session, and saving at every request would make
/// every page view a database write (the load benchmark counts them); so the lifetime is
/// renewed at most every few minutes, and a login in use ends between 25 and 30 minutes
/// after its last request rather than exactly 30.
pub fn renewal_due(renewed_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    renewed_at.is_none_or(|at| now - at >= Duration::minutes(RENEW_EVERY_MINUTES))
}

/// Loads the current user into the request, ends logins past their absolute lifetime or
/// whose account was disabled, and sends leadership without a second factor to enrol one.
pub async fn load_user(
    State(state): State<SessionUsers>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    let mut user = None;
    if let Ok(Some(id)) = session.get::<i64>(SESSION_USER).await {
        let fresh = session
            .get::<DateTime<Utc>>(SESSION_AUTH_AT)
            .await
            .ok()
            .flatten()
            .is_some_and(|at| Utc::now() - at < Duration::hours(ABSOLUTE_TIMEOUT_HOURS));
        let epoch = session
            .get::<i64>(SESSION_EPOCH)
            .await
            .ok()
            .flatten()
            .unwrap_or(-1);
        match known_user(&state, id, epoch).await {
            Ok(Some(found)) if fresh => {
                let now = Utc::now();
                let renewed = session
                    .get::<DateTime<Utc>>(SESSION_RENEWED_AT)
                    .await
                    .ok()
                    .flatten();
                if renewal_due(renewed, now) {
                    // Modifying the session makes the store save it with a new expiry.
                    let _ = session.insert(SESSION_RENEWED_AT, now).await;
                }
                user = Some(found);
            }
            Ok(_) => {
                // Expired, disabled, deleted, or older than a password change: it ends here.
                let _ = session.flush().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot load the current user");
                return (StatusCode::INTERNAL_SERVER_ERROR).into_response();
            }
        }
    }
    if let Some(u) = &user {
        let path = request.uri().path();
        let enrolling = path.starts_with("/account/2fa") || path == "/logout";
        if u.role == Role::Leadership
            && !u.totp_enabled
            && !enrolling
            && !path.starts_with("/static/")
        {
            return Redirect::to("/account/2fa").into_response();
        }
    }
    request.extensions_mut().insert(user);
    next.run(request).await
}

/// Accounts as last read, so that a page view of someone logged in need not read the
/// database for them. An account changes only through a form (an unsafe request, which
/// starts a new generation of the page cache) or the `user add` command (a new account
/// only); so an entry is used while no write has happened since, and for at most the page
/// cache's `MAX_AGE`, like a kept page. A disabled account, a changed role or a new
/// password therefore take effect at the next request, as before.
#[derive(Default)]
struct KnownUsers(std::sync::Mutex<HashMap<(i64, i64), KnownUser>>);

/// What `load_user` reads: the database, the page cache's generation, and its memory of
/// accounts (one per router, made by `lib::app`).
#[derive(Clone)]
pub struct SessionUsers {
    pool: sqlx::SqlitePool,
    pages: std::sync::Arc<crate::web::page_cache::PageCache>,
    known: std::sync::Arc<KnownUsers>,
}

impl SessionUsers {
    pub fn new(state: &AppState) -> Self {
        Self {
            pool: state.pool.clone(),
            pages: state.pages.clone(),
            known: std::sync::Arc::default(),
        }
    }
}

/// An account as read, with the page cache's generation then and the moment.
type KnownUser = (CurrentUser, u64, std::time::Instant);

const MAX_KNOWN_USERS: usize = 10_000;

async fn known_user(
    state: &SessionUsers,
    id: i64,
    epoch: i64,
) -> sqlx::Result<Option<CurrentUser>> {
    let generation = state.pages.generation();
    {
        let known = state.known.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((user, seen_in, at)) = known.get(&(id, epoch)) {
            if *seen_in == generation && at.elapsed() < crate::web::page_cache::MAX_AGE {
                return Ok(Some(user.clone()));
            }
        }
    }
    let found = super::queries::current_user(&state.pool, id, epoch).await?;
    let mut known = state.known.0.lock().unwrap_or_else(|e| e.into_inner());
    if known.len() >= MAX_KNOWN_USERS {
        known.clear();
    }
    match &found {
        Some(user) => {
            known.insert(
                (id, epoch),
                (user.clone(), generation, std::time::Instant::now()),
            );
        }
        None => {
            known.remove(&(id, epoch));
        }
    }
    Ok(found)
}

#[cfg(test)]
mod renewal_tests {
    use super::*;

    #[test]
    fn a_login_is_renewed_at_most_every_five_minutes() {
        let now = Utc::now();
        for (renewed, due) in [
            (None, true),
            (Some(now), false),
            (Some(now - Duration::seconds(299)), false),
            (Some(now - Duration::seconds(300)), true),
            (Some(now - Duration::minutes(29)), true),
        ] {
            assert_eq!(renewal_due(renewed, now), due, "{renewed:?}");
        }
    }
}
