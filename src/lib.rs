//! LACRALO Outreach: the outreach and engagement plan of LACRALO as a web application.
//! `app` builds the whole Router; `main.rs` serves it and the tests drive it directly.

#[macro_use]
mod vocabulary;

pub mod accounts;
pub mod audit;
pub mod bootstrap;
pub mod clock;
pub mod config;
pub mod countries;
pub mod crop;
pub mod db;
pub mod dnssec;
pub mod error;
pub mod events;
pub mod funds;
pub mod home;
pub mod outbox;
pub mod personal;
pub mod registry;
pub mod reports;
pub mod routing;
pub mod scheduler;
pub mod server;
pub mod state;
pub mod web;
pub mod webinars;

use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

use tower_sessions::cookie::SameSite;
use tower_sessions::{CachingSessionStore, Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::SqliteStore;

use crate::routing::Routes;
pub use crate::state::AppState;
use crate::web::auth::{IDLE_TIMEOUT_MINUTES, Role};

/// The largest request body accepted (an upload); forms have their own, smaller limit.
const MAX_BODY: usize = 16 * 1024 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Every route of the application, each with the least role it needs.
pub fn routes() -> Routes {
    Routes::new()
        .get("/", Role::Anonymous, home::page)
        .get("/healthz", Role::Anonymous, healthz)
        .get("/static/{name}", Role::Anonymous, web::static_files::serve)
        .get("/audit", Role::Leadership, audit::page::list)
        .get("/outbox", Role::Leadership, outbox::page::list)
        .get(
            "/outbox/{id}/preview",
            Role::Leadership,
            outbox::page::preview,
        )
        .post("/outbox/{id}/retry", Role::Leadership, outbox::page::retry)
        .post(
            "/outbox/{id}/sent",
            Role::Leadership,
            outbox::page::mark_sent,
        )
        .get(
            "/notifications/settings",
            Role::Leadership,
            outbox::settings::show,
        )
        .post(
            "/notifications/settings",
            Role::Leadership,
            outbox::settings::update,
        )
        .get(
            "/unsubscribe/{token}",
            Role::Anonymous,
            outbox::unsubscribe::confirm,
        )
        .post(
            "/unsubscribe/{token}",
            Role::Anonymous,
            outbox::unsubscribe::unsubscribe,
        )
        .merge(events::routes())
        .merge(webinars::routes())
        .merge(dnssec::routes())
        .merge(crop::routes())
        .merge(funds::routes())
        .merge(accounts::routes())
        .merge(registry::routes())
        .merge(personal::routes())
        .merge(reports::routes())
}

pub fn app(state: AppState) -> Router {
    let secure = state.settings.base_url.starts_with("https://");
    // Sessions live in the database, read through memory (`web::session_cache`); the cookie
    // is HttpOnly, Lax (so links from email arrive logged in), Secure over https, and ends
    // after a while without use.
    let store = CachingSessionStore::new(
        web::session_cache::SessionCache::default(),
        SqliteStore::new(state.pool.clone()),
    );
    let sessions = SessionManagerLayer::new(store)
        .with_name(web::auth::SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_expiry(Expiry::OnInactivity(
            tower_sessions::cookie::time::Duration::minutes(IDLE_TIMEOUT_MINUTES),
        ));
    let context = web::context::ContextConfig::new(&state.settings.base_url, state.key.clone());

    let mut router = routes()
        .into_router()
        .fallback(|| async { error::AppError::NotFound })
        // Inside the context middleware: the key needs the language, account and token.
        .layer(axum::middleware::from_fn_with_state(
            state.pages.clone(),
            web::page_cache::middleware,
        ))
        .layer(axum::middleware::from_fn_with_state(
            context,
            web::context::middleware,
        ))
        .layer(axum::middleware::from_fn_with_state(
            accounts::session::SessionUsers::new(&state),
            accounts::session::load_user,
        ))
        .layer(sessions)
        // Outside everything that reads or sets a cookie.
        .layer(axum::middleware::from_fn_with_state(
            secure,
            web::cookie_prefix::middleware,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state);
    for layer in web::security::headers(secure) {
        router = router.layer(layer);
    }
    router.layer(
        ServiceBuilder::new()
            // One line per request at info: method, path, status, latency. Query strings
            // and headers stay out of the log (they may carry tokens).
            .layer(
                TraceLayer::new_for_http()
                    .make_span_with(|request: &axum::http::Request<axum::body::Body>| {
                        tracing::info_span!(
                            "request",
                            method = %request.method(),
                            path = %redact_tokens(request.uri().path()),
                        )
                    })
                    .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
            )
            .layer(TimeoutLayer::with_status_code(
                StatusCode::REQUEST_TIMEOUT,
                REQUEST_TIMEOUT,
            ))
            .layer(RequestBodyLimitLayer::new(MAX_BODY))
            .layer(CompressionLayer::new()),
    )
}

/// Paths may carry secrets (`/join/<token>`): any segment that looks like one of our
/// 64-character tokens is masked before it reaches the log.
pub fn redact_tokens(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.len() >= 32 && segment.bytes().all(|b| b.is_ascii_hexdigit()) {
                "[token]"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// For load balancers and monitoring: the process answers and the database is reachable.
async fn healthz(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> (StatusCode, &'static str) {
    match db::ping(&state.pool).await {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
