//! The audit log: one row for every write, in the same transaction as the write, with who,
//! when, what and the entity before and after as JSON. Leadership read it at `/audit`.

pub mod page;
pub mod queries;
pub mod write;

use serde::Serialize;
use sqlx::SqliteConnection;

use crate::db::now_text;
use crate::web::auth::CurrentUser;

/// Who did something: a person, or the system itself (first-start loading, the CLI).
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: Option<i64>,
    pub email: String,
}

impl Actor {
    pub fn system(what: &str) -> Self {
        Self {
            user_id: None,
            email: format!("system:{what}"),
        }
    }
}

impl From<&CurrentUser> for Actor {
    fn from(user: &CurrentUser) -> Self {
        Self {
            user_id: Some(user.id),
            email: user.email.clone(),
        }
    }
}

/// Writes one audit row. Call it inside the transaction of the write it records.
pub async fn record<B: Serialize, A: Serialize>(
    conn: &mut SqliteConnection,
    actor: &Actor,
    action: &str,
    entity: &str,
    entity_id: Option<i64>,
    before: Option<&B>,
    after: Option<&A>,
) -> sqlx::Result<()> {
    let before = before.and_then(|b| serde_json::to_string(b).ok());
    let after = after.and_then(|a| serde_json::to_string(a).ok());
    sqlx::query(
        "INSERT INTO audit_log (at, user_id, user_email, action, entity, entity_id, before_json, after_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(now_text())
    .bind(actor.user_id)
    .bind(&actor.email)
    .bind(action)
    .bind(entity)
    .bind(entity_id.map(|id| id.to_string()))
    .bind(before)
    .bind(after)
    .execute(conn)
    .await?;
    Ok(())
}

/// For records with nothing to show on one side.
pub const NOTHING: Option<&()> = None;
