//! CROP end to end in a real browser: a member applies to an opportunity (one refused
//! submission on the way), leadership approves the application (in Spanish, after the
//! second login step), and the member sees the decision. The application runs in-process
//! on an ephemeral port; a headless Chromium, driven through chromedriver, clicks through
//! it as people would. The people, the ALS, the event and the opportunity are put in the
//! database directly before the browser starts.
//!
//! Needs Chromium and chromedriver: `apt-get install -y chromium chromium-driver`.

use std::future::IntoFuture;
use std::net::{SocketAddr, TcpListener as StdTcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use chrono::Utc;
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use lacralo_outreach::accounts::{email::EmailAddress, password, queries, totp};
use lacralo_outreach::audit::Actor;
use lacralo_outreach::config::Settings;
use lacralo_outreach::crop::model::Phase;
use lacralo_outreach::crop::{queries as crop_queries, rules};
use lacralo_outreach::web::auth::Role;
use lacralo_outreach::{AppState, app};

const MEMBER_NAME: &str = "Keisha Baptiste";
const MEMBER_EMAIL: &str = "keisha.baptiste@example.org";
const MEMBER_PASSWORD: &str = "hibiscus steelpan harbour 2031";
const LEADER_EMAIL: &str = "presidencia@example.org";
const LEADER_PASSWORD: &str = "marimba volcano lantern 1987";
const ALS_NAME: &str = "Trinidad Digital Commons";
const EVENT_TITLE: &str = "Port of Spain Community Internet Forum";

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
const INSTALL_HINT: &str = "run `apt-get install -y chromium chromium-driver`";
/// How long to wait for something to appear on a page.
const WAIT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(100);

/// What the database holds before the browser starts.
struct Setup {
    member_id: i64,
    leader_totp_secret: String,
    opportunity_id: i64,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_crop_member_applies_leadership_approves_member_sees_it() {
    let started = Instant::now();
    for tool in [CHROMEDRIVER, CHROMIUM] {
        assert!(
            Path::new(tool).exists(),
            "{tool} is missing: the browser test needs Chromium and chromedriver; {INSTALL_HINT}"
        );
    }

    let (base, state, setup, _dir) = start_app().await;
    let driver = ChromeDriver::start();
    let client = connect(&driver.url).await;

    let outcome = journey(&client, &base, &setup).await;
    if let Err(e) = &outcome {
        report_failure(&client, e).await;
    }
    let closed = client.close().await;
    drop(driver);

    if let Err(e) = outcome {
        panic!("browser journey failed: {e:#}");
    }
    closed.expect("closing the browser session");

    // What the approval left behind: the member's CROP trip, and the message telling them.
    let trips: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM engagements WHERE kind = 'crop_trip' AND member_id = ?",
    )
    .bind(setup.member_id)
    .fetch_one(&state.pool)
    .await
    .expect("count engagements");
    assert_eq!(trips, 1, "one crop_trip engagement for the approved member");
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
    log_in(c, base, MEMBER_EMAIL, MEMBER_PASSWORD, "Log in").await?;
    wait_for_text(c, ".flash", "You are logged in.").await?;
    find(
        c,
        Locator::XPath("//nav[contains(@class,'main-nav')]//a[normalize-space()='CROP']"),
    )
    .await
    .context("the menu has no \"CROP\" link for a logged-in member")?
    .click()
    .await?;
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
    click_button(c, "Log out").await?;
    wait_for_text(c, ".flash", "You are logged out.").await?;
    c.goto(&format!("{base}/login")).await?;
    wait_for_text(c, "h1", "Log in").await?;
    switch_language(c, "Español").await?;
    wait_for_text(c, "h1", "Iniciar sesión").await?;
    type_into(c, "#f-email", LEADER_EMAIL).await?;
    type_into(c, "#f-password", LEADER_PASSWORD).await?;
    click_button(c, "Entrar").await?;
    wait_for_text(c, "h1", "Segundo paso: su código").await?;
    let code = totp::code_at(&setup.leader_totp_secret, Utc::now().timestamp() as u64)
        .context("a TOTP code from the leader's secret")?;
    type_into(c, "#f-code", &code).await?;
    click_button(c, "Entrar").await?;
    wait_for_text(c, ".flash", "Ha iniciado sesión.").await?;

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
    click_button(c, "Cerrar sesión").await?;
    wait_for_text(c, ".flash", "Ha cerrado la sesión.").await?;
    c.goto(&format!("{base}/login")).await?;
    wait_for_text(c, "h1", "Iniciar sesión").await?;
    switch_language(c, "English").await?;
    log_in(c, base, MEMBER_EMAIL, MEMBER_PASSWORD, "Log in").await?;
    wait_for_text(c, ".flash", "You are logged in.").await?;

    // 3b. "My applications" shows the decision; the application's page tells it.
    find(
        c,
        Locator::XPath("//nav[contains(@class,'main-nav')]//a[normalize-space()='CROP']"),
    )
    .await?
    .click()
    .await?;
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
    find(c, Locator::Css("#f-report"))
        .await
        .context("the approved application's page has no trip report form")?;
    Ok(())
}

/// Logs in through the login page's first step.
async fn log_in(c: &Client, base: &str, email: &str, password: &str, submit: &str) -> Result<()> {
    c.goto(&format!("{base}/login")).await?;
    find(c, Locator::Css("#f-email")).await?;
    type_into(c, "#f-email", email).await?;
    type_into(c, "#f-password", password).await?;
    click_button(c, submit).await
}

async fn switch_language(c: &Client, name: &str) -> Result<()> {
    let switcher = find(c, Locator::Css("nav.lang-switch")).await?;
    switcher
        .find(Locator::LinkText(name))
        .await
        .with_context(|| format!("the language switcher has no link \"{name}\""))?
        .click()
        .await?;
    Ok(())
}

async fn click_button(c: &Client, text: &str) -> Result<()> {
    find(
        c,
        Locator::XPath(&format!("//button[normalize-space()='{text}']")),
    )
    .await
    .with_context(|| format!("no \"{text}\" button"))?
    .click()
    .await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Page helpers

/// Waits for an element to be on the page.
async fn find(c: &Client, locator: Locator<'_>) -> Result<fantoccini::elements::Element> {
    let what = format!("{locator:?}");
    c.wait()
        .at_most(WAIT)
        .every(POLL)
        .for_element(locator)
        .await
        .with_context(|| format!("no element {what} appeared within {WAIT:?}"))
}

/// Waits until the first element matching `css` reads `expected` (trimmed); tolerates the
/// page changing underneath (navigation after a click).
async fn wait_for_text(c: &Client, css: &str, expected: &str) -> Result<()> {
    let deadline = Instant::now() + WAIT;
    let mut seen: Option<String> = None;
    loop {
        match c.find(Locator::Css(css)).await {
            Ok(element) => match element.text().await {
                Ok(text) => {
                    let text = text.trim().to_owned();
                    if text == expected {
                        return Ok(());
                    }
                    seen = Some(text);
                }
                Err(e) if retryable(&e) => {}
                Err(e) => return Err(e.into()),
            },
            Err(e) if retryable(&e) => {}
            Err(e) => return Err(e.into()),
        }
        if Instant::now() >= deadline {
            match seen {
                Some(text) => bail!("`{css}` reads {text:?}, expected {expected:?}"),
                None => bail!("no `{css}` on the page; expected one reading {expected:?}"),
            }
        }
        tokio::time::sleep(POLL).await;
    }
}

fn retryable(e: &CmdError) -> bool {
    e.is_no_such_element() || e.is_stale_element_reference()
}

async fn type_into(c: &Client, css: &str, text: &str) -> Result<()> {
    let input = find(c, Locator::Css(css)).await?;
    input.clear().await?;
    input
        .send_keys(text)
        .await
        .with_context(|| format!("typing {text:?} into `{css}`"))
}

async fn choose_option(c: &Client, select_css: &str, value: &str) -> Result<()> {
    let option_css = format!("{select_css} option[value='{value}']");
    find(c, Locator::Css(&option_css)).await?.click().await?;
    let chosen = find(c, Locator::Css(select_css))
        .await?
        .prop("value")
        .await?;
    ensure!(
        chosen.as_deref() == Some(value),
        "choosing {value:?} in `{select_css}` left it on {chosen:?}"
    );
    Ok(())
}

/// Shows where the browser was when a check failed.
async fn report_failure(c: &Client, error: &anyhow::Error) {
    eprintln!("browser journey failed: {error:#}");
    if let Ok(url) = c.current_url().await {
        eprintln!("  page: {url}");
    }
    if let Ok(main) = c.find(Locator::Css("main")).await {
        if let Ok(text) = main.text().await {
            let text: String = text.chars().take(2000).collect();
            eprintln!("  it shows:\n{text}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// The application, its data, and the browser

/// Serves the real application on an ephemeral port over a fresh database holding the
/// member, the leader and the opportunity.
async fn start_app() -> (String, AppState, Setup, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let settings = Settings::for_database(&format!("sqlite://{}/test.db", dir.path().display()));
    let state = AppState::new(settings)
        .await
        .expect("the app starts on a fresh database");
    let setup = seed(&state).await.expect("the CROP test data");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind an ephemeral port");
    let addr = listener.local_addr().expect("local address");
    tokio::spawn(axum::serve(listener, app(state.clone())).into_future());
    (format!("http://{addr}"), state, setup, dir)
}

async fn create_account(state: &AppState, email: &str, name: &str, pw: &str, role: Role) -> i64 {
    let email = EmailAddress::parse(email).expect("a valid address");
    let hash = password::hash(pw).expect("hash");
    let mut tx = state.pool.begin().await.expect("transaction");
    let id = queries::create_user(
        &mut tx,
        &Actor::system("browser-test"),
        &queries::NewUser {
            email: &email,
            display_name: name,
            password_hash: &hash,
            role,
            locale: "en",
        },
    )
    .await
    .expect("create the account")
    .expect("a new address");
    tx.commit().await.expect("commit");
    id
}

/// An active ALS in Trinidad and Tobago (sub-region C) with a member who has an account;
/// a leader with the second step enrolled; an event there in 120 days, and its CROP
/// opportunity announced to sub-region C with one funded place.
async fn seed(state: &AppState) -> Result<Setup> {
    let pool = &state.pool;
    let now = "2024-01-01T00:00:00Z";
    let als: i64 = sqlx::query_scalar(
        "INSERT INTO als (name, name_key, country, status, created_at, updated_at)
         VALUES (?, lower(?), 'TT', 'active', ?, ?) RETURNING id",
    )
    .bind(ALS_NAME)
    .bind(ALS_NAME)
    .bind(now)
    .bind(now)
    .fetch_one(pool)
    .await?;
    let member_id: i64 = sqlx::query_scalar(
        "INSERT INTO members (name, email, email_canonical, country, als_id, active,
            created_at, updated_at)
         VALUES (?, ?, ?, 'TT', ?, 1, ?, ?) RETURNING id",
    )
    .bind(MEMBER_NAME)
    .bind(MEMBER_EMAIL)
    .bind(MEMBER_EMAIL)
    .bind(als)
    .bind(now)
    .bind(now)
    .fetch_one(pool)
    .await?;
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
    let leader_totp_secret = totp::new_secret();
    sqlx::query("UPDATE users SET totp_secret = ? WHERE id = ?")
        .bind(&leader_totp_secret)
        .bind(leader)
        .execute(pool)
        .await?;

    let today = Utc::now().date_naive();
    let start = today + chrono::Duration::days(120);
    let end = start + chrono::Duration::days(2);
    let event_id: i64 = sqlx::query_scalar(
        "INSERT INTO events (uid, title, kind, relevance, city, country, date_precision, year,
            month, start_date, end_date, status, created_at, updated_at)
         VALUES ('browser-crop-forum@lacralo.test', ?, 'conference', 'crop_candidate',
            'Port of Spain', 'TT', 'day', ?, ?, ?, ?, 'confirmed', ?, ?) RETURNING id",
    )
    .bind(EVENT_TITLE)
    .bind(i64::from(chrono::Datelike::year(&start)))
    .bind(i64::from(chrono::Datelike::month(&start)))
    .bind(start.to_string())
    .bind(end.to_string())
    .bind(now)
    .bind(now)
    .fetch_one(pool)
    .await?;

    let zone = chrono_tz::America::Port_of_Spain;
    let deadline_on = today + chrono::Duration::days(60);
    let actor = Actor::system("browser-test");
    let opportunity_id = crop_queries::create_opportunity(
        pool,
        &actor,
        &crop_queries::NewOpportunity {
            event_id,
            fiscal_year: i64::from(rules::fiscal_year(start)),
            slots: 1,
            subregion: "C".to_owned(),
            priority_ends_on: today + chrono::Duration::days(50),
            deadline_on,
            time_zone: zone.name().to_owned(),
            deadline_at: rules::deadline_instant(deadline_on, zone),
            notes: String::new(),
        },
    )
    .await?;
    let announced = crop_queries::change_phase(
        pool,
        &actor,
        opportunity_id,
        1,
        Phase::Draft,
        Phase::Subregion,
        "",
    )
    .await?;
    ensure!(
        matches!(announced, crop_queries::Written::Done),
        "announcing the opportunity to sub-region C: {announced:?}"
    );
    Ok(Setup {
        member_id,
        leader_totp_secret,
        opportunity_id,
    })
}

/// chromedriver as a child process, in its own process group so that the browsers it
/// starts go with it; killed on drop, even when the test fails.
struct ChromeDriver {
    child: Child,
    url: String,
}

impl ChromeDriver {
    fn start() -> Self {
        let port = free_port();
        let mut command = Command::new(CHROMEDRIVER);
        command
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {CHROMEDRIVER}: {e}; {INSTALL_HINT}"));
        let mut driver = Self {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let deadline = Instant::now() + WAIT;
        loop {
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return driver;
            }
            if let Ok(Some(status)) = driver.child.try_wait() {
                panic!("chromedriver exited at start ({status}); {INSTALL_HINT}");
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver did not accept connections on port {port} within {WAIT:?}"
            );
            std::thread::sleep(POLL);
        }
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            // The group this test created for chromedriver (its id is chromedriver's).
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", self.child.id())])
                .stderr(Stdio::null())
                .status();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    let listener = StdTcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address").port()
}

async fn connect(webdriver: &str) -> Client {
    let capabilities = serde_json::json!({
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=1280,1000",
                // The member's sessions are in English: don't let the machine's locale decide.
                "--lang=en-US",
            ],
        }
    });
    let serde_json::Value::Object(capabilities) = capabilities else {
        unreachable!("a JSON object");
    };
    ClientBuilder::native()
        .capabilities(capabilities)
        .connect(webdriver)
        .await
        .unwrap_or_else(|e| panic!("cannot open a Chromium session through chromedriver: {e}"))
}
