//! The scheduler inside the server: a tokio task that runs at start and then every minute,
//! finds the reminders that have fallen due (CROP deadlines and trip reports, webinars,
//! ALS nudges, leadership's weekly digest) and queues them in the outbox.
//!
//! - **Exactly once.** Every reminder has a deduplication key, so running again (every
//!   minute, or after a restart) queues nothing new for a reminder already queued.
//! - **Catch-up.** A finder looks for what is due *now*, not for what fell due in the last
//!   minute: a step that fell due while the server was down is found at the next run (see
//!   `outbox::due` for a series' latest step).
//! - **One server.** With several servers on one database, the lease (`lease.rs`) lets one
//!   of them run it.
//! - **Time** comes from `AppState::clock`, which tests set.
//!
//! It sits above the domains: it calls each domain's finders, and nothing calls it but
//! `main` and the tests.

pub mod digest;
pub mod lease;

use std::time::Duration;

use crate::state::AppState;
use crate::{crop, registry, webinars};

pub const LEASE: &str = "reminders";
pub const EVERY: Duration = Duration::from_secs(60);

/// What one run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Run {
    pub queued: usize,
}

/// One run, if this server holds (or can take) the lease; `None` when another does.
pub async fn tick(state: &AppState, holder: &str) -> anyhow::Result<Option<Run>> {
    let now = state.clock.now();
    if !lease::acquire(&state.pool, LEASE, holder, now).await? {
        return Ok(None);
    }
    let settings = {
        let mut conn = state.pool.acquire().await?;
        crate::outbox::settings_queries::load(&mut conn).await?
    };
    let site = state.site();
    let pool = &state.pool;
    let mut queued = 0;
    queued += crop::reminders::announcements(pool, site).await?;
    queued += crop::reminders::deadlines(pool, site, &settings, now).await?;
    queued += crop::reminders::trip_reports(pool, site, &settings, now).await?;
    queued += crate::funds::notify::report_reminders(
        pool,
        site,
        settings.report_reminder_days,
        now.date_naive(),
    )
    .await?;
    // Trips whose traveller is back count as the ALS's engagement from now on.
    crop::queries::record_trips_back(pool, now.date_naive()).await?;
    queued += webinars::reminders::upcoming(pool, site, &settings, now).await?;
    if settings.als_nudges {
        queued += registry::nudges::due(pool, site, now).await?;
    }
    queued += digest::due(state, &settings, now).await?;
    // Failed-login counts out of their window: every guessed address leaves a row.
    crate::accounts::throttle::prune(pool, now).await?;
    if queued > 0 {
        tracing::info!(queued, "reminders queued");
    }
    Ok(Some(Run { queued }))
}

/// A name for this server in the lease: host, process and a random part.
pub fn holder_name() -> String {
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "server".to_owned());
    let random = &crate::web::csrf::random_token()[..8];
    format!("{host}:{}:{random}", std::process::id())
}

/// The scheduler running in this server.
pub struct Running {
    holder: String,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Stops it and gives the lease up, so that the server started next (a restart) runs
    /// at once instead of waiting for the lease to expire.
    pub async fn stop(self, pool: &sqlx::SqlitePool) {
        self.task.abort();
        let _ = self.task.await;
        if let Err(e) = lease::release(pool, LEASE, &self.holder).await {
            tracing::warn!(error = %e, "could not give the scheduler's lease up");
        }
    }
}

/// Runs the scheduler until it is stopped (or the process ends).
pub fn spawn(state: AppState) -> Running {
    let holder = holder_name();
    let name = holder.clone();
    let task = tokio::spawn(async move {
        loop {
            if let Err(e) = tick(&state, &name).await {
                tracing::error!(error = %e, "scheduler run failed");
            }
            tokio::time::sleep(EVERY).await;
        }
    });
    Running { holder, task }
}
