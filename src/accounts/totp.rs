//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps), their
//! enrolment QR code drawn as SVG on the server, and replay protection.

use qrcode::QrCode;
use qrcode::render::svg;
use totp_rs::{Algorithm, Secret, TOTP};

const ISSUER: &str = "LACRALO Outreach";
const STEP: u64 = 30;

pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

fn totp(secret_b32: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_b32.to_owned()).to_bytes().ok()?;
    // The account name may not hold ':' (it separates issuer and account in the URL).
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP,
        bytes,
        Some(ISSUER.to_owned()),
        account.replace(':', " "),
    )
    .ok()
}

/// The otpauth:// URL an authenticator app reads from the QR code.
pub fn enrolment_url(secret_b32: &str, account: &str) -> Option<String> {
    Some(totp(secret_b32, account)?.get_url())
}

/// The QR code of the enrolment URL, as an SVG document (our own markup, no user text).
pub fn qr_svg(url: &str) -> Option<String> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(220, 220)
            .quiet_zone(true)
            .build(),
    )
}

/// Checks a code against the steps around `now` (one step of clock drift either way) and
/// returns the step it matched, which must be later than the last one accepted.
pub fn verify(secret_b32: &str, code: &str, now_unix: u64, last_step: Option<i64>) -> Option<i64> {
    let code: String = code.chars().filter(|c| c.is_ascii_digit()).collect();
    if code.len() != 6 {
        return None;
    }
    let totp = totp(secret_b32, "x")?;
    let current = now_unix / STEP;
    [current.saturating_sub(1), current, current + 1]
        .into_iter()
        .find(|&step| {
            let expected = totp.generate(step * STEP);
            constant_time_eq(expected.as_bytes(), code.as_bytes())
        })
        .map(|step| step as i64)
        .filter(|&step| last_step.is_none_or(|last| step > last))
}

/// The code for a moment, for tests and for showing nothing else.
pub fn code_at(secret_b32: &str, unix: u64) -> Option<String> {
    Some(totp(secret_b32, "x")?.generate(unix))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_accepted_once_within_its_window() {
        let secret = new_secret();
        let now = 1_700_000_000;
        let code = code_at(&secret, now).unwrap();
        let step = verify(&secret, &code, now, None).expect("accepted");
        assert_eq!(verify(&secret, &code, now, Some(step)), None, "never twice");
        assert!(
            verify(&secret, &code, now + 30, None).is_some(),
            "one step of drift"
        );
        assert_eq!(verify(&secret, &code, now + 120, None), None, "too late");
        assert_eq!(verify(&secret, "12345", now, None), None);
    }

    #[test]
    fn enrolment_url_and_qr() {
        let secret = new_secret();
        let url = enrolment_url(&secret, "josé@ñandú.com.ar").unwrap();
        assert!(url.starts_with("otpauth://totp/"));
        assert!(url.contains(&format!("secret={secret}")));
        let svg = qr_svg(&url).unwrap();
        assert!(svg.contains("<svg"));
    }
}
