//! Trusted devices: OWASP's device cookies, so that nobody can lock a person out by failing
//! logins in their name.
//!
//! A successful login leaves a cookie: a random nonce and the server's signature of that
//! nonce with the account's login (`web::signing`). The cookie names no account; it is
//! checked against the address typed. A login attempt that carries a valid device cookie for
//! the account it names is throttled by that device alone (`device:<nonce>`), not by the
//! account-wide lock, nor by the client address: a stranger's failures cannot lock out the
//! person at their own browser. Attempts without one (a new browser, an attacker) are
//! throttled per account and per address, as before. A device that fails too often is
//! locked by itself; a new successful login gives it a new cookie. See docs/SECURITY.md.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use crate::web::signing::ServerKey;

pub const COOKIE: &str = "lacralo_device";
const PURPOSE: &str = "device";
/// A device stays trusted for this long after its last successful login.
const LIFETIME_DAYS: i64 = 180;

/// The device cookie as the browser sent it, not yet checked.
#[derive(Debug, Clone, Default)]
pub struct DeviceCookie(Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for DeviceCookie {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        Ok(DeviceCookie(jar.get(COOKIE).map(|c| c.value().to_owned())))
    }
}

impl DeviceCookie {
    /// The device's throttle key, when the cookie is valid for the account `login` (the
    /// canonical address).
    /// `epoch` is the account's session epoch: a password change, a disabled account or a
    /// reset second factor moves it on, and every device cookie made before stops counting.
    pub fn trusted_for(&self, key: &ServerKey, login: &str, epoch: i64) -> Option<String> {
        let (nonce, signature) = self.0.as_deref()?.split_once('.')?;
        (nonce.len() == 32
            && nonce.bytes().all(|b| b.is_ascii_hexdigit())
            && key.verify(PURPOSE, &[nonce, login, &epoch.to_string()], signature))
        .then(|| format!("device:{nonce}"))
    }
}

/// A new device cookie for `login` at its session epoch, after a successful login.
pub fn issue(key: &ServerKey, login: &str, epoch: i64, secure: bool) -> Cookie<'static> {
    let nonce = &crate::web::csrf::random_token()[..32];
    let signature = key.sign(PURPOSE, &[nonce, login, &epoch.to_string()]);
    Cookie::build((COOKIE, format!("{nonce}.{signature}")))
        .path("/")
        .max_age(cookie::time::Duration::days(LIFETIME_DAYS))
        .same_site(SameSite::Strict)
        .http_only(true)
        .secure(secure)
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_cookie_is_trusted_only_for_its_own_account() {
        let key = ServerKey::random();
        let cookie = issue(&key, "ana@example.org", 3, false);
        let sent = DeviceCookie(Some(cookie.value().to_owned()));
        let trusted = sent.trusted_for(&key, "ana@example.org", 3).unwrap();
        assert!(trusted.starts_with("device:"));
        assert_eq!(sent.trusted_for(&key, "bob@example.org", 3), None);
        assert_eq!(
            sent.trusted_for(&key, "ana@example.org", 4),
            None,
            "a new epoch"
        );
        assert_eq!(
            sent.trusted_for(&ServerKey::random(), "ana@example.org", 3),
            None
        );
        let forged = format!("{}.{}", &cookie.value()[..32], "0".repeat(64));
        let forged = DeviceCookie(Some(forged));
        assert_eq!(forged.trusted_for(&key, "ana@example.org", 3), None);
        assert_eq!(
            DeviceCookie(None).trusted_for(&key, "ana@example.org", 3),
            None
        );
    }
}
