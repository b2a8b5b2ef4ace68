//! SQL for accounts (this file: users and logins), invitations, the second factor and the
//! first run. Every write records an audit row in the same transaction.

use serde::Serialize;
use sqlx::{FromRow, SqliteConnection, SqlitePool};

use super::email::EmailAddress;
use super::notices::{self, Security};
use super::secrets;
use crate::audit::{self, Actor};
use crate::db::now_text;
use crate::outbox::Site;
use crate::web::auth::{CurrentUser, Role};

mod invitations;
mod second_factor;
mod setup;

pub use invitations::*;
pub use second_factor::*;
pub use setup::*;

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
    let Some(u) = user(pool, id)
        .await?
        .filter(|u| !u.disabled && u.session_epoch == epoch)
    else {
        return Ok(None);
    };
    let zone = match u.time_zone.as_deref().and_then(|z| z.parse().ok()) {
        Some(zone) => Some(zone),
        None => match u.member_id {
            Some(member) => {
                let country: Option<String> =
                    sqlx::query_scalar("SELECT country FROM members WHERE id = ?")
                        .bind(member)
                        .fetch_optional(pool)
                        .await?;
                country
                    .as_deref()
                    .and_then(crate::countries::zones::zone_of)
            }
            None => None,
        },
    };
    Ok(Some(CurrentUser {
        id: u.id,
        role: u.role(),
        totp_enabled: u.totp_enabled(),
        email: u.email,
        display_name: u.display_name,
        zone,
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

/// Creates an account in its own transaction (the `user add` command). `Ok(None)` when
/// the address already has one.
pub async fn add_user(
    pool: &SqlitePool,
    actor: &Actor,
    new: &NewUser<'_>,
) -> sqlx::Result<Option<i64>> {
    let mut tx = pool.begin_with(crate::db::BEGIN_WRITE).await?;
    let id = create_user(&mut tx, actor, new).await?;
    if id.is_some() {
        tx.commit().await?;
    }
    Ok(id)
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

pub async fn session_epoch(pool: &SqlitePool, id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT session_epoch FROM users WHERE id = ?")
        .bind(id)
        .fetch_one(pool)
        .await
}
