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

/// What the middleware needs beyond the request: whether cookies get the Secure flag (the
/// site is served over https), the key that signs CSRF tokens, and the site's origin, which
/// an unsafe request's `Origin` must equal.
#[derive(Clone)]
pub struct ContextConfig {
    pub secure: bool,
    pub key: super::signing::ServerKey,
    pub origin: url::Origin,
}

impl ContextConfig {
    pub fn new(base_url: &str, key: super::signing::ServerKey) -> Self {
        let origin = url::Url::parse(base_url)
            .map(|u| u.origin())
            .unwrap_or_else(|_| {
                url::Url::parse("http://127.0.0.1:3000")
                    .expect("valid")
                    .origin()
            });
        Self {
            secure: base_url.starts_with("https://"),
            key,
            origin,
        }
    }
}

/// Longer addresses are refused before anything reflects them (the language links repeat
/// the address four times): no real link of the site comes near it.
pub const MAX_URI_LENGTH: usize = 4096;

pub async fn middleware(
    axum::extract::State(config): axum::extract::State<ContextConfig>,
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

    // The session as the user loader left it (an expired or unknown id is gone by now).
    let session_id = request
        .extensions()
        .get::<tower_sessions::Session>()
        .and_then(|s| s.id())
        .map(|id| id.to_string());
    let existing_token = jar
        .get(csrf::COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|t| csrf::is_bound(&config.key, t, session_id.as_deref()));
    let token_is_new = existing_token.is_none();
    // The token was made for the session the browser still names, which has ended (timed
    // out, logged out elsewhere, a password change): an unsafe request is told to log in
    // again rather than refused as a forgery.
    let session_ended = token_is_new
        && session_id.is_none()
        && jar
            .get(super::auth::SESSION_COOKIE)
            .zip(jar.get(csrf::COOKIE))
            .is_some_and(|(s, t)| csrf::is_bound(&config.key, t.value(), Some(s.value())));
    let token =
        existing_token.unwrap_or_else(|| csrf::new_token(&config.key, session_id.as_deref()));

    let flash_key = jar.get(flash::COOKIE).map(|c| c.value().to_owned());

    let path_and_query = request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_else(|| "/".to_owned());
    let too_long = path_and_query.len() > MAX_URI_LENGTH;
    let shown_path = if too_long {
        "/".to_owned()
    } else {
        path_and_query
    };
    let mut ctx = PageCtx::new(lang, token.clone(), shown_path, flash_key.as_deref());
    ctx.user = request
        .extensions()
        .get::<Option<super::auth::CurrentUser>>()
        .cloned()
        .flatten();
    let shows_secret = carries_secret(request.uri());
    let is_static = request.uri().path().starts_with("/static/");

    let mut response = if too_long {
        error_page(&ctx, StatusCode::URI_TOO_LONG, None)
    } else {
        match refuse_forgery(request, &ctx, &config.origin, token_is_new, session_ended).await {
            Ok(mut request) => {
                request.extensions_mut().insert(ctx.clone());
                next.run(request).await
            }
            Err(refusal) => refusal,
        }
    };

    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let status = response.status();
    if (status.is_client_error() || status.is_server_error()) && !is_html {
        let message = response.extensions().get::<ErrorMessage>().map(|m| m.0);
        let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
        response = error_page(&ctx, status, message);
        if let Some(value) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
    }

    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let clears_token = response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.to_str().is_ok_and(|v| v.starts_with(csrf::COOKIE)));
    // Redirects carry it too: after a login the next page may be a redirect itself.
    if token_is_new && (is_html || response.status().is_redirection()) && !clears_token {
        set_cookies.push(csrf::cookie(&token));
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
    // Nothing personal or secret stays in a browser's or a proxy's cache: anything sent to
    // someone logged in (pages, exports; not the stylesheet), pages that show a flash, and
    // pages reached through a secret link.
    let personal = ctx.user.is_some() && !is_static;
    if personal || (is_html && (flash_key.is_some() || shows_secret)) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    // Over https, cookies set by handlers (flash, a removed CSRF token) get `Secure` and the
    // `__Host-` prefix from `web::cookie_prefix`, outside this layer.
    for mut cookie in set_cookies {
        cookie.set_secure(config.secure);
        if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Whether the address carries a secret (a `token=` parameter, or a path segment shaped
/// like one of our tokens: invitations, the setup link, unsubscribe and feed links).
fn carries_secret(uri: &axum::http::Uri) -> bool {
    query_param(uri.query(), "token").is_some() || uri.path().split('/').any(csrf::is_random_token)
}

/// The CSRF checks of an unsafe request, in order of cost: where it comes from, then the
/// token cookie, then (reading the body) the token field. Refused before the body is read
/// when the first two fail, so a stranger's large POST costs nothing; an upload (multipart)
/// is only read for someone logged in, since only staff and leadership import files.
async fn refuse_forgery(
    request: Request,
    ctx: &PageCtx,
    origin: &url::Origin,
    token_is_new: bool,
    session_ended: bool,
) -> Result<Request, Response> {
    let is_unsafe = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) && !csrf::is_exempt(request.uri().path());
    if !is_unsafe {
        return Ok(request);
    }
    let from_here = csrf::same_origin(request.headers(), origin);
    let is_upload = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if from_here && session_ended {
        return Err(flash::redirect("/login", "flash-login-again"));
    }
    if !from_here || token_is_new || (is_upload && ctx.user.is_none()) {
        tracing::info!(
            from_here,
            token_cookie = !token_is_new,
            is_upload,
            "refused an unsafe request before reading its body"
        );
        return Err(error_page(
            ctx,
            StatusCode::FORBIDDEN,
            Some("error-csrf-text"),
        ));
    }
    let (checked, sent) = match csrf::token_from_body(request).await {
        Ok(pair) => pair,
        Err(()) => return Err(error_page(ctx, StatusCode::PAYLOAD_TOO_LARGE, None)),
    };
    if !sent.is_some_and(|s| csrf::tokens_match(&s, &ctx.csrf)) {
        tracing::info!("refused a form without a valid CSRF token");
        return Err(error_page(
            ctx,
            StatusCode::FORBIDDEN,
            Some("error-csrf-text"),
        ));
    }
    Ok(checked)
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
        400 | 401 | 403 | 404 | 405 | 408 | 409 | 413 | 414 | 422 | 429 | 500 | 503
    );
    let family = if known {
        code
    } else if code >= 500 {
        500
    } else {
        400
    };
    // The language links keep the path only: an error page repeats nothing of the query.
    let mut ctx = ctx.clone();
    ctx.path_and_query = ctx
        .path_and_query
        .split('?')
        .next()
        .unwrap_or("/")
        .to_owned();
    let ctx = &ctx;
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
