//! Leadership's view of the accounts: who has one, disabling, resetting a second factor,
//! and invitations (with the page an invitee opens to join).

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tower_sessions::Session;

use super::account::me;
use super::email::EmailAddress;
use super::forms::{NewAccountForm, check_new_account};
use super::queries::{self, AcceptOutcome, Invitation, UserRow};
use super::{INVITATION_DAYS, login, secrets};
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::auth::Role;
use crate::web::forms::{Choice, FieldErrors};
use crate::web::i18n::timestamp;
use crate::web::{Lang, PageCtx, flash};

pub struct UserView {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub disabled: bool,
    pub totp: bool,
    pub last_login: String,
    pub is_me: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/users.html")]
pub struct UsersPage {
    pub ctx: PageCtx,
    pub users: Vec<UserView>,
}

pub async fn list(State(state): State<AppState>, ctx: PageCtx) -> AppResult<UsersPage> {
    let me = me(&ctx)?;
    let users = queries::all_users(&state.pool)
        .await?
        .into_iter()
        .map(|u: UserRow| UserView {
            id: u.id,
            role: ctx.t(&u.role().label_key()),
            disabled: u.disabled,
            totp: u.totp_enabled(),
            last_login: u
                .last_login_at
                .as_deref()
                .map(|t| timestamp(t, ctx.lang))
                .unwrap_or_default(),
            is_me: u.id == me.id,
            email: u.email,
            display_name: u.display_name,
        })
        .collect();
    Ok(UsersPage { ctx, users })
}

async fn change(state: &AppState, ctx: &PageCtx, id: i64, what: &str) -> AppResult<Response> {
    let me = me(ctx)?;
    if id == me.id {
        // Leaders cannot lock themselves out or drop their own second factor here.
        return Ok(flash::redirect("/users", "flash-not-yourself"));
    }
    let actor = Actor::from(&me);
    let done = match what {
        "disable" => queries::set_disabled(&state.pool, &actor, id, true).await?,
        "enable" => queries::set_disabled(&state.pool, &actor, id, false).await?,
        _ => queries::reset_totp(&state.pool, state.site(), &actor, id).await?,
    };
    if !done {
        return Err(AppError::NotFound);
    }
    Ok(flash::redirect("/users", "flash-user-changed"))
}

pub async fn disable(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    change(&state, &ctx, id, "disable").await
}

pub async fn enable(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    change(&state, &ctx, id, "enable").await
}

pub async fn reset_two_factor(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    change(&state, &ctx, id, "reset-2fa").await
}

pub struct InvitationView {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub expires: String,
    pub expired: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/invitations.html")]
pub struct InvitationsPage {
    pub ctx: PageCtx,
    pub email: String,
    pub roles: Vec<Choice>,
    /// The invitation's language: the inviter's own, unless they choose another.
    pub languages: Vec<Choice>,
    pub errors: FieldErrors,
    pub pending: Vec<InvitationView>,
    /// The link just made, shown once to the inviter to send.
    pub new_link: Option<String>,
    pub days: i64,
}

async fn invitations_page(
    state: &AppState,
    ctx: PageCtx,
    email: String,
    role: &str,
    locale: &str,
    errors: FieldErrors,
    new_link: Option<String>,
) -> AppResult<InvitationsPage> {
    let chosen = Lang::from_code(locale).unwrap_or(ctx.lang);
    let languages = Lang::all()
        .iter()
        .map(|l| Choice::new(l.code(), l.native_name(), chosen.code()))
        .collect();
    let now = crate::db::now_text();
    let pending = queries::pending_invitations(&state.pool)
        .await?
        .into_iter()
        .map(|i: Invitation| InvitationView {
            id: i.id,
            role: Role::parse_account_role(&i.role)
                .map_or(i.role.clone(), |r| ctx.t(&r.label_key())),
            expires: timestamp(&i.expires_at, ctx.lang),
            expired: i.expires_at <= now,
            email: i.email,
        })
        .collect();
    let roles = Role::ACCOUNT_ROLES
        .iter()
        .map(|r| Choice::new(r.as_str(), ctx.t(&r.label_key()), role))
        .collect();
    Ok(InvitationsPage {
        ctx,
        email,
        roles,
        languages,
        errors,
        pending,
        new_link,
        days: INVITATION_DAYS,
    })
}

pub async fn invitations(
    State(state): State<AppState>,
    ctx: PageCtx,
) -> AppResult<InvitationsPage> {
    invitations_page(
        &state,
        ctx,
        String::new(),
        "member",
        "",
        FieldErrors::default(),
        None,
    )
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
    pub role: String,
    /// The language of the invitation (and the new account's first language).
    pub locale: String,
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let me = me(&ctx)?;
    let mut errors = FieldErrors::default();
    let email = EmailAddress::parse(&form.email)
        .map_err(|e| errors.add("email", ctx.t(e.message_key())))
        .ok();
    let role = Role::parse_account_role(&form.role);
    if role.is_none() {
        errors.add("role", ctx.t("err-choose-from-list"));
    }
    if let Some(email) = &email {
        if queries::user_by_email(&state.pool, email).await?.is_some() {
            errors.add("email", ctx.t("invite-err-has-account"));
        }
    }
    let (Some(email), Some(role), true) = (email, role, errors.is_empty()) else {
        let page = invitations_page(
            &state,
            ctx,
            form.email,
            &form.role,
            &form.locale,
            errors,
            None,
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let token = secrets::new_token();
    let link = format!(
        "{}/join/{token}",
        state.settings.base_url.trim_end_matches('/')
    );
    // The invitation is written in the language the inviter chose for it.
    let lang = Lang::from_code(&form.locale).unwrap_or(ctx.lang);
    queries::create_invitation(
        &state.pool,
        &Actor::from(&me),
        &email,
        role,
        &token,
        &queries::InvitationMail {
            site: state.site(),
            lang,
            inviter: &me.display_name,
            link: &link,
        },
    )
    .await?;
    let page = invitations_page(
        &state,
        ctx,
        String::new(),
        "member",
        "",
        FieldErrors::default(),
        Some(link),
    )
    .await?;
    Ok(page.into_response())
}

pub async fn revoke(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let me = me(&ctx)?;
    if !queries::revoke_invitation(&state.pool, &Actor::from(&me), id).await? {
        return Err(AppError::NotFound);
    }
    Ok(flash::redirect("/invitations", "flash-invitation-revoked"))
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/join.html")]
pub struct JoinPage {
    pub ctx: PageCtx,
    pub token: String,
    pub email: String,
    pub role: String,
    pub form: NewAccountForm,
    pub errors: FieldErrors,
}

pub async fn join_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> AppResult<JoinPage> {
    let invitation = queries::open_invitation(&state.pool, &token)
        .await?
        .ok_or(AppError::Conflict("invite-gone"))?;
    Ok(JoinPage {
        role: Role::parse_account_role(&invitation.role)
            .map_or(invitation.role.clone(), |r| ctx.t(&r.label_key())),
        email: invitation.email,
        token,
        form: NewAccountForm::default(),
        errors: FieldErrors::default(),
        ctx,
    })
}

pub async fn join(
    State(state): State<AppState>,
    ctx: PageCtx,
    session: Session,
    browser: super::notices::Browser,
    Path(token): Path<String>,
    Form(mut form): Form<NewAccountForm>,
) -> AppResult<Response> {
    let invitation = queries::open_invitation(&state.pool, &token)
        .await?
        .ok_or(AppError::Conflict("invite-gone"))?;
    // The address is the invitation's, whatever the form says.
    form.email = invitation.email.clone();
    let email = match check_new_account(&form, ctx.lang, false) {
        Ok(email) => email,
        Err(errors) => {
            let page = JoinPage {
                role: Role::parse_account_role(&invitation.role)
                    .map_or(invitation.role.clone(), |r| ctx.t(&r.label_key())),
                email: invitation.email,
                token,
                form: form.without_passwords(),
                errors,
                ctx,
            };
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let hash = super::password::hash_off_runtime(&form.password).await?;
    match queries::accept_invitation(
        &state.pool,
        &token,
        &email,
        form.display_name.trim(),
        &hash,
        ctx.code(),
    )
    .await?
    {
        AcceptOutcome::Created(user_id) => {
            let role = Role::parse_account_role(&invitation.role).unwrap_or(Role::Member);
            let next = if role == Role::Leadership {
                "/account/2fa"
            } else {
                "/"
            };
            login::complete_login(
                &state,
                &session,
                &browser,
                user_id,
                next,
                "login_after_invitation",
            )
            .await
        }
        AcceptOutcome::EmailTaken => Err(AppError::Conflict("invite-err-has-account")),
        AcceptOutcome::Gone => Err(AppError::Conflict("invite-gone")),
    }
}
