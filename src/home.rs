//! The front page. For now: what is coming in the next 60 days and what needs review;
//! the plan at a glance grows here.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use chrono::{Duration, Utc};

use crate::AppState;
use crate::error::AppResult;
use crate::events::queries;
use crate::events::view::EventView;
use crate::web::PageCtx;

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    pub ctx: PageCtx,
    pub upcoming: Vec<EventView>,
    pub review_count: i64,
    pub total: i64,
}

pub async fn page(State(state): State<AppState>, ctx: PageCtx) -> AppResult<HomePage> {
    let today = Utc::now().date_naive();
    let rows = queries::upcoming(&state.pool, today, today + Duration::days(60)).await?;
    let years = queries::years(&state.pool).await?;
    Ok(HomePage {
        upcoming: rows
            .iter()
            .map(|r| EventView::new(r, ctx.lang, &state.countries))
            .collect(),
        review_count: queries::count_needing_review(&state.pool).await?,
        total: years.iter().map(|(_, n)| n).sum(),
        ctx,
    })
}
