//! A real SMTP server for the tests: Debian's aiosmtpd (`python3-aiosmtpd`, installed by
//! `scripts/test`), with `tests/tools/smtp_sink.py` keeping what it accepts in a folder.
//! Messages are read back with mail-parser, as a mail program would.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mail_parser::{MessageParser, MimeHeaders};

/// How the server answers recipients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Accept,
    /// 550 for every recipient.
    Refuse,
    /// 451 for every recipient.
    TempFail,
}

pub struct SmtpSink {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Child,
}

/// One message as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub rcpt_tos: Vec<String>,
    pub smtputf8: bool,
    pub raw: String,
    pub subject: String,
    pub to: String,
    pub text: String,
    pub html: String,
    pub content_type: String,
    pub list_unsubscribe: Option<String>,
    pub list_unsubscribe_post: Option<String>,
}

/// The Python that has Debian's aiosmtpd: the system one (a pyenv or venv first on PATH
/// does not see Debian's packages).
fn python() -> &'static str {
    if std::path::Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}

impl SmtpSink {
    /// Starts aiosmtpd on a free port and waits until it answers.
    pub fn start(mode: Mode, smtputf8: bool) -> Self {
        let dir = tempfile::tempdir().expect("a folder for the messages");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut command = Command::new(python());
        command
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .env(
                "PYTHONPATH",
                concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tools"),
            )
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if smtputf8 {
            command.arg("-u");
        }
        command.args(["-c", "smtp_sink.Sink"]);
        command.arg(dir.path());
        command.arg(match mode {
            Mode::Accept => "accept",
            Mode::Refuse => "refuse",
            Mode::TempFail => "tempfail",
        });
        let child = command
            .spawn()
            .expect("aiosmtpd starts (Debian's python3-aiosmtpd: scripts/test installs it)");
        let sink = Self { port, dir, child };
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "aiosmtpd did not start on port {port}: is python3-aiosmtpd installed?"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        sink
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn folder(&self) -> PathBuf {
        self.dir.path().to_owned()
    }

    /// Every message received so far, oldest first.
    pub fn messages(&self) -> Vec<Received> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .expect("the sink's folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names
            .into_iter()
            .map(|json| {
                let meta: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
                let raw = std::fs::read(json.with_extension("eml")).unwrap();
                parse(&meta, &raw)
            })
            .collect()
    }

    /// Waits until at least `n` messages arrived (at most 20 seconds), and returns them.
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        let started = Instant::now();
        loop {
            let messages = self.messages();
            if messages.len() >= n {
                return messages;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "expected {n} messages, the server has {}",
                messages.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn parse(meta: &serde_json::Value, raw: &[u8]) -> Received {
    let message = MessageParser::default()
        .parse(raw)
        .expect("a message mail-parser can read");
    let header = |name: &str| message.header_raw(name).map(|v| v.trim().to_owned());
    let to = message
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap_or_default()
        .to_owned();
    Received {
        rcpt_tos: meta["rcpt_tos"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
        smtputf8: meta["smtputf8"].as_bool().unwrap_or(false),
        raw: String::from_utf8_lossy(raw).into_owned(),
        subject: message.subject().unwrap_or_default().to_owned(),
        to,
        text: message
            .body_text(0)
            .map(|t| t.into_owned())
            .unwrap_or_default(),
        html: message
            .body_html(0)
            .map(|t| t.into_owned())
            .unwrap_or_default(),
        content_type: message
            .content_type()
            .map(|c| format!("{}/{}", c.ctype(), c.subtype().unwrap_or_default()))
            .unwrap_or_default(),
        list_unsubscribe: header("List-Unsubscribe"),
        list_unsubscribe_post: header("List-Unsubscribe-Post"),
    }
}
