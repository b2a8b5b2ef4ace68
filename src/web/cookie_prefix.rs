//! The `__Host-` cookie prefix over https.
//!
//! A browser accepts a `__Host-` cookie only with `Secure`, `Path=/` and no `Domain`, and
//! only from the host itself: a sibling subdomain cannot plant or overwrite one. Inside, the
//! application keeps plain names (`lacralo_session`, `lacralo_csrf`…); this layer, outermost
//! of those that touch cookies, renames them on the way in and out, so no handler needs to
//! know. Over https an unprefixed `lacralo_` cookie arriving is dropped: only a planted one
//! can be unprefixed.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

const OURS: &str = "lacralo_";
const PREFIX: &str = "__Host-";

/// `secure`: whether the site is served over https (otherwise nothing changes: browsers
/// refuse `__Host-` cookies without `Secure`, which plain http cannot have).
pub async fn middleware(State(secure): State<bool>, mut request: Request, next: Next) -> Response {
    if !secure {
        return next.run(request).await;
    }
    let incoming: Vec<String> = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .map(str::trim)
        .filter(|pair| !pair.is_empty() && !pair.starts_with(OURS))
        .map(|pair| pair.strip_prefix(PREFIX).unwrap_or(pair).to_owned())
        .collect();
    request.headers_mut().remove(header::COOKIE);
    if let Ok(value) = HeaderValue::from_str(&incoming.join("; ")) {
        if !incoming.is_empty() {
            request.headers_mut().insert(header::COOKIE, value);
        }
    }
    let mut response = next.run(request).await;
    let outgoing: Vec<HeaderValue> = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .cloned()
        .collect();
    response.headers_mut().remove(header::SET_COOKIE);
    for value in outgoing {
        let renamed = value
            .to_str()
            .ok()
            .filter(|text| text.starts_with(OURS))
            .and_then(|text| HeaderValue::from_str(&host_only(text)).ok())
            .unwrap_or(value);
        response.headers_mut().append(header::SET_COOKIE, renamed);
    }
    response
}

/// `lacralo_x=v; Path=/; …` as `__Host-lacralo_x=v; Path=/; …; Secure`, without `Domain`.
fn host_only(set_cookie: &str) -> String {
    let mut parts: Vec<&str> = set_cookie
        .split(';')
        .map(str::trim)
        .filter(|a| !a.to_ascii_lowercase().starts_with("domain="))
        .filter(|a| !a.to_ascii_lowercase().starts_with("path="))
        .collect();
    let mut out = format!("{PREFIX}{}", parts.remove(0));
    for attribute in parts {
        if !attribute.eq_ignore_ascii_case("secure") {
            out.push_str("; ");
            out.push_str(attribute);
        }
    }
    out.push_str("; Path=/; Secure");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_cookies_become_host_only() {
        assert_eq!(
            host_only("lacralo_csrf=abc; HttpOnly; SameSite=Strict; Path=/sub; Domain=example.org"),
            "__Host-lacralo_csrf=abc; HttpOnly; SameSite=Strict; Path=/; Secure"
        );
        assert_eq!(
            host_only("lacralo_session=x; Secure; Path=/"),
            "__Host-lacralo_session=x; Path=/; Secure"
        );
    }
}
