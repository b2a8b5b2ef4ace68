//! One-time messages shown on the page a form redirects to ("Event saved").
//! The cookie holds only the key of a Fluent message starting with `flash-`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, SameSite};

pub const COOKIE: &str = "lacralo_flash";

/// A 303 redirect that shows `key` once on the page it leads to.
pub fn redirect(to: &str, key: &'static str) -> Response {
    redirect_with_count(to, key, None)
}

/// As `redirect`, with a number for the message (`{ $count }`), e.g. events changed.
pub fn redirect_with_count(to: &str, key: &'static str, count: Option<u64>) -> Response {
    debug_assert!(key.starts_with("flash-"));
    let value = match count {
        Some(n) => format!("{key}.{n}"),
        None => key.to_owned(),
    };
    let cookie = Cookie::build((COOKIE, value))
        .path("/")
        .same_site(SameSite::Lax)
        .http_only(true)
        .build();
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_owned())]).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

pub fn removal() -> Cookie<'static> {
    Cookie::build((COOKIE, ""))
        .path("/")
        .max_age(cookie::time::Duration::ZERO)
        .build()
}

/// The message a flash cookie holds, translated; only our own keys are shown, anything
/// else in the cookie is ignored.
pub fn message(value: &str, lang: super::Lang) -> Option<String> {
    let (key, count) = match value.split_once('.') {
        Some((key, n)) => (key, Some(n.parse::<i64>().ok()?)),
        None => (value, None),
    };
    let well_formed = key.starts_with("flash-")
        && key.len() < 64
        && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    if !well_formed {
        return None;
    }
    Some(match count {
        Some(n) => lang.t_args(
            key,
            &[(
                "count",
                fluent_templates::fluent_bundle::FluentValue::from(n),
            )],
        ),
        None => lang.t(key),
    })
}
