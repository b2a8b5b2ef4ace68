//! Passwords: argon2id hashes in PHC format, and the rules a new password must meet.

use argon2::password_hash::phc::PasswordHash;
use argon2::{Argon2, PasswordHasher, PasswordVerifier};

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 128;

/// Why a new password is refused (the key of the message to show).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    TooShort,
    TooLong,
    /// In the lists of common passwords, or guessable from them (zxcvbn score below 3).
    Common,
    /// Made from the person's own email or name.
    Personal,
}

impl Weakness {
    pub fn message_key(self) -> &'static str {
        match self {
            Weakness::TooShort => "password-err-short",
            Weakness::TooLong => "password-err-long",
            Weakness::Common => "password-err-common",
            Weakness::Personal => "password-err-personal",
        }
    }
}

/// Checks a new password: length in characters (ASVS: at least 12, at most 128, any
/// characters), then zxcvbn, whose dictionaries hold the most common passwords.
pub fn check(password: &str, personal: &[&str]) -> Result<(), Weakness> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(Weakness::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(Weakness::TooLong);
    }
    let lower = password.to_lowercase();
    if personal
        .iter()
        .map(|p| p.trim().to_lowercase())
        .filter(|p| p.chars().count() >= 4)
        .any(|p| lower.contains(&p) || p.contains(&lower))
    {
        return Err(Weakness::Personal);
    }
    let estimate = zxcvbn::zxcvbn(password, personal);
    if (estimate.score() as u8) < 3 {
        return Err(Weakness::Common);
    }
    Ok(())
}

/// An argon2id hash with a fresh salt, in PHC string format.
pub fn hash(password: &str) -> anyhow::Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("cannot hash a password: {e}"))
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// `verify` on the blocking pool: argon2 works for tens of milliseconds, which on one of
/// the runtime's two threads would hold up every connection it serves.
pub async fn verify_off_runtime(password: &str, stored: &str) -> bool {
    let (password, stored) = (password.to_owned(), stored.to_owned());
    tokio::task::spawn_blocking(move || verify(&password, &stored))
        .await
        .unwrap_or(false)
}

/// `hash` on the blocking pool (see `verify_off_runtime`).
pub async fn hash_off_runtime(password: &str) -> anyhow::Result<String> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || hash(&password)).await?
}

/// Verifying against this when no account matches keeps the answer's timing the same
/// whether the account exists or not.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash("not a real password, only for timing").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_in_phc_format_and_verify() {
        let h = hash("correct horse battery staple").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m="), "{h}");
        assert!(verify("correct horse battery staple", &h));
        assert!(!verify("correct horse battery stapl", &h));
        assert_ne!(h, hash("correct horse battery staple").unwrap(), "salted");
    }

    #[test]
    fn weak_passwords_are_refused() {
        assert_eq!(check("short", &[]), Err(Weakness::TooShort));
        assert_eq!(check("password1234", &[]), Err(Weakness::Common));
        assert_eq!(check("qwertyuiop123", &[]), Err(Weakness::Common));
        assert_eq!(check("111111111111", &[]), Err(Weakness::Common));
        assert_eq!(
            check("gomez-lacralo-2024", &["ana.gomez@example.org", "Gomez"]),
            Err(Weakness::Personal)
        );
        assert_eq!(check(&"x".repeat(129), &[]), Err(Weakness::TooLong));
        assert_eq!(
            check("Tegucigalpa roadshow in May, 25 people!", &[]),
            Ok(())
        );
        assert_eq!(check("contraseña difícil de adivinar ñandú", &[]), Ok(()));
    }
}
