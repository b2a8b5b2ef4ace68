//! The scheduler, with a clock the test sets: reminders at each boundary, exactly once
//! across runs and restarts, caught up after downtime, and run by one server when two
//! share the database; leadership's settings drive it.

mod common;

use axum::http::StatusCode;
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use common::TestApp;
use lacralo_outreach::scheduler::{self, Run};

use lacralo_outreach::web::auth::Role;

async fn count(app: &TestApp, kind: &str) -> i64 {
    app.count(&format!(
        "SELECT count(*) FROM outbox WHERE kind = '{kind}'"
    ))
    .await
}

async fn keys(app: &TestApp, kind: &str) -> Vec<String> {
    sqlx::query_scalar("SELECT dedup_key FROM outbox WHERE kind = ? ORDER BY id")
        .bind(kind)
        .fetch_all(app.pool())
        .await
        .unwrap()
}

async fn tick(app: &TestApp) -> Option<Run> {
    scheduler::tick(&app.state, "server-a").await.unwrap()
}

fn day(days: i64) -> String {
    (Utc::now() + Duration::days(days)).date_naive().to_string()
}

/// An announced opportunity for an event in Trinidad and Tobago; its id and deadline.
async fn opportunity(leader: &TestApp, deadline_days: i64) -> (i64, DateTime<Utc>, String) {
    let event = leader
        .create_event(&[
            ("title", "Caribbean IGF"),
            ("relevance", "crop_candidate"),
            ("country", "TT"),
            ("start_date", &day(deadline_days + 60)),
        ])
        .await;
    let fy = lacralo_outreach::crop::rules::fiscal_year(
        (Utc::now() + Duration::days(deadline_days + 60)).date_naive(),
    )
    .to_string();
    let created = leader
        .post_form(
            "/crop",
            &[
                ("event", &event.to_string()),
                ("fiscal_year", &fy),
                ("slots", "2"),
                ("priority_ends_on", &day(deadline_days - 10)),
                ("deadline_on", &day(deadline_days)),
                ("time_zone", "America/Port_of_Spain"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let id: i64 = created
        .location()
        .trim_start_matches("/crop/")
        .parse()
        .unwrap();
    let announced = leader
        .post_form(
            &format!("/crop/{id}/phase"),
            &[("version", "1"), ("to", "subregion"), ("reason", "")],
        )
        .await;
    assert_eq!(announced.status, StatusCode::SEE_OTHER);
    let (deadline, deadline_on): (String, String) =
        sqlx::query_as("SELECT deadline_at, deadline_on FROM crop_opportunities WHERE id = ?")
            .bind(id)
            .fetch_one(leader.pool())
            .await
            .unwrap();
    let deadline = DateTime::parse_from_rfc3339(&deadline)
        .unwrap()
        .with_timezone(&Utc);
    (id, deadline, deadline_on)
}

#[tokio::test]
async fn crop_deadline_reminders_at_each_boundary_once_across_restarts_and_after_downtime() {
    let app = TestApp::with_clock(Utc::now()).await;
    app.login_as(Role::Leadership).await;
    let (id, deadline, deadline_on) = opportunity(&app, 30).await;
    // Eligible in the sub-region: Keisha applies, Jeanne does not; Ariel is elsewhere.
    let (keisha, _) = app.member_account("JM", "Keisha", "active").await;
    let applied = keisha
        .post_form(
            &format!("/crop/{id}/apply"),
            &[
                ("motivation", "Outreach to ISPs"),
                ("outreach_plan", "Two talks"),
                ("languages", "en"),
            ],
        )
        .await;
    assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.text());
    app.registry_member(
        "BB",
        "Jeanne",
        Some("jeanne@example.org"),
        Some("fr"),
        Some("active"),
    )
    .await;
    app.registry_member(
        "AR",
        "Ariel",
        Some("ariel@example.org"),
        None,
        Some("active"),
    )
    .await;

    let first = deadline - Duration::days(7);
    let last = deadline - Duration::days(1);
    app.clock().set(first - Duration::seconds(1));
    assert!(tick(&app).await.is_some());
    assert_eq!(count(&app, "crop_deadline").await, 0, "a second early");

    app.clock().set(first);
    tick(&app).await;
    assert_eq!(
        keys(&app, "crop_deadline").await,
        [format!(
            "crop-deadline:{id}:{deadline_on}:first:jeanne@example.org"
        )]
    );
    let (language, link, body): (String, String, String) =
        sqlx::query_as("SELECT language, link, body FROM outbox WHERE kind = 'crop_deadline'")
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(language, "fr");
    assert_eq!(link, format!("http://127.0.0.1:3000/crop/{id}"));
    assert!(body.contains("America/Barbados"), "{body}");

    // Every minute after, and after a restart: nothing twice.
    app.clock().advance(Duration::minutes(1));
    tick(&app).await;
    let restarted = app.another_server().await;
    // The old process died without giving the lease up: the new one takes it once it
    // expires, and finds nothing new.
    assert_eq!(
        scheduler::tick(&restarted, "server-restarted")
            .await
            .unwrap(),
        None,
        "the lease is still the old server's"
    );
    app.clock()
        .advance(scheduler::lease::TTL + Duration::seconds(1));
    assert!(
        scheduler::tick(&restarted, "server-restarted")
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(count(&app, "crop_deadline").await, 1);

    // Down across the last step: caught up when back, hours later.
    app.clock().set(last + Duration::hours(5));
    scheduler::tick(&restarted, "server-restarted")
        .await
        .unwrap();
    assert_eq!(count(&app, "crop_deadline").await, 2);
    assert_eq!(
        keys(&app, "crop_deadline").await[1],
        format!("crop-deadline:{id}:{deadline_on}:last:jeanne@example.org")
    );
    // At the deadline itself: too late for any reminder.
    app.clock().set(deadline);
    scheduler::tick(&restarted, "server-restarted")
        .await
        .unwrap();
    assert_eq!(count(&app, "crop_deadline").await, 2);
}

#[tokio::test]
async fn down_across_both_steps_only_the_later_reminder_goes() {
    let app = TestApp::with_clock(Utc::now()).await;
    app.login_as(Role::Leadership).await;
    let (_, deadline, _) = opportunity(&app, 30).await;
    app.registry_member(
        "JM",
        "Jeanne",
        Some("jeanne@example.org"),
        None,
        Some("active"),
    )
    .await;
    app.clock().set(deadline - Duration::hours(3));
    tick(&app).await;
    let sent = keys(&app, "crop_deadline").await;
    assert_eq!(sent.len(), 1);
    assert!(sent[0].contains(":last:"), "{sent:?}");
}

#[tokio::test]
async fn two_servers_on_one_database_run_it_once() {
    let app = TestApp::with_clock(Utc::now()).await;
    app.login_as(Role::Leadership).await;
    let (_, deadline, _) = opportunity(&app, 30).await;
    for i in 0..30 {
        app.registry_member(
            "JM",
            &format!("Member {i}"),
            Some(&format!("member{i}@example.org")),
            None,
            Some("active"),
        )
        .await;
    }
    app.clock().set(deadline - Duration::days(7));
    let other = app.another_server().await;
    let (a, b) = tokio::join!(
        scheduler::tick(&app.state, "server-a"),
        scheduler::tick(&other, "server-b")
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert!(
        a.is_some() != b.is_some(),
        "exactly one server ran: {a:?} {b:?}"
    );
    // (The leader's weekly digest may be due at this instant too.)
    assert!(a.or(b).is_some_and(|run| run.queued >= 30));
    assert_eq!(count(&app, "crop_deadline").await, 30);
    // The one without the lease keeps out while the holder renews it.
    app.clock().advance(Duration::minutes(1));
    let (holder, holder_name, outsider, outsider_name) = if a.is_some() {
        (&app.state, "server-a", &other, "server-b")
    } else {
        (&other, "server-b", &app.state, "server-a")
    };
    assert!(
        scheduler::tick(holder, holder_name)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(
        scheduler::tick(outsider, outsider_name).await.unwrap(),
        None
    );
}

/// An approved CROP trip for an event ending `ended_days` from today; the application.
async fn approved_trip(leader: &TestApp, event_days: i64) -> (i64, NaiveDate) {
    let (id, _, _) = opportunity(leader, event_days - 60).await;
    let (member, _) = leader.member_account("TT", "Traveller", "active").await;
    let applied = member
        .post_form(
            &format!("/crop/{id}/apply"),
            &[
                ("motivation", "Outreach"),
                ("outreach_plan", "Talks"),
                ("languages", "en"),
            ],
        )
        .await;
    let app_id: i64 = applied
        .location()
        .trim_start_matches("/crop/applications/")
        .parse()
        .unwrap();
    let fy: i64 = sqlx::query_scalar("SELECT fiscal_year FROM crop_opportunities WHERE id = ?")
        .bind(id)
        .fetch_one(leader.pool())
        .await
        .unwrap();
    leader
        .record_year_plan(lacralo_outreach::crop::rules::FiscalYear::new(fy).unwrap())
        .await;
    let approved = leader
        .post_form(
            &format!("/crop/applications/{app_id}/decision"),
            &[("version", "1"), ("decision", "approve"), ("reason", "")],
        )
        .await;
    assert_eq!(
        approved.status,
        StatusCode::SEE_OTHER,
        "{}",
        approved.text()
    );
    let (end, return_on): (String, String) = sqlx::query_as(
        "SELECT e.end_date, ap.return_on FROM crop_applications ap
         JOIN crop_opportunities o ON o.id = ap.opportunity_id
         JOIN events e ON e.id = o.event_id WHERE ap.id = ?",
    )
    .bind(app_id)
    .fetch_one(leader.pool())
    .await
    .unwrap();
    let end = NaiveDate::parse_from_str(&end, "%Y-%m-%d").unwrap();
    let return_on = NaiveDate::parse_from_str(&return_on, "%Y-%m-%d").unwrap();
    // The approval's proposed return: the day after the event. ICANN's assessment is due
    // three weeks after the return, not after the event.
    assert_eq!(return_on, end + Duration::days(1));
    let due = return_on + Duration::days(21);
    (app_id, due)
}

fn noon(day: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(12, 0, 0).unwrap())
}

#[tokio::test]
async fn an_approved_trip_becomes_the_alss_engagement_once_the_traveller_is_back() {
    let app = TestApp::with_clock(Utc::now()).await;
    app.login_as(Role::Leadership).await;
    let (app_id, due) = approved_trip(&app, 100).await;
    let return_on = due - Duration::days(21);
    let engaged = "SELECT count(*) FROM engagements WHERE kind = 'crop_trip'";
    // Planned, then travelling, then back on the return day: not yet.
    for day in [
        Utc::now().date_naive(),
        return_on - Duration::days(3),
        return_on,
    ] {
        app.clock().set(noon(day));
        tick(&app).await;
        assert_eq!(app.count(engaged).await, 0, "{day}");
    }
    // The day after the return: the trip has happened, recorded once however often the
    // scheduler runs.
    for _ in 0..2 {
        app.clock().set(noon(return_on + Duration::days(1)));
        tick(&app).await;
        assert_eq!(app.count(engaged).await, 1);
    }
    let member: i64 = sqlx::query_scalar("SELECT member_id FROM crop_applications WHERE id = ?")
        .bind(app_id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM engagements WHERE kind = 'crop_trip' AND member_id = {member}"
        ))
        .await,
        1
    );
}

#[tokio::test]
async fn trip_report_reminders_before_on_the_day_then_weekly_until_filed() {
    let app = TestApp::with_clock(Utc::now()).await;
    app.login_as(Role::Leadership).await;
    let (app_id, due) = approved_trip(&app, 100).await;
    let mut expected: Vec<String> = Vec::new();
    for (offset, step) in [
        (-4, None),
        (-3, Some("before")),
        (-1, None),
        (0, Some("due")),
        (6, None),
        (7, Some("overdue-1")),
        (8, None),
        (14, Some("overdue-2")),
    ] {
        app.clock().set(noon(due + Duration::days(offset)));
        tick(&app).await;
        if let Some(step) = step {
            expected.push(format!("trip-report-due:{app_id}:{due}:{step}"));
        }
        assert_eq!(keys(&app, "trip_report").await, expected, "day {offset}");
    }
    let (recipient, link): (String, String) =
        sqlx::query_as("SELECT recipient, link FROM outbox WHERE kind = 'trip_report' LIMIT 1")
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(recipient, "traveller@example.org");
    assert_eq!(
        link,
        format!("http://127.0.0.1:3000/crop/applications/{app_id}#report")
    );
    // Filed: no more.
    sqlx::query("UPDATE crop_applications SET report = 'Done', report_filed_at = '2027-01-01T00:00:00Z' WHERE id = ?")
        .bind(app_id)
        .execute(app.pool())
        .await
        .unwrap();
    app.clock().set(noon(due + Duration::days(21)));
    tick(&app).await;
    assert_eq!(keys(&app, "trip_report").await.len(), 4);
}

#[tokio::test]
async fn webinar_followers_are_reminded_in_their_zone_with_the_join_link() {
    let app = TestApp::with_clock(Utc::now()).await;
    app.login_as(Role::GseStaff).await;
    let start_day = (Utc::now() + Duration::days(20)).date_naive();
    let created = app
        .post_form(
            "/webinars",
            &[
                ("title", "DNSSEC for ISPs"),
                ("programme", "dnssec"),
                ("relevance", "lacralo_involved"),
                ("status", "planned"),
                ("date_precision", "day"),
                ("start_date", &start_day.to_string()),
                ("start_time", "15:00"),
                ("end_time", "16:30"),
                ("time_zone", "America/Sao_Paulo"),
                ("languages", "es"),
                ("registration_url", "https://example.org/join/dnssec"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let id: i64 = created
        .location()
        .trim_start_matches("/webinars/")
        .parse()
        .unwrap();
    let (member, member_id) = app.member_account("PE", "Rosa", "active").await;
    sqlx::query("UPDATE users SET locale = 'es' WHERE member_id = ?")
        .bind(member_id)
        .execute(app.pool())
        .await
        .unwrap();
    member
        .post_form(
            &format!("/events/{id}/follow"),
            &[("next", &format!("/webinars/{id}"))],
        )
        .await;
    let start: String = sqlx::query_scalar("SELECT starts_at FROM webinars WHERE event_id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    let start = DateTime::parse_from_rfc3339(&start)
        .unwrap()
        .with_timezone(&Utc);
    app.clock()
        .set(start - Duration::hours(24) - Duration::minutes(1));
    tick(&app).await;
    assert_eq!(count(&app, "webinar_reminder").await, 0);
    app.clock().set(start - Duration::hours(24));
    tick(&app).await;
    app.clock().set(start - Duration::minutes(59));
    tick(&app).await;
    app.clock().set(start);
    tick(&app).await;
    let sent = keys(&app, "webinar_reminder").await;
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert!(sent[0].contains(":first:") && sent[1].contains(":last:"));
    let (language, link, body): (String, String, String) = sqlx::query_as(
        "SELECT language, link, body FROM outbox WHERE kind = 'webinar_reminder' ORDER BY id DESC",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(language, "es");
    assert_eq!(link, "https://example.org/join/dnssec");
    // 15:00 in São Paulo is 13:00 in Lima, Rosa's zone (her country's), with both named.
    assert!(
        body.contains("13:00") && body.contains("America/Lima"),
        "{body}"
    );
    assert!(
        body.contains("15:00") && body.contains("America/Sao_Paulo"),
        "{body}"
    );
}

/// The first Monday after today, at `hour` UTC.
fn next_monday() -> NaiveDate {
    let mut d = Utc::now().date_naive() + Duration::days(1);
    while d.weekday() != chrono::Weekday::Mon {
        d += Duration::days(1);
    }
    d
}

#[tokio::test]
async fn the_weekly_digest_comes_at_each_leaders_own_hour() {
    let app = TestApp::with_clock(Utc::now()).await;
    let bogota = app
        .create_user("bogota@example.org", Role::Leadership, TestApp::PASSWORD)
        .await;
    let sao_paulo = app
        .create_user("saopaulo@example.org", Role::Leadership, TestApp::PASSWORD)
        .await;
    let quiet = app
        .create_user("quiet@example.org", Role::Leadership, TestApp::PASSWORD)
        .await;
    for (id, zone) in [
        (bogota, "America/Bogota"),
        (sao_paulo, "America/Sao_Paulo"),
        (quiet, "America/Bogota"),
    ] {
        sqlx::query("UPDATE users SET time_zone = ? WHERE id = ?")
            .bind(zone)
            .bind(id)
            .execute(app.pool())
            .await
            .unwrap();
    }
    sqlx::query(
        "INSERT INTO notification_optouts (email_canonical, kind, created_at)
         VALUES ('quiet@example.org', 'digest', '2026-01-01T00:00:00Z')",
    )
    .execute(app.pool())
    .await
    .unwrap();
    let monday = next_monday();
    // 08:00 in São Paulo (UTC-3) is 11:00 UTC; in Bogotá (UTC-5), 13:00 UTC.
    let at = |h: u32, m: u32| Utc.from_utc_datetime(&monday.and_hms_opt(h, m, 0).unwrap());
    app.clock().set(at(10, 59));
    tick(&app).await;
    assert!(keys(&app, "digest").await.is_empty());
    app.clock().set(at(11, 0));
    tick(&app).await;
    assert_eq!(
        keys(&app, "digest").await,
        [format!("digest:{sao_paulo}:{monday}")]
    );
    app.clock().set(at(13, 0));
    tick(&app).await;
    app.clock().set(at(18, 0));
    tick(&app).await;
    assert_eq!(
        keys(&app, "digest").await,
        [
            format!("digest:{sao_paulo}:{monday}"),
            format!("digest:{bogota}:{monday}")
        ]
    );
    let body: String = sqlx::query_scalar("SELECT body FROM outbox WHERE kind = 'digest' LIMIT 1")
        .fetch_one(app.pool())
        .await
        .unwrap();
    for heading in [
        "New in the review queue",
        "Overdue trip reports",
        "Events that need review",
        "CROP opportunities closing within 14 days",
        "Messages that could not be sent",
    ] {
        assert!(body.contains(heading), "{heading}: {body}");
    }
    // The plan's rows that need review are listed.
    assert!(body.contains("LAC IGF 2023"), "{body}");
}

#[tokio::test]
async fn an_als_contact_is_nudged_a_month_before_the_review_queue_unless_leadership_turn_it_off() {
    let app = TestApp::with_clock(Utc::now()).await;
    app.login_as(Role::Leadership).await;
    let member = app
        .registry_member(
            "GT",
            "Lucía",
            Some("lucia@ejemplo.gt"),
            Some("es"),
            Some("active"),
        )
        .await;
    let als: i64 = sqlx::query_scalar("SELECT als_id FROM members WHERE id = ?")
        .bind(member)
        .fetch_one(app.pool())
        .await
        .unwrap();
    // Last engaged 6 months minus 20 days ago: in the review queue in 20 days.
    let today = Utc::now().date_naive();
    let last = lacralo_outreach::registry::review::cutoff(today, 6) + Duration::days(20);
    sqlx::query(
        "INSERT INTO engagements (als_id, kind, happened_on, created_at) VALUES (?, 'meeting', ?, ?)",
    )
    .bind(als)
    .bind(last.to_string())
    .bind("2026-01-01T00:00:00Z")
    .execute(app.pool())
    .await
    .unwrap();
    sqlx::query("UPDATE als SET contact_member_id = ? WHERE id = ?")
        .bind(member)
        .bind(als)
        .execute(app.pool())
        .await
        .unwrap();

    // Leadership turn the nudges off: nothing.
    let settings = app.get("/notifications/settings").await.text();
    assert!(settings.contains("name=\"als_nudges\""), "{settings}");
    let off = app
        .post_form(
            "/notifications/settings",
            &[
                ("crop_first_reminder_days", "7"),
                ("crop_last_reminder_days", "1"),
                ("report_reminder_days", "3"),
                ("webinar_first_hours", "24"),
                ("webinar_last_hours", "1"),
                ("digest_weekday", "1"),
                ("digest_hour", "8"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(off.status, StatusCode::SEE_OTHER, "{}", off.text());
    tick(&app).await;
    assert_eq!(count(&app, "als_nudge").await, 0);
    // Back on (a stale form is refused, nothing overwritten).
    let fields = [
        ("crop_first_reminder_days", "7"),
        ("crop_last_reminder_days", "1"),
        ("report_reminder_days", "3"),
        ("webinar_first_hours", "24"),
        ("webinar_last_hours", "1"),
        ("digest_weekday", "1"),
        ("digest_hour", "8"),
        ("als_nudges", "on"),
    ];
    let stale: Vec<(&str, &str)> = fields.iter().copied().chain([("version", "1")]).collect();
    assert_eq!(
        app.post_form("/notifications/settings", &stale)
            .await
            .status,
        StatusCode::CONFLICT
    );
    let fresh: Vec<(&str, &str)> = fields.iter().copied().chain([("version", "2")]).collect();
    assert_eq!(
        app.post_form("/notifications/settings", &fresh)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    app.clock().advance(Duration::hours(2));
    tick(&app).await;
    assert_eq!(
        keys(&app, "als_nudge").await,
        [format!("als-nudge:{als}:{last}")]
    );
    let (recipient, language): (String, String) =
        sqlx::query_as("SELECT recipient, language FROM outbox WHERE kind = 'als_nudge'")
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(
        (recipient.as_str(), language.as_str()),
        ("lucia@ejemplo.gt", "es")
    );
    app.clock().advance(Duration::hours(2));
    tick(&app).await;
    assert_eq!(count(&app, "als_nudge").await, 1, "once");
}

#[tokio::test]
async fn the_settings_form_reports_every_problem_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let response = app
        .post_form(
            "/notifications/settings",
            &[
                ("crop_first_reminder_days", "0"),
                ("crop_last_reminder_days", "1"),
                ("report_reminder_days", "abc"),
                ("webinar_first_hours", "2"),
                ("webinar_last_hours", "5"),
                ("digest_weekday", "1"),
                ("digest_hour", "8"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text();
    assert!(
        page.contains("Enter a whole number from 1 to 60."),
        "{page}"
    );
    assert!(page.contains("Enter a whole number from 1 to 30."));
    assert!(page.contains("The last reminder must come after the first"));
    assert!(page.contains("value=\"abc\""), "what was typed is kept");
    assert_eq!(
        app.count("SELECT version FROM notification_settings").await,
        1,
        "nothing saved"
    );
    // Members cannot reach it.
    let member = TestApp::sharing(&app);
    member.forget_cookies();
    member.login_as(Role::Member).await;
    assert_eq!(
        member.get("/notifications/settings").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_large_announcement_goes_in_batches_and_a_stopped_one_is_resumed() {
    let app = TestApp::with_clock(Utc::now()).await;
    app.login_as(Role::Leadership).await;
    // 1,200 eligible members in Jamaica (sub-region C): more than two batches.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200)
         INSERT INTO members (name, email, email_canonical, country, created_at, updated_at)
         SELECT 'Member ' || i, 'm' || i || '@example.org', 'm' || i || '@example.org', 'JM',
             '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z' FROM n",
    )
    .execute(app.pool())
    .await
    .unwrap();
    let (id, _, _) = opportunity(&app, 30).await;
    // The first batch went with the phase change; the rest follows at once, in batches.
    let started = std::time::Instant::now();
    while count(&app, "crop_announcement").await < 1200 {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "only {} announced",
            count(&app, "crop_announcement").await
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let key = format!("crop-announce:{id}:subregion");
    let finished = || async {
        sqlx::query_scalar::<_, Option<String>>("SELECT finished_at FROM fanouts WHERE key = ?")
            .bind(&key)
            .fetch_one(app.pool())
            .await
            .unwrap()
            .is_some()
    };
    while !finished().await {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    // A server stopped half-way: the scheduler finishes it, writing nobody twice.
    sqlx::query("UPDATE fanouts SET finished_at = NULL WHERE key = ?")
        .bind(&key)
        .execute(app.pool())
        .await
        .unwrap();
    sqlx::query(
        "DELETE FROM outbox WHERE kind = 'crop_announcement'
           AND id > (SELECT max(id) - 300 FROM outbox WHERE kind = 'crop_announcement')",
    )
    .execute(app.pool())
    .await
    .unwrap();
    assert_eq!(count(&app, "crop_announcement").await, 900);
    // One announcer per process (`crop::reminders::ANNOUNCING`): a tick that finds another
    // test's server announcing leaves it to the next tick, as a real second server would.
    for _ in 0..200 {
        tick(&app).await;
        if count(&app, "crop_announcement").await == 1200 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(count(&app, "crop_announcement").await, 1200);
    assert!(finished().await);
    assert_eq!(
        app.count("SELECT count(DISTINCT recipient) FROM outbox WHERE kind = 'crop_announcement'")
            .await,
        1200
    );
}
