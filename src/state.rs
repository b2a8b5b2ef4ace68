//! What every handler can reach: the pool, the reference data, the settings, the caches,
//! the clock and the key. It sits below the domains (they all take it) and above `web` and
//! `countries`; handlers that need only a part take that part (`FromRef`).

use std::sync::Arc;

use axum::extract::FromRef;
use sqlx::SqlitePool;

use crate::clock;
use crate::config::Settings;
use crate::countries::Countries;
use crate::web;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub pool: SqlitePool,
    pub countries: Arc<Countries>,
    pub settings: Arc<Settings>,
    /// Rendered pages kept until the next write (`web::page_cache`).
    pub pages: Arc<web::page_cache::PageCache>,
    /// The static files, read at start (`web::static_files`).
    pub static_files: Arc<web::static_files::StaticFiles>,
    /// Where the scheduler and the sender take the time from (tests set it).
    pub clock: Arc<dyn clock::Clock>,
    /// Signs CSRF tokens and trusted-device cookies (`web::signing`).
    pub key: web::signing::ServerKey,
}

impl AppState {
    /// The state over an open database that is migrated and has its reference data
    /// (`bootstrap::open` makes sure of both): reads the countries, the static files and
    /// the signing key.
    pub async fn over(
        pool: SqlitePool,
        settings: Settings,
        clock: Arc<dyn clock::Clock>,
    ) -> anyhow::Result<Self> {
        let countries = crate::countries::queries::all(&pool).await?;
        let static_files = web::static_files::StaticFiles::load(&settings.static_dir)?;
        web::security::set_asset_version(static_files.version());
        let key = web::signing::ServerKey::load_or_create(&pool).await?;
        Ok(Self {
            pool,
            countries: Arc::new(countries),
            settings: Arc::new(settings),
            pages: Arc::default(),
            static_files: Arc::new(static_files),
            clock,
            key,
        })
    }

    /// The system clock, for those who build a state by hand.
    pub fn system_clock() -> Arc<dyn clock::Clock> {
        Arc::new(clock::SystemClock)
    }
}

impl AppState {
    /// Where messages' links point, and the countries' names: what writing one needs.
    pub fn site(&self) -> Site<'_> {
        Site {
            base_url: &self.settings.base_url,
            countries: &self.countries,
        }
    }
}

impl FromRef<AppState> for Arc<web::static_files::StaticFiles> {
    fn from_ref(state: &AppState) -> Self {
        state.static_files.clone()
    }
}

/// What a domain needs to write a message: where the links point, and the countries'
/// names. `AppState::site()` gives it; `outbox` re-exports it, where domains look for it.
#[derive(Clone, Copy)]
pub struct Site<'a> {
    pub base_url: &'a str,
    pub countries: &'a Countries,
}

impl Site<'_> {
    /// An absolute link to a page of the site.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.base_url.trim_end_matches('/'))
    }
}
