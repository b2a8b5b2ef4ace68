//! The login storm against the real binary (issue 13, finding 4): 400 simultaneous failed
//! logins, from 200 client addresses (so that no per-address lock stops them first), for
//! 400 different addresses (no per-account lock either). Before the argon2 gate, every one
//! hashed at once and the server's memory grew by 19 MiB for each (1.5 GB measured).
//! Now at most one hash per core runs, a short queue waits, and the rest are answered 503
//! with `Retry-After`. Memory is read from /proc (VmHWM, the peak resident set), not timed.

mod server_support;

use std::collections::HashMap;

use server_support::{failed_login, free_port, peak_rss_kb, request, start_server, wait_until_up};

const LOGINS: usize = 400;
const PEAK_LIMIT_KB: u64 = 200 * 1024;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_storm_keeps_memory_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("storm.db").display());
    let port = free_port();
    let mut server = start_server(&db, port);
    wait_until_up(port).await;
    let pid = server.id();

    let page = request(port, "GET", "/login", &HashMap::new(), None)
        .await
        .unwrap();
    let (_, token) = page
        .cookies
        .iter()
        .find(|(k, _)| k == "lacralo_csrf")
        .cloned()
        .expect("a CSRF cookie");
    let cookie = format!("lacralo_csrf={token}");
    let before = peak_rss_kb(pid);

    let storm = (0..LOGINS).map(|n| {
        let (cookie, token) = (cookie.clone(), token.clone());
        // 127.0.0.2 … 127.0.0.201: two attempts per address.
        let from = std::net::Ipv4Addr::new(127, 0, 0, 2 + (n % 200) as u8);
        tokio::spawn(async move { failed_login(port, from, n, &cookie, &token).await })
    });
    let mut statuses: HashMap<u16, usize> = HashMap::new();
    let mut busy_without_retry_after = 0;
    for answer in futures_util::future::join_all(storm).await {
        let (status, retry_after) = answer.unwrap();
        *statuses.entry(status).or_default() += 1;
        if status == 503 && !retry_after {
            busy_without_retry_after += 1;
        }
    }
    let peak = peak_rss_kb(pid);
    // The server still answers, and a page after the storm is served.
    let after = request(port, "GET", "/", &HashMap::new(), None)
        .await
        .unwrap();
    let _ = server.kill();
    let _ = server.wait();

    eprintln!("statuses {statuses:?}; peak memory {before} kB before, {peak} kB after");
    assert_eq!(after.status, 200);
    assert_eq!(
        statuses.values().sum::<usize>(),
        LOGINS,
        "every login answered"
    );
    assert!(
        statuses.keys().all(|s| matches!(s, 422 | 429 | 503)),
        "only wrong-password, throttled or busy answers: {statuses:?}"
    );
    assert!(
        statuses.get(&503).copied().unwrap_or(0) > 0,
        "a storm this size overflows the queue: {statuses:?}"
    );
    assert_eq!(busy_without_retry_after, 0, "every 503 says when to retry");
    assert!(
        peak < PEAK_LIMIT_KB,
        "peak memory {peak} kB (limit {PEAK_LIMIT_KB} kB)"
    );
}
