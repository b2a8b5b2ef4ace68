//! The grouped navigation in Chromium, at 1280 and 390 px, with and without JavaScript:
//! one row of links with "Manage" and "Admin" as disclosure menus on a wide screen; folded
//! behind "Menu" from the first paint on a phone, and reachable without JavaScript.
//!
//! Needs Chromium and chromedriver: `apt-get install -y chromium chromium-driver`.

mod browser_support;

use anyhow::{Context, Result, ensure};
use browser_support::{
    ChromeDriver, click_nav, connect, connect_with, create_account_in, enrol_totp, find, log_in,
    report_failure_named, require_browser, start_app, wait_for_text,
};
use fantoccini::{Client, Locator};
use lacralo_outreach::web::auth::Role;

const EMAIL: &str = "chair.nav@example.org";
const PASSWORD: &str = "marimba volcano lantern 1987";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_the_grouped_navigation_with_and_without_javascript() {
    require_browser();
    let (base, state, _dir) = start_app().await;
    let leader = create_account_in(&state, EMAIL, "Chair", PASSWORD, Role::Leadership, "en").await;
    let secret = enrol_totp(&state, leader).await;
    let driver = ChromeDriver::start();
    let with_js = connect(&driver.url).await;
    let without_js = connect_with(&driver.url, &["--blink-settings=scriptEnabled=false"]).await;
    let mut outcome = scripted(&with_js, &base, &secret).await;
    if let Err(e) = &outcome {
        report_failure_named(&with_js, "browser_nav_js", e).await;
    }
    if outcome.is_ok() {
        outcome = unscripted(&without_js, &base, &secret).await;
        if let Err(e) = &outcome {
            report_failure_named(&without_js, "browser_nav_no_js", e).await;
        }
    }
    let closed = (with_js.close().await, without_js.close().await);
    drop(driver);
    if let Err(e) = outcome {
        panic!("navigation journey failed: {e:#}");
    }
    closed.0.expect("closing the browser session");
    closed.1.expect("closing the browser session");
}

/// The top of every entry of the main navigation: one value when they sit in one row.
async fn rows_of_main_nav(c: &Client) -> Result<Vec<i64>> {
    let mut tops = Vec::new();
    for item in c.find_all(Locator::Css("nav.main-nav > ul > li")).await? {
        let (_, y, _, _) = item.rectangle().await?;
        tops.push(y.round() as i64);
    }
    tops.sort_unstable();
    tops.dedup();
    Ok(tops)
}

async fn displayed(c: &Client, css: &str) -> Result<bool> {
    Ok(find(c, Locator::Css(css)).await?.is_displayed().await?)
}

async fn scripted(c: &Client, base: &str, secret: &str) -> Result<()> {
    log_in(c, base, "en", EMAIL, PASSWORD, Some(secret)).await?;
    c.goto(&format!("{base}/events")).await?;
    let rows = rows_of_main_nav(c).await?;
    ensure!(
        rows.len() == 1,
        "at 1280 px the navigation takes one row, tops {rows:?}"
    );
    ensure!(
        !displayed(c, "nav.main-nav a[href='/audit']").await?,
        "the audit log waits in the Admin menu"
    );
    // Admin opens; Manage opening closes it; Escape closes Manage.
    find(
        c,
        Locator::XPath("//nav[contains(@class,'main-nav')]//summary[normalize-space()='Admin']"),
    )
    .await?
    .click()
    .await?;
    ensure!(
        displayed(c, "nav.main-nav a[href='/audit']").await?,
        "Admin opens"
    );
    find(
        c,
        Locator::XPath("//nav[contains(@class,'main-nav')]//summary[normalize-space()='Manage']"),
    )
    .await?
    .click()
    .await?;
    ensure!(
        displayed(c, "nav.main-nav a[href='/dnssec']").await?,
        "Manage opens"
    );
    ensure!(
        !displayed(c, "nav.main-nav a[href='/audit']").await?,
        "one menu open at a time"
    );
    c.execute(
        "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));",
        vec![],
    )
    .await?;
    ensure!(
        !displayed(c, "nav.main-nav a[href='/dnssec']").await?,
        "Escape closes the menu"
    );
    // A page of a menu marks the menu as where one is.
    click_nav(c, "Audit log").await?;
    wait_for_text(c, "h1", "Audit log").await?;
    let admin = find(c, Locator::XPath("//summary[normalize-space()='Admin']")).await?;
    ensure!(
        admin.attr("class").await?.as_deref() == Some("current"),
        "the Admin menu is marked current on the audit log"
    );

    // A phone: folded from the first paint, opened in place by the Menu button.
    c.set_window_size(390, 844).await?;
    c.goto(&format!("{base}/events")).await?;
    ensure!(!displayed(c, "#site-nav").await?, "folded on a phone");
    let toggle = find(c, Locator::Css(".menu-toggle")).await?;
    toggle.click().await?;
    ensure!(displayed(c, "#site-nav").await?, "the Menu button opens it");
    ensure!(
        toggle.attr("aria-expanded").await?.as_deref() == Some("true"),
        "and says so"
    );
    click_nav(c, "Outbox").await?;
    wait_for_text(c, "h1", "Outbox").await?;
    c.set_window_size(1280, 1000).await?;
    Ok(())
}

async fn unscripted(c: &Client, base: &str, secret: &str) -> Result<()> {
    log_in(c, base, "en", EMAIL, PASSWORD, Some(secret)).await?;
    c.goto(&format!("{base}/events")).await?;
    let rows = rows_of_main_nav(c).await?;
    ensure!(rows.len() == 1, "without JavaScript too, one row: {rows:?}");
    // The disclosure menus are the browser's own.
    find(c, Locator::XPath("//summary[normalize-space()='Manage']"))
        .await?
        .click()
        .await?;
    ensure!(
        displayed(c, "nav.main-nav a[href='/reports']").await?,
        "Manage opens without JavaScript"
    );
    // A phone: folded, and the Menu link opens it (#site-nav's :target).
    c.set_window_size(390, 844).await?;
    c.goto(&format!("{base}/events")).await?;
    ensure!(
        !displayed(c, "#site-nav").await?,
        "folded on a phone without JavaScript"
    );
    find(c, Locator::Css(".menu-toggle")).await?.click().await?;
    ensure!(
        displayed(c, "#site-nav").await?,
        "the Menu link opens it without JavaScript"
    );
    find(c, Locator::Css("nav.main-nav a[href='/webinars']"))
        .await
        .context("the webinars link")?
        .click()
        .await?;
    wait_for_text(c, "h1", "Webinar schedule").await?;
    Ok(())
}
