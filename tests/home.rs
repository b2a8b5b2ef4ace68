//! The plan at a glance: its figures, for the year chosen, match the data; leadership's
//! own figures show to leadership only; every figure links to a page that opens.

mod common;

use axum::http::StatusCode;
use common::TestApp;
use lacralo_outreach::web::auth::Role;

#[tokio::test]
async fn the_year_at_a_glance_matches_the_data() {
    let app = TestApp::new().await;
    let with_month = app
        .count("SELECT count(*) FROM events WHERE year = 2023 AND month IS NOT NULL")
        .await;
    let undated = app
        .count("SELECT count(*) FROM events WHERE year = 2023 AND date_precision != 'day'")
        .await;
    let page = app.get("/?year=2023").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.text();
    assert!(
        html.contains(&format!("{with_month} events in 2023 with a known month")),
        "the chart's text alternative counts the year's events"
    );
    assert!(html.contains(&format!("<span class=\"figure-number\">{undated}</span>")));
    // The plan's three capacity-development webinars against the six of the target.
    assert!(html.contains("0 held and 3 planned, of a target of 6"));
    // An empty registry: every one of the 37 places lacks an active ALS.
    assert!(html.contains("37 places in the region have no active ALS."));
    // Visitors do not see leadership's figures.
    assert!(!html.contains("href=\"/als/review\""));
    assert!(!html.contains("href=\"/crop/reports\""));
    assert_eq!(app.get("/?year=soon").await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn leadership_sees_its_figures_and_every_link_opens() {
    let app = TestApp::new().await;
    lacralo_outreach::registry::demo::load(app.pool(), app.state.site())
        .await
        .unwrap();
    lacralo_outreach::crop::demo::load(app.pool(), app.state.site())
        .await
        .unwrap();
    app.login_as(Role::Leadership).await;
    let html = app.get("/").await.text();
    for link in [
        "/als/review",
        "/crop/reports",
        "/crop/allocations",
        "/members",
    ] {
        assert!(html.contains(&format!("href=\"{link}\"")), "{link}");
    }
    assert!(
        html.contains("trip report overdue"),
        "the demo's overdue report"
    );
    // Another year: CROP's figure is the fiscal year ending in it.
    assert!(
        app.get("/?year=2030")
            .await
            .text()
            .contains("CROP trips approved in FY2030")
    );
    let links: Vec<String> = html
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|l| l.starts_with('/') && !l.starts_with("/static") && !l.contains("lang="))
        .map(|l| l.replace("&amp;", "&"))
        .collect();
    assert!(links.len() > 20);
    for link in links {
        let status = app.get(&link).await.status;
        assert_eq!(status, StatusCode::OK, "{link}");
    }
}
