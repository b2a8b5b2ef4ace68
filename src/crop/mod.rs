//! CROP, the Community Regional Outreach Program: opportunities tied to events, members'
//! applications under LACRALO's selection rules (the event's sub-region first, active
//! members only, widening at leadership's discretion), decisions, and trip reports.

pub mod applications;
pub mod assessment;
pub mod audience;
pub mod committee;
pub mod committee_rules;
pub mod costs;
pub mod demo;
pub mod form;
pub mod model;
pub mod money;
pub mod notify;
pub mod opportunities;
pub mod opportunity_form;
pub mod procedure;
pub mod queries;
pub mod reminders;
pub mod review;
pub mod rules;
pub mod trips;
pub mod view;
pub mod year_plan;

use crate::routing::Routes;
use crate::web::auth::Role;

/// Logged-in members read opportunities and apply; leadership decides. GSE staff read as
/// members do: deciding is not theirs.
pub fn routes() -> Routes {
    use Role::*;
    Routes::new()
        .get("/crop", Member, opportunities::list)
        .post("/crop", Leadership, opportunity_form::create)
        .get("/crop/new", Leadership, opportunity_form::new)
        .get("/crop/mine", Member, applications::mine)
        .get("/crop/reports", Leadership, review::reports)
        .get("/crop/allocations", Leadership, review::allocations)
        .post("/crop/allocations", Leadership, review::set_allocation)
        .get("/crop/plans/{year}", GseStaff, year_plan::show)
        .post("/crop/plans/{year}", Leadership, year_plan::record)
        .get("/crop/plans/{year}/edit", Leadership, year_plan::show)
        .get("/crop/{id}", Member, opportunities::show)
        .post("/crop/{id}", Leadership, opportunity_form::update)
        .get("/crop/{id}/edit", Leadership, opportunity_form::edit)
        .post("/crop/{id}/phase", Leadership, opportunities::change_phase)
        .get("/crop/{id}/review", Leadership, review::review)
        .get("/crop/{id}/committee", Leadership, committee::show)
        .post("/crop/{id}/committee", Leadership, committee::assign)
        .post("/crop/{id}/committee/remove", Leadership, committee::remove)
        .get("/crop/{id}/scores", Member, committee::scores)
        .post("/crop/{id}/scores", Member, committee::score)
        .post("/crop/{id}/ranking", Member, committee::rank)
        .get("/crop/{id}/apply", Member, applications::apply_form)
        .post("/crop/{id}/apply", Member, applications::apply)
        .get("/crop/applications/{id}", Member, applications::show)
        .post("/crop/applications/{id}", Member, applications::update)
        .get(
            "/crop/applications/{id}/assessment",
            Member,
            assessment::print,
        )
        .post("/crop/applications/{id}/costs", Member, costs::save)
        .post("/crop/applications/{id}/step", GseStaff, trips::take)
        .post(
            "/crop/applications/{id}/dates",
            Leadership,
            trips::change_dates,
        )
        .post(
            "/crop/applications/{id}/withdraw",
            Member,
            applications::withdraw,
        )
        .post(
            "/crop/applications/{id}/report",
            Member,
            applications::report,
        )
        .post(
            "/crop/applications/{id}/decision",
            Leadership,
            review::decide,
        )
}
