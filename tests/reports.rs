//! The yearly report through HTTP, for a year the test builds row by row: every figure of
//! `/reports/{year}.csv` equals the count of what was built, the page shows them in each
//! language, and only staff and leadership read it.

mod common;

use std::collections::HashMap;

use axum::http::StatusCode;
use common::TestApp;
use lacralo_outreach::web::auth::Role;
use sqlx::SqlitePool;

const NOW: &str = "2026-01-01T00:00:00Z";

/// An event of 2025 as the calendar stores it; returns its id.
async fn event(
    pool: &SqlitePool,
    title: &str,
    kind: &str,
    relevance: &str,
    status: &str,
    day: Option<&str>,
    country: Option<&str>,
) -> i64 {
    let month: Option<i64> = day.map(|d| d[5..7].parse().unwrap());
    sqlx::query_scalar(
        "INSERT INTO events (uid, title, kind, relevance, status, country, date_precision, year,
            month, start_date, end_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 2025, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(format!("{title}@report.test"))
    .bind(title)
    .bind(kind)
    .bind(relevance)
    .bind(status)
    .bind(country)
    .bind(if day.is_some() { "day" } else { "tbd" })
    .bind(month)
    .bind(day)
    .bind(day)
    .bind(NOW)
    .bind(NOW)
    .fetch_one(pool)
    .await
    .unwrap()
}

async fn exec(pool: &SqlitePool, sql: &str) {
    sqlx::query(sql).execute(pool).await.unwrap();
}

/// The year 2025, built row by row; the expected figures are written beside each.
async fn build_2025(app: &TestApp) {
    let pool = app.pool();
    // Events: LACRALO-involved: one marked held, one past and confirmed (held by its day),
    // one cancelled; a CROP candidate held; an out-of-scope one with no date yet.
    event(
        pool,
        "IGF LAC 2025",
        "conference",
        "lacralo_involved",
        "held",
        Some("2025-03-10"),
        Some("GT"),
    )
    .await;
    event(
        pool,
        "LACNIC 43",
        "conference",
        "lacralo_involved",
        "confirmed",
        Some("2025-05-05"),
        Some("BZ"),
    )
    .await;
    event(
        pool,
        "Roadshow Suriname",
        "roadshow",
        "lacralo_involved",
        "cancelled",
        Some("2025-06-01"),
        Some("SR"),
    )
    .await;
    let crop_event = event(
        pool,
        "ICANN 84",
        "conference",
        "crop_candidate",
        "held",
        Some("2025-10-20"),
        Some("CO"),
    )
    .await;
    event(
        pool,
        "A meeting to be dated",
        "meeting",
        "out_of_scope",
        "planned",
        None,
        None,
    )
    .await;
    // Webinars: capacity building, two held (attendance 40 counted; 3 named, fewer) and one
    // planned; one UA webinar held with 12.
    for (title, programme, status, count) in [
        ("CB webinar 1", "capacity_building", "held", Some(40)),
        ("CB webinar 2", "capacity_building", "held", Some(25)),
        ("CB webinar 3", "capacity_building", "planned", None),
        ("UA webinar", "ua_series", "held", Some(12)),
    ] {
        let id = event(
            pool,
            title,
            "webinar",
            "lacralo_involved",
            status,
            Some("2025-04-01"),
            None,
        )
        .await;
        sqlx::query(
            "INSERT INTO webinars (event_id, programme, attendance_count) VALUES (?, ?, ?)",
        )
        .bind(id)
        .bind(programme)
        .bind(count)
        .execute(pool)
        .await
        .unwrap();
    }
    exec(
        pool,
        "INSERT INTO programme_targets (year, programme, target, updated_at)
         VALUES (2025, 'ua_series', 4, '2025-01-01')",
    )
    .await;
    // The registry: an ALS accredited in 2025 in Guatemala (a plan target), one from 2020
    // moved to standby in 2025, and one decertified in 2025.
    exec(
        pool,
        "INSERT INTO als (id, name, name_key, country, accredited_on, status, created_at, updated_at)
         VALUES (1, 'ISOC Guatemala', 'isoc guatemala', 'GT', '2025-07-01', 'active', '2025-07-01', '2025-07-01'),
                (2, 'Red Andina', 'red andina', 'PE', '2020-01-01', 'standby', '2020-01-01', '2025-08-01'),
                (3, 'Old ALS', 'old als', 'CL', '2019-01-01', 'decertified', '2019-01-01', '2025-09-01')",
    )
    .await;
    exec(
        pool,
        "INSERT INTO als_status_changes (als_id, from_status, to_status, reason, changed_at)
         VALUES (2, 'active', 'standby', 'silent', '2025-08-01T10:00:00Z'),
                (3, 'active', 'decertified', 'dissolved', '2025-09-01T10:00:00Z'),
                (2, 'standby', 'active', 'back', '2026-02-01T10:00:00Z')",
    )
    .await;
    exec(
        pool,
        "INSERT INTO als_applications (name, country, received_on, stage, created_at, updated_at)
         VALUES ('Belize Digital', 'BZ', '2025-11-02', 'received', '2025-11-02', '2025-11-02'),
                ('Older', 'BZ', '2024-11-02', 'received', '2024-11-02', '2024-11-02')",
    )
    .await;
    // Members: two joined in 2025, one in 2024, one in 2026 (after the year).
    exec(
        pool,
        "INSERT INTO members (id, name, country, als_id, joined_on, created_at, updated_at)
         VALUES (1, 'Ana', 'GT', 1, '2025-07-02', '2025-07-02', '2025-07-02'),
                (2, 'Beto', 'PE', NULL, '2025-02-01', '2025-02-01', '2025-02-01'),
                (3, 'Carla', 'CO', NULL, '2024-05-01', '2024-05-01', '2024-05-01'),
                (4, 'Dani', 'CO', NULL, '2026-01-15', '2026-01-15', '2026-01-15')",
    )
    .await;
    // CROP: two approved trips to ICANN 84, one assessed; one declined (not a trip).
    exec(
        pool,
        &format!(
            "INSERT INTO crop_opportunities (id, event_id, fiscal_year, slots, subregion, phase,
                priority_ends_on, deadline_on, time_zone, deadline_at, created_at, updated_at)
             VALUES (1, {crop_event}, 2026, 3, 'B', 'closed', '2025-08-01', '2025-08-15',
                'America/Bogota', '2025-08-16T05:00:00Z', '2025-07-01', '2025-07-01')"
        ),
    )
    .await;
    exec(
        pool,
        "INSERT INTO crop_applications (opportunity_id, member_id, in_subregion, motivation,
            outreach_plan, languages, status, report_filed_at, created_at, updated_at)
         VALUES (1, 1, 1, 'm', 'p', 'es', 'approved', '2025-11-01T00:00:00Z', '2025-07-05', '2025-07-05'),
                (1, 2, 1, 'm', 'p', 'es', 'approved', NULL, '2025-07-05', '2025-07-05'),
                (1, 3, 1, 'm', 'p', 'es', 'declined', NULL, '2025-07-05', '2025-07-05')",
    )
    .await;
    // Funds: one initiative approved and reported (30 people), one declined.
    exec(
        pool,
        "INSERT INTO fund_requests (fiscal_year, title, als_id, country, held_on, objectives,
            expected_reach, status, total_cents, people_reached, achieved, created_at, updated_at)
         VALUES (2025, 'Taller UA Guatemala', 1, 'GT', '2025-09-10', 'o', 40, 'reported', 125050,
                 30, 'Thirty people trained in UA.', '2025-08-01', '2025-08-01'),
                (2025, 'Declined', 1, 'GT', '2025-09-11', 'o', 40, 'declined', 99900, NULL, '',
                 '2025-08-01', '2025-08-01')",
    )
    .await;
    // DNSSEC: one contact contacted then trained in 2025, one contacted in 2024 only.
    exec(
        pool,
        "INSERT INTO dnssec_contacts (id, organisation, organisation_key, country, stage,
            created_at, updated_at)
         VALUES (1, 'ISP Uno', 'isp uno', 'GT', 'trained', '2025-01-01', '2025-01-01'),
                (2, 'ISP Dos', 'isp dos', 'BZ', 'contacted', '2024-01-01', '2024-01-01')",
    )
    .await;
    exec(
        pool,
        "INSERT INTO dnssec_stage_changes (contact_id, from_stage, to_stage, changed_at)
         VALUES (1, 'identified', 'contacted', '2025-02-01T00:00:00Z'),
                (1, 'contacted', 'trained', '2025-06-01T00:00:00Z'),
                (2, 'identified', 'contacted', '2024-06-01T00:00:00Z')",
    )
    .await;
    app.state.pages.changed();
}

fn figures(csv_text: &str) -> HashMap<String, (String, String)> {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        r.headers().unwrap(),
        vec!["section", "figure", "value", "definition"]
    );
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            (
                format!("{}.{}", &rec[0], &rec[1]),
                (rec[2].to_owned(), rec[3].to_owned()),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_report_figures_equal_the_counts_of_the_year_built() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    build_2025(&app).await;
    let r = app.get("/reports/2025.csv").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.header("content-type").starts_with("text/csv"));
    let f = figures(&r.text());
    let expect = |name: &str, value: &str| {
        let (got, definition) = f
            .get(name)
            .unwrap_or_else(|| panic!("no figure {name}: {:?}", f.keys()));
        assert_eq!(got, value, "{name}");
        assert!(!definition.is_empty(), "{name} has its definition");
    };
    expect("events.lacralo_involved.listed", "3");
    expect("events.lacralo_involved.held", "2");
    expect("events.lacralo_involved.cancelled", "1");
    expect("events.crop_candidate.listed", "1");
    expect("events.crop_candidate.held", "1");
    expect("events.out_of_scope.listed", "1");
    expect("events.out_of_scope.held", "0");
    expect("events.unclassified.listed", "0");
    expect("webinars.capacity_building.target", "6");
    expect("webinars.capacity_building.held", "2");
    expect("webinars.capacity_building.planned", "1");
    expect("webinars.capacity_building.attendance", "65");
    expect("webinars.ua_series.target", "4");
    expect("webinars.ua_series.held", "1");
    expect("webinars.ua_series.attendance", "12");
    expect("webinars.icann101.target", "");
    expect("dnssec.contacted", "1");
    expect("dnssec.trained", "1");
    expect("dnssec.signing", "0");
    expect("crop.trips", "2");
    expect("crop.assessments_filed", "1");
    expect("funds.initiatives", "1");
    expect("funds.approved.USD", "1250.50");
    expect("funds.people_reached", "30");
    expect("als.applications", "1");
    expect("als.accredited", "1");
    expect("als.to_standby", "1");
    expect("als.to_active", "0");
    expect("als.decertified", "1");
    expect("als.members_joined", "2");
    expect("als.members_at_start", "1");
    expect("als.members_at_end", "3");
    // Guatemala had outreach (an event held there) and has a voting ALS at the year's end;
    // Belize had an event (by its day) but no ALS; Suriname's was cancelled.
    expect("targets.with_outreach", "2");
    expect("targets.with_als", "1");
    // On 31 December 2025: ISOC Guatemala votes; Red Andina is on standby (it came back
    // only in 2026); Old ALS is decertified and counts for nothing.
    expect("quorum.all.voting", "1");
    expect("quorum.all.standby", "1");
    expect("quorum.all.quorum", "1");

    // The same figures, counted straight from the tables, for those a query could drift on.
    assert_eq!(
        app.count("SELECT count(*) FROM events WHERE year = 2025 AND kind != 'webinar'")
            .await,
        5
    );
    let sum: i64 = [
        "lacralo_involved",
        "crop_candidate",
        "out_of_scope",
        "unclassified",
    ]
    .iter()
    .map(|r| f[&format!("events.{r}.listed")].0.parse::<i64>().unwrap())
    .sum();
    assert_eq!(sum, 5, "every event of the year is in one relevance class");
}

#[tokio::test]
async fn the_report_reads_in_each_language_and_only_staff_and_leadership_read_it() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    build_2025(&app).await;
    for (lang, title) in [
        ("en", "LACRALO outreach and engagement report 2025"),
        ("es", "2025"),
        ("pt", "2025"),
        ("fr", "2025"),
    ] {
        let page = app.get(&format!("/reports/2025?lang={lang}")).await;
        assert_eq!(page.status, StatusCode::OK, "{lang}");
        let text = page.text();
        assert!(text.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        assert!(text.contains(title), "{lang}");
        for id in [
            "events", "webinars", "dnssec", "crop", "funds", "als", "targets", "quorum",
        ] {
            assert!(
                text.contains(&format!("id=\"{id}\"")),
                "{lang}: section {id}"
            );
        }
        // Each chart is an SVG with its numbers as a table.
        assert_eq!(
            text.matches("<svg class=\"chart-svg\"").count(),
            4,
            "{lang}"
        );
        assert!(text.contains("id=\"chart-events-numbers\""));
    }
    let page = app.get("/reports/2025?lang=en").await.text();
    assert!(
        page.contains("Taller UA Guatemala"),
        "the initiative is listed"
    );
    assert!(page.contains("Thirty people trained in UA."));
    assert!(page.contains("ICANN 84"), "the trips are listed");
    assert!(page.contains("2 CROP trips were approved"), "{page}");
    assert_eq!(app.get("/reports").await.status, StatusCode::OK);
    assert_eq!(app.get("/reports/2019").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        app.get("/reports/2099.csv").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/reports/twenty").await.status,
        StatusCode::NOT_FOUND
    );

    let member = TestApp::sharing(&app);
    member.login_as(Role::Member).await;
    assert_eq!(
        member.get("/reports/2025").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member.get("/reports/2025.csv").await.status,
        StatusCode::FORBIDDEN
    );
}
