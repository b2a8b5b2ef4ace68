//! The RALO discretionary funds ("should also be considered for some local LACRALO
//! initiatives"): each fiscal year's budget, requests for local initiatives with their
//! budget lines, their steps to the ALAC finance subcommittee's approval, the report with
//! actual spending and receipts, and the engagement it records for the ALS.

pub mod demo;
pub mod form;
pub mod list;
pub mod model;
pub mod notify;
pub mod queries;
pub mod request;
pub mod rules;
pub mod view;

use crate::routing::Routes;
use crate::web::auth::Role;

/// Members ask for their ALS and see their own; GSE staff read every request; leadership
/// set the budget and take the steps. Receipts are the requester's and leadership's only
/// (checked in the handlers).
pub fn routes() -> Routes {
    use Role::*;
    Routes::new()
        .get("/funds", Member, list::list)
        .post("/funds", Member, request::create)
        .post("/funds/budget", Leadership, list::set_budget)
        .get("/funds/new", Member, request::new)
        .get("/funds/receipts/{id}", Member, request::receipt)
        .get("/funds/{id}", Member, request::show)
        .post("/funds/{id}/step", Leadership, request::step)
        .post("/funds/{id}/report", Member, request::report)
        .post("/funds/{id}/receipts", Member, request::upload)
}
