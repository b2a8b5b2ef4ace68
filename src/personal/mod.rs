//! What one account receives: its notification choices, what it follows, and its private
//! calendar feed. It sits above `events` and `crop` (it gathers both for one person), so
//! that `accounts`, which every domain uses, needs none of them.

pub mod feed;
pub mod notifications;

use crate::routing::Routes;
use crate::web::auth::Role;

pub fn routes() -> Routes {
    use Role::*;
    Routes::new()
        .get("/account/notifications", Member, notifications::show)
        .post("/account/notifications", Member, notifications::save)
        .post("/account/follows", Member, notifications::add_follow)
        .post(
            "/account/follows/{id}/delete",
            Member,
            notifications::remove_follow,
        )
        .get("/account/calendar", Member, feed::page)
        .post("/account/calendar", Member, feed::make)
        .get("/calendar/{token}/feed.ics", Anonymous, feed::feed)
}
