//! The DNSSEC training pipeline: ISPs and network operators that ALSs contact, GSE staff
//! follow up and train, and the signed zones they report.
//!
//! `model.rs` (stages, kinds, rows), `rules.rs` (the stage rules, plain functions),
//! `form.rs` (the form and its choices), `queries.rs` (all SQL), `view.rs` (contacts as
//! pages show them); handlers `pages.rs` (list, board, contact page, stage moves),
//! `edit.rs` (add, edit, conflict), `summary.rs` (public numbers); `demo.rs` (`--demo`).

pub mod demo;
pub mod edit;
pub mod form;
pub mod model;
pub mod pages;
pub mod queries;
pub mod rules;
pub mod summary;
pub mod view;

use crate::routing::Routes;
use crate::web::auth::Role;

/// GSE staff (and leadership) keep the pipeline; the summary, in numbers only, is public.
pub fn routes() -> Routes {
    use Role::*;
    Routes::new()
        .get("/dnssec", GseStaff, pages::list)
        .post("/dnssec", GseStaff, edit::create)
        .get("/dnssec/new", GseStaff, edit::new)
        .get("/dnssec/summary", Anonymous, summary::page)
        .get("/dnssec/{id}", GseStaff, pages::show)
        .post("/dnssec/{id}", GseStaff, edit::update)
        .get("/dnssec/{id}/edit", GseStaff, edit::edit)
        .post("/dnssec/{id}/stage", GseStaff, pages::change_stage)
}
