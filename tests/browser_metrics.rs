//! At-Large's ALS metrics in a real browser, in French: leadership take the roll call of a
//! monthly call, and the ALS's suggested status changes from "Less active" to "Active".
//!
//! Needs Chromium and chromedriver: `apt-get install -y chromium chromium-driver`.

mod browser_support;

use anyhow::{Context, Result, ensure};
use browser_support::{
    ChromeDriver, click_button, connect, create_account, enrol_totp, find, log_in,
    report_failure_named, require_browser, start_app, switch_language, t, text_of, wait_for_text,
    wait_for_text_containing,
};
use chrono::{Duration, Utc};
use fantoccini::{Client, Locator};
use lacralo_outreach::AppState;
use lacralo_outreach::web::auth::Role;

const LEADER_EMAIL: &str = "secretariat@example.org";
const PASSWORD: &str = "baobab colibri rivière 2044";
const ALS_NAME: &str = "Association Haïtienne du Numérique";
const CALL: &str = "Appel mensuel de LACRALO";

struct Setup {
    als: i64,
    call: i64,
    secret: String,
}

/// An active ALS in Haiti that attended one call in the last three months and filed two
/// local activity reports: one call short of every criterion. This month's call, not yet
/// taken.
async fn seed(state: &AppState) -> Result<Setup> {
    let pool = &state.pool;
    let als: i64 = sqlx::query_scalar(
        "INSERT INTO als (name, name_key, country, status, created_at, updated_at)
         VALUES (?, lower(?), 'HT', 'active', '2024-01-01', '2024-01-01') RETURNING id",
    )
    .bind(ALS_NAME)
    .bind(ALS_NAME)
    .fetch_one(pool)
    .await?;
    let today = Utc::now().date_naive();
    let mut calls = Vec::new();
    for (n, days) in [(1, 40), (2, 5)] {
        let day = today - Duration::days(days);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO events (uid, title, kind, relevance, online, date_precision, year, month,
                start_date, end_date, status, created_at, updated_at)
             VALUES (?, ?, 'meeting', 'lacralo_involved', 1, 'day', ?, ?, ?, ?, 'confirmed',
                '2024-01-01', '2024-01-01') RETURNING id",
        )
        .bind(format!("browser-call-{n}@lacralo.test"))
        .bind(format!("{CALL} ({n})"))
        .bind(i64::from(chrono::Datelike::year(&day)))
        .bind(i64::from(chrono::Datelike::month(&day)))
        .bind(day.to_string())
        .bind(day.to_string())
        .fetch_one(pool)
        .await?;
        calls.push(id);
    }
    sqlx::query(
        "INSERT INTO roll_calls (event_id, als_id, recorded_at) VALUES (?, ?, '2024-01-01')",
    )
    .bind(calls[0])
    .bind(als)
    .execute(pool)
    .await?;
    for days in [20, 50] {
        sqlx::query(
            "INSERT INTO engagements (als_id, kind, happened_on, description, created_at)
             VALUES (?, 'local_activity', ?, 'Atelier local', '2024-01-01')",
        )
        .bind(als)
        .bind((today - Duration::days(days)).to_string())
        .execute(pool)
        .await?;
    }
    let leader = create_account(
        state,
        LEADER_EMAIL,
        "Secrétariat",
        PASSWORD,
        Role::Leadership,
    )
    .await;
    Ok(Setup {
        als,
        call: calls[1],
        secret: enrol_totp(state, leader).await,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_roll_call_in_french_changes_the_suggested_status() {
    require_browser();
    let (base, state, _dir) = start_app().await;
    let setup = seed(&state).await.expect("the metrics test data");
    let driver = ChromeDriver::start();
    let client = connect(&driver.url).await;
    let outcome = journey(&client, &base, &setup).await;
    if let Err(e) = &outcome {
        report_failure_named(&client, "browser_metrics", e).await;
    }
    let _ = client.close().await;
    drop(driver);
    if let Err(e) = outcome {
        panic!("browser journey failed: {e:#}");
    }
    let present: i64 = sqlx::query_scalar("SELECT count(*) FROM roll_calls WHERE event_id = ?")
        .bind(setup.call)
        .fetch_one(&state.pool)
        .await
        .expect("the roll call");
    assert_eq!(present, 1);
}

async fn journey(c: &Client, base: &str, setup: &Setup) -> Result<()> {
    c.goto(&format!("{base}/login")).await?;
    switch_language(c, "fr").await?;
    log_in(c, base, "fr", LEADER_EMAIL, PASSWORD, Some(&setup.secret)).await?;

    // Before: one call in three months, so participation is not met.
    c.goto(&format!("{base}/als/{}", setup.als)).await?;
    wait_for_text(c, "#suggested-status", &t("fr", "als-status-less-active")).await?;

    // The call's page leads to its roll call; the ALS is ticked and saved.
    c.goto(&format!("{base}/events/{}", setup.call)).await?;
    find(c, Locator::LinkText(&t("fr", "roll-call")))
        .await
        .context("the call's page offers leadership no roll call")?
        .click()
        .await?;
    wait_for_text_containing(c, "h1", &format!("{CALL} (2)")).await?;
    let checkbox = find(
        c,
        Locator::XPath(&format!(
            "//label[contains(., {})]/input[@type='checkbox']",
            browser_support::xpath_literal(ALS_NAME)
        )),
    )
    .await
    .context("the roll call does not list the ALS")?;
    ensure!(
        !checkbox.is_selected().await?,
        "the ALS is not yet marked present"
    );
    checkbox.click().await?;
    click_button(c, &t("fr", "form-save")).await?;
    let flash = text_of(c, ".flash").await?;
    ensure!(
        flash.contains('1'),
        "the flash says one ALS is present: {flash:?}"
    );

    // After: two calls in three months, every criterion met.
    c.goto(&format!("{base}/als/{}", setup.als)).await?;
    wait_for_text(c, "#suggested-status", &t("fr", "als-status-active")).await?;
    Ok(())
}
