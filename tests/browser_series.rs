//! A recurring call in a real browser: GSE staff create a monthly series from the event
//! form, see its occurrences, move "this and following" to a new time, and delete one
//! occurrence; the pages say what each change did.
//!
//! Needs Chromium and chromedriver: `apt-get install -y chromium chromium-driver`.

mod browser_support;

use anyhow::{Result, ensure};
use browser_support::{
    ChromeDriver, choose_option, click_button, click_button_in, connect, create_account_in, find,
    report_failure_named, require_browser, set_date, set_value, start_app, text_of, type_into,
    wait_for_text,
};
use fantoccini::{Client, Locator};
use lacralo_outreach::web::auth::Role;

const EMAIL: &str = "gse.calls@example.org";
const PASSWORD: &str = "marimba volcano lantern 1987";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_a_monthly_call_is_created_moved_from_one_on_and_thinned() {
    require_browser();
    let (base, state, _dir) = start_app().await;
    create_account_in(&state, EMAIL, "GSE calls", PASSWORD, Role::GseStaff, "en").await;
    let driver = ChromeDriver::start();
    let client = connect(&driver.url).await;
    let outcome = journey(&client, &base).await;
    if let Err(e) = &outcome {
        report_failure_named(&client, "browser_series", e).await;
    }
    let closed = client.close().await;
    drop(driver);
    if let Err(e) = outcome {
        panic!("series journey failed: {e:#}");
    }
    closed.expect("closing the browser session");
}

async fn save(c: &Client) -> Result<()> {
    click_button_in(c, "contains(@class,'event-form')", "Save").await
}

async fn journey(c: &Client, base: &str) -> Result<()> {
    c.goto(&format!("{base}/login?lang=en")).await?;
    type_into(c, "#f-email", EMAIL).await?;
    type_into(c, "#f-password", PASSWORD).await?;
    click_button(c, "Log in").await?;
    wait_for_text(c, ".flash", "You are logged in.").await?;

    // A series from the form: without an end it is refused, the choices kept.
    c.goto(&format!("{base}/events/new")).await?;
    type_into(c, "#f-title", "LACRALO monthly call").await?;
    choose_option(c, "#f-kind", "meeting").await?;
    set_date(c, "f-start_date", "2027-01-05").await?;
    set_value(c, "#f-start_time", "18:00").await?;
    choose_option(c, "#f-time_zone", "America/Santiago").await?;
    choose_option(c, "#f-repeat", "monthly").await?;
    save(c).await?;
    wait_for_text(
        c,
        "#f-repeat_count-error",
        "Say when the series ends: a number of times, or a last day.",
    )
    .await?;
    let kept = find(c, Locator::Css("#f-repeat"))
        .await?
        .prop("value")
        .await?;
    ensure!(
        kept.as_deref() == Some("monthly"),
        "the repeat choice was lost: {kept:?}"
    );
    type_into(c, "#f-repeat_count", "6").await?;
    save(c).await?;
    wait_for_text(c, ".flash", "Event created.").await?;
    let series = text_of(c, "section.series").await?;
    ensure!(
        series.contains("Occurrence 1 of 6") && series.contains("June 1, 2027"),
        "the first occurrence's page should list the six, it reads: {series:?}"
    );

    // The fourth, from there on, an hour later: a new series of three.
    find(
        c,
        Locator::LinkText("April 6, 2027, 18:00 America/Santiago (UTC-04:00)"),
    )
    .await?
    .click()
    .await?;
    wait_for_text(c, "h1", "LACRALO monthly call").await?;
    find(c, Locator::LinkText("Edit")).await?.click().await?;
    wait_for_text(c, "h1", "Edit event").await?;
    find(c, Locator::Css("#scope-following"))
        .await?
        .click()
        .await?;
    set_value(c, "#f-start_time", "19:00").await?;
    type_into(c, "#f-reason", "Later for the Caribbean").await?;
    save(c).await?;
    wait_for_text(c, ".flash", "Event saved.").await?;
    let series = text_of(c, "section.series").await?;
    ensure!(
        series.contains("Occurrence 1 of 3") && series.contains("May 4, 2027, 19:00"),
        "the new series starts at the fourth, at 19:00: {series:?}"
    );
    let history = text_of(c, "table.history").await?;
    ensure!(history.contains("Later for the Caribbean"), "{history:?}");

    // The second deleted on its own: the first series has two left.
    c.goto(&format!("{base}/events?year=2027&q=monthly"))
        .await?;
    find(c, Locator::LinkText("LACRALO monthly call"))
        .await?
        .click()
        .await?;
    wait_for_text(c, "h1", "LACRALO monthly call").await?;
    find(
        c,
        Locator::LinkText("February 2, 2027, 18:00 America/Santiago (UTC-03:00)"),
    )
    .await?
    .click()
    .await?;
    find(c, Locator::LinkText("Delete")).await?.click().await?;
    ensure!(
        find(c, Locator::Css("#scope-this"))
            .await?
            .is_selected()
            .await?,
        "deleting an occurrence should default to this one only"
    );
    click_button(c, "Delete the event").await?;
    wait_for_text(c, ".flash", "Event deleted.").await?;
    c.goto(&format!("{base}/events?year=2027&q=monthly"))
        .await?;
    find(c, Locator::LinkText("LACRALO monthly call"))
        .await?
        .click()
        .await?;
    let series = text_of(c, "section.series").await?;
    ensure!(
        series.contains("Occurrence 1 of 2") && !series.contains("February"),
        "the first series keeps January and March: {series:?}"
    );
    Ok(())
}
