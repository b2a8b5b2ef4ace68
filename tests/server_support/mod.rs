//! Driving the real server binary over plain HTTP/1.1, for the tests that need a process
//! of their own (killed, or flooded with connections). Shared by several test binaries,
//! each using a part: hence the allow.
#![allow(dead_code)]

use std::collections::HashMap;
use std::net::TcpListener as StdTcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub const BIN: &str = env!("CARGO_BIN_EXE_lacralo-outreach");
pub const EMAIL: &str = "gse.crash@example.org";
pub const PASSWORD: &str = "marimba volcano lantern 1987";

pub struct Response {
    pub status: u16,
    pub cookies: Vec<(String, String)>,
    pub body: String,
}

/// One request on a fresh connection (`Connection: close`), cookies sent as given.
pub async fn request(
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

pub fn free_port() -> u16 {
    StdTcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub fn start_server(db: &str, port: u16) -> Child {
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

pub async fn wait_until_up(port: u16) {
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
pub async fn log_in(port: u16) -> HashMap<String, String> {
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
