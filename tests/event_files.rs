//! The events as files: the iCalendar feed (parsed back, not string-matched), the CSV
//! export and its round trip through the import, and the import's handling of bad files.

mod common;

use std::str::FromStr;

use axum::http::StatusCode;
use common::TestApp;
use icalendar::{Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};

fn parse_feed(text: &str) -> Calendar {
    Calendar::from_str(text).expect("the feed parses as iCalendar")
}

fn events(calendar: &Calendar) -> Vec<&icalendar::Event> {
    calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn the_ics_feed_has_stable_uids_date_values_zones_and_rising_sequences() {
    let app = TestApp::staff().await;
    let response = app.get("/events.ics?year=2023").await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.header("content-type").starts_with("text/calendar"));
    let calendar = parse_feed(&response.text());
    let feed = events(&calendar);
    let dated_2023 = app
        .count("SELECT count(*) FROM events WHERE year = 2023 AND date_precision = 'day'")
        .await;
    assert_eq!(feed.len() as i64, dated_2023, "TBD events are left out");
    assert!(feed.iter().all(|e| e.get_summary() != Some("LAC IGF 2023")));

    // All-day events are DATE values with an exclusive end.
    let canto = feed
        .iter()
        .find(|e| e.get_summary() == Some("CANTO 39th AGM"))
        .unwrap();
    assert_eq!(
        canto.get_start(),
        Some(DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2023, 2, 5).unwrap()
        ))
    );
    assert_eq!(
        canto.get_end(),
        Some(DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2023, 2, 6).unwrap()
        ))
    );
    let uid = canto.get_uid().unwrap().to_owned();
    assert_eq!(canto.get_sequence(), Some(0));

    // A timed event carries its zone, and the feed describes that zone.
    let id = app
        .create_event(&[
            ("title", "UA webinar for universities"),
            ("kind", "webinar"),
            ("start_date", "2023-10-10"),
            ("start_time", "14:00"),
            ("time_zone", "America/Sao_Paulo"),
            ("online", "on"),
        ])
        .await;
    let calendar = parse_feed(&app.get("/events.ics?year=2023").await.text());
    let feed = events(&calendar);
    let webinar = feed
        .iter()
        .find(|e| e.get_summary() == Some("UA webinar for universities"))
        .unwrap();
    match webinar.get_start() {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => {
            assert_eq!(tzid, "America/Sao_Paulo");
            assert_eq!(date_time.to_string(), "2023-10-10 14:00:00");
        }
        other => panic!("expected a zoned start, got {other:?}"),
    }
    let zones: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Other(o) if o.component_kind() == "VTIMEZONE" => Some(o),
            _ => None,
        })
        .collect();
    assert_eq!(zones.len(), 1);
    assert_eq!(zones[0].property_value("TZID"), Some("America/Sao_Paulo"));

    // Moving CANTO's date raises its sequence; its UID stays.
    let canto_id = app.event_id_by_title("CANTO 39th AGM").await;
    let version = app.event_version(canto_id).await.to_string();
    let moved = app
        .post_form(
            &format!("/events/{canto_id}"),
            &[
                ("version", &version),
                ("title", "CANTO 39th AGM"),
                ("kind", "conference"),
                ("relevance", "unclassified"),
                ("status", "planned"),
                ("date_precision", "day"),
                ("start_date", "2023-02-06"),
                ("reason", "Moved by a day"),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let calendar = parse_feed(&app.get("/events.ics?year=2023").await.text());
    let canto = events(&calendar)
        .into_iter()
        .find(|e| e.get_summary() == Some("CANTO 39th AGM"))
        .cloned()
        .unwrap();
    assert_eq!(canto.get_uid(), Some(uid.as_str()));
    assert_eq!(canto.get_sequence(), Some(1));
    assert_eq!(
        canto.get_start(),
        Some(DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2023, 2, 6).unwrap()
        ))
    );

    // The feed takes the list's filters.
    let calendar = parse_feed(&app.get("/events.ics?year=2023&kind=webinar").await.text());
    assert!(events(&calendar).iter().all(|e| {
        e.get_summary()
            .unwrap_or("")
            .to_lowercase()
            .contains("webinar")
    }));
    assert!(
        events(&calendar)
            .iter()
            .any(|e| e.get_url() == Some(&format!("http://127.0.0.1:3000/events/{id}")[..]))
    );
}

#[tokio::test]
async fn an_export_imports_back_to_the_same_events() {
    let app = TestApp::staff().await;
    app.create_event(&[
        ("title", "Round trip, \"quoted\" forum"),
        ("kind", "meeting"),
        ("relevance", "lacralo_involved"),
        ("status", "confirmed"),
        ("start_date", "2024-03-04"),
        ("end_date", "2024-03-06"),
        ("start_time", "08:15"),
        ("time_zone", "America/Bogota"),
        ("city", "Bogotá"),
        ("country", "CO"),
        ("organiser", "LACNIC"),
        ("url", "https://example.org/forum?a=1&b=2"),
        (
            "notes",
            "=HYPERLINK(\"https://evil.example\")\nLine two, with a comma",
        ),
    ])
    .await;
    app.create_event(&[
        ("title", "Round trip month"),
        ("date_precision", "month"),
        ("month", "2024-07"),
    ])
    .await;
    app.create_event(&[
        ("title", "Round trip year"),
        ("date_precision", "tbd"),
        ("year", "2024"),
    ])
    .await;
    let export = app.get("/events.csv?year=2024").await;
    assert_eq!(export.status, StatusCode::OK);
    assert!(export.header("content-disposition").contains("attachment"));
    let original = export.text();
    assert_eq!(
        original.lines().next().unwrap(),
        "uid,title,kind,relevance,status,organiser,city,country,online,date,start_date,end_date,month,year,start_time,time_zone,url,notes"
    );

    // A cell a spreadsheet would run as a formula is exported defused.
    assert!(original.contains("\"'=HYPERLINK("));

    // Delete them, import the export, and export again: the same file.
    sqlx::query("DELETE FROM events WHERE year = 2024")
        .execute(app.pool())
        .await
        .unwrap();
    let upload = app
        .post_upload("/events/import", &[], "export.csv", original.as_bytes())
        .await;
    assert_eq!(upload.status, StatusCode::SEE_OTHER, "{}", upload.text());
    let preview_url = upload.location();
    let preview = app.get(&preview_url).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(preview.text().contains("Import all 3 rows"));
    let confirm = app.post_form(&preview_url, &[]).await;
    assert_eq!(confirm.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get("/events.csv?year=2024").await.text(), original);
    let notes: String =
        sqlx::query_scalar("SELECT notes FROM events WHERE title LIKE 'Round trip, %'")
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert!(
        notes.starts_with("=HYPERLINK("),
        "the import restores the text: {notes}"
    );

    // Confirming twice imports nothing more.
    let again = app.post_form(&preview_url, &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(
        app.count("SELECT count(*) FROM events WHERE year = 2024")
            .await,
        3
    );

    // Importing the same export again is refused row by row: the UIDs exist.
    let upload = app
        .post_upload("/events/import", &[], "export.csv", original.as_bytes())
        .await;
    let preview = app.get(&upload.location()).await.text();
    assert!(preview.contains("an event with this uid is already in the calendar"));
    assert!(preview.contains("Nothing can be imported yet"));
}

#[tokio::test]
async fn the_import_flags_what_it_assumed_like_the_plans_list() {
    let app = TestApp::staff().await;
    let csv = "title,date\nLAC IGF 2025,placeholder\nRoadshow Belize,25/5/25\nOld one,1/16/24\nCARTICOM ICT Meeting,11/30/25\n";
    let upload = app
        .post_upload(
            "/events/import",
            &[("list_year", "2025")],
            "plan.csv",
            csv.as_bytes(),
        )
        .await;
    assert_eq!(upload.status, StatusCode::SEE_OTHER, "{}", upload.text());
    let preview = app.get(&upload.location()).await.text();
    assert!(preview.contains("4 rows"));
    assert!(preview.contains("3 to review"));
    assert!(preview.contains("read as day/month/year: 2025-05-25"));
    assert!(preview.contains("is not in 2025, the year of the list"));
    assert!(preview.contains("The country (Belize) was taken from the title."));
    let confirm = app.post_form(&upload.location(), &[]).await;
    assert_eq!(confirm.status, StatusCode::SEE_OTHER);
    assert_eq!(confirm.location(), "/events?year=all&review=1");
    let list = app.get(&confirm.location()).await.text();
    assert!(list.contains("4 events imported."));
    assert!(
        list.contains("Roadshow Belize")
            && list.contains("LAC IGF 2025")
            && list.contains("Old one")
    );
    assert!(
        !list.contains("CARTICOM ICT Meeting"),
        "a plain row is not flagged"
    );
}

#[tokio::test]
async fn bad_files_get_clear_errors_and_nothing_is_stored() {
    let app = TestApp::staff().await;
    let before = app.count("SELECT count(*) FROM events").await;
    let batches = || app.count("SELECT count(*) FROM import_batches");

    // 10 MB.
    let big = format!(
        "title,date\n{}",
        "Forum,2023-03-11\n".repeat(10 * 1024 * 1024 / 17)
    );
    let response = app
        .post_upload("/events/import", &[], "big.csv", big.as_bytes())
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text()
            .contains("The file is 10.0 MB; the limit is 2 MB.")
    );

    // Wrong columns.
    let response = app
        .post_upload(
            "/events/import",
            &[("list_year", "2023")],
            "cols.csv",
            b"name,when\nForum,2023-03-11\n",
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text();
    assert!(html.contains("Unknown columns: name, when."));
    assert!(
        html.contains("value=\"2023\""),
        "the form keeps the year typed"
    );
    let response = app
        .post_upload("/events/import", &[], "nocol.csv", b"date\n2023-03-11\n")
        .await;
    assert!(response.text().contains("The file has no “title” column."));

    // Not UTF-8 (Latin-1 "Bogotá").
    let latin1: Vec<u8> = b"title,date\nForo Bogot\xe1,2023-03-11\n".to_vec();
    let response = app
        .post_upload("/events/import", &[], "latin1.csv", &latin1)
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().contains("The file is not UTF-8 text."));

    // Unbalanced rows.
    let response = app
        .post_upload(
            "/events/import",
            &[],
            "ragged.csv",
            b"title,date\nForum,2023-03-11,extra\n",
        )
        .await;
    assert!(response.text().contains("is not valid CSV near line 2"));

    // Empty, and no file at all.
    let response = app
        .post_upload("/events/import", &[], "empty.csv", b"title,date\n")
        .await;
    assert!(response.text().contains("The file has no rows of events."));
    let response = app
        .post_upload("/events/import", &[], "none.csv", b"")
        .await;
    assert!(response.text().contains("Choose a CSV file to upload."));
    assert_eq!(batches().await, 0);

    // One bad row among good ones: the preview says which, and nothing is imported.
    let csv = "title,start_date,country\nGood forum,2023-03-11,MX\nBad date,2023-02-30,MX\nBad place,2023-03-12,Narnia\n";
    let upload = app
        .post_upload("/events/import", &[], "rows.csv", csv.as_bytes())
        .await;
    assert_eq!(upload.status, StatusCode::SEE_OTHER);
    let preview = app.get(&upload.location()).await.text();
    assert!(preview.contains("2 rows with errors"));
    assert!(preview.contains("start_date: Enter a real date, like 2023-03-11."));
    assert!(preview.contains("country: “Narnia” is not a country or territory of the LAC region."));
    assert!(!preview.contains("Import all"));
    let forced = app.post_form(&upload.location(), &[]).await;
    assert_eq!(forced.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT count(*) FROM events").await,
        before,
        "nothing half-imported"
    );

    // The same checks, in Spanish.
    app.always_send("accept-language", "es-AR,es;q=0.9");
    let response = app
        .post_upload("/events/import", &[], "latin1.csv", &latin1)
        .await;
    assert!(response.text().contains("El archivo no es texto UTF-8."));
}
