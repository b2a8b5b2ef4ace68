//! Webinars and programmes through HTTP: scheduling in one zone and reading in another,
//! bad input refused with nothing stored, the calendar files parsed back, attendance
//! turning into engagements, programme targets, and who may do what.

mod common;

use std::str::FromStr;

use axum::http::StatusCode;
use common::TestApp;
use icalendar::{Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};
use lacralo_outreach::web::auth::Role;

/// A complete webinar form, with `changes` applied over it.
fn webinar_fields<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields: Vec<(&str, &str)> = vec![
        ("title", "UA for universities"),
        ("programme", "ua_series"),
        ("topic", ""),
        ("relevance", "lacralo_involved"),
        ("status", "planned"),
        ("organiser", "LACRALO"),
        ("date_precision", "day"),
        ("start_date", "2027-03-10"),
        ("start_time", "10:00"),
        ("end_time", "11:30"),
        ("time_zone", "America/Sao_Paulo"),
        ("languages", "es"),
        ("languages", "pt"),
        ("speakers", "Ana Example, LACRALO\nJoão Example, ICANN"),
        ("audience", "University students"),
        ("registration_url", "https://example.org/ua"),
    ];
    for (k, v) in changes {
        if *k != "languages" {
            fields.retain(|(key, _)| key != k);
        }
        fields.push((k, v));
    }
    fields
}

async fn schedule(app: &TestApp, changes: &[(&str, &str)]) -> i64 {
    let response = app.post_form("/webinars", &webinar_fields(changes)).await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "webinar not created: {}",
        response.text()
    );
    response
        .location()
        .trim_start_matches("/webinars/")
        .parse()
        .expect("redirect to the new webinar")
}

async fn starts_at(app: &TestApp, id: i64) -> Option<String> {
    sqlx::query_scalar("SELECT starts_at FROM webinars WHERE event_id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap()
}

async fn topic_id(app: &TestApp, plan_key: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM topics WHERE plan_key = ?")
        .bind(plan_key)
        .fetch_one(app.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn scheduled_in_sao_paulo_read_in_mexico_city() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let id = schedule(&app, &[]).await;
    // Stored in UTC, with the zone it was entered in kept on the event.
    assert_eq!(
        starts_at(&app, id).await.as_deref(),
        Some("2027-03-10T13:00:00Z")
    );
    let duration: Option<i64> =
        sqlx::query_scalar("SELECT duration_minutes FROM webinars WHERE event_id = ?")
            .bind(id)
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(duration, Some(90));

    // A viewer who chose Mexico City reads 07:00 (UTC-6), with the LAC zones beside.
    let page = app
        .get(&format!("/webinars/{id}?tz=America/Mexico_City"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(
        html.contains("07:00–08:30 UTC-06:00 (America/Mexico_City)"),
        "{html}"
    );
    assert!(html.contains("Bogotá: 08:00 (UTC-05:00)"));
    assert!(html.contains("São Paulo: 10:00 (UTC-03:00)"));
    // The choice is remembered: the next page, without ?tz=, uses it.
    assert!(
        page.headers.get_all("set-cookie").iter().any(|v| v
            .to_str()
            .unwrap()
            .starts_with("lacralo_tz=America%2FMexico_City")),
        "{:?}",
        page.headers
    );
    let list = app.get("/webinars").await.text();
    assert!(list.contains("07:00–08:30 UTC-06:00 (America/Mexico_City)"));
}

#[tokio::test]
async fn a_viewer_without_a_zone_reads_utc() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let id = schedule(&app, &[]).await;
    app.forget_cookies();
    let html = app.get(&format!("/webinars/{id}")).await.text();
    assert!(html.contains("13:00–14:30 UTC+00:00 (UTC)"), "{html}");
    assert!(
        html.contains("data-zone-default"),
        "the browser may offer its zone"
    );
}

#[tokio::test]
async fn daylight_saving_is_the_zone_databases() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    // Santiago observes daylight saving: 12:00 is 16:00 UTC in winter, 15:00 in summer.
    let winter = schedule(
        &app,
        &[
            ("title", "Winter"),
            ("start_date", "2027-07-06"),
            ("start_time", "12:00"),
            ("end_time", "13:00"),
            ("time_zone", "America/Santiago"),
        ],
    )
    .await;
    let summer = schedule(
        &app,
        &[
            ("title", "Summer"),
            ("start_date", "2027-01-12"),
            ("start_time", "12:00"),
            ("end_time", "13:00"),
            ("time_zone", "America/Santiago"),
        ],
    )
    .await;
    assert_eq!(
        starts_at(&app, winter).await.as_deref(),
        Some("2027-07-06T16:00:00Z")
    );
    assert_eq!(
        starts_at(&app, summer).await.as_deref(),
        Some("2027-01-12T15:00:00Z")
    );
    // Read from Bogotá (no daylight saving), the same wall-clock time differs by an hour.
    let html = app
        .get(&format!("/webinars/{summer}?tz=America/Bogota"))
        .await
        .text();
    assert!(
        html.contains("10:00–11:00 UTC-05:00 (America/Bogota)"),
        "{html}"
    );
    let html = app.get(&format!("/webinars/{winter}")).await.text();
    assert!(
        html.contains("11:00–12:00 UTC-05:00 (America/Bogota)"),
        "{html}"
    );
}

#[tokio::test]
async fn bad_input_is_refused_specifically_and_nothing_is_stored() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let before = app.count("SELECT count(*) FROM webinars").await;
    // Each case: the fields changed, the message expected, and the field it sits at.
    type Case<'a> = (Vec<(&'a str, &'a str)>, &'a str, &'a str);
    let cases: Vec<Case> = vec![
        (
            // Chile's clocks jumped from 00:00 to 01:00 on 3 September 2023.
            vec![
                ("start_date", "2023-09-03"),
                ("start_time", "00:30"),
                ("end_time", "01:30"),
                ("time_zone", "America/Santiago"),
            ],
            "does not exist in America/Santiago",
            "f-start_time-error",
        ),
        (
            vec![("time_zone", "America/Atlantis")],
            "Choose a time zone from the list",
            "f-time_zone-error",
        ),
        (
            vec![("end_time", "09:00")],
            "The end must be after the start",
            "f-end_time-error",
        ),
        (
            vec![("registration_url", "javascript:alert(1)")],
            "web address",
            "f-registration_url-error",
        ),
        (
            vec![("languages", "xx")],
            "Choose one of the options",
            "f-languages",
        ),
        (
            vec![("interpretation", "on"), ("languages", "")],
            "at least two languages",
            "f-interpretation-error",
        ),
    ];
    for (changes, message, field) in cases {
        let mut fields = webinar_fields(&changes);
        if changes
            .iter()
            .any(|(k, v)| *k == "languages" && v.is_empty())
        {
            fields.retain(|(k, v)| *k != "languages" || *v == "es");
        }
        let response = app.post_form("/webinars", &fields).await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{changes:?}"
        );
        let html = response.text();
        assert!(
            html.contains(message),
            "{changes:?}: {message} not in the page"
        );
        assert!(
            html.contains(field),
            "{changes:?}: the error sits at {field}"
        );
        // What was typed is kept.
        assert!(html.contains("value=\"UA for universities\""));
        assert!(html.contains("Ana Example, LACRALO"));
    }
    // A topic of another programme.
    let dnssec_topic = topic_id(&app, "topic-plan-dnssec-training")
        .await
        .to_string();
    let response = app
        .post_form("/webinars", &webinar_fields(&[("topic", &dnssec_topic)]))
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().contains("belongs to another programme"));
    assert_eq!(app.count("SELECT count(*) FROM webinars").await, before);
}

fn parse_feed(text: &str) -> Calendar {
    Calendar::from_str(text).expect("the feed parses as iCalendar")
}

#[tokio::test]
async fn the_feed_and_the_add_to_calendar_file_parse_back_with_their_zone() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let id = schedule(&app, &[]).await;
    app.forget_cookies();
    for path in [
        "/webinars.ics?programme=ua_series".to_owned(),
        format!("/webinars/{id}/calendar.ics"),
    ] {
        let response = app.get(&path).await;
        assert_eq!(response.status, StatusCode::OK, "{path}");
        assert!(response.header("content-type").starts_with("text/calendar"));
        let calendar = parse_feed(&response.text());
        let events: Vec<&icalendar::Event> = calendar
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 1, "{path}: only the UA webinar");
        let event = events[0];
        assert_eq!(event.get_summary(), Some("UA for universities"));
        match (event.get_start(), event.get_end()) {
            (
                Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })),
                Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone {
                    date_time: end,
                    ..
                })),
            ) => {
                assert_eq!(tzid, "America/Sao_Paulo");
                assert_eq!(date_time.to_string(), "2027-03-10 10:00:00");
                assert_eq!(end.to_string(), "2027-03-10 11:30:00", "its real length");
            }
            other => panic!("{path}: expected zoned times, got {other:?}"),
        }
        assert!(
            event
                .property_value("URL")
                .is_some_and(|u| u.ends_with(&format!("/webinars/{id}"))),
            "{path}"
        );
        let zones = calendar
            .components
            .iter()
            .filter(
                |c| matches!(c, CalendarComponent::Other(o) if o.component_kind() == "VTIMEZONE"),
            )
            .count();
        assert_eq!(zones, 1, "{path}: the zone is described");
    }
}

/// An ALS with one member, straight into the registry.
async fn als_with_member(app: &TestApp) -> (i64, i64) {
    let now = "2020-01-01T00:00:00Z";
    let als: i64 = sqlx::query_scalar(
        "INSERT INTO als (name, name_key, country, status, accredited_on, created_at, updated_at)
         VALUES ('Internet Society Test Chapter', 'internet society test chapter', 'TT', 'active', '2015-01-01', ?, ?)
         RETURNING id",
    )
    .bind(now)
    .bind(now)
    .fetch_one(app.pool())
    .await
    .unwrap();
    let member: i64 = sqlx::query_scalar(
        "INSERT INTO members (name, email, email_canonical, country, als_id, created_at, updated_at)
         VALUES ('Maria Attendee', 'maria@example.org', 'maria@example.org', 'TT', ?, ?, ?) RETURNING id",
    )
    .bind(als)
    .bind(now)
    .bind(now)
    .fetch_one(app.pool())
    .await
    .unwrap();
    (als, member)
}

#[tokio::test]
async fn attendance_becomes_engagements_of_the_member_and_the_als() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let (als, member) = als_with_member(&app).await;
    let id = schedule(
        &app,
        &[
            ("start_date", "2026-11-03"),
            ("programme", "capacity_building"),
        ],
    )
    .await;
    // Leadership's review queue lists the ALS: nothing recorded for years.
    let leader = TestApp::sharing(&app);
    leader.login_as(Role::Leadership).await;
    let queue = leader.get("/als/review").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert!(queue.text().contains("Internet Society Test Chapter"));
    let page = app.get(&format!("/webinars/{id}/attendance")).await;
    assert_eq!(page.status, StatusCode::OK);

    // Bad input: a negative count, an unknown person, a count below the named.
    let version = app.event_version(id).await.to_string();
    for (count, add, message) in [
        ("-3", "", "cannot be negative"),
        ("many", "", "whole number"),
        (
            "",
            "nobody@example.org",
            "no member has this address or name",
        ),
        (
            "0",
            "maria@example.org",
            "cannot be lower than the 1 members named",
        ),
    ] {
        let response = app
            .post_form(
                &format!("/webinars/{id}/attendance"),
                &[("version", &version), ("count", count), ("add", add)],
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{count} {add}"
        );
        assert!(response.text().contains(message), "{message}");
    }
    assert_eq!(app.count("SELECT count(*) FROM engagements").await, 0);
    assert_eq!(app.count("SELECT count(*) FROM webinar_attendees").await, 0);

    let response = app
        .post_form(
            &format!("/webinars/{id}/attendance"),
            &[
                ("version", &version),
                ("count", "30"),
                ("add", "  MARIA@example.org \n"),
            ],
        )
        .await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "{}",
        response.text()
    );
    let engagement: (Option<i64>, Option<i64>, Option<i64>, String, String) =
        sqlx::query_as("SELECT als_id, member_id, event_id, kind, happened_on FROM engagements")
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(
        engagement,
        (
            Some(als),
            Some(member),
            Some(id),
            "webinar_attended".to_owned(),
            "2026-11-03".to_owned()
        )
    );
    // Recording attendance marks the webinar held, and the ALS is no longer silent.
    let status: String = sqlx::query_scalar("SELECT status FROM events WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(status, "held");
    assert!(
        !leader
            .get("/als/review")
            .await
            .text()
            .contains("Internet Society Test Chapter"),
        "an ALS whose member attended is not silent"
    );
    let als_page = app.get(&format!("/als/{als}")).await.text();
    assert!(
        als_page.contains("UA for universities"),
        "the engagement shows on the ALS"
    );

    // The page names the attendee for staff, not for visitors.
    assert!(
        app.get(&format!("/webinars/{id}"))
            .await
            .text()
            .contains("Maria Attendee")
    );
    assert!(app.get("/webinars").await.text().contains("30 attended"));

    // A stale attendance form is refused and changes nothing.
    let stale = app
        .post_form(
            &format!("/webinars/{id}/attendance"),
            &[("version", &version), ("count", "5")],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let count: Option<i64> =
        sqlx::query_scalar("SELECT attendance_count FROM webinars WHERE event_id = ?")
            .bind(id)
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(count, Some(30));

    // Taking the member off takes the engagement with them.
    let version = app.event_version(id).await.to_string();
    let member_text = member.to_string();
    let response = app
        .post_form(
            &format!("/webinars/{id}/attendance"),
            &[
                ("version", &version),
                ("count", "29"),
                ("remove", &member_text),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT count(*) FROM engagements").await, 0);
    assert_eq!(app.count("SELECT count(*) FROM webinar_attendees").await, 0);

    app.forget_cookies();
    let public = app.get(&format!("/webinars/{id}")).await.text();
    assert!(!public.contains("Maria Attendee"));
    assert!(public.contains("29 attended"));
}

#[tokio::test]
async fn attendance_waits_for_the_day_and_not_for_cancelled_webinars() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let future = schedule(&app, &[]).await;
    let version = app.event_version(future).await.to_string();
    let response = app
        .post_form(
            &format!("/webinars/{future}/attendance"),
            &[("version", &version), ("count", "10")],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text()
            .contains("once the webinar has a day and that day has come")
    );
    let cancelled = schedule(
        &app,
        &[("start_date", "2026-10-01"), ("status", "cancelled")],
    )
    .await;
    let version = app.event_version(cancelled).await.to_string();
    let response = app
        .post_form(
            &format!("/webinars/{cancelled}/attendance"),
            &[("version", &version), ("count", "10")],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().contains("was cancelled"));
    assert_eq!(
        app.count("SELECT count(*) FROM webinars WHERE attendance_count IS NOT NULL")
            .await,
        0
    );
}

#[tokio::test]
async fn programme_targets_against_webinars_held_planned_and_cancelled() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let mm = topic_id(&app, "topic-plan-multistakeholder")
        .await
        .to_string();
    let cb = [("programme", "capacity_building")];
    schedule(
        &app,
        &[
            cb[0],
            ("title", "One"),
            ("status", "held"),
            ("topic", &mm),
            ("start_date", "2027-02-01"),
        ],
    )
    .await;
    schedule(&app, &[cb[0], ("title", "Two"), ("status", "confirmed")]).await;
    schedule(&app, &[cb[0], ("title", "Three"), ("status", "cancelled")]).await;
    schedule(&app, &[("title", "UA one"), ("status", "planned")]).await;

    let progress = lacralo_outreach::webinars::queries::progress(app.pool(), 2027)
        .await
        .unwrap();
    let capacity = &progress["capacity_building"];
    assert_eq!(
        (capacity.held, capacity.planned, capacity.cancelled),
        (1, 1, 1)
    );
    assert_eq!(progress["ua_series"].planned, 1);

    // The plan's six is the default target; the page says so and draws it.
    let html = app.get("/programmes?year=2027").await.text();
    assert!(
        html.contains("1 held and 1 planned, of a target of 6"),
        "{html}"
    );
    // The multi-stakeholder model is covered in 2027; SubPro is not.
    let uncovered = html
        .split("id=\"uncovered-h\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    assert!(uncovered.contains("SubPro update"));
    assert!(!uncovered.contains("multi-stakeholder"));

    // Targets are edited: a negative one is refused, a good one moves the bar.
    let refused = app
        .post_form(
            "/programmes/targets",
            &[
                ("year", "2027"),
                ("target_capacity_building", "-1"),
                ("version_capacity_building", "0"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("cannot be negative"));
    assert!(
        refused.text().contains("value=\"-1\""),
        "the form keeps what was typed"
    );
    let saved = app
        .post_form(
            "/programmes/targets",
            &[
                ("year", "2027"),
                ("target_capacity_building", "4"),
                ("version_capacity_building", "0"),
                ("target_ua_series", "2"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let html = app.get("/programmes?year=2027").await.text();
    assert!(html.contains("1 held and 1 planned, of a target of 4"));
    assert!(html.contains("0 held and 1 planned, of a target of 2"));
    // A second save on the form read before (version 0) is refused: someone saved first.
    let stale = app
        .post_form(
            "/programmes/targets",
            &[
                ("year", "2027"),
                ("target_capacity_building", "8"),
                ("version_capacity_building", "0"),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let target: i64 = sqlx::query_scalar(
        "SELECT target FROM programme_targets WHERE year = 2027 AND programme = 'capacity_building'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(target, 4);
}

#[tokio::test]
async fn the_plans_webinars_are_capacity_building_and_its_topics_are_listed() {
    let app = TestApp::new().await;
    let titles: Vec<String> = sqlx::query_scalar(
        "SELECT e.title FROM webinars w JOIN events e ON e.id = w.event_id
         WHERE w.programme = 'capacity_building' ORDER BY e.start_date",
    )
    .fetch_all(app.pool())
    .await
    .unwrap();
    assert_eq!(
        titles,
        [
            "LACRALO 1st Capacity Development Webinar",
            "LACRALO 2nd Capacity Development Webinar",
            "LACRALO 3rd Capacity Development Webinar"
        ]
    );
    let html = app.get("/programmes?year=2023").await.text();
    assert!(
        html.contains("0 held and 3 planned, of a target of 6"),
        "{html}"
    );
    for topic in [
        "SubPro update",
        "Internet governance in LAC",
        "Testing email addresses for UA compliance",
    ] {
        assert!(html.contains(topic), "{topic}");
    }
    // Leadership extends the list; a duplicate (ignoring case) is refused.
    app.login_as(Role::Leadership).await;
    let added = app
        .post_form(
            "/programmes/topics",
            &[
                ("year", "2023"),
                ("programme", "capacity_building"),
                ("name", "DNS abuse"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    let again = app
        .post_form(
            "/programmes/topics",
            &[
                ("year", "2023"),
                ("programme", "capacity_building"),
                ("name", "dns ABUSE"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text().contains("already has this topic"));
    assert!(again.text().contains("value=\"dns ABUSE\""));
}

#[tokio::test]
async fn who_may_do_what() {
    let app = TestApp::new().await;
    // Visitors read the schedule, the programmes and the calendar file; nothing else.
    for path in ["/webinars", "/programmes", "/webinars.ics"] {
        assert_eq!(app.get(path).await.status, StatusCode::OK, "{path}");
    }
    let login = app.get("/webinars/new").await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    assert!(login.location().starts_with("/login"));

    app.login_as(Role::Member).await;
    let refused = app.post_form("/webinars", &webinar_fields(&[])).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let refused = app
        .post_form(
            "/programmes/targets",
            &[("year", "2027"), ("target_other", "3")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT count(*) FROM programme_targets").await, 0);

    // GSE staff schedule, but the topic list is leadership's.
    let staff = TestApp::sharing(&app);
    staff.login_as(Role::GseStaff).await;
    let id = schedule(&staff, &[]).await;
    let refused = staff
        .post_form(
            "/programmes/topics",
            &[("programme", "other"), ("name", "Anything")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // A webinar's event is edited in the webinar form.
    let edit = staff.get(&format!("/events/{id}/edit")).await;
    assert_eq!(edit.status, StatusCode::SEE_OTHER);
    assert_eq!(edit.location(), format!("/webinars/{id}/edit"));
}

#[tokio::test]
async fn an_edit_on_a_stale_page_is_refused_and_a_date_change_needs_a_reason() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let id = schedule(&app, &[]).await;
    let version = app.event_version(id).await.to_string();
    let moved = webinar_fields(&[("version", &version), ("start_date", "2027-03-11")]);
    let response = app.post_form(&format!("/webinars/{id}"), &moved).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().contains("f-reason-error"));

    let moved = webinar_fields(&[
        ("version", &version),
        ("start_date", "2027-03-11"),
        ("reason", "The speakers asked"),
    ]);
    let response = app.post_form(&format!("/webinars/{id}"), &moved).await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "{}",
        response.text()
    );
    assert_eq!(
        starts_at(&app, id).await.as_deref(),
        Some("2027-03-11T13:00:00Z"),
        "the UTC start follows the event"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM event_date_changes").await,
        1,
        "the move is in the history"
    );

    // The same old version again: someone saved since. Nothing changes.
    let stale = webinar_fields(&[("version", &version), ("title", "Overwritten?")]);
    let response = app.post_form(&format!("/webinars/{id}"), &stale).await;
    assert_eq!(response.status, StatusCode::CONFLICT);
    let html = response.text();
    assert!(html.contains("Someone saved this webinar"));
    assert!(
        html.contains("value=\"Overwritten?\""),
        "what was typed is kept"
    );
    let title: String = sqlx::query_scalar("SELECT title FROM events WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(title, "UA for universities");
}

#[tokio::test]
async fn attendees_are_thanked_with_the_recording_in_their_language_once() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let (_, member) = als_with_member(&app).await;
    sqlx::query("UPDATE members SET language = 'pt' WHERE id = ?")
        .bind(member)
        .execute(app.pool())
        .await
        .unwrap();
    let id = schedule(
        &app,
        &[
            ("start_date", "2026-11-03"),
            ("recording_url", "https://example.org/recording"),
        ],
    )
    .await;
    let version = app.event_version(id).await.to_string();
    let response = app
        .post_form(
            &format!("/webinars/{id}/attendance"),
            &[
                ("version", &version),
                ("count", "12"),
                ("add", "maria@example.org"),
            ],
        )
        .await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "{}",
        response.text()
    );
    let (recipient, language, link, key, body): (String, String, String, String, String) =
        sqlx::query_as(
            "SELECT recipient, language, link, dedup_key, body FROM outbox WHERE kind = 'webinar_thanks'",
        )
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(recipient, "maria@example.org");
    assert_eq!(language, "pt");
    assert_eq!(link, "https://example.org/recording");
    assert_eq!(key, format!("webinar-thanks:{id}:{member}"));
    assert!(body.contains("UA for universities"), "{body}");
    // Recording attendance again (a count corrected) thanks nobody twice.
    let version = app.event_version(id).await.to_string();
    app.post_form(
        &format!("/webinars/{id}/attendance"),
        &[("version", &version), ("count", "14")],
    )
    .await;
    assert_eq!(
        app.count("SELECT count(*) FROM outbox WHERE kind = 'webinar_thanks'")
            .await,
        1
    );
}

/// DTSTART and DTEND of the entry `uid` in a feed, as written.
fn start_and_end(text: &str, uid: &str) -> (String, String) {
    let calendar = Calendar::from_str(text).expect("the feed parses");
    let event = calendar
        .components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) if e.get_uid() == Some(uid) => Some(e),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no entry {uid} in {text}"));
    let value = |key: &str| event.properties()[key].value().to_owned();
    (value("DTSTART"), value("DTEND"))
}

#[tokio::test]
async fn the_events_feed_and_the_webinar_feed_give_a_webinar_the_same_end() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let id = schedule(&app, &[]).await;
    let uid: String = sqlx::query_scalar("SELECT uid FROM events WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    let events = app.get("/events.ics?year=2027").await.text();
    let webinars = app.get("/webinars.ics").await.text();
    // 10:00 to 11:30 in São Paulo, in both: one length, kept with the webinar.
    let expected = ("20270310T100000".to_owned(), "20270310T113000".to_owned());
    assert_eq!(start_and_end(&events, &uid), expected);
    assert_eq!(start_and_end(&webinars, &uid), expected);
}
