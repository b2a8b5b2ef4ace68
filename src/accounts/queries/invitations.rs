//! SQL for invitations: made by leadership, sent through the outbox, accepted once.

use serde::Serialize;
use sqlx::{FromRow, SqlitePool};

use super::super::email::EmailAddress;
use super::super::{INVITATION_DAYS, notices, secrets};
use super::{NewUser, create_user};
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::outbox::Site;
use crate::web::auth::Role;

#[derive(Debug, Clone, FromRow, Serialize)]
pub struct Invitation {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub invited_by: Option<i64>,
    pub created_at: String,
    pub expires_at: String,
    pub accepted_at: Option<String>,
    pub revoked_at: Option<String>,
}

const INVITATION_COLUMNS: &str =
    "id, email, role, invited_by, created_at, expires_at, accepted_at, revoked_at";

/// Stores an invitation (only the token's hash) and queues its message, in one
/// transaction.
/// The invitation as it is sent: in the inviter's chosen language, from them.
pub struct InvitationMail<'a> {
    pub site: Site<'a>,
    pub lang: crate::web::Lang,
    pub inviter: &'a str,
    pub link: &'a str,
}

pub async fn create_invitation(
    pool: &SqlitePool,
    actor: &Actor,
    email: &EmailAddress,
    role: Role,
    token: &str,
    mail: &InvitationMail<'_>,
) -> sqlx::Result<i64> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = chrono::Utc::now();
    let expires = now + chrono::Duration::days(INVITATION_DAYS);
    let fmt =
        |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO invitations (token_hash, email, email_canonical, role, invited_by, created_at,
            expires_at, locale)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(secrets::hash_token(token))
    .bind(email.as_entered())
    .bind(email.canonical())
    .bind(role.as_str())
    .bind(actor.user_id)
    .bind(fmt(now))
    .bind(fmt(expires))
    .bind(mail.lang.code())
    .fetch_one(&mut *tx)
    .await?;
    let after: Option<Invitation> = sqlx::query_as(&format!(
        "SELECT {INVITATION_COLUMNS} FROM invitations WHERE id = ?"
    ))
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    audit::record(
        &mut tx,
        actor,
        "create",
        "invitation",
        Some(id),
        audit::NOTHING,
        after.as_ref(),
    )
    .await?;
    notices::invitation(
        &mut tx,
        mail.site,
        id,
        email,
        role,
        mail.lang,
        mail.inviter,
        mail.link,
        INVITATION_DAYS,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The invitation a token opens, if it is still usable (not used, revoked or expired).
pub async fn open_invitation(pool: &SqlitePool, token: &str) -> sqlx::Result<Option<Invitation>> {
    sqlx::query_as(&format!(
        "SELECT {INVITATION_COLUMNS} FROM invitations
         WHERE token_hash = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?"
    ))
    .bind(secrets::hash_token(token))
    .bind(now_text())
    .fetch_optional(pool)
    .await
}

pub async fn pending_invitations(pool: &SqlitePool) -> sqlx::Result<Vec<Invitation>> {
    sqlx::query_as(&format!(
        "SELECT {INVITATION_COLUMNS} FROM invitations
         WHERE accepted_at IS NULL AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 200"
    ))
    .fetch_all(pool)
    .await
}

/// Creates the invitee's account and closes the invitation, in one transaction, so a
/// token can be used once only even by two requests at the same moment.
pub async fn accept_invitation(
    pool: &SqlitePool,
    token: &str,
    email: &EmailAddress,
    display_name: &str,
    password_hash: &str,
    locale: &str,
) -> sqlx::Result<AcceptOutcome> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let invitation: Option<Invitation> = sqlx::query_as(&format!(
        "SELECT {INVITATION_COLUMNS} FROM invitations
         WHERE token_hash = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?"
    ))
    .bind(secrets::hash_token(token))
    .bind(now_text())
    .fetch_optional(&mut *tx)
    .await?;
    let Some(invitation) = invitation else {
        return Ok(AcceptOutcome::Gone);
    };
    let role = Role::parse_account_role(&invitation.role).unwrap_or(Role::Member);
    let actor = Actor {
        user_id: None,
        email: email.as_entered().to_owned(),
    };
    let new = NewUser {
        email,
        display_name,
        password_hash,
        role,
        locale,
    };
    let Some(user_id) = create_user(&mut tx, &actor, &new).await? else {
        return Ok(AcceptOutcome::EmailTaken);
    };
    let closed = sqlx::query(
        "UPDATE invitations SET accepted_at = ?, accepted_user_id = ? WHERE id = ? AND accepted_at IS NULL",
    )
    .bind(now_text())
    .bind(user_id)
    .bind(invitation.id)
    .execute(&mut *tx)
    .await?;
    if closed.rows_affected() != 1 {
        return Ok(AcceptOutcome::Gone);
    }
    // A member joining with the address the registry has for them is that member: their
    // account is linked at once (unless another account already is), so they can apply to
    // CROP without waiting for leadership to link it by hand.
    if role == Role::Member {
        sqlx::query(
            "UPDATE users SET member_id = (
                SELECT m.id FROM members m WHERE m.email_canonical = users.email_canonical
                  AND NOT EXISTS (SELECT 1 FROM users u WHERE u.member_id = m.id))
             WHERE id = ? AND member_id IS NULL",
        )
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    }
    audit::record(
        &mut tx,
        &actor,
        "accept",
        "invitation",
        Some(invitation.id),
        Some(&invitation),
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(AcceptOutcome::Created(user_id))
}

pub enum AcceptOutcome {
    Created(i64),
    EmailTaken,
    Gone,
}

pub async fn revoke_invitation(pool: &SqlitePool, actor: &Actor, id: i64) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let done = sqlx::query("UPDATE invitations SET revoked_at = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL")
        .bind(now_text())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
        == 1;
    if done {
        audit::record(
            &mut tx,
            actor,
            "revoke",
            "invitation",
            Some(id),
            audit::NOTHING,
            audit::NOTHING,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(done)
}
