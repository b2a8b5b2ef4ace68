//! `/als/metrics`: leadership set the thresholds of At-Large's ALS metrics, and keep the
//! polls with the ALSs that voted in each (`/als/polls`). Roll calls are on each call's
//! page (`roll_call.rs`); local activity reports are engagements, recorded on the ALS's.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;

use super::metrics_form::{PollForm, ThresholdsForm};
use super::queries::{self, PollSaved};
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::forms::{FieldErrors, version};
use crate::web::{Lang, PageCtx, flash};

pub struct PollView {
    pub id: i64,
    pub title: String,
    pub held_on: String,
    pub voters: i64,
}

fn day_text(day: &str, lang: Lang) -> String {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map(|d| lang.date(d))
        .unwrap_or_else(|_| day.to_owned())
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/metrics.html")]
pub struct MetricsPage {
    pub ctx: PageCtx,
    pub form: ThresholdsForm,
    pub errors: FieldErrors,
    /// Whether the thresholds shown are the draft's (never changed).
    pub draft: bool,
    pub polls: Vec<PollView>,
}

async fn metrics_page(
    state: &AppState,
    ctx: PageCtx,
    form: Option<ThresholdsForm>,
    errors: FieldErrors,
) -> AppResult<MetricsPage> {
    let (t, v) = queries::thresholds(&state.pool).await?;
    let lang = ctx.lang;
    Ok(MetricsPage {
        form: form.unwrap_or_else(|| ThresholdsForm::from(&t, v)),
        errors,
        draft: v == 0,
        polls: queries::polls(&state.pool)
            .await?
            .into_iter()
            .map(|p| PollView {
                id: p.id,
                held_on: day_text(&p.held_on, lang),
                title: p.title,
                voters: p.voters,
            })
            .collect(),
        ctx,
    })
}

pub async fn show(State(state): State<AppState>, ctx: PageCtx) -> AppResult<MetricsPage> {
    metrics_page(&state, ctx, None, FieldErrors::default()).await
}

pub async fn save_thresholds(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<ThresholdsForm>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let version = version(&form.version)?;
    let t = match form.parse(ctx.lang) {
        Ok(t) => t,
        Err(errors) => {
            let page = metrics_page(&state, ctx, Some(form), errors).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    if queries::set_thresholds(&state.pool, &actor, version, &t).await? {
        Ok(flash::redirect("/als/metrics", "flash-thresholds-saved"))
    } else {
        // Someone saved first: their values are stored; what was typed is kept, with the
        // stored version, so saving again is a knowing choice.
        let (_, stored) = queries::thresholds(&state.pool).await?;
        let mut errors = FieldErrors::default();
        errors.add("meetings", ctx.t("metrics-err-stale"));
        let form = ThresholdsForm {
            version: stored.to_string(),
            ..form
        };
        let page = metrics_page(&state, ctx, Some(form), errors).await?;
        Ok((StatusCode::CONFLICT, page).into_response())
    }
}

pub struct Voter {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub voted: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/poll.html")]
pub struct PollPage {
    pub ctx: PageCtx,
    pub poll_id: Option<i64>,
    pub form: PollForm,
    pub errors: FieldErrors,
    pub alss: Vec<Voter>,
}

async fn poll_page(
    state: &AppState,
    ctx: PageCtx,
    poll_id: Option<i64>,
    form: PollForm,
    errors: FieldErrors,
) -> AppResult<PollPage> {
    let lang = ctx.lang;
    let ticked: Vec<&str> = form.als.iter().map(|s| s.trim()).collect();
    let alss = queries::poll_voters(&state.pool, poll_id)
        .await?
        .into_iter()
        .map(|(id, name, country, _)| Voter {
            voted: ticked.contains(&id.to_string().as_str()),
            id,
            name,
            country: state.countries.name_of(&country, lang),
        })
        .collect();
    Ok(PollPage {
        poll_id,
        form,
        errors,
        alss,
        ctx,
    })
}

pub async fn new_poll(State(state): State<AppState>, ctx: PageCtx) -> AppResult<PollPage> {
    let form = PollForm {
        held_on: ctx.today(state.clock.now()).to_string(),
        ..PollForm::default()
    };
    poll_page(&state, ctx, None, form, FieldErrors::default()).await
}

pub async fn edit_poll(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<PollPage> {
    let poll = queries::poll(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let voted = queries::poll_voters(&state.pool, Some(id))
        .await?
        .into_iter()
        .filter(|(_, _, _, voted)| *voted)
        .map(|(id, ..)| id.to_string())
        .collect();
    let form = PollForm {
        title: poll.title,
        held_on: poll.held_on,
        als: voted,
        version: poll.version.to_string(),
    };
    poll_page(&state, ctx, Some(id), form, FieldErrors::default()).await
}

async fn save(
    state: AppState,
    ctx: PageCtx,
    id: Option<i64>,
    form: PollForm,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    let target = match id {
        Some(id) => Some((id, version(&form.version)?)),
        None => None,
    };
    let poll = match form.parse(ctx.lang, ctx.today(state.clock.now())) {
        Ok(p) => p,
        Err(errors) => {
            let page = poll_page(&state, ctx, id, form, errors).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    match queries::save_poll(
        &state.pool,
        &actor,
        target,
        &poll.title,
        poll.held_on,
        &poll.voted,
    )
    .await?
    {
        PollSaved::Done(_) => Ok(flash::redirect_with_count(
            "/als/metrics",
            "flash-poll-saved",
            Some(poll.voted.len() as u64),
        )),
        PollSaved::Gone => Err(AppError::NotFound),
        PollSaved::Stale => {
            // Someone saved the poll since: the page shows it as stored beside the message,
            // with the boxes as this person ticked them and the stored version to save again.
            let stored = queries::poll(&state.pool, id.unwrap_or_default())
                .await?
                .ok_or(AppError::NotFound)?;
            let mut errors = FieldErrors::default();
            errors.add("title", ctx.t("metrics-err-poll-stale"));
            let form = PollForm {
                version: stored.version.to_string(),
                ..form
            };
            let page = poll_page(&state, ctx, id, form, errors).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
    }
}

pub async fn create_poll(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<PollForm>,
) -> AppResult<Response> {
    save(state, ctx, None, form).await
}

pub async fn update_poll(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<PollForm>,
) -> AppResult<Response> {
    save(state, ctx, Some(id), form).await
}

pub async fn delete_poll(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let actor = Actor::from(&me(&ctx)?);
    if queries::delete_poll(&state.pool, &actor, id).await? {
        Ok(flash::redirect("/als/metrics", "flash-poll-deleted"))
    } else {
        Err(AppError::NotFound)
    }
}
