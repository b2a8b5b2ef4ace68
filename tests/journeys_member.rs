//! Two journeys of the project's issue, each walked in a real browser in two languages,
//! every interface string read from the app's own Fluent messages (`t`), so the language
//! is only a parameter:
//!
//! - **Journey 4** — a member invited by leadership joins, cannot apply to a CROP
//!   opportunity of another sub-region, leadership opens it to everyone (before the
//!   priority window ends, so with the confirmation), the member applies, leadership
//!   approves, and the member files the trip report.
//! - **Journey 5** — GSE staff schedule a webinar entered in São Paulo time; a viewer in
//!   Mexico City reads it in their own time; staff record its attendance (a count and a
//!   member by address) and the programme's progress counts it held.
//!
//! The application runs in-process on an ephemeral port over a fresh database per
//! language; people, ALSs, events and the opportunity are put in the database before the
//! browser starts. Needs Chromium and chromedriver: `apt-get install -y chromium
//! chromium-driver`.

mod browser_support;

use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use anyhow::{Context, Result, ensure};
use chrono::{Datelike, NaiveDate, Utc};
use fantoccini::{Client, Locator};
use lacralo_outreach::AppState;
use lacralo_outreach::accounts::{email::EmailAddress, queries as account_queries, secrets};
use lacralo_outreach::audit::Actor;
use lacralo_outreach::web::auth::Role;
use lacralo_outreach::webinars::model::{Programme, plan_default_target};

use browser_support::seed;
use browser_support::{
    App, Browser, choose_option, click_button, create_account, enrol_totp, find, lang as ui_lang,
    log_in, report_failure_named, require_browser, set_value, t, t_args, type_into, wait_for_text,
    xpath_literal,
};

/// The journeys' browsers, one test at a time: each starts its own app, chromedriver and
/// Chromium, and on a small machine several at once make the waits flaky.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Runs a journey on its own runtime once no other journey of this file is running (a
/// failed one does not block the rest).
fn one_at_a_time(journey: impl Future<Output = ()>) {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
    require_browser();
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a Tokio runtime")
        .block_on(journey);
}

// ---------------------------------------------------------------------------------------
// Journey 4: a member joins through an invitation and goes on a CROP trip.

const J4_MEMBER_NAME: &str = "Itzel Ramírez Cuauhtli";
const J4_MEMBER_EMAIL: &str = "itzel.ramirez@example.org";
const J4_MEMBER_PASSWORD: &str = "copal obsidian riverbank 2042";
const J4_ALS_NAME: &str = "Red Ciudadana Digital de Oaxaca";
const J4_LEADER_EMAIL: &str = "secretaria@example.org";
const J4_LEADER_PASSWORD: &str = "marimba volcano lantern 1987";
const J4_EVENT_TITLE: &str = "Caribbean Internet Governance Forum";

#[test]
fn journey_4_member_joins_and_goes_on_a_crop_trip_in_portuguese() {
    one_at_a_time(journey_4("pt"));
}

#[test]
fn journey_4_member_joins_and_goes_on_a_crop_trip_in_english() {
    one_at_a_time(journey_4("en"));
}

/// What journey 4's database holds before the browser starts.
struct Crop {
    member_id: i64,
    leader_totp_secret: String,
    opportunity_id: i64,
    /// The invitation's link, as leadership would send it.
    join_path: String,
}

async fn journey_4(lang: &str) {
    let started = Instant::now();
    let app = App::start().await;
    let setup = seed_crop(&app.state, &app.base, lang)
        .await
        .expect("journey 4's test data");
    let browser = Browser::start();
    let member = browser.connect().await;
    let leader = browser.connect().await;

    let outcome = crop_journey(&member, &leader, &app, &setup, lang).await;
    if let Err(e) = &outcome {
        report_failure_named(&member, &format!("journey-4-{lang}-member"), e).await;
        report_failure_named(&leader, &format!("journey-4-{lang}-leader"), e).await;
    }
    let _ = member.close().await;
    let _ = leader.close().await;
    drop(browser);
    if let Err(e) = outcome {
        panic!("journey 4 ({lang}) failed: {e:#}");
    }

    // What the journey left in the database.
    let pool = &app.state.pool;
    let changes: Vec<(String, String)> = sqlx::query_as(
        "SELECT from_phase, reason FROM crop_phase_changes
         WHERE opportunity_id = ? AND to_phase = 'open_to_all'",
    )
    .bind(setup.opportunity_id)
    .fetch_all(pool)
    .await
    .expect("read the phase changes");
    assert_eq!(
        changes,
        vec![("subregion".to_owned(), widen_reason(lang))],
        "one change to open_to_all, from the sub-region phase, with the reason typed"
    );
    let (status, in_subregion, filed, report): (String, i64, Option<String>, String) =
        sqlx::query_as(
            "SELECT status, in_subregion, report_filed_at, report FROM crop_applications
             WHERE opportunity_id = ? AND member_id = ?",
        )
        .bind(setup.opportunity_id)
        .bind(setup.member_id)
        .fetch_one(pool)
        .await
        .expect("the member's application");
    assert_eq!(status, "approved", "the application is approved");
    assert_eq!(
        in_subregion, 0,
        "the application is recorded as from outside the sub-region"
    );
    assert!(filed.is_some(), "report_filed_at is set");
    assert_eq!(report, trip_report(lang), "the report is stored as typed");
    let linked: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM users WHERE email = ? AND member_id = ? AND role = 'member'",
    )
    .bind(J4_MEMBER_EMAIL)
    .bind(setup.member_id)
    .fetch_one(pool)
    .await
    .expect("the member's account");
    assert_eq!(linked, 1, "the invited account is the member's");
    let locale: String = sqlx::query_scalar("SELECT locale FROM users WHERE email = ?")
        .bind(J4_MEMBER_EMAIL)
        .fetch_one(pool)
        .await
        .expect("the member's account");
    assert_eq!(
        locale, lang,
        "the account keeps the language the invitation was accepted in"
    );
    let subjects: Vec<String> = sqlx::query_scalar(
        "SELECT subject FROM outbox WHERE kind = 'crop_decision' AND recipient = ?
           AND dedup_key LIKE 'crop-decision:%:approved:%'",
    )
    .bind(J4_MEMBER_EMAIL)
    .fetch_all(pool)
    .await
    .expect("read the outbox");
    let told = t_args(
        lang,
        "notify-crop-decision-subject",
        &[
            ("title", J4_EVENT_TITLE.into()),
            ("status", t(lang, "crop-status-approved").into()),
        ],
    );
    assert_eq!(
        subjects,
        vec![told],
        "the member is told of the approval once, in their language"
    );
    eprintln!("journey 4 ({lang}) passed in {:.1?}", started.elapsed());
}

fn widen_reason(lang: &str) -> String {
    format!("[{lang}] Nobody from the Caribbean sub-region can travel on these dates.")
}

fn trip_report(lang: &str) -> String {
    format!(
        "[{lang}] Two sessions on Universal Acceptance with Caribbean ISPs; \
         three new contacts for an ALS in Saint Lucia."
    )
}

async fn crop_journey(m: &Client, l: &Client, app: &App, setup: &Crop, lang: &str) -> Result<()> {
    let base = &app.base;
    let opp = setup.opportunity_id;
    let tr = |key: &str| t(lang, key);

    // 1. The member opens the invitation link, chooses a name and a password, and arrives
    // logged in.
    m.goto(&format!("{base}{}?lang={lang}", setup.join_path))
        .await?;
    wait_for_text(m, "h1", &tr("join-title")).await?;
    let intro = find(m, Locator::Css("p.lead")).await?.text().await?;
    ensure!(
        intro.contains(&tr(&Role::Member.label_key())),
        "the invitation page should say the role ({:?}), it reads {intro:?}",
        tr(&Role::Member.label_key())
    );
    type_into(m, "#f-display_name", J4_MEMBER_NAME).await?;
    type_into(m, "#f-password", J4_MEMBER_PASSWORD).await?;
    type_into(m, "#f-password_confirm", J4_MEMBER_PASSWORD).await?;
    click_button(m, &tr("join-submit")).await?;
    wait_for_text(m, ".flash", &tr("flash-logged-in")).await?;
    find(
        m,
        Locator::XPath(&format!(
            "//button[normalize-space()={}]",
            xpath_literal(&tr("nav-logout"))
        )),
    )
    .await
    .context("the new member is not shown as logged in (no log-out button)")?;

    // Joining with the address the registry has for the member links the account to that
    // member at once: no step for leadership before the member can apply.
    let linked: Option<i64> =
        sqlx::query_scalar("SELECT member_id FROM users WHERE email_canonical = ?")
            .bind(J4_MEMBER_EMAIL)
            .fetch_one(&app.state.pool)
            .await?;
    ensure!(
        linked == Some(setup.member_id),
        "joining should link the account to the registry's member {}, it is linked to {linked:?}",
        setup.member_id
    );

    // 2. The member, from Mexico (sub-region A), opens the Caribbean opportunity: the one
    // reason is that it is for the event's sub-region for now, and there is no Apply.
    m.goto(&format!("{base}/crop/{opp}")).await?;
    wait_for_text(m, "h1", J4_EVENT_TITLE).await?;
    wait_for_text(m, "#why-h", &tr("crop-why-not-heading")).await?;
    let reasons = texts(m, "section.notice li").await?;
    ensure!(
        reasons == vec![tr("crop-refusal-outside-subregion")],
        "the only reason given should be {:?}, the page lists {reasons:?}",
        tr("crop-refusal-outside-subregion")
    );
    ensure!(
        m.find_all(Locator::Css(&format!("a[href='/crop/{opp}/apply']")))
            .await?
            .is_empty(),
        "a member outside the sub-region should not be offered Apply"
    );

    // 3. Leadership, in a second browser, log in with the second step and open the
    // opportunity to everyone. The priority window has not ended: without the
    // confirmation it is refused, the reason kept; with it, done.
    l.goto(&format!("{base}/login?lang={lang}")).await?;
    log_in(
        l,
        base,
        lang,
        J4_LEADER_EMAIL,
        J4_LEADER_PASSWORD,
        Some(&setup.leader_totp_secret),
    )
    .await?;
    wait_for_text(l, ".flash", &tr("flash-logged-in")).await?;
    l.goto(&format!("{base}/crop/{opp}")).await?;
    wait_for_text(l, "#phase-h", &tr("crop-phase-heading")).await?;
    let count_line = find(l, Locator::Css("section.panel form strong"))
        .await?
        .text()
        .await?;
    let none_yet = t_args(lang, "crop-subregion-count", &[("count", 0.into())]);
    ensure!(
        count_line == none_yet,
        "leadership should see how many sub-region applications there are ({none_yet:?}), \
         the page reads {count_line:?}"
    );
    type_into(l, "#f-reason", &widen_reason(lang)).await?;
    click_button(l, &tr("crop-widen")).await?;
    wait_for_text(l, "#f-reason-error", &tr("crop-err-widen-confirm")).await?;
    let kept = find(l, Locator::Css("#f-reason"))
        .await?
        .prop("value")
        .await?;
    ensure!(
        kept.as_deref() == Some(widen_reason(lang).as_str()),
        "the refused phase form should keep the reason typed, it holds {kept:?}"
    );
    find(l, Locator::Css("#f-confirm")).await?.click().await?;
    click_button(l, &tr("crop-widen")).await?;
    wait_for_text(l, ".flash", &tr("flash-crop-phase")).await?;
    wait_for_text(l, "dl.details .badge", &tr("crop-phase-open-to-all")).await?;
    let history = find(l, Locator::Css("table.history tbody"))
        .await
        .context("the opportunity's page shows no phase history")?
        .text()
        .await?;
    ensure!(
        history.contains(&widen_reason(lang)) && history.contains(&tr("crop-phase-open-to-all")),
        "the phase history should show the change to {:?} with its reason, it reads {history:?}",
        tr("crop-phase-open-to-all")
    );

    // 4. The member's dashboard now puts the opportunity first, "For you", with its
    // deadline; from there they go to it, and Apply is there now. They apply in the
    // page's language.
    m.goto(&format!("{base}/")).await?;
    wait_for_text(m, "#for-you-h", &tr("for-you-heading")).await?;
    find(m, Locator::Css(&format!("#for-you a[href='/crop/{opp}']")))
        .await
        .context("the For you block should offer the opportunity open to all")?
        .click()
        .await?;
    wait_for_text(m, "h1", J4_EVENT_TITLE).await?;
    wait_for_text(m, "dl.details .badge", &tr("crop-phase-open-to-all")).await?;
    ensure!(
        m.find_all(Locator::Css("#why-h")).await?.is_empty(),
        "once open to all, the member should be given no reason not to apply"
    );
    let apply = find(m, Locator::Css(&format!("a[href='/crop/{opp}/apply']")))
        .await
        .context("the opportunity open to all offers the member no Apply link")?;
    let apply_text = apply.text().await?;
    ensure!(
        apply_text.trim() == tr("crop-apply"),
        "the Apply link reads {apply_text:?}, expected {:?}",
        tr("crop-apply")
    );
    apply.click().await?;
    wait_for_text(m, "h1", &tr("crop-apply")).await?;
    let applying_as = find(m, Locator::Css("main")).await?.text().await?;
    ensure!(
        applying_as.contains(&format!("{J4_MEMBER_NAME} · {J4_ALS_NAME} · ")),
        "the form should say who applies ({J4_MEMBER_NAME} · {J4_ALS_NAME} · …), it reads \
         {applying_as:?}"
    );
    let language_box = find(m, Locator::Css(&format!("#lang-{lang}"))).await?;
    if !language_box.is_selected().await? {
        language_box.click().await?;
    }
    type_into(
        m,
        "#f-motivation",
        "I lead our ALS's Universal Acceptance work and speak with ISPs across the region.",
    )
    .await?;
    type_into(
        m,
        "#f-outreach_plan",
        "A talk at the forum, meetings with two Caribbean ISPs, and a report to LACRALO's \
         monthly call.",
    )
    .await?;
    click_button(m, &tr("crop-submit")).await?;
    wait_for_text(m, ".flash", &tr("flash-crop-applied")).await?;
    wait_for_text(m, "p.lead .badge", &tr("crop-status-submitted")).await?;

    // 5. Leadership approve it on the review page.
    l.goto(&format!("{base}/crop/{opp}/review")).await?;
    wait_for_text(l, "h1", &format!("{}: {J4_EVENT_TITLE}", tr("crop-review"))).await?;
    let application = find(l, Locator::Css("article.application"))
        .await
        .context("the review page lists no application")?
        .text()
        .await?;
    ensure!(
        application.contains(J4_MEMBER_NAME)
            && application.contains(J4_ALS_NAME)
            && application.contains(&tr("crop-status-submitted"))
            && application.contains(&tr("crop-outside-subregion")),
        "the review page should list {J4_MEMBER_NAME} ({J4_ALS_NAME}) as {:?}, from {:?}; it \
         reads {application:?}",
        tr("crop-status-submitted"),
        tr("crop-outside-subregion")
    );
    choose_option(l, "form.decision select[name='decision']", "approve").await?;
    click_button(l, &tr("crop-decide")).await?;
    wait_for_text(l, ".flash", &tr("flash-crop-decided")).await?;
    wait_for_text(
        l,
        "article.application h2 .badge",
        &tr("crop-status-approved"),
    )
    .await?;

    // 6. The trip happens (the event is moved into the past: time passes), then the
    // member sees it approved in "My applications", opens it and files the trip report.
    let past = (chrono::Utc::now() - chrono::Duration::days(5))
        .date_naive()
        .to_string();
    sqlx::query("UPDATE events SET start_date = ?, end_date = ? WHERE title = ?")
        .bind(&past)
        .bind(&past)
        .bind(J4_EVENT_TITLE)
        .execute(&app.state.pool)
        .await?;
    m.goto(&format!("{base}/crop/mine")).await?;
    wait_for_text(m, "h1", &tr("crop-mine")).await?;
    wait_for_text(m, "table.history tbody .badge", &tr("crop-status-approved")).await?;
    find(m, Locator::LinkText(J4_EVENT_TITLE))
        .await
        .context("\"My applications\" has no link to the application")?
        .click()
        .await?;
    wait_for_text(
        m,
        "h1",
        &format!("{}: {J4_EVENT_TITLE}", tr("crop-application")),
    )
    .await?;
    wait_for_text(m, "p.lead .badge", &tr("crop-status-approved")).await?;
    wait_for_text(m, "#report-h", &tr("crop-report")).await?;
    // ICANN's questions first; the results are the report's last answer. Written in the
    // member's own language, with a line of English (ICANN requires English).
    for (css, answer) in [
        ("#f-objectives", "Meet the Caribbean ISPs."),
        ("#f-activities", "A talk and two meetings."),
        ("#f-people_reached", "35"),
        ("#f-contacts", "Two ISPs."),
        ("#f-follow_up", "A webinar."),
        ("#f-english", "Met two Caribbean ISPs; a webinar follows."),
    ] {
        type_into(m, css, answer).await?;
    }
    type_into(m, "#f-report", &trip_report(lang)).await?;
    click_button(m, &tr("crop-file-report")).await?;
    wait_for_text(m, ".flash", &tr("flash-crop-report-filed")).await?;
    let saved = find(m, Locator::Css("#f-report"))
        .await?
        .prop("value")
        .await?;
    ensure!(
        saved.as_deref() == Some(trip_report(lang).as_str()),
        "after saving, the report form should hold the report, it holds {saved:?}"
    );
    let section = find(m, Locator::Css("section[aria-labelledby='report-h']"))
        .await?
        .text()
        .await?;
    ensure!(
        section.contains(&tr("crop-report-filed")),
        "the report section should say it is filed ({:?}), it reads {section:?}",
        tr("crop-report-filed")
    );
    m.goto(&format!("{base}/crop/mine")).await?;
    wait_for_text(m, "h1", &tr("crop-mine")).await?;
    let row = find(m, Locator::Css("table.history tbody tr"))
        .await?
        .text()
        .await?;
    ensure!(
        row.contains(&tr("crop-report-filed")),
        "\"My applications\" should show the report filed ({:?}), the row reads {row:?}",
        tr("crop-report-filed")
    );
    Ok(())
}

/// An active ALS in Mexico (sub-region A) with a member who has no account yet, a leader
/// with the second step enrolled who has invited that member, and an event in Trinidad and
/// Tobago (sub-region C) in 120 days whose CROP opportunity is announced to sub-region C,
/// its priority window ending in 50 days.
async fn seed_crop(state: &AppState, base: &str, lang: &str) -> Result<Crop> {
    let pool = &state.pool;
    let (_, member_id) =
        seed::als_with_member(pool, (J4_ALS_NAME, "MX"), (J4_MEMBER_NAME, J4_MEMBER_EMAIL)).await?;
    let leader = create_account(
        state,
        J4_LEADER_EMAIL,
        "Secretaría LACRALO",
        J4_LEADER_PASSWORD,
        Role::Leadership,
    )
    .await;
    let leader_totp_secret = enrol_totp(state, leader).await;
    let leader_actor = Actor {
        user_id: Some(leader),
        email: J4_LEADER_EMAIL.to_owned(),
    };

    // The invitation, made as the invitations page makes it: a token, its link, and the
    // message queued in the outbox.
    let token = secrets::new_token();
    let join_path = format!("/join/{token}");
    let email = EmailAddress::parse(J4_MEMBER_EMAIL).context("the member's address")?;
    let link = format!("{base}{join_path}");
    account_queries::create_invitation(
        pool,
        &leader_actor,
        &email,
        Role::Member,
        &token,
        &account_queries::InvitationMail {
            site: state.site(),
            lang: lacralo_outreach::web::Lang::from_code(lang).unwrap_or_default(),
            inviter: "Secretaría LACRALO",
            link: &link,
        },
    )
    .await?;

    let today = Utc::now().date_naive();
    let start = today + chrono::Duration::days(120);
    let event_id =
        seed::crop_event(pool, "journey-4-forum@lacralo.test", J4_EVENT_TITLE, start).await?;
    let opportunity_id = seed::announced_opportunity(
        state,
        &leader_actor,
        lacralo_outreach::web::Lang::from_code(lang).unwrap_or_default(),
        (event_id, start),
        today,
    )
    .await?;
    Ok(Crop {
        member_id,
        leader_totp_secret,
        opportunity_id,
        join_path,
    })
}

// ---------------------------------------------------------------------------------------
// Journey 5: a webinar entered in São Paulo time, read in Mexico City, attendance recorded.

const J5_STAFF_NAME: &str = "Equipo GSE LAC";
const J5_STAFF_EMAIL: &str = "gse.lac@example.org";
const J5_STAFF_PASSWORD: &str = "araucaria pampas compass 2718";
const J5_MEMBER_NAME: &str = "Mariana Xóchitl Pérez";
const J5_MEMBER_EMAIL: &str = "mariana.perez@example.org";
const J5_ALS_NAME: &str = "Colectivo Internet Mexicano";
const SAO_PAULO: &str = "America/Sao_Paulo";
const MEXICO_CITY: &str = "America/Mexico_City";
const ATTENDANCE: i64 = 23;

#[test]
fn journey_5_webinar_in_sao_paulo_time_read_in_mexico_city_in_french() {
    one_at_a_time(journey_5("fr"));
}

#[test]
fn journey_5_webinar_in_sao_paulo_time_read_in_mexico_city_in_spanish() {
    one_at_a_time(journey_5("es"));
}

async fn journey_5(lang: &str) {
    let started = Instant::now();
    let app = App::start().await;
    let member_id = seed_webinar(&app.state)
        .await
        .expect("journey 5's test data");
    // Ten days ago (in São Paulo, as the webinar is entered), so attendance can be recorded.
    let day = Utc::now()
        .with_timezone(&chrono_tz::America::Sao_Paulo)
        .date_naive()
        - chrono::Duration::days(10);
    let browser = Browser::start();
    let c = browser.connect().await;

    let outcome = webinar_journey(&c, &app, lang, day).await;
    if let Err(e) = &outcome {
        report_failure_named(&c, &format!("journey-5-{lang}"), e).await;
    }
    let _ = c.close().await;
    drop(browser);
    let webinar_id = match outcome {
        Ok(id) => id,
        Err(e) => panic!("journey 5 ({lang}) failed: {e:#}"),
    };

    let pool = &app.state.pool;
    let (starts_at, duration, zone, status, count): (String, i64, String, String, i64) =
        sqlx::query_as(
            "SELECT w.starts_at, w.duration_minutes, e.time_zone, e.status, w.attendance_count
             FROM webinars w JOIN events e ON e.id = w.event_id WHERE w.event_id = ?",
        )
        .bind(webinar_id)
        .fetch_one(pool)
        .await
        .expect("the webinar");
    assert_eq!(
        starts_at,
        format!("{day}T13:00:00Z"),
        "10:00 in São Paulo (UTC-03:00) is stored as 13:00 UTC"
    );
    assert_eq!(duration, 90, "10:00 to 11:30 is 90 minutes");
    assert_eq!(zone, SAO_PAULO, "the zone it was entered in is kept");
    assert_eq!(
        status, "held",
        "recording attendance marks the webinar held"
    );
    assert_eq!(count, ATTENDANCE);
    let engagements: Vec<(Option<i64>, String)> = sqlx::query_as(
        "SELECT als_id, happened_on FROM engagements
         WHERE kind = 'webinar_attended' AND member_id = ? AND event_id = ?",
    )
    .bind(member_id)
    .bind(webinar_id)
    .fetch_all(pool)
    .await
    .expect("the member's engagements");
    let als_id: i64 = sqlx::query_scalar("SELECT id FROM als WHERE name = ?")
        .bind(J5_ALS_NAME)
        .fetch_one(pool)
        .await
        .expect("the member's ALS");
    assert_eq!(
        engagements,
        vec![(Some(als_id), day.to_string())],
        "one webinar_attended engagement of the member and their ALS, on the webinar's day"
    );
    eprintln!("journey 5 ({lang}) passed in {:.1?}", started.elapsed());
}

fn webinar_title(lang: &str) -> String {
    format!("[{lang}] Universal Acceptance for ALS webmasters")
}

/// The journey; returns the webinar's id.
async fn webinar_journey(c: &Client, app: &App, lang: &str, day: NaiveDate) -> Result<i64> {
    let base = &app.base;
    let tr = |key: &str| t(lang, key);
    let year = day.year();
    let title = webinar_title(lang);

    // 1. GSE staff log in and schedule the webinar, entered in São Paulo time.
    c.goto(&format!("{base}/login?lang={lang}")).await?;
    log_in(c, base, lang, J5_STAFF_EMAIL, J5_STAFF_PASSWORD, None).await?;
    wait_for_text(c, ".flash", &tr("flash-logged-in")).await?;
    c.goto(&format!("{base}/webinars/new")).await?;
    wait_for_text(c, "h1", &tr("webinar-new-heading")).await?;
    type_into(c, "#f-title", &title).await?;
    choose_option(c, "#f-programme", Programme::CapacityBuilding.as_str()).await?;
    let day_box = find(c, Locator::Css("#prec-day")).await?;
    if !day_box.is_selected().await? {
        day_box.click().await?;
    }
    set_value(c, "#f-start_date", &day.to_string()).await?;
    set_value(c, "#f-start_time", "10:00").await?;
    set_value(c, "#f-end_time", "11:30").await?;
    choose_option(c, "#f-time_zone", SAO_PAULO).await?;
    for code in ["es", "en", lang] {
        let offered = find(c, Locator::Css(&format!("#lang-{code}"))).await?;
        if !offered.is_selected().await? {
            offered.click().await?;
        }
    }
    type_into(c, "#f-speakers", "Ana Lúcia Ferreira\nJorge Villalobos").await?;
    click_button(c, &tr("form-save")).await?;
    wait_for_text(c, ".flash", &tr("flash-webinar-created")).await?;
    wait_for_text(c, "h1", &title).await?;
    let url = c.current_url().await?;
    let id: i64 = url
        .path()
        .strip_prefix("/webinars/")
        .and_then(|s| s.parse().ok())
        .with_context(|| format!("after saving, the browser is at {url}, not a webinar's page"))?;

    // 2. A viewer in Mexico City: the same webinar at 07:00–08:30 their time (Mexico has
    // had no daylight saving since 2022, nor Brazil since 2019), São Paulo's 10:00 beside.
    c.goto(&format!("{base}/webinars/{id}?tz={MEXICO_CITY}"))
        .await?;
    wait_for_text(c, "h1", &title).await?;
    let shown_in = find(c, Locator::Css("#tz-choice"))
        .await?
        .prop("value")
        .await?;
    ensure!(
        shown_in.as_deref() == Some(MEXICO_CITY),
        "the \"{}\" choice should be {MEXICO_CITY}, it is {shown_in:?}",
        tr("tz-shown-in")
    );
    let expected = format!(
        "{}, 07:00–08:30 UTC-06:00 ({MEXICO_CITY})",
        ui_lang(lang).date(day)
    );
    wait_for_text(c, "dl.details dd strong", &expected).await?;
    let beside = texts(c, "dl.details ul.plain li").await?;
    let sao_paulo = format!("{}: 10:00 (UTC-03:00)", tr("tz-city-sao-paulo"));
    let mexico = format!("{}: 07:00 (UTC-06:00)", tr("tz-city-mexico-city"));
    ensure!(
        beside.contains(&sao_paulo) && beside.contains(&mexico),
        "the main LAC zones should show {sao_paulo:?} and {mexico:?}, they read {beside:?}"
    );
    let details = find(c, Locator::Css("dl.details")).await?.text().await?;
    for expected in [
        tr(&Programme::CapacityBuilding.label_key()),
        tr("webinar-language-es"),
        tr("webinar-language-en"),
        tr(&format!("webinar-language-{lang}")),
        tr("webinar-attendance-none"),
    ] {
        ensure!(
            details.contains(&expected),
            "the webinar's details should include {expected:?}, they read {details:?}"
        );
    }

    // 3. Before attendance: the capacity-building line counts it planned, none held.
    let target = plan_default_target(Programme::CapacityBuilding)
        .context("the plan's capacity-building target")?;
    let bar = |held: i64, planned: i64| {
        t_args(
            lang,
            "programme-bar-label",
            &[
                ("held", held.into()),
                ("planned", planned.into()),
                ("target", target.to_string().into()),
            ],
        )
    };
    let before = capacity_building_bar(c, base, year, lang).await?;
    ensure!(
        before == bar(0, 1),
        "before attendance, the capacity-building bar should read {:?}, it reads {before:?}",
        bar(0, 1)
    );

    // 4. Staff record attendance: a count, and a member named by address.
    c.goto(&format!("{base}/webinars/{id}")).await?;
    find(
        c,
        Locator::Css(&format!("a[href='/webinars/{id}/attendance']")),
    )
    .await
    .context("the webinar's page offers staff no attendance link")?
    .click()
    .await?;
    wait_for_text(c, "h1", &tr("attendance-title")).await?;
    ensure!(
        c.find_all(Locator::Css("main p.notice")).await?.is_empty(),
        "attendance of a webinar ten days ago should be open, the page shows a notice"
    );
    type_into(c, "#f-count", &ATTENDANCE.to_string()).await?;
    type_into(c, "#f-add", J5_MEMBER_EMAIL).await?;
    click_button(c, &tr("form-save")).await?;
    wait_for_text(c, ".flash", &tr("flash-attendance-saved")).await?;
    wait_for_text(c, "h1", &title).await?;
    let details = find(c, Locator::Css("dl.details")).await?.text().await?;
    let count_text = t_args(
        lang,
        "webinar-attendance-count",
        &[("count", ATTENDANCE.into())],
    );
    ensure!(
        details.contains(&count_text) && details.contains(&tr("status-held")),
        "the webinar's page should show {count_text:?} and {:?}, it reads {details:?}",
        tr("status-held")
    );
    let attendees = find(
        c,
        Locator::Css("#attendees-h + * tbody, section table tbody"),
    )
    .await
    .context("the webinar's page lists no attendee")?
    .text()
    .await?;
    ensure!(
        attendees.contains(J5_MEMBER_NAME) && attendees.contains(J5_ALS_NAME),
        "the attendees should list {J5_MEMBER_NAME} of {J5_ALS_NAME}, they read {attendees:?}"
    );

    // 5. The programme's progress counts it held.
    let after = capacity_building_bar(c, base, year, lang).await?;
    ensure!(
        after == bar(1, 0),
        "after attendance, the capacity-building bar should read {:?}, it reads {after:?}",
        bar(1, 0)
    );
    Ok(id)
}

/// The capacity-building line's bar label on `/programmes?year=…`.
async fn capacity_building_bar(c: &Client, base: &str, year: i32, lang: &str) -> Result<String> {
    c.goto(&format!("{base}/programmes?year={year}")).await?;
    wait_for_text(c, "h1", &format!("{} {year}", t(lang, "programme-title"))).await?;
    let bar = find(
        c,
        Locator::XPath(
            "//table[contains(@class,'programmes')]//tr[th//a[contains(@href,\
             'programme=capacity_building')]]//*[local-name()='svg']",
        ),
    )
    .await
    .context("the programmes table has no capacity-building bar")?;
    bar.attr("aria-label")
        .await?
        .context("the capacity-building bar has no aria-label")
}

/// GSE staff, and an active ALS in Mexico with a member (no account) to be named in the
/// attendance. Returns the member's id.
async fn seed_webinar(state: &AppState) -> Result<i64> {
    let pool = &state.pool;
    let now = "2024-01-01T00:00:00Z";
    create_account(
        state,
        J5_STAFF_EMAIL,
        J5_STAFF_NAME,
        J5_STAFF_PASSWORD,
        Role::GseStaff,
    )
    .await;
    let als: i64 = sqlx::query_scalar(
        "INSERT INTO als (name, name_key, country, status, created_at, updated_at)
         VALUES (?, lower(?), 'MX', 'active', ?, ?) RETURNING id",
    )
    .bind(J5_ALS_NAME)
    .bind(J5_ALS_NAME)
    .bind(now)
    .bind(now)
    .fetch_one(pool)
    .await?;
    let member_id: i64 = sqlx::query_scalar(
        "INSERT INTO members (name, email, email_canonical, country, als_id, active,
            created_at, updated_at)
         VALUES (?, ?, ?, 'MX', ?, 1, ?, ?) RETURNING id",
    )
    .bind(J5_MEMBER_NAME)
    .bind(J5_MEMBER_EMAIL)
    .bind(J5_MEMBER_EMAIL)
    .bind(als)
    .bind(now)
    .bind(now)
    .fetch_one(pool)
    .await?;
    Ok(member_id)
}

// ---------------------------------------------------------------------------------------
// Small readers

/// The trimmed text of every element matching `css`.
async fn texts(c: &Client, css: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for element in c.find_all(Locator::Css(css)).await? {
        out.push(element.text().await?.trim().to_owned());
    }
    Ok(out)
}
