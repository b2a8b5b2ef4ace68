//! Settings from command-line flags and their environment twins.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// LACRALO Outreach: the outreach and engagement plan of LACRALO in the browser.
#[derive(Debug, Parser)]
#[command(
    name = "lacralo-outreach",
    version,
    about,
    long_about = None,
    after_help = "Logging: set RUST_LOG (e.g. RUST_LOG=debug or RUST_LOG=info,tower_http=debug); \
                  the default is info."
)]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the web server (the default when no subcommand is given).
    Serve,
    /// Manage accounts from the command line.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Import events from a CSV file (same format and checks as the web import).
    Import {
        /// CSV file with a header row; see the README for the columns.
        file: PathBuf,
        /// The year the list is about, so dates from other years are flagged for review.
        #[arg(long)]
        list_year: Option<i32>,
    },
    /// Write a consistent copy of the database to PATH, safe while the server runs.
    Backup {
        /// The copy to write; it must not exist yet.
        path: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account; the password is read from standard input (one line).
    Add {
        #[arg(long)]
        email: String,
        /// member, gse_staff or leadership
        #[arg(long)]
        role: String,
        /// Name shown in the application (defaults to the part of the email before @).
        #[arg(long)]
        name: Option<String>,
        /// Read the password from standard input (required: never on the command line).
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

/// Global settings: accepted before or after the subcommand.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "LACRALO_BIND",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub bind: SocketAddr,

    /// SQLite database URL; the file and its folder are created when missing.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/lacralo.db",
        global = true
    )]
    pub database_url: String,

    /// Public base URL of the site, used in links that leave the site (calendar feeds).
    #[arg(
        long,
        env = "LACRALO_BASE_URL",
        default_value = "http://127.0.0.1:3000",
        global = true
    )]
    pub base_url: String,

    /// SMTP server for the outbox, e.g. smtps://user:password@smtp.example.org; without
    /// it, messages wait at /outbox for leadership to send by hand.
    #[arg(long, env = "LACRALO_SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// Sender of the outbox's messages.
    #[arg(
        long,
        env = "LACRALO_MAIL_FROM",
        default_value = "LACRALO Outreach <no-reply@localhost>",
        global = true
    )]
    pub mail_from: String,

    /// Add clearly fictional ALSs and members (names start with "Demo") to try the pages.
    #[arg(long, env = "LACRALO_DEMO", global = true)]
    pub demo: bool,

    /// Addresses of reverse proxies in front of the server (comma-separated). A request from
    /// one of them is taken to come from the last address its `X-Forwarded-For` names that
    /// is not itself a listed proxy; without this, every client behind a proxy shares the
    /// proxy's address, and the per-address login throttle counts them all as one.
    #[arg(
        long = "trusted-proxy",
        env = "LACRALO_TRUSTED_PROXIES",
        value_delimiter = ',',
        global = true
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// Folder of the static files (CSS, scripts, icons).
    #[arg(long, env = "LACRALO_STATIC_DIR", default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/static"), global = true)]
    pub static_dir: PathBuf,
}

impl Settings {
    /// Settings for tests and tools: a given database, everything else default.
    pub fn for_database(database_url: &str) -> Self {
        Self {
            bind: "127.0.0.1:0".parse().expect("valid address"),
            database_url: database_url.to_owned(),
            base_url: "http://127.0.0.1:3000".to_owned(),
            static_dir: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/static")),
            smtp_url: None,
            demo: false,
            trusted_proxies: Vec::new(),
            mail_from: "LACRALO Outreach <no-reply@localhost>".to_owned(),
        }
    }
}
