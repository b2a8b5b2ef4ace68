//! End-to-end test in a real browser: the application runs in-process on an ephemeral
//! port and a headless Chromium, driven through chromedriver, walks through it as a
//! person would (calendar, language switch, logging in, creating an event, a refused
//! form, editing the event's date, logging out).
//!
//! Needs Chromium and chromedriver: `apt-get install -y chromium chromium-driver`.

mod browser_support;

use std::time::Instant;

use anyhow::{Context, Result, ensure};
use browser_support::{
    ChromeDriver, choose_option, click_button, click_button_in, connect, create_account_in, find,
    report_failure_named, require_browser, set_date, start_app, type_into, wait_for_text,
};
use fantoccini::{Client, Locator};
use lacralo_outreach::web::auth::Role;

const STAFF_EMAIL: &str = "gestora@example.org";
const STAFF_PASSWORD: &str = "marimba volcano lantern 1987";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_journey_calendar_language_and_new_event() {
    let started = Instant::now();
    require_browser();

    let (base, state, _dir) = start_app().await;
    create_account_in(
        &state,
        STAFF_EMAIL,
        "Gestora GSE",
        STAFF_PASSWORD,
        Role::GseStaff,
        "es",
    )
    .await;
    let driver = ChromeDriver::start();
    let client = connect(&driver.url).await;

    let outcome = journey(&client, &base).await;
    if let Err(e) = &outcome {
        report_failure_named(&client, "browser", e).await;
    }
    let closed = client.close().await;
    drop(driver);

    if let Err(e) = outcome {
        panic!("browser journey failed: {e:#}");
    }
    closed.expect("closing the browser session");
    eprintln!("browser journey passed in {:.1?}", started.elapsed());
}

/// The journey itself; every check returns an error (rather than panicking) so the
/// browser is always closed.
async fn journey(c: &Client, base: &str) -> Result<()> {
    // a. The calendar of March 2023, in English, shows a seeded event in its grid.
    c.goto(&format!("{base}/events/calendar?year=2023&month=3"))
        .await?;
    wait_for_text(c, "h1", "March 2023").await?;
    let grid = find(c, Locator::Css("table.month-grid")).await?;
    grid.find(Locator::LinkText("ICANN76 LAC Readout session"))
        .await
        .context("the March 2023 grid lists no link \"ICANN76 LAC Readout session\"")?;

    // b. Switching to Spanish translates the page and marks it as Spanish.
    let switcher = find(c, Locator::Css("nav.lang-switch")).await?;
    switcher
        .find(Locator::LinkText("Español"))
        .await
        .context("the language switcher has no link \"Español\"")?
        .click()
        .await?;
    wait_for_text(c, "h1", "Marzo de 2023").await?;
    let lang = find(c, Locator::Css("html")).await?.attr("lang").await?;
    ensure!(
        lang.as_deref() == Some("es"),
        "after choosing Español the <html lang> is {lang:?}, expected \"es\""
    );

    // c0. GSE staff log in through the real form (in Spanish, the choice is remembered);
    // asking for the new-event form first lands on the login page and comes back.
    c.goto(&format!("{base}/events/new")).await?;
    wait_for_text(c, "h1", "Iniciar sesión").await?;
    type_into(c, "#f-email", STAFF_EMAIL).await?;
    type_into(c, "#f-password", STAFF_PASSWORD).await?;
    click_button(c, "Entrar").await?;
    wait_for_text(c, ".flash", "Ha iniciado sesión.").await?;

    // c. The new-event form, in Spanish.
    wait_for_text(c, "h1", "Nuevo evento").await?;
    type_into(c, "#f-title", "Taller DNSSEC Lima").await?;
    let day_known = find(c, Locator::Css("#prec-day")).await?;
    ensure!(
        day_known.is_selected().await?,
        "the new-event form should start with \"the day is known\" (#prec-day) chosen"
    );
    set_date(c, "f-start_date", "2023-11-21").await?;
    choose_option(c, "#f-country", "PE").await?;
    type_into(c, "#f-city", "Lima").await?;
    click_save(c).await?;

    // d. The event's page, with the confirmation and the date written out in Spanish.
    wait_for_text(c, "h1", "Taller DNSSEC Lima").await?;
    wait_for_text(c, ".flash", "Evento creado.").await?;
    wait_for_text(
        c,
        "dl.details > dd:first-of-type",
        "21 de noviembre de 2023",
    )
    .await?;

    // e. The list of November 2023 includes it.
    c.goto(&format!("{base}/events?year=2023&month=11")).await?;
    let list = find(c, Locator::Css("main")).await?;
    list.find(Locator::LinkText("Taller DNSSEC Lima"))
        .await
        .context("the list of November 2023 has no link \"Taller DNSSEC Lima\"")?;

    // f. A form without a title is refused with a message, and keeps what was typed.
    c.goto(&format!("{base}/events/new")).await?;
    wait_for_text(c, "h1", "Nuevo evento").await?;
    set_date(c, "f-start_date", "2023-12-05").await?;
    type_into(c, "#f-city", "Cusco").await?;
    click_save(c).await?;
    wait_for_text(c, "#f-title-error", "Escriba un título.").await?;
    let summary = find(c, Locator::Css(".error-summary"))
        .await?
        .text()
        .await?;
    ensure!(
        summary.contains("Escriba un título."),
        "the error summary should list \"Escriba un título.\", it reads: {summary:?}"
    );
    let city = find(c, Locator::Css("#f-city"))
        .await?
        .prop("value")
        .await?;
    ensure!(
        city.as_deref() == Some("Cusco"),
        "the refused form should keep the city typed (\"Cusco\"), #f-city holds {city:?}"
    );

    // g. Editing the event: moving its date with a reason shows in its history.
    c.goto(&format!("{base}/events?year=2023&month=11")).await?;
    find(c, Locator::LinkText("Taller DNSSEC Lima"))
        .await?
        .click()
        .await?;
    wait_for_text(c, "h1", "Taller DNSSEC Lima").await?;
    find(c, Locator::LinkText("Editar")).await?.click().await?;
    wait_for_text(c, "h1", "Editar evento").await?;
    set_date(c, "f-start_date", "2023-11-23").await?;
    type_into(c, "#f-reason", "El ISP pidió otra fecha").await?;
    click_save(c).await?;
    wait_for_text(c, ".flash", "Evento guardado.").await?;
    let history = find(c, Locator::Css("table.history")).await?.text().await?;
    ensure!(
        history.contains("El ISP pidió otra fecha") && history.contains("21 de noviembre de 2023"),
        "the date history should show the old date and the reason, it reads: {history:?}"
    );

    // h. Logging out: the form is no longer reachable.
    click_button(c, "Cerrar sesión").await?;
    wait_for_text(c, ".flash", "Ha cerrado la sesión.").await?;
    c.goto(&format!("{base}/events/new")).await?;
    wait_for_text(c, "h1", "Iniciar sesión").await?;
    Ok(())
}

async fn click_save(c: &Client) -> Result<()> {
    click_button_in(c, "contains(@class,'event-form')", "Guardar").await
}
