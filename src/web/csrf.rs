//! Cross-site request forgery defence for every form.
//!
//! Signed double-submit token (OWASP's recommended variant): the token is a random nonce and
//! an HMAC of that nonce and the session id, made with the server's key
//! (`web::signing`). It lives in an HttpOnly, SameSite=Strict cookie and is repeated in a
//! hidden `_csrf` field of every form; an unsafe request must carry both, equal, and the
//! signature must match the session the request belongs to. A value planted in the cookie
//! (by a sibling domain, say) is worthless: nobody without the key can sign it, and one taken
//! from another session does not verify for this one. Visitors without a session get a token
//! bound to "no session"; when they log in, the token no longer verifies and the next page
//! gives a new one.
//!
//! Before the body is read, an unsafe request is refused when it has no valid token cookie,
//! when its `Origin` is not the base URL's (scheme, host and port), or when the browser says
//! `Sec-Fetch-Site` anything but `same-origin` (`same-site` includes sibling subdomains).

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, header};
use rand::RngCore;

use super::signing::ServerKey;

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

const PURPOSE: &str = "csrf";

/// A fresh token for the session `session` (None: no session yet): a 16-byte random nonce
/// in hex, a dot, and the signature of nonce and session.
///
/// With a session the nonce is derived from it, so the token is the same on every page of
/// the session: tabs that load at once after a login all get the one token, and none is
/// left holding a form the cookie no longer matches. A new session (login, logout) is a new
/// token.
pub fn new_token(key: &ServerKey, session: Option<&str>) -> String {
    let nonce = match session {
        Some(id) => key.sign("csrf-nonce", &[id])[..32].to_owned(),
        None => {
            let mut bytes = [0u8; 16];
            rand::rng().fill_bytes(&mut bytes);
            hex(&bytes)
        }
    };
    let signature = key.sign(PURPOSE, &[&nonce, session.unwrap_or("")]);
    format!("{nonce}.{signature}")
}

/// Whether `token` was made by `new_token` for this session.
pub fn is_bound(key: &ServerKey, token: &str, session: Option<&str>) -> bool {
    is_well_formed(token)
        && token
            .split_once('.')
            .is_some_and(|(nonce, sig)| key.verify(PURPOSE, &[nonce, session.unwrap_or("")], sig))
}

/// Expires the token cookie: at login and logout the session changes, and the next page
/// gives a token bound to the new one.
pub fn removal() -> axum_extra::extract::cookie::Cookie<'static> {
    let mut cookie = cookie("");
    cookie.make_removal();
    cookie
}

/// A random 32-byte value, hex-encoded: the shape of every secret token the site hands out
/// (invitations, unsubscribe links, feed addresses, browser ids…).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

/// Whether a value has the shape of `random_token` (and is not something planted).
pub fn is_random_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a value has the shape of one of our tokens (32 hex, a dot, 64 hex).
pub fn is_well_formed(token: &str) -> bool {
    token.len() == 97
        && token.as_bytes()[32] == b'.'
        && token
            .bytes()
            .enumerate()
            .all(|(i, b)| i == 32 || b.is_ascii_hexdigit())
}

/// Paths whose unsafe requests carry their own credential and need no CSRF token: the
/// one-click unsubscribe (RFC 8058), which mail programs `POST` from anywhere, with the
/// random token in the address as the only key to one opt-out.
pub const EXEMPT_PREFIXES: &[&str] = &["/unsubscribe/"];

pub fn is_exempt(path: &str) -> bool {
    EXEMPT_PREFIXES.iter().any(|p| path.starts_with(p))
}

/// Refuses requests that a browser says come from anywhere but this site: `Sec-Fetch-Site`,
/// when sent, must be `same-origin`, and `Origin`, when sent, must be the base URL's origin
/// (scheme, host and port; `null` is no origin of ours).
pub fn same_origin(headers: &HeaderMap, site: &url::Origin) -> bool {
    if let Some(fetch_site) = headers.get("sec-fetch-site") {
        if fetch_site.as_bytes() != b"same-origin" {
            return false;
        }
    }
    match headers.get(header::ORIGIN) {
        Some(origin) => origin
            .to_str()
            .ok()
            .and_then(|o| url::Url::parse(o).ok())
            .is_some_and(|o| o.origin() == *site),
        // No Origin header: an older browser or a non-browser client; the token decides.
        None => true,
    }
}

/// The largest urlencoded form read to find the token: the longest real form (an event
/// with its description) is a few kilobytes. Only uploads (multipart) may be larger.
pub const FORM_LIMIT: usize = 1024 * 1024;

/// Reads the whole body and returns it with the `_csrf` value found in it, if any.
pub async fn token_from_body(
    request: Request<Body>,
) -> Result<(Request<Body>, Option<String>), ()> {
    let (parts, body) = request.into_parts();
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    // Uploads: the request body limit layer outside has already capped the size.
    let limit = if content_type.starts_with("multipart/form-data") {
        usize::MAX
    } else {
        FORM_LIMIT
    };
    let bytes = axum::body::to_bytes(body, limit).await.map_err(|_| ())?;
    let is_form = content_type.starts_with("application/x-www-form-urlencoded");
    let bytes = if is_form { one_line_feed(bytes) } else { bytes };
    let token = if is_form {
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

/// A form's line breaks as one LF each. Browsers send a `<textarea>`'s lines with CRLF; a
/// bare CR is a line break to some programs (calendar parsers among them) and not to others,
/// so none is stored. Every form gets this on the way in; one-line fields then refuse the LF
/// (`web::forms::refuse_control_chars`), multi-line ones keep it.
fn one_line_feed(bytes: Bytes) -> Bytes {
    let has_cr = form_urlencoded::parse(&bytes).any(|(k, v)| k.contains('\r') || v.contains('\r'));
    if !has_cr {
        return bytes;
    }
    let lf = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(&bytes) {
        out.append_pair(&lf(&k), &lf(&v));
    }
    Bytes::from(out.finish())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carriage_returns_become_line_feeds_in_forms() {
        let body = Bytes::from("title=a%0Db&notes=one%0D%0Atwo%0Dthree&_csrf=x");
        let fixed = one_line_feed(body);
        let pairs: Vec<(String, String)> = form_urlencoded::parse(&fixed)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        assert_eq!(pairs[0].1, "a\nb");
        assert_eq!(pairs[1].1, "one\ntwo\nthree");
        assert_eq!(pairs[2].1, "x");
        let untouched = Bytes::from("a=1&b=%C3%B1");
        assert_eq!(one_line_feed(untouched.clone()), untouched);
    }
}
