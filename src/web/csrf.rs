//! Cross-site request forgery defence for every form.
//!
//! Double-submit token: a random token lives in an HttpOnly, SameSite=Strict cookie and is
//! repeated in a hidden `_csrf` field of every form; an unsafe request must carry both, equal.
//! A cross-site page can neither read the cookie nor make the browser send it. On top, a
//! request whose `Origin` is another site, or that the browser marks `Sec-Fetch-Site:
//! cross-site`, is refused before its body is read.
//! When accounts arrive, the token moves into the session; the check stays here.

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, header};
use rand::RngCore;

pub const COOKIE: &str = "lacralo_csrf";
pub const FIELD: &str = "_csrf";

/// The cookie that carries the token. Secure is added by the context middleware's policy
/// for the cookies it sets; a rotated token set by a handler is host-only and HttpOnly.
pub fn cookie(token: &str) -> axum_extra::extract::cookie::Cookie<'static> {
    axum_extra::extract::cookie::Cookie::build((COOKIE, token.to_owned()))
        .path("/")
        .same_site(axum_extra::extract::cookie::SameSite::Strict)
        .http_only(true)
        .build()
}

/// A fresh random token: 32 bytes, hex-encoded.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a cookie value looks like one of our tokens (and not something planted).
pub fn is_well_formed(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Paths whose unsafe requests carry their own credential and need no CSRF token: the
/// one-click unsubscribe (RFC 8058), which mail programs `POST` from anywhere, with the
/// random token in the address as the only key to one opt-out.
pub const EXEMPT_PREFIXES: &[&str] = &["/unsubscribe/"];

pub fn is_exempt(path: &str) -> bool {
    EXEMPT_PREFIXES.iter().any(|p| path.starts_with(p))
}

/// Refuses requests that a browser says come from another site.
pub fn same_origin(headers: &HeaderMap) -> bool {
    if headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == "cross-site")
    {
        return false;
    }
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some(origin), Some(host)) => origin
            .split_once("://")
            .is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(host)),
        // No Origin header: an older browser or a non-browser client; the token decides.
        _ => true,
    }
}

/// Reads the whole body and returns it with the `_csrf` value found in it, if any.
pub async fn token_from_body(
    request: Request<Body>,
) -> Result<(Request<Body>, Option<String>), ()> {
    let (parts, body) = request.into_parts();
    // The request body limit layer below has already capped the size.
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .map_err(|_| ())?;
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let token = if content_type.starts_with("application/x-www-form-urlencoded") {
        form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == FIELD)
            .map(|(_, v)| v.into_owned())
    } else if content_type.starts_with("multipart/form-data") {
        multipart_token(&content_type, bytes.clone()).await
    } else {
        None
    };
    Ok((Request::from_parts(parts, Body::from(bytes)), token))
}

async fn multipart_token(content_type: &str, bytes: Bytes) -> Option<String> {
    let boundary = multer::parse_boundary(content_type).ok()?;
    let stream = futures_util::stream::once(async move { Ok::<Bytes, std::io::Error>(bytes) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some(FIELD) {
            return field.text().await.ok();
        }
    }
    None
}

/// Compares in constant time, so the comparison leaks nothing about the token.
pub fn tokens_match(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}
