//! Dates as a person meets them in Chromium: an event known only by its month, entered in
//! the form, sits under that month ("sometime this month"); and the two calendar feeds a
//! person can subscribe to, fetched from the page, give a webinar the same end.
//!
//! Needs Chromium and chromedriver: `apt-get install -y chromium chromium-driver`.

mod browser_support;

use std::str::FromStr;

use anyhow::{Context, Result, ensure};
use browser_support::{
    ChromeDriver, click_button, click_button_in, connect, create_account_in, fetch_from_page, find,
    report_failure_named, require_browser, set_value, start_app, text_of, type_into, wait_for_text,
};
use chrono::{NaiveDate, NaiveTime};
use fantoccini::{Client, Locator};
use icalendar::{Calendar, CalendarComponent, Component};
use lacralo_outreach::audit::Actor;
use lacralo_outreach::events::dates::{EventDates, LocalTime};
use lacralo_outreach::events::model::{EventKind, EventStatus, NewEvent, Relevance};
use lacralo_outreach::web::auth::Role;
use lacralo_outreach::webinars::model::{Programme, WebinarFields, WebinarLanguage};

const EMAIL: &str = "gse.dates@example.org";
const PASSWORD: &str = "marimba volcano lantern 1987";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_month_only_events_and_the_two_feeds() {
    require_browser();
    let (base, state, _dir) = start_app().await;
    create_account_in(&state, EMAIL, "GSE dates", PASSWORD, Role::GseStaff, "en").await;
    // A 90-minute webinar at 10:00 in São Paulo.
    let day = NaiveDate::from_ymd_opt(2027, 5, 12).unwrap();
    let event = NewEvent {
        title: "UA for registries".to_owned(),
        kind: EventKind::Webinar,
        relevance: Relevance::LacraloInvolved,
        organiser: "LACRALO".to_owned(),
        city: String::new(),
        country: None,
        online: true,
        dates: EventDates::Day {
            start: day,
            end: day,
            time: Some(LocalTime {
                time: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                zone: chrono_tz::America::Sao_Paulo,
            }),
        },
        status: EventStatus::Confirmed,
        url: String::new(),
        notes: String::new(),
        needs_review: false,
        review_note: String::new(),
    };
    let fields = WebinarFields {
        programme: Programme::UaSeries,
        topic_id: None,
        duration_minutes: Some(90),
        languages: vec![WebinarLanguage::Es],
        interpretation: false,
        speakers: String::new(),
        audience: String::new(),
        registration_url: String::new(),
        recording_url: String::new(),
    };
    lacralo_outreach::webinars::queries::create(
        &state.pool,
        &Actor::system("test"),
        &event,
        &fields,
    )
    .await
    .expect("the webinar");
    let driver = ChromeDriver::start();
    let client = connect(&driver.url).await;
    let outcome = journey(&client, &base).await;
    if let Err(e) = &outcome {
        report_failure_named(&client, "browser_dates", e).await;
    }
    let closed = client.close().await;
    drop(driver);
    if let Err(e) = outcome {
        panic!("dates journey failed: {e:#}");
    }
    closed.expect("closing the browser session");
}

/// DTSTART and DTEND of the entry titled `title` in a feed.
fn start_and_end(text: &str, title: &str) -> Result<(String, String)> {
    let calendar = Calendar::from_str(text).map_err(|e| anyhow::anyhow!("{e}"))?;
    let entry = calendar
        .components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) if e.get_summary() == Some(title) => Some(e),
            _ => None,
        })
        .with_context(|| format!("no entry \"{title}\" in the feed"))?;
    let value = |key: &str| {
        entry
            .properties()
            .get(key)
            .map(|p| p.value().to_owned())
            .unwrap_or_default()
    };
    Ok((value("DTSTART"), value("DTEND")))
}

async fn journey(c: &Client, base: &str) -> Result<()> {
    c.goto(&format!("{base}/login?lang=en")).await?;
    type_into(c, "#f-email", EMAIL).await?;
    type_into(c, "#f-password", PASSWORD).await?;
    click_button(c, "Log in").await?;
    wait_for_text(c, ".flash", "You are logged in.").await?;

    // An event whose month alone is known, entered in the form.
    c.goto(&format!("{base}/events/new")).await?;
    type_into(c, "#f-title", "LAC DNS Forum").await?;
    find(c, Locator::Css("#prec-month")).await?.click().await?;
    set_value(c, "#f-month", "2027-05").await?;
    click_button_in(c, "contains(@class,'event-form')", "Save").await?;
    wait_for_text(c, ".flash", "Event created.").await?;

    // Under May 2027, at the top: "sometime this month", before the webinar of the 12th.
    c.goto(&format!("{base}/events?year=2027")).await?;
    let may = text_of(c, "#m-2027-05").await?;
    let sometime = may.find("Sometime this month");
    let forum = may.find("LAC DNS Forum");
    let webinar = may.find("UA for registries");
    ensure!(
        sometime.is_some() && sometime < forum && forum < webinar,
        "May 2027 should list the forum under \"Sometime this month\" before the webinar: {may:?}"
    );
    let page = text_of(c, "main").await?;
    ensure!(
        !page.contains("2027: date to be confirmed"),
        "the forum's month is known: it is not in the year's to-be-confirmed block"
    );

    // The two feeds a person subscribes to agree on the webinar's end: 10:00 to 11:30.
    let events = fetch_from_page(c, &format!("{base}/events.ics?year=2027")).await?;
    let webinars = fetch_from_page(c, &format!("{base}/webinars.ics")).await?;
    let expected = ("20270512T100000".to_owned(), "20270512T113000".to_owned());
    let in_events = start_and_end(&events.body, "UA for registries")?;
    let in_webinars = start_and_end(&webinars.body, "UA for registries")?;
    ensure!(
        in_events == expected && in_webinars == expected,
        "both feeds should give 10:00–11:30: events {in_events:?}, webinars {in_webinars:?}"
    );
    let forum = start_and_end(&events.body, "LAC DNS Forum (date to be confirmed)")?;
    ensure!(
        forum == ("20270501".to_owned(), "20270502".to_owned()),
        "the forum is an all-day entry on the 1st: {forum:?}"
    );
    Ok(())
}
