//! Who is asking, and whether they may: roles, the current user, the session's rules, and
//! the one mechanism by which every route declares the least role it needs.
//!
//! Routes are added only through `Routes`, which takes a role with every handler and wraps
//! the handler in the role check; `Routes::table()` lists them, and a test walks that list
//! with every role. There is no other way to add a route, so none goes unguarded.

use std::collections::BTreeMap;

use axum::Router;
use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{MethodFilter, MethodRouter, on};
use serde::{Deserialize, Serialize};

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
