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
    let first = app.get("/events?year=2023").await;
    assert_eq!(first.status, StatusCode::OK);
    let etag = first.header("etag");
    assert!(etag.starts_with("W/\""), "a validator: {etag:?}");
    assert_eq!(first.header("cache-control"), "private, no-cache");

    let again = get_with_etag(&app, "/events?year=2023", &etag).await;
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
    let after = get_with_etag(&app, "/events?year=2023", &etag).await;
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
