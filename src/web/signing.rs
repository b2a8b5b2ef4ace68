//! The server's secret key, and the HMAC-SHA256 signatures made with it: the CSRF token
//! (bound to the session) and the trusted-device cookie both carry one.
//!
//! The key is 32 random bytes kept in `app_meta`, made on the first start, so every server
//! process on the same database signs alike and a restart keeps tokens valid. Whoever can
//! read the database can forge signatures; that person can already read everything else.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use sqlx::SqlitePool;

const META_KEY: &str = "server_signing_key";

#[derive(Clone)]
pub struct ServerKey([u8; 32]);

/// Never printed: a key in a log is a key given away.
impl std::fmt::Debug for ServerKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerKey(..)")
    }
}

impl ServerKey {
    /// Reads the key, making it first if this database has none. `INSERT OR IGNORE` then a
    /// read: two servers starting at once agree on whichever key landed first.
    pub async fn load_or_create(pool: &SqlitePool) -> anyhow::Result<Self> {
        let mut fresh = [0u8; 32];
        rand::rng().fill_bytes(&mut fresh);
        sqlx::query("INSERT OR IGNORE INTO app_meta (key, value) VALUES (?, ?)")
            .bind(META_KEY)
            .bind(super::csrf::hex(&fresh))
            .execute(pool)
            .await?;
        let stored = crate::db::meta_get(pool, META_KEY)
            .await?
            .ok_or_else(|| anyhow::anyhow!("the signing key was not stored"))?;
        Self::from_hex(&stored).ok_or_else(|| anyhow::anyhow!("the stored signing key is damaged"))
    }

    fn from_hex(text: &str) -> Option<Self> {
        if text.len() != 64 {
            return None;
        }
        let mut key = [0u8; 32];
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(Self(key))
    }

    /// A key for tests and tools that have no database.
    pub fn random() -> Self {
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        Self(key)
    }

    fn mac(&self, purpose: &str, parts: &[&str]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        // Each part length-prefixed: ("ab", "c") and ("a", "bc") sign differently, and a
        // signature made for one purpose is worthless for another.
        for part in std::iter::once(purpose).chain(parts.iter().copied()) {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part.as_bytes());
        }
        mac
    }

    /// The signature of `parts` for `purpose`, hex-encoded (64 characters).
    pub fn sign(&self, purpose: &str, parts: &[&str]) -> String {
        super::csrf::hex(&self.mac(purpose, parts).finalize().into_bytes())
    }

    /// Whether `signature` is the one `sign` gives, compared in constant time.
    pub fn verify(&self, purpose: &str, parts: &[&str], signature: &str) -> bool {
        let Some(bytes) = decode_hex(signature) else {
            return false;
        };
        self.mac(purpose, parts).verify_slice(&bytes).is_ok()
    }
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_depend_on_key_purpose_and_every_part() {
        let key = ServerKey::random();
        let sig = key.sign("csrf", &["nonce", "session"]);
        assert!(key.verify("csrf", &["nonce", "session"], &sig));
        assert!(!key.verify("device", &["nonce", "session"], &sig));
        assert!(!key.verify("csrf", &["nonce", "other"], &sig));
        assert!(!key.verify("csrf", &["nonc", "esession"], &sig));
        assert!(!ServerKey::random().verify("csrf", &["nonce", "session"], &sig));
        assert!(!key.verify("csrf", &["nonce", "session"], "zz"));
        assert!(!key.verify("csrf", &["nonce", "session"], ""));
    }
}
