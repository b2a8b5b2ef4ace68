//! Accounts: logging in and out, the first-run setup, one's own account and second factor,
//! and leadership's management of accounts and invitations.

pub mod account;
pub mod devices;
pub mod email;
pub mod feed_tokens;
pub mod forms;
mod idna2008;
pub mod login;
pub mod notices;
pub mod password;
pub mod queries;
pub mod second_factor_pages;
pub mod secrets;
pub mod session;
pub mod setup;
pub mod throttle;
pub mod totp;
pub mod users;

use crate::routing::Routes;
use crate::web::auth::Role;

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 7;

pub fn routes() -> Routes {
    use Role::*;
    Routes::new()
        .get("/login", Anonymous, login::form)
        .post("/login", Anonymous, login::submit)
        .get("/login/2fa", Anonymous, login::second_factor_form)
        .post("/login/2fa", Anonymous, login::second_factor_submit)
        .post("/logout", Anonymous, login::logout)
        .get("/setup", Anonymous, setup::form)
        .post("/setup", Anonymous, setup::submit)
        .get("/join/{token}", Anonymous, users::join_form)
        .post("/join/{token}", Anonymous, users::join)
        .get("/account", Member, account::show)
        .post("/account/profile", Member, account::save_profile)
        .post("/account/password", Member, account::change_password)
        .get("/account/2fa", Member, second_factor_pages::two_factor)
        .post(
            "/account/2fa",
            Member,
            second_factor_pages::confirm_two_factor,
        )
        .post(
            "/account/2fa/off",
            Member,
            second_factor_pages::turn_off_two_factor,
        )
        .get("/users", Leadership, users::list)
        .post("/users/{id}/disable", Leadership, users::disable)
        .post("/users/{id}/enable", Leadership, users::enable)
        .post("/users/{id}/reset-2fa", Leadership, users::reset_two_factor)
        .get("/invitations", Leadership, users::invitations)
        .post("/invitations", Leadership, users::invite)
        .post("/invitations/{id}/revoke", Leadership, users::revoke)
}
