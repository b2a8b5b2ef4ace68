//! Who is asking, and whether they may: roles, the current user, the session's rules, and
//! the one mechanism by which every route declares the least role it needs.
//!
//! Routes are added only through `Routes`, which takes a role with every handler and wraps
//! the handler in the role check; `Routes::table()` lists them, and a test walks that list
//! with every role. There is no other way to add a route, so none goes unguarded.

use std::collections::{BTreeMap, HashMap};

use axum::Router;
use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{MethodFilter, MethodRouter, on};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::AppState;
use crate::error::ErrorMessage;

/// The session cookie's name (with `__Host-` before it over https, `web::cookie_prefix`).
pub const SESSION_COOKIE: &str = "lacralo_session";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    Anonymous,
    Member,
    GseStaff,
    Leadership,
}

impl Role {
    /// The roles an account can have (anonymous is the absence of one).
    pub const ACCOUNT_ROLES: &'static [Role] = &[Role::Member, Role::GseStaff, Role::Leadership];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Anonymous => "anonymous",
            Role::Member => "member",
            Role::GseStaff => "gse_staff",
            Role::Leadership => "leadership",
        }
    }

    pub fn parse_account_role(s: &str) -> Option<Role> {
        match s {
            "member" => Some(Role::Member),
            "gse_staff" => Some(Role::GseStaff),
            "leadership" => Some(Role::Leadership),
            _ => None,
        }
    }

    pub fn label_key(self) -> String {
        format!("role-{}", self.as_str().replace('_', "-"))
    }
}

/// The logged-in person, loaded from the database on every request (so a disabled account
/// or a changed role takes effect at once).
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub totp_enabled: bool,
}

/// What the session holds about its login.
pub const SESSION_USER: &str = "user_id";
pub const SESSION_AUTH_AT: &str = "auth_at";
/// The account's session epoch when this session logged in.
pub const SESSION_EPOCH: &str = "epoch";
/// When the session's lifetime was last renewed (see `renewal_due`).
pub const SESSION_RENEWED_AT: &str = "renewed_at";
/// A login that passed the password and waits for its second factor.
pub const SESSION_PENDING_2FA: &str = "pending_2fa";

/// Idle and absolute lifetimes of a login (OWASP ASVS level 2).
pub const IDLE_TIMEOUT_MINUTES: i64 = 30;
pub const ABSOLUTE_TIMEOUT_HOURS: i64 = 12;
/// How often a login in use has its idle lifetime renewed.
pub const RENEW_EVERY_MINUTES: i64 = 5;

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
    State(state): State<AppState>,
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
pub struct KnownUsers(std::sync::Mutex<HashMap<(i64, i64), KnownUser>>);

/// An account as read, with the page cache's generation then and the moment.
type KnownUser = (CurrentUser, u64, std::time::Instant);

const MAX_KNOWN_USERS: usize = 10_000;

async fn known_user(state: &AppState, id: i64, epoch: i64) -> sqlx::Result<Option<CurrentUser>> {
    let generation = state.pages.generation();
    {
        let known = state.users.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((user, seen_in, at)) = known.get(&(id, epoch)) {
            if *seen_in == generation && at.elapsed() < crate::web::page_cache::MAX_AGE {
                return Ok(Some(user.clone()));
            }
        }
    }
    let found = crate::accounts::queries::current_user(&state.pool, id, epoch).await?;
    let mut known = state.users.0.lock().unwrap_or_else(|e| e.into_inner());
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

/// The role of whoever is asking.
pub fn role_of(request: &Request) -> Role {
    request
        .extensions()
        .get::<Option<CurrentUser>>()
        .and_then(|u| u.as_ref().map(|u| u.role))
        .unwrap_or(Role::Anonymous)
}

/// The check wrapped around every handler: at least `required`, else a login (for a page
/// read by someone not logged in) or a refusal.
async fn require(State(required): State<Role>, request: Request, next: Next) -> Response {
    let role = role_of(&request);
    if role >= required {
        return next.run(request).await;
    }
    if role == Role::Anonymous {
        if request.method() == Method::GET {
            let target = request
                .uri()
                .path_and_query()
                .map_or("/", |pq| pq.as_str())
                .to_owned();
            let mut next_param = form_urlencoded::Serializer::new(String::new());
            next_param.append_pair("next", &target);
            return Redirect::to(&format!("/login?{}", next_param.finish())).into_response();
        }
        let mut response = StatusCode::UNAUTHORIZED.into_response();
        response
            .extensions_mut()
            .insert(ErrorMessage("error-401-text"));
        return response;
    }
    let mut response = StatusCode::FORBIDDEN.into_response();
    response
        .extensions_mut()
        .insert(ErrorMessage("error-403-text"));
    response
}

/// A route as declared: method, path, least role.
#[derive(Debug, Clone)]
pub struct RouteInfo {
    pub method: Method,
    pub path: &'static str,
    pub role: Role,
}

/// The only way to add a route: every handler comes with its least role.
#[derive(Default)]
pub struct Routes {
    by_path: BTreeMap<&'static str, MethodRouter<AppState>>,
    table: Vec<RouteInfo>,
}

impl Routes {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get<H, T>(self, path: &'static str, role: Role, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::GET, MethodFilter::GET, path, role, handler)
    }

    pub fn post<H, T>(self, path: &'static str, role: Role, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::POST, MethodFilter::POST, path, role, handler)
    }

    fn add<H, T>(
        mut self,
        method: Method,
        filter: MethodFilter,
        path: &'static str,
        role: Role,
        handler: H,
    ) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let guarded: MethodRouter<AppState> =
            on(filter, handler).route_layer(axum::middleware::from_fn_with_state(role, require));
        let merged = match self.by_path.remove(path) {
            Some(existing) => existing.merge(guarded),
            None => guarded,
        };
        self.by_path.insert(path, merged);
        self.table.push(RouteInfo { method, path, role });
        self
    }

    pub fn merge(mut self, other: Routes) -> Self {
        for (path, router) in other.by_path {
            let merged = match self.by_path.remove(path) {
                Some(existing) => existing.merge(router),
                None => router,
            };
            self.by_path.insert(path, merged);
        }
        self.table.extend(other.table);
        self
    }

    pub fn table(&self) -> &[RouteInfo] {
        &self.table
    }

    pub fn into_router(self) -> Router<AppState> {
        self.by_path
            .into_iter()
            .fold(Router::new(), |router, (path, method_router)| {
                router.route(path, method_router)
            })
    }
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
