//! The notification engine: the only way anything tells a person something.
//!
//! - A message is written to the outbox **in the transaction of its cause** (`queue`), with
//!   its recipient, language, kind, link, subject, and a text and an HTML part rendered
//!   from the templates under `templates/mail/`. If the cause rolls back, so does the
//!   message.
//! - Every message has a **deduplication key**, unique in the table (for example
//!   `trip-report-due:{application}:{step}`): queueing the same cause twice writes nothing
//!   the second time, which is what makes the scheduler safe to run again and again.
//! - Optional kinds are skipped for whoever turned them off, and carry a one-click
//!   unsubscribe link; mandatory kinds (security notices, invitations, one's own CROP
//!   application) always go.
//! - `send` delivers what is due by SMTP, with retries and back-off; a permanent refusal is
//!   marked failed with the server's answer, for leadership to see at `/outbox`.

pub mod content;
pub mod due;
pub mod fanout;
pub mod kinds;
pub mod page;
pub mod queries;
pub mod recipient;
pub mod send;
pub mod settings;
pub mod settings_queries;
pub mod unsubscribe;

use askama::Template;
use sha2::{Digest, Sha256};
use sqlx::SqliteConnection;

pub use content::{Action, Content, Fact, Item, Section};
pub use kinds::Kind;
pub use recipient::Recipient;
pub use send::{Sender, send_due, spawn_sender};

use crate::db::now_text;

pub use crate::state::Site;

/// One message to queue: what kind, the key of its cause, to whom, and what it says.
pub struct Letter<'a> {
    pub kind: Kind,
    /// Unique per cause and recipient, e.g. `crop-announce:12:ana@example.org`.
    pub key: String,
    pub to: &'a Recipient,
    pub content: Content,
}

/// What `queue` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queued {
    New(i64),
    /// This cause was already messaged to this person.
    Duplicate,
    /// The recipient turned this kind off.
    OptedOut,
}

impl Queued {
    /// Whether a message was written (for the finders' counts).
    pub fn is_new(self) -> bool {
        matches!(self, Queued::New(_))
    }
}

/// Writes a message to the outbox, inside the caller's transaction.
pub async fn queue(
    conn: &mut SqliteConnection,
    base_url: &str,
    letter: &Letter<'_>,
) -> sqlx::Result<Queued> {
    let (kind, to) = (letter.kind, letter.to);
    if !kind.is_mandatory() && queries::opted_out(conn, &to.canonical, kind).await? {
        return Ok(Queued::OptedOut);
    }
    // Checked before rendering: the scheduler asks again every minute for what is due.
    if queries::key_taken(conn, &letter.key).await? {
        return Ok(Queued::Duplicate);
    }
    let unsubscribe = (!kind.is_mandatory()).then(|| {
        let token = crate::web::csrf::random_token();
        let url = format!("{}/unsubscribe/{token}", base_url.trim_end_matches('/'));
        (hash_token(&token), url)
    });
    let footer = content::Footer::new(
        to.lang,
        kind,
        &letter.content.why,
        base_url,
        unsubscribe.as_ref().map(|(_, url)| url.as_str()),
    );
    let c = &letter.content;
    let text = content::TextPart { c, footer: &footer }
        .render()
        .map_err(render_error)?;
    let html = content::HtmlPart {
        c,
        footer: &footer,
        lang: to.lang.code(),
    }
    .render()
    .map_err(render_error)?;
    let now = now_text();
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO outbox (kind, recipient, subject, body, html_body, language, link, dedup_key,
            user_id, member_id, recipient_canonical, unsubscribe_hash, unsubscribe_url,
            created_at, next_attempt_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (dedup_key) DO NOTHING RETURNING id",
    )
    .bind(kind.as_str())
    .bind(&to.email)
    .bind(&c.subject)
    .bind(text)
    .bind(html)
    .bind(to.lang.code())
    .bind(c.action.as_ref().map_or("", |a| a.url.as_str()))
    .bind(&letter.key)
    .bind(to.user_id)
    .bind(to.member_id)
    .bind(&to.canonical)
    .bind(unsubscribe.as_ref().map(|(hash, _)| hash.as_str()))
    .bind(unsubscribe.as_ref().map(|(_, url)| url.as_str()))
    .bind(&now)
    .bind(&now)
    .fetch_optional(conn)
    .await?;
    Ok(id.map_or(Queued::Duplicate, Queued::New))
}

/// Queues one message to each recipient; returns how many were new.
pub async fn queue_all<F>(
    conn: &mut SqliteConnection,
    base_url: &str,
    kind: Kind,
    recipients: &[Recipient],
    mut letter_for: F,
) -> sqlx::Result<usize>
where
    F: FnMut(&Recipient) -> (String, Content),
{
    let mut new = 0;
    for to in recipients {
        let (key, content) = letter_for(to);
        let letter = Letter {
            kind,
            key,
            to,
            content,
        };
        new += usize::from(queue(conn, base_url, &letter).await?.is_new());
    }
    Ok(new)
}

pub fn hash_token(token: &str) -> String {
    crate::web::csrf::hex(&Sha256::digest(token.trim().as_bytes()))
}

/// A template that fails to render is a bug in this program, not in the data; it reaches
/// the caller as a database-side encoding error so that the cause's transaction rolls back.
fn render_error(e: askama::Error) -> sqlx::Error {
    tracing::error!(error = %e, "a message template failed to render");
    sqlx::Error::Encode(Box::new(e))
}
