//! What the browser tests share: the application served in-process on an ephemeral port
//! over a fresh database, chromedriver and its headless Chromium, helpers that wait for,
//! find, type into and click things, logging in (with the second step when the account
//! has one), and the application's own messages (`t`) so that a journey can be run in any
//! language the interface speaks without hard-coded strings.
//!
//! Needs Chromium and chromedriver: `apt-get install -y chromium chromium-driver`.

// This module is compiled into several test binaries (`mod browser_support;`), each using
// only a part of it; what one of them leaves unused is not dead code.
#![allow(dead_code)]

use std::future::IntoFuture;
use std::net::{SocketAddr, TcpListener as StdTcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail, ensure};
use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use fluent_templates::fluent_bundle::FluentValue;
use lacralo_outreach::accounts::{email::EmailAddress, password, queries, totp};
use lacralo_outreach::audit::Actor;
use lacralo_outreach::config::Settings;
use lacralo_outreach::web::Lang;
use lacralo_outreach::web::auth::Role;
use lacralo_outreach::{AppState, app};
use tempfile::TempDir;

pub mod seed;

pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const INSTALL_HINT: &str = "run `apt-get install -y chromium chromium-driver`";
/// How long to wait for something to appear on a page.
pub const WAIT: Duration = Duration::from_secs(10);
pub const POLL: Duration = Duration::from_millis(100);

// ---------------------------------------------------------------------------------------
// The application's own messages

/// The interface's message `key` in the language `code` (e.g. "es"), as the app shows it.
pub fn t(code: &str, key: &str) -> String {
    lang(code).t(key)
}

/// The interface's message `key` with named arguments, in the language `code`.
pub fn t_args(code: &str, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    lang(code).t_args(key, args)
}

/// The language for `code`; panics when the interface does not speak it.
pub fn lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_else(|| panic!("the interface has no language {code:?}"))
}

/// Whether the interface speaks the language `code` (there is a `locales/<code>`).
pub fn speaks(code: &str) -> bool {
    Lang::from_code(code).is_some_and(|l| l.code() == code)
}

// ---------------------------------------------------------------------------------------
// The application

/// Fails the test early, with the fix, when Chromium or chromedriver is missing.
pub fn require_browser() {
    for tool in [CHROMEDRIVER, CHROMIUM] {
        assert!(
            Path::new(tool).exists(),
            "{tool} is missing: the browser test needs Chromium and chromedriver; {INSTALL_HINT}"
        );
    }
}

/// Serves the real application on an ephemeral port over a fresh database; its base URL
/// (used in the links it prints: setup, invitations) is the address it really listens on.
/// Returns the base URL, the state (for the database) and the directory holding the
/// database (keep it alive for the test's length).
pub async fn start_app() -> (String, AppState, TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind an ephemeral port");
    let addr = listener.local_addr().expect("local address");
    let base = format!("http://{addr}");
    let mut settings =
        Settings::for_database(&format!("sqlite://{}/test.db", dir.path().display()));
    settings.base_url = base.clone();
    let state = lacralo_outreach::bootstrap::open(settings)
        .await
        .expect("the app starts on a fresh database");
    tokio::spawn(axum::serve(listener, app(state.clone())).into_future());
    (base, state, dir)
}

/// The application served by `start_app`, as one value.
pub struct App {
    pub base: String,
    pub state: AppState,
    _dir: TempDir,
}

impl App {
    pub async fn start() -> Self {
        let (base, state, dir) = start_app().await;
        Self {
            base,
            state,
            _dir: dir,
        }
    }
}

/// Creates an account (its language English) directly in the database; returns its id.
pub async fn create_account(
    state: &AppState,
    email: &str,
    name: &str,
    pw: &str,
    role: Role,
) -> i64 {
    create_account_in(state, email, name, pw, role, "en").await
}

/// Creates an account whose language is `locale` directly in the database; returns its id.
pub async fn create_account_in(
    state: &AppState,
    email: &str,
    name: &str,
    pw: &str,
    role: Role,
    locale: &str,
) -> i64 {
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
            locale,
        },
    )
    .await
    .expect("create the account")
    .expect("a new address");
    tx.commit().await.expect("commit");
    id
}

/// Enrols the second login step for an account directly in the database; returns the
/// TOTP secret (to compute codes with `totp_code`).
pub async fn enrol_totp(state: &AppState, user_id: i64) -> String {
    let secret = totp::new_secret();
    sqlx::query("UPDATE users SET totp_secret = ? WHERE id = ?")
        .bind(&secret)
        .bind(user_id)
        .execute(&state.pool)
        .await
        .expect("store the TOTP secret");
    secret
}

/// The TOTP code for `secret` now.
pub fn totp_code(secret: &str) -> Result<String> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs();
    totp::code_at(secret, now).context("a TOTP code from the secret")
}

// ---------------------------------------------------------------------------------------
// Logging in and out, languages

/// Logs in through the login page, in the language the browser is using (`lang_code`):
/// email and password, then the code when the account has a second step (`totp_secret`).
/// Returns once the page says the person is logged in.
pub async fn log_in(
    c: &Client,
    base: &str,
    lang_code: &str,
    email: &str,
    password: &str,
    totp_secret: Option<&str>,
) -> Result<()> {
    send_credentials(c, base, lang_code, email, password).await?;
    if let Some(secret) = totp_secret {
        second_step(c, lang_code, secret).await?;
    }
    wait_for_text(c, ".flash", &t(lang_code, "flash-logged-in"))
        .await
        .with_context(|| format!("logging in as {email}"))
}

/// The first login step: opens the login page (in the language `lang_code`) and sends the
/// email and password. What follows is the second step's page or the logged-in page.
pub async fn send_credentials(
    c: &Client,
    base: &str,
    lang_code: &str,
    email: &str,
    password: &str,
) -> Result<()> {
    c.goto(&format!("{base}/login")).await?;
    wait_for_text(c, "h1", &t(lang_code, "login-title")).await?;
    type_into(c, "#f-email", email).await?;
    type_into(c, "#f-password", password).await?;
    click_button(c, &t(lang_code, "login-submit")).await
}

/// The second login step: types the current code and returns once logged in. A code is
/// accepted once; if this one is refused (the same account logged in within the same 30
/// seconds), waits for the next one and tries it.
pub async fn second_step(c: &Client, lang_code: &str, secret: &str) -> Result<()> {
    wait_for_text(c, "h1", &t(lang_code, "login-2fa-title")).await?;
    let mut tried = Vec::new();
    loop {
        let code = totp_code(secret)?;
        if tried.contains(&code) {
            tokio::time::sleep(Duration::from_millis(500)).await;
            continue;
        }
        type_into(c, "#f-code", &code).await?;
        click_button(c, &t(lang_code, "login-submit")).await?;
        tried.push(code);
        match logged_in_or_refused(c, lang_code).await? {
            true => return Ok(()),
            false if tried.len() < 2 => {}
            false => bail!("the second step refused the codes {tried:?}"),
        }
    }
}

/// After sending a code: `true` once the page says the person is logged in, `false` when
/// it says the code is wrong.
async fn logged_in_or_refused(c: &Client, lang_code: &str) -> Result<bool> {
    let logged_in = norm(&t(lang_code, "flash-logged-in"));
    let refused = norm(&t(lang_code, "login-err-code"));
    let deadline = Instant::now() + WAIT;
    loop {
        for (css, expected, outcome) in [
            (".flash", &logged_in, true),
            (".error-summary", &refused, false),
        ] {
            if let Ok(element) = c.find(Locator::Css(css)).await {
                if let Ok(text) = element.text().await {
                    if norm(text.trim()) == *expected {
                        return Ok(outcome);
                    }
                }
            }
        }
        if Instant::now() >= deadline {
            let url = c
                .current_url()
                .await
                .map(|u| u.to_string())
                .unwrap_or_default();
            let h1 = match c.find(Locator::Css("h1")).await {
                Ok(h1) => h1.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            bail!(
                "after the second step's code, neither {logged_in:?} nor {refused:?} \
                 appeared within {WAIT:?}; the browser is at {url} ({h1:?})"
            );
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Logs out through the menu's button; returns once the page says so.
pub async fn log_out(c: &Client, lang_code: &str) -> Result<()> {
    click_button(c, &t(lang_code, "nav-logout")).await?;
    wait_for_text(c, ".flash", &t(lang_code, "flash-logged-out")).await
}

/// Chooses the language `code` in the page's language switcher.
pub async fn switch_language(c: &Client, code: &str) -> Result<()> {
    let switcher = find(c, Locator::Css("nav.lang-switch")).await?;
    switcher
        .find(Locator::Css(&format!("a[hreflang='{code}']")))
        .await
        .with_context(|| format!("the language switcher has no link to {code:?}"))?
        .click()
        .await?;
    // The page comes back in that language.
    let deadline = Instant::now() + WAIT;
    loop {
        let lang = match c.find(Locator::Css("html")).await {
            Ok(html) => html.attr("lang").await.unwrap_or(None),
            Err(_) => None,
        };
        if lang.as_deref() == Some(code) {
            return Ok(());
        }
        ensure!(
            Instant::now() < deadline,
            "after choosing {code:?} the <html lang> is {lang:?}"
        );
        tokio::time::sleep(POLL).await;
    }
}

// ---------------------------------------------------------------------------------------
// Page helpers

/// Waits for an element to be on the page.
pub async fn find(c: &Client, locator: Locator<'_>) -> Result<fantoccini::elements::Element> {
    let what = format!("{locator:?}");
    c.wait()
        .at_most(WAIT)
        .every(POLL)
        .for_element(locator)
        .await
        .with_context(|| format!("no element {what} appeared within {WAIT:?}"))
}

/// Waits until the first element matching `css` reads `expected` (trimmed; no-break
/// spaces count as spaces, see `norm`); tolerates the page changing underneath
/// (navigation after a click).
pub async fn wait_for_text(c: &Client, css: &str, expected: &str) -> Result<()> {
    let want = norm(expected);
    wait_for(c, css, expected, |text| text == want).await
}

/// Waits until the first element matching `css` contains `part` (see `norm`).
pub async fn wait_for_text_containing(c: &Client, css: &str, part: &str) -> Result<()> {
    let want = norm(part);
    wait_for(c, css, &format!("…{part}…"), |text| {
        text.contains(&want)
    })
    .await
}

/// Text as WebDriver reports it: an element's text has its no-break spaces turned into
/// plain spaces (French puts one before `:`, `;`, `?`, `!`), so messages are compared in
/// that form.
pub fn norm(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}', '\u{2007}'], " ")
}

async fn wait_for(
    c: &Client,
    css: &str,
    expected: &str,
    good: impl Fn(&str) -> bool,
) -> Result<()> {
    let deadline = Instant::now() + WAIT;
    let mut seen: Option<String> = None;
    loop {
        match c.find(Locator::Css(css)).await {
            Ok(element) => match element.text().await {
                Ok(text) => {
                    let text = norm(text.trim());
                    if good(&text) {
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

pub fn retryable(e: &CmdError) -> bool {
    if e.is_no_such_element() || e.is_stale_element_reference() {
        return true;
    }
    // While a navigation replaces the document, ChromeDriver may report an element found
    // in the old one as an "unknown error" of the inspector rather than as stale.
    let message = e.to_string();
    [
        "does not belong to the document",
        "Cannot find context with specified id",
        "Execution context was destroyed",
        "No node with given id found",
    ]
    .iter()
    .any(|race| message.contains(race))
}

/// The text of the first element matching `css` (waiting for it), in `norm`'s form.
pub async fn text_of(c: &Client, css: &str) -> Result<String> {
    Ok(norm(&find(c, Locator::Css(css)).await?.text().await?))
}

pub async fn type_into(c: &Client, css: &str, text: &str) -> Result<()> {
    let input = find(c, Locator::Css(css)).await?;
    input.clear().await?;
    input
        .send_keys(text)
        .await
        .with_context(|| format!("typing {text:?} into `{css}`"))
}

/// Sets the value of the input matching `css` as a script would (for date and time inputs,
/// whose typing depends on the browser's locale), with the `input` and `change` events.
pub async fn set_value(c: &Client, css: &str, value: &str) -> Result<()> {
    find(c, Locator::Css(css)).await?;
    let now = c
        .execute(
            "const el = document.querySelector(arguments[0]); \
             el.value = arguments[1]; \
             el.dispatchEvent(new Event('input', { bubbles: true })); \
             el.dispatchEvent(new Event('change', { bubbles: true })); \
             return el.value;",
            vec![css.into(), value.into()],
        )
        .await?;
    ensure!(
        now.as_str() == Some(value),
        "setting `{css}` to {value:?} left it holding {now}"
    );
    Ok(())
}

/// Typing into a date input depends on the browser's locale; setting the value is not.
pub async fn set_date(c: &Client, id: &str, iso_date: &str) -> Result<()> {
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

pub async fn choose_option(c: &Client, select_css: &str, value: &str) -> Result<()> {
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

/// Clicks the button reading `text` (the first, when there are several).
pub async fn click_button(c: &Client, text: &str) -> Result<()> {
    find(c, Locator::XPath(&button_xpath(None, text)))
        .await
        .with_context(|| format!("no \"{text}\" button"))?
        .click()
        .await?;
    Ok(())
}

/// Clicks the button reading `text` inside the form matching the XPath predicate
/// `form_predicate` (e.g. `contains(@class,'event-form')`).
pub async fn click_button_in(c: &Client, form_predicate: &str, text: &str) -> Result<()> {
    find(c, Locator::XPath(&button_xpath(Some(form_predicate), text)))
        .await
        .with_context(|| format!("no \"{text}\" button in form[{form_predicate}]"))?
        .click()
        .await?;
    Ok(())
}

fn button_xpath(form_predicate: Option<&str>, text: &str) -> String {
    let scope = form_predicate.map_or(String::new(), |p| format!("//form[{p}]"));
    format!("{scope}//button[normalize-space()={}]", xpath_literal(text))
}

/// Clicks the link reading `text` (waiting for it).
pub async fn click_link(c: &Client, text: &str) -> Result<()> {
    find(c, Locator::LinkText(text))
        .await
        .with_context(|| format!("no link \"{text}\""))?
        .click()
        .await?;
    Ok(())
}

/// Clicks the main menu's entry reading `text`.
pub async fn click_nav(c: &Client, text: &str) -> Result<()> {
    let link = find(
        c,
        Locator::XPath(&format!(
            "//nav[contains(@class,'main-nav')]//a[normalize-space()={}]",
            xpath_literal(text)
        )),
    )
    .await
    .with_context(|| format!("the menu has no \"{text}\" link"))?;
    // A managing or administering page sits in a disclosure menu: open it first, as a
    // person would.
    if !link.is_displayed().await? {
        find(
            c,
            Locator::XPath(&format!(
                "//nav[contains(@class,'main-nav')]//details[.//a[normalize-space()={}]]/summary",
                xpath_literal(text)
            )),
        )
        .await
        .with_context(|| format!("\"{text}\" is hidden and in no menu"))?
        .click()
        .await?;
    }
    link.click().await?;
    Ok(())
}

/// `text` as an XPath string literal (XPath 1.0 has no escapes: quotes need `concat`).
pub fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// What a download link served.
#[derive(Debug)]
pub struct Fetched {
    pub status: u16,
    pub content_type: String,
    /// The `Content-Disposition` header (names the file of a download).
    pub disposition: String,
    pub body: String,
}

/// Fetches `url` from the page the browser is on, as the page's own script would (same
/// origin, with the browser's cookies): what the person would download by following a
/// link, without the browser saving a file (links to `.ics` and `.csv` download rather than
/// show).
pub async fn fetch_from_page(c: &Client, url: &str) -> Result<Fetched> {
    let value = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             fetch(arguments[0], { credentials: 'same-origin' }) \
               .then(r => r.text().then(body => done({ \
                 status: r.status, type: r.headers.get('content-type') || '', \
                 disposition: r.headers.get('content-disposition') || '', body }))) \
               .catch(e => done({ error: String(e) }));",
            vec![url.into()],
        )
        .await
        .with_context(|| format!("fetching {url} from the page"))?;
    if let Some(error) = value.get("error") {
        bail!("fetching {url} from the page failed: {error}");
    }
    let field = |name: &str| value.get(name).and_then(|v| v.as_str()).map(str::to_owned);
    Ok(Fetched {
        status: value
            .get("status")
            .and_then(serde_json::Value::as_u64)
            .and_then(|s| u16::try_from(s).ok())
            .with_context(|| format!("no status fetching {url}: {value}"))?,
        content_type: field("type").unwrap_or_default(),
        disposition: field("disposition").unwrap_or_default(),
        body: field("body").with_context(|| format!("no body fetching {url}: {value}"))?,
    })
}

/// The `href` of the link reading `text`, resolved against the page (an absolute URL).
pub async fn link_href(c: &Client, text: &str) -> Result<String> {
    let link = find(c, Locator::LinkText(text))
        .await
        .with_context(|| format!("no link \"{text}\""))?;
    link.prop("href")
        .await?
        .with_context(|| format!("the link \"{text}\" has no href"))
}

/// Shows where the browser was when a check failed, and keeps a screenshot and the page's
/// source under `target/tmp/browser-failures/` (named by the time and the process).
pub async fn report_failure(c: &Client, error: &anyhow::Error) {
    let millis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let name = format!("failure-{}-{millis}", std::process::id());
    report_failure_named(c, &name, error).await;
}

/// `report_failure`, the files named after `name` (e.g. the test and its language).
pub async fn report_failure_named(c: &Client, name: &str, error: &anyhow::Error) {
    eprintln!("{name}: browser journey failed: {error:#}");
    if let Ok(url) = c.current_url().await {
        eprintln!("  page: {url}");
    }
    if let Ok(main) = c.find(Locator::Css("main")).await {
        if let Ok(text) = main.text().await {
            let text: String = text.chars().take(2000).collect();
            eprintln!("  it shows:\n{text}");
        }
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser-failures");
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let stem: String = name
        .chars()
        .map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '-' })
        .collect();
    if let Ok(png) = c.screenshot().await {
        let path = dir.join(format!("{stem}.png"));
        if std::fs::write(&path, png).is_ok() {
            eprintln!("  screenshot: {}", path.display());
        }
    }
    if let Ok(source) = c.source().await {
        let path = dir.join(format!("{stem}.html"));
        if std::fs::write(&path, source).is_ok() {
            eprintln!("  page source: {}", path.display());
        }
    }
}

// ---------------------------------------------------------------------------------------
// The browser

/// chromedriver as a child process, in its own process group so that the browsers it
/// starts go with it; killed on drop, even when the test fails.
pub struct ChromeDriver {
    child: Child,
    pub url: String,
}

impl ChromeDriver {
    pub fn start() -> Self {
        Self::start_with_env(&[])
    }

    /// `start`, chromedriver and the browsers it starts given the environment variables
    /// `env` (e.g. `TZ`) on top of this process's.
    pub fn start_with_env(env: &[(&str, &str)]) -> Self {
        let port = free_port();
        let mut command = Command::new(CHROMEDRIVER);
        command
            .arg(format!("--port={port}"))
            .envs(env.iter().copied())
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

/// The name the journeys give chromedriver: several sessions can share one.
pub type Browser = ChromeDriver;

impl ChromeDriver {
    /// A new browser session (its own cookies) through this chromedriver.
    pub async fn connect(&self) -> Client {
        connect(&self.url).await
    }
}

pub fn free_port() -> u16 {
    let listener = StdTcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address").port()
}

/// A new headless Chromium session (its own cookies) through chromedriver. The browser
/// asks for English (`--lang=en-US`) so the machine's locale does not decide.
pub async fn connect(webdriver: &str) -> Client {
    connect_with(webdriver, &[]).await
}

/// `connect`, with more Chromium arguments (`--blink-settings=scriptEnabled=false`: a
/// browser without JavaScript).
pub async fn connect_with(webdriver: &str, extra: &[&str]) -> Client {
    let mut args = vec![
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=en-US",
    ];
    args.extend_from_slice(extra);
    let capabilities = serde_json::json!({
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": args,
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

/// Runs `journey` in a fresh browser session and always closes the session; on failure,
/// reports where the browser was (see `report_failure`) and panics with the error.
pub async fn run_in_browser<F, Fut>(name: &str, journey: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    run_in_browsers(name, 1, |mut clients| journey(clients.remove(0))).await;
}

/// Runs `journey` with `count` browser sessions (each its own cookies: several people at
/// once) and always closes them; on failure, reports where each browser was and panics.
pub async fn run_in_browsers<F, Fut>(name: &str, count: usize, journey: F)
where
    F: FnOnce(Vec<Client>) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    require_browser();
    let driver = ChromeDriver::start();
    let mut clients = Vec::with_capacity(count);
    for _ in 0..count {
        clients.push(connect(&driver.url).await);
    }
    let outcome = journey(clients.clone()).await;
    if let Err(e) = &outcome {
        for (i, client) in clients.iter().enumerate() {
            let label = if count == 1 {
                name.to_owned()
            } else {
                format!("{name}-browser-{}", i + 1)
            };
            report_failure_named(client, &label, e).await;
        }
    }
    let mut closed = Ok(());
    for client in clients {
        let result = client.close().await;
        if closed.is_ok() {
            closed = result;
        }
    }
    drop(driver);
    if let Err(e) = outcome {
        panic!("{name} failed: {e:#}");
    }
    closed.expect("closing the browser sessions");
}

/// Held by a test for its whole length so that the tests of one binary drive one browser
/// at a time (libtest runs them in parallel; several Chromiums on a small machine make
/// every wait a race).
pub async fn one_at_a_time() -> tokio::sync::MutexGuard<'static, ()> {
    static LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    LOCK.lock().await
}
