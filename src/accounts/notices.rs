//! Messages about an account, all mandatory: the invitation (in the language the inviter
//! chose), and security notices to the account's owner when its password changes, its
//! second factor is reset or turned off, or it is used to log in from a browser it has not
//! logged in from before.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use sqlx::SqliteConnection;

use super::email::EmailAddress;
use crate::db::now_text;
use crate::outbox::{self, Action, Content, Fact, Kind, Letter, Recipient, Site, recipient};
use crate::web::Lang;
use crate::web::auth::Role;

/// The invitation, to someone without an account yet.
#[allow(clippy::too_many_arguments)]
pub async fn invitation(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    invitation_id: i64,
    email: &EmailAddress,
    role: Role,
    lang: Lang,
    inviter: &str,
    link: &str,
    days: i64,
) -> sqlx::Result<()> {
    let to = Recipient {
        email: email.as_entered().to_owned(),
        canonical: email.canonical().to_owned(),
        name: String::new(),
        lang,
        zone: chrono_tz::Tz::UTC,
        user_id: None,
        member_id: None,
    };
    let args = [
        ("inviter", inviter.to_owned().into()),
        ("role", lang.t(&role.label_key()).into()),
        ("days", days.into()),
    ];
    let content = Content::new(
        lang,
        lang.t("invite-mail-subject"),
        "",
        // The page opens in the invitation's language, and the new account keeps it.
        Action {
            label: lang.t("notify-action-join"),
            url: format!("{link}?lang={}", lang.code()),
        },
    )
    .paragraph(lang.t_args("notify-invite-intro", &args))
    .paragraph(lang.t_args("notify-invite-expiry", &args))
    .why(lang.t_args("notify-why-invited", &args));
    let letter = Letter {
        kind: Kind::Invitation,
        key: format!("invitation:{invitation_id}"),
        to: &to,
        content,
    };
    outbox::queue(conn, site.base_url, &letter).await?;
    Ok(())
}

/// What happened to the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    PasswordChanged,
    SecondFactorReset,
    NewBrowser,
}

impl Security {
    fn key(self) -> &'static str {
        match self {
            Security::PasswordChanged => "password",
            Security::SecondFactorReset => "second-factor",
            Security::NewBrowser => "new-browser",
        }
    }
}

/// A security notice to the account's owner, inside the transaction of what happened.
/// `by` is who did it when it was not the owner (a leader resetting a second factor).
pub async fn security(
    conn: &mut SqliteConnection,
    site: Site<'_>,
    user_id: i64,
    what: Security,
    by: Option<&str>,
) -> sqlx::Result<()> {
    let Some(to) = recipient::for_user(&mut *conn, user_id).await? else {
        return Ok(());
    };
    let lang = to.lang;
    let now = chrono::Utc::now();
    let mut content = Content::new(
        lang,
        lang.t(&format!("notify-security-{}-subject", what.key())),
        &to.name,
        Action {
            label: lang.t("notify-action-account"),
            url: site.link("/account"),
        },
    )
    .paragraph(lang.t(&format!("notify-security-{}-intro", what.key())))
    .fact(Fact::new(
        lang.t("notify-fact-when"),
        outbox::content::instant(lang, to.zone, now),
    ));
    if let Some(by) = by {
        content = content.fact(Fact::new(lang.t("notify-fact-by"), by.to_owned()));
    }
    let content = content
        .paragraph(lang.t("notify-security-not-you"))
        .why(lang.t("notify-why-security"));
    let letter = Letter {
        kind: Kind::Security,
        key: format!(
            "security:{}:{user_id}:{}:{}",
            what.key(),
            now_text(),
            &crate::web::csrf::random_token()[..8]
        ),
        to: &to,
        content,
    };
    outbox::queue(conn, site.base_url, &letter).await?;
    Ok(())
}

/// The random id of this browser (a long-lived cookie), kept by the account only hashed.
#[derive(Debug, Clone)]
pub struct Browser(pub Option<String>);

pub const BROWSER_COOKIE: &str = "lacralo_browser";

impl Browser {
    /// This browser's id, and the cookie that keeps it when it is new.
    pub fn id_and_cookie(&self, secure: bool) -> (String, Option<Cookie<'static>>) {
        match &self.0 {
            Some(id) => (id.clone(), None),
            None => {
                let id = crate::web::csrf::random_token();
                let cookie = Cookie::build((BROWSER_COOKIE, id.clone()))
                    .path("/")
                    .max_age(cookie::time::Duration::days(400))
                    .same_site(SameSite::Lax)
                    .http_only(true)
                    .secure(secure)
                    .build();
                (id, Some(cookie))
            }
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Browser {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        Ok(Browser(
            jar.get(BROWSER_COOKIE)
                .map(|c| c.value().to_owned())
                .filter(|v| crate::web::csrf::is_random_token(v)),
        ))
    }
}
