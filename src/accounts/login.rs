//! Logging in (password, then the second factor when the account has one), and out.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use super::devices::DeviceCookie;
use super::email::EmailAddress;
use super::notices::Browser;
use super::throttle::{self, Verdict};
use super::{devices, password, queries, totp};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::auth::{
    SESSION_AUTH_AT, SESSION_EPOCH, SESSION_PENDING_2FA, SESSION_RENEWED_AT, SESSION_USER,
};
use crate::web::{PageCtx, csrf, flash};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NextQuery {
    pub next: String,
}

/// Where to go after logging in: only a path that, resolved against the base URL the way a
/// browser resolves it, stays on this site. Anything with a control character or white
/// space is `/` outright: URL parsers drop tabs and newlines, so `/\t/evil.example` would
/// become `//evil.example`. `//host` and `/\host` resolve to another origin and are `/` too.
pub fn safe_next(next: &str, base_url: &str) -> String {
    let home = || "/".to_owned();
    if !next.starts_with('/') || next.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return home();
    }
    let Ok(base) = url::Url::parse(base_url) else {
        return home();
    };
    let Ok(resolved) = base.join(next) else {
        return home();
    };
    if resolved.origin() != base.origin() {
        return home();
    }
    let path = resolved.path();
    // Dot segments can leave `//host` once resolved (`/.//evil.example`): a browser reads
    // that in `Location` as another site.
    if path.starts_with("//") || path.starts_with("/login") || path.starts_with("/logout") {
        return home();
    }
    match resolved.query() {
        Some(query) => format!("{path}?{query}"),
        None => path.to_owned(),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/login.html")]
pub struct LoginPage {
    pub ctx: PageCtx,
    pub email: String,
    pub next: String,
    pub error: Option<String>,
}

pub async fn form(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<NextQuery>,
) -> LoginPage {
    LoginPage {
        ctx,
        email: String::new(),
        next: safe_next(&q.next, &state.settings.base_url),
        error: None,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub email: String,
    pub password: String,
    pub next: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct Pending2fa {
    user_id: i64,
    at: DateTime<Utc>,
    next: String,
    /// The trusted device's throttle key, when the password step came with one.
    #[serde(default)]
    device: Option<String>,
}

/// The client's address: the socket's, or, when the socket is a trusted reverse proxy
/// (`--trusted-proxy`), the last address in `X-Forwarded-For` that is not one of the
/// proxies (the one the nearest proxy saw). Addresses further left are the client's own
/// claims and are never believed. Without a trusted proxy no header is read.
pub struct ClientIp(pub Option<std::net::IpAddr>);

impl axum::extract::FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let socket = parts
            .extensions
            .get::<ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(ClientIp(client_address(
            socket,
            &parts.headers,
            &state.settings.trusted_proxies,
        )))
    }
}

fn client_address(
    socket: Option<std::net::IpAddr>,
    headers: &axum::http::HeaderMap,
    proxies: &[std::net::IpAddr],
) -> Option<std::net::IpAddr> {
    // An IPv4 client on a dual-stack socket arrives as `::ffff:a.b.c.d`.
    let socket = socket?.to_canonical();
    let is_proxy = |a: &std::net::IpAddr| proxies.iter().any(|p| p.to_canonical() == *a);
    if !is_proxy(&socket) {
        return Some(socket);
    }
    // From the right: each proxy appends the address it saw. The first entry that is not a
    // proxy is the client; one that cannot be read (`unknown`, a port, garbage) means what
    // lies further left cannot be trusted, so the proxy's own address counts.
    let entries: Vec<String> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|a| a.trim().to_owned())
        .collect();
    for entry in entries.iter().rev() {
        match entry.parse::<std::net::IpAddr>() {
            Ok(address) if is_proxy(&address.to_canonical()) => continue,
            Ok(address) => return Some(address.to_canonical()),
            Err(_) => return Some(socket),
        }
    }
    Some(socket)
}

/// The throttle's key for a client address. IPv6 by its /64: one subscriber or site gets a
/// whole /64, and counting each of its 2^64 addresses apart would give an attacker endless
/// fresh keys.
fn client_key(addr: ClientIp) -> String {
    match addr.0 {
        Some(std::net::IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("ip:{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Some(v4) => format!("ip:{v4}"),
        None => "ip:unknown".to_owned(),
    }
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: Session,
    addr: ClientIp,
    browser: Browser,
    device: DeviceCookie,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let next = safe_next(&form.next, &state.settings.base_url);
    let refuse = |ctx: PageCtx, key: &str, email: &str, status: StatusCode| {
        let page = LoginPage {
            error: Some(ctx.t(key)),
            email: email.to_owned(),
            next: next.clone(),
            ctx,
        };
        (status, page).into_response()
    };
    let email = match EmailAddress::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            return Ok(refuse(
                ctx,
                e.message_key(),
                &form.email,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    // Too busy to hash: answered before the throttle writes anything.
    // The login page again (with the address kept), 503 and when to retry.
    let busy = |ctx: PageCtx| {
        let mut page = refuse(
            ctx,
            "error-503-text",
            &form.email,
            StatusCode::SERVICE_UNAVAILABLE,
        );
        page.headers_mut().insert(
            header::RETRY_AFTER,
            HeaderValue::from(password::RETRY_AFTER_SECONDS),
        );
        page
    };
    if password::saturated().is_err() {
        return Ok(busy(ctx));
    }
    let user = queries::user_by_email(&state.pool, &email).await?;
    // A browser this account logged in from before is throttled by itself; any other
    // attempt by the account and by the address (see `devices`). A password change (a new
    // session epoch) ends every device's trust.
    let epoch = user.as_ref().map_or(-1, |u| u.session_epoch);
    let trusted = device.trusted_for(&state.key, email.canonical(), epoch);
    let keys: Vec<String> = match &trusted {
        Some(device_key) => vec![device_key.clone()],
        None => vec![format!("account:{}", email.canonical()), client_key(addr)],
    };
    let reservation = throttle::reserve(&state.pool, &keys).await?;
    match reservation.verdict {
        Verdict::Locked => {
            return Ok(refuse(
                ctx,
                "login-err-locked",
                &form.email,
                StatusCode::TOO_MANY_REQUESTS,
            ));
        }
        Verdict::Slowed(wait) => tokio::time::sleep(wait).await,
        Verdict::Allowed => {}
    }
    // Verify even when there is no such account, so both answers take as long.
    let hash = user
        .as_ref()
        .map_or(password::dummy_hash(), |u| u.password_hash.as_str());
    let password_ok = match password::verify_off_runtime(&form.password, hash).await {
        Ok(ok) => ok,
        Err(password::Busy) => {
            throttle::release(&state.pool, &reservation).await?;
            return Ok(busy(ctx));
        }
    };
    let user = match user {
        Some(u) if password_ok && !u.disabled => u,
        _ => {
            tracing::info!("failed login");
            return Ok(refuse(
                ctx,
                "login-err-wrong",
                &form.email,
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
    };
    // The account's (or device's) failures are forgotten; the address only gets this
    // attempt back, since many people may share it.
    throttle::succeeded(&state.pool, &reservation, 1).await?;
    // A new session id at every change of privilege (no session fixation).
    session.cycle_id().await.map_err(session_error)?;
    if user.totp_enabled() {
        let pending = Pending2fa {
            user_id: user.id,
            at: Utc::now(),
            next,
            device: trusted,
        };
        session
            .insert(SESSION_PENDING_2FA, pending)
            .await
            .map_err(session_error)?;
        // The session is new: the second step's page gives a token bound to it.
        let mut response = Redirect::to("/login/2fa").into_response();
        append_cookie(&mut response, &csrf::removal());
        return Ok(response);
    }
    complete_login(&state, &session, &browser, user.id, &next, "login").await
}

/// The session becomes a login: new id, the user, the time; a new CSRF token too.
/// `how` names the way in for the audit log (password, second factor, recovery code…).
pub async fn complete_login(
    state: &AppState,
    session: &Session,
    browser: &Browser,
    user_id: i64,
    next: &str,
    how: &str,
) -> AppResult<Response> {
    session.cycle_id().await.map_err(session_error)?;
    let _ = session.remove_value(SESSION_PENDING_2FA).await;
    let epoch = queries::session_epoch(&state.pool, user_id).await?;
    session
        .insert(SESSION_USER, user_id)
        .await
        .map_err(session_error)?;
    session
        .insert(SESSION_EPOCH, epoch)
        .await
        .map_err(session_error)?;
    session
        .insert(SESSION_AUTH_AT, Utc::now())
        .await
        .map_err(session_error)?;
    session
        .insert(SESSION_RENEWED_AT, Utc::now())
        .await
        .map_err(session_error)?;
    let secure = state.settings.base_url.starts_with("https://");
    let (browser_id, new_cookie) = browser.id_and_cookie(secure);
    queries::record_login(&state.pool, state.site(), user_id, how, &browser_id).await?;
    tracing::info!(user_id, "logged in");
    let mut response = flash::redirect(next, "flash-logged-in");
    let login = queries::user(&state.pool, user_id)
        .await?
        .map(|u| u.email_canonical)
        .unwrap_or_default();
    let cookies = [
        // The token was bound to the session before; the next page binds a new one.
        Some(csrf::removal()),
        Some(devices::issue(&state.key, &login, epoch, secure)),
        new_cookie,
    ];
    for cookie in cookies.into_iter().flatten() {
        append_cookie(&mut response, &cookie);
    }
    Ok(response)
}

fn append_cookie(response: &mut Response, cookie: &axum_extra::extract::cookie::Cookie<'_>) {
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

pub fn session_error(e: tower_sessions::session::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("session store: {e}"))
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/second_factor.html")]
pub struct SecondFactorPage {
    pub ctx: PageCtx,
    pub error: Option<String>,
}

async fn pending(session: &Session) -> Option<Pending2fa> {
    let p: Pending2fa = session.get(SESSION_PENDING_2FA).await.ok().flatten()?;
    (Utc::now() - p.at < Duration::minutes(5)).then_some(p)
}

pub async fn second_factor_form(ctx: PageCtx, session: Session) -> Response {
    if pending(&session).await.is_none() {
        return Redirect::to("/login").into_response();
    }
    SecondFactorPage { ctx, error: None }.into_response()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CodeForm {
    pub code: String,
}

pub async fn second_factor_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: Session,
    addr: ClientIp,
    browser: Browser,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let Some(pending) = pending(&session).await else {
        return Ok(flash::redirect("/login", "flash-login-again"));
    };
    let Some(user) = queries::user(&state.pool, pending.user_id)
        .await?
        .filter(|u| !u.disabled)
    else {
        return Ok(Redirect::to("/login").into_response());
    };
    // The second factor has its own count, which only a right code clears: a right
    // password does not reset it, and a new client address does not escape it. A trusted
    // device counts by itself, as for the password.
    let second_factor_key = pending
        .device
        .as_ref()
        .map_or_else(|| format!("2fa:{}", user.id), |d| format!("2fa:{d}"));
    let keys = [second_factor_key, client_key(addr)];
    let keys = if pending.device.is_some() {
        &keys[..1]
    } else {
        &keys[..]
    };
    let reservation = throttle::reserve(&state.pool, keys).await?;
    match reservation.verdict {
        Verdict::Locked => {
            let page = SecondFactorPage {
                error: Some(ctx.t("login-err-locked")),
                ctx,
            };
            return Ok((StatusCode::TOO_MANY_REQUESTS, page).into_response());
        }
        Verdict::Slowed(wait) => tokio::time::sleep(wait).await,
        Verdict::Allowed => {}
    }
    let code = form.code.trim();
    let digits: String = code.chars().filter(char::is_ascii_digit).collect();
    let is_totp =
        digits.len() == 6 && digits.len() == code.chars().filter(|c| !c.is_whitespace()).count();
    let accepted = if is_totp {
        let now = u64::try_from(Utc::now().timestamp()).unwrap_or(0);
        match user
            .totp_secret
            .as_deref()
            .and_then(|s| totp::verify(s, &digits, now, user.totp_last_step))
        {
            Some(step) => queries::use_totp_step(&state.pool, user.id, step).await?,
            None => false,
        }
    } else {
        queries::use_recovery_code(&state.pool, user.id, code).await?
    };
    if !accepted {
        let page = SecondFactorPage {
            error: Some(ctx.t("login-err-code")),
            ctx,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    throttle::succeeded(&state.pool, &reservation, 1).await?;
    let how = if is_totp {
        "login_totp"
    } else {
        "login_recovery_code"
    };
    complete_login(&state, &session, &browser, user.id, &pending.next, how).await
}

pub async fn logout(session: Session) -> AppResult<Response> {
    session.flush().await.map_err(session_error)?;
    let mut response = flash::redirect("/", "flash-logged-out");
    append_cookie(&mut response, &csrf::removal());
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_addresses_count_only_from_a_trusted_proxy() {
        let proxy: std::net::IpAddr = "10.0.0.1".parse().unwrap();
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "6.6.6.6, 203.0.113.5, 10.0.0.1".parse().unwrap(),
        );
        let client = |socket: &str, proxies: &[std::net::IpAddr]| {
            client_address(Some(socket.parse().unwrap()), &headers, proxies)
                .unwrap()
                .to_string()
        };
        // Not configured, or not from the proxy: the header is ignored.
        assert_eq!(client("10.0.0.1", &[]), "10.0.0.1");
        assert_eq!(client("198.51.100.7", &[proxy]), "198.51.100.7");
        // From the proxy: the last address that is not a proxy, never the spoofable first.
        assert_eq!(client("10.0.0.1", &[proxy]), "203.0.113.5");
        assert_eq!(
            client("::ffff:10.0.0.1", &[proxy]),
            "203.0.113.5",
            "dual stack"
        );
        // An entry that cannot be read stops the walk: the proxy's address counts.
        headers.insert("x-forwarded-for", "203.0.113.5, unknown".parse().unwrap());
        let client = |socket: &str| {
            client_address(Some(socket.parse().unwrap()), &headers, &[proxy])
                .unwrap()
                .to_string()
        };
        assert_eq!(client("10.0.0.1"), "10.0.0.1");
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        let key = |a: &str| client_key(ClientIp(Some(a.parse().unwrap())));
        assert_eq!(key("2001:db8:1:2::1"), key("2001:db8:1:2:ffff::9"));
        assert_ne!(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"));
        assert_eq!(key("198.51.100.7"), "ip:198.51.100.7");
    }

    #[test]
    fn next_stays_on_this_site() {
        let base = "https://outreach.lacralo.org";
        for (next, expected) in [
            ("/events?kind=webinar", "/events?kind=webinar"),
            ("/\t/evil.example", "/"),
            ("//evil.example/x", "/"),
            ("/\\evil.example", "/"),
            ("/./../events", "/events"),
            ("/.//evil.example", "/"),
            ("/a/..//evil.example/x", "/"),
            ("/%2e//evil.example", "/"),
            ("/./\\evil.example", "/"),
            ("https://outreach.lacralo.org/events", "/"),
            ("/logout", "/"),
        ] {
            assert_eq!(safe_next(next, base), expected, "{next:?}");
        }
    }
}
