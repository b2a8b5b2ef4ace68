//! Security headers sent with every response, and the static files' cache policy.

use std::sync::OnceLock;

use axum::http::{HeaderName, HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

/// No inline scripts or styles anywhere, so the policy can be strict.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
    form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub fn headers(https: bool) -> Vec<SetResponseHeaderLayer<HeaderValue>> {
    let hsts = https.then_some((
        header::STRICT_TRANSPORT_SECURITY,
        "max-age=31536000; includeSubDomains",
    ));
    [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=()",
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ]
    .into_iter()
    .chain(hsts)
    .map(|(name, value)| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    })
    .collect()
}

static ASSET_VERSION: OnceLock<String> = OnceLock::new();

/// A fingerprint of the static files, appended to their URLs (`?v=`) so that browsers may
/// cache them for a year and still see a new stylesheet the moment it changes.
pub fn set_asset_version(static_dir: &std::path::Path) {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut names: Vec<_> = std::fs::read_dir(static_dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    names.sort();
    for path in names {
        for byte in std::fs::read(&path).unwrap_or_default() {
            // FNV-1a: stable across builds, enough to notice a change.
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let _ = ASSET_VERSION.set(format!("{:x}", hash & 0xffff_ffff));
}

pub fn asset_version() -> &'static str {
    ASSET_VERSION.get().map(String::as_str).unwrap_or("0")
}
