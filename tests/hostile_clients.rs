//! Slow and hostile clients do not stop the server serving others: hundreds of idle
//! connections, connections that send their headers a byte at a time, and an oversized body
//! are all open at once while ordinary visitors still get their pages. The real binary, over
//! plain TCP.

mod server_support;

use std::collections::HashMap;
use std::time::Duration;

use server_support::{free_port, request, start_server, wait_until_up};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A guard against hanging forever, not a speed requirement: speed is measured by the
/// benchmarks, never asserted here.
const HANG: Duration = Duration::from_secs(60);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_and_idle_clients_do_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("hostile.db").display());
    let port = free_port();
    let mut server = start_server(&db, port);
    wait_until_up(port).await;

    // 300 connections that never send a byte.
    let mut idle = Vec::new();
    for _ in 0..300 {
        idle.push(TcpStream::connect(("127.0.0.1", port)).await.unwrap());
    }
    // 20 that send a request's headers one byte at a time.
    let mut dribblers = Vec::new();
    for _ in 0..20 {
        dribblers.push(tokio::spawn(async move {
            let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)).await else {
                return;
            };
            for b in b"GET /events HTTP/1.1\r\nHost: x\r\nX-Slow: "
                .iter()
                .cycle()
                .take(400)
            {
                if s.write_all(&[*b]).await.is_err() {
                    return; // closed by the server: as it should, eventually
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }));
    }
    // One that announces a body far over the limit: refused without reading it all.
    let mut big = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    big.write_all(
        format!(
            "POST /login HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            200 * 1024 * 1024
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    big.write_all(&vec![b'a'; 64 * 1024]).await.unwrap();

    // Meanwhile ordinary visitors get their pages.
    for path in [
        "/healthz",
        "/events?year=2023",
        "/events/calendar",
        "/webinars",
        "/coverage",
        "/",
    ] {
        for _ in 0..5 {
            let response =
                tokio::time::timeout(HANG, request(port, "GET", path, &HashMap::new(), None))
                    .await
                    .expect("the server answered")
                    .unwrap();
            assert_eq!(response.status, 200, "{path}");
        }
    }
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(HANG, big.read_to_end(&mut answer)).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.starts_with("HTTP/1.1 413") || answer.starts_with("HTTP/1.1 403"),
        "an oversized body is refused: {}",
        answer.lines().next().unwrap_or("")
    );
    for d in dribblers {
        d.abort();
    }
    drop(idle);
    server.kill().unwrap();
    server.wait().unwrap();
}

/// A connection that never finishes its header, or never sends one, is closed by the
/// server after its header time-out (10 s) instead of being held open forever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_header_never_finished_is_cut_off() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("slowloris.db").display());
    let port = free_port();
    let mut server = start_server(&db, port);
    wait_until_up(port).await;

    let started = std::time::Instant::now();
    let mut partial = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    partial
        .write_all(b"GET /events HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .await
        .unwrap();
    let mut silent = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    for (name, stream) in [("partial header", &mut partial), ("silent", &mut silent)] {
        let mut rest = Vec::new();
        let closed = tokio::time::timeout(HANG, stream.read_to_end(&mut rest)).await;
        assert!(
            closed.is_ok(),
            "the {name} connection is still open after {HANG:?}"
        );
    }
    // Closed by the time-out, not at once (which would refuse slow but honest clients).
    assert!(
        started.elapsed() >= Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    server.kill().unwrap();
    server.wait().unwrap();
}
