//! `/account/notifications`: what an account receives (each optional kind on or off, the
//! weekly digest for leadership; mandatory kinds listed as such) and what it follows (single
//! events, and every event of a relevance, kind, country or sub-region).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use crate::accounts::account::me;
use crate::accounts::queries;
use crate::audit::Actor;
use crate::countries::SUBREGIONS;
use crate::error::{AppError, AppResult};
use crate::events::follows::{self, FollowTarget};
use crate::events::model::{EventKind, Relevance};
use crate::outbox::{self, Kind};
use crate::state::AppState;
use crate::web::forms::{Choice, FieldErrors};
use crate::web::{PageCtx, flash};

pub struct KindLine {
    pub value: &'static str,
    pub label: String,
    pub help: String,
    pub on: bool,
}

pub struct FollowLine {
    pub id: i64,
    pub label: String,
    pub link: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "personal/notifications.html")]
pub struct NotificationsPage {
    pub ctx: PageCtx,
    pub optional: Vec<KindLine>,
    pub mandatory: Vec<KindLine>,
    pub follows: Vec<FollowLine>,
    pub values: Vec<(String, Vec<Choice>)>,
    pub errors: FieldErrors,
}

/// What a follow of a class names, for people.
fn follow_label(ctx: &PageCtx, state: &AppState, row: &follows::FollowRow) -> String {
    let lang = ctx.lang;
    let value = match FollowTarget::parse(&row.target) {
        Some(FollowTarget::Event) => row.title.clone().unwrap_or_else(|| row.value.clone()),
        Some(FollowTarget::Relevance) => {
            Relevance::parse(&row.value).map_or(row.value.clone(), |r| lang.t(&r.label_key()))
        }
        Some(FollowTarget::Kind) => {
            EventKind::parse(&row.value).map_or(row.value.clone(), |k| lang.t(&k.label_key()))
        }
        Some(FollowTarget::Country) => state
            .countries
            .get(&row.value)
            .map_or(row.value.clone(), |c| c.name(lang).to_owned()),
        Some(FollowTarget::Subregion) => lang.t(&format!("subregion-{}", row.value.to_lowercase())),
        None => row.value.clone(),
    };
    match FollowTarget::parse(&row.target) {
        Some(FollowTarget::Event) | None => value,
        Some(target) => format!("{}: {value}", lang.t(&target.label_key())),
    }
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    errors: FieldErrors,
    typed_off: Option<Vec<Kind>>,
) -> AppResult<NotificationsPage> {
    let user = me(&ctx)?;
    let row = queries::user(&state.pool, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let off: Vec<Kind> = match typed_off {
        Some(off) => off,
        None => outbox::queries::optouts(&state.pool, &row.email_canonical)
            .await?
            .iter()
            .filter_map(|k| Kind::parse(k))
            .collect(),
    };
    let lang = ctx.lang;
    let line = |k: Kind| KindLine {
        value: k.as_str(),
        label: lang.t(&k.label_key()),
        help: lang.t(&k.help_key()),
        on: !off.contains(&k),
    };
    let optional = Kind::optional_for(ctx.is_leadership())
        .into_iter()
        .map(line)
        .collect();
    let mandatory = Kind::ALL
        .iter()
        .copied()
        .filter(|k| k.is_mandatory())
        .map(line)
        .collect();
    let follows = follows::follows_of(&state.pool, user.id)
        .await?
        .iter()
        .map(|f| FollowLine {
            id: f.id,
            label: follow_label(&ctx, state, f),
            link: (f.target == "event").then(|| format!("/events/{}", f.value)),
        })
        .collect();
    let values = vec![
        (
            lang.t(&FollowTarget::Relevance.label_key()),
            Relevance::ALL
                .iter()
                .map(|r| {
                    Choice::new(
                        format!("relevance:{}", r.as_str()),
                        lang.t(&r.label_key()),
                        "",
                    )
                })
                .collect(),
        ),
        (
            lang.t(&FollowTarget::Kind.label_key()),
            EventKind::ALL
                .iter()
                .map(|k| Choice::new(format!("kind:{}", k.as_str()), lang.t(&k.label_key()), ""))
                .collect(),
        ),
        (
            lang.t(&FollowTarget::Subregion.label_key()),
            SUBREGIONS
                .iter()
                .map(|s| {
                    Choice::new(
                        format!("subregion:{s}"),
                        lang.t(&format!("subregion-{}", s.to_lowercase())),
                        "",
                    )
                })
                .collect(),
        ),
        (
            lang.t(&FollowTarget::Country.label_key()),
            state
                .countries
                .sorted_by_name(lang)
                .into_iter()
                .map(|c| Choice::new(format!("country:{}", c.iso2), c.name(lang), ""))
                .collect(),
        ),
    ];
    Ok(NotificationsPage {
        ctx,
        optional,
        mandatory,
        follows,
        values,
        errors,
    })
}

pub async fn show(State(state): State<AppState>, ctx: PageCtx) -> AppResult<NotificationsPage> {
    page(&state, ctx, FieldErrors::default(), None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct KindsForm {
    /// The optional kinds left on (checkboxes: an unticked one is absent).
    pub on: Vec<String>,
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<KindsForm>,
) -> AppResult<Response> {
    let user = me(&ctx)?;
    let row = queries::user(&state.pool, user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    if form.on.iter().any(|k| Kind::parse(k).is_none()) {
        return Err(AppError::BadRequest("error-400-text"));
    }
    let off: Vec<Kind> = Kind::optional_for(ctx.is_leadership())
        .into_iter()
        .filter(|k| !form.on.iter().any(|on| on == k.as_str()))
        .collect();
    outbox::queries::set_optouts(&state.pool, &Actor::from(&user), &row.email_canonical, &off)
        .await?;
    Ok(flash::redirect(
        "/account/notifications",
        "flash-notifications-saved",
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowForm {
    /// `target:value`, e.g. `relevance:crop_candidate` or `country:GT`.
    pub follow: String,
}

/// Whether `target:value` names something that exists.
fn parse_follow(state: &AppState, typed: &str) -> Option<(FollowTarget, String)> {
    let (target, value) = typed.split_once(':')?;
    let target = FollowTarget::parse(target)?;
    let known = match target {
        FollowTarget::Relevance => Relevance::parse(value).is_some(),
        FollowTarget::Kind => EventKind::parse(value).is_some(),
        FollowTarget::Country => state.countries.get(value).is_some(),
        FollowTarget::Subregion => SUBREGIONS.contains(&value),
        FollowTarget::Event => false,
    };
    known.then(|| (target, value.to_owned()))
}

pub async fn add_follow(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<FollowForm>,
) -> AppResult<Response> {
    let user = me(&ctx)?;
    let Some((target, value)) = parse_follow(&state, &form.follow) else {
        let mut errors = FieldErrors::default();
        errors.add("follow", ctx.t("err-choose-from-list"));
        let page = page(&state, ctx, errors, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    follows::follow_now(&state.pool, &Actor::from(&user), user.id, target, &value).await?;
    Ok(flash::redirect("/account/notifications", "flash-followed"))
}

pub async fn remove_follow(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let user = me(&ctx)?;
    let mine = follows::follows_of(&state.pool, user.id)
        .await?
        .into_iter()
        .find(|f| f.id == id)
        .ok_or(AppError::NotFound)?;
    let target = FollowTarget::parse(&mine.target).ok_or(AppError::NotFound)?;
    follows::unfollow(
        &state.pool,
        &Actor::from(&user),
        user.id,
        target,
        &mine.value,
    )
    .await?;
    Ok(flash::redirect(
        "/account/notifications",
        "flash-unfollowed",
    ))
}
