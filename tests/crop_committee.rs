//! CROP's selection committee through HTTP: leadership assign reviewers, each reviewer
//! scores every application on four criteria and names a first and a second choice,
//! recused from their own ALS's application; the others' scores stay hidden until one's
//! own are in; leadership read the totals on the review page; and who may do what.

mod common;

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use common::{TestApp, texts_with_class};
use lacralo_outreach::web::auth::Role;

fn day(days: i64) -> String {
    (Utc::now() + Duration::days(days)).date_naive().to_string()
}

/// An event in Trinidad and Tobago (sub-region C), `days` from today.
async fn event_in_tt(app: &TestApp, title: &str, days: i64) -> i64 {
    app.create_event(&[
        ("title", title),
        ("relevance", "crop_candidate"),
        ("country", "TT"),
        ("city", "Port of Spain"),
        ("start_date", &day(days)),
    ])
    .await
}

async fn version(app: &TestApp, table: &str, id: i64) -> String {
    sqlx::query_scalar::<_, i64>(&format!("SELECT version FROM {table} WHERE id = ?"))
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap()
        .to_string()
}

/// Leadership open an opportunity for a Caribbean event 120 days away and announce it to
/// the sub-region; returns its id.
async fn open_opportunity(leader: &TestApp) -> i64 {
    let event = event_in_tt(leader, "Caribbean IGF", 120).await.to_string();
    let fy = lacralo_outreach::crop::rules::fiscal_year(Utc::now().date_naive()).to_string();
    let response = leader
        .post_form(
            "/crop",
            &[
                ("event", &event),
                ("fiscal_year", &fy),
                ("slots", "1"),
                ("priority_ends_on", &day(50)),
                ("deadline_on", &day(60)),
                ("time_zone", "America/Port_of_Spain"),
            ],
        )
        .await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "{}",
        response.text()
    );
    let id: i64 = response
        .location()
        .trim_start_matches("/crop/")
        .parse()
        .unwrap();
    let v = version(leader, "crop_opportunities", id).await;
    let moved = leader
        .post_form(
            &format!("/crop/{id}/phase"),
            &[("version", &v), ("to", "subregion"), ("reason", "")],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.text());
    id
}

async fn apply(client: &TestApp, opportunity: i64, motivation: &str) -> i64 {
    let response = client
        .post_form(
            &format!("/crop/{opportunity}/apply"),
            &[
                ("motivation", motivation),
                ("outreach_plan", "Talks at two universities"),
                ("languages", "en"),
                ("travel_needs", "From Kingston"),
            ],
        )
        .await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "{}",
        response.text()
    );
    response
        .location()
        .trim_start_matches("/crop/applications/")
        .parse()
        .unwrap()
}

/// A member account (`<name>@example.org`) in the same ALS as member `of`, logged in.
async fn account_in_als_of(app: &TestApp, of: i64, name: &str) -> TestApp {
    let email = format!("{}@example.org", name.to_lowercase());
    let member = app
        .registry_member("JM", name, Some(&email), None, None)
        .await;
    sqlx::query(
        "UPDATE members SET als_id = (SELECT als_id FROM members WHERE id = ?) WHERE id = ?",
    )
    .bind(of)
    .bind(member)
    .execute(app.pool())
    .await
    .unwrap();
    let client = TestApp::sharing(app);
    let user = client
        .create_user(&email, Role::Member, TestApp::PASSWORD)
        .await;
    sqlx::query("UPDATE users SET member_id = ? WHERE id = ?")
        .bind(member)
        .bind(user)
        .execute(app.pool())
        .await
        .unwrap();
    assert_eq!(
        client.login(&email, TestApp::PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    client
}

async fn user_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE email = ?")
        .bind(email)
        .fetch_one(app.pool())
        .await
        .unwrap()
}

/// The version of `reviewer`'s scores of `application` as stored ("0": none yet).
async fn score_version(app: &TestApp, application: i64, reviewer: i64) -> String {
    sqlx::query_scalar::<_, i64>(
        "SELECT version FROM crop_scores WHERE application_id = ? AND reviewer_id = ?",
    )
    .bind(application)
    .bind(reviewer)
    .fetch_optional(app.pool())
    .await
    .unwrap()
    .unwrap_or(0)
    .to_string()
}

/// Posts a reviewer's four scores of an application on the version stored.
async fn score(
    client: &TestApp,
    opportunity: i64,
    application: i64,
    reviewer: i64,
    [a, b, c, d]: [&str; 4],
) -> common::TestResponse {
    let v = score_version(client, application, reviewer).await;
    let application = application.to_string();
    client
        .post_form(
            &format!("/crop/{opportunity}/scores"),
            &[
                ("application", &application),
                ("version", &v),
                ("outreach_plan", a),
                ("subregion", b),
                ("reports_on_time", c),
                ("engagement", d),
            ],
        )
        .await
}

async fn rank(
    client: &TestApp,
    opportunity: i64,
    reviewer: i64,
    first: &str,
    second: &str,
) -> common::TestResponse {
    let v: i64 = sqlx::query_scalar(
        "SELECT version FROM crop_rankings WHERE opportunity_id = ? AND reviewer_id = ?",
    )
    .bind(opportunity)
    .bind(reviewer)
    .fetch_optional(client.pool())
    .await
    .unwrap()
    .unwrap_or(0);
    client
        .post_form(
            &format!("/crop/{opportunity}/ranking"),
            &[
                ("version", &v.to_string()),
                ("first", first),
                ("second", second),
            ],
        )
        .await
}

async fn assign(leader: &TestApp, opportunity: i64, email: &str) -> common::TestResponse {
    leader
        .post_form(
            &format!("/crop/{opportunity}/committee"),
            &[("email", email)],
        )
        .await
}

#[tokio::test]
async fn a_committee_scores_ranks_and_leadership_read_the_totals() {
    let leader = TestApp::new().await;
    leader.login_as(Role::Leadership).await;
    let leader_id = user_id(&leader, "leadership@example.org").await;
    let id = open_opportunity(&leader).await;
    let (keisha, keisha_member) = leader.member_account("JM", "Keisha", "active").await;
    let (marcus, _) = leader.member_account("TT", "Marcus", "active").await;
    let a = apply(&keisha, id, "Kingston outreach").await;
    let b = apply(&marcus, id, "Port of Spain outreach").await;
    // Rosa is in Keisha's ALS; Ana in an ALS of her own.
    let rosa = account_in_als_of(&leader, keisha_member, "Rosa").await;
    let rosa_id = user_id(&leader, "rosa@example.org").await;
    let (ana, _) = leader.member_account("BB", "Ana", "active").await;
    let ana_id = user_id(&leader, "ana@example.org").await;

    // The review page leads to the committee, which has no one yet.
    let review = leader.get(&format!("/crop/{id}/review")).await.text();
    assert!(
        review.contains(&format!("/crop/{id}/committee")),
        "{review}"
    );
    assert!(review.contains("Set up a selection committee"), "{review}");
    assert!(!review.contains("committee-totals"), "{review}");

    // Leadership assign three reviewers by address; a typo, an unknown address and a
    // second assignment are refused, specifically, with what was typed kept.
    for email in [
        "rosa@example.org",
        "ana@example.org",
        "LEADERSHIP@example.org",
    ] {
        let r = assign(&leader, id, email).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{email}: {}", r.text());
    }
    for (email, message) in [
        ("nobody@example.org", "No account has this address"),
        ("ana@example.org", "already on the committee"),
        ("not an address", ""),
    ] {
        let r = assign(&leader, id, email).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{email}");
        let text = r.text();
        assert!(text.contains(message), "{email}: {text}");
        assert!(text.contains("field-error"), "{email}: {text}");
        assert!(
            text.contains(&format!("value=\"{email}\"")),
            "{email}: {text}"
        );
    }
    assert_eq!(
        leader
            .count(&format!(
                "SELECT count(*) FROM crop_reviewers WHERE opportunity_id = {id}"
            ))
            .await,
        3
    );
    assert_eq!(
        leader
            .count("SELECT count(*) FROM audit_log WHERE entity = 'crop_reviewer' AND action = 'create'")
            .await,
        3
    );
    // The committee page says who sits out what: Rosa, Keisha's application.
    let committee = leader.get(&format!("/crop/{id}/committee")).await.text();
    assert!(committee.contains("rosa@example.org"), "{committee}");
    assert!(
        committee.contains("0 of 1 applications scored"),
        "{committee}"
    );
    assert!(committee.contains("<td>Keisha</td>"), "{committee}");

    // A member can neither see nor change the committee.
    assert_eq!(
        ana.get(&format!("/crop/{id}/committee")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        assign(&ana, id, "marcus@example.org").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        leader
            .count(&format!(
                "SELECT count(*) FROM crop_reviewers WHERE opportunity_id = {id}"
            ))
            .await,
        3
    );

    // A member who is not a reviewer gets 403 on the scoring page and its writes, and no
    // link to it.
    assert_eq!(
        keisha.get(&format!("/crop/{id}/scores")).await.status,
        StatusCode::FORBIDDEN
    );
    let keisha_id = user_id(&leader, "keisha@example.org").await;
    assert_eq!(
        score(&keisha, id, b, keisha_id, ["1", "1", "1", "1"])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        rank(&keisha, id, keisha_id, &b.to_string(), "")
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert!(
        !keisha
            .get(&format!("/crop/{id}"))
            .await
            .text()
            .contains(&format!("/crop/{id}/scores"))
    );
    assert!(
        ana.get(&format!("/crop/{id}"))
            .await
            .text()
            .contains(&format!("/crop/{id}/scores"))
    );

    // Rosa is recused from Keisha's application, automatically: the page says so and
    // offers no form for it; the server refuses her scores and her choice of it.
    let page = rosa.get(&format!("/crop/{id}/scores")).await.text();
    assert!(
        page.contains("You are recused from this application"),
        "{page}"
    );
    assert!(
        !page.contains(&format!("name=\"application\" value=\"{a}\"")),
        "{page}"
    );
    assert!(page.contains(&format!("name=\"application\" value=\"{b}\"")));
    let refused = score(&rosa, id, a, rosa_id, ["5", "5", "5", "5"]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused.text().contains("you cannot score it"),
        "{}",
        refused.text()
    );
    let refused = rank(&rosa, id, rosa_id, &a.to_string(), "").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.text().contains("you cannot rank it"));
    assert_eq!(leader.count("SELECT count(*) FROM crop_scores").await, 0);
    assert_eq!(leader.count("SELECT count(*) FROM crop_rankings").await, 0);

    // Scores out of range, or missing, are refused with the reason; what was typed stays.
    let refused = score(&ana, id, a, ana_id, ["6", "4", "", "-1"]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = refused.text();
    assert!(
        text.contains("A score is a whole number from 0 to 5."),
        "{text}"
    );
    assert!(text.contains("Give this criterion a score."), "{text}");
    assert!(text.contains(&format!("id=\"s-{a}-outreach_plan\" name=\"outreach_plan\" type=\"number\" min=\"0\" max=\"5\" step=\"1\" inputmode=\"numeric\" value=\"6\"")), "{text}");
    assert!(text.contains("value=\"-1\""), "{text}");
    assert_eq!(leader.count("SELECT count(*) FROM crop_scores").await, 0);

    // Leadership score both first. Ana's own scores are not all in: theirs stay hidden.
    for (app, card) in [(a, ["1", "1", "1", "1"]), (b, ["2", "2", "2", "2"])] {
        let r = score(&leader, id, app, leader_id, card).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    }
    let page = ana.get(&format!("/crop/{id}/scores")).await.text();
    assert!(page.contains("show once yours are in"), "{page}");
    assert!(texts_with_class(&page, "other-score").is_empty(), "{page}");
    let r = score(&ana, id, a, ana_id, ["5", "4", "3", "2"]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let page = ana.get(&format!("/crop/{id}/scores")).await.text();
    assert!(page.contains("1 of 2 applications scored"), "{page}");
    assert!(texts_with_class(&page, "other-score").is_empty(), "{page}");
    assert!(!page.contains("leadership tester"), "{page}");
    // Once both are in, leadership's scores show beside hers, with the totals.
    let r = score(&ana, id, b, ana_id, ["1", "2", "3", "4"]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = ana.get(&format!("/crop/{id}/scores")).await.text();
    assert_eq!(texts_with_class(&page, "other-score").len(), 2, "{page}");
    assert!(page.contains("leadership tester"), "{page}");
    assert!(page.contains("18 points from 2 reviewers"), "{page}");

    // Rosa has only Marcus's application to score: once it is in, she sees the others'.
    let page = rosa.get(&format!("/crop/{id}/scores")).await.text();
    assert!(texts_with_class(&page, "other-score").is_empty(), "{page}");
    let r = score(&rosa, id, b, rosa_id, ["3", "3", "3", "3"]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = rosa.get(&format!("/crop/{id}/scores")).await.text();
    // Keisha's by leadership and Ana; Marcus's by them too.
    assert_eq!(texts_with_class(&page, "other-score").len(), 4, "{page}");

    // A stale form (another window's save came first) is refused, not silently applied.
    let application = a.to_string();
    let stale = ana
        .post_form(
            &format!("/crop/{id}/scores"),
            &[
                ("application", application.as_str()),
                ("version", "0"),
                ("outreach_plan", "0"),
                ("subregion", "0"),
                ("reports_on_time", "0"),
                ("engagement", "0"),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.text().contains("in another window"));
    assert_eq!(
        leader
            .count(&format!(
                "SELECT outreach_plan FROM crop_scores WHERE application_id = {a} AND reviewer_id = {ana_id}"
            ))
            .await,
        5
    );

    // First and second choice: the same application twice is refused.
    let refused = rank(&ana, id, ana_id, &a.to_string(), &a.to_string()).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.text().contains("two different applications"),
        "{}",
        refused.text()
    );
    let refused = rank(&ana, id, ana_id, "", &b.to_string()).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Choose your first choice."));
    assert_eq!(leader.count("SELECT count(*) FROM crop_rankings").await, 0);
    for (client, reviewer, first, second) in [
        (&ana, ana_id, a, Some(b)),
        (&leader, leader_id, b, Some(a)),
        (&rosa, rosa_id, b, None),
    ] {
        let second = second.map(|s| s.to_string()).unwrap_or_default();
        let r = rank(client, id, reviewer, &first.to_string(), &second).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    }

    // Leadership see the totals per application on the review page: Keisha's 14 + 4 from
    // two reviewers (Rosa sat out), Marcus's 8 + 10 + 12 from three.
    let review = leader.get(&format!("/crop/{id}/review")).await.text();
    assert!(
        review.contains("Selection committee: 3 reviewers"),
        "{review}"
    );
    let totals = texts_with_class(&review, "committee-totals");
    assert_eq!(totals.len(), 2, "{review}");
    assert!(
        review.contains("18 points from 2 reviewers · first choice of 1 · second choice of 1"),
        "{review}"
    );
    assert!(
        review.contains("30 points from 3 reviewers · first choice of 2 · second choice of 1"),
        "{review}"
    );
    assert_eq!(
        leader
            .count("SELECT count(*) FROM audit_log WHERE entity IN ('crop_score', 'crop_ranking')")
            .await,
        // Five scores and three rankings, each audited once.
        8
    );

    // Taking Rosa off the committee takes her out of the totals and off the scoring page.
    let removed = leader
        .post_form(
            &format!("/crop/{id}/committee/remove"),
            &[("user_id", &rosa_id.to_string())],
        )
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        rosa.get(&format!("/crop/{id}/scores")).await.status,
        StatusCode::FORBIDDEN
    );
    let review = leader.get(&format!("/crop/{id}/review")).await.text();
    assert!(
        review.contains("18 points from 2 reviewers · first choice of 1 · second choice of 1"),
        "{review}"
    );
    assert!(!review.contains("30 points"), "{review}");
    assert!(
        review.contains("Selection committee: 2 reviewers"),
        "{review}"
    );
}

#[tokio::test]
async fn the_committee_pages_speak_the_viewers_language() {
    let leader = TestApp::new().await;
    leader.login_as(Role::Leadership).await;
    let id = open_opportunity(&leader).await;
    let r = leader
        .post_form(
            &format!("/crop/{id}/committee"),
            &[("email", "nadie@example.org")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The language chosen on a page is remembered for the form's answer.
    let page = leader
        .get(&format!("/crop/{id}/committee?lang=es"))
        .await
        .text();
    assert!(page.contains("Comité de selección"), "{page}");
    let r = leader
        .post_form(
            &format!("/crop/{id}/committee"),
            &[("email", "nadie@example.org")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text().contains("Ninguna cuenta tiene esta dirección"),
        "{}",
        r.text()
    );
}
