//! A member's page (their engagements and linked account) and the actions taken on it:
//! recording an engagement, linking an account.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::Deserialize;

use super::member_queries::{self as queries};
use super::members::{MemberView, view};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::{Choice, FieldErrors};
use crate::web::{PageCtx, flash};

#[derive(Template, WebTemplate)]
#[template(path = "registry/member.html")]
pub struct ShowPage {
    /// Where they heard of LACRALO, when known.
    pub source: Option<super::sources::Named>,
    pub source_kind: String,
    pub ctx: PageCtx,
    pub member: MemberView,
    pub joined: String,
    pub notes: String,
    /// The linked account: name and email.
    pub account: Option<(String, String)>,
    pub accounts: Vec<Choice>,
    pub engagements: Vec<super::als_page::EngagementView>,
    pub kinds: Vec<Choice>,
    pub errors: FieldErrors,
    pub engagement: super::engagement_form::EngagementForm,
    pub event_choices: Vec<Choice>,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<ShowPage> {
    show_page(
        &state,
        ctx,
        id,
        FieldErrors::default(),
        super::engagement_form::EngagementForm::default(),
    )
    .await
}

async fn show_page(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    errors: FieldErrors,
    engagement: super::engagement_form::EngagementForm,
) -> AppResult<ShowPage> {
    let m = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let engagements = queries::engagements(&state.pool, id)
        .await?
        .into_iter()
        .map(|e| super::als_page::EngagementView {
            date: NaiveDate::parse_from_str(&e.happened_on, "%Y-%m-%d")
                .map_or(e.happened_on.clone(), |d| lang.date(d)),
            kind: super::model::EngagementKind::parse(&e.kind)
                .map_or(e.kind.clone(), |k| lang.t(&k.label_key())),
            description: e.description,
            member: String::new(),
            event_id: e.event_id,
            event_title: e.event_title.unwrap_or_default(),
        })
        .collect();
    let source = match m.source() {
        Some(s) => super::source_queries::name(&state.pool, s).await?,
        None => None,
    };
    Ok(ShowPage {
        source_kind: source
            .as_ref()
            .map(|n| lang.t(&super::sources::kind_key(n.kind)))
            .unwrap_or_default(),
        source,
        joined: m
            .joined_on
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map(|d| lang.date(d))
            .unwrap_or_default(),
        notes: m.notes.clone(),
        account: queries::linked_account(&state.pool, id)
            .await?
            .map(|(_, name, email)| (name, email)),
        accounts: queries::linkable_accounts(&state.pool)
            .await?
            .into_iter()
            .map(|(uid, name, email)| Choice::new(uid.to_string(), format!("{name} <{email}>"), ""))
            .collect(),
        engagements,
        kinds: crate::web::forms::choices(
            lang,
            "engagement",
            super::model::EngagementKind::VALUES,
            &engagement.kind,
        ),
        event_choices: super::queries::recent_events(&state.pool)
            .await?
            .into_iter()
            .map(|(eid, title, day)| {
                Choice::new(
                    eid.to_string(),
                    format!("{day} · {title}"),
                    &engagement.event_id,
                )
            })
            .collect(),
        errors,
        engagement,
        member: view(&m, lang, &state.countries),
        ctx,
    })
}

/// What an individual member (or a member seen on their own page) did.
pub async fn add_engagement(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<super::engagement_form::EngagementForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let member = queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The member is this page's; a member named in the form is ignored.
    let form = super::engagement_form::EngagementForm {
        member_id: String::new(),
        ..form
    };
    match form.check(&state, ctx.lang, &[]).await? {
        Ok(e) => {
            let engagement = super::queries::NewEngagement {
                als_id: member.als_id,
                member_id: Some(id),
                event_id: e.event_id,
                kind: e.kind,
                happened_on: e.happened_on,
                description: &e.description,
            };
            super::queries::add_engagement(&state.pool, &actor, &engagement).await?;
            Ok(flash::redirect(
                &format!("/members/{id}"),
                "flash-engagement-added",
            ))
        }
        Err(errors) => {
            let page = show_page(&state, ctx, id, errors, form).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LinkForm {
    /// Empty: unlink.
    pub user_id: String,
}

pub async fn link_account(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<LinkForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let user_id = match form.user_id.trim() {
        "" => None,
        u => Some(
            u.parse::<i64>()
                .map_err(|_| AppError::BadRequest("error-400-text"))?,
        ),
    };
    if !queries::link_account(&state.pool, &actor, id, user_id).await? {
        return Ok(flash::redirect(
            &format!("/members/{id}"),
            "flash-account-not-linkable",
        ));
    }
    Ok(flash::redirect(
        &format!("/members/{id}"),
        "flash-account-linked",
    ))
}
