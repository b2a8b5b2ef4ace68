//! The ALS registry and outreach coverage: At-Large Structures with their status history,
//! the engagement log, the review queue of silent ALSs, the dated list of active ALSs, and
//! coverage by country and LACRALO sub-region.

pub mod als_form;
pub mod als_page;
pub mod applications;
pub mod contact_queries;
pub mod coverage;
pub mod csv_import;
pub mod demo;
pub mod engagement_form;
pub mod form;
pub mod import_pages;
pub mod list_page;
pub mod map;
pub mod member_form;
pub mod member_page;
pub mod member_queries;
pub mod members;
pub mod metrics;
pub mod metrics_form;
pub mod metrics_pages;
pub mod model;
pub mod nudges;
pub mod queries;
pub mod quorum;
pub mod results;
pub mod results_page;
pub mod review;
pub mod review_page;
pub mod roll_call;
pub mod source_queries;
pub mod sources;

use crate::routing::Routes;
use crate::web::auth::Role;

/// The list of active ALSs and coverage are public; leadership keep the registry and the
/// members (whose contact details only they see); GSE staff and leadership record
/// engagements and follow ALS applications, each recording its own steps
/// (`applications::rules::may_record`).
pub fn routes() -> Routes {
    use Role::*;
    Routes::new()
        .get("/als", Anonymous, list_page::list)
        .post("/als", Leadership, als_form::create)
        .get("/als.csv", Anonymous, list_page::active_csv)
        .get("/als/new", Leadership, als_form::new)
        .get("/als/export.csv", Leadership, import_pages::als_export)
        .get("/als/import", Leadership, import_pages::als_form)
        .post("/als/import", Leadership, import_pages::als_upload)
        .get("/als/import/{token}", Leadership, import_pages::als_preview)
        .post("/als/import/{token}", Leadership, import_pages::als_confirm)
        .get("/members.csv", Leadership, import_pages::members_export)
        .get("/members/import", Leadership, import_pages::members_form)
        .post("/members/import", Leadership, import_pages::members_upload)
        .get(
            "/members/import/{token}",
            Leadership,
            import_pages::members_preview,
        )
        .post(
            "/members/import/{token}",
            Leadership,
            import_pages::members_confirm,
        )
        .get("/als/quorum", Anonymous, quorum::page)
        .get("/als/applications", GseStaff, applications::pages::list)
        .post("/als/applications", GseStaff, applications::pages::create)
        .get("/als/applications/new", GseStaff, applications::pages::new)
        .get(
            "/als/applications/{id}",
            GseStaff,
            applications::pages::show,
        )
        .post(
            "/als/applications/{id}",
            GseStaff,
            applications::pages::update,
        )
        .get(
            "/als/applications/{id}/edit",
            GseStaff,
            applications::pages::edit,
        )
        .post(
            "/als/applications/{id}/step",
            GseStaff,
            applications::pages::record,
        )
        .get("/als/metrics", Leadership, metrics_pages::show)
        .post("/als/metrics", Leadership, metrics_pages::save_thresholds)
        .get("/als/polls/new", Leadership, metrics_pages::new_poll)
        .post("/als/polls", Leadership, metrics_pages::create_poll)
        .get("/als/polls/{id}", Leadership, metrics_pages::edit_poll)
        .post("/als/polls/{id}", Leadership, metrics_pages::update_poll)
        .post(
            "/als/polls/{id}/delete",
            Leadership,
            metrics_pages::delete_poll,
        )
        .get("/als/review", Leadership, review_page::show)
        .post("/als/review", Leadership, review_page::decide)
        .get("/als/{id}", Anonymous, als_page::show)
        .post("/als/{id}", Leadership, als_form::update)
        .get("/als/{id}/edit", Leadership, als_form::edit)
        .post("/als/{id}/status", Leadership, als_page::change_status)
        .post("/als/{id}/contact", Leadership, als_page::update_contact)
        .post("/als/{id}/delete", Leadership, als_form::delete)
        .post("/als/{id}/engagements", GseStaff, als_page::add_engagement)
        .get("/events/{id}/roll-call", Leadership, roll_call::show)
        .post("/events/{id}/roll-call", Leadership, roll_call::record)
        .get("/coverage", Anonymous, coverage::page)
        .get("/results", Anonymous, results_page::page)
        .get("/members", Leadership, members::list)
        .post("/members", Leadership, members::create)
        .get("/members/new", Leadership, members::new)
        .get("/members/{id}", Leadership, member_page::show)
        .post("/members/{id}", Leadership, members::update)
        .get("/members/{id}/edit", Leadership, members::edit)
        .post(
            "/members/{id}/account",
            Leadership,
            member_page::link_account,
        )
        .post(
            "/members/{id}/engagements",
            Leadership,
            member_page::add_engagement,
        )
}
