//! The middleware every request passes through: it settles the visitor's language, the
//! CSRF token and any flash message, checks the token on unsafe requests, and turns every
//! error response that is not already a page into the friendly HTML error page.

use askama::Template;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use super::i18n::Lang;
use super::{PageCtx, csrf, flash};
use crate::error::ErrorMessage;

const LANG_COOKIE: &str = "lacralo_lang";

/// Whether cookies get the Secure flag: when the site is served over https.
#[derive(Clone, Copy)]
pub struct CookiePolicy {
    pub secure: bool,
}

pub async fn middleware(
    axum::extract::State(policy): axum::extract::State<CookiePolicy>,
    request: Request,
    next: Next,
) -> Response {
    let jar = CookieJar::from_headers(request.headers());
    let mut set_cookies: Vec<Cookie<'static>> = Vec::new();

    // Language: an explicit ?lang= choice (remembered), else the cookie, else the browser.
    let chosen = query_param(request.uri().query(), "lang").and_then(|c| Lang::from_code(&c));
    let lang = if let Some(lang) = chosen {
        set_cookies.push(
            Cookie::build((LANG_COOKIE, lang.code().to_owned()))
                .path("/")
                .max_age(time_years(1))
                .same_site(SameSite::Lax)
                .http_only(true)
                .build(),
        );
        lang
    } else {
        jar.get(LANG_COOKIE)
            .and_then(|c| Lang::from_code(c.value()))
            .or_else(|| {
                request
                    .headers()
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(Lang::from_accept_language)
            })
            .unwrap_or_default()
    };

    let existing_token = jar
        .get(csrf::COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|t| csrf::is_well_formed(t));
    let token_is_new = existing_token.is_none();
    let token = existing_token.unwrap_or_else(csrf::new_token);

    let flash_key = jar.get(flash::COOKIE).map(|c| c.value().to_owned());

    let path_and_query = request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_else(|| "/".to_owned());
    let mut ctx = PageCtx::new(lang, token.clone(), path_and_query, flash_key.as_deref());
    ctx.user = request
        .extensions()
        .get::<Option<super::auth::CurrentUser>>()
        .cloned()
        .flatten();

    let is_unsafe = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) && !csrf::is_exempt(request.uri().path());
    let mut request = request;
    if is_unsafe {
        if !csrf::same_origin(request.headers()) {
            return error_page(&ctx, StatusCode::FORBIDDEN, Some("error-csrf-text"));
        }
        let (checked, sent) = match csrf::token_from_body(request).await {
            Ok(pair) => pair,
            Err(()) => return error_page(&ctx, StatusCode::PAYLOAD_TOO_LARGE, None),
        };
        let valid = !token_is_new && sent.is_some_and(|s| csrf::tokens_match(&s, &token));
        if !valid {
            tracing::info!("refused a form without a valid CSRF token");
            return error_page(&ctx, StatusCode::FORBIDDEN, Some("error-csrf-text"));
        }
        request = checked;
    }

    request.extensions_mut().insert(ctx.clone());
    let mut response = next.run(request).await;

    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let status = response.status();
    if (status.is_client_error() || status.is_server_error()) && !is_html {
        let message = response.extensions().get::<ErrorMessage>().map(|m| m.0);
        response = error_page(&ctx, status, message);
    }

    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if token_is_new && is_html {
        set_cookies.push(
            Cookie::build((csrf::COOKIE, token))
                .path("/")
                .same_site(SameSite::Strict)
                .http_only(true)
                .build(),
        );
    }
    // A flash is shown once: the page that displayed it removes it, unless the response
    // sets a new one (a redirect carrying its own message).
    let sets_flash = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.to_str().is_ok_and(|v| v.starts_with(flash::COOKIE)));
    if flash_key.is_some() && !sets_flash && is_html {
        set_cookies.push(flash::removal());
    }
    if policy.secure {
        // Cookies set by handlers (flash, a rotated CSRF token) get the flag here too.
        let existing: Vec<HeaderValue> = response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .cloned()
            .collect();
        response.headers_mut().remove(header::SET_COOKIE);
        for value in existing {
            let text = value.to_str().unwrap_or_default();
            let secured = if text.to_ascii_lowercase().contains("; secure") {
                value.clone()
            } else {
                HeaderValue::from_str(&format!("{text}; Secure")).unwrap_or(value.clone())
            };
            response.headers_mut().append(header::SET_COOKIE, secured);
        }
    }
    for mut cookie in set_cookies {
        cookie.set_secure(policy.secure);
        if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

fn time_years(n: i64) -> cookie::time::Duration {
    cookie::time::Duration::days(365 * n)
}

pub fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    form_urlencoded::parse(query?.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    ctx: &'a PageCtx,
    status: u16,
    title: String,
    message: String,
}

/// The friendly error page, in the visitor's language, with nothing internal in it.
pub fn error_page(ctx: &PageCtx, status: StatusCode, message_key: Option<&str>) -> Response {
    let code = status.as_u16();
    let known = matches!(
        code,
        400 | 401 | 403 | 404 | 405 | 408 | 409 | 413 | 422 | 429 | 500
    );
    let family = if known {
        code
    } else if code >= 500 {
        500
    } else {
        400
    };
    let title = ctx.t(&format!("error-{family}-title"));
    let message = ctx.t(message_key.unwrap_or(&format!("error-{family}-text")));
    let page = ErrorPage {
        ctx,
        status: code,
        title,
        message,
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "cannot render the error page");
            (status, Body::from("Error")).into_response()
        }
    }
}
