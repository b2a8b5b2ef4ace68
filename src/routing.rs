//! The one mechanism by which every route declares the least role it needs.
//!
//! Routes are added only through `Routes`, which takes a role with every handler and wraps
//! the handler in the role check; `Routes::table()` lists them, and a test walks that list
//! with every role. There is no other way to add a route, so none goes unguarded. It sits
//! below the domains (each declares its routes with it); `lib.rs` merges them.

use std::collections::BTreeMap;

use axum::Router;
use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{MethodFilter, MethodRouter, on};

use crate::error::ErrorMessage;
use crate::state::AppState;
use crate::web::auth::{CurrentUser, Role};

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
