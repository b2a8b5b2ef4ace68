//! At-Large's ALS metrics through HTTP: leadership record a monthly call's roll call, and
//! the ALS's suggested status follows the evidence at each threshold; who may do it.

mod common;

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use common::TestApp;
use lacralo_outreach::web::auth::Role;

fn day(days: i64) -> String {
    (Utc::now() + Duration::days(days)).date_naive().to_string()
}

async fn call(app: &TestApp, title: &str, days: i64) -> i64 {
    app.create_event(&[
        ("title", title),
        ("relevance", "lacralo_involved"),
        ("online", "on"),
        ("start_date", &day(days)),
    ])
    .await
}

/// Takes the roll call of `event` as a leader would: reads the page (its `was`, what the
/// form was read at), then saves with `present` ticked.
async fn take_roll_call(app: &TestApp, event: i64, present: &[i64]) -> common::TestResponse {
    app.state.pages.changed();
    let page = app.get(&format!("/events/{event}/roll-call")).await.text();
    let marker = "name=\"was\" value=\"";
    let start = page.find(marker).expect("the form's version") + marker.len();
    let was = page[start..start + page[start..].find('"').unwrap()].to_owned();
    let ids: Vec<String> = present.iter().map(i64::to_string).collect();
    let mut fields: Vec<(&str, &str)> = vec![("was", &was)];
    fields.extend(ids.iter().map(|i| ("als", i.as_str())));
    app.post_form(&format!("/events/{event}/roll-call"), &fields)
        .await
}

/// The suggested status's text on the ALS's page, as leadership see it.
async fn suggested(app: &TestApp, als: i64) -> String {
    app.state.pages.changed();
    let page = app.get(&format!("/als/{als}")).await.text();
    let start = page
        .find("id=\"suggested-status\">")
        .unwrap_or_else(|| panic!("no suggestion on the page: {page}"));
    let rest = &page[start + "id=\"suggested-status\">".len()..];
    rest[..rest.find('<').unwrap()].to_owned()
}

#[tokio::test]
async fn a_roll_call_moves_the_suggested_status_at_its_threshold() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let member = app
        .registry_member(
            "MX",
            "Itzel",
            Some("itzel@example.org"),
            None,
            Some("active"),
        )
        .await;
    let als: i64 = sqlx::query_scalar("SELECT als_id FROM members WHERE id = ?")
        .bind(member)
        .fetch_one(app.pool())
        .await
        .unwrap();
    let gone: i64 = sqlx::query_scalar(
        "INSERT INTO als (name, name_key, country, status, created_at, updated_at)
         VALUES ('Gone', 'gone', 'MX', 'decertified', '2020-01-01', '2020-01-01') RETURNING id",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    // Nothing yet: no poll held, so voting is met; participation and local activity not.
    assert_eq!(suggested(&app, als).await, "Less active");

    let first = call(&app, "LACRALO monthly call (1)", -50).await;
    let second = call(&app, "LACRALO monthly call (2)", -20).await;
    let page = app.get(&format!("/events/{first}/roll-call")).await.text();
    assert!(page.contains("ALS of Itzel"), "{page}");
    assert!(
        !page.contains(">Gone<") && !page.contains(" Gone "),
        "decertified ALSs are not listed"
    );
    let saved = take_roll_call(&app, first, &[als, gone]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT count(*) FROM roll_calls").await,
        1,
        "a decertified ALS is not recorded present"
    );
    // One call in three months: one below the threshold.
    let page = app.get(&format!("/als/{als}")).await.text();
    assert!(page.contains("1 call attended in 3 months"), "{page}");
    take_roll_call(&app, second, &[als]).await;
    // Two local activity reports and the two calls: every criterion met.
    for d in [-30, -10] {
        sqlx::query(
            "INSERT INTO engagements (als_id, kind, happened_on, created_at)
             VALUES (?, 'local_activity', ?, '2026-01-01')",
        )
        .bind(als)
        .bind(day(d))
        .execute(app.pool())
        .await
        .unwrap();
    }
    assert_eq!(suggested(&app, als).await, "Active");
    // Unticked again at the second call: back below the threshold.
    // A page read before that save is stale: refused, nothing changed, the ticks kept.
    let stale = app
        .post_form(&format!("/events/{second}/roll-call"), &[("was", "")])
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.text().contains("Someone saved this roll call"));
    assert!(
        !stale.text().contains(&format!("value=\"{als}\" checked")),
        "its (empty) ticks kept"
    );
    assert_eq!(suggested(&app, als).await, "Active");
    take_roll_call(&app, second, &[]).await;
    assert_eq!(suggested(&app, als).await, "Less active");
    // The roll call is audited with who was present before and after.
    assert_eq!(
        app.count("SELECT count(*) FROM audit_log WHERE action = 'roll_call'")
            .await,
        3
    );
    // A call older than three months does not count.
    sqlx::query("UPDATE events SET start_date = ? WHERE id = ?")
        .bind(day(-100))
        .bind(first)
        .execute(app.pool())
        .await
        .unwrap();
    take_roll_call(&app, second, &[als]).await;
    assert_eq!(suggested(&app, als).await, "Less active");
    // The review queue (of silent ALSs: a quiet one here) shows the suggestion beside the
    // current status.
    let quiet: i64 = sqlx::query_scalar(
        "INSERT INTO als (name, name_key, country, status, created_at, updated_at)
         VALUES ('Quiet', 'quiet', 'MX', 'active', '2020-01-01', '2020-01-01') RETURNING id",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    app.state.pages.changed();
    let queue = app.get("/als/review").await.text();
    assert!(queue.contains("Suggested by the metrics"), "{queue}");
    assert!(
        queue.contains(&format!(
            "href=\"/als/{quiet}#metrics\"><span class=\"badge als-less_active\">Less active"
        )),
        "{queue}"
    );
}

#[tokio::test]
async fn only_leadership_take_the_roll_call_and_see_the_suggestion() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let event = call(&app, "LACRALO monthly call", -5).await;
    let (member, member_id) = app.member_account("MX", "Itzel", "active").await;
    let als: i64 = sqlx::query_scalar("SELECT als_id FROM members WHERE id = ?")
        .bind(member_id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(
        member
            .get(&format!("/events/{event}/roll-call"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member
            .post_form(
                &format!("/events/{event}/roll-call"),
                &[("als", &als.to_string())]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.count("SELECT count(*) FROM roll_calls").await, 0);
    assert!(
        !member
            .get(&format!("/als/{als}"))
            .await
            .text()
            .contains("suggested-status")
    );
}

/// The quorum table's row for `name`: (voting, standby, quorum) as the page shows them.
fn row(page: &str, name: &str) -> (String, String, String) {
    let start = page
        .find(&format!("<th scope=\"row\">{name}</th>"))
        .unwrap_or_else(|| panic!("no row {name}: {page}"));
    let cells: Vec<String> = page[start..]
        .split("<td class=\"num\">")
        .skip(1)
        .take(3)
        .map(|c| c[..c.find('<').unwrap()].to_owned())
        .collect();
    (cells[0].clone(), cells[1].clone(), cells[2].clone())
}

#[tokio::test]
async fn the_quorum_as_of_a_day_leaves_out_standby_alss_by_their_status_that_day() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let mut ids = Vec::new();
    for (name, country) in [
        ("Uno", "MX"),
        ("Dos", "MX"),
        ("Tres", "MX"),
        ("Cuatro", "PE"),
    ] {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO als (name, name_key, country, status, created_at, updated_at)
             VALUES (?, lower(?), ?, 'active', '2020-01-01', '2020-01-01') RETURNING id",
        )
        .bind(name)
        .bind(name)
        .bind(country)
        .fetch_one(app.pool())
        .await
        .unwrap();
        ids.push(id);
    }
    // Today one Mexican ALS goes on standby.
    let changed = app
        .post_form(
            &format!("/als/{}/status", ids[2]),
            &[
                ("status", "standby"),
                ("reason", "No activity for a year"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    let today = app.get("/als/quorum").await.text();
    let a = "A · Central America and Mexico";
    assert_eq!(row(&today, a), ("2".into(), "1".into(), "2".into()));
    assert_eq!(
        row(&today, "All of LACRALO"),
        ("3".into(), "1".into(), "2".into())
    );
    assert_eq!(
        row(&today, "D · Southern Cone"),
        ("0".into(), "0".into(), "—".into())
    );
    // Yesterday it still voted.
    let yesterday = app
        .get(&format!("/als/quorum?as_of={}", day(-1)))
        .await
        .text();
    assert_eq!(row(&yesterday, a), ("3".into(), "0".into(), "2".into()));
    assert_eq!(
        row(&yesterday, "All of LACRALO"),
        ("4".into(), "0".into(), "3".into())
    );
    // Before the ALSs existed, none counts; a date that is not one is refused.
    let before = app.get("/als/quorum?as_of=2019-06-01").await.text();
    assert_eq!(
        row(&before, "All of LACRALO"),
        ("0".into(), "0".into(), "—".into())
    );
    assert_eq!(
        app.get("/als/quorum?as_of=yesterday").await.status,
        StatusCode::BAD_REQUEST
    );
}

/// The ALS of a new member in Mexico, accredited in 2020; returns the ALS's id.
async fn an_als(app: &TestApp, name: &str) -> i64 {
    let member = app
        .registry_member("MX", name, None, None, Some("active"))
        .await;
    let als = sqlx::query_scalar("SELECT als_id FROM members WHERE id = ?")
        .bind(member)
        .fetch_one(app.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE als SET accredited_on = '2020-01-01' WHERE id = ?")
        .bind(als)
        .execute(app.pool())
        .await
        .unwrap();
    als
}

#[tokio::test]
async fn leadership_set_the_thresholds_and_the_suggestion_follows_them() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let als = an_als(&app, "Itzel").await;
    let one = call(&app, "LACRALO monthly call", -10).await;
    take_roll_call(&app, one, &[als]).await;
    for d in [-30, -10] {
        sqlx::query(
            "INSERT INTO engagements (als_id, kind, happened_on, created_at)
             VALUES (?, 'local_activity', ?, '2026-01-01')",
        )
        .bind(als)
        .bind(day(d))
        .execute(app.pool())
        .await
        .unwrap();
    }
    // The draft asks for two calls: one attended is one short.
    assert_eq!(suggested(&app, als).await, "Less active");
    let page = app.get("/als/metrics").await.text();
    assert!(page.contains("draft thresholds"), "{page}");
    assert!(page.contains("name=\"meetings\" type=\"number\" value=\"2\""));

    let fields = |meetings: &'static str, votes: &'static str, version: &'static str| {
        vec![
            ("meetings", meetings),
            ("meetings_months", "3"),
            ("contributions", "3"),
            ("contributions_months", "6"),
            ("votes", votes),
            ("polls", "4"),
            ("local_reports", "2"),
            ("local_reports_months", "6"),
            ("version", version),
        ]
    };
    // Every problem at once, what was typed kept, nothing stored.
    let r = app.post_form("/als/metrics", &fields("0", "5", "0")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = r.text();
    assert!(
        text.contains("Enter a whole number from 1 to 50."),
        "{text}"
    );
    assert!(
        text.contains("cannot be more than the polls counted"),
        "{text}"
    );
    assert!(text.contains("name=\"votes\" type=\"number\" value=\"5\""));
    assert_eq!(
        app.count("SELECT count(*) FROM als_metric_thresholds")
            .await,
        0
    );

    let r = app.post_form("/als/metrics", &fields("1", "2", "0")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(
        suggested(&app, als).await,
        "Active",
        "one call is enough now"
    );
    let page = app.get(&format!("/als/{als}")).await.text();
    assert!(page.contains("1 call attended in 3 months"), "{page}");

    // A second leader's page read before that save does not overwrite it.
    let r = app.post_form("/als/metrics", &fields("3", "2", "0")).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.text().contains("Someone saved the thresholds"));
    assert!(
        r.text()
            .contains("name=\"meetings\" type=\"number\" value=\"3\"")
    );
    assert_eq!(suggested(&app, als).await, "Active");
    assert_eq!(
        app.count("SELECT count(*) FROM audit_log WHERE action = 'set_thresholds'")
            .await,
        1
    );

    // GSE staff record engagements but do not set the metrics.
    let staff = TestApp::sharing(&app);
    staff.login_as(Role::GseStaff).await;
    assert_eq!(
        staff.get("/als/metrics").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        staff
            .post_form("/als/metrics", &fields("5", "2", "1"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        staff.get("/als/polls/new").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn the_votes_recorded_in_the_last_polls_decide_the_voting_criterion() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let als = an_als(&app, "Itzel").await;
    let other = an_als(&app, "Rosa").await;
    let voting = |page: &str| -> String {
        let start = page
            .find("voted in ")
            .unwrap_or_else(|| panic!("no voting evidence on the page: {page}"));
        page[start..start + page[start..].find('<').unwrap()].to_owned()
    };
    let new_poll = |title: &'static str, days: i64, voters: Vec<i64>| {
        let app = &app;
        async move {
            let held = day(days);
            let ids: Vec<String> = voters.iter().map(|v| v.to_string()).collect();
            let mut fields: Vec<(&str, &str)> = vec![("title", title), ("held_on", &held)];
            fields.extend(ids.iter().map(|v| ("als", v.as_str())));
            app.post_form("/als/polls", &fields).await
        }
    };
    // Two polls where only the other ALS voted: 0 of the last 2, below the 2 asked.
    let r = new_poll("Election of the Chair", -40, vec![other]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    new_poll("ALAC member selection", -20, vec![other]).await;
    app.state.pages.changed();
    let page = app.get(&format!("/als/{als}")).await.text();
    assert_eq!(voting(&page), "voted in 0 of the last 2 polls");
    assert!(page.contains("✗ <strong>Voting</strong>"), "{page}");

    // Leadership correct the first poll: both voted. Read at its version, then saved.
    let first: i64 =
        sqlx::query_scalar("SELECT id FROM polls WHERE title = 'Election of the Chair'")
            .fetch_one(app.pool())
            .await
            .unwrap();
    let form = app.get(&format!("/als/polls/{first}")).await.text();
    assert!(
        form.contains(&format!("value=\"{other}\" checked")),
        "{form}"
    );
    let (a, o, held) = (als.to_string(), other.to_string(), day(-40));
    let edit = [
        ("title", "Election of the Chair"),
        ("held_on", held.as_str()),
        ("als", a.as_str()),
        ("als", o.as_str()),
        ("version", "1"),
    ];
    let r = app.post_form(&format!("/als/polls/{first}"), &edit).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    app.state.pages.changed();
    assert_eq!(
        voting(&app.get(&format!("/als/{als}")).await.text()),
        "voted in 1 of the last 2 polls"
    );
    // An ALS on Standby during a poll had no vote in it: that poll does not count for it.
    let sol = an_als(&app, "Sol").await;
    sqlx::query(
        "INSERT INTO als_status_changes (als_id, from_status, to_status, reason, changed_at)
         VALUES (?1, 'active', 'standby', 'silent', ?2), (?1, 'standby', 'active', 'back', ?3)",
    )
    .bind(sol)
    .bind(format!("{}T12:00:00Z", day(-30)))
    .bind(format!("{}T12:00:00Z", day(-10)))
    .execute(app.pool())
    .await
    .unwrap();
    app.state.pages.changed();
    assert_eq!(
        voting(&app.get(&format!("/als/{sol}")).await.text()),
        "voted in 0 of the last poll",
        "the poll of 20 days ago fell in its Standby weeks; the one of 40 days ago counts"
    );
    // The same page sent again is stale now: refused, nothing changed, the ticks kept.
    let r = app
        .post_form(
            &format!("/als/polls/{first}"),
            &[
                ("title", "Election of the Chair"),
                ("held_on", &held),
                ("als", &o),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM poll_votes WHERE poll_id = {first}"
        ))
        .await,
        2
    );

    let third = new_poll("Bylaws amendment", -5, vec![als]).await;
    assert_eq!(third.status, StatusCode::SEE_OTHER);
    app.state.pages.changed();
    let page = app.get(&format!("/als/{als}")).await.text();
    assert_eq!(voting(&page), "voted in 2 of the last 3 polls");
    assert!(page.contains("✓ <strong>Voting</strong>"), "{page}");

    // A poll not yet held, or without a title, is refused with both problems.
    let r = new_poll("", 3, vec![als]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("Enter a title."));
    assert!(r.text().contains("this day has not come yet"));
    assert!(
        r.text().contains(&format!("value=\"{als}\" checked")),
        "ticks kept"
    );
    assert_eq!(app.count("SELECT count(*) FROM polls").await, 3);
    let r = new_poll("Nobody voted", -1, vec![]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text()
            .contains("a poll in which no ALS voted is not recorded")
    );
    assert_eq!(app.count("SELECT count(*) FROM polls").await, 3);
    // An ALS accredited after those polls is not judged by them: none counts for it yet.
    let newcomer = an_als(&app, "Lupe").await;
    sqlx::query("UPDATE als SET accredited_on = ? WHERE id = ?")
        .bind(day(-2))
        .bind(newcomer)
        .execute(app.pool())
        .await
        .unwrap();
    app.state.pages.changed();
    let page = app.get(&format!("/als/{newcomer}")).await.text();
    assert!(page.contains("no poll held while it had a vote"), "{page}");
    assert!(page.contains("✓ <strong>Voting</strong>"), "{page}");
    let list = app.get("/als/metrics").await.text();
    assert!(list.contains("Bylaws amendment"), "{list}");
    assert!(list.contains("2 ALSs voted"), "{list}");
    // A poll recorded by mistake is deleted, with its votes, and stops counting.
    let r = app
        .post_form(&format!("/als/polls/{first}/delete"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) FROM polls").await, 2);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM poll_votes WHERE poll_id = {first}"
        ))
        .await,
        0
    );
    app.state.pages.changed();
    assert_eq!(
        voting(&app.get(&format!("/als/{als}")).await.text()),
        "voted in 1 of the last 2 polls"
    );
}
