//! End-to-end test in a real browser: the application runs in-process on an ephemeral
//! port and a headless Chromium, driven through chromedriver, walks through it as a
//! person would (calendar, language switch, logging in, creating an event, a refused
//! form, editing the event's date, logging out).
//!
//! Needs Chromium and chromedriver: `apt-get install -y chromium chromium-driver`.

use std::future::IntoFuture;
use std::net::{SocketAddr, TcpListener as StdTcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use lacralo_outreach::accounts::{email::EmailAddress, password, queries};
use lacralo_outreach::audit::Actor;
use lacralo_outreach::config::Settings;
use lacralo_outreach::web::auth::Role;
use lacralo_outreach::{AppState, app};

const STAFF_EMAIL: &str = "gestora@example.org";
const STAFF_PASSWORD: &str = "marimba volcano lantern 1987";

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
const INSTALL_HINT: &str = "run `apt-get install -y chromium chromium-driver`";
/// How long to wait for something to appear on a page.
const WAIT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(100);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_journey_calendar_language_and_new_event() {
    let started = Instant::now();
    for tool in [CHROMEDRIVER, CHROMIUM] {
        assert!(
            Path::new(tool).exists(),
            "{tool} is missing: the browser test needs Chromium and chromedriver; {INSTALL_HINT}"
        );
    }

    let (base, _dir) = start_app().await;
    let driver = ChromeDriver::start();
    let client = connect(&driver.url).await;

    let outcome = journey(&client, &base).await;
    if let Err(e) = &outcome {
        report_failure(&client, e).await;
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

/// Typing into a date input depends on the browser's locale; setting the value is not.
async fn set_date(c: &Client, id: &str, iso_date: &str) -> Result<()> {
    find(c, Locator::Id(id)).await?;
    let value = c
        .execute(
            "const el = document.getElementById(arguments[0]); \
             el.value = arguments[1]; \
             el.dispatchEvent(new Event('input', { bubbles: true })); \
             el.dispatchEvent(new Event('change', { bubbles: true })); \
             return el.value;",
            vec![id.into(), iso_date.into()],
        )
        .await?;
    ensure!(
        value.as_str() == Some(iso_date),
        "setting #{id} to {iso_date:?} left it holding {value}"
    );
    Ok(())
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

async fn click_save(c: &Client) -> Result<()> {
    find(
        c,
        Locator::XPath(
            "//form[contains(@class,'event-form')]//button[normalize-space()='Guardar']",
        ),
    )
    .await
    .context("the event form has no \"Guardar\" button")?
    .click()
    .await?;
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
// The application and the browser

/// Serves the real application on an ephemeral port over a fresh database.
async fn start_app() -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let settings = Settings::for_database(&format!("sqlite://{}/test.db", dir.path().display()));
    let state = AppState::new(settings)
        .await
        .expect("the app starts on a fresh database");
    let email = EmailAddress::parse(STAFF_EMAIL).expect("a valid address");
    let hash = password::hash(STAFF_PASSWORD).expect("hash");
    let mut tx = state.pool.begin().await.expect("transaction");
    queries::create_user(
        &mut tx,
        &Actor::system("browser-test"),
        &queries::NewUser {
            email: &email,
            display_name: "Gestora GSE",
            password_hash: &hash,
            role: Role::GseStaff,
            locale: "es",
        },
    )
    .await
    .expect("create the GSE staff account");
    tx.commit().await.expect("commit");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind an ephemeral port");
    let addr = listener.local_addr().expect("local address");
    tokio::spawn(axum::serve(listener, app(state)).into_future());
    (format!("http://{addr}"), dir)
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
                // The journey starts in English: don't let the machine's locale decide.
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
