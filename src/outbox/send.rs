//! Delivery by SMTP (lettre): what is due goes out as multipart/alternative (text and
//! HTML), optional kinds with the RFC 8058 one-click unsubscribe headers.
//!
//! - A message is claimed before it is sent (its next attempt moved forward in the same
//!   UPDATE that checks it is still due), so two servers on one database never send the
//!   same message twice at once.
//! - A temporary refusal or a lost connection is tried again later: 1, 2, 4 … minutes, at
//!   most a day apart, and given up (failed) after `MAX_ATTEMPTS`.
//! - A permanent refusal (5xx) is failed at once, with the server's answer, for leadership
//!   to see at `/outbox`; so is an address with non-ASCII characters when the server does
//!   not offer SMTPUTF8: such an address is never rewritten.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::SqlitePool;

use crate::clock::{self, Clock};

/// After this many attempts (about two days of back-off) a message is marked failed.
pub const MAX_ATTEMPTS: i64 = 12;
/// How long a claimed message is left alone by other senders.
const CLAIM_MINUTES: i64 = 15;
/// How many messages one pass takes.
const BATCH: i64 = 50;

#[derive(Debug, sqlx::FromRow)]
struct Pending {
    id: i64,
    recipient: String,
    subject: String,
    body: String,
    html_body: Option<String>,
    unsubscribe_url: Option<String>,
    attempts: i64,
}

/// An SMTP connection and the sender address, checked once.
pub struct Sender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Sender {
    pub fn new(smtp_url: &str, from: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| anyhow::anyhow!("the SMTP URL is not usable: {e}"))?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        let from = from
            .parse()
            .map_err(|e| anyhow::anyhow!("the sender address is not usable: {e}"))?;
        Ok(Self { transport, from })
    }
}

/// Sends what is due, forever, every `every`.
pub fn spawn_sender(
    pool: SqlitePool,
    clock: Arc<dyn Clock>,
    smtp_url: String,
    from: String,
    every: Duration,
) {
    tokio::spawn(async move {
        let sender = match Sender::new(&smtp_url, &from) {
            Ok(sender) => sender,
            Err(e) => {
                tracing::error!(error = %e, "nothing will be sent");
                return;
            }
        };
        loop {
            if let Err(e) = send_due(&pool, &sender, clock.now()).await {
                tracing::error!(error = %e, "outbox run failed");
            }
            tokio::time::sleep(every).await;
        }
    });
}

/// What became of one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Sent,
    /// Try again later, with this error.
    Retry(String),
    /// Refused for good, with the server's answer or the reason.
    Failed(String),
}

/// One pass over the messages that are due at `now`; returns how many were sent.
pub async fn send_due(
    pool: &SqlitePool,
    sender: &Sender,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let now_text = clock::text(now);
    let due: Vec<Pending> = sqlx::query_as(
        "SELECT id, recipient, subject, body, html_body, unsubscribe_url, attempts FROM outbox
         WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
    )
    .bind(&now_text)
    .bind(BATCH)
    .fetch_all(pool)
    .await?;
    let mut sent = 0;
    for message in due {
        let claimed = sqlx::query(
            "UPDATE outbox SET next_attempt_at = ?
             WHERE id = ? AND status = 'pending' AND next_attempt_at <= ?",
        )
        .bind(clock::text(now + chrono::Duration::minutes(CLAIM_MINUTES)))
        .bind(message.id)
        .bind(&now_text)
        .execute(pool)
        .await?;
        if claimed.rows_affected() != 1 {
            continue; // another server took it
        }
        let outcome = match build(&sender.from, &message) {
            Ok(email) => match sender.transport.send(email).await {
                Ok(_) => Outcome::Sent,
                Err(e) => classify(&e, &message.recipient),
            },
            Err(e) => Outcome::Failed(e),
        };
        let outcome = match outcome {
            Outcome::Retry(e) if message.attempts + 1 >= MAX_ATTEMPTS => {
                Outcome::Failed(format!("gave up after {MAX_ATTEMPTS} attempts: {e}"))
            }
            other => other,
        };
        record(pool, message.id, message.attempts, &outcome, now).await?;
        if outcome == Outcome::Sent {
            sent += 1;
        }
    }
    Ok(sent)
}

async fn record(
    pool: &SqlitePool,
    id: i64,
    attempts: i64,
    outcome: &Outcome,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    match outcome {
        Outcome::Sent => {
            sqlx::query(
                "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1,
                    last_error = NULL WHERE id = ?",
            )
            .bind(clock::text(now))
            .bind(id)
            .execute(pool)
            .await?;
            tracing::info!(outbox_id = id, "message sent");
        }
        Outcome::Retry(error) => {
            sqlx::query(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?
                 WHERE id = ?",
            )
            .bind(error)
            .bind(clock::text(now + backoff(attempts)))
            .bind(id)
            .execute(pool)
            .await?;
            tracing::warn!(outbox_id = id, error, "message not sent; will retry");
        }
        Outcome::Failed(error) => {
            sqlx::query(
                "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?
                 WHERE id = ?",
            )
            .bind(error)
            .bind(id)
            .execute(pool)
            .await?;
            tracing::warn!(outbox_id = id, error, "message refused for good");
        }
    }
    Ok(())
}

/// The wait before the next attempt, after `attempts` failed ones: 1, 2, 4 … minutes, at
/// most a day.
fn backoff(attempts: i64) -> chrono::Duration {
    chrono::Duration::minutes(2i64.pow(attempts.clamp(0, 11) as u32).min(24 * 60))
}

fn classify(e: &lettre::transport::smtp::Error, recipient: &str) -> Outcome {
    let text = e.to_string();
    if e.is_permanent() {
        Outcome::Failed(text)
    } else if e.is_client() {
        // lettre refuses before sending: today, only for what the server cannot carry.
        if text.contains("SMTPUTF8") {
            Outcome::Failed(format!(
                "the mail server does not offer SMTPUTF8, which the address {recipient} needs; \
                 not sent (an internationalised address is never rewritten)"
            ))
        } else {
            Outcome::Failed(text)
        }
    } else {
        Outcome::Retry(text)
    }
}

/// `List-Unsubscribe: <https://…/unsubscribe/…>` (RFC 2369).
#[derive(Debug, Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_owned()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
#[derive(Debug, Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

/// `Auto-Submitted: auto-generated` (RFC 3834): out-of-office replies stay away.
#[derive(Debug, Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_owned())
    }
}

/// An address with a quoted local part (`"i@fo"@example.org`, RFC 5321 §4.1.2), which
/// lettre's parser refuses although SMTP carries it: the account form has checked it
/// (`accounts::email`), so it is split at the last `@` and taken as it is.
fn quoted_local_part(recipient: &str) -> Option<Mailbox> {
    let (local, domain) = recipient.rsplit_once('@')?;
    let quoted = local.len() >= 2 && local.starts_with('"') && local.ends_with('"');
    // Inside the quotes anything printable goes (RFC 5321 qtextSMTP, quoted pairs): the
    // account form has already checked it; only what would break the SMTP line is refused.
    let plain = |s: &str| !s.chars().any(char::is_control);
    (quoted && plain(local) && plain(domain) && !domain.contains(['"', ' ']))
        .then(|| Mailbox::new(None, lettre::Address::new_dangerous(local, domain)))
}

fn build(from: &Mailbox, message: &Pending) -> Result<Message, String> {
    // lettre asks for SMTPUTF8 itself when an address needs it.
    let to: Mailbox = message
        .recipient
        .parse()
        .or_else(|e| quoted_local_part(&message.recipient).ok_or(e))
        .map_err(|e: lettre::address::AddressError| {
            format!("the address {} is not usable: {e}", message.recipient)
        })?;
    // The envelope is given, not derived from the headers: lettre re-parses those, and its
    // parser refuses quoted local parts.
    let envelope = lettre::address::Envelope::new(Some(from.email.clone()), vec![to.email.clone()])
        .map_err(|e| e.to_string())?;
    let mut builder = Message::builder()
        .envelope(envelope)
        .from(from.clone())
        .to(to)
        .subject(&message.subject)
        .header(AutoSubmitted);
    if let Some(url) = &message.unsubscribe_url {
        builder = builder
            .header(ListUnsubscribe(url.clone()))
            .header(ListUnsubscribePost);
    }
    match &message.html_body {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(
            message.body.clone(),
            html.clone(),
        )),
        // Messages written before the HTML part existed.
        None => builder.singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_PLAIN)
                .body(message.body.clone()),
        ),
    }
    .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_up_to_a_day() {
        let minutes: Vec<i64> = [0, 1, 2, 5, 10, 11, 12, 40]
            .iter()
            .map(|&a| backoff(a).num_minutes())
            .collect();
        assert_eq!(minutes, [1, 2, 4, 32, 1024, 1440, 1440, 1440]);
    }
}

#[cfg(test)]
mod quoted_tests {
    use super::*;

    /// Quoted local parts (RFC 5321 §4.1.2, RFC 6531 §3.3) are accepted by the account form;
    /// the message to them must build, with the address as written.
    #[test]
    fn messages_to_quoted_local_parts_build() {
        let from: Mailbox = "LACRALO <no-reply@example.org>".parse().unwrap();
        for to in [
            "\"i@fo\"@example.org",
            "\"john doe\"@example.org",
            "\"josé pérez\"@example.org",
            "\"(a),[b];<c>:d\"@example.org",
        ] {
            let message = Pending {
                id: 1,
                recipient: to.to_owned(),
                subject: "s".to_owned(),
                body: "b".to_owned(),
                html_body: None,
                unsubscribe_url: None,
                attempts: 0,
            };
            let built = build(&from, &message).unwrap_or_else(|e| panic!("{to}: {e}"));
            let envelope = built.envelope();
            assert_eq!(envelope.to()[0].to_string(), to);
        }
    }
}
