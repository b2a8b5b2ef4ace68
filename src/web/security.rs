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

/// The fingerprint of the static files (`static_files::StaticFiles::version`), appended to
/// their URLs (`?v=`) so that browsers may cache them for a year and still see a new
/// stylesheet the moment it changes.
pub fn set_asset_version(version: &str) {
    let _ = ASSET_VERSION.set(version.to_owned());
}

pub fn asset_version() -> &'static str {
    ASSET_VERSION.get().map(String::as_str).unwrap_or("0")
}
