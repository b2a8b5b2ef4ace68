//! The load benchmark (issue 8): `bench/run.sh`, or `cargo bench --bench load` once `wrk`
//! and `nginx` are installed.
//!
//! For a small database (the plan only) and a large one (`fill::LARGE`), it starts the
//! release server, fetches each listed page once, puts those very bytes in a folder nginx
//! serves, and runs `wrk -t1 -c32` against our page and against nginx's copy, one after the
//! other in the same run. On the large database it then runs the two write loads (event
//! edits by GSE staff, CROP applications by members) with 32 logged-in clients, checks in
//! the database that every acknowledged write is there, and counts "database is locked" in
//! the server's log. The table goes to standard output and to `bench/results.md`.
//!
//! On the large database it finally fans a CROP announcement out to the 50,000 registry
//! members (`fanout.rs`), with visitors on `/` meanwhile.
//!
//! Options: `--duration SECONDS` (each wrk run, default 10), `--only small|large`,
//! `--out PATH`, `--keep` (leave the work folder with the databases and logs),
//! `--fanout-only` (the large database's fan-out alone: no pages, no write loads).

#[path = "../tests/server_support/mod.rs"]
mod server_support;

mod fanout;
mod fill;
mod storm;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result, bail, ensure};
use lacralo_outreach::accounts::totp;

const CONNECTIONS: usize = 32;

struct Options {
    duration: u64,
    only: Option<String>,
    out: PathBuf,
    keep: bool,
    fanout_only: bool,
    storm_only: bool,
}

fn options() -> Result<Options> {
    let mut o = Options {
        duration: 10,
        only: None,
        out: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/bench/results.md")),
        keep: false,
        fanout_only: false,
        storm_only: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--duration" => o.duration = args.next().context("--duration SECONDS")?.parse()?,
            "--only" => o.only = Some(args.next().context("--only small|large")?),
            "--out" => o.out = PathBuf::from(args.next().context("--out PATH")?),
            "--keep" => o.keep = true,
            "--fanout-only" => {
                o.fanout_only = true;
                o.only = Some("large".to_owned());
            }
            "--login-storm-only" => {
                o.storm_only = true;
                o.only = Some("small".to_owned());
            }
            // `cargo bench` passes `--bench` to every bench target.
            "--bench" => {}
            other => bail!("unknown option {other:?}"),
        }
    }
    Ok(o)
}

/// One page of the benchmark: where it is, and whether it needs leadership's session.
struct Page {
    name: &'static str,
    path: String,
    ext: &'static str,
    leader: bool,
}

fn pages(event_id: i64) -> Vec<Page> {
    let page = |name, path: &str, ext, leader| Page {
        name,
        path: path.to_owned(),
        ext,
        leader,
    };
    vec![
        page("/events?year=2023", "/events?year=2023", "html", false),
        page("/events/calendar", "/events/calendar", "html", false),
        page(
            "/events/{id}",
            &format!("/events/{event_id}"),
            "html",
            false,
        ),
        page("/", "/", "html", false),
        page("/coverage", "/coverage", "html", false),
        page("/als/review", "/als/review", "html", true),
        page("/events.ics", "/events.ics", "ics", false),
        page("/static/app.css", "/static/app.css", "css", false),
    ]
}

/// What wrk reported for one run.
#[derive(Clone, Debug, Default)]
struct Run {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    requests: u64,
    /// Non-2xx/3xx responses plus socket errors.
    errors: u64,
    /// The `BENCH` line of the write scripts.
    script: String,
}

struct PageResult {
    name: &'static str,
    bytes: usize,
    /// The first request for the page since the server started: rendered, not kept.
    first_ms: f64,
    ours: Run,
    nginx: Run,
}

struct WriteResult {
    name: &'static str,
    run: Run,
    saved: u64,
    stored: u64,
}

struct DbResult {
    label: &'static str,
    db_bytes: u64,
    pages: Vec<PageResult>,
    writes: Vec<WriteResult>,
    peak_rss_kb: u64,
    locked: usize,
    fanout: Option<fanout::FanOut>,
    storm: Option<storm::Storm>,
}

fn main() -> Result<()> {
    let options = options()?;
    for tool in ["wrk", "nginx"] {
        ensure!(
            which(tool).is_some(),
            "`{tool}` is not installed: run bench/run.sh (it installs wrk and nginx-light)"
        );
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    let work = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench-work"));
    if work.exists() {
        std::fs::remove_dir_all(&work)?;
    }
    std::fs::create_dir_all(work.join("www"))?;
    let nginx_port = server_support::free_port();
    let mut nginx = Nginx::start(&work, nginx_port)?;

    let mut results = Vec::new();
    for label in ["small", "large"] {
        if options.only.as_deref().is_some_and(|o| o != label) {
            continue;
        }
        let outcome = runtime.block_on(measure(label, &work, nginx_port, &options));
        results.push(outcome?);
    }
    nginx.stop();

    let report = report(&results, &options);
    println!("{report}");
    std::fs::write(&options.out, &report)
        .with_context(|| format!("cannot write {}", options.out.display()))?;
    eprintln!("written to {}", options.out.display());
    if !options.keep {
        let _ = std::fs::remove_dir_all(&work);
    }
    Ok(())
}

async fn measure(
    label: &'static str,
    work: &Path,
    nginx_port: u16,
    options: &Options,
) -> Result<DbResult> {
    let db_path = work.join(format!("{label}.db"));
    let url = format!("sqlite://{}", db_path.display());
    let large = label == "large";
    eprintln!("== {label} database: filling");
    let started = std::time::Instant::now();
    let pool = lacralo_outreach::db::connect(&url).await?;
    lacralo_outreach::bootstrap::load_first_data(&pool).await?;
    if large {
        fill::fill(&pool, &fill::LARGE).await?;
    }
    fill::accounts(&pool, CONNECTIONS, if large { CONNECTIONS } else { 0 }).await?;
    let event_id: i64 = sqlx::query_scalar("SELECT min(id) FROM events")
        .fetch_one(&pool)
        .await?;
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&pool)
        .await?;
    eprintln!("   filled in {:.1} s", started.elapsed().as_secs_f64());

    let port = server_support::free_port();
    let log = work.join(format!("{label}-server.log"));
    let mut server = Server::start(&url, port, &log)?;
    server_support::wait_until_up(port).await;
    let leader = log_in(port, fill::LEADER, Some(fill::LEADER_TOTP)).await?;
    eprintln!(
        "   server memory after start and login: {} kB",
        server.peak_rss_kb()
    );

    let www = work.join("www").join(label);
    std::fs::create_dir_all(&www)?;
    let mut page_results = Vec::new();
    let pages_to_measure = if options.fanout_only || options.storm_only {
        Vec::new()
    } else {
        pages(event_id)
    };
    for page in pages_to_measure {
        let cookie = if page.leader { leader.as_str() } else { "" };
        let clock = std::time::Instant::now();
        let body = fetch(port, &page.path, cookie).await?;
        let first_ms = clock.elapsed().as_secs_f64() * 1000.0;
        let file = format!("{}.{}", slug(page.name), page.ext);
        std::fs::write(www.join(&file), &body)?;
        eprintln!("   {} ({} bytes)", page.name, body.len());
        let ours = wrk(
            &format!("http://127.0.0.1:{port}{}", page.path),
            1,
            cookie,
            None,
            options.duration,
        )?;
        let nginx = wrk(
            &format!("http://127.0.0.1:{nginx_port}/{label}/{file}"),
            1,
            "",
            None,
            options.duration,
        )?;
        eprintln!(
            "     ours {:.0}/s p99 {:.2} ms, nginx {:.0}/s",
            ours.rps, ours.p99_ms, nginx.rps
        );
        page_results.push(PageResult {
            name: page.name,
            bytes: body.len(),
            first_ms,
            ours,
            nginx,
        });
    }

    eprintln!(
        "   server memory after the pages: {} kB",
        server.peak_rss_kb()
    );
    let mut writes = Vec::new();
    if large && !options.fanout_only {
        writes.push(edit_events(&pool, port, work, options).await?);
        eprintln!(
            "   server memory after the edits: {} kB",
            server.peak_rss_kb()
        );
        writes.push(apply_crop(&pool, port, work, options).await?);
        eprintln!(
            "   server memory after the applications: {} kB",
            server.peak_rss_kb()
        );
    }
    let fanout = if large {
        eprintln!("   the notification fan-out");
        let result = fanout::run(&pool, port, server.child.id(), &leader).await?;
        Some(result)
    } else {
        None
    };
    // The login storm on the small database (a fresh server: its peak memory is the storm's).
    let storm = if !large && !options.fanout_only {
        eprintln!("   the login storm ({} s)", options.duration);
        server.stop();
        let fresh = Server::start(&url, port, &log)?;
        server_support::wait_until_up(port).await;
        let result = storm::run(port, fresh.child.id(), options.duration).await?;
        eprintln!(
            "     peak {} kB; `/` p99 {:.2} ms before, {:.2} ms during; {:?}",
            result.peak_kb, result.baseline_p99_ms, result.p99_ms, result.statuses
        );
        server = fresh;
        Some(result)
    } else {
        None
    };
    let peak_rss_kb = server.peak_rss_kb();
    server.stop();
    let locked = std::fs::read_to_string(&log)
        .unwrap_or_default()
        .matches("database is locked")
        .count();
    pool.close().await;
    let db_bytes = std::fs::metadata(&db_path)?.len();
    Ok(DbResult {
        label,
        db_bytes,
        pages: page_results,
        writes,
        peak_rss_kb,
        locked,
        fanout,
        storm,
    })
}

/// An event to edit: id, version, and the fields its form sends back unchanged.
type EditedEvent = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
);

/// 32 GSE staff members each edit their own event, carrying the version they last saw.
async fn edit_events(
    pool: &sqlx::SqlitePool,
    port: u16,
    work: &Path,
    options: &Options,
) -> Result<WriteResult> {
    let events: Vec<EditedEvent> = sqlx::query_as(
        "SELECT id, version, title, kind, relevance, status, country, start_date, end_date
         FROM events
         WHERE uid LIKE 'bench-event-%' AND date_precision = 'day' AND start_time IS NULL
           AND start_date > '2027-06-01' AND status <> 'cancelled'
         ORDER BY id LIMIT ?",
    )
    .bind(CONNECTIONS as i64)
    .fetch_all(pool)
    .await?;
    ensure!(events.len() == CONNECTIONS, "not enough events to edit");
    let mut data = String::new();
    for (n, (id, version, title, kind, relevance, status, country, start, end)) in
        events.iter().enumerate()
    {
        let cookie = log_in(port, &fill::staff_email(n), None).await?;
        let csrf = cookie_value(&cookie, "lacralo_csrf")?;
        let mut form = form_urlencoded::Serializer::new(String::new());
        form.extend_pairs([
            ("_csrf", csrf.as_str()),
            ("title", title),
            ("kind", kind),
            ("relevance", relevance),
            ("status", status),
            ("organiser", "ICANN LAC"),
            ("city", "Bench city"),
            ("country", country),
            ("date_precision", "day"),
            ("start_date", start),
            ("end_date", end),
            ("month", ""),
            ("year", ""),
            ("start_time", ""),
            ("time_zone", ""),
            ("url", ""),
            ("reason", ""),
        ]);
        // The placeholders stay raw: the script replaces them at every request.
        let body = format!(
            "{}&notes=Bench+edit+{{N}}&version={{VERSION}}",
            form.finish()
        );
        writeln!(data, "{cookie}\t/events/{id}\t{version}\t{body}")?;
    }
    let data_file = work.join("edit.txt");
    std::fs::write(&data_file, data)?;
    let before: i64 = versions(pool, &events).await?;
    eprintln!("   writes: event edits");
    let run = wrk(
        &format!("http://127.0.0.1:{port}/"),
        CONNECTIONS,
        "",
        Some((
            concat!(env!("CARGO_MANIFEST_DIR"), "/bench/edit.lua"),
            &data_file,
        )),
        options.duration,
    )?;
    let after: i64 = versions(pool, &events).await?;
    Ok(WriteResult {
        name: "event edit (POST /events/{id})",
        saved: saved_count(&run)?,
        stored: (after - before) as u64,
        run,
    })
}

async fn versions(pool: &sqlx::SqlitePool, events: &[EditedEvent]) -> Result<i64> {
    let mut total = 0;
    for e in events {
        let v: i64 = sqlx::query_scalar("SELECT version FROM events WHERE id = ?")
            .bind(e.0)
            .fetch_one(pool)
            .await?;
        total += v;
    }
    Ok(total)
}

/// 32 members apply to the open opportunities, one after the other.
async fn apply_crop(
    pool: &sqlx::SqlitePool,
    port: u16,
    work: &Path,
    options: &Options,
) -> Result<WriteResult> {
    let open: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM crop_opportunities WHERE phase = 'open_to_all' ORDER BY id",
    )
    .fetch_all(pool)
    .await?;
    ensure!(!open.is_empty(), "no open CROP opportunity");
    let mut data = open
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    data.push('\n');
    for n in 0..CONNECTIONS {
        let cookie = log_in(port, &fill::member_email(n), None).await?;
        let csrf = cookie_value(&cookie, "lacralo_csrf")?;
        let mut form = form_urlencoded::Serializer::new(String::new());
        form.extend_pairs([
            ("_csrf", csrf.as_str()),
            (
                "motivation",
                "I run outreach for my ALS and would bring back a report.",
            ),
            (
                "outreach_plan",
                "A talk at the local university and a stand.",
            ),
            ("languages", "es"),
            ("languages", "en"),
            ("travel_needs", ""),
            ("version", ""),
        ]);
        writeln!(data, "{cookie}\t{}", form.finish())?;
    }
    let data_file = work.join("apply.txt");
    std::fs::write(&data_file, data)?;
    let count = "SELECT count(*) FROM crop_applications a JOIN users u ON u.member_id = a.member_id
                 WHERE u.email LIKE 'bench.member%'";
    let before: i64 = sqlx::query_scalar(count).fetch_one(pool).await?;
    eprintln!(
        "   writes: CROP applications ({} open opportunities)",
        open.len()
    );
    let run = wrk(
        &format!("http://127.0.0.1:{port}/"),
        CONNECTIONS,
        "",
        Some((
            concat!(env!("CARGO_MANIFEST_DIR"), "/bench/apply.lua"),
            &data_file,
        )),
        options.duration,
    )?;
    let after: i64 = sqlx::query_scalar(count).fetch_one(pool).await?;
    Ok(WriteResult {
        name: "CROP application (POST /crop/{id}/apply)",
        saved: saved_count(&run)?,
        stored: (after - before) as u64,
        run,
    })
}

fn saved_count(run: &Run) -> Result<u64> {
    let saved = run
        .script
        .split_whitespace()
        .find_map(|w| w.strip_prefix("saved="))
        .context("the write script printed no BENCH line")?;
    Ok(saved.parse()?)
}

/// Logs in through the forms, as a browser would; returns the Cookie header to send.
async fn log_in(port: u16, email: &str, totp_secret: Option<&str>) -> Result<String> {
    let mut jar: HashMap<String, String> = HashMap::new();
    let page = server_support::request(port, "GET", "/login", &jar, None).await?;
    jar.extend(page.cookies);
    let csrf = jar.get("lacralo_csrf").context("no CSRF cookie")?.clone();
    let done = server_support::request(
        port,
        "POST",
        "/login",
        &jar,
        Some(&[
            ("_csrf", &csrf),
            ("email", email),
            ("password", fill::PASSWORD),
            ("next", ""),
        ]),
    )
    .await?;
    ensure!(done.status == 303, "login of {email}: {}", done.status);
    server_support::absorb(&mut jar, done.cookies);
    if let Some(secret) = totp_secret {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_secs();
        let code = totp::code_at(secret, now).context("TOTP code")?;
        // The token is bound to the session, new since the password: its page gives it.
        let page = server_support::request(port, "GET", "/login/2fa", &jar, None).await?;
        server_support::absorb(&mut jar, page.cookies);
        let csrf = jar.get("lacralo_csrf").context("no CSRF cookie")?.clone();
        let second = server_support::request(
            port,
            "POST",
            "/login/2fa",
            &jar,
            Some(&[("_csrf", &csrf), ("code", &code)]),
        )
        .await?;
        ensure!(
            second.status == 303,
            "second step of {email}: {}",
            second.status
        );
        server_support::absorb(&mut jar, second.cookies);
    }
    ensure!(
        jar.contains_key("lacralo_session"),
        "no session for {email}"
    );
    // The logged-in session's CSRF token comes with its first page.
    let page = server_support::request(port, "GET", "/", &jar, None).await?;
    server_support::absorb(&mut jar, page.cookies);
    // The "logged in" message is shown once by a browser, which then drops its cookie;
    // wrk would send it with every request.
    jar.remove("lacralo_flash");
    Ok(jar
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; "))
}

fn cookie_value(header: &str, name: &str) -> Result<String> {
    header
        .split("; ")
        .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
        .map(str::to_owned)
        .with_context(|| format!("no cookie {name}"))
}

/// The body of a page exactly as the server sends it to a client like wrk (no compression
/// asked for); refuses anything but a 200 with a Content-Length.
async fn fetch(port: u16, path: &str, cookie: &str) -> Result<Vec<u8>> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
    let mut head =
        format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    if !cookie.is_empty() {
        head.push_str(&format!("Cookie: {cookie}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .context("no end of headers")?;
    let headers = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    ensure!(
        headers.starts_with("http/1.1 200"),
        "GET {path}: {}",
        headers.lines().next().unwrap_or("")
    );
    ensure!(
        !headers.contains("transfer-encoding: chunked"),
        "GET {path} came chunked"
    );
    Ok(raw[split + 4..].to_vec())
}

/// Runs wrk and reads its report.
fn wrk(
    url: &str,
    threads: usize,
    cookie: &str,
    script: Option<(&str, &Path)>,
    duration: u64,
) -> Result<Run> {
    let mut command = Command::new("wrk");
    command.args([
        &format!("-t{threads}"),
        &format!("-c{CONNECTIONS}"),
        &format!("-d{duration}s"),
        "--latency",
        "--timeout",
        "5s",
    ]);
    if !cookie.is_empty() {
        command.args(["-H", &format!("Cookie: {cookie}")]);
    }
    if let Some((lua, data)) = script {
        command.args(["-s", lua]).env("BENCH_DATA", data);
    }
    let output = command.arg(url).output().context("cannot run wrk")?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    ensure!(output.status.success(), "wrk failed: {text}");
    parse_wrk(&text).with_context(|| format!("cannot read wrk's report:\n{text}"))
}

fn parse_wrk(text: &str) -> Result<Run> {
    let mut run = Run::default();
    let mut in_distribution = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with("Latency Distribution") {
            in_distribution = true;
            continue;
        }
        if in_distribution {
            if let Some(value) = line.strip_prefix("50%") {
                run.p50_ms = millis(value.trim())?;
            } else if let Some(value) = line.strip_prefix("99%") {
                run.p99_ms = millis(value.trim())?;
                in_distribution = false;
            }
        }
        if let Some(value) = line.strip_prefix("Requests/sec:") {
            run.rps = value.trim().parse()?;
        }
        if line.contains("requests in") {
            run.requests = line
                .split_whitespace()
                .next()
                .context("requests")?
                .parse()?;
        }
        if let Some(value) = line.strip_prefix("Non-2xx or 3xx responses:") {
            run.errors += value.trim().parse::<u64>()?;
        }
        if let Some(value) = line.strip_prefix("Socket errors:") {
            // "connect 0, read 0, write 0, timeout 0"
            for part in value.split(',') {
                if let Some(n) = part.split_whitespace().nth(1) {
                    run.errors += n.parse::<u64>()?;
                }
            }
        }
        if line.starts_with("BENCH ") {
            run.script = line.to_owned();
        }
    }
    // No request finished within the run: reported as 0 req/s, not hidden.
    ensure!(text.contains("Requests/sec:"), "no requests per second");
    Ok(run)
}

/// wrk writes "245.00us", "1.23ms" or "1.05s".
fn millis(value: &str) -> Result<f64> {
    let (number, factor) = if let Some(n) = value.strip_suffix("us") {
        (n, 0.001)
    } else if let Some(n) = value.strip_suffix("ms") {
        (n, 1.0)
    } else if let Some(n) = value.strip_suffix('s') {
        (n, 1000.0)
    } else {
        bail!("unknown unit in {value:?}");
    };
    Ok(number.parse::<f64>()? * factor)
}

fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    s.trim_matches('_').to_owned() + "_page"
}

fn which(tool: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .chain(["/usr/sbin", "/sbin"])
        .map(|dir| Path::new(dir).join(tool))
        .find(|p| p.is_file())
}

/// The release server, as `cargo run --release` starts it (its default log level: one
/// line per request), logging to a file.
struct Server {
    child: Child,
}

impl Server {
    fn start(url: &str, port: u16, log: &Path) -> Result<Self> {
        let file = std::fs::File::create(log)?;
        let child = Command::new(server_support::BIN)
            .args([
                "--database-url",
                url,
                "--bind",
                &format!("127.0.0.1:{port}"),
                "--base-url",
                &format!("http://127.0.0.1:{port}"),
                "serve",
            ])
            .env_remove("RUST_LOG")
            .stdout(file.try_clone()?)
            .stderr(file)
            .spawn()
            .context("cannot start the server")?;
        Ok(Self { child })
    }

    /// The most memory the process has held (VmHWM), in kB.
    fn peak_rss_kb(&self) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("VmHWM:"))
                    .and_then(|v| v.split_whitespace().next()?.parse().ok())
            })
            .unwrap_or(0)
    }

    fn stop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// nginx with a minimal configuration, serving `work/www` on a loopback port.
struct Nginx {
    child: Child,
}

impl Nginx {
    fn start(work: &Path, port: u16) -> Result<Self> {
        let nginx = which("nginx").context("nginx")?;
        let conf = work.join("nginx.conf");
        let root = work.join("www");
        let w = work.display();
        std::fs::write(
            &conf,
            format!(
                "worker_processes auto;
daemon off;
pid {w}/nginx.pid;
error_log {w}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    types {{ text/html html; text/css css; text/calendar ics; }}
    client_body_temp_path {w}/nginx-body;
    proxy_temp_path {w}/nginx-proxy;
    fastcgi_temp_path {w}/nginx-fastcgi;
    uwsgi_temp_path {w}/nginx-uwsgi;
    scgi_temp_path {w}/nginx-scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root};
    }}
}}
",
                root = root.display()
            ),
        )?;
        let child = Command::new(nginx)
            .args(["-c", &conf.display().to_string(), "-p", &w.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .context("cannot start nginx")?;
        std::thread::sleep(Duration::from_millis(500));
        Ok(Self { child })
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The Markdown report: one table per database, the ratios, the write loads, the targets.
fn report(results: &[DbResult], options: &Options) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Measured {} on {} cores with `bench/run.sh` (wrk -t1 -c{CONNECTIONS} -d{}s per row; \
         nginx {} serving the same bytes).\n",
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        options.duration,
        nginx_version(),
    );
    let small = results.iter().find(|r| r.label == "small");
    for db in results {
        let _ = writeln!(
            out,
            "### {} database ({:.1} MB)\n",
            db.label,
            db.db_bytes as f64 / 1e6
        );
        if !db.pages.is_empty() {
            let _ = writeln!(
                out,
                "| page | bytes | first ms | ours req/s | p50 ms | p99 ms | nginx req/s | ours / nginx | errors |{}",
                if db.label == "large" && small.is_some() {
                    " small / large req/s | small / large, each against nginx |"
                } else {
                    ""
                }
            );
            let _ = writeln!(
                out,
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|{}",
                if db.label == "large" && small.is_some() {
                    "---:|---:|"
                } else {
                    ""
                }
            );
            for p in &db.pages {
                let mut line = format!(
                    "| `{}` | {} | {:.1} | {:.0} | {:.2} | {:.2} | {:.0} | {:.0}% | {} |",
                    p.name,
                    p.bytes,
                    p.first_ms,
                    p.ours.rps,
                    p.ours.p50_ms,
                    p.ours.p99_ms,
                    p.nginx.rps,
                    100.0 * p.ours.rps / p.nginx.rps,
                    p.ours.errors,
                );
                if db.label == "large" {
                    if let Some(s) = small.and_then(|s| s.pages.iter().find(|q| q.name == p.name)) {
                        let _ = write!(
                            line,
                            " {:.2}× | {:.2}× |",
                            s.ours.rps / p.ours.rps,
                            (s.ours.rps / s.nginx.rps) / (p.ours.rps / p.nginx.rps)
                        );
                    }
                }
                let _ = writeln!(out, "{line}");
            }
        }
        let _ = writeln!(
            out,
            "\nServer peak memory (VmHWM): {:.1} MB. \"database is locked\" in its log: {}.\n",
            db.peak_rss_kb as f64 / 1024.0,
            db.locked
        );
        if !db.writes.is_empty() {
            let _ = writeln!(
                out,
                "| writes, {CONNECTIONS} logged-in clients | req/s | p50 ms | p99 ms | acknowledged | found stored | errors |"
            );
            let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|");
            for w in &db.writes {
                let _ = writeln!(
                    out,
                    "| {} | {:.0} | {:.2} | {:.2} | {} | {} | {} |",
                    w.name,
                    w.run.rps,
                    w.run.p50_ms,
                    w.run.p99_ms,
                    w.saved,
                    w.stored,
                    w.run.requests.saturating_sub(w.saved) + w.run.errors,
                );
            }
            let _ = writeln!(out);
        }
        if let Some(st) = &db.storm {
            let answers: Vec<String> = st
                .statuses
                .iter()
                .map(|(status, n)| format!("{n} × {status}"))
                .collect();
            let _ = writeln!(
                out,
                "Login storm: {} waves of {} simultaneous failed logins, each from its own \
                 address for its own account, while 16 visitors fetch `/`. Answers: {} \
                 (422 checked and wrong, 503 busy with `Retry-After`, 429 throttled).\n",
                st.waves,
                storm::LOGINS_PER_WAVE,
                answers.join(", ")
            );
            let _ = writeln!(
                out,
                "| `/` | requests | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n\
                 | before the storm | {} | {:.2} | {:.2} | |\n\
                 | during the storm | {} | {:.2} | {:.2} | {:.2} |\n",
                st.baseline_pages,
                st.baseline_p50_ms,
                st.baseline_p99_ms,
                st.pages_during,
                st.p50_ms,
                st.p99_ms,
                st.max_ms
            );
            let _ = writeln!(
                out,
                "Server memory: peak (VmHWM) {:.1} MB before the storm, {:.1} MB after it.\n",
                st.rss_before_kb as f64 / 1024.0,
                st.peak_kb as f64 / 1024.0
            );
        }
        if let Some(f) = &db.fanout {
            let _ = writeln!(
                out,
                "Notification fan-out: one CROP opportunity announced to its sub-region, then \
                 opened to all, with all {} registry members eligible; 16 visitors fetch `/` \
                 meanwhile.\n",
                f.recipients
            );
            let _ = writeln!(
                out,
                "| step | the leader's request, seconds | messages queued when it answered |"
            );
            let _ = writeln!(out, "|---|---:|---:|");
            for (label, n, seconds) in &f.steps {
                let _ = writeln!(out, "| {label} | {seconds:.2} | {n} |");
            }
            let _ = writeln!(
                out,
                "\nAll {} messages queued {:.2} s after the first request ({:.0} a second).",
                f.queued,
                f.total_seconds,
                f.queued as f64 / f.total_seconds
            );
            let _ = writeln!(
                out,
                "\n`/` during the fan-out: {} requests, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms \
                 (before it: p99 {:.2} ms). Server memory (VmRSS) {:.1} MB before, {:.1} MB at \
                 most during it.\n",
                f.pages_during,
                f.p50_ms,
                f.p99_ms,
                f.max_ms,
                f.baseline_p99_ms,
                f.rss_before_kb as f64 / 1024.0,
                f.rss_max_kb as f64 / 1024.0,
            );
        }
    }
    out
}

fn nginx_version() -> String {
    Command::new(which("nginx").unwrap_or_default())
        .arg("-v")
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stderr)
                .trim()
                .trim_start_matches("nginx version: ")
                .to_owned()
        })
        .unwrap_or_default()
}
