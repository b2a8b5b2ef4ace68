//! First run: while no account exists, a one-time link printed to the log creates the
//! first leadership account; then the link stops working.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sqlx::SqlitePool;
use tower_sessions::Session;

use super::email::EmailAddress;
use super::forms::{NewAccountForm, check_new_account};
use super::queries::FirstAccount;
use super::{login, queries, secrets};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::PageCtx;
use crate::web::auth::Role;
use crate::web::forms::FieldErrors;

const META_KEY: &str = "setup_token_hash";

/// At start: when there is no account, makes a new setup token and returns the link.
pub async fn prepare(pool: &SqlitePool, base_url: &str) -> anyhow::Result<Option<String>> {
    if queries::user_count(pool).await? > 0 {
        return Ok(None);
    }
    let token = secrets::new_token();
    crate::db::meta_set(pool, META_KEY, &secrets::hash_token(&token)).await?;
    Ok(Some(format!(
        "{}/setup?token={token}",
        base_url.trim_end_matches('/')
    )))
}

async fn token_is_valid(pool: &SqlitePool, token: &str) -> AppResult<bool> {
    if queries::user_count(pool).await? > 0 {
        return Ok(false);
    }
    let stored = crate::db::meta_get(pool, META_KEY).await?;
    Ok(stored
        .is_some_and(|hash| crate::web::csrf::tokens_match(&hash, &secrets::hash_token(token))))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TokenQuery {
    pub token: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/setup.html")]
pub struct SetupPage {
    pub ctx: PageCtx,
    pub token: String,
    pub form: NewAccountForm,
    pub errors: FieldErrors,
}

pub async fn form(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<TokenQuery>,
) -> AppResult<SetupPage> {
    if !token_is_valid(&state.pool, &q.token).await? {
        return Err(AppError::NotFound);
    }
    Ok(SetupPage {
        ctx,
        token: q.token,
        form: NewAccountForm::default(),
        errors: FieldErrors::default(),
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SetupForm {
    pub token: String,
    #[serde(flatten)]
    pub account: NewAccountForm,
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: Session,
    browser: super::notices::Browser,
    Form(form): Form<SetupForm>,
) -> AppResult<Response> {
    if !token_is_valid(&state.pool, &form.token).await? {
        return Err(AppError::NotFound);
    }
    let checked = check_new_account(&form.account, ctx.lang, true);
    let email = match checked {
        Ok(email) => email,
        Err(errors) => {
            let page = SetupPage {
                ctx,
                token: form.token,
                form: form.account.without_passwords(),
                errors,
            };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let email: EmailAddress = email;
    let hash = super::password::hash_off_runtime(&form.account.password).await?;
    let new = queries::NewUser {
        email: &email,
        display_name: form.account.display_name.trim(),
        password_hash: &hash,
        role: Role::Leadership,
        locale: ctx.code(),
    };
    let token_hash = secrets::hash_token(&form.token);
    let id = match queries::create_first_account(&state.pool, META_KEY, &token_hash, &new).await? {
        FirstAccount::Created(id) => id,
        // The check above only spares the hashing when the link is plainly dead.
        FirstAccount::LinkUsed => return Err(AppError::NotFound),
        FirstAccount::AddressTaken => return Err(AppError::Conflict("error-409-text")),
    };
    tracing::info!(
        user_id = id,
        "first leadership account created; the setup link no longer works"
    );
    // Leadership must enrol a second factor: the login lands there.
    login::complete_login(
        &state,
        &session,
        &browser,
        id,
        "/account/2fa",
        "login_after_setup",
    )
    .await
}
