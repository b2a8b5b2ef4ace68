//! SQL for accounts, invitations and recovery codes. Every write records an audit row in
//! the same transaction.

use serde::Serialize;
use sqlx::{FromRow, SqliteConnection, SqlitePool};

use super::email::EmailAddress;
use super::notices::{self, Security};
use super::secrets;
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::outbox::Site;
use crate::web::auth::{CurrentUser, Role};

/// A user as stored. Secrets are never serialised (the audit log shows the rest).
#[derive(Debug, Clone, FromRow, Serialize)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub email_canonical: String,
    pub display_name: String,
    #[serde(skip)]
    pub password_hash: String,
    pub role: String,
    pub locale: String,
    /// The zone messages are written in; `None`: the member's country's, else UTC.
    pub time_zone: Option<String>,
    pub disabled: bool,
    pub member_id: Option<i64>,
    #[serde(skip)]
    pub totp_secret: Option<String>,
    #[serde(skip)]
    pub totp_pending_secret: Option<String>,
    #[serde(skip)]
    pub totp_last_step: Option<i64>,
    pub session_epoch: i64,
    pub version: i64,
    pub created_at: String,
    pub updated_at: String,
    pub last_login_at: Option<String>,
}

impl UserRow {
    pub fn role(&self) -> Role {
        Role::parse_account_role(&self.role).unwrap_or(Role::Member)
    }

    pub fn totp_enabled(&self) -> bool {
        self.totp_secret.is_some()
    }
}

const USER_COLUMNS: &str = "id, email, email_canonical, display_name, password_hash, role, locale,
    time_zone,
    disabled, member_id, totp_secret, totp_pending_secret, totp_last_step, session_epoch, version,
    created_at, updated_at, last_login_at";

/// The account behind a session, if it is still usable and the session is not older than
/// its last password change, second-factor reset or disabling (`epoch`).
pub async fn current_user(
    pool: &SqlitePool,
    id: i64,
    epoch: i64,
) -> sqlx::Result<Option<CurrentUser>> {
    Ok(user(pool, id)
        .await?
        .filter(|u| !u.disabled && u.session_epoch == epoch)
        .map(|u| CurrentUser {
            id: u.id,
            role: u.role(),
            totp_enabled: u.totp_enabled(),
            email: u.email,
            display_name: u.display_name,
        }))
}

async fn fetch_user(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Option<UserRow>> {
    sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?"))
        .bind(id)
        .fetch_optional(conn)
        .await
}

pub async fn user(pool: &SqlitePool, id: i64) -> sqlx::Result<Option<UserRow>> {
    sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?"))
        .bind(id)
        .fetch_optional(pool)
        .await
}

pub async fn user_by_email(
    pool: &SqlitePool,
    email: &EmailAddress,
) -> sqlx::Result<Option<UserRow>> {
    sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE email_canonical = ?"
    ))
    .bind(email.canonical())
    .fetch_optional(pool)
    .await
}

pub async fn user_count(pool: &SqlitePool) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(pool)
        .await
}

pub async fn all_users(pool: &SqlitePool) -> sqlx::Result<Vec<UserRow>> {
    sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users ORDER BY disabled, display_name, id"
    ))
    .fetch_all(pool)
    .await
}

pub struct NewUser<'a> {
    pub email: &'a EmailAddress,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub locale: &'a str,
}

/// Creates an account. `Ok(None)` when the address already has one.
pub async fn create_user(
    conn: &mut SqliteConnection,
    actor: &Actor,
    new: &NewUser<'_>,
) -> sqlx::Result<Option<i64>> {
    let now = now_text();
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO users (email, email_canonical, display_name, password_hash, role, locale,
            created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (email_canonical) DO NOTHING
         RETURNING id",
    )
    .bind(new.email.as_entered())
    .bind(new.email.canonical())
    .bind(new.display_name)
    .bind(new.password_hash)
    .bind(new.role.as_str())
    .bind(new.locale)
    .bind(&now)
    .bind(&now)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = inserted {
        let after = fetch_user(&mut *conn, id).await?;
        audit::record(
            conn,
            actor,
            "create",
            "user",
            Some(id),
            audit::NOTHING,
            after.as_ref(),
        )
        .await?;
    }
    Ok(inserted)
}

/// Applies `change` (an UPDATE with the user id as its last bind) and audits it.
async fn update_user(
    pool: &SqlitePool,
    actor: &Actor,
    action: &str,
    id: i64,
    sql: &str,
    binds: Vec<Option<String>>,
    notice: Option<(Site<'_>, Security)>,
) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let before = fetch_user(&mut tx, id).await?;
    let Some(before) = before else {
        return Ok(false);
    };
    let mut query = sqlx::query(sql);
    for b in binds {
        query = query.bind(b);
    }
    query.bind(now_text()).bind(id).execute(&mut *tx).await?;
    let after = fetch_user(&mut tx, id).await?;
    if let Some((site, what)) = notice {
        notices::security(&mut tx, site, id, what, None).await?;
    }
    audit::record(
        &mut tx,
        actor,
        action,
        "user",
        Some(id),
        Some(&before),
        after.as_ref(),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Sets a new password; the owner is told.
pub async fn set_password(
    pool: &SqlitePool,
    site: Site<'_>,
    actor: &Actor,
    id: i64,
    hash: &str,
) -> sqlx::Result<bool> {
    update_user(
        pool,
        actor,
        "change_password",
        id,
        "UPDATE users SET password_hash = ?, session_epoch = session_epoch + 1,
            version = version + 1, updated_at = ? WHERE id = ?",
        vec![Some(hash.to_owned())],
        Some((site, Security::PasswordChanged)),
    )
    .await
}

pub async fn set_disabled(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    disabled: bool,
) -> sqlx::Result<bool> {
    update_user(
        pool,
        actor,
        if disabled { "disable" } else { "enable" },
        id,
        "UPDATE users SET disabled = ?, session_epoch = session_epoch + 1,
            version = version + 1, updated_at = ? WHERE id = ?",
        vec![Some(if disabled { "1" } else { "0" }.to_owned())],
        None,
    )
    .await
}

/// Name, language, and the time zone messages and reminders are written in (`None`: the
/// zone of the member's country, else UTC).
pub async fn set_profile(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    display_name: &str,
    locale: &str,
    time_zone: Option<&str>,
) -> sqlx::Result<bool> {
    update_user(
        pool,
        actor,
        "update_profile",
        id,
        "UPDATE users SET display_name = ?, locale = ?, time_zone = ?, version = version + 1,
            updated_at = ? WHERE id = ?",
        vec![
            Some(display_name.to_owned()),
            Some(locale.to_owned()),
            time_zone.map(str::to_owned),
        ],
        None,
    )
    .await
}

pub async fn set_pending_totp(pool: &SqlitePool, id: i64, secret: &str) -> sqlx::Result<()> {
    // Not audited: nothing changes for the account until the enrolment is confirmed.
    sqlx::query("UPDATE users SET totp_pending_secret = ? WHERE id = ?")
        .bind(secret)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Turns the pending secret into the account's second factor and replaces its recovery
/// codes with new ones; returns the codes to show once.
pub async fn confirm_totp(
    pool: &SqlitePool,
    actor: &Actor,
    id: i64,
    step: i64,
) -> sqlx::Result<Vec<String>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    sqlx::query(
        "UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL,
            totp_last_step = ?, version = version + 1, updated_at = ?
         WHERE id = ? AND totp_pending_secret IS NOT NULL",
    )
    .bind(step)
    .bind(now_text())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    let codes = replace_recovery_codes(&mut tx, id).await?;
    audit::record(
        &mut tx,
        actor,
        "enable_2fa",
        "user",
        Some(id),
        audit::NOTHING,
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(codes)
}

async fn replace_recovery_codes(conn: &mut SqliteConnection, id: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    let codes: Vec<String> = (0..10).map(|_| secrets::new_recovery_code()).collect();
    for code in &codes {
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)")
            .bind(id)
            .bind(secrets::hash_token(&secrets::normalise_code(code)))
            .execute(&mut *conn)
            .await?;
    }
    Ok(codes)
}

/// Removes the second factor (a leader resetting another's, or a member turning it off);
/// the owner is told, with who did it when it was someone else.
pub async fn reset_totp(
    pool: &SqlitePool,
    site: Site<'_>,
    actor: &Actor,
    id: i64,
) -> sqlx::Result<bool> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let done = sqlx::query(
        "UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL,
            session_epoch = session_epoch + 1, version = version + 1, updated_at = ? WHERE id = ?",
    )
    .bind(now_text())
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = ?")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if done {
        let by = (actor.user_id != Some(id)).then_some(actor.email.as_str());
        notices::security(&mut tx, site, id, Security::SecondFactorReset, by).await?;
    }
    audit::record(
        &mut tx,
        actor,
        "reset_2fa",
        "user",
        Some(id),
        audit::NOTHING,
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(done)
}

/// Records the step of an accepted code, refusing it if a later one was used meanwhile.
pub async fn use_totp_step(pool: &SqlitePool, id: i64, step: i64) -> sqlx::Result<bool> {
    Ok(sqlx::query(
        "UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)",
    )
    .bind(step)
    .bind(id)
    .bind(step)
    .execute(pool)
    .await?
    .rows_affected()
        == 1)
}

/// Uses a recovery code: true when it was one of the account's unused codes.
pub async fn use_recovery_code(pool: &SqlitePool, id: i64, code: &str) -> sqlx::Result<bool> {
    let hash = secrets::hash_token(&secrets::normalise_code(code));
    Ok(sqlx::query(
        "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
    )
    .bind(now_text())
    .bind(id)
    .bind(hash)
    .execute(pool)
    .await?
    .rows_affected()
        == 1)
}

pub async fn unused_recovery_codes(pool: &SqlitePool, id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL")
        .bind(id)
        .fetch_one(pool)
        .await
}

/// Records a login, and the browser it came from: a browser the account has not used
/// before (when it has used others) is told to its owner.
pub async fn record_login(
    pool: &SqlitePool,
    site: Site<'_>,
    id: i64,
    how: &str,
    browser: &str,
) -> sqlx::Result<()> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let now = now_text();
    let browser_hash = secrets::hash_token(browser);
    let known: Vec<String> =
        sqlx::query_scalar("SELECT browser_hash FROM known_browsers WHERE user_id = ?")
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
    if known.contains(&browser_hash) {
        sqlx::query(
            "UPDATE known_browsers SET last_seen = ? WHERE user_id = ? AND browser_hash = ?",
        )
        .bind(&now)
        .bind(id)
        .bind(&browser_hash)
        .execute(&mut *tx)
        .await?;
    } else {
        sqlx::query(
            "INSERT INTO known_browsers (user_id, browser_hash, first_seen, last_seen)
             VALUES (?, ?, ?, ?)",
        )
        .bind(id)
        .bind(&browser_hash)
        .bind(&now)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        // The first browser of an account is no news to its owner.
        if !known.is_empty() {
            notices::security(&mut tx, site, id, Security::NewBrowser, None).await?;
        }
    }
    let email: String = sqlx::query_scalar("SELECT email FROM users WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("UPDATE users SET last_login_at = ? WHERE id = ?")
        .bind(now_text())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let actor = Actor {
        user_id: Some(id),
        email,
    };
    audit::record(
        &mut tx,
        &actor,
        how,
        "user",
        Some(id),
        audit::NOTHING,
        audit::NOTHING,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

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
    let expires = now + chrono::Duration::days(super::INVITATION_DAYS);
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
        super::INVITATION_DAYS,
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

pub async fn session_epoch(pool: &SqlitePool, id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT session_epoch FROM users WHERE id = ?")
        .bind(id)
        .fetch_one(pool)
        .await
}
