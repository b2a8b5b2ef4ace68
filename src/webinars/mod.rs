//! Webinars and the capacity-building programmes: the schedule in every viewer's time
//! zone, attendance (which feeds the registry's engagement log), yearly targets and the
//! plan's topics.

pub mod attendance;
pub mod demo;
pub mod edit;
pub mod form;
pub mod model;
pub mod pages;
pub mod programmes;
pub mod queries;
pub mod reminders;
pub mod view;
pub mod zones;

use crate::routing::Routes;
use crate::web::auth::Role;

/// The schedule and the programmes are public to read; GSE staff (and leadership) keep
/// webinars, attendance and targets; leadership extends the topic list.
pub fn routes() -> Routes {
    use Role::*;
    Routes::new()
        .get("/webinars", Anonymous, pages::list)
        .post("/webinars", GseStaff, edit::create)
        .get("/webinars.ics", Anonymous, pages::ics_feed)
        .get("/webinars/new", GseStaff, edit::new)
        .get("/webinars/{id}", Anonymous, pages::show)
        .post("/webinars/{id}", GseStaff, edit::update)
        .get("/webinars/{id}/calendar.ics", Anonymous, pages::ics_one)
        .get("/webinars/{id}/edit", GseStaff, edit::edit)
        .get("/webinars/{id}/attendance", GseStaff, attendance::form)
        .post("/webinars/{id}/attendance", GseStaff, attendance::save)
        .get("/programmes", Anonymous, programmes::page)
        .post("/programmes/targets", GseStaff, programmes::save_targets)
        .post("/programmes/topics", Leadership, programmes::add_topic)
}
