//! Accounts through HTTP: first-run setup, logging in and out, sessions, throttling, the
//! second factor, invitations, Universal Acceptance of email addresses, and the audit log.

mod common;

use axum::http::StatusCode;
use common::TestApp;
use lacralo_outreach::accounts::{queries, setup, totp};
use lacralo_outreach::web::auth::Role;

fn now() -> u64 {
    chrono::Utc::now().timestamp() as u64
}

#[tokio::test]
async fn the_setup_link_creates_the_first_leader_once() {
    let app = TestApp::new().await;
    let link = setup::prepare(app.pool(), "http://127.0.0.1:3000")
        .await
        .unwrap()
        .expect("a link");
    let path = link.trim_start_matches("http://127.0.0.1:3000");
    let token = path.trim_start_matches("/setup?token=").to_owned();
    assert_eq!(
        app.get("/setup?token=wrong").await.status,
        StatusCode::NOT_FOUND
    );
    let page = app.get(path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("Create the first account"));

    // A weak password is refused, with what was typed kept (but never the password).
    let refused = app
        .post_form(
            "/setup",
            &[
                ("token", &token),
                ("email", "chair@lacralo.org"),
                ("display_name", "Chair"),
                ("password", "password1234"),
                ("password_confirm", "password1234"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    assert!(html.contains("too common or too easy to guess"));
    assert!(html.contains("value=\"chair@lacralo.org\""));
    assert!(!html.contains("password1234"));

    let created = app
        .post_form(
            "/setup",
            &[
                ("token", &token),
                ("email", "chair@lacralo.org"),
                ("display_name", "Chair"),
                ("password", TestApp::PASSWORD),
                ("password_confirm", TestApp::PASSWORD),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    assert_eq!(
        created.location(),
        "/account/2fa",
        "leadership enrols a second factor first"
    );
    let role: String = sqlx::query_scalar("SELECT role FROM users")
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(role, "leadership");
    // The link is spent, and no new one is made once an account exists.
    app.forget_cookies();
    assert_eq!(app.get(path).await.status, StatusCode::NOT_FOUND);
    let again = app
        .post_form(
            "/setup",
            &[
                ("token", &token),
                ("email", "x@lacralo.org"),
                ("display_name", "X"),
                ("password", TestApp::PASSWORD),
                ("password_confirm", TestApp::PASSWORD),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert!(
        setup::prepare(app.pool(), "http://x")
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(app.count("SELECT count(*) FROM users").await, 1);
}

#[tokio::test]
async fn passwords_are_stored_as_argon2id_hashes() {
    let app = TestApp::new().await;
    let id = app
        .create_user("hash@example.org", Role::Member, TestApp::PASSWORD)
        .await;
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert!(!hash.contains(TestApp::PASSWORD));
}

#[tokio::test]
async fn login_rotates_the_session_and_logout_destroys_it() {
    let app = TestApp::new().await;
    let id = app
        .create_user("leader@example.org", Role::Leadership, TestApp::PASSWORD)
        .await;
    let first = app
        .post_form(
            "/login",
            &[
                ("email", "leader@example.org"),
                ("password", TestApp::PASSWORD),
            ],
        )
        .await;
    assert_eq!(first.location(), "/login/2fa");
    let before_code = app
        .cookie("lacralo_session")
        .expect("a session for the second step");
    let secret = app.totp_secret(id).await.unwrap();
    let done = app
        .post_form(
            "/login/2fa",
            &[("code", &totp::code_at(&secret, now()).unwrap())],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let logged_in = app.cookie("lacralo_session").unwrap();
    assert_ne!(before_code, logged_in, "a new session id at login");
    assert_eq!(app.get("/users").await.status, StatusCode::OK);

    let out = app.post_form("/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get("/users").await.status,
        StatusCode::SEE_OTHER,
        "logged out"
    );
    // The old cookie is worth nothing now.
    let replay = app
        .send(
            axum::http::Request::get("/users")
                .header("cookie", format!("lacralo_session={logged_in}"))
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(replay.status, StatusCode::SEE_OTHER);
    assert!(replay.location().starts_with("/login?next="));
}

#[tokio::test]
async fn wrong_passwords_slow_down_then_lock_with_the_same_message_for_any_account() {
    let app = TestApp::new().await;
    app.create_user("staff@example.org", Role::GseStaff, TestApp::PASSWORD)
        .await;
    let wrong = app
        .post_form(
            "/login",
            &[
                ("email", "staff@example.org"),
                ("password", "not the password at all"),
            ],
        )
        .await;
    let nobody = app
        .post_form(
            "/login",
            &[
                ("email", "nobody@example.org"),
                ("password", "not the password at all"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(nobody.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = |html: &str| {
        html.split("<div class=\"error-summary\"")
            .nth(1)
            .map(|s| s.split("</div>").next().unwrap_or("").to_owned())
    };
    assert_eq!(
        message(&wrong.text()),
        message(&nobody.text()),
        "no hint whether the account exists"
    );
    assert!(wrong.text().contains("Wrong email or password."));

    // Counting afresh: ten failures for the account lock it.
    sqlx::query("DELETE FROM login_throttle")
        .execute(app.pool())
        .await
        .unwrap();
    for _ in 0..10 {
        app.post_form(
            "/login",
            &[
                ("email", "staff@example.org"),
                ("password", "still not the password"),
            ],
        )
        .await;
    }
    let failures: i64 = sqlx::query_scalar(
        "SELECT failures FROM login_throttle WHERE key = 'account:staff@example.org'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(failures, 10);
    // Now even the right password is refused for a while.
    let locked = app
        .post_form(
            "/login",
            &[
                ("email", "staff@example.org"),
                ("password", TestApp::PASSWORD),
            ],
        )
        .await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(locked.text().contains("blocked"));
    assert!(app.cookie("lacralo_session").is_none());
}

#[tokio::test]
async fn enrolment_then_login_with_a_code_and_with_a_recovery_code() {
    let app = TestApp::new().await;
    let id = app
        .create_user("ana@example.org", Role::Leadership, TestApp::PASSWORD)
        .await;
    sqlx::query("UPDATE users SET totp_secret = NULL WHERE id = ?")
        .bind(id)
        .execute(app.pool())
        .await
        .unwrap();
    let login = app.login("ana@example.org", TestApp::PASSWORD).await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    // A leader without a second factor is sent to enrol, whatever the page.
    let events = app.get("/events/new").await;
    assert_eq!(events.location(), "/account/2fa");
    let page = app.get("/account/2fa").await.text();
    assert!(page.contains("src=\"data:image/svg+xml;base64,"));
    let secret: String = sqlx::query_scalar("SELECT totp_pending_secret FROM users WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert!(page.contains(&secret), "the key is shown for typing in");

    let bad = app.post_form("/account/2fa", &[("code", "000000")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let good = app
        .post_form(
            "/account/2fa",
            &[("code", &totp::code_at(&secret, now()).unwrap())],
        )
        .await;
    assert_eq!(good.status, StatusCode::OK);
    let html = good.text();
    let codes: Vec<String> = html
        .split("<li><code>")
        .skip(1)
        .map(|s| s.split("</code>").next().unwrap().to_owned())
        .collect();
    assert_eq!(codes.len(), 10);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM recovery_codes WHERE user_id = {id}"
        ))
        .await,
        10
    );
    let stored: Vec<String> = sqlx::query_scalar("SELECT code_hash FROM recovery_codes")
        .fetch_all(app.pool())
        .await
        .unwrap();
    assert!(
        stored
            .iter()
            .all(|h| !codes.iter().any(|c| h.contains(c.as_str()))),
        "stored hashed"
    );
    assert_eq!(app.get("/events/new").await.status, StatusCode::OK);

    // Log out, log in with a recovery code.
    app.post_form("/logout", &[]).await;
    let step = app
        .post_form(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", TestApp::PASSWORD),
            ],
        )
        .await;
    assert_eq!(step.location(), "/login/2fa");
    let wrong = app
        .post_form("/login/2fa", &[("code", "aaaaa-bbbbb")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let with_code = app
        .post_form("/login/2fa", &[("code", &codes[0].to_uppercase())])
        .await;
    assert_eq!(
        with_code.status,
        StatusCode::SEE_OTHER,
        "{}",
        with_code.text()
    );
    assert_eq!(app.get("/users").await.status, StatusCode::OK);

    // The same recovery code never works twice.
    app.post_form("/logout", &[]).await;
    app.post_form(
        "/login",
        &[
            ("email", "ana@example.org"),
            ("password", TestApp::PASSWORD),
        ],
    )
    .await;
    let reused = app.post_form("/login/2fa", &[("code", &codes[0])]).await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Nor does a TOTP code already used (enrolment used the current step).
    let current = totp::code_at(&secret, now()).unwrap();
    let first = app.post_form("/login/2fa", &[("code", &current)]).await;
    if first.status == StatusCode::SEE_OTHER {
        app.post_form("/logout", &[]).await;
        app.post_form(
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", TestApp::PASSWORD),
            ],
        )
        .await;
        let replay = app.post_form("/login/2fa", &[("code", &current)]).await;
        assert_eq!(
            replay.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a code is accepted once"
        );
    }
}

#[tokio::test]
async fn another_leader_resets_a_lost_second_factor() {
    let app = TestApp::new().await;
    let lost = app
        .create_user("lost@example.org", Role::Leadership, TestApp::PASSWORD)
        .await;
    app.login_as(Role::Leadership).await;
    let response = app
        .post_form(&format!("/users/{lost}/reset-2fa"), &[])
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert!(app.totp_secret(lost).await.is_none());
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'reset_2fa' AND entity_id = '{lost}'"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn a_disabled_account_is_logged_out_and_cannot_log_in() {
    let app = TestApp::new().await;
    let staff = app
        .create_user("gone@example.org", Role::GseStaff, TestApp::PASSWORD)
        .await;
    assert_eq!(
        app.login("gone@example.org", TestApp::PASSWORD)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.get("/events/new").await.status, StatusCode::OK);
    // Leadership disables the account from another browser, as the application does it.
    let leader = TestApp::sharing(&app);
    leader.login_as(Role::Leadership).await;
    let disabled = leader
        .post_form(&format!("/users/{staff}/disable"), &[])
        .await;
    assert_eq!(disabled.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count(&format!("SELECT disabled FROM users WHERE id = {staff}"))
            .await,
        1
    );
    assert_eq!(
        app.get("/events/new").await.status,
        StatusCode::SEE_OTHER,
        "the session ends at once"
    );
    let again = app.login("gone@example.org", TestApp::PASSWORD).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text().contains("Wrong email or password."));
}

#[tokio::test]
async fn invitations_work_once_and_expire() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let response = app
        .post_form(
            "/invitations",
            &[("email", "josé@ñandú.com.ar"), ("role", "gse_staff")],
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text());
    let html = response.text();
    let link = html
        .split("http://127.0.0.1:3000/join/")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    let path = format!("/join/{link}");
    // Written to the outbox in the same transaction, with the link in it.
    let body: String = sqlx::query_scalar("SELECT body FROM outbox WHERE kind = 'invitation'")
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert!(body.contains(&path));
    // Only the hash is stored.
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM invitations WHERE token_hash = '{link}'"
        ))
        .await,
        0
    );
    assert!(
        app.get("/outbox")
            .await
            .text()
            .contains("josé@ñandú.com.ar")
    );

    // The invitee (a new browser) joins.
    let invitee = clone_app(&app).await;
    let form = invitee.get(&path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text().contains("josé@ñandú.com.ar"));
    let weak = invitee
        .post_form(
            &path,
            &[
                ("display_name", "José"),
                ("password", "12345678"),
                ("password_confirm", "12345678"),
            ],
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.text().contains("value=\"José\""));
    // A short password typed twice differently: both problems at once, each named.
    let twice = invitee
        .post_form(
            &path,
            &[
                ("display_name", "José"),
                ("password", "short1"),
                ("password_confirm", "short2"),
            ],
        )
        .await
        .text();
    let summary = twice
        .split("class=\"error-summary\"")
        .nth(1)
        .expect("an error summary")
        .split("</div>")
        .next()
        .unwrap()
        .to_owned();
    assert!(summary.contains("There are 2 problems"), "{summary}");
    assert!(
        summary.contains("The two passwords are not the same."),
        "{summary}"
    );
    assert!(summary.contains("href=\"#f-password\""), "{summary}");
    assert!(
        summary.contains("href=\"#f-password_confirm\""),
        "{summary}"
    );
    let joined = invitee
        .post_form(
            &path,
            &[
                ("display_name", "José"),
                ("password", TestApp::PASSWORD),
                ("password_confirm", TestApp::PASSWORD),
            ],
        )
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.text());
    assert_eq!(
        invitee.get("/events/new").await.status,
        StatusCode::OK,
        "logged in as GSE staff"
    );
    // Single use.
    let stranger = clone_app(&app).await;
    assert_eq!(stranger.get(&path).await.status, StatusCode::CONFLICT);
    assert!(
        stranger
            .get(&path)
            .await
            .text()
            .contains("has been used, has expired")
    );
    // The same person by the A-label form of the domain cannot be invited again.
    let again = app
        .post_form(
            "/invitations",
            &[("email", "josé@xn--and-6ma2c.com.ar"), ("role", "member")],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again
            .text()
            .contains("This address already has an account.")
    );
    // And logs in with either form.
    let login = stranger
        .login("JOSÉ@xn--and-6ma2c.com.ar", TestApp::PASSWORD)
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER, "{}", login.text());

    // An invitation past its 7 days does not open.
    let response = app
        .post_form(
            "/invitations",
            &[("email", "late@example.org"), ("role", "member")],
        )
        .await;
    let html = response.text();
    let late = html
        .split("http://127.0.0.1:3000/join/")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    sqlx::query("UPDATE invitations SET expires_at = '2020-01-01T00:00:00Z' WHERE email = 'late@example.org'").execute(app.pool()).await.unwrap();
    let fresh = clone_app(&app).await;
    assert_eq!(
        fresh.get(&format!("/join/{late}")).await.status,
        StatusCode::CONFLICT
    );
    let post = fresh
        .post_form(
            &format!("/join/{late}"),
            &[
                ("display_name", "Late"),
                ("password", TestApp::PASSWORD),
                ("password_confirm", TestApp::PASSWORD),
            ],
        )
        .await;
    assert_eq!(post.status, StatusCode::CONFLICT);
    assert_eq!(
        app.count("SELECT count(*) FROM users WHERE email = 'late@example.org'")
            .await,
        0
    );
}

/// Another browser on the same application and database.
async fn clone_app(app: &TestApp) -> TestApp {
    TestApp::sharing(app)
}

#[tokio::test]
async fn universal_acceptance_addresses_are_accepted_and_bad_ones_explained() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    for email in [
        "info@普遍接受-测试.世界",
        "données@ua-test.link",
        "fußball@fußball.top",
        "用户@例子.广告",
        "квіточка@пошта.укр",
        "θσερ@εχαμπλε.ψομ",
        "अजय@डाटा.भारत",
        "ñoño@dominio.es",
        "test@example.xn--80akhbyknj4f",
        "first.last+tag@example.technology",
    ] {
        let response = app
            .post_form("/invitations", &[("email", email), ("role", "member")])
            .await;
        assert_eq!(
            response.status,
            StatusCode::OK,
            "{email} should be accepted"
        );
        let stored: String =
            sqlx::query_scalar("SELECT email FROM invitations ORDER BY id DESC LIMIT 1")
                .fetch_one(app.pool())
                .await
                .unwrap();
        assert_eq!(stored, email, "stored and shown as entered");
    }
    for (email, message) in [
        (
            "info@@ua-test.technology",
            "An email address has only one @.",
        ),
        (
            "info@ua-test..technology",
            "The domain after the @ is not valid",
        ),
        ("info.ua-test.technology", "An email address needs an @"),
        (".info@ua-test.technology", "cannot start or end with a dot"),
        (
            "in fo@ua-test.technology",
            "has a character that is not allowed",
        ),
        ("info@localhost", "The domain after the @ is not valid"),
        ("", "Enter an email address."),
    ] {
        let response = app
            .post_form("/invitations", &[("email", email), ("role", "member")])
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{email:?} should be refused"
        );
        assert!(
            response.text().contains(message),
            "{email:?}: expected {message:?}"
        );
    }
}

#[tokio::test]
async fn every_write_leaves_an_audit_row_with_before_and_after() {
    let app = TestApp::staff().await;
    let audit = |action: &'static str| {
        let pool = app.pool().clone();
        async move {
            sqlx::query_as::<_, (String, Option<String>, Option<String>, Option<String>)>(
                "SELECT user_email, entity_id, before_json, after_json FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1",
            )
            .bind(action)
            .fetch_one(&pool)
            .await
            .unwrap_or_else(|_| panic!("no audit row for {action}"))
        }
    };
    let id = app
        .create_event(&[("title", "Audited forum"), ("start_date", "2024-02-02")])
        .await;
    let (who, entity_id, before, after) = audit("create").await;
    assert_eq!(who, "gse_staff@example.org");
    assert_eq!(entity_id, Some(id.to_string()));
    assert!(before.is_none() && after.unwrap().contains("Audited forum"));

    let version = app.event_version(id).await.to_string();
    app.post_form(
        &format!("/events/{id}"),
        &[
            ("version", &version),
            ("title", "Audited forum 2"),
            ("kind", "conference"),
            ("relevance", "unclassified"),
            ("status", "planned"),
            ("date_precision", "day"),
            ("start_date", "2024-02-02"),
        ],
    )
    .await;
    let (_, _, before, after) = audit("update").await;
    assert!(before.unwrap().contains("\"Audited forum\""));
    assert!(after.unwrap().contains("Audited forum 2"));

    app.post_form(
        "/events/relevance",
        &[
            ("ids", &id.to_string()),
            ("relevance", "crop_candidate"),
            ("return_to", "/events"),
        ],
    )
    .await;
    let (_, _, before, after) = audit("set_relevance").await;
    assert!(before.unwrap().contains("unclassified") && after.unwrap().contains("crop_candidate"));

    let upload = app
        .post_upload(
            "/events/import",
            &[],
            "a.csv",
            b"title,date\nImported one,2024-05-05\n",
        )
        .await;
    app.post_form(&upload.location(), &[]).await;
    assert!(app.count("SELECT count(*) FROM audit_log WHERE action = 'create' AND after_json LIKE '%Imported one%'").await == 1);

    let version = app.event_version(id).await.to_string();
    app.post_form(&format!("/events/{id}/delete"), &[("version", &version)])
        .await;
    let (_, _, before, after) = audit("delete").await;
    assert!(before.unwrap().contains("Audited forum 2") && after.is_none());

    // The audit page is leadership's, with filters.
    assert_eq!(app.get("/audit").await.status, StatusCode::FORBIDDEN);
    let leader = TestApp::sharing(&app);
    leader.login_as(Role::Leadership).await;
    let page = leader.get("/audit?entity=event&action=delete").await.text();
    assert!(page.contains("gse_staff@example.org"));
    assert!(page.contains("Audited forum 2"));
    assert!(!page.contains("set_relevance"));
    // In plain words, with a link to the record while it exists.
    assert!(page.contains(">Deleted</span>"), "{page}");
    assert!(page.contains(&format!("Event {id}")));
    assert!(
        !page.contains(&format!("href=\"/events/{id}\"")),
        "a deleted event has no page"
    );
    let imported: i64 = sqlx::query_scalar("SELECT id FROM events WHERE title = 'Imported one'")
        .fetch_one(app.pool())
        .await
        .unwrap();
    let created = leader.get("/audit?entity=event&action=create").await.text();
    assert!(created.contains(">Created</span>"));
    assert!(
        created.contains(&format!("href=\"/events/{imported}\"")),
        "{created}"
    );
}

#[tokio::test]
async fn a_user_can_change_their_password_and_turn_two_step_login_on_and_off() {
    let app = TestApp::new().await;
    let id = app.login_as(Role::Member).await;
    let elsewhere = TestApp::sharing(&app);
    assert_eq!(
        elsewhere
            .login("member@example.org", TestApp::PASSWORD)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(elsewhere.get("/account").await.status, StatusCode::OK);
    let wrong = app
        .post_form(
            "/account/password",
            &[
                ("current", "nope"),
                ("password", "a brand new passphrase 77"),
                ("password_confirm", "a brand new passphrase 77"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().contains("That is not your current password."));
    let ok = app
        .post_form(
            "/account/password",
            &[
                ("current", TestApp::PASSWORD),
                ("password", "a brand new passphrase 77"),
                ("password_confirm", "a brand new passphrase 77"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let row = queries::user(app.pool(), id).await.unwrap().unwrap();
    assert!(lacralo_outreach::accounts::password::verify(
        "a brand new passphrase 77",
        &row.password_hash
    ));

    app.get("/account/2fa").await;
    let secret: String = sqlx::query_scalar("SELECT totp_pending_secret FROM users WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    let on = app
        .post_form(
            "/account/2fa",
            &[("code", &totp::code_at(&secret, now()).unwrap())],
        )
        .await;
    assert_eq!(on.status, StatusCode::OK);
    assert!(app.totp_secret(id).await.is_some());
    let refused = app
        .post_form("/account/2fa/off", &[("current_2fa", "wrong")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.totp_secret(id).await.is_some());
    let off = app
        .post_form(
            "/account/2fa/off",
            &[("current_2fa", "a brand new passphrase 77")],
        )
        .await;
    assert_eq!(off.status, StatusCode::SEE_OTHER);
    assert!(app.totp_secret(id).await.is_none());
}

#[test]
fn the_user_add_command_creates_an_account_from_a_password_on_stdin() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}/cli.db", dir.path().display());
    let run = |email: &str, password_text: &str| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_lacralo-outreach"))
            .args([
                "user",
                "add",
                "--email",
                email,
                "--role",
                "gse_staff",
                "--password-stdin",
                "--database-url",
                &db,
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{password_text}\n").as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let ok = run("ops@example.org", TestApp::PASSWORD);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("created gse_staff account"));
    let weak = run("weak@example.org", "123");
    assert!(!weak.status.success());
    let twice = run("OPS@example.org", TestApp::PASSWORD);
    assert!(!twice.status.success(), "the same address (any case) twice");
}

#[tokio::test]
async fn after_login_only_paths_of_this_site_are_followed() {
    let app = TestApp::new().await;
    app.create_user("m@example.org", Role::Member, TestApp::PASSWORD)
        .await;
    for (next, expected) in [
        ("/events?year=2023", "/events?year=2023"),
        ("//evil.example/", "/"),
        ("https://evil.example/", "/"),
        ("/\\evil.example", "/"),
    ] {
        app.forget_cookies();
        let response = app
            .post_form(
                "/login",
                &[
                    ("email", "m@example.org"),
                    ("password", TestApp::PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER);
        assert_eq!(response.location(), expected, "next={next}");
    }
    // A page asked for before logging in is where the login leads back to.
    app.forget_cookies();
    let ask = app.get("/account").await;
    assert_eq!(ask.location(), "/login?next=%2Faccount");
    assert!(
        app.get(&ask.location())
            .await
            .text()
            .contains("name=\"next\" value=\"/account\"")
    );
}

#[tokio::test]
async fn before_enrolling_a_second_factor_leadership_see_only_the_enrolment_and_logging_out() {
    let app = TestApp::new().await;
    let id = app
        .create_user("chair.new@example.org", Role::Leadership, TestApp::PASSWORD)
        .await;
    sqlx::query("UPDATE users SET totp_secret = NULL WHERE id = ?")
        .bind(id)
        .execute(app.pool())
        .await
        .unwrap();
    app.state.pages.changed();
    app.login("chair.new@example.org", TestApp::PASSWORD).await;
    let page = app.get("/account/2fa").await.text();
    let header = page.split("</header>").next().unwrap();
    assert!(header.contains("href=\"/account/2fa\""), "{header}");
    assert!(header.contains("action=\"/logout\""));
    for bounced in ["/events\"", "/crop\"", "/users\"", "/audit\"", "/account\""] {
        assert!(
            !header.contains(&format!("href=\"{bounced}")),
            "{bounced} would only bounce back: {header}"
        );
    }
}
