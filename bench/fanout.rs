//! The notification fan-out (the notifications issue): a CROP opportunity announced to its
//! sub-region, then opened to all, on the large database with every bench member made
//! eligible, so that the two steps queue one message to each of the 50,000 registry
//! members. Measured: the time of each step (the leader's request, which writes the
//! messages in its own transaction), the server's memory, and the latency of `/` fetched by
//! 16 visitors meanwhile (its p99 over the requests sent while the fan-out runs).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};

use super::server_support;

pub struct FanOut {
    pub recipients: i64,
    /// Messages queued in all, and the seconds from the first request to the last batch.
    pub queued: i64,
    pub total_seconds: f64,
    pub steps: Vec<(&'static str, i64, f64)>,
    pub pages_during: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub baseline_p99_ms: f64,
    pub rss_before_kb: u64,
    pub rss_max_kb: u64,
}

const VISITORS: usize = 16;

pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.split_whitespace().next()?.parse().ok())
        })
        .unwrap_or(0)
}

/// `VISITORS` visitors fetching `/` until `stop`, each request's latency kept with the
/// instant it was sent (shared with the login storm).
pub fn visitors(
    port: u16,
    stop: &Arc<AtomicBool>,
    samples: &Arc<Mutex<Vec<(Instant, f64)>>>,
) -> Vec<tokio::task::JoinHandle<()>> {
    (0..VISITORS)
        .map(|_| {
            let (stop, samples) = (stop.clone(), samples.clone());
            tokio::spawn(async move {
                while !stop.load(Ordering::Relaxed) {
                    let sent = Instant::now();
                    if super::fetch(port, "/", "").await.is_ok() {
                        let ms = sent.elapsed().as_secs_f64() * 1000.0;
                        samples.lock().unwrap().push((sent, ms));
                    }
                }
            })
        })
        .collect()
}

pub async fn run(
    pool: &sqlx::SqlitePool,
    port: u16,
    pid: u32,
    leader_cookie: &str,
) -> Result<FanOut> {
    // Every bench member eligible: active, in an active ALS (or individual).
    sqlx::query("UPDATE als SET status = 'active' WHERE name_key LIKE 'bench als %'")
        .execute(pool)
        .await?;
    sqlx::query("UPDATE members SET active = 1 WHERE email LIKE 'member%@bench.example'")
        .execute(pool)
        .await?;
    let recipients: i64 =
        sqlx::query_scalar("SELECT count(*) FROM members WHERE active = 1 AND email IS NOT NULL")
            .fetch_one(pool)
            .await?;
    let now = "2026-01-01T00:00:00Z";
    let event: i64 = sqlx::query_scalar(
        "INSERT INTO events (uid, title, kind, relevance, country, city, date_precision, year,
            month, start_date, end_date, status, created_at, updated_at)
         VALUES ('bench-fanout', 'Bench fan-out forum', 'conference', 'crop_candidate', 'TT',
            'Port of Spain', 'day', 2030, 6, '2030-06-10', '2030-06-12', 'planned', ?, ?)
         RETURNING id",
    )
    .bind(now)
    .bind(now)
    .fetch_one(pool)
    .await?;
    let opportunity: i64 = sqlx::query_scalar(
        "INSERT INTO crop_opportunities (event_id, fiscal_year, slots, subregion, phase,
            priority_ends_on, deadline_on, time_zone, deadline_at, created_at, updated_at)
         VALUES (?, 2030, 2, 'C', 'draft', '2030-04-01', '2030-04-15', 'America/Port_of_Spain',
            '2030-04-16T03:59:59Z', ?, ?) RETURNING id",
    )
    .bind(event)
    .bind(now)
    .bind(now)
    .fetch_one(pool)
    .await?;

    // Visitors on `/`, each request timed from when it was sent.
    let stop = Arc::new(AtomicBool::new(false));
    let samples: Arc<Mutex<Vec<(Instant, f64)>>> = Arc::default();
    let rss_max = Arc::new(Mutex::new(0u64));
    let mut visitors = visitors(port, &stop, &samples);
    {
        let (stop, rss_max) = (stop.clone(), rss_max.clone());
        visitors.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let now = rss_kb(pid);
                {
                    let mut max = rss_max.lock().unwrap();
                    *max = (*max).max(now);
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }));
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let rss_before_kb = rss_kb(pid);
    *rss_max.lock().unwrap() = rss_before_kb;

    let mut jar: HashMap<String, String> = leader_cookie
        .split("; ")
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let csrf = jar
        .get("lacralo_csrf")
        .context("the leader's CSRF cookie")?
        .clone();
    let started = Instant::now();
    let mut steps = Vec::new();
    for (version, to, reason, label) in [
        ("1", "subregion", "", "announced to sub-region C"),
        (
            "2",
            "open_to_all",
            "Bench: open to every member",
            "opened to all",
        ),
    ] {
        let before: i64 =
            sqlx::query_scalar("SELECT count(*) FROM outbox WHERE kind = 'crop_announcement'")
                .fetch_one(pool)
                .await?;
        let clock = Instant::now();
        let done = server_support::request(
            port,
            "POST",
            &format!("/crop/{opportunity}/phase"),
            &jar,
            Some(&[
                ("_csrf", &csrf),
                ("version", version),
                ("to", to),
                ("reason", reason),
                ("confirm", "1"),
            ]),
        )
        .await?;
        let seconds = clock.elapsed().as_secs_f64();
        ensure!(done.status == 303, "{label}: {}", done.status);
        jar.extend(done.cookies);
        jar.remove("lacralo_flash");
        let after: i64 =
            sqlx::query_scalar("SELECT count(*) FROM outbox WHERE kind = 'crop_announcement'")
                .fetch_one(pool)
                .await?;
        eprintln!(
            "   {label}: the request answered in {seconds:.2} s, {} messages queued by then",
            after - before
        );
        steps.push((label, after - before, seconds));
    }
    // The first batch of each step goes with the leader's request; the rest follows in
    // batches: the fan-out ends when its rows say so.
    loop {
        let pending: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM fanouts WHERE kind = 'crop_announcement' AND finished_at IS NULL",
        )
        .fetch_one(pool)
        .await?;
        if pending == 0 {
            break;
        }
        ensure!(
            started.elapsed() < Duration::from_secs(600),
            "the fan-out did not finish in 10 minutes"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let ended = Instant::now();
    let total_seconds = (ended - started).as_secs_f64();
    let queued: i64 = sqlx::query_scalar("SELECT count(*) FROM outbox WHERE dedup_key LIKE ?")
        .bind(format!("crop-announce:{opportunity}:%"))
        .fetch_one(pool)
        .await?;
    eprintln!("   all {queued} messages queued in {total_seconds:.2} s");
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::Relaxed);
    for v in visitors {
        let _ = v.await;
    }
    let samples = samples.lock().unwrap().clone();
    let mut during: Vec<f64> = samples
        .iter()
        .filter(|(at, _)| *at >= started && *at <= ended)
        .map(|(_, ms)| *ms)
        .collect();
    let mut baseline: Vec<f64> = samples
        .iter()
        .filter(|(at, _)| *at < started)
        .map(|(_, ms)| *ms)
        .collect();
    during.sort_by(f64::total_cmp);
    baseline.sort_by(f64::total_cmp);
    let rss_max_kb = *rss_max.lock().unwrap();
    Ok(FanOut {
        recipients,
        queued,
        total_seconds,
        steps,
        pages_during: during.len(),
        p50_ms: percentile(&during, 0.50),
        p99_ms: percentile(&during, 0.99),
        max_ms: during.last().copied().unwrap_or(0.0),
        baseline_p99_ms: percentile(&baseline, 0.99),
        rss_before_kb,
        rss_max_kb,
    })
}
