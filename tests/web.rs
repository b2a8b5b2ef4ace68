//! What every page shares: CSRF protection, languages, error pages, security headers,
//! static files and the health check.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use common::TestApp;

#[tokio::test]
async fn forms_without_the_sites_token_are_refused() {
    let app = TestApp::staff().await;
    let before = app.count("SELECT count(*) FROM events").await;
    let form = "title=Forged&kind=conference&relevance=unclassified&status=planned&date_precision=day&start_date=2023-03-11";

    // No token at all.
    let response = app
        .post_raw(
            "/events",
            "application/x-www-form-urlencoded",
            form.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert!(response.text().contains("did not come from this site"));

    // A token in the form that is not the one in the cookie.
    let _ = app.csrf().await;
    let forged = format!("_csrf={}&{form}", "a".repeat(64));
    let response = app
        .post_raw(
            "/events",
            "application/x-www-form-urlencoded",
            forged.into_bytes(),
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);

    // The right token from another site's page.
    let token = app.csrf().await;
    let response = app
        .send(
            Request::post("/events")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::HOST, "127.0.0.1:3000")
                .header(header::ORIGIN, "https://evil.example")
                .body(Body::from(format!("_csrf={token}&{form}")))
                .unwrap(),
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);

    // Multipart uploads need it too.
    let response = app
        .post_raw(
            "/events/import",
            "multipart/form-data; boundary=x",
            b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\ntitle\nA\r\n--x--\r\n".to_vec(),
        )
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT count(*) FROM events").await, before);
    assert_eq!(app.count("SELECT count(*) FROM import_batches").await, 0);

    // Same-origin with the token: accepted.
    let response = app
        .send(
            Request::post("/events")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::HOST, "127.0.0.1:3000")
                .header(header::ORIGIN, "http://127.0.0.1:3000")
                .body(Body::from(format!("_csrf={token}&{form}")))
                .unwrap(),
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_csrf_cookie_is_http_only_and_strict() {
    let app = TestApp::new().await;
    let response = app.get("/login").await;
    let cookie = response
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("lacralo_csrf="))
        .expect("a CSRF cookie");
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Strict"));
    let token = app.cookie("lacralo_csrf").unwrap();
    assert!(
        response
            .text()
            .contains(&format!("name=\"_csrf\" value=\"{token}\""))
    );
}

#[tokio::test]
async fn the_language_comes_from_the_choice_then_the_browser_then_english() {
    let app = TestApp::new().await;
    let english = app.get("/events?year=2023").await.text();
    assert!(english.contains("<html lang=\"en\">"));
    assert!(english.contains("February 2023"));

    app.always_send("accept-language", "es-MX,es;q=0.9,en;q=0.5");
    let spanish = app.get("/events?year=2023").await.text();
    assert!(spanish.contains("<html lang=\"es\">"));
    assert!(spanish.contains("Febrero de 2023"));
    assert!(spanish.contains("Eventos"));

    // An explicit choice wins over the browser and is remembered.
    let chosen = app.get("/events?year=2023&lang=en").await;
    assert!(chosen.text().contains("<html lang=\"en\">"));
    assert_eq!(app.cookie("lacralo_lang").as_deref(), Some("en"));
    assert!(
        app.get("/events/calendar?year=2023&month=3")
            .await
            .text()
            .contains("March 2023")
    );

    // The switcher links keep the page and its filters.
    let html = app
        .get("/events?year=2023&kind=webinar")
        .await
        .text()
        .replace("&#38;", "&amp;");
    assert!(html.contains("href=\"/events?year=2023&amp;kind=webinar&amp;lang=es\""));

    // A language we do not speak falls back to English.
    let german = TestApp::new().await;
    german.always_send("accept-language", "de-DE,de;q=0.9");
    assert!(
        german
            .get("/events")
            .await
            .text()
            .contains("<html lang=\"en\">")
    );
}

#[tokio::test]
async fn errors_are_friendly_pages_in_the_visitors_language_with_nothing_internal() {
    let app = TestApp::staff().await;
    let missing = app.get("/no/such/page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.header("content-type").starts_with("text/html"));
    assert!(missing.text().contains("Page not found"));

    let not_an_id = app.get("/events/abc").await;
    assert_eq!(not_an_id.status, StatusCode::BAD_REQUEST);
    let html = not_an_id.text();
    assert!(html.contains("That request could not be understood"));
    assert!(
        !html.contains("Invalid URL"),
        "no framework internals: {html}"
    );

    let wrong_method = app
        .send(Request::delete("/events").body(Body::empty()).unwrap())
        .await;
    assert_eq!(
        wrong_method.status,
        StatusCode::FORBIDDEN,
        "an unsafe method without a token"
    );

    let put = app.get("/events/999999/edit").await;
    assert_eq!(put.status, StatusCode::NOT_FOUND);

    app.always_send("accept-language", "es");
    let spanish = app.get("/events/999999").await;
    assert_eq!(spanish.status, StatusCode::NOT_FOUND);
    assert!(spanish.text().contains("Página no encontrada"));

    // A form that is not a form.
    let token = app.csrf().await;
    let response = app
        .post_raw(
            "/events/1",
            "application/x-www-form-urlencoded",
            format!("_csrf={token}").into_bytes(),
        )
        .await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert!(response.text().contains("No se pudo entender la solicitud"));
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::new().await;
    for path in [
        "/",
        "/events",
        "/events/calendar",
        "/events.ics",
        "/healthz",
        "/nope",
    ] {
        let response = app.get(path).await;
        let csp = response.header("content-security-policy");
        assert!(csp.contains("default-src 'none'"), "{path}");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(
            response.header("x-content-type-options"),
            "nosniff",
            "{path}"
        );
        assert_eq!(response.header("x-frame-options"), "DENY", "{path}");
    }
    // No inline scripts or styles in our pages, so the policy holds.
    let html = app.get("/login").await.text();
    assert!(!html.contains("<script>") && !html.contains("style="));
}

#[tokio::test]
async fn static_files_are_compressed_and_cached() {
    let app = TestApp::new().await;
    let response = app
        .send(
            Request::get("/static/app.css")
                .header(header::ACCEPT_ENCODING, "gzip")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.header("content-encoding"), "gzip");
    assert!(
        response
            .header("cache-control")
            .contains("max-age=31536000")
    );
    assert!(response.header("content-type").starts_with("text/css"));
    // Pages reference the stylesheet with its fingerprint, so the long cache is safe.
    let html = app.get("/").await.text();
    assert!(html.contains("/static/app.css?v="));
    assert_eq!(
        app.get("/static/nothing.css").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn health_check_answers() {
    let app = TestApp::new().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.text(), "ok");
}

#[tokio::test]
async fn the_front_page_links_to_what_needs_review() {
    let app = TestApp::new().await;
    let html = app.get("/").await.text();
    let flagged = app
        .count("SELECT count(*) FROM events WHERE needs_review = 1")
        .await;
    assert!(flagged > 0, "the plan's list has rows to review");
    assert!(html.contains(&format!(
        "<span class=\"figure-number\">{flagged}</span> events flagged for review"
    )));
    assert!(
        html.contains("href=\"/events?year=all&amp;review=1\"")
            || html.contains("href=\"/events?year=all&#38;review=1\"")
    );
}

#[tokio::test]
async fn over_https_cookies_are_secure_and_hsts_is_sent() {
    let app = TestApp::with_base_url("https://outreach.lacralo.org").await;
    let response = app.get("/login").await;
    assert_eq!(
        response.header("strict-transport-security"),
        "max-age=31536000; includeSubDomains"
    );
    let cookies: Vec<String> = response
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(!cookies.is_empty());
    assert!(cookies.iter().all(|c| c.contains("Secure")), "{cookies:?}");
    // Plain http (as in the other tests) sends no HSTS.
    let plain = TestApp::new().await;
    assert_eq!(
        plain
            .get("/login")
            .await
            .header("strict-transport-security"),
        ""
    );
}

#[test]
fn the_server_prints_the_setup_link_when_no_account_exists() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_lacralo-outreach"))
        .args(["--bind", "127.0.0.1:0", "--database-url"])
        .arg(format!("sqlite://{}/first.db", dir.path().display()))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let link = stdout
        .lines()
        .map_while(Result::ok)
        .take(5)
        .find(|l| l.contains("/setup?token="));
    child.kill().unwrap();
    child.wait().unwrap();
    let link = link.expect("the setup link is printed at start");
    let token = link.rsplit('=').next().unwrap();
    assert_eq!(token.len(), 64);
}

#[test]
fn tokens_in_paths_never_reach_the_log() {
    let token = "ab".repeat(32);
    assert_eq!(
        lacralo_outreach::redact_tokens(&format!("/join/{token}")),
        "/join/[token]"
    );
    assert_eq!(
        lacralo_outreach::redact_tokens("/events/12/edit"),
        "/events/12/edit"
    );
}

#[tokio::test]
async fn every_page_has_a_description_in_its_language() {
    let app = TestApp::new().await;
    for (path, expected) in [
        ("/?lang=en", "LACRALO Outreach: the events, webinars"),
        (
            "/events?lang=es",
            "LACRALO Outreach: los eventos, seminarios web",
        ),
        (
            "/coverage?lang=pt",
            "LACRALO Outreach: os eventos, webinars",
        ),
        ("/login?lang=fr", "LACRALO Outreach\u{a0}: les événements"),
    ] {
        let html = app.get(path).await.text();
        let meta = html
            .split("<meta name=\"description\" content=\"")
            .nth(1)
            .unwrap_or_else(|| panic!("{path} has no description"));
        assert!(meta.starts_with(expected), "{path}: {meta}");
    }
}
