//! On SIGTERM the server stops taking new connections but finishes the requests in flight:
//! a login whose body is still arriving when the signal comes gets its full answer.

mod server_support;

use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::Duration;

use server_support::{BIN, EMAIL, PASSWORD, free_port, request, start_server, wait_until_up};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_in_flight_at_sigterm_is_answered() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("graceful.db").display());
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

    let page = request(port, "GET", "/login", &HashMap::new(), None)
        .await
        .unwrap();
    let (_, csrf) = page
        .cookies
        .iter()
        .find(|(k, _)| k == "lacralo_csrf")
        .unwrap()
        .clone();
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("_csrf", &csrf)
        .append_pair("email", EMAIL)
        .append_pair("password", PASSWORD)
        .finish();
    let (first, rest) = body.split_at(body.len() / 2);
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    stream
        .write_all(
            format!(
                "POST /login HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\nCookie: lacralo_csrf={csrf}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{first}",
                body.len()
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    // The signal arrives while the body is half sent.
    let term = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    tokio::time::sleep(Duration::from_millis(200)).await;
    stream.write_all(rest.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut answer))
        .await
        .expect("an answer, not a hang")
        .unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        answer.starts_with("HTTP/1.1 303"),
        "the login in flight completed: {}",
        answer.lines().next().unwrap_or("(nothing)")
    );
    // And then the server stops, by itself, cleanly.
    let status = tokio::task::spawn_blocking(move || server.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success(), "exited cleanly: {status:?}");
}
