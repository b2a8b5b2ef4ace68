//! Notifications to people (invitations, decisions, reminders). They are written to the
//! outbox in the same transaction as the change that causes them; a background task sends
//! them by SMTP when a server is configured, retrying with growing delays; without one,
//! leadership see them at `/outbox` and send them by hand.

pub mod page;

use std::time::Duration;

use chrono::Utc;
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::{SqliteConnection, SqlitePool};

use crate::db::now_text;

pub async fn queue(
    conn: &mut SqliteConnection,
    kind: &str,
    recipient: &str,
    subject: &str,
    body: &str,
) -> sqlx::Result<i64> {
    let now = now_text();
    sqlx::query_scalar(
        "INSERT INTO outbox (kind, recipient, subject, body, created_at, next_attempt_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(kind)
    .bind(recipient)
    .bind(subject)
    .bind(body)
    .bind(&now)
    .bind(&now)
    .fetch_one(conn)
    .await
}

#[derive(Debug, sqlx::FromRow)]
struct Pending {
    id: i64,
    recipient: String,
    subject: String,
    body: String,
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

/// Sends what is due, forever, every `every`. Errors are recorded on the message and the
/// next attempt waits longer (1, 2, 4 … minutes, at most a day).
pub fn spawn_sender(pool: SqlitePool, smtp_url: String, from: String, every: Duration) {
    tokio::spawn(async move {
        let sender = match Sender::new(&smtp_url, &from) {
            Ok(sender) => sender,
            Err(e) => {
                tracing::error!(error = %e, "nothing will be sent");
                return;
            }
        };
        loop {
            if let Err(e) = send_due(&pool, &sender).await {
                tracing::error!(error = %e, "outbox run failed");
            }
            tokio::time::sleep(every).await;
        }
    });
}

/// One pass over the messages that are due; returns how many were sent.
pub async fn send_due(pool: &SqlitePool, sender: &Sender) -> anyhow::Result<usize> {
    let (transport, from) = (&sender.transport, &sender.from);
    let mut sent = 0;
    let due: Vec<Pending> = sqlx::query_as(
        "SELECT id, recipient, subject, body, attempts FROM outbox
         WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT 20",
    )
    .bind(now_text())
    .fetch_all(pool)
    .await?;
    for message in due {
        let result = match build(from, &message) {
            Ok(email) => transport
                .send(email)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Err(e) => Err(e),
        };
        match result {
            Ok(()) => {
                sqlx::query("UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                    .bind(now_text())
                    .bind(message.id)
                    .execute(pool)
                    .await?;
                tracing::info!(outbox_id = message.id, "message sent");
                sent += 1;
            }
            Err(error) => {
                let delay_minutes = 2i64.pow(message.attempts.clamp(0, 10) as u32).min(24 * 60);
                let next = (Utc::now() + chrono::Duration::minutes(delay_minutes))
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                sqlx::query("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")
                    .bind(&error)
                    .bind(next)
                    .bind(message.id)
                    .execute(pool)
                    .await?;
                tracing::warn!(
                    outbox_id = message.id,
                    error,
                    "message not sent; will retry"
                );
            }
        }
    }
    Ok(sent)
}

fn build(from: &Mailbox, message: &Pending) -> Result<Message, String> {
    // lettre encodes internationalised addresses (SMTPUTF8) itself.
    let to: Mailbox = message
        .recipient
        .parse()
        .map_err(|e: lettre::address::AddressError| e.to_string())?;
    Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&message.subject)
        .header(ContentType::TEXT_PLAIN)
        .body(message.body.clone())
        .map_err(|e| e.to_string())
}
