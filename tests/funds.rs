//! The RALO discretionary funds through HTTP: a member asks for their ALS, leadership
//! endorse and record the ALAC finance subcommittee's approval within the year's budget,
//! the requester reports with receipts; who may see and do what; and the last of the funds
//! approved twice at once.

mod common;

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use common::TestApp;
use lacralo_outreach::web::auth::Role;

fn day(days: i64) -> String {
    (Utc::now() + Duration::days(days)).date_naive().to_string()
}

/// The request form with `lines` as (category, amount, justification).
fn request_form<'a>(
    title: &'a str,
    als: &'a str,
    held_on: &'a str,
    lines: &[(&'a str, &'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("title", title),
        ("als", als),
        ("country", "JM"),
        ("held_on", held_on),
        ("objectives", "Introduce At-Large to Kingston's ISPs."),
        ("expected_reach", "40"),
    ];
    for (category, amount, justification) in lines {
        form.push(("line_category", category));
        form.push(("line_amount", amount));
        form.push(("line_justification", justification));
    }
    form
}

fn request_id(response: &common::TestResponse) -> i64 {
    response
        .location()
        .trim_start_matches("/funds/")
        .parse()
        .unwrap_or_else(|_| panic!("not a request: {}", response.location()))
}

async fn version(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar::<_, i64>("SELECT version FROM fund_requests WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap()
        .to_string()
}

async fn als_of(app: &TestApp, member: i64) -> String {
    sqlx::query_scalar::<_, i64>("SELECT als_id FROM members WHERE id = ?")
        .bind(member)
        .fetch_one(app.pool())
        .await
        .unwrap()
        .to_string()
}

async fn take(app: &TestApp, id: i64, fields: &[(&str, &str)]) -> common::TestResponse {
    let v = version(app, id).await;
    let mut form = vec![("version", v.as_str())];
    form.extend_from_slice(fields);
    app.post_form(&format!("/funds/{id}/step"), &form).await
}

async fn status(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM fund_requests WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap()
}

/// A real (tiny) PDF.
const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

#[tokio::test]
async fn a_members_request_runs_from_submission_to_a_closed_report_with_its_receipt() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let (member, member_id) = app.member_account("JM", "Keisha", "active").await;
    let als = als_of(&app, member_id).await;
    let (other, other_id) = app.member_account("TT", "Ravi", "active").await;
    let other_als = als_of(&app, other_id).await;

    // Every problem at once, and what was typed kept.
    let bad = member
        .post_form(
            "/funds",
            &request_form(
                "",
                &other_als,
                "",
                &[("venue", "ochocientos", "Room"), ("catering", "100", "")],
            ),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = bad.text();
    for message in [
        "Give the initiative a title",
        "Choose the ALS the initiative is for",
        "the initiative",
        "Line 1: Write an amount",
        "Line 2: say why it is needed",
    ] {
        assert!(text.contains(message), "{message}: {text}");
    }
    assert!(text.contains("value=\"ochocientos\""));
    assert_eq!(app.count("SELECT count(*) FROM fund_requests").await, 0);

    // Submitted for their own ALS: 800 + 400.
    let made = member
        .post_form(
            "/funds",
            &request_form(
                "ISP breakfast in Kingston",
                &als,
                &day(20),
                &[
                    ("venue", "800", "Hotel room for 40"),
                    ("catering", "400,00", "Breakfast"),
                ],
            ),
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.text());
    let id = request_id(&made);
    let total: i64 = sqlx::query_scalar("SELECT total_cents FROM fund_requests WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(total, 120_000);
    let told = app.outbox("fund_request").await;
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].recipient, "keisha@example.org");

    // Who sees it: the requester, leadership, GSE staff; not another member.
    assert_eq!(
        member.get(&format!("/funds/{id}")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        other.get(&format!("/funds/{id}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!other.get("/funds").await.text().contains("ISP breakfast"));
    let gse = TestApp::sharing(&app);
    gse.login_as(Role::GseStaff).await;
    let seen = gse.get(&format!("/funds/{id}")).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(
        !seen.text().contains("id=\"receipts\""),
        "receipts are not GSE's"
    );
    // Members and GSE staff take no step.
    assert_eq!(
        take(&member, id, &[("step", "endorse")]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        take(&gse, id, &[("step", "endorse")]).await.status,
        StatusCode::FORBIDDEN
    );

    // Leadership endorse, then record the ALAC finance subcommittee's approval.
    assert_eq!(
        take(&app, id, &[("step", "approve")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        take(&app, id, &[("step", "endorse")]).await.status,
        StatusCode::SEE_OTHER
    );
    let no_date = take(&app, id, &[("step", "approve"), ("approval_ref", "FIN-1")]).await;
    assert_eq!(no_date.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_date
            .text()
            .contains("Give the day the ALAC finance subcommittee approved it")
    );
    let approved = take(
        &app,
        id,
        &[
            ("step", "approve"),
            ("approved_on", &day(-1)),
            ("approval_ref", "ALAC-FIN-2027-04"),
        ],
    )
    .await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER);
    assert_eq!(status(&app, id).await, "approved");
    let subjects: Vec<String> = app
        .outbox("fund_request")
        .await
        .into_iter()
        .map(|q| q.subject)
        .collect();
    assert_eq!(subjects.len(), 3, "{subjects:?}");
    assert!(
        subjects[2].contains("Approved by the ALAC finance subcommittee"),
        "{subjects:?}"
    );

    // The year has 800 left: a request of 900 is refused, and says why.
    let over = member
        .post_form(
            "/funds",
            &request_form("Second", &als, &day(30), &[("materials", "900", "Flyers")]),
        )
        .await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(over.text().contains("more than what is left of the year"));

    // Before the initiative: no report, no receipt.
    let early = member
        .post_file(
            &format!("/funds/{id}/receipts"),
            &[],
            ("receipt", "r.pdf"),
            PDF,
        )
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(
        early
            .text()
            .contains("once the approved initiative has taken place")
    );
    sqlx::query("UPDATE fund_requests SET held_on = ? WHERE id = ?")
        .bind(day(-2))
        .bind(id)
        .execute(app.pool())
        .await
        .unwrap();
    app.state.pages.changed();
    // The page shows it running.
    assert!(
        member
            .get(&format!("/funds/{id}"))
            .await
            .text()
            .contains("Running")
    );

    // Receipts are known by content, not name, and kept to 5 MB.
    let script = member
        .post_file(
            &format!("/funds/{id}/receipts"),
            &[],
            ("receipt", "receipt.pdf"),
            b"#!/bin/sh\necho hi\n",
        )
        .await;
    assert_eq!(script.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(script.text().contains("must be a PDF, JPEG or PNG"));
    let mut big = PDF.to_vec();
    big.resize(5 * 1024 * 1024 + 1, b' ');
    let large = member
        .post_file(
            &format!("/funds/{id}/receipts"),
            &[],
            ("receipt", "big.pdf"),
            &big,
        )
        .await;
    assert_eq!(large.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(large.text().contains("larger than 5 MB"));
    let kept = member
        .post_file(
            &format!("/funds/{id}/receipts"),
            &[],
            ("receipt", "../../etc/hotel invoice.pdf"),
            PDF,
        )
        .await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER);
    let (receipt, name): (i64, String) =
        sqlx::query_as("SELECT id, file_name FROM fund_receipts WHERE request_id = ?")
            .bind(id)
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(name, "hotel invoice.pdf", "no path is kept");
    // Served to the requester and leadership only, as a download.
    let mine = member.get(&format!("/funds/receipts/{receipt}")).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert_eq!(mine.header("content-type"), "application/pdf");
    assert!(mine.header("content-disposition").starts_with("attachment"));
    assert_eq!(mine.text().as_bytes(), PDF);
    assert_eq!(
        app.get(&format!("/funds/receipts/{receipt}")).await.status,
        StatusCode::OK
    );
    assert_eq!(
        other
            .get(&format!("/funds/receipts/{receipt}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        gse.get(&format!("/funds/receipts/{receipt}")).await.status,
        StatusCode::NOT_FOUND
    );

    // The report: every problem at once, then filed; the ALS's engagement is recorded.
    let v = version(&app, id).await;
    let missing = member
        .post_form(
            &format!("/funds/{id}/report"),
            &[
                ("version", v.as_str()),
                ("people_reached", "x"),
                ("actual", "750"),
                ("actual", "mucho"),
            ],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = missing.text();
    for message in [
        "Say what was achieved",
        "Give a whole number",
        "Line 2: Write an amount",
    ] {
        assert!(text.contains(message), "{message}: {text}");
    }
    let filed = member
        .post_form(
            &format!("/funds/{id}/report"),
            &[
                ("version", v.as_str()),
                ("achieved", "Three ISPs will apply as ALSs."),
                ("people_reached", "38"),
                ("actual", "750"),
                ("actual", "410.50"),
            ],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER);
    assert_eq!(status(&app, id).await, "reported");
    let actual: i64 =
        sqlx::query_scalar("SELECT sum(actual_cents) FROM fund_lines WHERE request_id = ?")
            .bind(id)
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(actual, 116_050);
    let engagement: (String, String) =
        sqlx::query_as("SELECT kind, description FROM engagements WHERE als_id = ?")
            .bind(als.parse::<i64>().unwrap())
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(engagement.0, "local_activity");
    assert!(engagement.1.contains("ISP breakfast in Kingston"));
    assert_eq!(
        take(&app, id, &[("step", "close")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(status(&app, id).await, "closed");
}

#[tokio::test]
async fn two_approvals_of_the_last_of_the_funds_at_once_one_is_refused() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let (member, member_id) = app.member_account("JM", "Keisha", "active").await;
    let als = als_of(&app, member_id).await;
    // Two requests of 1,200 each against the 2,000 the year has: both fit alone.
    let mut ids = Vec::new();
    for title in ["First", "Second"] {
        let made = member
            .post_form(
                "/funds",
                &request_form(title, &als, &day(40), &[("venue", "1200", "Room")]),
            )
            .await;
        assert_eq!(made.status, StatusCode::SEE_OTHER);
        let id = request_id(&made);
        assert_eq!(
            take(&app, id, &[("step", "endorse")]).await.status,
            StatusCode::SEE_OTHER
        );
        ids.push(id);
    }
    let mut attempts = Vec::new();
    for (n, id) in ids.iter().enumerate() {
        let leader = TestApp::sharing(&app);
        let email = format!("leader{n}@example.org");
        leader
            .create_user(&email, Role::Leadership, TestApp::PASSWORD)
            .await;
        assert_eq!(
            leader.login(&email, TestApp::PASSWORD).await.status,
            StatusCode::SEE_OTHER
        );
        let v = version(&app, *id).await;
        let id = *id;
        let yesterday = day(-1);
        attempts.push(async move {
            leader
                .post_form(
                    &format!("/funds/{id}/step"),
                    &[
                        ("version", v.as_str()),
                        ("step", "approve"),
                        ("approved_on", yesterday.as_str()),
                        ("approval_ref", "FIN"),
                    ],
                )
                .await
                .status
        });
    }
    let statuses = futures_util::future::join_all(attempts).await;
    let done = statuses
        .iter()
        .filter(|s| **s == StatusCode::SEE_OTHER)
        .count();
    assert_eq!(done, 1, "{statuses:?}");
    assert!(statuses.contains(&StatusCode::CONFLICT), "{statuses:?}");
    assert_eq!(
        app.count("SELECT count(*) FROM fund_requests WHERE status = 'approved'")
            .await,
        1
    );
    // Tried again, the other says why.
    let again = take(
        &app,
        if status(&app, ids[0]).await == "approved" {
            ids[1]
        } else {
            ids[0]
        },
        &[
            ("step", "approve"),
            ("approved_on", &day(-1)),
            ("approval_ref", "FIN"),
        ],
    )
    .await;
    assert!(again.text().contains("more than what is left of the year"));
    // Leadership raise the year's budget: now it fits.
    let fy =
        lacralo_outreach::crop::rules::fiscal_year((Utc::now() + Duration::days(40)).date_naive())
            .to_string();
    let raised = app
        .post_form(
            "/funds/budget",
            &[
                ("fiscal_year", fy.as_str()),
                ("amount", "2.400,00"),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(raised.status, StatusCode::SEE_OTHER);
    let pending = if status(&app, ids[0]).await == "approved" {
        ids[1]
    } else {
        ids[0]
    };
    assert_eq!(
        take(
            &app,
            pending,
            &[
                ("step", "approve"),
                ("approved_on", &day(-1)),
                ("approval_ref", "FIN")
            ]
        )
        .await
        .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn an_overdue_report_is_listed_and_reminded_once_a_week() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let (member, member_id) = app.member_account("JM", "Keisha", "active").await;
    let als = als_of(&app, member_id).await;
    let made = member
        .post_form(
            "/funds",
            &request_form(
                "Radio show",
                &als,
                &day(10),
                &[("communication", "300", "Airtime")],
            ),
        )
        .await;
    let id = request_id(&made);
    take(&app, id, &[("step", "endorse")]).await;
    take(
        &app,
        id,
        &[
            ("step", "approve"),
            ("approved_on", &day(-1)),
            ("approval_ref", "FIN"),
        ],
    )
    .await;
    // Held 40 days ago: the report was due 10 days ago.
    sqlx::query("UPDATE fund_requests SET held_on = ? WHERE id = ?")
        .bind(day(-40))
        .bind(id)
        .execute(app.pool())
        .await
        .unwrap();
    app.state.pages.changed();
    let list = app.get("/funds").await.text();
    assert!(list.contains("Overdue reports"), "{list}");
    let site = app.state.site();
    let today = Utc::now().date_naive();
    let first = lacralo_outreach::funds::notify::report_reminders(app.pool(), site, 7, today)
        .await
        .unwrap();
    assert_eq!(first, 1);
    let again = lacralo_outreach::funds::notify::report_reminders(app.pool(), site, 7, today)
        .await
        .unwrap();
    assert_eq!(again, 0, "once per step");
    let reminders = app.outbox("fund_report").await;
    assert_eq!(reminders.len(), 1);
    assert!(
        reminders[0].subject.contains("overdue"),
        "{}",
        reminders[0].subject
    );
}
