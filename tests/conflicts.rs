//! One conflict flow for every editable form (`web::conflict`): two people read the same
//! version; the first saves; the second is shown the one conflict page, with what is stored
//! beside what they typed, and may save theirs knowingly from it. Nothing is overwritten
//! silently and nothing typed is lost.

mod common;

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use common::TestApp;
use lacralo_outreach::web::auth::Role;

/// The "save mine" form of a conflict page: where it posts and its hidden fields, as a
/// browser would send them (HTML entities decoded).
fn save_mine_form(html: &str) -> (String, Vec<(String, String)>) {
    let start = html
        .find("<h2>Save yours over theirs</h2>")
        .expect("the conflict page offers to save mine");
    let form = &html[start..];
    let action = between(form, "action=\"", "\"").expect("the form's action");
    let end = form.find("</form>").expect("the form ends");
    let mut fields = Vec::new();
    let mut rest = &form[..end];
    while let Some(at) = rest.find("<input type=\"hidden\" name=\"") {
        rest = &rest[at..];
        let name = between(rest, "name=\"", "\"").expect("a name");
        let value = between(rest, "value=\"", "\"").expect("a value");
        fields.push((decode(&name), decode(&value)));
        rest = &rest[1..];
    }
    (decode(&action), fields)
}

fn between(text: &str, open: &str, close: &str) -> Option<String> {
    let from = text.find(open)? + open.len();
    let to = text[from..].find(close)? + from;
    Some(text[from..to].to_owned())
}

fn decode(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#38;", "&")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&#x22;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The whole flow on one form: `fields` is the form as read at `version`; the first person
/// saves `field` as `theirs`, the second, on the same version, as `mine`. Returns the
/// conflict page.
async fn stale_save_then_save_mine(
    app: &TestApp,
    path: &str,
    fields: &[(&str, &str)],
    version_sql: &str,
    (field, theirs, mine): (&str, &str, &str),
    stored: &str,
) -> String {
    let version: i64 = sqlx::query_scalar(version_sql)
        .fetch_one(app.pool())
        .await
        .unwrap();
    let version = version.to_string();
    let form = |value: &str| {
        let mut f: Vec<(String, String)> = fields
            .iter()
            .filter(|(k, _)| *k != field)
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        f.push((field.to_owned(), value.to_owned()));
        f.push(("version".to_owned(), version.clone()));
        f
    };
    let post = async |f: Vec<(String, String)>| {
        let borrowed: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        app.post_form(path, &borrowed).await
    };
    let first = post(form(theirs)).await;
    assert_eq!(
        first.status,
        StatusCode::SEE_OTHER,
        "{path}: {}",
        first.text()
    );
    let second = post(form(mine)).await;
    assert_eq!(second.status, StatusCode::CONFLICT, "{path}");
    let html = second.text();
    let shown = decode(&html);
    assert!(shown.contains(theirs), "{path}: what is stored is shown");
    assert!(
        shown.contains(mine),
        "{path}: what was typed is shown: {shown}"
    );
    let stored_now: String = sqlx::query_scalar(stored)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(stored_now, theirs, "{path}: nothing overwritten");

    // Saving mine from the page, knowingly, on the version it carries.
    let (action, resent) = save_mine_form(&html);
    assert_eq!(action, path);
    let newer = (version.parse::<i64>().unwrap() + 1).to_string();
    assert!(
        resent.contains(&("version".to_owned(), newer)),
        "{path}: the page carries the stored version"
    );
    let saved = post(resent.into_iter().filter(|(k, _)| k != "_csrf").collect()).await;
    assert_eq!(
        saved.status,
        StatusCode::SEE_OTHER,
        "{path}: {}",
        saved.text()
    );
    let stored_now: String = sqlx::query_scalar(stored)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(stored_now, mine, "{path}: mine, saved knowingly");
    html
}

#[tokio::test]
async fn an_als_edited_by_two_leaders_shows_the_conflict_page() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let created = app
        .post_form(
            "/als",
            &[("name", "ISOC Perú"), ("country", "PE"), ("notes", "a & b")],
        )
        .await;
    let path = created.location();
    let id: i64 = path.trim_start_matches("/als/").parse().unwrap();
    let fields = [("name", "ISOC Perú"), ("country", "PE"), ("notes", "a & b")];
    let html = stale_save_then_save_mine(
        &app,
        &path,
        &fields,
        &format!("SELECT version FROM als WHERE id = {id}"),
        ("acronym", "ISOC-PE", "ISOCPE \"mine\""),
        &format!("SELECT acronym FROM als WHERE id = {id}"),
    )
    .await;
    assert!(html.contains("Someone else changed this ALS"));
}

#[tokio::test]
async fn a_member_edited_by_two_leaders_shows_the_conflict_page() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let fields = [
        ("name", "Rosa Quispe"),
        ("email", "rosa@example.pe"),
        ("country", "PE"),
        ("membership", "individual"),
        ("active", "on"),
        ("language", "es"),
    ];
    let created = app.post_form("/members", &fields).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let path = created.location();
    let id: i64 = path.trim_start_matches("/members/").parse().unwrap();
    let html = stale_save_then_save_mine(
        &app,
        &path,
        &fields,
        &format!("SELECT version FROM members WHERE id = {id}"),
        ("notes", "Met in Lima", "Met in Cusco <2026>"),
        &format!("SELECT notes FROM members WHERE id = {id}"),
    )
    .await;
    assert!(html.contains("Someone else changed this member"));
    // Fields not in conflict are still carried: the box stays ticked.
    let active: bool = sqlx::query_scalar(&format!("SELECT active FROM members WHERE id = {id}"))
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert!(active);
}

#[tokio::test]
async fn a_crop_opportunity_edited_by_two_leaders_shows_the_conflict_page() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let start = (Utc::now() + Duration::days(120)).date_naive().to_string();
    let event = app
        .create_event(&[
            ("title", "LACNIC Conflict Meeting"),
            ("kind", "conference"),
            ("relevance", "crop_candidate"),
            ("country", "UY"),
            ("start_date", &start),
        ])
        .await;
    let day = |d: i64| (Utc::now() + Duration::days(d)).date_naive().to_string();
    let fy = lacralo_outreach::crop::rules::fiscal_year(Utc::now().date_naive()).to_string();
    let (priority, deadline) = (day(20), day(40));
    let event = event.to_string();
    let fields = [
        ("event", event.as_str()),
        ("fiscal_year", fy.as_str()),
        ("slots", "2"),
        ("priority_ends_on", priority.as_str()),
        ("deadline_on", deadline.as_str()),
        ("time_zone", "America/Montevideo"),
    ];
    let created = app.post_form("/crop", &fields).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let path = created.location();
    let id: i64 = path.trim_start_matches("/crop/").parse().unwrap();
    let html = stale_save_then_save_mine(
        &app,
        &path,
        &fields,
        &format!("SELECT version FROM crop_opportunities WHERE id = {id}"),
        ("notes", "Two places", "Three places, ask GSE"),
        &format!("SELECT notes FROM crop_opportunities WHERE id = {id}"),
    )
    .await;
    assert!(html.contains("Someone else changed this opportunity"));
    assert!(html.contains("LACNIC Conflict Meeting"));
}

#[tokio::test]
async fn a_webinar_edited_by_two_people_keeps_its_languages_through_the_conflict_page() {
    let app = TestApp::staff().await;
    let fields = [
        ("title", "UA for universities"),
        ("programme", "ua_series"),
        ("relevance", "lacralo_involved"),
        ("status", "planned"),
        ("organiser", "LACRALO"),
        ("date_precision", "day"),
        ("start_date", "2027-03-10"),
        ("start_time", "10:00"),
        ("end_time", "11:30"),
        ("time_zone", "America/Sao_Paulo"),
        ("languages", "es"),
        ("languages", "pt"),
        ("speakers", "Ana Example"),
    ];
    let created = app.post_form("/webinars", &fields).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let path = created.location();
    let id: i64 = path.trim_start_matches("/webinars/").parse().unwrap();
    let html = stale_save_then_save_mine(
        &app,
        &path,
        &fields,
        &format!("SELECT version FROM events WHERE id = {id}"),
        ("audience", "University students", "Teachers & students"),
        &format!("SELECT audience FROM webinars WHERE event_id = {id}"),
    )
    .await;
    assert!(html.contains("Someone saved this webinar"));
    let languages: String = sqlx::query_scalar(&format!(
        "SELECT languages FROM webinars WHERE event_id = {id}"
    ))
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(
        languages, "es,pt",
        "both languages came back through the page"
    );
}
