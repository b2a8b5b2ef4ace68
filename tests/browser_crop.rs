//! CROP end to end in a real browser: a member applies to an opportunity (one refused
//! submission on the way), leadership approves the application (in Spanish, after the
//! second login step), and the member sees the decision. The application runs in-process
//! on an ephemeral port; a headless Chromium, driven through chromedriver, clicks through
//! it as people would. The people, the ALS, the event and the opportunity are put in the
//! database directly before the browser starts.
//!
//! Needs Chromium and chromedriver: `apt-get install -y chromium chromium-driver`.

mod browser_support;

use std::time::Instant;

use anyhow::{Context, Result, ensure};
use browser_support::seed;
use browser_support::{
    ChromeDriver, choose_option, click_button, click_nav, connect, create_account, enrol_totp,
    find, log_in, log_out, report_failure_named, require_browser, start_app, switch_language, t,
    type_into, wait_for_text,
};
use chrono::Utc;
use fantoccini::{Client, Locator};
use lacralo_outreach::AppState;
use lacralo_outreach::audit::Actor;
use lacralo_outreach::web::auth::Role;

const MEMBER_NAME: &str = "Keisha Baptiste";
const MEMBER_EMAIL: &str = "keisha.baptiste@example.org";
const MEMBER_PASSWORD: &str = "hibiscus steelpan harbour 2031";
const LEADER_EMAIL: &str = "presidencia@example.org";
const LEADER_PASSWORD: &str = "marimba volcano lantern 1987";
const ALS_NAME: &str = "Trinidad Digital Commons";
const EVENT_TITLE: &str = "Port of Spain Community Internet Forum";

/// What the database holds before the browser starts.
struct Setup {
    member_id: i64,
    leader_totp_secret: String,
    opportunity_id: i64,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_crop_member_applies_leadership_approves_member_sees_it() {
    let started = Instant::now();
    require_browser();

    let (base, state, _dir) = start_app().await;
    let setup = seed(&state).await.expect("the CROP test data");
    let driver = ChromeDriver::start();
    let client = connect(&driver.url).await;

    let outcome = journey(&client, &base, &setup).await;
    if let Err(e) = &outcome {
        report_failure_named(&client, "browser_crop", e).await;
    }
    let closed = client.close().await;
    drop(driver);

    if let Err(e) = outcome {
        panic!("browser journey failed: {e:#}");
    }
    closed.expect("closing the browser session");

    // What the approval left behind: the trip, only planned (it is an engagement once the
    // traveller is back), and the message telling the member.
    let (trips, step): (i64, Option<String>) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM engagements WHERE kind = 'crop_trip' AND member_id = ?1),
                (SELECT trip_step FROM crop_applications WHERE member_id = ?1)",
    )
    .bind(setup.member_id)
    .fetch_one(&state.pool)
    .await
    .expect("count engagements");
    assert_eq!(trips, 0, "no engagement before the trip has happened");
    assert_eq!(step.as_deref(), Some("selected"), "the trip is selected");
    let notices: Vec<(String, String)> =
        sqlx::query_as("SELECT recipient, subject FROM outbox WHERE kind = 'crop_decision'")
            .fetch_all(&state.pool)
            .await
            .expect("read the outbox");
    assert_eq!(
        notices.len(),
        1,
        "one crop_decision message in the outbox, found {notices:?}"
    );
    assert_eq!(
        notices[0].0, MEMBER_EMAIL,
        "the decision is told to the applicant"
    );
    assert!(
        notices[0].1.contains(EVENT_TITLE) && notices[0].1.contains("Approved"),
        "the message's subject names the event and the decision (in the member's English): {:?}",
        notices[0].1
    );
    let status: String =
        sqlx::query_scalar("SELECT status FROM crop_applications WHERE member_id = ?")
            .bind(setup.member_id)
            .fetch_one(&state.pool)
            .await
            .expect("the member's application");
    assert_eq!(status, "approved");
    eprintln!("browser CROP journey passed in {:.1?}", started.elapsed());
}

/// The journey itself; every check returns an error (rather than panicking) so the
/// browser is always closed.
async fn journey(c: &Client, base: &str, setup: &Setup) -> Result<()> {
    let opp = setup.opportunity_id;

    // 1a. The member logs in (in English) and finds the opportunity through the menu.
    log_in(c, base, "en", MEMBER_EMAIL, MEMBER_PASSWORD, None).await?;
    click_nav(c, "CROP")
        .await
        .context("the menu has no \"CROP\" link for a logged-in member")?;
    wait_for_text(c, "h1", "CROP opportunities").await?;
    find(c, Locator::LinkText(EVENT_TITLE))
        .await
        .with_context(|| format!("the CROP list has no link \"{EVENT_TITLE}\""))?
        .click()
        .await?;
    wait_for_text(c, "h1", EVENT_TITLE).await?;
    find(c, Locator::LinkText("Apply"))
        .await
        .context("the opportunity's page offers no \"Apply\" link to an eligible member")?
        .click()
        .await?;
    wait_for_text(c, "h1", "Apply").await?;
    let applying_as = find(c, Locator::Css("main")).await?.text().await?;
    ensure!(
        applying_as.contains(&format!("Applying as {MEMBER_NAME} · {ALS_NAME}")),
        "the form should say who is applying (\"Applying as {MEMBER_NAME} · {ALS_NAME} · …\"), \
         the page reads: {applying_as:?}"
    );

    // 1b. Submitted without a motivation: refused with the field's message, what was typed
    // kept.
    let plan = "Two talks at the University of the West Indies and a meeting with TTISPA; \
                a report to our ALS and to LACRALO's monthly call.";
    let needs = "Travelling from San Fernando; no visa needed.";
    type_into(c, "#f-outreach_plan", plan).await?;
    type_into(c, "#f-travel_needs", needs).await?;
    click_button(c, "Submit application").await?;
    wait_for_text(
        c,
        "#f-motivation-error",
        "This is needed for the application.",
    )
    .await?;
    let summary = find(c, Locator::Css(".error-summary"))
        .await?
        .text()
        .await?;
    ensure!(
        summary.contains("This is needed for the application."),
        "the error summary should list the missing motivation, it reads: {summary:?}"
    );
    for (css, typed) in [("#f-outreach_plan", plan), ("#f-travel_needs", needs)] {
        let kept = find(c, Locator::Css(css)).await?.prop("value").await?;
        ensure!(
            kept.as_deref() == Some(typed),
            "the refused form should keep what was typed in `{css}` ({typed:?}), it holds {kept:?}"
        );
    }
    ensure!(
        find(c, Locator::Css("#lang-en"))
            .await?
            .is_selected()
            .await?,
        "the refused form should keep English ticked among the languages"
    );

    // 1c. With the motivation, the application is submitted.
    type_into(
        c,
        "#f-motivation",
        "I coordinate our ALS's Universal Acceptance work with Caribbean ISPs.",
    )
    .await?;
    click_button(c, "Submit application").await?;
    wait_for_text(c, ".flash", "Your application is submitted.").await?;
    wait_for_text(c, "p.lead .badge", "Submitted").await?;

    // 2a. The member logs out; the leader logs in, in Spanish, with the second step.
    log_out(c, "en").await?;
    c.goto(&format!("{base}/login")).await?;
    wait_for_text(c, "h1", "Log in").await?;
    switch_language(c, "es").await?;
    wait_for_text(c, "h1", "Iniciar sesión").await?;
    ensure!(
        t("es", "login-2fa-title") == "Segundo paso: su código",
        "the Spanish second step is titled {:?}",
        t("es", "login-2fa-title")
    );
    log_in(
        c,
        base,
        "es",
        LEADER_EMAIL,
        LEADER_PASSWORD,
        Some(&setup.leader_totp_secret),
    )
    .await?;

    // 2b. The opportunity's applications: approve the member's.
    c.goto(&format!("{base}/crop/{opp}/review")).await?;
    wait_for_text(c, "h1", &format!("Solicitudes: {EVENT_TITLE}")).await?;
    let application = find(c, Locator::Css("article.application"))
        .await
        .context("the review page lists no application")?
        .text()
        .await?;
    ensure!(
        application.contains(MEMBER_NAME) && application.contains("Enviada"),
        "the review page should list {MEMBER_NAME}'s application as \"Enviada\", it reads: \
         {application:?}"
    );
    choose_option(c, "form.decision select[name='decision']", "approve").await?;
    click_button(c, "Registrar decisión").await?;
    wait_for_text(
        c,
        ".flash",
        "La decisión quedó registrada y se le comunicará al solicitante.",
    )
    .await?;
    wait_for_text(c, "article.application h2 .badge", "Aprobada").await?;

    // 3a. The leader logs out; the member logs in again, in English.
    log_out(c, "es").await?;
    wait_for_text(c, ".flash", "Ha cerrado la sesión.").await?;
    c.goto(&format!("{base}/login")).await?;
    wait_for_text(c, "h1", "Iniciar sesión").await?;
    switch_language(c, "en").await?;
    log_in(c, base, "en", MEMBER_EMAIL, MEMBER_PASSWORD, None).await?;

    // 3b. "My applications" shows the decision; the application's page tells it.
    click_nav(c, "CROP").await?;
    wait_for_text(c, "h1", "CROP opportunities").await?;
    find(c, Locator::LinkText("My applications"))
        .await
        .context("the CROP page has no \"My applications\" link")?
        .click()
        .await?;
    wait_for_text(c, "h1", "My applications").await?;
    wait_for_text(c, "table.history tbody .badge", "Approved").await?;
    find(c, Locator::LinkText(EVENT_TITLE))
        .await
        .context("\"My applications\" has no link to the application")?
        .click()
        .await?;
    wait_for_text(c, "h1", &format!("Application: {EVENT_TITLE}")).await?;
    wait_for_text(c, "p.lead .badge", "Approved").await?;
    let decision = find(c, Locator::Css(".notice[role='status']"))
        .await
        .context("the application's page shows no decision")?
        .text()
        .await?;
    ensure!(
        decision.starts_with("Decision: Approved ("),
        "the application's page should say \"Decision: Approved (date)\", it reads: {decision:?}"
    );
    ensure!(
        c.find(Locator::LinkText("Withdraw my application"))
            .await
            .is_err()
            && c.find(Locator::XPath(
                "//button[normalize-space()='Withdraw my application']"
            ))
            .await
            .is_err(),
        "an approved application should no longer offer withdrawing"
    );
    // The trip is months away: the report section says when it can be written, and offers
    // no form yet.
    wait_for_text(
        c,
        "section[aria-labelledby='report-h'] p.muted",
        &t("en", "crop-report-after-trip"),
    )
    .await
    .context("the approved application's page should say when the trip report can be written")?;
    ensure!(
        c.find(Locator::Css("#f-report")).await.is_err(),
        "the trip report form should not be offered before the event has begun"
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------
// The application, its data, and the browser

/// An active ALS in Trinidad and Tobago (sub-region C) with a member who has an account;
/// a leader with the second step enrolled; an event there in 120 days, and its CROP
/// opportunity announced to sub-region C with one funded place.
async fn seed(state: &AppState) -> Result<Setup> {
    let pool = &state.pool;
    let (_, member_id) =
        seed::als_with_member(pool, (ALS_NAME, "TT"), (MEMBER_NAME, MEMBER_EMAIL)).await?;
    let member_user = create_account(
        state,
        MEMBER_EMAIL,
        MEMBER_NAME,
        MEMBER_PASSWORD,
        Role::Member,
    )
    .await;
    sqlx::query("UPDATE users SET member_id = ? WHERE id = ?")
        .bind(member_id)
        .bind(member_user)
        .execute(pool)
        .await?;
    let leader = create_account(
        state,
        LEADER_EMAIL,
        "Presidencia LACRALO",
        LEADER_PASSWORD,
        Role::Leadership,
    )
    .await;
    let leader_totp_secret = enrol_totp(state, leader).await;

    let today = Utc::now().date_naive();
    let start = today + chrono::Duration::days(120);
    let event_id =
        seed::crop_event(pool, "browser-crop-forum@lacralo.test", EVENT_TITLE, start).await?;
    let actor = Actor::system("browser-test");
    let opportunity_id = seed::announced_opportunity(
        state,
        &actor,
        lacralo_outreach::web::Lang::default(),
        (event_id, start),
        today,
    )
    .await?;
    Ok(Setup {
        member_id,
        leader_totp_secret,
        opportunity_id,
    })
}
