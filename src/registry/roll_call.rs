//! `/events/{id}/roll-call`: which ALSs were present at a call (a monthly call is an
//! event), in one quick form listing every ALS that can be. What At-Large's metrics count
//! as meetings (`registry::metrics`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::Deserialize;

use super::queries;
use crate::accounts::account::me;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{PageCtx, flash};

pub struct Present {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub present: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "registry/roll_call.html")]
pub struct RollCallPage {
    pub ctx: PageCtx,
    pub event_id: i64,
    /// The ids present as the page was read, comma separated: the version a save compares.
    pub was: String,
    /// Set when a save found the roll call changed since (its ticks are kept).
    pub stale: bool,
    pub title: String,
    pub date: String,
    pub alss: Vec<Present>,
    pub present: usize,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<RollCallPage> {
    page(&state, ctx, id, None).await
}

/// The roll call's page; `ticked` (the ids a refused save carried) replaces what is stored.
async fn page(
    state: &AppState,
    ctx: PageCtx,
    id: i64,
    ticked: Option<&[i64]>,
) -> AppResult<RollCallPage> {
    let event = crate::events::queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let alss: Vec<Present> = queries::roll_call(&state.pool, id)
        .await?
        .into_iter()
        .map(|(als, name, country, present)| Present {
            id: als,
            name,
            country: state.countries.name_of(&country, lang),
            present: ticked.map_or(present, |t| t.contains(&als)),
        })
        .collect();
    let was = queries::present_at(&state.pool, id)
        .await?
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    Ok(RollCallPage {
        was,
        stale: ticked.is_some(),
        event_id: id,
        title: event.title.clone(),
        date: event
            .start_date
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map(|d| lang.date(d))
            .unwrap_or_default(),
        present: alss.iter().filter(|a| a.present).count(),
        alss,
        ctx,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RollCallForm {
    /// The ids of the ALSs present (one `als` field per ticked box).
    pub als: Vec<String>,
    /// The ids present when the form was read, comma separated.
    pub was: String,
}

pub async fn record(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<RollCallForm>,
) -> AppResult<Response> {
    crate::events::queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let present: Vec<i64> = form
        .als
        .iter()
        .map(|s| s.trim().parse())
        .collect::<Result<_, _>>()
        .map_err(|_| AppError::BadRequest("error-400-text"))?;
    let mut was: Vec<i64> = form
        .was
        .split(',')
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().parse())
        .collect::<Result<_, _>>()
        .map_err(|_| AppError::BadRequest("error-400-text"))?;
    was.sort_unstable();
    let actor = Actor::from(&me(&ctx)?);
    match queries::record_roll_call(&state.pool, &actor, id, &was, &present).await? {
        queries::RollCallSaved::Done(n) => Ok(flash::redirect_with_count(
            &format!("/events/{id}/roll-call"),
            "flash-roll-call",
            Some(n as u64),
        )),
        // Someone saved the roll call since: this person's ticks are shown again, beside
        // the message, to save knowingly.
        queries::RollCallSaved::Stale => Ok((
            axum::http::StatusCode::CONFLICT,
            page(&state, ctx, id, Some(&present)).await?,
        )
            .into_response()),
    }
}
