//! Starting the application: open the database, load what an empty one needs (the
//! countries, and once per database the plan's 2023 events, programmes and topics), and
//! build the state. It sits above every domain, so that `db` (below them all) need not call
//! up into them; `main` and the tests that want the plan's data call it.

use std::sync::Arc;

use sqlx::SqlitePool;
use tower_sessions_sqlx_store::SqliteStore;

use crate::clock::Clock;
use crate::config::Settings;
use crate::db::{self, meta_get, meta_set};
use crate::state::AppState;
use crate::{countries, events, webinars};

/// Opens the database (migrating it and loading its first data) and builds the state.
pub async fn open(settings: Settings) -> anyhow::Result<AppState> {
    open_with_clock(settings, AppState::system_clock()).await
}

/// As `open`, with the clock the scheduler reads (tests pass one they set).
pub async fn open_with_clock(
    settings: Settings,
    clock: Arc<dyn Clock>,
) -> anyhow::Result<AppState> {
    let pool = db::connect(&settings.database_url).await?;
    SqliteStore::new(pool.clone())
        .migrate()
        .await
        .map_err(|e| anyhow::anyhow!("cannot create the sessions table: {e}"))?;
    load_first_data(&pool).await?;
    AppState::over(pool, settings, clock).await
}

/// Loads the countries (kept in step with the reference file at every start) and, once
/// per database, the plan's 2023 events and its programmes and topics.
pub async fn load_first_data(pool: &SqlitePool) -> anyhow::Result<()> {
    countries::queries::load_reference_data(pool).await?;
    if meta_get(pool, "seeded_plan_2023").await?.is_none() {
        let summary = events::import::load_plan_2023(pool).await?;
        meta_set(pool, "seeded_plan_2023", &summary.to_string()).await?;
        tracing::info!(events = summary, "loaded the plan's 2023 events");
    }
    if meta_get(pool, "seeded_plan_programmes").await?.is_none() {
        webinars::queries::seed_plan(pool).await?;
        meta_set(pool, "seeded_plan_programmes", "1").await?;
        tracing::info!("loaded the plan's programmes and topics");
    }
    Ok(())
}
