//! In a real browser, with a real SMTP server: a member follows an event from its page
//! (the interface in Portuguese), GSE staff move the event's date (in English), and the
//! member's message, read from the server that received it, gives the old and the new
//! dates in Portuguese, in its text part and its HTML part.
//!
//! Needs Chromium, chromedriver and Debian's python3-aiosmtpd (`scripts/test` installs them).

mod browser_support;
mod smtp_support;

use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use browser_support::{
    ChromeDriver, click_button, click_link, connect, create_account_in, log_in, log_out,
    report_failure_named, require_browser, set_date, start_app, t, t_args, type_into,
    wait_for_text, wait_for_text_containing,
};
use chrono::NaiveDate;
use fantoccini::Client;
use lacralo_outreach::web::auth::Role;
use smtp_support::{Mode, SmtpSink};

const MEMBER_EMAIL: &str = "joão@exemplo.com.br";
const MEMBER_PASSWORD: &str = "marimba volcano lantern 1987";
const STAFF_EMAIL: &str = "staff@example.org";
const STAFF_PASSWORD: &str = "quetzal harbour lantern 2031";
/// A dated event of the plan: CaribNOG 26, 13 September 2023.
const EVENT: &str = "CaribNOG 26";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_follower_reads_the_new_date_in_their_language_from_the_mail_server() {
    let started = Instant::now();
    require_browser();
    let sink = SmtpSink::start(Mode::Accept, true);
    let (base, state, _dir) = start_app().await;
    lacralo_outreach::outbox::spawn_sender(
        state.pool.clone(),
        state.clock.clone(),
        sink.url(),
        "LACRALO Outreach <no-reply@example.org>".to_owned(),
        Duration::from_millis(200),
    );
    let member = create_account_in(
        &state,
        MEMBER_EMAIL,
        "João",
        MEMBER_PASSWORD,
        Role::Member,
        "pt",
    )
    .await;
    create_account_in(
        &state,
        STAFF_EMAIL,
        "GSE",
        STAFF_PASSWORD,
        Role::GseStaff,
        "en",
    )
    .await;
    let event: i64 = sqlx::query_scalar("SELECT id FROM events WHERE title = ?")
        .bind(EVENT)
        .fetch_one(&state.pool)
        .await
        .expect("the plan's event");

    let driver = ChromeDriver::start();
    let client = connect(&driver.url).await;
    let outcome = journey(&client, &base, event).await;
    if let Err(e) = &outcome {
        report_failure_named(&client, "browser_notifications", e).await;
    }
    let closed = client.close().await;
    drop(driver);
    if let Err(e) = outcome {
        panic!("notification journey failed: {e:#}");
    }
    closed.expect("closing the browser session");

    // The message, as the mail server received it.
    let mails = sink.wait_for(1).await;
    let mail = mails
        .iter()
        .find(|m| m.rcpt_tos == [MEMBER_EMAIL])
        .expect("a message to the member");
    let pt = browser_support::lang("pt");
    let old = pt.date(NaiveDate::from_ymd_opt(2023, 9, 13).unwrap());
    let new = pt.date(NaiveDate::from_ymd_opt(2023, 10, 4).unwrap());
    let subject = t_args(
        "pt",
        "notify-event-changed-subject",
        &[("title", EVENT.to_owned().into())],
    );
    assert_eq!(mail.subject, subject);
    assert!(mail.smtputf8, "an internationalised address, with SMTPUTF8");
    for part in [&mail.text, &mail.html] {
        assert!(part.contains(&old), "old date {old:?} in {part}");
        assert!(part.contains(&new), "new date {new:?} in {part}");
        assert!(
            part.contains("A sala mudou de data"),
            "the reason, in {part}"
        );
        assert!(
            part.contains(&t("pt", "notify-fact-dates")),
            "labels in Portuguese: {part}"
        );
    }
    assert!(mail.html.contains(&format!("{base}/events/{event}")));
    let _ = member;
    eprintln!("notification journey passed in {:.1?}", started.elapsed());
}

async fn journey(c: &Client, base: &str, event: i64) -> Result<()> {
    // The member, in Portuguese, follows the event from its page.
    c.goto(&format!("{base}/events/{event}?lang=pt")).await?;
    log_in(c, base, "pt", MEMBER_EMAIL, MEMBER_PASSWORD, None).await?;
    c.goto(&format!("{base}/events/{event}")).await?;
    wait_for_text(c, "h1", EVENT).await?;
    click_button(c, &t("pt", "follow-start")).await?;
    wait_for_text(c, ".flash", &t("pt", "flash-followed")).await?;
    wait_for_text_containing(c, ".follow-form", &t("pt", "follow-on-hint"))
        .await
        .context("the page says the member follows the event")?;
    log_out(c, "pt").await?;

    // GSE staff, in English, move the date with a reason.
    c.goto(&format!("{base}/events/{event}?lang=en")).await?;
    log_in(c, base, "en", STAFF_EMAIL, STAFF_PASSWORD, None).await?;
    c.goto(&format!("{base}/events/{event}")).await?;
    click_link(c, &t("en", "event-edit")).await?;
    wait_for_text(c, "h1", &t("en", "event-edit-heading")).await?;
    set_date(c, "f-start_date", "2023-10-04").await?;
    type_into(c, "#f-reason", "A sala mudou de data").await?;
    browser_support::click_button_in(c, "contains(@class,'event-form')", &t("en", "form-save"))
        .await?;
    wait_for_text(c, ".flash", &t("en", "flash-event-saved")).await?;
    ensure!(
        c.current_url().await?.path() == format!("/events/{event}"),
        "back on the event's page"
    );
    Ok(())
}
