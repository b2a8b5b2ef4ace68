//! Recurring events through the HTTP interface: a series created from the event form, each
//! kind of edit ("this one", "this and following", "all") and of deletion, and the feed
//! parsed back (the `icalendar` crate's parser, its rule expanded by the `rrule` crate from
//! the feed's own text) giving the very occurrences the pages list.

mod common;

use std::collections::BTreeSet;
use std::str::FromStr;

use axum::http::StatusCode;
use common::TestApp;
use icalendar::{Calendar, CalendarComponent, Component};

/// The Strategy Council call of the plan: the first Tuesday of every other month, 10:00
/// in Havana, where the clocks change in March and November.
async fn council_call(app: &TestApp, extra: &[(&str, &str)]) -> i64 {
    let mut fields = vec![
        ("title", "LAC Strategy Council call"),
        ("kind", "meeting"),
        ("relevance", "lacralo_involved"),
        ("online", "on"),
        ("start_date", "2027-01-05"),
        ("start_time", "10:00"),
        ("time_zone", "America/Havana"),
        ("repeat", "monthly"),
        ("repeat_count", "6"),
    ];
    for (k, v) in extra {
        fields.retain(|(key, _)| key != k);
        fields.push((k, v));
    }
    app.create_event(&fields).await
}

/// The occurrences of the series `first` belongs to, as stored: id, start, time, status.
async fn occurrences(app: &TestApp, first: i64) -> Vec<(i64, String, String, String)> {
    sqlx::query_as(
        "SELECT id, start_date, coalesce(start_time, ''), status FROM events
         WHERE series_id = (SELECT series_id FROM events WHERE id = ?)
         ORDER BY recurrence_day",
    )
    .bind(first)
    .fetch_all(app.pool())
    .await
    .unwrap()
}

async fn series_of(app: &TestApp, id: i64) -> Option<i64> {
    sqlx::query_scalar("SELECT series_id FROM events WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap()
}

/// The form of an occurrence as its edit page fills it, with `changes` on top.
async fn edit(app: &TestApp, id: i64, changes: &[(&str, &str)]) -> common::TestResponse {
    let mut fields: Vec<(String, String)> =
        sqlx::query_as::<_, (String, String, String, String, String, String, i64)>(
            "SELECT title, kind, relevance, status, start_date, coalesce(start_time, ''), version
         FROM events WHERE id = ?",
        )
        .bind(id)
        .fetch_one(app.pool())
        .await
        .map(|(title, kind, relevance, status, start, time, version)| {
            vec![
                ("title".into(), title),
                ("kind".into(), kind),
                ("relevance".into(), relevance),
                ("status".into(), status),
                ("date_precision".into(), "day".into()),
                ("start_date".into(), start),
                ("start_time".into(), time),
                ("time_zone".into(), "America/Havana".into()),
                ("online".into(), "on".into()),
                ("version".into(), version.to_string()),
            ]
        })
        .unwrap();
    // The repeat fields as the edit page shows them.
    let page = app.get(&format!("/events/{id}/edit")).await.text();
    for name in ["repeat_count", "repeat_until", "repeat_rule"] {
        let marker = format!("name=\"{name}\" type=\"");
        if let Some(at) = page.find(&marker) {
            let rest = &page[at..];
            let value = rest
                .split("value=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .unwrap_or_default();
            fields.push((name.into(), value.into()));
        }
    }
    let repeat = page
        .split("name=\"repeat\"")
        .nth(1)
        .and_then(|s| s.split("</select>").next())
        .and_then(|s| s.split("\" selected").next())
        .and_then(|s| s.rsplit("value=\"").next())
        .unwrap_or_default()
        .to_owned();
    fields.push(("repeat".into(), repeat));
    for (k, v) in changes {
        fields.retain(|(key, _)| key != k);
        fields.push(((*k).into(), (*v).into()));
    }
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post_form(&format!("/events/{id}"), &refs).await
}

#[tokio::test]
async fn a_repeating_event_is_a_series_whose_occurrences_show_everywhere() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let all = occurrences(&app, first).await;
    let days: Vec<&str> = all.iter().map(|o| o.1.as_str()).collect();
    assert_eq!(
        days,
        [
            "2027-01-05",
            "2027-02-02",
            "2027-03-02",
            "2027-04-06",
            "2027-05-04",
            "2027-06-01"
        ],
        "the first Tuesday of each month"
    );
    // 10:00 in Havana before and after the clocks change on 14 March 2027.
    assert!(all.iter().all(|o| o.2 == "10:00"));
    let april = app.get(&format!("/events/{}", all[3].0)).await.text();
    assert!(
        april.contains("10:00 America/Havana (UTC-04:00)"),
        "{april}"
    );
    let january = app.get(&format!("/events/{first}")).await.text();
    assert!(january.contains("10:00 America/Havana (UTC-05:00)"));
    // The page tells it is one of a series and lists the others.
    assert!(january.contains("Occurrence 1 of 6"));
    assert!(
        january
            .contains("Every month, on the same weekday of the month as January 5, 2027, 6 times")
    );
    for (id, ..) in &all[1..] {
        assert!(january.contains(&format!("href=\"/events/{id}\"")));
    }
    // The list, the calendar and the dashboard show them as events.
    let list = app.get("/events?year=2027").await.text();
    for (id, ..) in &all {
        assert!(list.contains(&format!("href=\"/events/{id}\"")));
    }
    let march = app.get("/events/calendar?year=2027&month=3").await.text();
    assert!(march.contains(&format!("href=\"/events/{}\"", all[2].0)));
    assert_eq!(app.count("SELECT count(*) FROM event_series").await, 1);
    // Each occurrence's creation is audited as any event's.
    assert_eq!(
        app.count("SELECT count(*) FROM audit_log WHERE entity = 'event' AND action = 'create'")
            .await,
        app.count("SELECT count(*) FROM events").await
    );
}

#[tokio::test]
async fn a_repeat_that_cannot_be_is_refused_with_what_was_typed_kept() {
    let app = TestApp::staff().await;
    let before = app.count("SELECT count(*) FROM events").await;
    let cases: [(&[(&str, &str)], &str); 7] = [
        (&[("repeat_count", "")], "Say when the series ends"),
        (
            &[("repeat_count", "300")],
            "Give a whole number from 1 to 260",
        ),
        (
            &[("repeat_until", "2027-12-31")],
            "Give a number of times or a last day, not both",
        ),
        (
            &[("repeat", "custom"), ("repeat_rule", "every other tuesday")],
            "This is not a repeat rule we can read",
        ),
        (
            // The rule's first Wednesday is not the start, a Tuesday.
            &[
                ("repeat", "custom"),
                ("repeat_rule", "FREQ=MONTHLY;BYDAY=1WE"),
            ],
            "The rule does not give the start date itself",
        ),
        (&[("kind", "webinar")], "A webinar cannot repeat"),
        (
            &[
                ("repeat", "custom"),
                ("repeat_rule", "FREQ=WEEKLY;BYHOUR=10,15"),
            ],
            "leave BYHOUR, BYMINUTE and BYSECOND out",
        ),
    ];
    for (changes, message) in cases {
        let mut fields = vec![
            ("title", "Monthly call"),
            ("kind", "meeting"),
            ("relevance", "lacralo_involved"),
            ("status", "planned"),
            ("date_precision", "day"),
            ("start_date", "2027-01-05"),
            ("repeat", "monthly"),
            ("repeat_count", "6"),
        ];
        for (k, v) in changes {
            fields.retain(|(key, _)| key != k);
            fields.push((k, v));
        }
        let refused = app.post_form("/events", &fields).await;
        assert_eq!(
            refused.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{changes:?}"
        );
        let html = refused.text();
        assert!(html.contains(message), "{changes:?}: {message}");
        assert!(
            html.contains("value=\"Monthly call\""),
            "the form keeps what was typed"
        );
    }
    assert_eq!(app.count("SELECT count(*) FROM events").await, before);
    assert_eq!(app.count("SELECT count(*) FROM event_series").await, 0);
}

#[tokio::test]
async fn this_one_moves_or_cancels_one_occurrence_with_the_reason_in_its_history() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let all = occurrences(&app, first).await;
    let march = all[2].0;

    // Moving one needs a reason, like any change of dates.
    let refused = edit(
        &app,
        march,
        &[("start_date", "2027-03-03"), ("scope", "this")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("value=\"2027-03-03\""));
    let moved = edit(
        &app,
        march,
        &[
            ("start_date", "2027-03-03"),
            ("start_time", "15:00"),
            ("scope", "this"),
            ("reason", "Clashes with ICANN78 prep"),
        ],
    )
    .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.text());
    let now = occurrences(&app, first).await;
    assert_eq!(
        (now[2].1.as_str(), now[2].2.as_str()),
        ("2027-03-03", "15:00")
    );
    for i in [0, 1, 3, 4, 5] {
        assert_eq!(now[i], all[i], "the others are as they were");
    }
    let page = app.get(&format!("/events/{march}")).await.text();
    assert!(page.contains("Clashes with ICANN78 prep"));
    assert!(page.contains("moved on its own"));

    // Cancelling one needs a reason too, and the history keeps it.
    let april = all[3].0;
    let refused = edit(&app, april, &[("status", "cancelled"), ("scope", "this")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("the event is cancelled"));
    let cancelled = edit(
        &app,
        april,
        &[
            ("status", "cancelled"),
            ("scope", "this"),
            ("reason", "Holy Week"),
        ],
    )
    .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    let page = app.get(&format!("/events/{april}")).await.text();
    assert!(page.contains("Holy Week"));
    let history = page.split("id=\"history-h\"").nth(1).unwrap();
    assert!(history.contains("Cancelled"), "{history}");
    let now = occurrences(&app, first).await;
    assert_eq!(now[3].3, "cancelled");
    assert_eq!(
        now.iter().filter(|o| o.3 == "cancelled").count(),
        1,
        "only that one"
    );
}

#[tokio::test]
async fn this_and_following_ends_the_series_and_starts_a_new_one() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let all = occurrences(&app, first).await;
    let april = all[3].0;
    let moved = edit(
        &app,
        april,
        &[
            ("start_time", "11:00"),
            ("title", "LAC Strategy Council call (new time)"),
            ("scope", "following"),
            ("reason", "New time agreed by the Council"),
        ],
    )
    .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.text());
    let old = occurrences(&app, first).await;
    let new = occurrences(&app, april).await;
    assert_eq!(old.len(), 3, "the old series ends before April");
    assert_eq!(new.len(), 3, "the new one has what was left");
    assert_ne!(series_of(&app, first).await, series_of(&app, april).await);
    assert!(old.iter().all(|o| o.2 == "10:00"));
    assert!(new.iter().all(|o| o.2 == "11:00"));
    assert_eq!(
        new.iter().map(|o| o.1.as_str()).collect::<Vec<_>>(),
        ["2027-04-06", "2027-05-04", "2027-06-01"]
    );
    let titles: Vec<String> = sqlx::query_scalar("SELECT title FROM events ORDER BY start_date")
        .fetch_all(app.pool())
        .await
        .unwrap();
    assert_eq!(
        titles.iter().filter(|t| t.ends_with("(new time)")).count(),
        3
    );
    // The same rows, so their followers and links stay: the ids are kept.
    assert_eq!(new[0].0, april);
    let rules: Vec<String> = sqlx::query_scalar("SELECT rrule FROM event_series ORDER BY id")
        .fetch_all(app.pool())
        .await
        .unwrap();
    assert_eq!(
        rules,
        [
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=3",
            "FREQ=MONTHLY;BYDAY=1TU;COUNT=3"
        ]
    );
    let page = app.get(&format!("/events/{}", new[1].0)).await.text();
    assert!(page.contains("New time agreed by the Council"));
}

#[tokio::test]
async fn all_changes_every_occurrence_and_keeps_what_each_had_of_its_own() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let all = occurrences(&app, first).await;
    // One cancelled on its own first.
    let cancelled = edit(
        &app,
        all[1].0,
        &[
            ("status", "cancelled"),
            ("scope", "this"),
            ("reason", "Carnival"),
        ],
    )
    .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);

    // A new title for all: no dates change, so no reason is asked.
    let renamed = edit(
        &app,
        all[2].0,
        &[("title", "LACRALO Strategy Council"), ("scope", "all")],
    )
    .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.text());
    let titles: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT title FROM events WHERE series_id IS NOT NULL")
            .fetch_all(app.pool())
            .await
            .unwrap();
    assert_eq!(titles, ["LACRALO Strategy Council"]);
    let now = occurrences(&app, first).await;
    assert_eq!(
        now[1].3, "cancelled",
        "the one cancelled on its own stays so"
    );
    assert_eq!(
        now.iter().map(|o| &o.1).collect::<Vec<_>>(),
        all.iter().map(|o| &o.1).collect::<Vec<_>>()
    );

    // Four times instead of six, a day later (the first Wednesday): the two last go, every
    // other moves, each move with the reason in its history.
    let refused = edit(&app, all[2].0, &[("repeat_count", "4"), ("scope", "all")]).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a new rule needs a reason"
    );
    let shortened = edit(
        &app,
        all[2].0,
        &[
            ("start_date", "2027-03-03"),
            ("repeat_count", "4"),
            ("scope", "all"),
            ("reason", "Wednesdays suit the Caribbean better"),
        ],
    )
    .await;
    assert_eq!(
        shortened.status,
        StatusCode::SEE_OTHER,
        "{}",
        shortened.text()
    );
    let now = occurrences(&app, first).await;
    assert_eq!(
        now.iter().map(|o| o.1.as_str()).collect::<Vec<_>>(),
        ["2027-01-06", "2027-02-03", "2027-03-03", "2027-04-07"]
    );
    assert_eq!(now[0].0, first, "the rows are kept, in order");
    assert_eq!(
        app.count("SELECT count(*) FROM events WHERE series_id IS NOT NULL")
            .await,
        4
    );
    assert_eq!(
        app.count("SELECT count(*) FROM audit_log WHERE entity = 'event' AND action = 'delete'")
            .await,
        2
    );
    let page = app.get(&format!("/events/{first}")).await.text();
    assert!(page.contains("Wednesdays suit the Caribbean better"));
    assert_eq!(
        app.count("SELECT rrule = 'FREQ=MONTHLY;BYDAY=1WE;COUNT=4' FROM event_series")
            .await,
        1
    );
}

#[tokio::test]
async fn deleting_asks_how_many_and_a_deleted_occurrence_stays_out() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let all = occurrences(&app, first).await;
    let page = app
        .get(&format!("/events/{}/delete", all[2].0))
        .await
        .text();
    assert!(page.contains("This and the following occurrences"));
    let version = |id: i64| {
        let app = &app;
        async move { app.event_version(id).await.to_string() }
    };

    let v = version(all[2].0).await;
    let gone = app
        .post_form(
            &format!("/events/{}/delete", all[2].0),
            &[("version", &v), ("scope", "this")],
        )
        .await;
    assert_eq!(gone.status, StatusCode::SEE_OTHER);
    assert_eq!(occurrences(&app, first).await.len(), 5);
    let exdates: String = sqlx::query_scalar("SELECT exdates FROM event_series")
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(exdates, "2027-03-02");

    // A change of the whole series does not bring it back.
    let renamed = edit(&app, first, &[("title", "Council"), ("scope", "all")]).await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER);
    let moved = edit(
        &app,
        first,
        &[
            ("start_time", "09:00"),
            ("scope", "all"),
            ("reason", "Earlier for Mexico"),
        ],
    )
    .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.text());
    let now = occurrences(&app, first).await;
    assert_eq!(now.len(), 5);
    assert!(!now.iter().any(|o| o.1 == "2027-03-02"));
    assert!(now.iter().all(|o| o.2 == "09:00"));

    let v = version(now[3].0).await;
    let following = app
        .post_form(
            &format!("/events/{}/delete", now[3].0),
            &[("version", &v), ("scope", "following")],
        )
        .await;
    assert_eq!(following.status, StatusCode::SEE_OTHER);
    assert_eq!(occurrences(&app, first).await.len(), 3);

    let v = version(first).await;
    let stale = app
        .post_form(
            &format!("/events/{first}/delete"),
            &[("version", "0"), ("scope", "all")],
        )
        .await;
    assert_eq!(
        stale.status,
        StatusCode::CONFLICT,
        "a stale page deletes nothing"
    );
    let everything = app
        .post_form(
            &format!("/events/{first}/delete"),
            &[("version", &v), ("scope", "all")],
        )
        .await;
    assert_eq!(everything.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT count(*) FROM events WHERE title = 'Council'")
            .await,
        0
    );
    assert_eq!(app.count("SELECT count(*) FROM event_series").await, 0);
}

/// The occurrences a calendar client finds in a feed: each VEVENT with a rule expanded
/// from the feed's own DTSTART, RRULE and EXDATE lines, less those a RECURRENCE-ID
/// replaces, plus the replacements; each as its local start and whether it is cancelled.
fn feed_occurrences(text: &str) -> BTreeSet<(String, bool)> {
    let calendar = Calendar::from_str(text).expect("the feed parses");
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    let line = |p: &icalendar::Property| {
        let params: String = p
            .params()
            .iter()
            .map(|(k, v)| format!(";{k}={}", v.value()))
            .collect();
        format!("{}{params}:{}", p.key(), p.value())
    };
    let start_of = |e: &icalendar::Event| -> String {
        let value = e.properties()["DTSTART"].value();
        let at = chrono::NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").unwrap();
        at.format("%Y-%m-%d %H:%M").to_string()
    };
    let cancelled = |e: &icalendar::Event| e.property_value("STATUS") == Some("CANCELLED");
    let mut found = BTreeSet::new();
    let mut replaced: Vec<(String, String)> = Vec::new();
    for e in &events {
        if let Some(id) = e.properties().get("RECURRENCE-ID") {
            let at = chrono::NaiveDateTime::parse_from_str(id.value(), "%Y%m%dT%H%M%S").unwrap();
            replaced.push((
                e.get_uid().unwrap().to_owned(),
                at.format("%Y-%m-%d %H:%M").to_string(),
            ));
            found.insert((start_of(e), cancelled(e)));
        }
    }
    for e in &events {
        if e.properties().contains_key("RECURRENCE-ID") {
            continue;
        }
        let Some(rule) = e.property_value("RRULE") else {
            found.insert((start_of(e), cancelled(e)));
            continue;
        };
        let mut set = format!("{}\nRRULE:{rule}", line(&e.properties()["DTSTART"]));
        for ex in e.multi_properties().get("EXDATE").into_iter().flatten() {
            set.push_str(&format!("\n{}", line(ex)));
        }
        let expanded = rrule::RRuleSet::from_str(&set)
            .unwrap_or_else(|err| panic!("{set}: {err}"))
            .all(500);
        let uid = e.get_uid().unwrap();
        for at in expanded.dates {
            let at = at.naive_local().format("%Y-%m-%d %H:%M").to_string();
            if !replaced.iter().any(|(u, r)| u == uid && *r == at) {
                found.insert((at, cancelled(e)));
            }
        }
    }
    found
}

async fn stored_occurrences(app: &TestApp, condition: &str) -> BTreeSet<(String, bool)> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(&format!(
        "SELECT start_date, start_time, status FROM events WHERE series_id IS NOT NULL AND {condition}"
    ))
    .fetch_all(app.pool())
    .await
    .unwrap();
    rows.into_iter()
        .map(|(d, t, s)| (format!("{d} {t}"), s == "cancelled"))
        .collect()
}

#[tokio::test]
async fn the_feed_has_one_entry_per_series_and_gives_the_occurrences_the_pages_list() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let all = occurrences(&app, first).await;
    // One moved, one cancelled, one deleted: an override, an override, an EXDATE.
    assert_eq!(
        edit(
            &app,
            all[1].0,
            &[
                ("start_date", "2027-02-09"),
                ("scope", "this"),
                ("reason", "Carnival week")
            ]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        edit(
            &app,
            all[3].0,
            &[
                ("status", "cancelled"),
                ("scope", "this"),
                ("reason", "Holy Week")
            ]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
    let v = app.event_version(all[4].0).await.to_string();
    app.post_form(
        &format!("/events/{}/delete", all[4].0),
        &[("version", &v), ("scope", "this")],
    )
    .await;

    let text = app.get("/events.ics?year=2027").await.text();
    let uid: String = sqlx::query_scalar("SELECT uid FROM event_series")
        .fetch_one(app.pool())
        .await
        .unwrap();
    let calendar = Calendar::from_str(&text).unwrap();
    let entries: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) if e.get_uid() == Some(&uid) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(
        entries.len(),
        3,
        "the series, and an override each for the moved and the cancelled"
    );
    let master = entries
        .iter()
        .find(|e| e.property_value("RRULE").is_some())
        .unwrap();
    assert_eq!(
        master.property_value("RRULE"),
        Some("FREQ=MONTHLY;BYDAY=1TU;COUNT=6")
    );
    assert_eq!(
        master.properties()["DTSTART"].params()["TZID"].value(),
        "America/Havana"
    );
    assert_eq!(master.multi_properties()["EXDATE"].len(), 1);
    assert_eq!(
        app.count("SELECT count(*) FROM events WHERE series_id IS NOT NULL")
            .await,
        5
    );
    assert_eq!(
        feed_occurrences(&text)
            .into_iter()
            .filter(|(at, _)| at.starts_with("2027-0"))
            .collect::<BTreeSet<_>>(),
        stored_occurrences(&app, "1 = 1").await
    );
    // The pages list the same five.
    let list = app.get("/events?year=2027").await.text();
    for (id, ..) in occurrences(&app, first).await {
        assert!(list.contains(&format!("href=\"/events/{id}\"")));
    }

    // A filtered feed holds only the occurrences its filter lets through: March's alone.
    let march = app.get("/events.ics?year=2027&month=3").await.text();
    assert_eq!(
        feed_occurrences(&march),
        stored_occurrences(&app, "start_date LIKE '2027-03-%'").await
    );
    assert_eq!(feed_occurrences(&march).len(), 1);
    let list = app.get("/events?year=2027&month=3").await.text();
    assert!(list.contains(&format!("href=\"/events/{}\"", all[2].0)));
}

#[tokio::test]
async fn an_all_day_series_uses_dates_in_the_feed() {
    let app = TestApp::staff().await;
    let first = app
        .create_event(&[
            ("title", "ALS reporting day"),
            ("kind", "internal"),
            ("start_date", "2027-01-29"),
            ("repeat", "custom"),
            ("repeat_rule", "FREQ=MONTHLY;BYDAY=-1FR"),
            ("repeat_until", "2027-06-30"),
        ])
        .await;
    let all = occurrences(&app, first).await;
    assert_eq!(
        all.iter().map(|o| o.1.as_str()).collect::<Vec<_>>(),
        [
            "2027-01-29",
            "2027-02-26",
            "2027-03-26",
            "2027-04-30",
            "2027-05-28",
            "2027-06-25"
        ]
    );
    let text = app.get("/events.ics?year=2027").await.text();
    assert!(
        text.contains("RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630\r\n"),
        "{text}"
    );
    assert!(text.contains("DTSTART;VALUE=DATE:20270129"));
    let found: BTreeSet<String> = feed_dates(&text);
    let stored: BTreeSet<String> = all.iter().map(|o| o.1.clone()).collect();
    assert_eq!(found, stored);
}

/// The days an all-day series' entry gives, expanded from the feed's text.
fn feed_dates(text: &str) -> BTreeSet<String> {
    let calendar = Calendar::from_str(text).unwrap();
    let mut days = BTreeSet::new();
    for c in &calendar.components {
        let CalendarComponent::Event(e) = c else {
            continue;
        };
        let Some(rule) = e.property_value("RRULE") else {
            continue;
        };
        let start = e.properties()["DTSTART"].value();
        let set = format!("DTSTART;VALUE=DATE:{start}\nRRULE:{rule}");
        for at in rrule::RRuleSet::from_str(&set).unwrap().all(500).dates {
            days.insert(at.format("%Y-%m-%d").to_string());
        }
    }
    days
}

#[tokio::test]
async fn a_single_event_becomes_the_first_of_a_series_when_it_is_given_a_repeat() {
    let app = TestApp::staff().await;
    let id = app
        .create_event(&[
            ("title", "Caribbean ALS call"),
            ("kind", "meeting"),
            ("start_date", "2027-02-10"),
            ("start_time", "14:00"),
            ("time_zone", "America/Port_of_Spain"),
        ])
        .await;
    assert_eq!(series_of(&app, id).await, None);
    let version = app.event_version(id).await.to_string();
    let made = app
        .post_form(
            &format!("/events/{id}"),
            &[
                ("version", &version),
                ("title", "Caribbean ALS call"),
                ("kind", "meeting"),
                ("relevance", "unclassified"),
                ("status", "planned"),
                ("date_precision", "day"),
                ("start_date", "2027-02-10"),
                ("start_time", "14:00"),
                ("time_zone", "America/Port_of_Spain"),
                ("repeat", "fortnightly"),
                ("repeat_until", "2027-03-31"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.text());
    let all = occurrences(&app, id).await;
    assert_eq!(all[0].0, id, "the event is the first occurrence");
    assert_eq!(
        all.iter().map(|o| o.1.as_str()).collect::<Vec<_>>(),
        ["2027-02-10", "2027-02-24", "2027-03-10", "2027-03-24"]
    );
    let page = app.get(&format!("/events/{id}")).await.text();
    assert!(
        page.contains("Every two weeks, until March 31, 2027"),
        "{page}"
    );
}

#[tokio::test]
async fn a_last_weekday_series_keeps_its_rule_when_a_later_occurrence_renames_it() {
    let app = TestApp::staff().await;
    let first = app
        .create_event(&[
            ("title", "ALS reporting day"),
            ("kind", "internal"),
            ("start_date", "2027-01-29"),
            ("repeat", "monthly"),
            ("repeat_count", "5"),
        ])
        .await;
    let all = occurrences(&app, first).await;
    // The 29th is a fifth Friday: "the last Friday" (April's is the 30th, not the 23rd).
    assert_eq!(
        all.iter().map(|o| o.1.as_str()).collect::<Vec<_>>(),
        [
            "2027-01-29",
            "2027-02-26",
            "2027-03-26",
            "2027-04-30",
            "2027-05-28"
        ]
    );
    // Renaming them all from February's (a fourth Friday) asks no reason and moves nothing.
    let renamed = edit(
        &app,
        all[1].0,
        &[
            ("title", "ALS activity reports due"),
            ("time_zone", ""),
            ("scope", "all"),
        ],
    )
    .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.text());
    let now = occurrences(&app, first).await;
    assert_eq!(
        now.iter().map(|o| (o.0, o.1.clone())).collect::<Vec<_>>(),
        all.iter().map(|o| (o.0, o.1.clone())).collect::<Vec<_>>()
    );
    assert_eq!(
        app.count("SELECT count(*) FROM events WHERE title = 'ALS activity reports due'")
            .await,
        5
    );
    assert_eq!(
        app.count("SELECT rrule = 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=5' FROM event_series")
            .await,
        1
    );
}

#[tokio::test]
async fn moving_the_day_from_one_on_keeps_the_number_of_occurrences() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let all = occurrences(&app, first).await;
    // The fourth and after, a day later (the first Wednesday): still six in all.
    let moved = edit(
        &app,
        all[3].0,
        &[
            ("start_date", "2027-04-07"),
            ("scope", "following"),
            ("reason", "Tuesdays clash with the GAC"),
        ],
    )
    .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.text());
    let old = occurrences(&app, first).await;
    let new = occurrences(&app, all[3].0).await;
    assert_eq!(old.len() + new.len(), 6);
    assert_eq!(
        new.iter().map(|o| o.1.as_str()).collect::<Vec<_>>(),
        ["2027-04-07", "2027-05-05", "2027-06-02"]
    );
}

#[tokio::test]
async fn a_new_rule_for_all_leaves_a_cancellation_on_its_own_day() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let all = occurrences(&app, first).await;
    let cancelled = edit(
        &app,
        all[2].0,
        &[
            ("status", "cancelled"),
            ("scope", "this"),
            ("reason", "Carnival"),
        ],
    )
    .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    // Every other month, three times: January, March, May. March stays cancelled (its
    // own day); February's row does not inherit the cancellation.
    let changed = edit(
        &app,
        all[1].0,
        &[
            ("repeat", "bimonthly"),
            ("repeat_count", "3"),
            ("scope", "all"),
            ("reason", "The Council meets every other month"),
        ],
    )
    .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.text());
    let now = occurrences(&app, first).await;
    assert_eq!(
        now.iter()
            .map(|o| (o.1.as_str(), o.3.as_str()))
            .collect::<Vec<_>>(),
        [
            ("2027-01-05", "planned"),
            ("2027-03-02", "cancelled"),
            ("2027-05-04", "planned")
        ]
    );
    assert_eq!(now[1].0, all[2].0, "the cancelled row kept its day");
}

#[tokio::test]
async fn an_edit_that_shortens_the_series_past_this_occurrence_shows_the_series() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let all = occurrences(&app, first).await;
    let shortened = edit(
        &app,
        all[5].0,
        &[
            ("repeat_count", "3"),
            ("scope", "all"),
            ("reason", "The Council's term ends in March"),
        ],
    )
    .await;
    assert_eq!(
        shortened.status,
        StatusCode::SEE_OTHER,
        "{}",
        shortened.text()
    );
    assert_eq!(shortened.location(), format!("/events/{first}"));
    assert_eq!(occurrences(&app, first).await.len(), 3);
}

#[tokio::test]
async fn repeat_changes_with_this_one_or_too_many_for_the_series_keep_the_form() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let all = occurrences(&app, first).await;
    let ignored = edit(&app, all[2].0, &[("repeat_count", "10"), ("scope", "this")]).await;
    assert_eq!(ignored.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        ignored
            .text()
            .contains("You changed how the series repeats")
    );
    // Weekly until 2032 from January 2027: more than 260 for the whole series.
    let too_many = edit(
        &app,
        all[2].0,
        &[
            ("repeat", "weekly"),
            ("repeat_count", ""),
            ("repeat_until", "2032-12-31"),
            ("scope", "all"),
            ("reason", "Weekly from now on"),
        ],
    )
    .await;
    assert_eq!(too_many.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = too_many.text();
    assert!(
        html.contains("A series has at most 260 occurrences."),
        "{html}"
    );
    assert!(
        html.contains("value=\"2032-12-31\""),
        "the form keeps what was typed"
    );
    assert_eq!(occurrences(&app, first).await, all, "nothing was written");
}

#[tokio::test]
async fn an_occurrence_with_a_crop_opportunity_is_not_deleted() {
    let app = TestApp::staff().await;
    // A roadshow in Kingston, every month: a CROP opportunity needs a country.
    let first = council_call(&app, &[("country", "JM"), ("city", "Kingston")]).await;
    let all = occurrences(&app, first).await;
    let leader = TestApp::sharing(&app);
    leader
        .login_as(lacralo_outreach::web::auth::Role::Leadership)
        .await;
    let fy =
        lacralo_outreach::crop::rules::fiscal_year(chrono::Utc::now().date_naive()).to_string();
    let day = |n: i64| (chrono::Utc::now().date_naive() + chrono::Duration::days(n)).to_string();
    let event = all[4].0.to_string();
    let opened = leader
        .post_form(
            "/crop",
            &[
                ("event", &event),
                ("fiscal_year", &fy),
                ("slots", "2"),
                ("priority_ends_on", &day(50)),
                ("deadline_on", &day(60)),
                ("time_zone", "America/Port_of_Spain"),
            ],
        )
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());
    let v = app.event_version(first).await.to_string();
    let refused = app
        .post_form(
            &format!("/events/{first}/delete"),
            &[("version", &v), ("scope", "all")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused
            .text()
            .contains("A CROP opportunity is tied to this event")
    );
    assert_eq!(
        occurrences(&app, first).await.len(),
        6,
        "nothing was deleted"
    );
}

#[tokio::test]
async fn a_cancelled_first_occurrence_does_not_cancel_the_series_in_the_feed() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let cancelled = edit(
        &app,
        first,
        &[
            ("status", "cancelled"),
            ("scope", "this"),
            ("reason", "New Year"),
        ],
    )
    .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    let text = app.get("/events.ics?year=2027").await.text();
    let calendar = Calendar::from_str(&text).unwrap();
    let master = calendar
        .components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) if e.property_value("RRULE").is_some() => Some(e),
            _ => None,
        })
        .unwrap();
    assert_ne!(master.property_value("STATUS"), Some("CANCELLED"));
    assert_eq!(
        feed_occurrences(&text),
        stored_occurrences(&app, "1 = 1").await
    );
}

#[tokio::test]
async fn the_dashboard_shows_the_occurrences_coming_up() {
    let app = TestApp::staff().await;
    let start = chrono::Utc::now().date_naive() + chrono::Duration::days(3);
    let start = start.to_string();
    let first = app
        .create_event(&[
            ("title", "Weekly outreach stand-up"),
            ("kind", "meeting"),
            ("start_date", &start),
            ("repeat", "weekly"),
            ("repeat_count", "20"),
        ])
        .await;
    let all = occurrences(&app, first).await;
    let home = app.get("/").await.text();
    // The next 60 days hold the first eight or nine weeks, and not the last.
    for (id, ..) in &all[..8] {
        assert!(home.contains(&format!("href=\"/events/{id}\"")), "{id}");
    }
    assert!(!home.contains(&format!("href=\"/events/{}\"", all[19].0)));
}

#[tokio::test]
async fn a_private_feed_of_one_followed_occurrence_gives_that_one_alone() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[("country", "CU"), ("city", "La Habana")]).await;
    let all = occurrences(&app, first).await;
    let (member, _) = app.member_account("CU", "Ana", "active").await;
    member
        .post_form(&format!("/events/{}/follow", all[2].0), &[])
        .await;
    let made = member.post_form("/account/calendar", &[]).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let page = member.get(&made.location()).await.text();
    let start = page.find("webcal://").expect("a webcal link");
    let webcal: String = page[start..].chars().take_while(|c| *c != '"').collect();
    let path = webcal.trim_start_matches("webcal://127.0.0.1:3000");
    let text = TestApp::sharing(&app).get(path).await.text();
    // The series' one entry, with every other occurrence excluded.
    assert_eq!(
        feed_occurrences(&text),
        BTreeSet::from([("2027-03-02 10:00".to_owned(), false)])
    );
}

#[tokio::test]
async fn the_date_history_says_who_by_name_to_accounts_and_by_role_to_the_public() {
    let app = TestApp::staff().await;
    let first = council_call(&app, &[]).await;
    let moved = edit(
        &app,
        first,
        &[
            ("start_date", "2027-01-12"),
            ("scope", "this"),
            ("reason", "Holidays"),
        ],
    )
    .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let history = |html: String| html.split("id=\"history-h\"").nth(1).unwrap().to_owned();
    let staff_view = history(app.get(&format!("/events/{first}")).await.text());
    assert!(staff_view.contains("gse_staff tester"), "{staff_view}");
    let public = TestApp::sharing(&app);
    public.forget_cookies();
    let public_view = history(public.get(&format!("/events/{first}")).await.text());
    assert!(public_view.contains("GSE staff"), "{public_view}");
    assert!(!public_view.contains("gse_staff tester"));
    assert!(
        !public_view.contains("@example.org"),
        "no address on a public page"
    );
}
