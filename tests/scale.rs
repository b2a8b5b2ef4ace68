//! What the load benchmark (bench/) made the pages do, through HTTP: rendered pages kept
//! until the next write and revalidated by ETag, never shown to anyone but the viewer they
//! were made for; long lists in pages; the calendar's bounded scan still finding long
//! events; the feed's window and the export's completeness.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::TestApp;
use lacralo_outreach::web::auth::Role;

async fn get_with_etag(app: &TestApp, path: &str, etag: &str) -> common::TestResponse {
    app.send(
        Request::get(path)
            .header(header::IF_NONE_MATCH, etag)
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn an_unchanged_page_is_not_sent_again_and_a_write_changes_it_at_once() {
    let app = TestApp::staff().await;
    // The page after logging in shows the welcome message: it is not kept (see below).
    app.get("/").await;
    // A logged-in person's pages are never stored by the browser (the security issue):
    // revalidation is for visitors' pages.
    assert_eq!(
        app.get("/events?year=2023").await.header("cache-control"),
        "no-store"
    );
    let visitor = TestApp::sharing(&app);
    let first = visitor.get("/events?year=2023").await;
    assert_eq!(first.status, StatusCode::OK);
    let etag = first.header("etag");
    assert!(etag.starts_with("W/\""), "a validator: {etag:?}");
    assert_eq!(first.header("cache-control"), "private, no-cache");

    let again = get_with_etag(&visitor, "/events?year=2023", &etag).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.bytes.is_empty());
    assert_eq!(again.header("etag"), etag);

    // A write: the next request (the very one after the redirect) sees it.
    app.create_event(&[
        ("title", "Foro de gobernanza de Internet Quito"),
        ("start_date", "2023-10-04"),
        ("end_date", "2023-10-05"),
        ("country", "EC"),
    ])
    .await;
    let after = get_with_etag(&visitor, "/events?year=2023", &etag).await;
    assert_eq!(after.status, StatusCode::OK);
    assert!(
        after
            .text()
            .contains("Foro de gobernanza de Internet Quito")
    );
    assert_ne!(after.header("etag"), etag);

    // Another browser sees it too.
    let other = TestApp::sharing(&app);
    let fresh = other.get("/events/calendar?year=2023&month=10").await;
    assert!(
        fresh
            .text()
            .contains("Foro de gobernanza de Internet Quito")
    );
}

#[tokio::test]
async fn a_kept_page_reaches_only_the_viewer_it_was_made_for() {
    let staff = TestApp::staff().await;
    let staff_page = staff.get("/events?year=2023").await.text();
    let staff_token = staff.cookie("lacralo_csrf").unwrap();
    assert!(staff_page.contains("bulk-form") && staff_page.contains(&staff_token));

    // The same address, anonymously: no staff tools, no one else's token.
    let visitor = TestApp::sharing(&staff);
    let public = visitor.get("/events?year=2023").await.text();
    assert!(
        !public.contains("bulk-form"),
        "staff tools shown to a visitor"
    );
    assert!(!public.contains(&staff_token));
    assert!(!public.contains("/logout"));

    // Another staff member: their own token in the forms, their own name.
    let colleague = TestApp::sharing(&staff);
    colleague
        .create_user(
            "colega@example.org",
            Role::GseStaff,
            "marimba volcano lantern 1987",
        )
        .await;
    colleague
        .login("colega@example.org", "marimba volcano lantern 1987")
        .await;
    let theirs = colleague.get("/events?year=2023").await.text();
    let their_token = colleague.cookie("lacralo_csrf").unwrap();
    assert!(theirs.contains("bulk-form") && theirs.contains(&their_token));
    assert!(!theirs.contains(&staff_token));

    // A page with a form for visitors: each gets the token their own cookie carries.
    let first = TestApp::sharing(&staff);
    let second = TestApp::sharing(&staff);
    let (a, b) = (first.get("/login").await, second.get("/login").await);
    let (token_a, token_b) = (
        first.cookie("lacralo_csrf").unwrap(),
        second.cookie("lacralo_csrf").unwrap(),
    );
    assert_ne!(token_a, token_b);
    assert!(a.text().contains(&token_a) && b.text().contains(&token_b));
    let a_again = first.get("/login").await.text();
    assert!(a_again.contains(&token_a) && !a_again.contains(&token_b));
}

#[tokio::test]
async fn a_message_is_shown_once_even_on_a_kept_page() {
    let app = TestApp::staff().await;
    let id = app
        .create_event(&[
            ("title", "Taller de aceptación universal"),
            ("start_date", "2023-08-10"),
            ("end_date", "2023-08-10"),
        ])
        .await;
    let shown = app.get(&format!("/events/{id}")).await.text();
    assert!(shown.contains("Event created."));
    let later = app.get(&format!("/events/{id}")).await.text();
    assert!(!later.contains("Event created."));
    assert!(later.contains("Taller de aceptación universal"));
}

/// 250 dated events in 2031, "Evento 001" on 1 January onwards, one a day.
async fn fill_2031(app: &TestApp) {
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250)
         INSERT INTO events (uid, title, kind, date_precision, year, month, start_date,
             end_date, created_at, updated_at)
         SELECT 'paging-' || i, 'Evento ' || printf('%03d', i), 'meeting', 'day', 2031,
             CAST(strftime('%m', date('2031-01-01', '+' || (i - 1) || ' days')) AS INTEGER),
             date('2031-01-01', '+' || (i - 1) || ' days'),
             date('2031-01-01', '+' || (i - 1) || ' days'),
             '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
         FROM n",
    )
    .execute(app.pool())
    .await
    .unwrap();
}

#[tokio::test]
async fn a_long_list_comes_in_pages_that_keep_the_filters() {
    let app = TestApp::new().await;
    fill_2031(&app).await;
    let first = app.get("/events?year=2031").await.text();
    assert!(first.contains("250 events"), "the count is of all of them");
    assert!(first.contains("Page 1 of 3"));
    assert!(first.contains("Evento 100") && !first.contains("Evento 101"));
    // (askama writes `&` as `&#38;`.)
    assert!(first.contains("href=\"/events?year=2031&#38;page=2\""));

    let third = app.get("/events?year=2031&page=3").await.text();
    assert!(third.contains("Page 3 of 3"));
    assert!(third.contains("Evento 201") && third.contains("Evento 250"));
    assert!(!third.contains("Evento 200"));
    assert!(third.contains("href=\"/events?year=2031&#38;page=2\""));

    // Filters stay in the links; a narrower filter has fewer pages.
    let june = app.get("/events?year=2031&month=6").await.text();
    assert!(june.contains("30 events") && !june.contains("Page 1 of"));

    // Past the end: the last page. Not a page number: a bad request.
    let beyond = app.get("/events?year=2031&page=99").await.text();
    assert!(beyond.contains("Page 3 of 3"));
    for bad in ["0", "-1", "two"] {
        assert_eq!(
            app.get(&format!("/events?year=2031&page={bad}"))
                .await
                .status,
            StatusCode::BAD_REQUEST,
            "page={bad}"
        );
    }

    // The export is every event, not a page; the feed for the year holds them all too.
    let csv = app.get("/events.csv?year=2031").await.text();
    assert_eq!(csv.lines().filter(|l| l.contains("Evento ")).count(), 250);
    let ics = app.get("/events.ics?year=2031").await.text();
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 250);
}

#[tokio::test]
async fn the_calendar_finds_events_that_began_months_before() {
    let app = TestApp::staff().await;
    app.create_event(&[
        ("title", "Programa de becas de un trimestre"),
        ("start_date", "2031-01-10"),
        ("end_date", "2031-04-20"),
    ])
    .await;
    app.create_event(&[
        ("title", "Cruza el fin de febrero"),
        ("start_date", "2031-02-27"),
        ("end_date", "2031-03-02"),
    ])
    .await;
    app.create_event(&[
        ("title", "Termina en febrero"),
        ("start_date", "2031-02-20"),
        ("end_date", "2031-02-28"),
    ])
    .await;
    let march = app.get("/events/calendar?year=2031&month=3").await.text();
    assert!(march.contains("Programa de becas de un trimestre"));
    assert!(march.contains("Cruza el fin de febrero"));
    assert!(!march.contains("Termina en febrero"));
    let may = app.get("/events/calendar?year=2031&month=5").await.text();
    assert!(!may.contains("Programa de becas de un trimestre"));
}

#[tokio::test]
async fn the_feed_without_a_year_runs_from_last_year_on() {
    let app = TestApp::staff().await;
    let this_year = chrono::Utc::now().date_naive().format("%Y").to_string();
    let next_year = (this_year.parse::<i32>().unwrap() + 1).to_string();
    app.create_event(&[
        ("title", "Reunión de hace tiempo"),
        ("start_date", "2015-05-05"),
        ("end_date", "2015-05-05"),
    ])
    .await;
    let soon = format!("{next_year}-03-03");
    app.create_event(&[
        ("title", "Reunión del año próximo"),
        ("start_date", &soon),
        ("end_date", &soon),
    ])
    .await;
    let feed = app.get("/events.ics").await.text();
    assert!(feed.contains("Reunión del año próximo"));
    assert!(!feed.contains("Reunión de hace tiempo"));
    let old = app.get("/events.ics?year=2015").await.text();
    assert!(old.contains("Reunión de hace tiempo"));
}

#[tokio::test]
async fn the_review_queue_comes_in_pages_longest_silence_first() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    // 130 ALSs accredited on consecutive days of 2010, never heard from since.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 130)
         INSERT INTO als (name, name_key, country, accredited_on, created_at, updated_at)
         SELECT 'Silenciosa ' || printf('%03d', i), 'silenciosa ' || i, 'AR',
             date('2010-01-01', '+' || i || ' days'), '2010-01-01T00:00:00Z',
             '2010-01-01T00:00:00Z'
         FROM n",
    )
    .execute(app.pool())
    .await
    .unwrap();
    let first = app.get("/als/review").await.text();
    assert!(first.contains("Page 1 of 2"));
    assert!(first.contains("Silenciosa 001") && first.contains("Silenciosa 100"));
    assert!(!first.contains("Silenciosa 101"));
    let second = app.get("/als/review?months=12&page=2").await.text();
    assert!(second.contains("Silenciosa 130") && !second.contains("Silenciosa 100"));
}

#[tokio::test]
async fn static_files_come_from_memory_with_their_validators() {
    let app = TestApp::new().await;
    let css = app.get("/static/app.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
    assert_eq!(
        css.header("cache-control"),
        "public, max-age=31536000, immutable"
    );
    let on_disk = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/static/app.css")).unwrap();
    assert_eq!(css.bytes, on_disk);
    let again = get_with_etag(&app, "/static/app.css", &css.header("etag")).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert_eq!(
        app.get("/static/app.js").await.header("content-type"),
        "text/javascript; charset=utf-8"
    );
    for missing in ["/static/nothing.css", "/static/../Cargo.toml", "/static/"] {
        assert_eq!(
            app.get(missing).await.status,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
}

#[tokio::test]
async fn reading_pages_does_not_write_the_login_session() {
    let app = TestApp::staff().await;
    let sessions = || async {
        sqlx::query_as::<_, (String, Vec<u8>, String)>(
            "SELECT id, data, expiry_date FROM tower_sessions ORDER BY id",
        )
        .fetch_all(app.pool())
        .await
        .unwrap()
    };
    let after_login = sessions().await;
    assert_eq!(after_login.len(), 1);
    for path in ["/", "/events?year=2023", "/events/calendar", "/coverage"] {
        assert_eq!(app.get(path).await.status, StatusCode::OK, "{path}");
    }
    assert_eq!(
        sessions().await,
        after_login,
        "a page view saved the session (a database write per request)"
    );
    // Still logged in: the staff tools are there.
    assert!(app.get("/events/new").await.status == StatusCode::OK);
}

#[tokio::test]
async fn the_als_list_comes_in_pages_that_keep_the_filters() {
    let app = TestApp::new().await;
    // 250 active ALSs in Argentina and 30 on standby in Brazil.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 280)
         INSERT INTO als (name, name_key, country, status, created_at, updated_at)
         SELECT CASE WHEN i <= 250 THEN 'Asociación ' || printf('%03d', i)
                     ELSE 'Enespera ' || printf('%03d', i - 250) END,
             'paging ' || i, CASE WHEN i <= 250 THEN 'AR' ELSE 'BR' END,
             CASE WHEN i <= 250 THEN 'active' ELSE 'standby' END,
             '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'
         FROM n",
    )
    .execute(app.pool())
    .await
    .unwrap();
    let first = app.get("/als").await.text();
    assert!(first.contains("250 ALSs"), "the count is of all of them");
    assert!(first.contains("Page 1 of 3"));
    assert!(first.contains("Asociación 001") && first.contains("Asociación 100"));
    assert!(!first.contains("Asociación 101"));
    assert!(first.contains("href=\"/als?page=2\""));

    let third = app.get("/als?page=3").await.text();
    assert!(third.contains("Asociación 201") && third.contains("Asociación 250"));
    assert!(!third.contains("Asociación 200"));

    // Filters stay in the links.
    let argentina = app.get("/als?country=ar&page=2").await.text();
    assert!(argentina.contains("Page 2 of 3"));
    assert!(argentina.contains("Asociación 101") && !argentina.contains("Asociación 100"));
    assert!(argentina.contains("href=\"/als?country=AR&#38;page=1\""));
    assert!(argentina.contains("href=\"/als?country=AR&#38;page=3\""));
    let every = app.get("/als?status=all&page=3").await.text();
    assert!(every.contains("280 ALSs") && every.contains("Page 3 of 3"));
    assert!(
        every.contains("Enespera 030") && every.contains("href=\"/als?status=all&#38;page=2\"")
    );
    let standby = app.get("/als?status=standby").await.text();
    assert!(standby.contains("30 ALSs") && !standby.contains("Page 1 of"));

    for bad in ["0", "-1", "two"] {
        assert_eq!(
            app.get(&format!("/als?page={bad}")).await.status,
            StatusCode::BAD_REQUEST,
            "page={bad}"
        );
    }
    // The dated list of active ALSs is every one of them, not a page.
    let csv = app.get("/als.csv").await.text();
    assert_eq!(
        csv.lines().filter(|l| l.contains("Asociación ")).count(),
        250
    );
}

#[tokio::test]
async fn the_member_list_comes_in_pages_that_keep_the_filters() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    // 250 active individual members in Argentina, 20 inactive ones.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 270)
         INSERT INTO members (name, country, active, created_at, updated_at)
         SELECT CASE WHEN i <= 250 THEN 'Miembro ' || printf('%03d', i)
                     ELSE 'Retirado ' || printf('%03d', i - 250) END,
             'AR', i <= 250, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'
         FROM n",
    )
    .execute(app.pool())
    .await
    .unwrap();
    let first = app.get("/members").await.text();
    assert!(first.contains("250 members") && first.contains("Page 1 of 3"));
    assert!(first.contains("Miembro 100") && !first.contains("Miembro 101"));
    assert!(first.contains("href=\"/members?page=2\""));

    let third = app.get("/members?country=AR&page=3").await.text();
    assert!(third.contains("Page 3 of 3"));
    assert!(third.contains("Miembro 201") && third.contains("Miembro 250"));
    assert!(!third.contains("Miembro 200") && !third.contains("Retirado"));
    assert!(third.contains("href=\"/members?country=AR&#38;page=2\""));

    let all = app.get("/members?all=1&page=3").await.text();
    assert!(all.contains("270 members") && all.contains("Retirado 020"));
    assert!(all.contains("href=\"/members?all=1&#38;page=2\""));
    let search = app.get("/members?q=Miembro+00").await.text();
    assert!(search.contains("9 members") && !search.contains("Page 1 of"));

    assert_eq!(
        app.get("/members?page=0").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn past_webinars_come_in_pages_after_every_upcoming_one() {
    let app = TestApp::new().await;
    // 250 held webinars in 2020, "Seminario 001" on 1 January onwards; 3 planned in 2099.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 253)
         INSERT INTO events (uid, title, kind, date_precision, year, month, start_date,
             end_date, start_time, time_zone, status, created_at, updated_at)
         SELECT 'paging-w-' || i,
             CASE WHEN i <= 250 THEN 'Seminario ' || printf('%03d', i)
                  ELSE 'Próximo ' || (i - 250) END,
             'webinar', 'day', CAST(strftime('%Y', d) AS INTEGER),
             CAST(strftime('%m', d) AS INTEGER), d, d, '15:00', 'America/Bogota',
             CASE WHEN i <= 250 THEN 'held' ELSE 'planned' END,
             '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'
         FROM (SELECT i, CASE WHEN i <= 250 THEN date('2020-01-01', '+' || (i - 1) || ' days')
                              ELSE date('2099-01-01', '+' || i || ' days') END AS d FROM n)",
    )
    .execute(app.pool())
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO webinars (event_id, starts_at, duration_minutes, languages)
         SELECT id, start_date || 'T20:00:00Z', 60, 'es' FROM events
         WHERE uid LIKE 'paging-w-%'",
    )
    .execute(app.pool())
    .await
    .unwrap();

    // The first page: every upcoming one, then the most recent past ones (the seeded
    // webinars of the fixtures are more recent than 2020).
    let first = app.get("/webinars").await.text();
    assert!(first.contains("id=\"upcoming-h\""));
    assert!(first.contains("Próximo 1") && first.contains("Próximo 3"));
    assert!(first.contains("Page 1 of 3"));
    assert!(first.contains("href=\"/webinars?page=2\""));
    let upcoming_at = first.find("Próximo 1").unwrap();
    assert!(upcoming_at < first.find("Seminario 2").unwrap());
    // Later pages: past ones only.
    let third = app.get("/webinars?page=3").await.text();
    assert!(!third.contains("id=\"upcoming-h\"") && !third.contains("Próximo"));
    assert!(third.contains("Seminario 001") && third.contains("href=\"/webinars?page=2\""));

    // A year's past webinars, 100 a page, the most recent first; the filters stay in the
    // links.
    let year = app.get("/webinars?year=2020").await.text();
    assert!(year.contains("Page 1 of 3") && year.contains("(250)"));
    assert!(year.contains("Seminario 250") && year.contains("Seminario 151"));
    assert!(!year.contains("Seminario 150") && !year.contains("Próximo"));
    let second = app
        .get("/webinars?year=2020&language=es&page=2")
        .await
        .text();
    assert!(second.contains("Page 2 of 3"));
    assert!(second.contains("Seminario 150") && second.contains("Seminario 051"));
    assert!(!second.contains("Seminario 151") && !second.contains("Seminario 050"));
    assert!(second.contains("href=\"/webinars?language=es&#38;year=2020&#38;page=3\""));
    assert!(second.contains("href=\"/webinars?language=es&#38;year=2020&#38;page=1\""));

    assert_eq!(
        app.get("/webinars?page=0").await.status,
        StatusCode::BAD_REQUEST
    );
    // The calendar of a year is every one of them, not a page; the subscription without a
    // year rolls on from last year (the upcoming ones, not 2020's).
    let ics = app.get("/webinars.ics?year=2020").await.text();
    assert_eq!(ics.matches("SUMMARY:Seminario ").count(), 250);
    let rolling = app.get("/webinars.ics").await.text();
    assert_eq!(rolling.matches("SUMMARY:Seminario ").count(), 0);
    assert_eq!(rolling.matches("SUMMARY:Próximo ").count(), 3);
}
