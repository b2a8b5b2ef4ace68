//! The events calendar: what GSE staff keep current and everyone reads.

pub mod calendar;
pub mod dates;
pub mod edit;
pub mod feeds;
pub mod filters;
pub mod form;
pub mod ics;
pub mod import;
pub mod import_pages;
pub mod model;
pub mod options;
pub mod pages;
pub mod queries;
pub mod review;
pub mod view;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::AppState;

/// Uploads may be larger than forms; files past the import's own limit get its message.
const UPLOAD_BODY_LIMIT: usize = 16 * 1024 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/events", get(pages::list).post(edit::create))
        .route("/events/calendar", get(pages::calendar))
        .route("/events/new", get(edit::new))
        .route("/events/relevance", post(edit::set_relevance))
        .route("/events.ics", get(feeds::ics_feed))
        .route("/events.csv", get(feeds::csv_export))
        .route(
            "/events/import",
            get(import_pages::upload_form)
                .post(import_pages::upload)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/events/import/{token}",
            get(import_pages::preview).post(import_pages::confirm),
        )
        .route("/events/{id}", get(pages::show).post(edit::update))
        .route("/events/{id}/edit", get(edit::edit))
        .route(
            "/events/{id}/delete",
            get(edit::confirm_delete).post(edit::delete),
        )
}
