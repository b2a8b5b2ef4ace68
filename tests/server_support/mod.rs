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
            "--base-url",
            &format!("http://127.0.0.1:{port}"),
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
    absorb(&mut jar, done.cookies);
    // The token is bound to the session: the logged-in session's comes with its first page.
    let page = request(port, "GET", "/", &jar, None).await.unwrap();
    absorb(&mut jar, page.cookies);
    jar
}

/// Cookies a response set, into a jar; an empty value removes one.
pub fn absorb(jar: &mut HashMap<String, String>, cookies: Vec<(String, String)>) {
    for (name, value) in cookies {
        if value.is_empty() {
            jar.remove(&name);
        } else {
            jar.insert(name, value);
        }
    }
}

/// The peak resident memory of a process (VmHWM), in kB.
pub fn peak_rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.split_whitespace().next()?.parse().ok())
        })
        .expect("VmHWM in /proc")
}

/// One failed login from the loopback address `from` (any of 127.0.0.0/8, so that each
/// client can have an address of its own), for an account `nobody<n>@storm.example` that
/// does not exist; the status and whether the answer carried `Retry-After`.
pub async fn failed_login(
    port: u16,
    from: std::net::Ipv4Addr,
    n: usize,
    cookie: &str,
    token: &str,
) -> (u16, bool) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(std::net::SocketAddr::from((from, 0))).unwrap();
    let mut stream = socket
        .connect(std::net::SocketAddr::from(([127, 0, 0, 1], port)))
        .await
        .unwrap();
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("_csrf", token)
        .append_pair("email", &format!("nobody{n}@storm.example"))
        .append_pair("password", "not a password anyone has")
        .finish();
    let head = format!(
        "POST /login HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\
         Cookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw);
    let head = text.split("\r\n\r\n").next().unwrap_or("");
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (
        status,
        head.to_ascii_lowercase().contains("\r\nretry-after: "),
    )
}
