//! Accessibility and valid HTML on every page, in a real browser.
//!
//! The application runs in-process on an ephemeral port over a fresh database with the demo
//! data; a headless Chromium, driven through chromedriver, visits every GET page of
//! `lacralo_outreach::routes()` (each as the least role that may see it, with real ids from
//! the database), plus a refused form or two and the error page. On each page axe-core
//! (injected through the WebDriver session) runs the WCAG 2.0/2.1 A and AA rules and the
//! best practices; the HTML the server sent is kept, and all of it is given at the end to
//! one run of the Nu HTML Checker (vnu.jar, on Java). The test fails listing every
//! violation and every validation error, with its page and element.
//!
//! Needs Chromium and chromedriver (`apt-get install -y chromium chromium-driver`), Java
//! (17 or newer) and the checkers pinned in `tests/tools` (`npm ci --prefix tests/tools`).

mod browser_support;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::future::IntoFuture;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use browser_support::{
    ChromeDriver, POLL, WAIT, click_button, connect, create_account, enrol_totp, find, log_in,
    log_out, report_failure_named, require_browser, second_step, send_credentials, type_into,
    wait_for_text,
};
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, Locator};
use lacralo_outreach::accounts::{email::EmailAddress, queries, secrets, setup};
use lacralo_outreach::audit::Actor;
use lacralo_outreach::config::Settings;
use lacralo_outreach::web::auth::Role;
use lacralo_outreach::{AppState, app};
use serde_json::{Value, json};

const MEMBER_EMAIL: &str = "miembro.a11y@example.org";
const MEMBER_PASSWORD: &str = "hibiscus steelpan harbour 2031";
const STAFF_EMAIL: &str = "gse.a11y@example.org";
const STAFF_PASSWORD: &str = "condor glacier mangrove 1964";
const LEADER_EMAIL: &str = "presidencia.a11y@example.org";
const LEADER_PASSWORD: &str = "marimba volcano lantern 1987";

const AXE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/tools/node_modules/axe-core/axe.min.js"
);
const VNU: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/tools/node_modules/vnu-jar/build/dist/vnu.jar"
);
const TOOLS_HINT: &str = "run `npm ci --prefix tests/tools` (axe-core and vnu-jar, \
     at the versions pinned in tests/tools/package-lock.json)";
const JAVA_HINT: &str = "the HTML check runs the Nu HTML Checker on Java 17 or newer: \
     `apt-get install -y default-jre-headless`";
/// The rule sets axe runs: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices.
const AXE_TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_every_page_is_accessible_and_valid_html() {
    let started = Instant::now();
    require_browser();
    for tool in [AXE, VNU] {
        assert!(Path::new(tool).exists(), "{tool} is missing: {TOOLS_HINT}");
    }
    let java = Command::new("java")
        .arg("-version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    assert!(
        java.is_ok_and(|s| s.success()),
        "`java` cannot be run: {JAVA_HINT}"
    );
    let axe_source = std::fs::read_to_string(AXE).expect("read axe.min.js");

    let (base, state, recorder, _db_dir) = start_app().await;
    let html_dir = tempfile::tempdir().expect("temp dir for the pages' HTML");
    // The browser's zone is UTC, as the server's default: the webinar pages do not reload
    // themselves to tell the server another zone while they are checked.
    let driver = ChromeDriver::start_with_env(&[("TZ", "UTC")]);
    let client = connect(&driver.url).await;
    client
        .update_timeouts(TimeoutConfiguration::new(
            Some(Duration::from_secs(60)),
            Some(Duration::from_secs(60)),
            Some(Duration::from_secs(0)),
        ))
        .await
        .expect("set the session's timeouts");

    let mut checker = Checker {
        client: &client,
        base: base.clone(),
        recorder,
        axe_source,
        html_dir: html_dir.path().to_owned(),
        pages: Vec::new(),
        violations: Vec::new(),
        problems: Vec::new(),
        skipped: Vec::new(),
        not_html: Vec::new(),
        rules_passed: 0,
        needs_review: BTreeMap::new(),
    };
    let outcome = walk(&mut checker, &state).await;
    if let Err(e) = &outcome {
        report_failure_named(&client, "browser_a11y", e).await;
    }
    let Checker {
        pages,
        violations,
        problems,
        skipped,
        not_html,
        rules_passed,
        needs_review,
        ..
    } = checker;
    let closed = client.close().await;
    drop(driver);
    if let Err(e) = outcome {
        panic!("the walk through the pages failed: {e:#}");
    }
    closed.expect("closing the browser session");
    let browser_time = started.elapsed();

    // One Java start for every page's HTML.
    let validation = validate_html(&pages);

    // What was checked, always printed.
    let mut by_role: BTreeMap<Role, usize> = BTreeMap::new();
    for page in &pages {
        *by_role.entry(page.role).or_default() += 1;
    }
    let mut summary = format!(
        "accessibility: {} pages checked with axe-core and the Nu HTML Checker (",
        pages.len()
    );
    for (i, (role, n)) in by_role.iter().enumerate() {
        let _ = write!(
            summary,
            "{}{n} as {}",
            if i == 0 { "" } else { ", " },
            role.as_str()
        );
    }
    summary.push(')');
    eprintln!("{summary}");
    for page in &pages {
        eprintln!("  checked  {:<11} {}", page.role.as_str(), page.label);
    }
    for line in &not_html {
        eprintln!("  not HTML {line}");
    }
    for line in &skipped {
        eprintln!("  SKIPPED  {line}");
    }
    eprintln!("axe-core: {rules_passed} rule checks passed over the pages");
    for (rule, on) in &needs_review {
        eprintln!(
            "  axe-core could not decide `{rule}` (for a person to look at) on {} pages: {}",
            on.len(),
            on.join(", ")
        );
    }

    let errors = match validation {
        Ok(errors) => errors,
        Err(e) => vec![format!("the Nu HTML Checker could not run: {e:#}")],
    };
    let mut failures = String::new();
    if !problems.is_empty() {
        let _ = writeln!(failures, "\n{} pages not as expected:", problems.len());
        for p in &problems {
            let _ = writeln!(failures, "  - {p}");
        }
    }
    if !violations.is_empty() {
        let _ = writeln!(failures, "\n{} axe-core violations:", violations.len());
        for v in &violations {
            let _ = writeln!(failures, "  - {v}");
        }
    }
    if !errors.is_empty() {
        let _ = writeln!(failures, "\n{} HTML validation errors:", errors.len());
        for e in &errors {
            let _ = writeln!(failures, "  - {e}");
        }
    }
    eprintln!(
        "accessibility test took {:.1?} ({:.1?} in the browser)",
        started.elapsed(),
        browser_time
    );
    if !failures.is_empty() {
        let kept = html_dir.keep();
        panic!(
            "pages with accessibility or HTML problems (their HTML is kept in {}):{failures}",
            kept.display()
        );
    }
}

// ---------------------------------------------------------------------------------------
// The walk

/// Ids of each kind, taken from the database, to fill the routes' `{id}` and `{token}`.
struct Ids {
    event: i64,
    webinar: i64,
    als: i64,
    member: i64,
    dnssec: i64,
    /// An ALS application and a poll (the demo's).
    application: i64,
    poll: i64,
    /// An opportunity open to applications (the member's sub-region).
    crop_open: i64,
    /// The member linked to the member account.
    linked_member: i64,
    user: i64,
    invitation: i64,
    invitation_token: String,
    events_batch: String,
    als_batch: String,
    members_batch: String,
    leader_totp_secret: String,
}

async fn walk(k: &mut Checker<'_>, state: &AppState) -> Result<()> {
    // The first-run page exists only while there is no account: checked first.
    let link = setup::prepare(&state.pool, &k.base)
        .await?
        .context("a fresh database should offer the first-run link")?;
    let token = link
        .split("token=")
        .nth(1)
        .context("the first-run link carries a token")?;
    k.visit(
        Role::Anonymous,
        "GET /setup",
        &format!("/setup?token={token}"),
    )
    .await?;

    let ids = seed(state).await?;
    let routes = lacralo_outreach::routes();
    let mut by_role: BTreeMap<Role, Vec<&'static str>> = BTreeMap::new();
    for route in routes.table() {
        if route.method != Method::GET {
            continue;
        }
        let path = route.path;
        // Feeds, exports, the health check and a fund request's receipts (PDF or images,
        // sent as downloads; `tests/funds.rs` checks them).
        if path.ends_with(".ics")
            || path.ends_with(".csv")
            || path == "/healthz"
            || path == "/funds/receipts/{id}"
        {
            k.not_html.push(format!("GET {path}"));
            continue;
        }
        // Checked where they make sense: the first run above, the second step while the
        // leader logs in.
        if path == "/setup" || path == "/login/2fa" || path == "/logout" {
            continue;
        }
        by_role.entry(route.role).or_default().push(path);
    }

    // Visitors.
    for path in by_role.remove(&Role::Anonymous).unwrap_or_default() {
        k.visit_route(Role::Anonymous, path, state, &ids).await?;
    }
    k.visit(
        Role::Anonymous,
        "GET /events/calendar (a month with events)",
        "/events/calendar?year=2023&month=3",
    )
    .await?;
    k.visit(Role::Anonymous, "GET /als?status=all", "/als?status=all")
        .await?;
    k.visit_error(Role::Anonymous, "error page (404)", "/no-such-page")
        .await?;

    // A member (linked to a member of the registry, without the second step).
    log_in(k.client, &k.base, "en", MEMBER_EMAIL, MEMBER_PASSWORD, None).await?;
    for path in by_role.remove(&Role::Member).unwrap_or_default() {
        k.visit_route(Role::Member, path, state, &ids).await?;
        if path == "/crop/{id}/apply" {
            // The form refused (no motivation), then sent, so the member has an
            // application for `/crop/applications/{id}`.
            click_button(k.client, "Submit application").await?;
            find(k.client, Locator::Css("#f-motivation-error")).await?;
            k.check_current(
                Role::Member,
                "POST /crop/{id}/apply (refused: no motivation)",
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await?;
            type_into(
                k.client,
                "#f-motivation",
                "I coordinate our ALS's Universal Acceptance work.",
            )
            .await?;
            type_into(
                k.client,
                "#f-outreach_plan",
                "Two talks and a report to our ALS.",
            )
            .await?;
            click_button(k.client, "Submit application").await?;
            wait_for_text(k.client, ".flash", "Your application is submitted.").await?;
        }
    }
    log_out(k.client, "en").await?;

    // GSE staff.
    log_in(k.client, &k.base, "en", STAFF_EMAIL, STAFF_PASSWORD, None).await?;
    for path in by_role.remove(&Role::GseStaff).unwrap_or_default() {
        k.visit_route(Role::GseStaff, path, state, &ids).await?;
    }
    k.visit(
        Role::GseStaff,
        "GET /dnssec?view=board",
        "/dnssec?view=board",
    )
    .await?;
    k.visit(
        Role::GseStaff,
        "GET /programmes (with the targets form)",
        "/programmes",
    )
    .await?;
    // A refused form: a new event without a title.
    k.client.goto(&format!("{}/events/new", k.base)).await?;
    click_button(k.client, "Save").await?;
    find(k.client, Locator::Css("#f-title-error")).await?;
    k.check_current(
        Role::GseStaff,
        "POST /events (refused: no title)",
        None,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await?;
    // Saving over someone else's newer version: the page showing both.
    for (label, edit, id, bump) in [
        (
            "POST /events/{id} (someone saved meanwhile)",
            "/events/{}/edit",
            ids.event,
            "UPDATE events SET title = title || ' (changed meanwhile)', version = version + 1
             WHERE id = ?",
        ),
        (
            "POST /dnssec/{id} (someone saved meanwhile)",
            "/dnssec/{}/edit",
            ids.dnssec,
            "UPDATE dnssec_contacts SET organisation = organisation || ' (changed meanwhile)',
               version = version + 1
             WHERE id = ?",
        ),
    ] {
        k.client
            .goto(&format!(
                "{}{}",
                k.base,
                edit.replace("{}", &id.to_string())
            ))
            .await?;
        find(k.client, Locator::Css("main form button[type='submit']")).await?;
        sqlx::query(bump).bind(id).execute(&state.pool).await?;
        click_button(k.client, "Save").await?;
        find(
            k.client,
            Locator::XPath("//button[normalize-space()='Save my version']"),
        )
        .await
        .with_context(|| format!("{label}: no conflict page"))?;
        k.check_current(Role::GseStaff, label, None, StatusCode::CONFLICT)
            .await?;
    }
    log_out(k.client, "en").await?;

    // Leadership, with the second step (its page checked on the way).
    let client = k.client;
    log_in_checking_second_step(k, LEADER_EMAIL, LEADER_PASSWORD, &ids.leader_totp_secret).await?;
    for path in by_role.remove(&Role::Leadership).unwrap_or_default() {
        k.visit_route(Role::Leadership, path, state, &ids).await?;
    }
    // Pages every role sees, with what only leadership gets (forms, contact details).
    for (label, path) in [
        ("GET / (as leadership)", "/".to_owned()),
        (
            "GET /events/{id} (as leadership)",
            format!("/events/{}", ids.event),
        ),
        (
            "GET /webinars/{id} (as leadership)",
            format!("/webinars/{}", ids.webinar),
        ),
        ("GET /als/{id} (as leadership)", format!("/als/{}", ids.als)),
        (
            "GET /crop/{id} (as leadership)",
            format!("/crop/{}", ids.crop_open),
        ),
        ("GET /programmes (as leadership)", "/programmes".to_owned()),
    ] {
        k.visit(Role::Leadership, label, &path).await?;
    }
    // A few pages again at a phone's width, where the menu folds and the calendar is a list.
    client
        .set_window_size(390, 844)
        .await
        .context("a phone-sized window")?;
    let width = client.execute("return window.innerWidth;", vec![]).await?;
    if width.as_u64().is_none_or(|w| w > 480) {
        bail!("the window did not get a phone's width: the page is {width} pixels wide");
    }
    for (label, path) in [
        ("GET / (phone)", "/".to_owned()),
        ("GET /events (phone)", "/events".to_owned()),
        (
            "GET /events/calendar (phone)",
            "/events/calendar?year=2023&month=3".to_owned(),
        ),
        (
            "GET /webinars/{id} (phone)",
            format!("/webinars/{}", ids.webinar),
        ),
        ("GET /coverage (phone)", "/coverage".to_owned()),
        (
            "GET /dnssec?view=board (phone)",
            "/dnssec?view=board".to_owned(),
        ),
    ] {
        k.visit(Role::Leadership, label, &path).await?;
    }
    // The conflict page on a phone, where its table becomes one labelled block per field.
    client
        .goto(&format!("{}/als/{}/edit", k.base, ids.als))
        .await?;
    find(client, Locator::Css("main form button[type='submit']")).await?;
    sqlx::query(
        "UPDATE als SET notes = notes || ' (changed meanwhile)', version = version + 1
         WHERE id = ?",
    )
    .bind(ids.als)
    .execute(&state.pool)
    .await?;
    click_button(client, "Save").await?;
    find(
        client,
        Locator::XPath("//button[normalize-space()='Save my version']"),
    )
    .await
    .context("POST /als/{id} (phone): no conflict page")?;
    k.check_current(
        Role::Leadership,
        "POST /als/{id} (someone saved meanwhile, phone)",
        None,
        StatusCode::CONFLICT,
    )
    .await?;

    for (role, paths) in by_role {
        for path in paths {
            k.skipped.push(format!(
                "GET {path}: its role ({}) has no account in this test",
                role.as_str()
            ));
        }
    }
    Ok(())
}

/// The id a route's `{id}` or `{token}` stands for, by the route's kind.
async fn fill(path: &str, state: &AppState, ids: &Ids) -> Result<String, String> {
    if !path.contains('{') {
        return Ok(path.to_owned());
    }
    let (prefix, rest) = path.split_once('{').expect("a parameter");
    let (_, suffix) = rest.split_once('}').ok_or("an unclosed parameter")?;
    let value = match prefix {
        "/events/import/" => ids.events_batch.clone(),
        "/als/import/" => ids.als_batch.clone(),
        "/members/import/" => ids.members_batch.clone(),
        "/join/" => ids.invitation_token.clone(),
        "/events/" => ids.event.to_string(),
        "/webinars/" => ids.webinar.to_string(),
        "/dnssec/" => ids.dnssec.to_string(),
        "/als/" => ids.als.to_string(),
        "/als/applications/" => ids.application.to_string(),
        "/als/polls/" => ids.poll.to_string(),
        // The plan's year: its events are loaded at every start.
        "/reports/" => "2023".to_owned(),
        "/members/" => ids.member.to_string(),
        "/crop/" => ids.crop_open.to_string(),
        // The fiscal year the demo's open opportunity falls in (its plan is recorded).
        "/crop/plans/" => {
            let fy: i64 =
                sqlx::query_scalar("SELECT fiscal_year FROM crop_opportunities WHERE id = ?")
                    .bind(ids.crop_open)
                    .fetch_one(&state.pool)
                    .await
                    .map_err(|e| format!("reading the opportunity's year: {e}"))?;
            fy.to_string()
        }
        "/users/" => ids.user.to_string(),
        "/invitations/" => ids.invitation.to_string(),
        // The unsubscribe link of a message the demo queued (its announcement).
        "/unsubscribe/" => {
            let url: Option<String> = sqlx::query_scalar(
                "SELECT unsubscribe_url FROM outbox WHERE unsubscribe_url IS NOT NULL LIMIT 1",
            )
            .fetch_optional(&state.pool)
            .await
            .map_err(|e| format!("reading the outbox: {e}"))?;
            let url = url.ok_or("no optional message in the outbox")?;
            url.rsplit('/').next().unwrap_or_default().to_owned()
        }
        // The member's private calendar feed, made for the test.
        "/calendar/" => lacralo_outreach::accounts::feed_tokens::renew(
            &state.pool,
            &Actor::system("accessibility-test"),
            ids.user,
        )
        .await
        .map_err(|e| format!("making a feed token: {e}"))?,
        // The member's own application: made in the browser on the apply form.
        "/crop/applications/" => {
            let id: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM crop_applications WHERE member_id = ? ORDER BY id LIMIT 1",
            )
            .bind(ids.linked_member)
            .fetch_optional(&state.pool)
            .await
            .map_err(|e| format!("reading the member's application: {e}"))?;
            id.ok_or("the member has no CROP application")?.to_string()
        }
        // The member's fund request with its receipt (see `seed`).
        "/funds/" | "/funds/receipts/" => {
            let (request, receipt): (i64, i64) =
                sqlx::query_as("SELECT request_id, id FROM fund_receipts ORDER BY id LIMIT 1")
                    .fetch_one(&state.pool)
                    .await
                    .map_err(|e| format!("reading the demo's receipt: {e}"))?;
            if prefix == "/funds/" {
                request
            } else {
                receipt
            }
            .to_string()
        }
        _ => {
            return Err(format!(
                "no id of the kind `{prefix}{{…}}` is known to this test"
            ));
        }
    };
    if suffix.contains('{') {
        return Err("more than one parameter".to_owned());
    }
    Ok(format!("{prefix}{value}{suffix}"))
}

// ---------------------------------------------------------------------------------------
// Checking a page

struct CheckedPage {
    role: Role,
    label: String,
    url: String,
    html_file: PathBuf,
}

struct Checker<'c> {
    client: &'c Client,
    base: String,
    recorder: Recorder,
    axe_source: String,
    html_dir: PathBuf,
    pages: Vec<CheckedPage>,
    violations: Vec<String>,
    problems: Vec<String>,
    skipped: Vec<String>,
    not_html: Vec<String>,
    /// Rules axe found satisfied, summed over the pages.
    rules_passed: usize,
    /// Rules axe could not decide (its "incomplete"), with their pages: for a person to
    /// look at, not failures.
    needs_review: BTreeMap<String, Vec<String>>,
}

impl Checker<'_> {
    async fn visit_route(
        &mut self,
        role: Role,
        path: &'static str,
        state: &AppState,
        ids: &Ids,
    ) -> Result<()> {
        match fill(path, state, ids).await {
            Ok(url) => self.visit(role, &format!("GET {path}"), &url).await,
            Err(reason) => {
                self.skipped.push(format!("GET {path}: {reason}"));
                Ok(())
            }
        }
    }

    /// Opens a page that should be there for this role (no redirect, no error).
    async fn visit(&mut self, role: Role, label: &str, path_and_query: &str) -> Result<()> {
        self.recorder.take();
        self.client
            .goto(&format!("{}{path_and_query}", self.base))
            .await
            .with_context(|| format!("opening {path_and_query}"))?;
        let path = path_and_query.split('?').next().unwrap_or(path_and_query);
        self.check_current(role, label, Some(path), StatusCode::OK)
            .await
    }

    /// Opens a page that should be the error page.
    async fn visit_error(&mut self, role: Role, label: &str, path: &str) -> Result<()> {
        self.recorder.take();
        self.client.goto(&format!("{}{path}", self.base)).await?;
        self.check_current(role, label, Some(path), StatusCode::NOT_FOUND)
            .await
    }

    /// Checks the page the browser shows: where it is, the status it came with, axe-core;
    /// and keeps the HTML the server sent for the validator.
    async fn check_current(
        &mut self,
        role: Role,
        label: &str,
        expected_path: Option<&str>,
        expected_status: StatusCode,
    ) -> Result<()> {
        let c = self.client;
        wait_until_loaded(c).await?;
        let url = c.current_url().await?;
        let here = format!("{label} [{url}]");
        if let Some(expected) = expected_path {
            if url.path() != expected {
                self.problems.push(format!(
                    "{label}: expected the page {expected}, the browser is at {url}"
                ));
            }
        }
        let sent = self
            .recorder
            .take()
            .with_context(|| format!("the server sent no HTML for {here}"))?;
        let requested = sent.uri.split('?').next().unwrap_or_default();
        if requested != url.path() {
            bail!(
                "the last HTML the server sent was for {}, the browser shows {url}",
                sent.uri
            );
        }
        if sent.status != expected_status {
            self.problems.push(format!(
                "{here}: answered {}, expected {expected_status}",
                sent.status
            ));
        }
        let file = self
            .html_dir
            .join(format!("{:03}.html", self.pages.len() + 1));
        std::fs::write(&file, &sent.body).context("writing the page's HTML")?;

        // axe-core, injected into the page through the WebDriver session.
        c.execute(&self.axe_source, vec![])
            .await
            .context("injecting axe-core")?;
        let result = c
            .execute_async(
                "const [tags, done] = arguments;
                 axe.run(document, { runOnly: { type: 'tag', values: tags } })
                   .then(r => done({
                     passes: r.passes.length,
                     incomplete: r.incomplete.map(v => ({
                       id: v.id,
                       nodes: v.nodes.map(n => ({
                         target: n.target,
                         messages: [...n.any, ...n.all, ...n.none].map(c => c.message)
                       }))
                     })),
                     violations: r.violations.map(v => ({
                       id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.map(n => ({ target: n.target, html: n.html }))
                     })) }))
                   .catch(e => done({ error: String(e) }));",
                vec![json!(AXE_TAGS)],
            )
            .await
            .with_context(|| format!("running axe-core on {here}"))?;
        if let Some(error) = result.get("error") {
            bail!("axe-core failed on {here}: {error}");
        }
        self.rules_passed += result["passes"].as_u64().unwrap_or(0) as usize;
        for rule in result["incomplete"].as_array().into_iter().flatten() {
            let id = rule["id"].as_str().unwrap_or("?");
            for node in rule["nodes"].as_array().into_iter().flatten() {
                let target = selector(&node["target"]);
                let messages: Vec<&str> = node["messages"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                // A rule axe could not run is not a pass: the markup broke the checker.
                if messages
                    .iter()
                    .any(|m| m.contains("Axe encountered an error"))
                {
                    self.problems.push(format!(
                        "{here}: axe-core could not run `{id}` at `{target}` ({})",
                        messages.join("; ")
                    ));
                }
            }
            let pages = self.needs_review.entry(id.to_owned()).or_default();
            if pages.last().map(String::as_str) != Some(label) {
                pages.push(label.to_owned());
            }
        }
        for violation in result["violations"].as_array().into_iter().flatten() {
            let rule = violation["id"].as_str().unwrap_or("?");
            let impact = violation["impact"].as_str().unwrap_or("?");
            let help = violation["help"].as_str().unwrap_or("");
            let mut line = format!("{here}: {rule} ({impact}): {help}");
            for node in violation["nodes"].as_array().into_iter().flatten() {
                let target = selector(&node["target"]);
                let html: String = node["html"]
                    .as_str()
                    .unwrap_or("")
                    .chars()
                    .take(160)
                    .collect();
                let _ = write!(line, "\n      at `{target}`: {html}");
            }
            self.violations.push(line);
        }
        self.pages.push(CheckedPage {
            role,
            label: label.to_owned(),
            url: url.to_string(),
            html_file: file,
        });
        Ok(())
    }
}

/// An axe target (selectors, one per shadow root or frame crossed) as one string.
fn selector(target: &Value) -> String {
    match target {
        Value::Array(parts) => parts
            .iter()
            .map(|p| match p {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(" >> "),
        other => other.to_string(),
    }
}

async fn wait_until_loaded(c: &Client) -> Result<()> {
    let deadline = Instant::now() + WAIT;
    loop {
        let state = c.execute("return document.readyState;", vec![]).await?;
        if state.as_str() == Some("complete") {
            return Ok(());
        }
        if Instant::now() >= deadline {
            bail!("the page did not finish loading within {WAIT:?}");
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Runs the Nu HTML Checker once over every page's HTML; its errors, by page.
fn validate_html(pages: &[CheckedPage]) -> Result<Vec<String>> {
    if pages.is_empty() {
        return Ok(Vec::new());
    }
    let output = Command::new("java")
        .arg("-jar")
        .arg(VNU)
        .args(["--format", "json", "--errors-only"])
        .args(pages.iter().map(|p| &p.html_file))
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("running java -jar {VNU}; {JAVA_HINT}"))?;
    // vnu writes its report to standard error.
    let text = String::from_utf8_lossy(&output.stderr);
    let report: Value = serde_json::from_str(text.trim()).with_context(|| {
        format!(
            "the checker's output is not JSON (exit {}): {}",
            output.status,
            text.chars().take(2000).collect::<String>()
        )
    })?;
    let mut errors = Vec::new();
    for message in report["messages"].as_array().into_iter().flatten() {
        let file = message["url"].as_str().unwrap_or("");
        let page = pages
            .iter()
            .find(|p| {
                let name = p
                    .html_file
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy();
                file.ends_with(&format!("/{name}"))
            })
            .map_or_else(|| file.to_owned(), |p| format!("{} [{}]", p.label, p.url));
        let line = message["lastLine"].as_i64().unwrap_or(0);
        let text = message["message"].as_str().unwrap_or("?");
        let extract: String = message["extract"]
            .as_str()
            .unwrap_or("")
            .replace('\n', " ")
            .chars()
            .take(160)
            .collect();
        errors.push(format!("{page}: line {line}: {text}\n      at `{extract}`"));
    }
    if errors.is_empty() && !output.status.success() {
        bail!(
            "the checker failed (exit {}) without listing errors: {}",
            output.status,
            text.chars().take(2000).collect::<String>()
        );
    }
    Ok(errors)
}

// ---------------------------------------------------------------------------------------
// Logging in

/// Logs in with the second step, checking its page (as `GET /login/2fa`) on the way: unlike
/// `browser_support::log_in`, which goes straight through it.
async fn log_in_checking_second_step(
    k: &mut Checker<'_>,
    email: &str,
    password: &str,
    totp_secret: &str,
) -> Result<()> {
    let (c, base) = (k.client, k.base.clone());
    send_credentials(c, &base, "en", email, password).await?;
    wait_for_text(c, "h1", "Second step: your code").await?;
    k.check_current(
        Role::Anonymous,
        "GET /login/2fa",
        Some("/login/2fa"),
        StatusCode::OK,
    )
    .await?;
    second_step(c, "en", totp_secret).await
}

// ---------------------------------------------------------------------------------------
// The application and its data

/// The last HTML document the server sent (status, URI, body): what the validator checks.
/// `client.source()` would give the browser's serialisation of the live DOM instead, without
/// the doctype and after the parser has repaired what was wrong.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Option<Sent>>>);

struct Sent {
    status: StatusCode,
    uri: String,
    body: Bytes,
}

impl Recorder {
    fn take(&self) -> Option<Sent> {
        self.0.lock().expect("the recorder's lock").take()
    }
}

/// Wraps the application: keeps each HTML response's bytes. The request goes without
/// `Accept-Encoding`, so the body is kept (and sent to the browser) uncompressed.
async fn record(State(recorder): State<Recorder>, mut request: Request, next: Next) -> Response {
    request.headers_mut().remove(header::ACCEPT_ENCODING);
    // A page seen before would come back as a 304 without a body; the validator needs it.
    request.headers_mut().remove(header::IF_NONE_MATCH);
    let uri = request.uri().to_string();
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    *recorder.0.lock().expect("the recorder's lock") = Some(Sent {
        status: parts.status,
        uri,
        body: body.clone(),
    });
    Response::from_parts(parts, Body::from(body))
}

/// Serves the real application on an ephemeral port over a fresh database with the demo
/// data (and no account yet). Not `browser_support::start_app`: this one loads the demo
/// data and records each HTML response for the validator.
async fn start_app() -> (String, AppState, Recorder, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind an ephemeral port");
    let addr = listener.local_addr().expect("local address");
    let mut settings =
        Settings::for_database(&format!("sqlite://{}/test.db", dir.path().display()));
    // The address it really listens on: forms are accepted from this origin only.
    settings.base_url = format!("http://{addr}");
    let state = lacralo_outreach::bootstrap::open(settings)
        .await
        .expect("the app starts on a fresh database");
    let pool = &state.pool;
    lacralo_outreach::registry::demo::load(pool, state.site())
        .await
        .expect("the demo ALSs and members");
    lacralo_outreach::webinars::demo::load(pool, state.site())
        .await
        .expect("the demo webinars");
    lacralo_outreach::dnssec::demo::load(pool)
        .await
        .expect("the demo DNSSEC pipeline");
    lacralo_outreach::crop::demo::load(pool, state.site())
        .await
        .expect("the demo CROP opportunities");
    lacralo_outreach::crop::demo::load_procedure(pool, state.site())
        .await
        .expect("the demo CROP trip's steps, costs and assessment");
    lacralo_outreach::funds::demo::load(pool, state.site())
        .await
        .expect("the demo RALO fund requests");
    let recorder = Recorder::default();
    let router = app(state.clone()).layer(axum::middleware::from_fn_with_state(
        recorder.clone(),
        record,
    ));
    tokio::spawn(axum::serve(listener, router).into_future());
    (format!("http://{addr}"), state, recorder, dir)
}

/// The accounts, an invitation, three uploads waiting for their preview; and the ids of
/// each kind, chosen where the pages have the most to show.
async fn seed(state: &AppState) -> Result<Ids> {
    let pool = &state.pool;

    // A CROP opportunity open to its sub-region, and a demo member who may apply to it
    // (active, in an active ALS of that sub-region, not yet applied).
    let (crop_open, subregion): (i64, String) = sqlx::query_as(
        "SELECT id, subregion FROM crop_opportunities WHERE phase IN ('subregion', 'open')
         ORDER BY id LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .context("the demo has a CROP opportunity open to applications")?;
    let linked_member: i64 = sqlx::query_scalar(
        "SELECT m.id FROM members m JOIN als a ON a.id = m.als_id
           JOIN countries c ON c.iso2 = m.country
         WHERE m.active = 1 AND a.status = 'active' AND c.lacralo_subregion = ?
           AND m.id NOT IN (SELECT member_id FROM crop_applications WHERE opportunity_id = ?)
         ORDER BY m.id LIMIT 1",
    )
    .bind(&subregion)
    .bind(crop_open)
    .fetch_one(pool)
    .await
    .context("the demo has a member who may apply to the open CROP opportunity")?;

    let member_user = create_account(
        state,
        MEMBER_EMAIL,
        "Miembro A11y",
        MEMBER_PASSWORD,
        Role::Member,
    )
    .await;
    sqlx::query("UPDATE users SET member_id = ? WHERE id = ?")
        .bind(linked_member)
        .bind(member_user)
        .execute(pool)
        .await?;
    create_account(
        state,
        STAFF_EMAIL,
        "Gestora GSE",
        STAFF_PASSWORD,
        Role::GseStaff,
    )
    .await;
    let leader = create_account(
        state,
        LEADER_EMAIL,
        "Presidencia LACRALO",
        LEADER_PASSWORD,
        Role::Leadership,
    )
    .await;
    let leader_totp_secret = enrol_totp(state, leader).await;
    // The member reviews the open opportunity's applications (`/crop/{id}/scores`), made
    // the demo's assessed trip (`/crop/applications/{id}/assessment`), and asked for the
    // demo's fund request that has a receipt (`/funds/{id}`, `/funds/receipts/{id}`).
    sqlx::query(
        "INSERT INTO crop_reviewers (opportunity_id, user_id, assigned_by, assigned_at)
         VALUES (?, ?, 'accessibility-test', '2026-01-01T00:00:00Z')",
    )
    .bind(crop_open)
    .bind(member_user)
    .execute(pool)
    .await?;
    sqlx::query(
        "UPDATE crop_applications SET member_id = ?, user_id = ? WHERE report_filed_at IS NOT NULL",
    )
    .bind(linked_member)
    .bind(member_user)
    .execute(pool)
    .await?;
    sqlx::query(
        "UPDATE fund_requests SET requested_by = ?
         WHERE id = (SELECT request_id FROM fund_receipts ORDER BY id LIMIT 1)",
    )
    .bind(member_user)
    .execute(pool)
    .await?;

    let invitation_token = secrets::new_token();
    let invitation = queries::create_invitation(
        pool,
        &Actor {
            user_id: Some(leader),
            email: LEADER_EMAIL.to_owned(),
        },
        &EmailAddress::parse("invitada@example.org").expect("a valid address"),
        Role::GseStaff,
        &invitation_token,
        &queries::InvitationMail {
            site: state.site(),
            lang: lacralo_outreach::web::Lang::default(),
            inviter: "Presidencia LACRALO",
            link: "http://127.0.0.1/join/accessibility-test",
        },
    )
    .await?;

    // Uploads waiting for their preview, each with a row that has problems.
    let mut conn = pool.acquire().await?;
    let events_batch = secrets::new_token();
    lacralo_outreach::events::queries::save_batch(
        &mut conn,
        "events",
        &events_batch,
        "events.csv",
        "title,date,country,city\n\
         Taller de accesibilidad web,2023-03-11,PE,Lima\n\
         Foro sin fecha,placeholder,,\n\
         ,13/45/23,XX,\n",
        Some(2023),
    )
    .await?;
    let als_batch = secrets::new_token();
    lacralo_outreach::events::queries::save_batch(
        &mut conn,
        "als",
        &als_batch,
        "als.csv",
        "name,acronym,country,website,status\n\
         Asociación Accesible del Caribe,AAC,DO,https://example.org,active\n\
         ,,ZZ,not a site,unknown\n",
        None,
    )
    .await?;
    let members_batch = secrets::new_token();
    lacralo_outreach::events::queries::save_batch(
        &mut conn,
        "members",
        &members_batch,
        "members.csv",
        "name,email,country,active\n\
         Ana Accesible,ana.accesible@example.org,CL,yes\n\
         Sin País,no-at-sign,,maybe\n",
        None,
    )
    .await?;
    drop(conn);

    // Where the pages have most to show: an event with date changes or under review (not
    // a webinar, whose edit form is the webinar's), the webinar with most attendance, the
    // ALS and member with most engagements, the DNSSEC contact with most stage changes.
    let event: i64 = sqlx::query_scalar(
        "SELECT e.id FROM events e WHERE e.id NOT IN (SELECT event_id FROM webinars)
         ORDER BY (SELECT count(*) FROM event_date_changes d WHERE d.event_id = e.id) DESC,
                  e.needs_review DESC, e.id
         LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .context("an event")?;
    let webinar: i64 = sqlx::query_scalar(
        "SELECT w.event_id FROM webinars w
         ORDER BY (SELECT count(*) FROM webinar_attendees a WHERE a.event_id = w.event_id) DESC,
                  w.event_id
         LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .context("a webinar")?;
    let als: i64 = sqlx::query_scalar(
        "SELECT a.id FROM als a
         ORDER BY (SELECT count(*) FROM engagements g WHERE g.als_id = a.id) DESC, a.id
         LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .context("an ALS")?;
    let member: i64 = sqlx::query_scalar(
        "SELECT m.id FROM members m
         ORDER BY (SELECT count(*) FROM engagements g WHERE g.member_id = m.id) DESC, m.id
         LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .context("a member")?;
    let dnssec: i64 = sqlx::query_scalar(
        "SELECT c.id FROM dnssec_contacts c
         ORDER BY (SELECT count(*) FROM dnssec_stage_changes s WHERE s.contact_id = c.id) DESC,
                  c.id
         LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .context("a DNSSEC contact")?;
    let application: i64 = sqlx::query_scalar("SELECT min(id) FROM als_applications")
        .fetch_one(pool)
        .await
        .context("an ALS application")?;
    let poll: i64 = sqlx::query_scalar("SELECT min(id) FROM polls")
        .fetch_one(pool)
        .await
        .context("a poll")?;
    Ok(Ids {
        event,
        webinar,
        application,
        poll,
        als,
        member,
        dnssec,
        crop_open,
        linked_member,
        user: member_user,
        invitation,
        invitation_token,
        events_batch,
        als_batch,
        members_batch,
        leader_totp_secret,
    })
}
