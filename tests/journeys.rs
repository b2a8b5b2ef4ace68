//! Journeys through the application in a real browser, each in two of the languages the
//! interface speaks. Every interface string the test looks for is read from the app's own
//! messages (`t`), so the language is a parameter: a journey passes in one language and
//! not another only when the app itself differs.
//!
//! 1. First start: the one-time setup link, the first leadership account, its second
//!    login step, an invitation for GSE staff, and the invited person joining.
//! 2. GSE staff move an event's date with a reason; a colleague, in another browser, sees
//!    the new date and the reason, and the iCalendar feed carries the change.
//! 3. Leadership decertify a silent ALS from the review queue; it leaves the dated active
//!    list and its country becomes an outreach target.
//!
//! The application runs in-process on an ephemeral port over a fresh database; a headless
//! Chromium, driven through chromedriver, clicks through it. Each journey ends by checking
//! what it left in the database. Needs Chromium and chromedriver:
//! `apt-get install -y chromium chromium-driver`.

mod browser_support;

use std::time::Instant;

use anyhow::{Context, Result, ensure};
use browser_support::{
    Fetched, choose_option, click_button, click_button_in, click_link, click_nav,
    create_account_in, enrol_totp, fetch_from_page, find, lang, link_href, log_in, log_out, norm,
    one_at_a_time, run_in_browser, run_in_browsers, set_date, start_app, switch_language, t,
    t_args, text_of, totp_code, type_into, wait_for_text, wait_for_text_containing, xpath_literal,
};
use chrono::{NaiveDate, Utc};
use fantoccini::{Client, Locator};
use fluent_templates::fluent_bundle::FluentValue;
use lacralo_outreach::AppState;
use lacralo_outreach::accounts::{INVITATION_DAYS, setup};
use lacralo_outreach::web::auth::Role;

// ---------------------------------------------------------------------------------------
// Journey 1: first start

const FIRST_LEADER_NAME: &str = "Presidencia LACRALO";
const FIRST_LEADER_EMAIL: &str = "presidencia@example.org";
const FIRST_LEADER_PASSWORD: &str = "quetzal hammock thunder 2077";
const INVITED_NAME: &str = "Rodrigo de la Fuente";
const INVITED_EMAIL: &str = "rodrigo.gse@example.org";
const INVITED_PASSWORD: &str = "tamarind lighthouse glacier 4512";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn journey_1_first_start_in_english() {
    first_start("en").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn journey_1_first_start_in_spanish() {
    first_start("es").await;
}

async fn first_start(code: &'static str) {
    let _one = one_at_a_time().await;
    let started = Instant::now();
    let (base, state, _dir) = start_app().await;
    // As main.rs does at start: with no account, a one-time link to create the first one.
    let link = setup::prepare(&state.pool, &base)
        .await
        .expect("preparing the setup link")
        .expect("a fresh database has no account, so there is a setup link");
    let name = format!("journey-1-first-start-{code}");
    let (b, l) = (base.clone(), link.clone());
    run_in_browser(&name, |c| async move {
        first_start_journey(&c, &b, &l, code).await
    })
    .await;
    first_start_left(&state, code)
        .await
        .unwrap_or_else(|e| panic!("{name}: the database after the journey: {e:#}"));
    eprintln!("{name} passed in {:.1?}", started.elapsed());
}

async fn first_start_journey(c: &Client, base: &str, link: &str, code: &str) -> Result<()> {
    let tr = |key: &str| t(code, key);

    // a. The setup link opens the form for the first account, in the chosen language.
    c.goto(link).await?;
    switch_language(c, code).await?;
    wait_for_text(c, "h1", &tr("setup-title")).await?;
    wait_for_text(c, "p.lead", &tr("setup-intro")).await?;
    type_into(c, "#f-email", FIRST_LEADER_EMAIL).await?;
    type_into(c, "#f-display_name", FIRST_LEADER_NAME).await?;
    type_into(c, "#f-password", FIRST_LEADER_PASSWORD).await?;
    type_into(c, "#f-password_confirm", FIRST_LEADER_PASSWORD).await?;
    click_button(c, &tr("setup-submit")).await?;

    // b. Logged in, and sent to set up the second step, which leadership must have.
    wait_for_text(c, ".flash", &tr("flash-logged-in")).await?;
    wait_for_text(c, "h1", &tr("account-2fa")).await?;
    wait_for_text(c, "p.notice", &tr("twofa-required-notice")).await?;
    let secret = text_of(c, "code.secret").await?;
    ensure!(
        secret.len() >= 16,
        "the enrolment page should show the key to type in the app, it shows {secret:?}"
    );
    type_into(c, "#f-code", &totp_code(secret.trim())?).await?;
    click_button(c, &tr("twofa-confirm")).await?;
    wait_for_text(c, ".flash", &tr("twofa-done")).await?;
    wait_for_text(c, "h2", &tr("twofa-recovery-title")).await?;
    let codes = c.find_all(Locator::Css("ul.codes li")).await?;
    ensure!(
        codes.len() == 10,
        "ten recovery codes should be shown once, there are {}",
        codes.len()
    );
    click_link(c, &tr("twofa-continue")).await?;

    // c. Logged in as leadership: the account's name in the menu, and the accounts pages.
    wait_for_text(c, "nav.user-nav a", FIRST_LEADER_NAME).await?;
    click_nav(c, &tr("nav-users")).await?;
    wait_for_text(c, "h1", &tr("users-title")).await?;
    click_link(c, &tr("nav-invitations")).await?;
    wait_for_text(c, "h1", &tr("invitations-title")).await?;

    // d. An invitation for a GSE staff member; the page shows the link to send.
    type_into(c, "#f-email", INVITED_EMAIL).await?;
    choose_option(c, "#f-role", Role::GseStaff.as_str()).await?;
    click_button(c, &tr("invitations-send")).await?;
    let created = t_args(
        code,
        "invitations-created",
        &[("days", FluentValue::from(INVITATION_DAYS))],
    );
    wait_for_text(c, ".flash p", &created).await?;
    let invitation = text_of(c, ".flash code.secret").await?;
    let invitation = invitation.trim().to_owned();
    ensure!(
        invitation.starts_with(&format!("{base}/join/")),
        "the invitation link should be {base}/join/…, the page shows {invitation:?}"
    );
    let pending = text_of(c, "table.history tbody").await?;
    ensure!(
        pending.contains(INVITED_EMAIL) && pending.contains(&norm(&tr("role-gse-staff"))),
        "the invitations waiting should list {INVITED_EMAIL} as {:?}, they read {pending:?}",
        tr("role-gse-staff")
    );

    // e. The leader logs out; the invited person opens the link and joins.
    log_out(c, code).await?;
    c.goto(&invitation).await?;
    wait_for_text(c, "h1", &tr("join-title")).await?;
    let intro = t_args(
        code,
        "join-intro",
        &[("role", FluentValue::from(tr("role-gse-staff")))],
    );
    wait_for_text(c, "p.lead", &intro).await?;
    wait_for_text(c, "dl.details dd", INVITED_EMAIL).await?;
    type_into(c, "#f-display_name", INVITED_NAME).await?;
    type_into(c, "#f-password", INVITED_PASSWORD).await?;
    type_into(c, "#f-password_confirm", INVITED_PASSWORD).await?;
    click_button(c, &tr("join-submit")).await?;

    // f. Logged in as GSE staff: they keep the calendar, not the accounts.
    wait_for_text(c, ".flash", &tr("flash-logged-in")).await?;
    wait_for_text(c, "nav.user-nav a", INVITED_NAME).await?;
    find(
        c,
        Locator::XPath(&format!(
            "//nav[contains(@class,'main-nav')]//a[@href='/events/new' and normalize-space()={}]",
            browser_support::xpath_literal(&tr("nav-new-event"))
        )),
    )
    .await
    .context("GSE staff should see \"New event\" in the menu")?;
    ensure!(
        c.find(Locator::Css("nav.main-nav a[href='/users']"))
            .await
            .is_err(),
        "GSE staff should not see the accounts page in the menu"
    );

    // g. The setup link and the invitation link no longer work.
    for used in [link, invitation.as_str()] {
        c.goto(used).await?;
        let h1 = text_of(c, "h1").await?;
        ensure!(
            h1 != norm(&tr("setup-title")) && h1 != norm(&tr("join-title")),
            "{used} should no longer work once used, it shows {h1:?}"
        );
    }
    Ok(())
}

/// The two accounts, the invitation used, and the audit of it.
async fn first_start_left(state: &AppState, code: &str) -> Result<()> {
    let pool = &state.pool;
    let users: Vec<(i64, String, String, String, Option<String>)> =
        sqlx::query_as("SELECT id, email, role, locale, totp_secret FROM users ORDER BY id")
            .fetch_all(pool)
            .await?;
    ensure!(users.len() == 2, "two accounts, found {users:?}");
    let (leader, staff) = (&users[0], &users[1]);
    ensure!(
        leader.1 == FIRST_LEADER_EMAIL && leader.2 == "leadership" && leader.4.is_some(),
        "the first account is leadership with the second step on: {leader:?}"
    );
    ensure!(
        staff.1 == INVITED_EMAIL && staff.2 == "gse_staff",
        "the invited account is GSE staff: {staff:?}"
    );
    ensure!(
        leader.3 == code && staff.3 == code,
        "both accounts keep the language they were made in ({code}): {users:?}"
    );
    let invitation: (String, Option<i64>, Option<String>, Option<i64>) =
        sqlx::query_as("SELECT role, invited_by, accepted_at, accepted_user_id FROM invitations")
            .fetch_one(pool)
            .await?;
    ensure!(
        invitation.0 == "gse_staff"
            && invitation.1 == Some(leader.0)
            && invitation.2.is_some()
            && invitation.3 == Some(staff.0),
        "the invitation is GSE staff's, by the leader, accepted by the new account: \
         {invitation:?}"
    );
    let setup_token: i64 =
        sqlx::query_scalar("SELECT count(*) FROM app_meta WHERE key = 'setup_token_hash'")
            .fetch_one(pool)
            .await?;
    ensure!(setup_token == 0, "the setup token is gone once used");
    let mailed: i64 = sqlx::query_scalar("SELECT count(*) FROM outbox WHERE recipient = ?")
        .bind(INVITED_EMAIL)
        .fetch_one(pool)
        .await?;
    ensure!(
        mailed == 1,
        "the invitation went to the outbox once, found {mailed}"
    );
    let audit: Vec<(Option<i64>, String, String)> =
        sqlx::query_as("SELECT user_id, action, entity FROM audit_log ORDER BY id")
            .fetch_all(pool)
            .await?;
    for (who, action, entity) in [
        (Some(leader.0), "enable_2fa", "user"),
        (Some(leader.0), "create", "invitation"),
    ] {
        ensure!(
            audit
                .iter()
                .any(|a| a.0 == who && a.1 == action && a.2 == entity),
            "an audit row {action} {entity} by the leader, the log holds {audit:?}"
        );
    }
    ensure!(
        audit.iter().any(|a| a.1 == "accept" && a.2 == "invitation"),
        "an audit row for accepting the invitation, the log holds {audit:?}"
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Journey 2: GSE staff move an event's date with a reason

const EVENT_TITLE: &str = "CANTO 39th AGM";
const STAFF_A_NAME: &str = "Gestora GSE";
const STAFF_A_EMAIL: &str = "gestora@example.org";
const STAFF_A_PASSWORD: &str = "marimba volcano lantern 1987";
const STAFF_B_NAME: &str = "Coordinador GSE";
const STAFF_B_EMAIL: &str = "coordinador@example.org";
const STAFF_B_PASSWORD: &str = "cenote pelican saxophone 3310";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn journey_2_staff_move_an_event_in_english() {
    move_event("en").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn journey_2_staff_move_an_event_in_portuguese() {
    move_event("pt").await;
}

/// The reason, as a person of that language would write it (user content, not interface).
fn move_reason(code: &str) -> &'static str {
    match code {
        "es" => "CANTO trasladó su asamblea al martes",
        "pt" => "A CANTO mudou a assembleia para terça-feira",
        "fr" => "CANTO a déplacé son assemblée au mardi",
        _ => "CANTO moved its AGM to the Tuesday",
    }
}

fn old_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 2, 5).expect("a date")
}

fn new_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 2, 7).expect("a date")
}

async fn move_event(code: &'static str) {
    let _one = one_at_a_time().await;
    let started = Instant::now();
    let (base, state, _dir) = start_app().await;
    let staff_a = create_account_in(
        &state,
        STAFF_A_EMAIL,
        STAFF_A_NAME,
        STAFF_A_PASSWORD,
        Role::GseStaff,
        code,
    )
    .await;
    create_account_in(
        &state,
        STAFF_B_EMAIL,
        STAFF_B_NAME,
        STAFF_B_PASSWORD,
        Role::GseStaff,
        code,
    )
    .await;
    let (event_id, uid): (i64, String) =
        sqlx::query_as("SELECT id, uid FROM events WHERE title = ?")
            .bind(EVENT_TITLE)
            .fetch_one(&state.pool)
            .await
            .expect("the plan's 2023 events are seeded");
    let name = format!("journey-2-move-event-{code}");
    let (b, u) = (base.clone(), uid.clone());
    run_in_browsers(&name, 2, |clients| async move {
        move_event_journey(&clients[0], &clients[1], &b, &u, code).await
    })
    .await;
    move_event_left(&state, event_id, staff_a, code)
        .await
        .unwrap_or_else(|e| panic!("{name}: the database after the journey: {e:#}"));
    eprintln!("{name} passed in {:.1?}", started.elapsed());
}

async fn move_event_journey(
    a: &Client,
    b: &Client,
    base: &str,
    uid: &str,
    code: &str,
) -> Result<()> {
    let tr = |key: &str| t(code, key);
    let lang = lang(code);
    let (old, new) = (norm(&lang.date(old_day())), norm(&lang.date(new_day())));
    let reason = move_reason(code);

    // a. The first staff member logs in and finds the event in the 2023 list.
    a.goto(&format!("{base}/login")).await?;
    switch_language(a, code).await?;
    log_in(a, base, code, STAFF_A_EMAIL, STAFF_A_PASSWORD, None).await?;
    a.goto(&format!("{base}/events?year=2023")).await?;
    click_link(a, EVENT_TITLE).await?;
    wait_for_text(a, "h1", EVENT_TITLE).await?;
    wait_for_text(a, "dl.details > dd:first-of-type", &old).await?;
    let event_url = a.current_url().await?.to_string();

    // b. Edits it: two days later, with the reason.
    click_link(a, &tr("event-edit")).await?;
    wait_for_text(a, "h1", &tr("event-edit-heading")).await?;
    let day_known = find(a, Locator::Css("#prec-day")).await?;
    ensure!(
        day_known.is_selected().await?,
        "the event's day is known: the edit form should have #prec-day chosen"
    );
    set_date(a, "f-start_date", &new_day().to_string()).await?;
    set_date(a, "f-end_date", &new_day().to_string()).await?;
    type_into(a, "#f-reason", reason).await?;
    click_button_in(a, "contains(@class,'event-form')", &tr("form-save")).await?;
    wait_for_text(a, ".flash", &tr("flash-event-saved")).await?;
    wait_for_text(a, "h1", EVENT_TITLE).await?;
    wait_for_text(a, "dl.details > dd:first-of-type", &new).await?;

    // c. A colleague, in another browser, opens the same event: the new date and the
    // history row with the old date, the new one and the reason.
    b.goto(&format!("{base}/login")).await?;
    switch_language(b, code).await?;
    log_in(b, base, code, STAFF_B_EMAIL, STAFF_B_PASSWORD, None).await?;
    b.goto(&event_url).await?;
    wait_for_text(b, "h1", EVENT_TITLE).await?;
    wait_for_text(b, "dl.details > dd:first-of-type", &new).await?;
    wait_for_text(b, "#history-h", &tr("event-history-heading")).await?;
    let rows = b
        .find_all(Locator::Css("table.history tbody tr"))
        .await
        .context("the event page shows no date history")?;
    ensure!(
        rows.len() == 1,
        "one change of dates, the history has {} rows",
        rows.len()
    );
    let cells: Vec<String> = {
        let mut texts = Vec::new();
        for cell in rows[0].find_all(Locator::Css("td")).await? {
            texts.push(norm(cell.text().await?.trim()));
        }
        texts
    };
    // The other staff member reads who moved it, by name.
    ensure!(
        cells.len() == 5
            && cells[1] == STAFF_A_NAME
            && cells[2] == old
            && cells[3] == new
            && cells[4] == reason,
        "the history row should read (when, {STAFF_A_NAME:?}, {old:?}, {new:?}, {reason:?}), it reads {cells:?}"
    );

    // d. The list's "Subscribe (iCalendar)" offers a calendar address that rolls on (no
    // year in it), with a webcal:// link; the calendar has the event moved (its UID
    // unchanged, SEQUENCE 1). The plan's events are of 2023, before the rolling window
    // (from last year on): that year is asked for.
    b.goto(&format!("{base}/events")).await?;
    find(
        b,
        Locator::XPath(&format!(
            "//summary[normalize-space()={}]",
            xpath_literal(&tr("list-subscribe"))
        )),
    )
    .await?
    .click()
    .await?;
    let address = find(b, Locator::Css("#feed-url"))
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    ensure!(
        address == format!("{base}/events.ics"),
        "the subscription should be {base}/events.ics, it is {address:?}"
    );
    let webcal = link_href(b, &tr("feed-subscribe")).await?;
    ensure!(
        webcal.starts_with("webcal://") && webcal.ends_with("/events.ics"),
        "the webcal link is {webcal:?}"
    );
    let feed = format!("{address}?year=2023");
    let Fetched {
        status,
        content_type,
        body,
        ..
    } = fetch_from_page(b, &feed).await?;
    ensure!(
        status == 200 && content_type.starts_with("text/calendar"),
        "{feed} answered {status} {content_type:?}"
    );
    let calendar = body.replace("\r\n ", "").replace("\r\n\t", "");
    let event = calendar
        .split("BEGIN:VEVENT")
        .find(|block| block.lines().any(|l| l.trim_end() == format!("UID:{uid}")))
        .with_context(|| format!("the feed {feed} has no event with UID:{uid}"))?;
    ensure!(
        event.lines().any(|l| l.trim_end() == "SEQUENCE:1"),
        "the moved event's SEQUENCE should be 1 in the feed, its entry reads {event:?}"
    );
    ensure!(
        event
            .lines()
            .any(|l| l.trim_end() == "DTSTART;VALUE=DATE:20230207"),
        "the moved event should start on 2023-02-07 in the feed, its entry reads {event:?}"
    );
    Ok(())
}

/// The event's new dates and sequence, its history row, and the audit of the change.
async fn move_event_left(state: &AppState, event_id: i64, staff_a: i64, code: &str) -> Result<()> {
    let pool = &state.pool;
    let event: (Option<String>, Option<String>, i64) =
        sqlx::query_as("SELECT start_date, end_date, sequence FROM events WHERE id = ?")
            .bind(event_id)
            .fetch_one(pool)
            .await?;
    ensure!(
        event
            == (
                Some("2023-02-07".to_owned()),
                Some("2023-02-07".to_owned()),
                1
            ),
        "the event is on 2023-02-07 with SEQUENCE 1: {event:?}"
    );
    let changes: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT reason, changed_by FROM event_date_changes WHERE event_id = ?")
            .bind(event_id)
            .fetch_all(pool)
            .await?;
    ensure!(
        changes.len() == 1 && changes[0].0 == move_reason(code),
        "one date change with the reason: {changes:?}"
    );
    ensure!(
        changes[0]
            .1
            .as_deref()
            .is_some_and(|by| by.contains(STAFF_A_EMAIL) || by.contains(STAFF_A_NAME)),
        "the date change names who made it: {changes:?}"
    );
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log
         WHERE action = 'update' AND entity = 'event' AND entity_id = ? AND user_id = ?",
    )
    .bind(event_id.to_string())
    .bind(staff_a)
    .fetch_one(pool)
    .await?;
    ensure!(
        audited == 1,
        "one audit row for the edit by the first staff member, found {audited}"
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Journey 3: leadership decertify a silent ALS

const LEADER_NAME: &str = "Secretaría LACRALO";
const LEADER_EMAIL: &str = "secretaria@example.org";
const LEADER_PASSWORD: &str = "jacaranda canoe meteor 5821";
/// Active, silent for 260 days, the only ALS in Panama (registry demo).
const SILENT_ALS: &str = "Demo Red Panameña de Internet";
const SILENT_COUNTRY: &str = "PA";
/// Active and recently engaged: stays on the active list.
const LIVELY_ALS: &str = "Demo Usuarios de Internet de Costa Rica";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn journey_3_leadership_decertify_a_silent_als_in_english() {
    decertify("en").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn journey_3_leadership_decertify_a_silent_als_in_french() {
    decertify("fr").await;
}

fn decertify_reason(code: &str) -> &'static str {
    match code {
        "es" => "Sin actividad desde hace más de ocho meses; no responde a los correos",
        "pt" => "Sem atividade há mais de oito meses; não responde aos e-mails",
        "fr" => "Aucune activité depuis plus de huit mois ; ne répond pas aux courriels",
        _ => "No activity for over eight months; does not answer email",
    }
}

async fn decertify(code: &'static str) {
    let _one = one_at_a_time().await;
    let started = Instant::now();
    let (base, state, _dir) = start_app().await;
    lacralo_outreach::registry::demo::load(&state.pool, state.site())
        .await
        .expect("the registry demo loads");
    let leader = create_account_in(
        &state,
        LEADER_EMAIL,
        LEADER_NAME,
        LEADER_PASSWORD,
        Role::Leadership,
        code,
    )
    .await;
    let secret = enrol_totp(&state, leader).await;
    let als_id: i64 = sqlx::query_scalar("SELECT id FROM als WHERE name = ?")
        .bind(SILENT_ALS)
        .fetch_one(&state.pool)
        .await
        .expect("the demo's Panamanian ALS");
    let name = format!("journey-3-decertify-{code}");
    let b = base.clone();
    run_in_browser(&name, |c| async move {
        decertify_journey(&c, &b, &secret, als_id, code).await
    })
    .await;
    decertify_left(&state, als_id, leader, code)
        .await
        .unwrap_or_else(|e| panic!("{name}: the database after the journey: {e:#}"));
    eprintln!("{name} passed in {:.1?}", started.elapsed());
}

/// What /coverage shows for the silent ALS's country: its active ALSs, whether it is
/// listed among the targets, and the targets heading.
async fn coverage_of_country(c: &Client, base: &str, code: &str) -> Result<(String, bool, String)> {
    c.goto(&format!("{base}/coverage")).await?;
    wait_for_text(c, "h1", &t(code, "coverage-title")).await?;
    let active = text_of(c, &format!("tr#c-{SILENT_COUNTRY} td")).await?;
    let listed = c
        .find(Locator::Css(&format!(
            "ul.targets a[href='#c-{SILENT_COUNTRY}']"
        )))
        .await
        .is_ok();
    let heading = text_of(c, "#targets-h").await?;
    Ok((active.trim().to_owned(), listed, heading))
}

/// The number of places without an active ALS, from the targets list.
async fn target_count(c: &Client) -> Result<usize> {
    Ok(c.find_all(Locator::Css("ul.targets li")).await?.len())
}

async fn decertify_journey(
    c: &Client,
    base: &str,
    secret: &str,
    als_id: i64,
    code: &str,
) -> Result<()> {
    let tr = |key: &str| t(code, key);
    let reason = decertify_reason(code);
    let today = Utc::now().date_naive();

    // a. The leader logs in, with the second step.
    c.goto(&format!("{base}/login")).await?;
    switch_language(c, code).await?;
    log_in(c, base, code, LEADER_EMAIL, LEADER_PASSWORD, Some(secret)).await?;

    // b. Before: Panama has one active ALS and is not an outreach target; the dated list
    // includes the ALS.
    let (active, listed, _) = coverage_of_country(c, base, code).await?;
    ensure!(
        active == "1" && !listed,
        "before: {SILENT_COUNTRY} should show 1 active ALS and not be a target, it shows \
         {active:?} (target: {listed})"
    );
    let targets_before = target_count(c).await?;
    click_nav(c, &tr("nav-als")).await?;
    wait_for_text(c, "h1", &tr("als-active-title")).await?;
    let csv_before = fetch_from_page(c, &link_href(c, &tr("als-download")).await?).await?;
    ensure!(
        csv_before.status == 200 && csv_before.body.contains(SILENT_ALS),
        "before: the active list should include {SILENT_ALS:?}: {csv_before:?}"
    );

    // c. The review queue, from the ALS list: the silent ALS is there.
    click_link(c, &tr("nav-review")).await?;
    wait_for_text(c, "h1", &tr("review-title")).await?;
    let queue = text_of(c, "table.history tbody").await?;
    ensure!(
        queue.contains(SILENT_ALS),
        "the review queue should list {SILENT_ALS:?}, it reads {queue:?}"
    );

    // d. Decertified, with a reason.
    find(c, Locator::Css(&format!("#rv-{als_id}")))
        .await?
        .click()
        .await?;
    choose_option(c, "#f-status", "decertified").await?;
    type_into(c, "#f-reason", reason).await?;
    click_button(c, &tr("review-apply")).await?;
    let done = t_args(
        code,
        "flash-review-done",
        &[("count", FluentValue::from(1))],
    );
    wait_for_text(c, ".flash", &done).await?;
    wait_for_text(c, "h1", &tr("review-title")).await?;
    let queue = match c.find(Locator::Css("table.history tbody")).await {
        Ok(table) => norm(&table.text().await?),
        Err(_) => String::new(),
    };
    ensure!(
        !queue.contains(SILENT_ALS),
        "{SILENT_ALS:?} should have left the review queue, it reads {queue:?}"
    );

    // e. The dated active list, from /als: no longer there.
    click_nav(c, &tr("nav-als")).await?;
    wait_for_text(c, "h1", &tr("als-active-title")).await?;
    let as_of = t_args(
        code,
        "als-as-of",
        &[("date", FluentValue::from(lang(code).date(today)))],
    );
    wait_for_text(c, "p.as-of", &as_of).await?;
    let listing = text_of(c, "main").await?;
    ensure!(
        !listing.contains(SILENT_ALS) && listing.contains(LIVELY_ALS),
        "the active list page should show {LIVELY_ALS:?} and not {SILENT_ALS:?}"
    );
    let href = link_href(c, &tr("als-download")).await?;
    ensure!(
        href == format!("{base}/als.csv"),
        "the download link should be /als.csv, it is {href:?}"
    );
    let csv = fetch_from_page(c, &href).await?;
    ensure!(
        csv.status == 200 && csv.content_type.starts_with("text/csv"),
        "{href} answered {} {:?}",
        csv.status,
        csv.content_type
    );
    ensure!(
        csv.disposition.contains(&today.to_string()),
        "the active list's file should be dated today ({today}): {:?}",
        csv.disposition
    );
    ensure!(
        !csv.body.contains(SILENT_ALS) && csv.body.contains(LIVELY_ALS),
        "the active list (CSV) should hold {LIVELY_ALS:?} and not {SILENT_ALS:?}: {:?}",
        csv.body
    );

    // f. Coverage: Panama has no active ALS now, and is an outreach target.
    let (active, listed, heading) = coverage_of_country(c, base, code).await?;
    ensure!(
        active == "0" && listed,
        "after: {SILENT_COUNTRY} should show 0 active ALSs and be a target, it shows \
         {active:?} (target: {listed})"
    );
    let targets_after = target_count(c).await?;
    ensure!(
        targets_after == targets_before + 1,
        "one more target: {targets_before} before, {targets_after} after"
    );
    let expected = t_args(
        code,
        "coverage-targets",
        &[(
            "count",
            FluentValue::from(i64::try_from(targets_after).unwrap_or(i64::MAX)),
        )],
    );
    ensure!(
        heading == norm(&expected),
        "the targets heading should read {expected:?}, it reads {heading:?}"
    );
    let row_class = find(c, Locator::Css(&format!("tr#c-{SILENT_COUNTRY}")))
        .await?
        .attr("class")
        .await?;
    ensure!(
        row_class.as_deref() == Some("row-target"),
        "{SILENT_COUNTRY}'s row should be marked a target, its class is {row_class:?}"
    );
    wait_for_text_containing(
        c,
        &format!("tr#c-{SILENT_COUNTRY} th .badge"),
        &tr("coverage-target"),
    )
    .await?;
    Ok(())
}

/// The ALS's status, its history row with the reason, and the audit of the change.
async fn decertify_left(state: &AppState, als_id: i64, leader: i64, code: &str) -> Result<()> {
    let pool = &state.pool;
    let status: String = sqlx::query_scalar("SELECT status FROM als WHERE id = ?")
        .bind(als_id)
        .fetch_one(pool)
        .await?;
    ensure!(status == "decertified", "the ALS is decertified: {status}");
    let changes: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT from_status, to_status, reason FROM als_status_changes
         WHERE als_id = ? ORDER BY id",
    )
    .bind(als_id)
    .fetch_all(pool)
    .await?;
    ensure!(
        changes
            == vec![(
                "active".to_owned(),
                "decertified".to_owned(),
                decertify_reason(code).to_owned()
            )],
        "one status change, active to decertified with the reason: {changes:?}"
    );
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log
         WHERE action = 'change_status' AND entity = 'als' AND entity_id = ? AND user_id = ?",
    )
    .bind(als_id.to_string())
    .bind(leader)
    .fetch_one(pool)
    .await?;
    ensure!(
        audited == 1,
        "one audit row for the decertification by the leader, found {audited}"
    );
    Ok(())
}
