//! The `lacralo-outreach` binary: serves the application (the default) or runs a command.

use anyhow::Context;
use clap::Parser;
use std::io::BufRead;

use lacralo_outreach::accounts::{self, email::EmailAddress, password, queries};
use lacralo_outreach::audit::Actor;
use lacralo_outreach::config::{Cli, Command, UserCommand};
use lacralo_outreach::web::auth::Role;
use lacralo_outreach::{app, bootstrap, events, outbox};
use tokio::net::TcpListener;
use tower_sessions::ExpiredDeletion;
use tower_sessions_sqlx_store::SqliteStore;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    return_large_blocks_to_the_system();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info")),
        )
        .init();
    let cli = Cli::parse();
    let settings = cli.settings.clone();
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(settings).await,
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    role,
                    name,
                    password_stdin: _,
                },
        } => add_user(settings, &email, &role, name).await,
        Command::Backup { path } => {
            // The pool opens the live database as the server does (WAL: no need to stop it).
            let pool = lacralo_outreach::db::connect(&settings.database_url).await?;
            lacralo_outreach::db::backup(&pool, &path).await?;
            println!("backup written to {} and checked", path.display());
            Ok(())
        }
        Command::Import { file, list_year } => {
            let state = bootstrap::open(settings).await?;
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let count = events::import::import_file(&state, &bytes, list_year).await?;
            println!("imported {count} events from {}", file.display());
            Ok(())
        }
    }
}

/// `user add`: for operators and scripts; the password comes on standard input.
async fn add_user(
    settings: lacralo_outreach::config::Settings,
    email: &str,
    role: &str,
    name: Option<String>,
) -> anyhow::Result<()> {
    let email = EmailAddress::parse(email)
        .map_err(|e| anyhow::anyhow!("not a usable email address ({})", e.message_key()))?;
    let role = Role::parse_account_role(role)
        .ok_or_else(|| anyhow::anyhow!("the role must be member, gse_staff or leadership"))?;
    let mut secret = String::new();
    std::io::stdin().lock().read_line(&mut secret)?;
    let secret = secret.trim_end_matches(['\r', '\n']);
    let name = name.unwrap_or_else(|| {
        email
            .as_entered()
            .split('@')
            .next()
            .unwrap_or("")
            .to_owned()
    });
    if let Err(weakness) = password::check(secret, &[email.as_entered(), &name]) {
        anyhow::bail!("password refused ({})", weakness.message_key());
    }
    let state = bootstrap::open(settings).await?;
    let hash = password::hash(secret)?;
    let new = queries::NewUser {
        email: &email,
        display_name: &name,
        password_hash: &hash,
        role,
        locale: "en",
    };
    let id = queries::add_user(&state.pool, &Actor::system("user-add-command"), &new)
        .await?
        .ok_or_else(|| anyhow::anyhow!("{} already has an account", email.as_entered()))?;
    println!(
        "created {} account {id} for {}",
        role.as_str(),
        email.as_entered()
    );
    Ok(())
}

async fn serve(settings: lacralo_outreach::config::Settings) -> anyhow::Result<()> {
    let bind = settings.bind;
    let state = bootstrap::open(settings).await?;
    if state.settings.demo {
        // Each domain's demo loads once; webinars after the registry (its members attend),
        // the DNSSEC pipeline last (its trained ISPs attended a demo webinar).
        if lacralo_outreach::registry::demo::load(&state.pool, state.site()).await? {
            tracing::info!("added the demo ALSs and members (their names start with \"Demo\")");
        }
        if lacralo_outreach::events::demo::load(&state.pool, state.site()).await? {
            tracing::info!("added the demo monthly call, a series");
        }
        if lacralo_outreach::webinars::demo::load(&state.pool, state.site()).await? {
            tracing::info!("added the demo webinars and targets");
        }
        lacralo_outreach::dnssec::demo::load(&state.pool).await?;
        if lacralo_outreach::crop::demo::load(&state.pool, state.site()).await? {
            tracing::info!("added the demo CROP opportunities and applications");
        }
        if lacralo_outreach::crop::demo::load_procedure(&state.pool, state.site()).await? {
            tracing::info!("added the demo CROP trip's steps, costs and assessment");
        }
        if lacralo_outreach::funds::demo::load(&state.pool, state.site()).await? {
            tracing::info!("added the demo RALO fund requests");
        }
        // Its reviewers are accounts: only once the first account exists (next start).
        if lacralo_outreach::crop::demo::load_committee(&state.pool).await? {
            tracing::info!("added the demo CROP selection committee");
        }
    }
    if let Some(link) = accounts::setup::prepare(&state.pool, &state.settings.base_url).await? {
        // Printed (not logged at a level that may be filtered): the one way in on a new
        // installation. It stops working once the first account exists.
        println!("No account exists yet. Create the first leadership account at:\n  {link}");
        tracing::warn!("no account exists yet: open the setup link printed above");
    }
    match &state.settings.smtp_url {
        Some(url) => outbox::spawn_sender(
            state.pool.clone(),
            state.clock.clone(),
            url.clone(),
            state.settings.mail_from.clone(),
            std::time::Duration::from_secs(10),
        ),
        None => tracing::info!("no SMTP server configured: messages wait at /outbox"),
    }
    // Reminders and digests: at start, then every minute (one server at a time).
    let scheduler = lacralo_outreach::scheduler::spawn(state.clone());
    tokio::spawn(
        SqliteStore::new(state.pool.clone())
            .continuously_delete_expired(tokio::time::Duration::from_secs(3600)),
    );
    let listener = TcpListener::bind(bind)
        .await
        .with_context(|| format!("cannot listen on {bind}"))?;
    tracing::info!("listening on http://{}", listener.local_addr()?);
    let pool = state.pool.clone();
    lacralo_outreach::server::serve(listener, app(state), shutdown_signal()).await?;
    scheduler.stop(&pool).await;
    tracing::info!("stopped");
    Ok(())
}

/// Ctrl-C or SIGTERM: stop accepting, finish the requests in flight, then exit.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

/// glibc serves a large allocation from mmap (and gives it back when freed) only while it
/// is above its mmap threshold, and it raises that threshold to the size of every such
/// block freed. After one login (argon2 works in 19 MiB) every later 19 MiB block stays in
/// the heap of the thread that used it: the load benchmark saw the server grow from 55 MB
/// to 160 MB while 32 people logged in. A fixed threshold of 1 MiB keeps large, short-lived
/// blocks (password hashes, big exports) out of the heaps.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn return_large_blocks_to_the_system() {
    // SAFETY: mallopt only sets an allocator parameter; it is called before any thread is
    // started besides the runtime's, and a refusal (0) leaves glibc's default in place.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn return_large_blocks_to_the_system() {}
