//! Members through HTTP: leadership's pages, the membership rules, internationalised
//! addresses, and contact details kept from everyone else.

mod common;

use axum::http::StatusCode;
use common::TestApp;
use lacralo_outreach::web::auth::Role;

async fn setup() -> (TestApp, String) {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let r = app
        .post_form("/als", &[("name", "ISOC Perú"), ("country", "PE")])
        .await;
    let als = r.location().trim_start_matches("/als/").to_owned();
    (app, als)
}

#[tokio::test]
async fn a_member_of_an_als_with_an_internationalised_address() {
    let (app, als) = setup().await;
    let r = app
        .post_form(
            "/members",
            &[
                ("name", "José Ñandú"),
                ("email", "josé@ñandú.com.ar"),
                ("country", "PE"),
                ("membership", "als"),
                ("als_id", &als),
                ("active", "on"),
                ("joined_on", "2021-06-01"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let page = app.get(&r.location()).await.text();
    assert!(page.contains("josé@ñandú.com.ar"), "shown as entered");
    assert!(page.contains("ISOC Perú"));
    assert!(
        app.get(&format!("/als/{als}"))
            .await
            .text()
            .contains("<dd>1</dd>"),
        "one active member"
    );
    // The same address by its A-label form is the same person.
    let dup = app
        .post_form(
            "/members",
            &[
                ("name", "Otro"),
                ("email", "JOSÉ@xn--and-6ma2c.com.ar"),
                ("country", "PE"),
                ("membership", "individual"),
            ],
        )
        .await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        dup.text()
            .contains("Another member already has this email address.")
    );
    assert!(dup.text().contains("value=\"Otro\""));
    // Visitors and members never see it.
    let visitor = TestApp::sharing(&app);
    assert!(
        !visitor
            .get(&format!("/als/{als}"))
            .await
            .text()
            .contains("ñandú.com.ar")
    );
    assert!(
        visitor
            .get("/members")
            .await
            .location()
            .starts_with("/login?")
    );
    let member = TestApp::sharing(&app);
    member.login_as(Role::Member).await;
    assert_eq!(member.get("/members").await.status, StatusCode::FORBIDDEN);
    assert!(
        !member
            .get(&format!("/als/{als}"))
            .await
            .text()
            .contains("ñandú.com.ar")
    );
}

#[tokio::test]
async fn membership_rules_get_specific_errors_and_store_nothing() {
    let (app, als) = setup().await;
    for (fields, message) in [
        (
            vec![
                ("name", "A"),
                ("country", "PE"),
                ("membership", "individual"),
                ("als_id", als.as_str()),
            ],
            "An individual member belongs to no ALS",
        ),
        (
            vec![
                ("name", "A"),
                ("country", "PE"),
                ("membership", "als"),
                ("als_id", ""),
            ],
            "Choose the member&#39;s ALS",
        ),
        (
            vec![
                ("name", "A"),
                ("country", "ZZ"),
                ("membership", "individual"),
            ],
            "“ZZ” is not a country or territory of the LAC region.",
        ),
        (
            vec![
                ("name", ""),
                ("country", "PE"),
                ("membership", "individual"),
            ],
            "Enter the member",
        ),
        (
            vec![
                ("name", "A"),
                ("country", "PE"),
                ("membership", "individual"),
                ("email", "a@@b.org"),
            ],
            "An email address has only one @.",
        ),
    ] {
        let r = app.post_form("/members", &fields).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        let html = r.text().replace("&#x27;", "&#39;").replace('\'', "&#39;");
        assert!(html.contains(message), "{fields:?}: expected {message:?}");
    }
    assert_eq!(app.count("SELECT count(*) FROM members").await, 0);
}

#[tokio::test]
async fn what_a_member_did_counts_for_their_als() {
    let (app, als) = setup().await;
    sqlx::query("UPDATE als SET accredited_on = '2015-01-01' WHERE id = ?")
        .bind(&als)
        .execute(app.pool())
        .await
        .unwrap();
    assert!(app.get("/als/review").await.text().contains("ISOC Perú"));
    let r = app
        .post_form(
            "/members",
            &[
                ("name", "Rosa"),
                ("country", "PE"),
                ("membership", "als"),
                ("als_id", &als),
                ("active", "on"),
            ],
        )
        .await;
    let member: i64 = r
        .location()
        .trim_start_matches("/members/")
        .parse()
        .unwrap();
    let recent = (chrono::Utc::now().date_naive() - chrono::Duration::days(20)).to_string();
    sqlx::query("INSERT INTO engagements (member_id, kind, happened_on, created_at) VALUES (?, 'webinar_attended', ?, '2026-01-01T00:00:00Z')")
        .bind(member)
        .bind(&recent)
        .execute(app.pool())
        .await
        .unwrap();
    assert!(
        !app.get("/als/review").await.text().contains("ISOC Perú"),
        "no longer silent"
    );
    assert!(
        app.get(&format!("/als/{als}"))
            .await
            .text()
            .contains("Webinar attended")
    );
}

#[tokio::test]
async fn a_member_is_linked_to_their_account() {
    let (app, als) = setup().await;
    let account = app
        .create_user("rosa@example.org", Role::Member, TestApp::PASSWORD)
        .await;
    let member = app
        .post_form(
            "/members",
            &[
                ("name", "Rosa"),
                ("country", "PE"),
                ("membership", "als"),
                ("als_id", &als),
                ("active", "on"),
            ],
        )
        .await
        .location();
    let page = app.get(&member).await.text();
    assert!(page.contains("No account yet"));
    assert!(page.contains("rosa@example.org"), "offered for linking");
    let linked = app
        .post_form(
            &format!("{member}/account"),
            &[("user_id", &account.to_string())],
        )
        .await;
    assert_eq!(linked.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(&member)
            .await
            .text()
            .contains("Logs in as themselves")
    );
    let stored: Option<i64> = sqlx::query_scalar("SELECT member_id FROM users WHERE id = ?")
        .bind(account)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(
        stored.map(|m| format!("/members/{m}")),
        Some(member.clone())
    );
    // The same account cannot be linked to a second member.
    let other = app
        .post_form(
            "/members",
            &[
                ("name", "Otra"),
                ("country", "PE"),
                ("membership", "individual"),
                ("active", "on"),
            ],
        )
        .await
        .location();
    app.post_form(
        &format!("{other}/account"),
        &[("user_id", &account.to_string())],
    )
    .await;
    let still: Option<i64> = sqlx::query_scalar("SELECT member_id FROM users WHERE id = ?")
        .bind(account)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(still.map(|m| format!("/members/{m}")), Some(member.clone()));
    // Unlinking.
    app.post_form(&format!("{member}/account"), &[("user_id", "")])
        .await;
    assert!(app.get(&member).await.text().contains("No account yet"));
    assert_eq!(
        app.count("SELECT count(*) FROM audit_log WHERE action = 'link_account'")
            .await,
        2
    );
}

#[tokio::test]
async fn an_individual_members_engagement_counts_for_their_country() {
    let (app, _) = setup().await;
    let member = app
        .post_form(
            "/members",
            &[
                ("name", "Kim"),
                ("country", "GD"),
                ("membership", "individual"),
                ("active", "on"),
            ],
        )
        .await
        .location();
    let future = (chrono::Utc::now().date_naive() + chrono::Duration::days(3)).to_string();
    let refused = app
        .post_form(
            &format!("{member}/engagements"),
            &[
                ("kind", "local_activity"),
                ("happened_on", &future),
                ("description", "School talk"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("School talk"));
    let done = app
        .post_form(
            &format!("{member}/engagements"),
            &[
                ("kind", "local_activity"),
                ("happened_on", "2023-03-28"),
                ("description", "School talk"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(app.get(&member).await.text().contains("Local activity"));
    let coverage = app.get("/coverage").await.text();
    let grenada = coverage
        .split("id=\"c-GD\"")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap()
        .to_owned();
    assert!(
        grenada.contains("<td>1</td>"),
        "one member, one engagement: {grenada}"
    );
}

#[tokio::test]
async fn a_members_language_is_recorded_for_messages_and_checked() {
    let (app, als) = setup().await;
    let fields = |language: &'static str| {
        vec![
            ("name", "Rosa Quispe"),
            ("email", "rosa@example.pe"),
            ("country", "PE"),
            ("membership", "als"),
            ("als_id", als.as_str()),
            ("active", "on"),
            ("language", language),
        ]
    };
    let refused = app.post_form("/members", &fields("quechua")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("value=\"Rosa Quispe\""), "kept");
    let created = app.post_form("/members", &fields("es")).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let language: Option<String> =
        sqlx::query_scalar("SELECT language FROM members WHERE email = 'rosa@example.pe'")
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(language.as_deref(), Some("es"));
    let edit = app
        .get(&format!("{}/edit", created.location()))
        .await
        .text();
    assert!(
        edit.contains("<option value=\"es\" selected>"),
        "the form shows it: {edit}"
    );
}
