//! The events calendar: what GSE staff keep current and everyone reads.

pub mod calendar;
pub mod dates;
pub mod demo;
pub mod edit;
pub mod feeds;
pub mod filters;
pub mod follow_pages;
pub mod follows;
pub mod form;
pub mod ics;
pub mod import;
pub mod import_pages;
pub mod model;
pub mod notify;
pub mod options;
pub mod pages;
pub mod queries;
pub mod recurrence;
pub mod review;
pub mod series;
pub mod view;

use crate::routing::Routes;
use crate::web::auth::Role;

/// The calendar is public to read; GSE staff and leadership keep it.
pub fn routes() -> Routes {
    use Role::*;
    Routes::new()
        .get("/events", Anonymous, pages::list)
        .post("/events", GseStaff, edit::create)
        .get("/events/calendar", Anonymous, pages::calendar)
        .get("/events/new", GseStaff, edit::new)
        .post("/events/relevance", GseStaff, edit::set_relevance)
        .get("/events.ics", Anonymous, feeds::ics_feed)
        .get("/events.csv", Anonymous, feeds::csv_export)
        .get("/events/import", GseStaff, import_pages::upload_form)
        .post("/events/import", GseStaff, import_pages::upload)
        .get("/events/import/{token}", GseStaff, import_pages::preview)
        .post("/events/import/{token}", GseStaff, import_pages::confirm)
        .get("/events/{id}", Anonymous, pages::show)
        .post("/events/{id}", GseStaff, edit::update)
        .get("/events/{id}/edit", GseStaff, edit::edit)
        .get("/events/{id}/delete", GseStaff, edit::confirm_delete)
        .post("/events/{id}/delete", GseStaff, edit::delete)
        .post("/events/{id}/follow", Member, follow_pages::follow)
        .post("/events/{id}/unfollow", Member, follow_pages::unfollow)
}
