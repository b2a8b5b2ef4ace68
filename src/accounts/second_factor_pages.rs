//! One's own second factor: enrolling (the secret as a QR code and as text, confirmed by a
//! code, then recovery codes shown once), and turning it off (the password asked again;
//! leadership may not).

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use chrono::Utc;
use serde::Deserialize;

use super::{queries, totp};
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::auth::Role;
use crate::web::forms::FieldErrors;
use crate::web::{PageCtx, flash};
use tower_sessions::Session;

use super::account::{current_password, keep_this_session, me, page};

#[derive(Template, WebTemplate)]
#[template(path = "accounts/two_factor.html")]
pub struct TwoFactorPage {
    pub ctx: PageCtx,
    pub enabled: bool,
    pub secret: String,
    pub qr_data_uri: String,
    pub error: Option<String>,
    /// Shown once, right after enrolment.
    pub recovery_codes: Vec<String>,
    pub required: bool,
}

/// `no-store`: the enrolment page shows the secret, which no cache (ours included) may keep.
pub async fn two_factor(State(state): State<AppState>, ctx: PageCtx) -> AppResult<Response> {
    let page = two_factor_page(&state, ctx).await?;
    Ok(([(axum::http::header::CACHE_CONTROL, "no-store")], page).into_response())
}

async fn two_factor_page(state: &AppState, ctx: PageCtx) -> AppResult<TwoFactorPage> {
    let user = me(&ctx)?;
    let row = queries::user(&state.pool, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if row.totp_enabled() {
        return Ok(TwoFactorPage {
            enabled: true,
            secret: String::new(),
            qr_data_uri: String::new(),
            error: None,
            recovery_codes: Vec::new(),
            required: row.role() == Role::Leadership,
            ctx,
        });
    }
    let secret = match row.totp_pending_secret.clone() {
        Some(s) => s,
        None => {
            let s = totp::new_secret();
            queries::set_pending_totp(&state.pool, user.id, &s).await?;
            s
        }
    };
    enrolment_page(
        ctx,
        &row.email,
        secret,
        None,
        row.role() == Role::Leadership,
    )
}

fn enrolment_page(
    ctx: PageCtx,
    email: &str,
    secret: String,
    error: Option<String>,
    required: bool,
) -> AppResult<TwoFactorPage> {
    let url = totp::enrolment_url(&secret, email)
        .ok_or(AppError::Internal(anyhow::anyhow!("bad TOTP secret")))?;
    let svg = totp::qr_svg(&url).unwrap_or_default();
    Ok(TwoFactorPage {
        enabled: false,
        qr_data_uri: format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(svg.as_bytes())
        ),
        secret,
        error,
        recovery_codes: Vec::new(),
        required,
        ctx,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ConfirmForm {
    pub code: String,
}

pub async fn confirm_two_factor(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<ConfirmForm>,
) -> AppResult<Response> {
    let user = me(&ctx)?;
    let row = queries::user(&state.pool, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(secret) = row.totp_pending_secret.clone() else {
        return Ok(axum::response::Redirect::to("/account/2fa").into_response());
    };
    let now = u64::try_from(Utc::now().timestamp()).unwrap_or(0);
    let Some(step) = totp::verify(&secret, &form.code, now, None) else {
        let required = row.role() == Role::Leadership;
        let page = enrolment_page(
            ctx.clone(),
            &row.email,
            secret,
            Some(ctx.t("login-err-code")),
            required,
        )?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let codes = queries::confirm_totp(&state.pool, &Actor::from(&user), user.id, step).await?;
    // The codes are shown on this response only; they are stored as hashes.
    let page = TwoFactorPage {
        enabled: true,
        secret: String::new(),
        qr_data_uri: String::new(),
        error: None,
        recovery_codes: codes,
        required: row.role() == Role::Leadership,
        ctx,
    };
    Ok(page.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CurrentPasswordForm {
    #[serde(rename = "current_2fa")]
    pub current: String,
}

/// Turning the second factor off asks for the password again.
pub async fn turn_off_two_factor(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: Session,
    Form(form): Form<CurrentPasswordForm>,
) -> AppResult<Response> {
    let user = me(&ctx)?;
    let row = queries::user(&state.pool, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let checked = current_password(&state, user.id, &form.current, &row.password_hash).await?;
    if let Some(refusal) = checked.refusal() {
        let mut errors = FieldErrors::default();
        errors.add("current_2fa", ctx.t(refusal));
        let page = page(&state, ctx, None, errors).await?;
        return Ok((checked.status(), page).into_response());
    }
    if user.role == Role::Leadership {
        // A rule of the account, not of the route: say it where the button was.
        return Ok(flash::redirect("/account", "flash-2fa-required"));
    }
    queries::reset_totp(&state.pool, state.site(), &Actor::from(&user), user.id).await?;
    keep_this_session(&state, &session, user.id).await?;
    Ok(flash::redirect("/account", "flash-2fa-off"))
}
