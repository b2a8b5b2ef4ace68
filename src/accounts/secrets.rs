//! Random tokens for links (setup, invitations) and single-use codes, kept only as hashes.
//! These are high-entropy secrets, so a fast hash (SHA-256) is enough: there is nothing to
//! guess from it, unlike a password.

use rand::Rng;
use sha2::{Digest, Sha256};

use crate::web::csrf::hex;

/// 32 random bytes, hex-encoded: for links.
pub fn new_token() -> String {
    crate::web::csrf::random_token()
}

pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.trim().as_bytes()))
}

/// Recovery codes: 10 characters from an alphabet without look-alikes, shown as
/// `abcde-fghij`; about 50 bits each.
pub fn new_recovery_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    let chars: String = (0..10)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// Codes are compared without their dash, spaces or case, as people retype them.
pub fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_codes_look_right_and_differ() {
        let a = new_recovery_code();
        assert_eq!(a.len(), 11);
        assert_eq!(&a[5..6], "-");
        assert_ne!(a, new_recovery_code());
        assert_eq!(normalise_code(" ABCDE-fghij "), "abcdefghij");
        assert_eq!(hash_token("x"), hash_token(" x "));
        assert_eq!(hash_token("x").len(), 64);
    }
}
