//! The follow button of an event (and of a webinar, which is its event).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use super::follows::{self, FollowTarget};
use super::queries;
use crate::accounts::account::me;
use crate::accounts::login::safe_next;
use crate::audit::Actor;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::{PageCtx, flash};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FollowForm {
    /// The page to go back to (the event's, or the webinar's).
    pub next: String,
}

fn back(id: i64, form: &FollowForm, base_url: &str) -> String {
    if form.next.is_empty() {
        format!("/events/{id}")
    } else {
        safe_next(&form.next, base_url)
    }
}

pub async fn follow(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<FollowForm>,
) -> AppResult<Response> {
    queries::get(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let user = me(&ctx)?;
    follows::follow_now(
        &state.pool,
        &Actor::from(&user),
        user.id,
        FollowTarget::Event,
        &id.to_string(),
    )
    .await?;
    Ok(flash::redirect(
        &back(id, &form, &state.settings.base_url),
        "flash-followed",
    ))
}

pub async fn unfollow(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
    Form(form): Form<FollowForm>,
) -> AppResult<Response> {
    let user = me(&ctx)?;
    follows::unfollow(
        &state.pool,
        &Actor::from(&user),
        user.id,
        FollowTarget::Event,
        &id.to_string(),
    )
    .await?;
    Ok(flash::redirect(
        &back(id, &form, &state.settings.base_url),
        "flash-unfollowed",
    ))
}
