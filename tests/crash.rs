//! Crash safety: the real server binary, under a load of concurrent writes, is killed with
//! SIGKILL. Every write it acknowledged (a redirect after saving) is in the database after
//! the restart, with its audit row; the database passes `PRAGMA integrity_check`; nothing
//! is half-written. Speaks plain HTTP/1.1 over TCP, as a browser would.

use std::collections::HashMap;
use std::net::TcpListener as StdTcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::Mutex;

const BIN: &str = env!("CARGO_BIN_EXE_lacralo-outreach");
const EMAIL: &str = "gse.crash@example.org";
const PASSWORD: &str = "marimba volcano lantern 1987";

struct Response {
    status: u16,
    cookies: Vec<(String, String)>,
    body: String,
}

/// One request on a fresh connection (`Connection: close`), cookies sent as given.
async fn request(
    port: u16,
    method: &str,
    path: &str,
    cookies: &HashMap<String, String>,
    form: Option<&[(&str, &str)]>,
) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    let body = form
        .map(|fields| {
            let mut s = form_urlencoded::Serializer::new(String::new());
            for (k, v) in fields {
                s.append_pair(k, v);
            }
            s.finish()
        })
        .unwrap_or_default();
    let cookie_header: Vec<String> = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nOrigin: http://127.0.0.1:{port}\r\n"
    );
    if !cookie_header.is_empty() {
        head.push_str(&format!("Cookie: {}\r\n", cookie_header.join("; ")));
    }
    if form.is_some() {
        head.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = headers
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other("no status line"))?;
    let cookies = headers
        .lines()
        .filter_map(|l| {
            let (name, value) = l.split_once(':')?;
            if !name.eq_ignore_ascii_case("set-cookie") {
                return None;
            }
            let pair = value.trim().split(';').next()?;
            let (k, v) = pair.split_once('=')?;
            Some((k.to_owned(), v.to_owned()))
        })
        .collect();
    Ok(Response {
        status,
        cookies,
        body: body.to_owned(),
    })
}

fn free_port() -> u16 {
    StdTcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_server(db: &str, port: u16) -> Child {
    Command::new(BIN)
        .args([
            "--database-url",
            db,
            "--bind",
            &format!("127.0.0.1:{port}"),
            "serve",
        ])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server binary starts")
}

async fn wait_until_up(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(r) = request(port, "GET", "/healthz", &HashMap::new(), None).await {
            if r.status == 200 {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server did not start");
}

/// A logged-in client's cookies.
async fn log_in(port: u16) -> HashMap<String, String> {
    let mut jar: HashMap<String, String> = HashMap::new();
    let page = request(port, "GET", "/login", &jar, None).await.unwrap();
    jar.extend(page.cookies);
    let csrf = jar["lacralo_csrf"].clone();
    let done = request(
        port,
        "POST",
        "/login",
        &jar,
        Some(&[("_csrf", &csrf), ("email", EMAIL), ("password", PASSWORD)]),
    )
    .await
    .unwrap();
    assert_eq!(done.status, 303, "logged in: {}", done.body);
    jar.extend(done.cookies);
    jar
}

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
