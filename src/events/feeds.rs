//! The list as files: the iCalendar feed and the CSV export, with the list's filters.

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Utc};

use super::filters::FilterQuery;
use super::{ics, import, queries};
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::PageCtx;

/// The most events one feed holds, the earliest first.
const FEED_LIMIT: i64 = 2000;

pub async fn ics_feed(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<FilterQuery>,
) -> AppResult<Response> {
    let mut filter = query.parse(&state.countries)?;
    if filter.year.is_none() {
        // Every year: from last year on; calendar apps need no older history.
        filter.since_year = Some(Utc::now().year() - 1);
    }
    let rows = queries::list(&state.pool, &filter, Some((FEED_LIMIT, 0))).await?;
    let series = queries::series_of(&state.pool, &rows).await?;
    let durations = queries::durations(&state.pool, &rows).await?;
    let body = ics::feed(
        &rows,
        series,
        durations,
        &state.settings.base_url,
        ctx.lang,
        &state.countries,
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "inline; filename=\"lacralo-events.ics\"",
            ),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response())
}

pub async fn csv_export(
    State(state): State<AppState>,
    Query(query): Query<FilterQuery>,
) -> AppResult<Response> {
    let filter = query.parse(&state.countries)?;
    // All of them: the export is also how the calendar leaves for another system.
    let rows = queries::list(&state.pool, &filter, None).await?;
    let body = import::export(&rows)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"lacralo-events.csv\"",
            ),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response())
}
