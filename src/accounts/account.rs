//! One's own account: name and language, and password; the second factor's pages are
//! `second_factor_pages`. Asking for the current password again, throttled, is here for both.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::forms::check_new_password;
use super::throttle::{self, Verdict};
use super::{password, queries};
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::auth::{CurrentUser, Role, SESSION_EPOCH};
use crate::web::forms::{Choice, FieldErrors, refuse_control_chars};
use crate::web::{Lang, PageCtx, flash};
use tower_sessions::Session;

/// The logged-in user; the route's role check has already made sure there is one.
pub fn me(ctx: &PageCtx) -> AppResult<CurrentUser> {
    ctx.user
        .clone()
        .ok_or(AppError::Forbidden("error-403-text"))
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/account.html")]
pub struct AccountPage {
    pub ctx: PageCtx,
    pub display_name: String,
    pub languages: Vec<Choice>,
    /// The zone messages are written in (empty: the member's country's, else UTC).
    pub zones: crate::countries::choices::ZoneChoices,
    /// The private calendar feed: when its link was made, if it exists.
    pub feed_created: Option<String>,
    pub errors: FieldErrors,
    pub totp_enabled: bool,
    pub recovery_left: i64,
    pub can_turn_off_2fa: bool,
}

pub(super) async fn page(
    state: &AppState,
    ctx: PageCtx,
    typed: Option<ProfileForm>,
    errors: FieldErrors,
) -> AppResult<AccountPage> {
    let user = me(&ctx)?;
    let row = queries::user(&state.pool, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let typed = typed.unwrap_or_else(|| ProfileForm {
        display_name: row.display_name.clone(),
        locale: row.locale.clone(),
        time_zone: row.time_zone.clone().unwrap_or_default(),
    });
    let languages = Lang::all()
        .iter()
        .map(|l| Choice::new(l.code(), l.native_name(), &typed.locale))
        .collect();
    let feed_created = super::feed_tokens::created_at(&state.pool, user.id)
        .await?
        .map(|t| crate::web::i18n::timestamp(&t, ctx.lang));
    Ok(AccountPage {
        display_name: typed.display_name.clone(),
        languages,
        zones: crate::countries::choices::time_zones(ctx.lang, &typed.time_zone),
        feed_created,
        errors,
        totp_enabled: row.totp_enabled(),
        recovery_left: queries::unused_recovery_codes(&state.pool, user.id).await?,
        can_turn_off_2fa: row.role() != Role::Leadership,
        ctx,
    })
}

pub async fn show(State(state): State<AppState>, ctx: PageCtx) -> AppResult<AccountPage> {
    page(&state, ctx, None, FieldErrors::default()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub display_name: String,
    pub locale: String,
    pub time_zone: String,
}

pub async fn save_profile(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<ProfileForm>,
) -> AppResult<Response> {
    let user = me(&ctx)?;
    let name = form.display_name.trim().to_owned();
    let mut errors = FieldErrors::default();
    refuse_control_chars("display_name", &name, ctx.lang, &mut errors);
    if name.is_empty() {
        errors.add("display_name", ctx.t("account-err-name-required"));
    } else if name.chars().count() > 100 {
        errors.add("display_name", ctx.t("account-err-name-long"));
    }
    let locale = Lang::from_code(&form.locale).map(|l| l.code());
    if locale.is_none() {
        errors.add("locale", ctx.t("err-choose-from-list"));
    }
    let zone = form.time_zone.trim().to_owned();
    if !zone.is_empty() && zone.parse::<chrono_tz::Tz>().is_err() {
        errors.add("time_zone", ctx.t("err-choose-from-list"));
    }
    if !errors.is_empty() {
        let page = page(&state, ctx, Some(form), errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    queries::set_profile(
        &state.pool,
        &Actor::from(&user),
        user.id,
        &name,
        locale.unwrap_or("en"),
        (!zone.is_empty()).then_some(zone.as_str()),
    )
    .await?;
    Ok(flash::redirect("/account", "flash-profile-saved"))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub current: String,
    pub password: String,
    pub password_confirm: String,
}

pub async fn change_password(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: Session,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    let user = me(&ctx)?;
    let row = queries::user(&state.pool, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FieldErrors::default();
    let checked = current_password(&state, user.id, &form.current, &row.password_hash).await?;
    if let Some(refusal) = checked.refusal() {
        errors.add("current", ctx.t(refusal));
    }
    check_new_password(
        &form.password,
        &form.password_confirm,
        &[&row.email, &row.display_name],
        ctx.lang,
        &mut errors,
    );
    if !errors.is_empty() {
        let page = page(&state, ctx, None, errors).await?;
        return Ok((checked.status(), page).into_response());
    }
    let hash = password::hash_off_runtime(&form.password).await?;
    queries::set_password(
        &state.pool,
        state.site(),
        &Actor::from(&user),
        user.id,
        &hash,
    )
    .await?;
    keep_this_session(&state, &session, user.id).await?;
    Ok(flash::redirect("/account", "flash-password-changed"))
}

/// Other sessions of the account end (their epoch is now old); this one carries on, with
/// a new id.
pub(super) async fn keep_this_session(
    state: &AppState,
    session: &Session,
    user_id: i64,
) -> AppResult<()> {
    let epoch = queries::session_epoch(&state.pool, user_id).await?;
    session
        .cycle_id()
        .await
        .map_err(super::login::session_error)?;
    session
        .insert(SESSION_EPOCH, epoch)
        .await
        .map_err(super::login::session_error)?;
    Ok(())
}

/// The outcome of asking for the current password again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CurrentPassword {
    Right,
    Wrong,
    /// Too many wrong answers lately: not checked.
    Locked,
}

impl CurrentPassword {
    /// The message for the field, when the answer is not `Right`.
    pub(super) fn refusal(self) -> Option<&'static str> {
        match self {
            CurrentPassword::Right => None,
            CurrentPassword::Wrong => Some("account-err-current-password"),
            CurrentPassword::Locked => Some("login-err-locked"),
        }
    }

    pub(super) fn status(self) -> StatusCode {
        if self == CurrentPassword::Locked {
            StatusCode::TOO_MANY_REQUESTS
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    }
}

/// Checks the current password, throttled like a login (a stolen session must not become
/// a password-guessing oracle): its own key per account, reserved before argon2.
pub(super) async fn current_password(
    state: &AppState,
    user_id: i64,
    given: &str,
    stored: &str,
) -> AppResult<CurrentPassword> {
    let keys = [format!("reauth:{user_id}")];
    let reservation = throttle::reserve(&state.pool, &keys).await?;
    match reservation.verdict {
        Verdict::Locked => return Ok(CurrentPassword::Locked),
        Verdict::Slowed(wait) => tokio::time::sleep(wait).await,
        Verdict::Allowed => {}
    }
    match password::verify_off_runtime(given, stored).await {
        Ok(true) => {
            throttle::succeeded(&state.pool, &reservation, 1).await?;
            Ok(CurrentPassword::Right)
        }
        Ok(false) => Ok(CurrentPassword::Wrong),
        Err(busy) => {
            throttle::release(&state.pool, &reservation).await?;
            Err(busy.into())
        }
    }
}
