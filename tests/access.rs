//! Deny by default: every route of the Router is declared with its least role, and every
//! route is tried with every role.

mod common;

use axum::http::{Method, StatusCode};
use common::TestApp;
use lacralo_outreach::web::auth::Role;

const ROLES: [Role; 4] = [
    Role::Anonymous,
    Role::Member,
    Role::GseStaff,
    Role::Leadership,
];

/// The only writes open to visitors: the ways in and out, and the one-click unsubscribe
/// of a message (the random token in its address is the key to one opt-out).
const PUBLIC_WRITES: [&str; 6] = [
    "/login",
    "/login/2fa",
    "/logout",
    "/setup",
    "/join/{token}",
    "/unsubscribe/{token}",
];

#[test]
fn every_write_needs_an_account_except_the_ways_in() {
    for route in lacralo_outreach::routes().table() {
        if route.method != Method::GET && !PUBLIC_WRITES.contains(&route.path) {
            assert!(
                route.role >= Role::Member,
                "{} {} changes something and is open to visitors",
                route.method,
                route.path
            );
        }
    }
}

#[test]
fn the_calendar_is_public_to_read_and_kept_by_gse_staff() {
    let table = lacralo_outreach::routes();
    for route in table.table() {
        if route.path.starts_with("/events") {
            let expected = if route.path.ends_with("/roll-call") {
                // Which ALSs were at a call is the registry's evidence, not the calendar:
                // leadership take it, to read and to write.
                Role::Leadership
            } else if route.method == Method::GET
                && !route.path.contains("/new")
                && !route.path.contains("/edit")
                && !route.path.contains("/delete")
                && !route.path.contains("/import")
            {
                Role::Anonymous
            } else if route.path.ends_with("/follow") || route.path.ends_with("/unfollow") {
                // Following an event is any account's own choice.
                Role::Member
            } else {
                Role::GseStaff
            };
            assert_eq!(route.role, expected, "{} {}", route.method, route.path);
        }
    }
}

#[tokio::test]
async fn every_route_with_every_role() {
    let routes = lacralo_outreach::routes();
    let mut table = routes.table().to_vec();
    // Logging out ends the session the rest of the walk uses: last.
    table.sort_by_key(|r| r.path == "/logout");
    assert!(table.len() > 30, "the table lists the routes");
    for role in ROLES {
        let app = TestApp::new().await;
        let other = app
            .create_user("other@example.org", Role::Member, TestApp::PASSWORD)
            .await;
        if role != Role::Anonymous {
            app.login_as(role).await;
        }
        let event = app.event_id_by_title("CANTO 39th AGM").await;
        for route in &table {
            let path = route
                .path
                .replace(
                    "{id}",
                    &if route.path.starts_with("/users") || route.path.starts_with("/invitations") {
                        other.to_string()
                    } else {
                        event.to_string()
                    },
                )
                .replace("{token}", &"0".repeat(64));
            let response = if route.method == Method::GET {
                app.get(&path).await
            } else {
                app.post_form(&path, &[]).await
            };
            let status = response.status;
            let to_login = response.location().starts_with("/login?");
            let what = format!(
                "{role:?} {} {path} → {status} {}",
                route.method,
                response.location()
            );
            if role >= route.role {
                assert!(
                    status != StatusCode::UNAUTHORIZED
                        && status != StatusCode::FORBIDDEN
                        && !to_login,
                    "allowed but refused: {what}"
                );
            } else if role == Role::Anonymous && route.method == Method::GET {
                assert!(
                    status == StatusCode::SEE_OTHER && to_login,
                    "should ask to log in: {what}"
                );
            } else if role == Role::Anonymous {
                assert_eq!(status, StatusCode::UNAUTHORIZED, "{what}");
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "{what}");
                assert!(response.text().contains("You are not allowed to do that."));
            }
        }
    }
}

#[tokio::test]
async fn a_path_nobody_declared_does_not_exist() {
    let app = TestApp::new().await;
    assert_eq!(app.get("/admin").await.status, StatusCode::NOT_FOUND);
    let response = app.post_form("/events/1/publish", &[]).await;
    assert!(
        response.status == StatusCode::NOT_FOUND
            || response.status == StatusCode::METHOD_NOT_ALLOWED
    );
}
