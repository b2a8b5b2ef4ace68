//! Regression tests for the findings of the outside security test (issue 13), through HTTP.
//! The login storm (memory under concurrency) runs against the real binary: login_storm.rs.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::body::{Body, Bytes};
use axum::http::{Request, StatusCode, header};
use common::TestApp;
use lacralo_outreach::accounts::{setup, throttle, totp};
use lacralo_outreach::web::auth::Role;

fn form_body(token: &str, fields: &[(&str, &str)]) -> Body {
    let mut body = form_urlencoded::Serializer::new(String::new());
    body.append_pair("_csrf", token);
    for (k, v) in fields {
        body.append_pair(k, v);
    }
    Body::from(body.finish())
}

/// A logged-in GSE staff member's unsafe request (logging out) with extra headers.
async fn logout_with(app: &TestApp, headers: &[(&str, &str)]) -> StatusCode {
    let token = app.csrf().await;
    let mut request =
        Request::post("/logout").header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    app.send(request.body(form_body(&token, &[])).unwrap())
        .await
        .status
}

/// The password form of `/account`: the current password and a new one, typed twice.
async fn change_password(app: &TestApp, current: &str, new: &str) -> common::TestResponse {
    app.post_form(
        "/account/password",
        &[
            ("current", current),
            ("password", new),
            ("password_confirm", new),
        ],
    )
    .await
}

// 1. The one-time setup link.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn setup_link_creates_one_account_under_concurrent_posts() {
    let app = TestApp::new().await;
    let link = setup::prepare(app.pool(), "http://127.0.0.1:3000")
        .await
        .unwrap()
        .expect("a link");
    let token = link.rsplit("token=").next().unwrap().to_owned();
    let browsers: Vec<TestApp> = (0..8).map(|_| TestApp::sharing(&app)).collect();
    for browser in &browsers {
        browser.csrf().await;
    }
    let posts = browsers.iter().enumerate().map(|(i, browser)| {
        let email = format!("chair{i}@lacralo.org");
        let token = token.clone();
        async move {
            browser
                .post_form(
                    "/setup",
                    &[
                        ("token", &token),
                        ("email", &email),
                        ("display_name", "Chair"),
                        ("password", TestApp::PASSWORD),
                        ("password_confirm", TestApp::PASSWORD),
                    ],
                )
                .await
                .status
        }
    });
    let statuses = futures_util::future::join_all(posts).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users").await,
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::SEE_OTHER)
            .count(),
        1,
        "{statuses:?}"
    );
}

// 2. A burst of wrong passwords.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_wrong_passwords_gets_no_more_checks_than_the_limit() {
    let app = TestApp::new().await;
    app.create_user("staff@example.org", Role::GseStaff, TestApp::PASSWORD)
        .await;
    let browsers: Vec<TestApp> = (0..40).map(|_| TestApp::sharing(&app)).collect();
    for (i, browser) in browsers.iter().enumerate() {
        // Every attempt from its own address: only the account's count can stop them.
        browser.use_address(&format!("198.51.100.{}", i + 1));
        browser.csrf().await;
    }
    let attempts = browsers.iter().map(|browser| async move {
        browser
            .post_form(
                "/login",
                &[
                    ("email", "staff@example.org"),
                    ("password", "a wrong guess at it"),
                ],
            )
            .await
            .status
    });
    let statuses = futures_util::future::join_all(attempts).await;
    // 422: the password was checked and was wrong; 429: refused before any check.
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNPROCESSABLE_ENTITY)
        .count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(checked + refused, 40, "{statuses:?}");
    assert!(
        checked <= throttle::LOCK_AFTER as usize,
        "{checked} password checks in a burst"
    );
    // The right password at the end is refused too: the account is locked.
    let last = TestApp::sharing(&app);
    last.use_address("198.51.100.200");
    let response = last.login("staff@example.org", TestApp::PASSWORD).await;
    assert_eq!(response.status, StatusCode::TOO_MANY_REQUESTS);
}

// 3. The second factor's own count.
#[tokio::test]
async fn second_factor_failures_survive_a_password_login() {
    let app = TestApp::new().await;
    let id = app
        .create_user("chair@example.org", Role::Leadership, TestApp::PASSWORD)
        .await;
    let secret = app.totp_secret(id).await.unwrap();
    let now = chrono::Utc::now().timestamp() as u64;
    let right = totp::code_at(&secret, now).unwrap();
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    let mut wrong_codes = 0;
    // Five rounds from five addresses: a right password each time, then wrong codes.
    for round in 0..5 {
        let browser = TestApp::sharing(&app);
        browser.use_address(&format!("203.0.113.{}", round + 1));
        let password = browser
            .post_form(
                "/login",
                &[
                    ("email", "chair@example.org"),
                    ("password", TestApp::PASSWORD),
                ],
            )
            .await;
        assert_eq!(password.location(), "/login/2fa", "round {round}");
        for _ in 0..2 {
            let code = browser.post_form("/login/2fa", &[("code", wrong)]).await;
            if code.status == StatusCode::UNPROCESSABLE_ENTITY {
                wrong_codes += 1;
            }
        }
    }
    assert_eq!(wrong_codes, throttle::LOCK_AFTER);
    // Now even the right code is refused, from a new address after a right password.
    let browser = TestApp::sharing(&app);
    browser.use_address("203.0.113.99");
    browser
        .post_form(
            "/login",
            &[
                ("email", "chair@example.org"),
                ("password", TestApp::PASSWORD),
            ],
        )
        .await;
    let code = browser.post_form("/login/2fa", &[("code", &right)]).await;
    assert_eq!(code.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(browser.cookie("lacralo_session").is_some());
    assert_eq!(browser.get("/account").await.status, StatusCode::SEE_OTHER);
}

// 4. Refused before the body is read.
#[tokio::test]
async fn unsafe_request_without_csrf_cookie_is_refused_before_its_body_is_read() {
    let app = TestApp::new().await;
    let polled = Arc::new(AtomicBool::new(false));
    let flag = polled.clone();
    let body = futures_util::stream::poll_fn(move |_| {
        flag.store(true, Ordering::SeqCst);
        std::task::Poll::Ready(Some(Ok::<Bytes, std::io::Error>(Bytes::from(vec![
            b'a';
            1 << 20
        ]))))
    });
    let response = app
        .send(
            Request::post("/login")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from_stream(body))
                .unwrap(),
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert!(!polled.load(Ordering::SeqCst), "the body was read");

    // With a token cookie, a form body is read only up to a limit (1 MiB).
    app.csrf().await;
    let large = app
        .post_raw(
            "/login",
            "application/x-www-form-urlencoded",
            vec![b'a'; 3 << 20],
        )
        .await;
    assert_eq!(large.status, StatusCode::PAYLOAD_TOO_LARGE);
    // A visitor's upload is refused before its body is read: only staff import files.
    let upload = app
        .post_upload("/events/import", &[], "events.csv", b"title\n")
        .await;
    assert_eq!(upload.status, StatusCode::FORBIDDEN);
}

// 5. Trusted devices.
#[tokio::test]
async fn a_trusted_device_logs_in_while_the_account_is_locked() {
    let app = TestApp::new().await;
    app.create_user("staff@example.org", Role::GseStaff, TestApp::PASSWORD)
        .await;
    // The person logs in once at their own browser, which is then trusted, and logs out.
    let own = TestApp::sharing(&app);
    own.use_address("192.0.2.10");
    let first = own.login("staff@example.org", TestApp::PASSWORD).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert!(own.cookie("lacralo_device").is_some());
    own.post_form("/logout", &[]).await;

    // A stranger fails in their name until the account is locked.
    let stranger = TestApp::sharing(&app);
    for i in 0..12 {
        stranger.use_address(&format!("198.51.100.{}", i + 1));
        stranger
            .post_form(
                "/login",
                &[
                    ("email", "staff@example.org"),
                    ("password", "guessing away"),
                ],
            )
            .await;
    }
    let locked = stranger.login("staff@example.org", TestApp::PASSWORD).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    // A new browser with the right password is locked out too (untrusted attempts lock)…
    let new_browser = TestApp::sharing(&app);
    new_browser.use_address("192.0.2.11");
    let refused = new_browser
        .login("staff@example.org", TestApp::PASSWORD)
        .await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    // …but the trusted browser logs in.
    let back = own.login("staff@example.org", TestApp::PASSWORD).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text());
    assert_eq!(own.get("/account").await.status, StatusCode::OK);
    own.post_form("/logout", &[]).await;

    // A device cookie is worth nothing for another account, or forged.
    let planted = TestApp::sharing(&app);
    planted.use_address("192.0.2.12");
    planted.set_cookie("lacralo_device", &own.cookie("lacralo_device").unwrap());
    app.create_user("other@example.org", Role::Member, TestApp::PASSWORD)
        .await;
    let forged = format!("{}.{}", "ab".repeat(16), "0".repeat(64));
    planted.set_cookie("lacralo_device", &forged);
    let still_locked = planted.login("staff@example.org", TestApp::PASSWORD).await;
    assert_eq!(still_locked.status, StatusCode::TOO_MANY_REQUESTS);

    // The trusted device has a limit of its own.
    for _ in 0..throttle::LOCK_AFTER {
        own.post_form(
            "/login",
            &[
                ("email", "staff@example.org"),
                ("password", "a typo, again"),
            ],
        )
        .await;
    }
    let device_locked = own.login("staff@example.org", TestApp::PASSWORD).await;
    assert_eq!(device_locked.status, StatusCode::TOO_MANY_REQUESTS);
}

// 6. Open redirects.
#[tokio::test]
async fn next_with_control_characters_or_another_origin_goes_home() {
    let app = TestApp::new().await;
    let next_of = |html: String| {
        html.split("name=\"next\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or("?")
            .to_owned()
    };
    for (next, expected) in [
        ("/\t/evil.example", "/"),
        ("/\n/evil.example", "/"),
        ("/\r/evil.example", "/"),
        ("/ /evil.example", "/"),
        ("/\u{0}/evil.example", "/"),
        ("//evil.example", "/"),
        ("/\\evil.example", "/"),
        ("/\\/evil.example", "/"),
        ("/.//evil.example", "/"),
        ("/a/..//evil.example/x", "/"),
        ("/%2e//evil.example", "/"),
        ("https://evil.example/", "/"),
        ("http://127.0.0.1:3000.evil.example/", "/"),
        ("evil.example", "/"),
        ("/logout", "/"),
        ("/events?kind=webinar", "/events?kind=webinar"),
        ("/crop/apply", "/crop/apply"),
    ] {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("next", next);
        let page = app.get(&format!("/login?{}", query.finish())).await;
        assert_eq!(
            next_of(page.text())
                .replace("&#x3f;", "?")
                .replace("&#x3d;", "="),
            expected,
            "next={next:?}"
        );
    }
    // And after a login, the redirect itself.
    app.create_user("staff@example.org", Role::GseStaff, TestApp::PASSWORD)
        .await;
    let response = app
        .post_form(
            "/login",
            &[
                ("email", "staff@example.org"),
                ("password", TestApp::PASSWORD),
                ("next", "/\t/evil.example"),
            ],
        )
        .await;
    assert_eq!(response.location(), "/");
}

// 7. Carriage returns and the calendar feed.
#[tokio::test]
async fn carriage_returns_never_reach_the_calendar_feed() {
    let app = TestApp::staff().await;
    let base = [
        ("kind", "conference"),
        ("relevance", "unclassified"),
        ("status", "planned"),
        ("date_precision", "day"),
        ("start_date", "2030-03-01"),
        ("end_date", "2030-03-01"),
    ];
    // A one-line field refuses a bare CR (and LF), with the form kept.
    let mut fields = base.to_vec();
    fields.push(("title", "Forum\rBEGIN:VEVENT\rSUMMARY:injected"));
    let refused = app.post_form("/events", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("must be one line"),
        "{}",
        refused.text()
    );
    // A multi-line field keeps its lines, stored with LF only.
    let mut fields = base.to_vec();
    fields.push(("title", "Forum"));
    fields.push(("notes", "first\r\nsecond\rBEGIN:VEVENT\rthird"));
    let id = app.create_event(&fields).await;
    let notes: String = sqlx::query_scalar("SELECT notes FROM events WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(notes, "first\nsecond\nBEGIN:VEVENT\nthird");
    // A row from before (or from elsewhere) with CR in its title: the writer strips it.
    sqlx::query("UPDATE events SET title = ? WHERE id = ?")
        .bind("Old\rBEGIN:VEVENT\rSUMMARY:injected\r\nEND:VEVENT")
        .bind(id)
        .execute(app.pool())
        .await
        .unwrap();
    app.state.pages.changed();
    let feed = app.get("/events.ics").await;
    assert_eq!(feed.status, StatusCode::OK);
    let text = feed.text();
    // The feed as a strict parser reads it (lines end in CRLF only)…
    let strict: icalendar::Calendar = text.parse().expect("the feed parses");
    let strict_events = strict
        .components
        .iter()
        .filter(|c| matches!(c, icalendar::CalendarComponent::Event(_)))
        .count();
    assert!(strict_events >= 1);
    // …and as a parser that also splits lines on a bare CR (as several do): the same events.
    let lines: Vec<&str> = text
        .split("\r\n")
        .flat_map(|l| l.split(['\r', '\n']))
        .collect();
    let naive_events = lines.iter().filter(|l| **l == "BEGIN:VEVENT").count();
    assert_eq!(naive_events, strict_events, "no VEVENT injected");
    assert!(!lines.iter().any(|l| l.starts_with("SUMMARY:injected")));
    assert!(
        !text.replace("\r\n", "").contains('\r'),
        "no CR outside line ends"
    );
}

// 8. The CSRF token, its session, and where the request comes from.
#[tokio::test]
async fn csrf_token_is_bound_to_the_session() {
    let app = TestApp::new().await;
    // A token taken before logging in is no good after it.
    let anonymous_token = app.csrf().await;
    app.login_as(Role::GseStaff).await;
    app.set_cookie("lacralo_csrf", &anonymous_token);
    assert_eq!(
        logout_with(&app, &[]).await,
        StatusCode::FORBIDDEN,
        "a token from before the login"
    );
    // Another visitor's valid token, planted in both cookie and field, is no good either.
    let attacker = TestApp::sharing(&app);
    let attackers_token = attacker.csrf().await;
    app.set_cookie("lacralo_csrf", &attackers_token);
    assert_eq!(logout_with(&app, &[]).await, StatusCode::FORBIDDEN);
    // Nor is a made-up one of the right shape.
    app.set_cookie(
        "lacralo_csrf",
        &format!("{}.{}", "a".repeat(32), "b".repeat(64)),
    );
    assert_eq!(logout_with(&app, &[]).await, StatusCode::FORBIDDEN);
    // The refusal gave this session a token of its own: with it, the form works.
    app.forget_cookie("lacralo_csrf");
    let page = app.get("/account").await;
    assert_eq!(page.status, StatusCode::OK);
    // Within a session the token is one: tabs that load at once all get the same.
    let token = app.cookie("lacralo_csrf").unwrap();
    let tab = TestApp::sharing(&app);
    tab.set_cookie("lacralo_session", &app.cookie("lacralo_session").unwrap());
    tab.get("/events").await;
    assert_eq!(tab.cookie("lacralo_csrf").unwrap(), token);
    assert_eq!(logout_with(&app, &[]).await, StatusCode::SEE_OTHER);

    // A session that ended elsewhere (a password change in another browser): a form sent
    // with its token is told to log in again, not refused as a forgery.
    let first = TestApp::new().await;
    first.login_as(Role::GseStaff).await;
    first.get("/account").await;
    let second = TestApp::sharing(&first);
    second.use_address("192.0.2.77");
    second
        .login("gse_staff@example.org", TestApp::PASSWORD)
        .await;
    let new = "another long passphrase for staff";
    let changed = change_password(&second, TestApp::PASSWORD, new).await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.text());
    let ended = first
        .post_form("/account", &[("display_name", "Staff")])
        .await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER, "{}", ended.text());
    assert_eq!(ended.location(), "/login");
}

#[tokio::test]
async fn origin_must_match_the_base_url_scheme_host_and_port() {
    for (origin, expected) in [
        ("http://127.0.0.1:3000", StatusCode::SEE_OTHER),
        ("https://127.0.0.1:3000", StatusCode::FORBIDDEN),
        ("http://127.0.0.1:3001", StatusCode::FORBIDDEN),
        ("http://127.0.0.1", StatusCode::FORBIDDEN),
        ("http://localhost:3000", StatusCode::FORBIDDEN),
        ("http://evil.example", StatusCode::FORBIDDEN),
        ("null", StatusCode::FORBIDDEN),
    ] {
        let app = TestApp::staff().await;
        assert_eq!(
            logout_with(&app, &[("origin", origin)]).await,
            expected,
            "Origin: {origin}"
        );
    }
    // The Host header does not count: a request forged for another Host is still refused.
    let app = TestApp::staff().await;
    assert_eq!(
        logout_with(
            &app,
            &[("origin", "http://evil.example"), ("host", "evil.example")]
        )
        .await,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn sec_fetch_site_same_site_is_refused() {
    for (site, expected) in [
        ("same-origin", StatusCode::SEE_OTHER),
        ("same-site", StatusCode::FORBIDDEN),
        ("cross-site", StatusCode::FORBIDDEN),
        ("none", StatusCode::FORBIDDEN),
    ] {
        let app = TestApp::staff().await;
        assert_eq!(
            logout_with(&app, &[("sec-fetch-site", site)]).await,
            expected,
            "Sec-Fetch-Site: {site}"
        );
    }
}

// 9. The current password, asked again.
#[tokio::test]
async fn current_password_checks_are_throttled() {
    let app = TestApp::staff().await;
    let new = "a brand new passphrase for staff";
    for i in 0..throttle::LOCK_AFTER {
        let (path, field) = if i % 2 == 0 {
            ("/account/password", "current")
        } else {
            ("/account/2fa/off", "current_2fa")
        };
        let response = app
            .post_form(
                path,
                &[
                    (field, "not my password"),
                    ("password", new),
                    ("password_confirm", new),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        assert!(response.text().contains("not your current password"));
    }
    let locked = change_password(&app, TestApp::PASSWORD, new).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(locked.text().contains("blocked"));
    // Nothing changed: the old password still logs in elsewhere.
    let elsewhere = TestApp::sharing(&app);
    elsewhere.use_address("192.0.2.50");
    let login = elsewhere
        .login("gse_staff@example.org", TestApp::PASSWORD)
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
}

// 10. Smaller items.
#[tokio::test]
async fn logged_in_and_secret_pages_are_not_stored() {
    let app = TestApp::new().await;
    let public = app.get("/events").await;
    assert_ne!(public.header("cache-control"), "no-store");
    // A secret link: the setup page.
    let link = setup::prepare(app.pool(), "http://127.0.0.1:3000")
        .await
        .unwrap()
        .unwrap();
    let setup = app
        .get(link.trim_start_matches("http://127.0.0.1:3000"))
        .await;
    assert_eq!(setup.status, StatusCode::OK);
    assert_eq!(setup.header("cache-control"), "no-store");
    // Leadership: the enrolment page with its secret, every page after, and the flash.
    let leader = TestApp::new().await;
    leader
        .create_user("chair@example.org", Role::Leadership, TestApp::PASSWORD)
        .await;
    sqlx::query("UPDATE users SET totp_secret = NULL")
        .execute(leader.pool())
        .await
        .unwrap();
    let login = leader.login("chair@example.org", TestApp::PASSWORD).await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    assert_eq!(leader.get("/").await.location(), "/account/2fa");
    let enrol = leader.get("/account/2fa").await;
    assert_eq!(enrol.status, StatusCode::OK);
    assert!(enrol.text().contains("flash"), "the flash is shown here");
    assert_eq!(enrol.header("cache-control"), "no-store");
    let staff = TestApp::staff().await;
    for path in [
        "/",
        "/events",
        "/account",
        "/account/notifications",
        "/events.csv",
    ] {
        let page = staff.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert_eq!(page.header("cache-control"), "no-store", "{path}");
    }
    // Leadership's export of the members, with their addresses.
    let chair = TestApp::new().await;
    chair.login_as(Role::Leadership).await;
    let export = chair.get("/members.csv").await;
    assert_eq!(export.status, StatusCode::OK);
    assert_eq!(export.header("cache-control"), "no-store");
}

#[tokio::test]
async fn error_pages_do_not_reflect_long_input() {
    let app = TestApp::new().await;
    let long = "x".repeat(65_000);
    let response = app.get(&format!("/nowhere?q={long}")).await;
    assert_eq!(response.status, StatusCode::URI_TOO_LONG);
    assert!(
        response.bytes.len() < 16 * 1024,
        "{} bytes",
        response.bytes.len()
    );
    assert!(!response.text().contains(&"x".repeat(100)));
    // A 404 does not repeat the query at all.
    let marker = "reflected-marker-".repeat(50);
    let missing = app.get(&format!("/nowhere?q={marker}")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(!missing.text().contains("reflected-marker"));
}

#[tokio::test]
async fn cookies_use_the_host_prefix_over_https() {
    let app = TestApp::with_base_url("https://lacralo.example").await;
    let page = app.get("/login?lang=es").await;
    let set: Vec<String> = page
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(set.len() >= 2, "{set:?}");
    for cookie in &set {
        assert!(cookie.starts_with("__Host-lacralo_"), "{cookie}");
        assert!(
            cookie.contains("; Secure") && cookie.contains("Path=/"),
            "{cookie}"
        );
        assert!(!cookie.to_ascii_lowercase().contains("domain="), "{cookie}");
    }
    // A login works over https with the prefixed cookies…
    app.create_user("staff@example.org", Role::GseStaff, TestApp::PASSWORD)
        .await;
    app.forget_cookies();
    let token = {
        app.get("/login").await;
        app.cookie("__Host-lacralo_csrf").expect("a prefixed token")
    };
    let login = app
        .send(
            Request::post("/login")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(form_body(
                    &token,
                    &[
                        ("email", "staff@example.org"),
                        ("password", TestApp::PASSWORD),
                    ],
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER, "{}", login.text());
    assert!(app.cookie("__Host-lacralo_session").is_some());
    // …and an unprefixed cookie, which only a sibling domain could have planted, is ignored.
    let planted = TestApp::with_base_url("https://lacralo.example").await;
    let spanish = planted
        .send(
            Request::get("/login")
                .header(header::COOKIE, "lacralo_lang=es")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert!(spanish.text().contains("<html lang=\"en\""));
}

#[tokio::test]
async fn famous_passphrases_are_refused() {
    let app = TestApp::staff().await;
    for famous in ["correcthorsebatterystaple", "Correct Horse Battery Staple"] {
        let response = change_password(&app, TestApp::PASSWORD, famous).await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{famous}"
        );
        assert!(response.text().contains("too common"), "{famous}");
    }
}

// The throttle's table does not grow for good.
#[tokio::test]
async fn old_throttle_rows_are_pruned_by_the_scheduler() {
    let app = TestApp::new().await;
    let hours_ago = |h: i64| {
        (chrono::Utc::now() - chrono::Duration::hours(h))
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    };
    for (key, first, lock) in [
        ("account:old@example.org", hours_ago(3), None),
        ("ip:192.0.2.1", hours_ago(2), Some(hours_ago(1))),
        ("account:recent@example.org", hours_ago(0), None),
        ("ip:192.0.2.2", hours_ago(2), Some(hours_ago(-1))),
    ] {
        sqlx::query(
            "INSERT INTO login_throttle (key, failures, first_failure, locked_until)
             VALUES (?, 10, ?, ?)",
        )
        .bind(key)
        .bind(first)
        .bind(lock)
        .execute(app.pool())
        .await
        .unwrap();
    }
    lacralo_outreach::scheduler::tick(&app.state, "test")
        .await
        .unwrap();
    let left: Vec<String> = sqlx::query_scalar("SELECT key FROM login_throttle ORDER BY key")
        .fetch_all(app.pool())
        .await
        .unwrap();
    // Still counting: the recent failures, and a lock that has not run out.
    assert_eq!(left, ["account:recent@example.org", "ip:192.0.2.2"]);
}
