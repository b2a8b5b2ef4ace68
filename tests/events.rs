//! The events calendar through HTTP: the plan's events, listing and filtering, creating,
//! editing with the date history and the conflict case, deleting, bulk classification.

mod common;

use std::str::FromStr;

use axum::http::StatusCode;
use common::{TestApp, texts_with_class};
use icalendar::Component;

#[tokio::test]
async fn the_plans_events_are_loaded_as_written_with_doubtful_rows_flagged() {
    let app = TestApp::staff().await;
    assert_eq!(
        app.count("SELECT count(*) FROM events").await,
        57,
        "every row of the plan's list"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM events WHERE relevance <> 'unclassified'")
            .await,
        0,
        "the plan's colours did not survive into text"
    );

    // 25/5/23 can only be day-first: read so, and flagged.
    let roadshow: (String, bool, String) = sqlx::query_as(
        "SELECT start_date, needs_review, review_note FROM events WHERE title = 'First LAC Roadshow Honduras Tegucigalpa'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(roadshow.0, "2023-05-25");
    assert!(roadshow.1);
    assert!(
        roadshow.2.contains("day-first|25/5/23|2023-05-25"),
        "{}",
        roadshow.2
    );

    // 1/16/22 in a 2023 list: kept as written, flagged.
    let ucc: (String, bool, String) = sqlx::query_as(
        "SELECT start_date, needs_review, review_note FROM events WHERE title = 'UCC ICANN101' ORDER BY start_date LIMIT 1",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(ucc.0, "2022-01-16");
    assert!(ucc.1);
    assert!(ucc.2.contains("year-outside-list"));

    // `placeholder`: no date, to be confirmed within 2023, never on a made-up day.
    let igf: (String, Option<String>, i64, bool) = sqlx::query_as(
        "SELECT date_precision, start_date, year, needs_review FROM events WHERE title = 'LAC IGF 2023'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(
        (igf.0.as_str(), igf.1, igf.2, igf.3),
        ("tbd", None, 2023, true)
    );

    // The place in the name: taken, and said.
    let rightscon: (Option<String>, bool) = sqlx::query_as(
        "SELECT country, needs_review FROM events WHERE title = 'RightsCon Costa Rica'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(rightscon, (Some("CR".to_owned()), true));

    // A plain row is not flagged.
    let canto: (String, bool) = sqlx::query_as(
        "SELECT start_date, needs_review FROM events WHERE title = 'CANTO 39th AGM'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(canto, ("2023-02-05".to_owned(), false));

    // The list shows the flagged rows until someone edits them.
    let flagged = app
        .count("SELECT count(*) FROM events WHERE needs_review = 1")
        .await;
    let page = app.get("/events?year=all&review=1").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert_eq!(
        html.matches("class=\"badge review\"").count() as i64,
        flagged
    );
    assert!(html.contains("First LAC Roadshow Honduras Tegucigalpa"));
    assert!(
        html.contains("cannot be month/day/year, so it was read as day/month/year: 2023-05-25")
    );
    assert!(!html.contains("CANTO 39th AGM"));

    // Editing the event clears its flag.
    let id = app.event_id_by_title("RightsCon Costa Rica").await;
    let version = app.event_version(id).await.to_string();
    let saved = app
        .post_form(
            &format!("/events/{id}"),
            &[
                ("version", &version),
                ("title", "RightsCon Costa Rica"),
                ("kind", "conference"),
                ("relevance", "crop_candidate"),
                ("status", "held"),
                ("date_precision", "day"),
                ("start_date", "2023-06-05"),
                ("end_date", "2023-06-08"),
                ("city", "San José"),
                ("country", "CR"),
                ("reason", "The conference ran for four days."),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert_eq!(
        app.count(&format!("SELECT needs_review FROM events WHERE id = {id}"))
            .await,
        0
    );
}

#[tokio::test]
async fn the_list_groups_by_month_and_puts_undated_events_apart() {
    let app = TestApp::staff().await;
    let html = app.get("/events?year=2023").await.text();
    let headings: Vec<String> = html
        .match_indices("<h2 id=\"")
        .map(|(i, _)| {
            let start = html[i..].find('>').unwrap() + i + 1;
            let end = html[start..].find('<').unwrap() + start;
            html[start..end].to_owned()
        })
        .collect();
    assert_eq!(headings.first().map(String::as_str), Some("February 2023"));
    assert_eq!(
        headings.last().map(String::as_str),
        Some("2023: date to be confirmed")
    );
    assert!(headings.contains(&"December 2023".to_owned()));
    // LAC IGF 2023 sits in the undated group, not in any month.
    let undated_start = html.find("id=\"tbd-2023\"").expect("undated group");
    assert!(html[undated_start..].contains("LAC IGF 2023"));
    assert!(!html[..undated_start].contains("LAC IGF 2023"));

    // Without a year the list shows a year that has events (2023 here, not an empty year).
    let default = app.get("/events").await.text();
    assert!(default.contains("CANTO 39th AGM"));
    // The 2022 row is in 2022.
    assert!(
        app.get("/events?year=2022")
            .await
            .text()
            .contains("UCC ICANN101")
    );
}

#[tokio::test]
async fn filters_narrow_the_list_and_live_in_the_url() {
    let app = TestApp::staff().await;
    let march = app.get("/events?year=2023&month=3").await.text();
    assert!(march.contains("ICANN76 LAC Readout session"));
    assert!(!march.contains("CANTO 39th AGM"));
    assert!(march.contains("10 events"));

    let search = app.get("/events?year=all&q=caribnog").await.text();
    assert!(search.contains("CaribNOG 25") && search.contains("CaribNOG 26"));
    assert!(search.contains("Technical Workshop - Chief Technical Advisors Caribnog CTU"));
    assert!(!search.contains("CANTO 39th AGM"));

    let webinars = app.get("/events?year=2023&kind=webinar").await.text();
    assert!(webinars.contains("LACRALO 1st Capacity Development Webinar"));
    assert!(!webinars.contains("CaribNOG 25"));

    let barbados = app.get("/events?year=2023&country=BB").await.text();
    assert!(barbados.contains("CTU ICT Week - Barbados"));
    assert!(!barbados.contains("RightsCon Costa Rica"));

    // Sub-region A (Central America and Mexico) holds Costa Rica, Honduras and Mexico.
    let sub_a = app
        .get("/events?year=2023&subregion=A")
        .await
        .text()
        .replace("&#38;", "&amp;");
    assert!(sub_a.contains("RightsCon Costa Rica"));
    assert!(sub_a.contains("First LAC Roadshow Honduras Tegucigalpa"));
    assert!(!sub_a.contains("CTU ICT Week - Barbados"));

    // The export carries the same filters; the subscription too, but not the year: it
    // rolls on from last year.
    assert!(sub_a.contains("/events.ics?subregion=A\""), "{sub_a}");
    assert!(sub_a.contains("webcal://127.0.0.1:3000/events.ics?subregion=A"));
    assert!(sub_a.contains("/events.csv?year=2023&amp;subregion=A"));

    // A filter value that cannot exist is a clear error page, not a crash.
    for bad in [
        "/events?year=abc",
        "/events?month=13",
        "/events?relevance=nope",
        "/events?country=ZZ",
    ] {
        let response = app.get(bad).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(
            response
                .text()
                .contains("filters in the address has a value that does not exist")
        );
    }
}

#[tokio::test]
async fn creating_an_event_shows_it_in_the_list_and_calendar() {
    let app = TestApp::staff().await;
    let id = app
        .create_event(&[
            ("title", "DNSSEC workshop <Lima>"),
            ("kind", "training"),
            ("relevance", "lacralo_involved"),
            ("start_date", "2023-11-21"),
            ("end_date", "2023-11-22"),
            ("start_time", "09:30"),
            ("time_zone", "America/Lima"),
            ("city", "Lima"),
            ("country", "PE"),
            ("url", "https://example.org/dnssec"),
        ])
        .await;
    let page = app.get(&format!("/events/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    // Escaped, never interpreted.
    assert!(
        html.contains("DNSSEC workshop &#60;Lima&#62;")
            || html.contains("DNSSEC workshop &lt;Lima&gt;")
    );
    assert!(!html.contains("<Lima>"));
    assert!(html.contains("November 21, 2023 – November 22, 2023, 09:30 America/Lima (UTC-05:00)"));
    assert!(html.contains("Event created."));
    // The flash is shown once.
    assert!(
        !app.get(&format!("/events/{id}"))
            .await
            .text()
            .contains("Event created.")
    );

    let list = app.get("/events?year=2023&month=11").await.text();
    assert!(list.contains(&format!("href=\"/events/{id}\"")));
    let grid = app.get("/events/calendar?year=2023&month=11").await.text();
    // A two-day event is on both days of the grid.
    assert_eq!(grid.matches(&format!("href=\"/events/{id}\"")).count(), 2);
}

#[tokio::test]
async fn a_refused_form_keeps_what_was_typed_and_stores_nothing() {
    let app = TestApp::staff().await;
    let before = app.count("SELECT count(*) FROM events").await;
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("title", "Forum"), ("start_date", "2023-02-30")],
            "Enter a real date, like 2023-03-11.",
        ),
        (
            &[
                ("title", "Forum"),
                ("start_date", "2023-03-10"),
                ("end_date", "2023-03-09"),
            ],
            "The end date must be on or after the start date.",
        ),
        (
            &[
                ("title", "Forum"),
                ("start_date", "2023-03-10"),
                ("country", "ZZ"),
            ],
            "“ZZ” is not a country or territory of the LAC region.",
        ),
        (
            &[
                ("title", "Forum"),
                ("start_date", "2023-03-10"),
                ("start_time", "14:00"),
            ],
            "Choose the time zone of the start time.",
        ),
        (
            &[
                ("title", "Forum"),
                ("start_date", "2023-03-10"),
                ("start_time", "14:00"),
                ("time_zone", "Mars/Olympus"),
            ],
            "Choose a time zone from the list.",
        ),
        (
            &[("title", ""), ("start_date", "2023-03-10")],
            "Enter a title.",
        ),
        (
            &[("title", "Forum"), ("start_date", "")],
            "Enter the start date.",
        ),
        (
            &[
                ("title", "Forum"),
                ("start_date", "2023-03-10"),
                ("url", "javascript:alert(1)"),
            ],
            "Enter a web address starting with http:// or https://.",
        ),
        (
            &[
                ("title", "Forum"),
                ("date_precision", "month"),
                ("month", "2023-13"),
            ],
            "Enter a real month, like 2023-08.",
        ),
        (
            &[
                ("title", "Forum"),
                ("date_precision", "tbd"),
                ("year", "1850"),
            ],
            "Enter a year between 1990 and 2200.",
        ),
        (
            &[
                ("title", "Forum"),
                ("start_date", "2023-03-10"),
                ("kind", "party"),
            ],
            "Choose one of the options.",
        ),
    ];
    for (fields, message) in cases {
        let mut all = vec![
            ("kind", "conference"),
            ("relevance", "unclassified"),
            ("status", "planned"),
            ("date_precision", "day"),
            ("city", "Ciudad de Panamá"),
        ];
        for (k, v) in *fields {
            all.retain(|(key, _)| key != k);
            all.push((k, v));
        }
        let response = app.post_form("/events", &all).await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{fields:?}"
        );
        let html = response.text();
        assert!(
            html.contains(message),
            "expected {message:?} for {fields:?}"
        );
        assert!(
            html.contains("value=\"Ciudad de Panamá\""),
            "the form keeps what was typed"
        );
        for (k, v) in *fields {
            if *k == "start_date" || *k == "title" {
                assert!(html.contains(&format!("value=\"{v}\"")), "keeps {k}={v}");
            }
        }
    }
    // A too-long title, in Spanish.
    let long = "x".repeat(201);
    app.always_send("accept-language", "es");
    let response = app
        .post_form(
            "/events",
            &[
                ("title", &long),
                ("kind", "conference"),
                ("relevance", "unclassified"),
                ("status", "planned"),
                ("date_precision", "day"),
                ("start_date", "2023-03-10"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().contains("Use como máximo 200 caracteres."));
    assert_eq!(app.count("SELECT count(*) FROM events").await, before);
}

#[tokio::test]
async fn changing_dates_needs_a_reason_and_is_kept_in_the_history() {
    let app = TestApp::staff().await;
    let id = app.event_id_by_title("CaribNOG 26").await;
    let version = app.event_version(id).await.to_string();
    let edit = app.get(&format!("/events/{id}/edit")).await.text();
    assert!(edit.contains("value=\"2023-09-13\""));
    assert!(edit.contains(&format!("name=\"version\" value=\"{version}\"")));

    let fields = |start: &'static str, reason: &'static str, version: String| {
        vec![
            ("version", version),
            ("title", "CaribNOG 26".to_owned()),
            ("kind", "conference".to_owned()),
            ("relevance", "lacralo_involved".to_owned()),
            ("status", "confirmed".to_owned()),
            ("date_precision", "day".to_owned()),
            ("start_date", start.to_owned()),
            ("reason", reason.to_owned()),
        ]
    };
    let as_refs = |v: &Vec<(&'static str, String)>| -> Vec<(&'static str, String)> { v.clone() };
    let send = |v: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let refs: Vec<(&str, &str)> = v.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form(&format!("/events/{id}"), &refs).await
        }
    };

    // Moving the date without a reason is refused, with what was typed kept.
    let refused = send(as_refs(&fields("2023-09-20", "", version.clone()))).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Say why the dates changed"));
    assert!(refused.text().contains("value=\"2023-09-20\""));

    let moved = send(fields("2023-09-20", "Venue moved the dates", version)).await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/events/{id}")).await.text();
    assert!(page.contains("September 20, 2023"));
    assert!(
        page.contains("September 13, 2023"),
        "the old date is in the history"
    );
    assert!(page.contains("Venue moved the dates"));
    let sequence = app
        .count(&format!("SELECT sequence FROM events WHERE id = {id}"))
        .await;
    assert_eq!(sequence, 1);

    // A change that keeps the dates needs no reason and adds no history.
    let v = app.event_version(id).await.to_string();
    let kept = send(fields("2023-09-20", "", v)).await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM event_date_changes WHERE event_id = {id}"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!("SELECT sequence FROM events WHERE id = {id}"))
            .await,
        1
    );

    // Only the month known: the history says so, in Spanish too.
    let v = app.event_version(id).await.to_string();
    let refs = vec![
        ("version", v.as_str()),
        ("title", "CaribNOG 26"),
        ("kind", "conference"),
        ("relevance", "lacralo_involved"),
        ("status", "planned"),
        ("date_precision", "month"),
        ("month", "2023-10"),
        ("reason", "Postponed, day not fixed"),
    ];
    assert_eq!(
        app.post_form(&format!("/events/{id}"), &refs).await.status,
        StatusCode::SEE_OTHER
    );
    let es = app.get(&format!("/events/{id}?lang=es")).await.text();
    assert!(
        es.contains("Octubre de 2023 (día por confirmar)"),
        "{}",
        texts_with_class(&es, "details").join("|")
    );
    assert!(es.contains("20 de septiembre de 2023"));
}

#[tokio::test]
async fn a_stale_edit_is_refused_with_both_versions_shown_and_nothing_overwritten() {
    let app = TestApp::staff().await;
    let id = app.event_id_by_title("CANTO Conference").await;
    let read_at = app.event_version(id).await.to_string();
    let base = |title: &'static str, notes: &'static str, version: &str| {
        vec![
            ("version", version.to_owned()),
            ("title", title.to_owned()),
            ("kind", "conference".to_owned()),
            ("relevance", "unclassified".to_owned()),
            ("status", "planned".to_owned()),
            ("date_precision", "day".to_owned()),
            ("start_date", "2023-08-28".to_owned()),
            ("notes", notes.to_owned()),
        ]
    };
    let post = |fields: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form(&format!("/events/{id}"), &refs).await
        }
    };
    // Ana saves first.
    assert_eq!(
        post(base("CANTO Conference", "Ana: Port of Spain", &read_at))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // Ben, who read the same version, saves second.
    let conflict = post(base("CANTO Conference 2023", "Ben: check venue", &read_at)).await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    let html = conflict.text();
    assert!(html.contains("Someone else changed this event"));
    assert!(html.contains("Ana: Port of Spain"), "their change is shown");
    assert!(html.contains("Ben: check venue"), "his change is not lost");
    let stored: (String, String) = sqlx::query_as("SELECT title, notes FROM events WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(
        stored,
        (
            "CANTO Conference".to_owned(),
            "Ana: Port of Spain".to_owned()
        )
    );

    // Ben may knowingly save his version over Ana's from the conflict page, which carries
    // the current version.
    let current = app.event_version(id).await.to_string();
    assert!(html.contains(&format!("name=\"version\" value=\"{current}\"")));
    assert_eq!(
        post(base("CANTO Conference 2023", "Ben: check venue", &current))
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn deleting_asks_first_and_refuses_a_stale_confirmation() {
    let app = TestApp::staff().await;
    let id = app.event_id_by_title("CANTO 39th AGM").await;
    let confirm = app.get(&format!("/events/{id}/delete")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(confirm.text().contains("Delete “CANTO 39th AGM”?"));
    // Still there after only looking.
    assert_eq!(
        app.get(&format!("/events/{id}")).await.status,
        StatusCode::OK
    );

    let version = app.event_version(id).await;
    let stale = (version - 1).to_string();
    let refused = app
        .post_form(&format!("/events/{id}/delete"), &[("version", &stale)])
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(
        app.get(&format!("/events/{id}")).await.status,
        StatusCode::OK
    );

    let done = app
        .post_form(
            &format!("/events/{id}/delete"),
            &[("version", &version.to_string())],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(done.location(), "/events");
    let gone = app.get(&format!("/events/{id}")).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    assert!(gone.text().contains("Page not found"));
}

#[tokio::test]
async fn several_events_are_classified_at_once() {
    let app = TestApp::staff().await;
    let a = app.event_id_by_title("CaribNOG 25").await.to_string();
    let b = app.event_id_by_title("CaribNOG 26").await.to_string();
    let back = "/events?year=2023&q=caribnog";
    let response = app
        .post_form(
            "/events/relevance",
            &[
                ("ids", &a),
                ("ids", &b),
                ("relevance", "crop_candidate"),
                ("return_to", back),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(response.location(), back);
    let list = app.get(back).await.text();
    assert!(list.contains("2 events reclassified."));
    let filtered = app
        .get("/events?year=2023&relevance=crop_candidate")
        .await
        .text();
    assert!(filtered.contains("CaribNOG 25") && filtered.contains("CaribNOG 26"));
    assert!(filtered.contains("2 events"));

    // The return address can only be our own list.
    let response = app
        .post_form(
            "/events/relevance",
            &[
                ("ids", &a),
                ("relevance", "out_of_scope"),
                ("return_to", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(response.location(), "/events");
    // Nothing chosen: told so, nothing changed.
    let response = app
        .post_form(
            "/events/relevance",
            &[("relevance", "out_of_scope"), ("return_to", back)],
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(back)
            .await
            .text()
            .contains("Tick at least one event")
    );
}

#[tokio::test]
async fn an_event_known_by_its_month_is_listed_under_it_and_free_on_the_first_in_the_feed() {
    let app = TestApp::staff().await;
    let dated = app
        .create_event(&[("title", "LACNIC 47"), ("start_date", "2027-03-08")])
        .await;
    let month_only = app
        .create_event(&[
            ("title", "LAC DNS Forum"),
            ("date_precision", "month"),
            ("month", "2027-03"),
        ])
        .await;
    let list = app.get("/events?year=2027").await.text();
    let march = list
        .split("id=\"m-2027-03\"")
        .nth(1)
        .expect("a March 2027 group")
        .split("</section>")
        .next()
        .unwrap();
    let sometime = march
        .find("Sometime this month")
        .expect("the sometime group");
    let month_link = march
        .find(&format!("href=\"/events/{month_only}\""))
        .unwrap();
    let dated_link = march.find(&format!("href=\"/events/{dated}\"")).unwrap();
    assert!(sometime < month_link && month_link < dated_link, "{march}");
    assert!(!list.contains("2027: date to be confirmed"));

    let text = app.get("/events.ics?year=2027").await.text();
    let calendar = icalendar::Calendar::from_str(&text).unwrap();
    let entry = calendar
        .components
        .iter()
        .find_map(|c| match c {
            icalendar::CalendarComponent::Event(e)
                if e.get_summary() == Some("LAC DNS Forum (date to be confirmed)") =>
            {
                Some(e)
            }
            _ => None,
        })
        .expect("the month-only event, titled as to be confirmed");
    assert_eq!(entry.properties()["DTSTART"].value(), "20270301");
    assert_eq!(entry.properties()["DTEND"].value(), "20270302");
    assert_eq!(entry.property_value("TRANSP"), Some("TRANSPARENT"));
    assert_eq!(
        entry.property_value("X-MICROSOFT-CDO-BUSYSTATUS"),
        Some("FREE")
    );
}

#[tokio::test]
async fn every_problem_of_an_edit_is_reported_at_once_each_under_its_fields_name() {
    let app = TestApp::staff().await;
    let id = app.event_id_by_title("CaribNOG 26").await;
    let version = app.event_version(id).await.to_string();
    // No title, a new day without its reason, an end before the start, a time without a
    // zone: four problems, one round.
    let refused = app
        .post_form(
            &format!("/events/{id}"),
            &[
                ("version", &version),
                ("title", ""),
                ("kind", "conference"),
                ("relevance", "lacralo_involved"),
                ("status", "confirmed"),
                ("date_precision", "day"),
                ("start_date", "2023-09-20"),
                ("end_date", "2023-09-18"),
                ("start_time", "10:00"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text();
    let summary = html
        .split("class=\"error-summary\"")
        .nth(1)
        .unwrap()
        .split("</div>")
        .next()
        .unwrap();
    let title = summary.find("Title:").expect("the title, named");
    let end = summary.find("End date:").expect("the end date, named");
    let zone = summary.find("Time zone:").expect("the time zone, named");
    let reason = summary
        .find("Say why the dates changed")
        .expect("the reason");
    assert!(title < end && end < zone, "in the form's order: {summary}");
    assert!(reason > title, "{summary}");
    assert!(summary.contains("There are 4 problems"), "{summary}");
    assert!(
        html.contains("value=\"2023-09-18\""),
        "what was typed is kept"
    );
}

#[tokio::test]
async fn the_folded_filters_say_which_are_in_force() {
    let app = TestApp::new().await;
    let html = app
        .get("/events?year=2023&subregion=C&q=forum&lang=es")
        .await
        .text();
    let line = html
        .split("class=\"filters-summary\"")
        .nth(1)
        .and_then(|s| s.split("</p>").next())
        .expect("the line that stands for the folded filters");
    assert!(line.contains("href=\"#filters\""), "{line}");
    assert!(line.contains("Filtros"), "{line}");
    assert!(line.contains("2023"), "{line}");
    assert!(line.contains("“forum”"), "{line}");
    assert!(line.contains("Caribe"), "{line}");
}
