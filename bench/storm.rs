//! The login storm (the security issue, finding 4): waves of 400 simultaneous failed logins,
//! each from its own loopback address and for its own (unknown) account, so that neither the
//! per-address nor the per-account lock stops them before argon2: only the hashing gate
//! does. Measured: the server's peak memory (VmHWM), the answers (422 checked, 503 busy with
//! `Retry-After`, 429 throttled), and the latency of `/` fetched by 16 visitors before and
//! during the storm, in the same run.

use std::collections::{BTreeMap, HashMap};
use std::net::Ipv4Addr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use super::server_support;

pub const LOGINS_PER_WAVE: usize = 400;

pub struct Storm {
    pub waves: usize,
    pub statuses: BTreeMap<u16, usize>,
    pub baseline_pages: usize,
    pub baseline_p50_ms: f64,
    pub baseline_p99_ms: f64,
    pub pages_during: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub rss_before_kb: u64,
    pub peak_kb: u64,
}

pub async fn run(port: u16, pid: u32, seconds: u64) -> Result<Storm> {
    let page = server_support::request(port, "GET", "/login", &HashMap::new(), None).await?;
    let token = page
        .cookies
        .iter()
        .find(|(k, _)| k == "lacralo_csrf")
        .map(|(_, v)| v.clone())
        .context("no CSRF cookie")?;
    let cookie = format!("lacralo_csrf={token}");

    let stop = Arc::new(AtomicBool::new(false));
    let samples: Arc<Mutex<Vec<(Instant, f64)>>> = Arc::default();
    let visitors = super::fanout::visitors(port, &stop, &samples);
    tokio::time::sleep(Duration::from_secs(3)).await;
    let rss_before_kb = server_support::peak_rss_kb(pid);

    let started = Instant::now();
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    let mut waves = 0;
    let mut n = 0usize;
    while started.elapsed() < Duration::from_secs(seconds) {
        let wave: Vec<_> = (0..LOGINS_PER_WAVE)
            .map(|_| {
                n += 1;
                // A fresh address per attempt: 127.1.0.0 upwards.
                let from = Ipv4Addr::from(0x7f01_0000u32 + n as u32);
                let (cookie, token) = (cookie.clone(), token.clone());
                tokio::spawn(async move {
                    server_support::failed_login(port, from, n, &cookie, &token).await
                })
            })
            .collect();
        for answer in futures_util::future::join_all(wave).await {
            let (status, _) = answer?;
            *statuses.entry(status).or_default() += 1;
        }
        waves += 1;
    }
    let ended = Instant::now();
    let peak_kb = server_support::peak_rss_kb(pid);
    stop.store(true, Ordering::Relaxed);
    for v in visitors {
        let _ = v.await;
    }
    let samples = samples.lock().unwrap().clone();
    let pick = |inside: &dyn Fn(Instant) -> bool| {
        let mut v: Vec<f64> = samples
            .iter()
            .filter(|(at, _)| inside(*at))
            .map(|(_, ms)| *ms)
            .collect();
        v.sort_by(f64::total_cmp);
        v
    };
    let during = pick(&|at| at >= started && at <= ended);
    let baseline = pick(&|at| at < started);
    Ok(Storm {
        waves,
        statuses,
        baseline_pages: baseline.len(),
        baseline_p50_ms: super::fanout::percentile(&baseline, 0.50),
        baseline_p99_ms: super::fanout::percentile(&baseline, 0.99),
        pages_during: during.len(),
        p50_ms: super::fanout::percentile(&during, 0.50),
        p99_ms: super::fanout::percentile(&during, 0.99),
        max_ms: during.last().copied().unwrap_or(0.0),
        rss_before_kb,
        peak_kb,
    })
}
