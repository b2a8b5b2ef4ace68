//! ICANN's CROP procedure and the RALO funds in a real browser.
//! - In Spanish: a member's CROP application goes through the whole chain (leadership
//!   select, regional GSE endorse, submitted to CROP staff, confirmed by Constituency
//!   Travel) to a filed trip assessment with its English version, printable in English.
//! - In Portuguese: a request for the RALO discretionary funds runs from the request to
//!   its report, with a receipt uploaded through the file field.
//!
//! Needs Chromium and chromedriver: `apt-get install -y chromium chromium-driver`.

mod browser_support;

use anyhow::{Context, Result, ensure};
use browser_support::seed;
use browser_support::{
    ChromeDriver, choose_option, click_button, connect, create_account, enrol_totp, find, log_in,
    log_out, report_failure_named, require_browser, set_date, start_app, switch_language, t,
    type_into, wait_for_text, wait_for_text_containing,
};
use chrono::{Duration, Utc};
use fantoccini::{Client, Locator};
use lacralo_outreach::AppState;
use lacralo_outreach::audit::Actor;
use lacralo_outreach::web::auth::Role;

const MEMBER_NAME: &str = "Lucía Fernández";
const MEMBER_EMAIL: &str = "lucia.fernandez@example.org";
const PASSWORD: &str = "ceiba cocuyo laguna 2042";
const LEADER_EMAIL: &str = "presidencia@example.org";
const GSE_EMAIL: &str = "gse.lac@example.org";
const EVENT_TITLE: &str = "Foro de Gobernanza de Internet del Caribe";

/// Runs `journey` in a fresh browser against a fresh app; panics (after closing the
/// browser) with the journey's error.
async fn in_browser<F, Fut>(name: &str, journey: F) -> AppState
where
    F: FnOnce(Client, String, AppState) -> Fut,
    Fut: std::future::Future<Output = (Client, Result<()>)>,
{
    require_browser();
    let (base, state, dir) = start_app().await;
    // The temporary folder lives as long as the app; leak it until the process ends.
    std::mem::forget(dir);
    let driver = ChromeDriver::start();
    let client = connect(&driver.url).await;
    let (client, outcome) = journey(client, base, state.clone()).await;
    if let Err(e) = &outcome {
        report_failure_named(&client, name, e).await;
    }
    let _ = client.close().await;
    drop(driver);
    if let Err(e) = outcome {
        panic!("browser journey failed: {e:#}");
    }
    state
}

/// The member (with their ALS), leadership (with the second step leadership need: its
/// secret is returned) and GSE staff.
async fn accounts(state: &AppState, country: &str, als: &str) -> Result<String> {
    let (_, member_id) =
        seed::als_with_member(&state.pool, (als, country), (MEMBER_NAME, MEMBER_EMAIL)).await?;
    let user = create_account(state, MEMBER_EMAIL, MEMBER_NAME, PASSWORD, Role::Member).await;
    sqlx::query("UPDATE users SET member_id = ? WHERE id = ?")
        .bind(member_id)
        .bind(user)
        .execute(&state.pool)
        .await?;
    let leader = create_account(
        state,
        LEADER_EMAIL,
        "Presidencia",
        PASSWORD,
        Role::Leadership,
    )
    .await;
    create_account(state, GSE_EMAIL, "GSE LAC", PASSWORD, Role::GseStaff).await;
    Ok(enrol_totp(state, leader).await)
}

/// Logs in as `email` in the language `code` (chosen on the login page first), with the
/// second step's secret for an account that has one.
async fn enter(
    c: &Client,
    base: &str,
    code: &str,
    (email, totp): (&str, Option<&str>),
) -> Result<()> {
    c.goto(&format!("{base}/login")).await?;
    switch_language(c, code).await?;
    log_in(c, base, code, email, PASSWORD, totp).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_crop_chain_in_spanish_to_an_assessment_with_its_english_version() {
    let state = in_browser("browser_crop_chain", |c, base, state| async move {
        let outcome = crop_chain(&c, &base, &state).await;
        (c, outcome)
    })
    .await;
    let (step, language, english, engagements): (String, String, String, i64) = sqlx::query_as(
        "SELECT trip_step, report_language, report_english,
            (SELECT count(*) FROM engagements WHERE kind = 'crop_trip')
         FROM crop_applications",
    )
    .fetch_one(&state.pool)
    .await
    .expect("the application");
    assert_eq!(step, "confirmed");
    assert_eq!(language, "es");
    assert!(english.contains("two ISPs"), "{english}");
    assert_eq!(
        engagements, 1,
        "the filed assessment says the trip happened"
    );
}

async fn crop_chain(c: &Client, base: &str, state: &AppState) -> Result<()> {
    let secret = accounts(state, "TT", "Comunidad Digital de Trinidad").await?;
    let leader = (LEADER_EMAIL, Some(secret.as_str()));
    let today = Utc::now().date_naive();
    let start = today + Duration::days(120);
    let event = seed::crop_event(
        &state.pool,
        "browser-chain@lacralo.test",
        EVENT_TITLE,
        start,
    )
    .await?;
    let opp = seed::announced_opportunity(
        state,
        &Actor::system("browser-test"),
        lacralo_outreach::web::Lang::default(),
        (event, start),
        today,
    )
    .await?;

    // The member applies, in Spanish.
    enter(c, base, "es", (MEMBER_EMAIL, None)).await?;
    c.goto(&format!("{base}/crop/{opp}/apply")).await?;
    type_into(
        c,
        "#f-motivation",
        "Coordino el trabajo de nuestra ALS con los ISP del Caribe.",
    )
    .await?;
    type_into(
        c,
        "#f-outreach_plan",
        "Dos charlas y una reunión con la asociación de ISP.",
    )
    .await?;
    click_button(c, &t("es", "crop-submit")).await?;
    wait_for_text(c, ".flash", &t("es", "flash-crop-applied")).await?;
    let application = c.current_url().await?.path().to_owned();
    log_out(c, "es").await?;

    // Leadership select (approve) it; the trip's dates are proposed.
    enter(c, base, "es", leader).await?;
    c.goto(&format!("{base}/crop/{opp}/review")).await?;
    choose_option(c, "form.decision select[name='decision']", "approve").await?;
    click_button(c, &t("es", "crop-decide")).await?;
    wait_for_text(c, ".flash", &t("es", "flash-crop-decided")).await?;
    log_out(c, "es").await?;

    // Regional GSE endorse it: their step, with its date.
    enter(c, base, "es", (GSE_EMAIL, None)).await?;
    c.goto(&format!("{base}{application}")).await?;
    wait_for_text_containing(c, "#trip-h", &t("es", "crop-trip-procedure")).await?;
    find(
        c,
        Locator::Css("form[action$='/step'] button[type='submit']"),
    )
    .await
    .context("GSE staff see no step to take on an approved trip")?
    .click()
    .await?;
    wait_for_text(c, ".flash", &t("es", "flash-crop-step")).await?;
    ensure!(
        c.find(Locator::Css("form[action$='/step']")).await.is_err(),
        "submitting to CROP staff is leadership's, not GSE's"
    );
    log_out(c, "es").await?;

    // Leadership submit it to CROP staff, then record Constituency Travel's confirmation.
    enter(c, base, "es", leader).await?;
    for _ in 0..2 {
        c.goto(&format!("{base}{application}")).await?;
        find(
            c,
            Locator::Css("form[action$='/step'] button[type='submit']"),
        )
        .await
        .context("leadership see no next step")?
        .click()
        .await?;
        wait_for_text(c, ".flash", &t("es", "flash-crop-step")).await?;
    }
    let steps = find(c, Locator::Css("ol.steps")).await?.text().await?;
    for step in ["selected", "endorsed", "submitted", "confirmed"] {
        let label = t("es", &format!("crop-step-{step}"));
        ensure!(
            steps.contains(&label),
            "the steps should list {label:?}: {steps:?}"
        );
    }
    log_out(c, "es").await?;

    // The trip happens (moved to the past here), and the member files the assessment.
    let past = today - Duration::days(10);
    sqlx::query("UPDATE events SET start_date = ?, end_date = ? WHERE id = ?")
        .bind(past.to_string())
        .bind((past + Duration::days(2)).to_string())
        .bind(event)
        .execute(&state.pool)
        .await?;
    sqlx::query("UPDATE crop_applications SET departure_on = ?, return_on = ?")
        .bind((past - Duration::days(1)).to_string())
        .bind((past + Duration::days(3)).to_string())
        .execute(&state.pool)
        .await?;
    state.pages.changed();
    enter(c, base, "es", (MEMBER_EMAIL, None)).await?;
    c.goto(&format!("{base}{application}")).await?;
    wait_for_text(c, "#report-h", &t("es", "crop-report")).await?;
    let chosen = find(c, Locator::Css("#f-report_language option:checked"))
        .await?
        .text()
        .await?;
    ensure!(
        chosen == t("es", "webinar-language-es"),
        "the assessment's language defaults to the writer's: {chosen:?}"
    );
    type_into(
        c,
        "#f-objectives",
        "Presentar At-Large a los ISP del Caribe.",
    )
    .await?;
    type_into(
        c,
        "#f-activities",
        "Dos charlas y una reunión con la asociación de ISP.",
    )
    .await?;
    type_into(c, "#f-people_reached", "45").await?;
    type_into(c, "#f-contacts", "Tres ISP y dos universidades.").await?;
    type_into(c, "#f-follow_up", "Un webinar en marzo.").await?;
    type_into(c, "#f-report", "Dos ISP se postularán como ALS.").await?;
    type_into(
        c,
        "#f-english",
        "Objectives: introduce At-Large to Caribbean ISPs. Results: two ISPs will apply as ALSs.",
    )
    .await?;
    click_button(c, &t("es", "crop-file-report")).await?;
    wait_for_text(c, ".flash", &t("es", "flash-crop-report-filed")).await?;
    ensure!(
        c.find(Locator::Css("#english-missing")).await.is_err(),
        "a report with its English version is not flagged"
    );
    // The printable English view.
    find(c, Locator::LinkText(&t("es", "crop-assessment-print")))
        .await?
        .click()
        .await?;
    wait_for_text(c, "h1", &t("en", "crop-assessment-title")).await?;
    let lang = c
        .find(Locator::Css("html"))
        .await?
        .attr("lang")
        .await?
        .unwrap_or_default();
    ensure!(
        lang == "en",
        "the printable view is in English, its page says lang={lang:?}"
    );
    let body = find(c, Locator::Css("main")).await?.text().await?;
    ensure!(
        body.contains("two ISPs will apply as ALSs"),
        "the English version is printed: {body:?}"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_fund_request_in_portuguese_from_request_to_report_with_a_receipt() {
    let state = in_browser("browser_fund_request", |c, base, state| async move {
        let outcome = fund_request(&c, &base, &state).await;
        (c, outcome)
    })
    .await;
    let (status, receipts, engagements): (String, i64, i64) = sqlx::query_as(
        "SELECT status, (SELECT count(*) FROM fund_receipts),
            (SELECT count(*) FROM engagements WHERE kind = 'local_activity')
         FROM fund_requests",
    )
    .fetch_one(&state.pool)
    .await
    .expect("the request");
    assert_eq!(status, "reported");
    assert_eq!(receipts, 1);
    assert_eq!(engagements, 1, "the initiative is the ALS's engagement");
}

async fn fund_request(c: &Client, base: &str, state: &AppState) -> Result<()> {
    let secret = accounts(state, "BR", "Comunidade Digital do Recife").await?;
    let leader = (LEADER_EMAIL, Some(secret.as_str()));
    let held = Utc::now().date_naive() + Duration::days(20);

    // The member asks, in Portuguese: one line's amount mistyped first.
    enter(c, base, "pt", (MEMBER_EMAIL, None)).await?;
    c.goto(&format!("{base}/funds/new")).await?;
    wait_for_text(c, "h1", &t("pt", "fund-new")).await?;
    type_into(c, "#f-title", "Café da manhã com provedores do Recife").await?;
    set_date(c, "f-held_on", &held.to_string()).await?;
    type_into(
        c,
        "#f-objectives",
        "Apresentar o At-Large aos provedores locais.",
    )
    .await?;
    type_into(c, "#f-expected_reach", "30").await?;
    choose_option(c, "#lc-1", "venue").await?;
    type_into(c, "#la-1", "oitocentos").await?;
    type_into(c, "#lj-1", "Sala para 30 pessoas").await?;
    choose_option(c, "#lc-2", "catering").await?;
    type_into(c, "#la-2", "350,50").await?;
    type_into(c, "#lj-2", "Café").await?;
    click_button(c, &t("pt", "fund-submit")).await?;
    wait_for_text_containing(c, "#f-lines .field-error", "1").await?;
    let kept = find(c, Locator::Css("#lj-2")).await?.prop("value").await?;
    ensure!(
        kept.as_deref() == Some("Café"),
        "the refused form keeps the lines: {kept:?}"
    );
    type_into(c, "#la-1", "800").await?;
    click_button(c, &t("pt", "fund-submit")).await?;
    wait_for_text(c, ".flash", &t("pt", "flash-fund-submitted")).await?;
    let request = c.current_url().await?.path().to_owned();
    wait_for_text_containing(c, "main dl", "1,150.50").await?;
    log_out(c, "pt").await?;

    // Leadership endorse it, then record the ALAC finance subcommittee's approval.
    enter(c, base, "pt", leader).await?;
    c.goto(&format!("{base}{request}")).await?;
    choose_option(c, "#f-step", "endorse").await?;
    click_button(c, &t("pt", "fund-take-step")).await?;
    wait_for_text(c, ".flash", &t("pt", "flash-fund-step")).await?;
    choose_option(c, "#f-step", "approve").await?;
    set_date(c, "f-approved_on", &Utc::now().date_naive().to_string()).await?;
    type_into(c, "#f-approval_ref", "ALAC-FIN-2027-07").await?;
    click_button(c, &t("pt", "fund-take-step")).await?;
    wait_for_text(c, ".flash", &t("pt", "flash-fund-step")).await?;
    wait_for_text(c, "p.lead .badge", &t("pt", "fund-status-approved")).await?;
    log_out(c, "pt").await?;

    // The initiative takes place (moved to the past here); the member adds the receipt
    // and the report.
    sqlx::query("UPDATE fund_requests SET held_on = ?")
        .bind((Utc::now().date_naive() - Duration::days(2)).to_string())
        .execute(&state.pool)
        .await?;
    state.pages.changed();
    let receipt = std::env::temp_dir().join(format!("recibo-{}.pdf", std::process::id()));
    std::fs::write(
        &receipt,
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    )?;
    enter(c, base, "pt", (MEMBER_EMAIL, None)).await?;
    c.goto(&format!("{base}{request}")).await?;
    find(c, Locator::Css("#f-receipt"))
        .await?
        .send_keys(&receipt.to_string_lossy())
        .await?;
    click_button(c, &t("pt", "fund-upload")).await?;
    wait_for_text(c, ".flash", &t("pt", "flash-fund-receipt")).await?;
    wait_for_text_containing(c, "#receipts ul", "recibo-").await?;
    type_into(
        c,
        "#f-achieved",
        "Três provedores vão se candidatar como ALS.",
    )
    .await?;
    type_into(c, "#f-people_reached", "27").await?;
    type_into(c, "#fa-1", "780").await?;
    type_into(c, "#fa-2", "340").await?;
    click_button(c, &t("pt", "fund-file-report")).await?;
    wait_for_text(c, ".flash", &t("pt", "flash-fund-report")).await?;
    wait_for_text(c, "p.lead .badge", &t("pt", "fund-status-reported")).await?;
    let _ = std::fs::remove_file(&receipt);
    Ok(())
}
