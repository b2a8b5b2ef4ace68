//! `/events/{id}/roll-call`: which ALSs were present at a call (a monthly call is an
//! event), in one quick form listing every ALS that can be. What At-Large's metrics count
//! as meetings (`registry::metrics`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::Response;
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
    let event = crate::events::queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = ctx.lang;
    let alss: Vec<Present> = queries::roll_call(&state.pool, id)
        .await?
        .into_iter()
        .map(|(id, name, country, present)| Present {
            id,
            name,
            country: state.countries.name_of(&country, lang),
            present,
        })
        .collect();
    Ok(RollCallPage {
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
    let actor = Actor::from(&me(&ctx)?);
    let n = queries::record_roll_call(&state.pool, &actor, id, &present).await?;
    Ok(flash::redirect_with_count(
        &format!("/events/{id}/roll-call"),
        "flash-roll-call",
        Some(n as u64),
    ))
}
