//! Crash safety: the real server binary, under a load of concurrent writes, is killed with
//! SIGKILL. Every write it acknowledged (a redirect after saving) is in the database after
//! the restart, with its audit row; the database passes `PRAGMA integrity_check`; nothing
//! is half-written. Speaks plain HTTP/1.1 over TCP, as a browser would.

mod server_support;

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use server_support::{
    BIN, EMAIL, PASSWORD, free_port, log_in, request, start_server, wait_until_up,
};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use tokio::sync::Mutex;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_acknowledged_before_a_sigkill_survive_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("crash.db").display());
    // The account, made with the operators' command.
    let mut add = Command::new(BIN)
        .args([
            "--database-url",
            &db,
            "user",
            "add",
            "--email",
            EMAIL,
            "--role",
            "gse_staff",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    use std::io::Write;
    writeln!(add.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    assert!(add.wait().unwrap().success());

    let port = free_port();
    let mut server = start_server(&db, port);
    wait_until_up(port).await;
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut writers = Vec::new();
    for w in 0..4 {
        let acknowledged = acknowledged.clone();
        let jar = log_in(port).await;
        writers.push(tokio::spawn(async move {
            let csrf = jar["lacralo_csrf"].clone();
            for i in 0.. {
                let title = format!("Crash test {w}-{i}");
                let fields = [
                    ("_csrf", csrf.as_str()),
                    ("title", title.as_str()),
                    ("kind", "meeting"),
                    ("relevance", "unclassified"),
                    ("status", "planned"),
                    ("date_precision", "day"),
                    ("start_date", "2027-06-01"),
                ];
                match request(port, "POST", "/events", &jar, Some(&fields)).await {
                    Ok(r) if r.status == 303 => acknowledged.lock().await.push(title),
                    Ok(r) => panic!("a write was refused: {} {}", r.status, r.body),
                    // The server is gone: what was not acknowledged may or may not be there.
                    Err(_) => break,
                }
            }
        }));
    }
    // Let the writes run, then kill the server mid-load, without warning.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill().expect("SIGKILL");
    server.wait().unwrap();
    for w in writers {
        w.await.unwrap();
    }
    let acknowledged = acknowledged.lock().await.clone();
    assert!(
        acknowledged.len() > 20,
        "the load wrote something: {}",
        acknowledged.len()
    );

    // Restart: the server opens the database (recovering the WAL) and serves.
    let port = free_port();
    let mut server = start_server(&db, port);
    wait_until_up(port).await;
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(SqliteConnectOptions::new().filename(dir.path().join("crash.db")))
        .await
        .unwrap();
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(check, "ok");
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT title FROM events WHERE title LIKE 'Crash test %'")
            .fetch_all(&pool)
            .await
            .unwrap();
    for title in &acknowledged {
        assert!(stored.contains(title), "acknowledged but lost: {title}");
    }
    // Nothing half-written: every stored event has its audit row.
    let unaudited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM events e WHERE e.title LIKE 'Crash test %' AND NOT EXISTS
           (SELECT 1 FROM audit_log a WHERE a.entity = 'event' AND a.entity_id = e.id AND a.action = 'create')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(unaudited, 0);
    eprintln!(
        "{} writes acknowledged before SIGKILL, {} stored after restart",
        acknowledged.len(),
        stored.len()
    );
    pool.close().await;
    server.kill().unwrap();
    server.wait().unwrap();
}
