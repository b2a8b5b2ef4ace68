//! The ALS registry through HTTP: the list and its active list, status changes with their
//! history, deletion rules, engagements, the review queue and coverage.

mod common;

use axum::http::StatusCode;
use common::TestApp;
use lacralo_outreach::web::auth::Role;

async fn leader() -> TestApp {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    app
}

async fn create_als(app: &TestApp, name: &str, country: &str, accredited: &str) -> i64 {
    let response = app
        .post_form(
            "/als",
            &[
                ("name", name),
                ("acronym", ""),
                ("country", country),
                ("accredited_on", accredited),
                ("website", "https://example.org"),
            ],
        )
        .await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "{}",
        response.text()
    );
    response
        .location()
        .trim_start_matches("/als/")
        .parse()
        .unwrap()
}

async fn als_version(app: &TestApp, id: i64) -> String {
    app.count(&format!("SELECT version FROM als WHERE id = {id}"))
        .await
        .to_string()
}

async fn engage(app: &TestApp, id: i64, day: &str) {
    let r = app
        .post_form(
            &format!("/als/{id}/engagements"),
            &[
                ("kind", "meeting"),
                ("happened_on", day),
                ("description", "Monthly call"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
}

#[tokio::test]
async fn an_als_is_created_listed_and_refused_twice_in_a_country() {
    let app = leader().await;
    let id = create_als(&app, "Internet Society Argentina", "AR", "2010-05-01").await;
    let page = app.get(&format!("/als/{id}")).await.text();
    assert!(page.contains("Internet Society Argentina"));
    assert!(page.contains("ALS created."));
    // The same name, other case and accents, in the same country: refused with what was typed.
    let dup = app
        .post_form(
            "/als",
            &[
                ("name", "INTERNET SOCIETY ARGENTINA"),
                ("country", "AR"),
                ("acronym", "ISOC-AR"),
            ],
        )
        .await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        dup.text()
            .contains("There is already an ALS of this name in this country.")
    );
    assert!(dup.text().contains("value=\"ISOC-AR\""));
    // In another country it is another ALS.
    create_als(&app, "Internet Society Argentina", "UY", "").await;
    // Unknown country, missing name, bad date: specific messages, nothing stored.
    let bad = app
        .post_form(
            "/als",
            &[
                ("name", ""),
                ("country", "ZZ"),
                ("accredited_on", "2023-02-30"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text();
    assert!(
        html.contains("Enter the ALS&#39;s name.")
            || html.contains("Enter the ALS's name.")
            || html.contains("Enter the ALS&#x27;s name.")
    );
    assert!(html.contains("“ZZ” is not a country or territory of the LAC region."));
    assert!(html.contains("Enter a real date, like 2023-03-11."));
    assert_eq!(app.count("SELECT count(*) FROM als").await, 2);

    // Visitors see the public list.
    let visitor = TestApp::sharing(&app);
    let list = visitor.get("/als").await.text();
    assert!(list.contains("Internet Society Argentina"));
    assert!(list.contains("Active LACRALO ALSs"));
    assert!(!list.contains("New ALS"));
}

#[tokio::test]
async fn status_changes_need_a_reason_and_are_kept_in_the_history() {
    let app = leader().await;
    let id = create_als(&app, "Asociación Civil Usuarios", "PY", "2012-01-01").await;
    let v = als_version(&app, id).await;
    let refused = app
        .post_form(
            &format!("/als/{id}/status"),
            &[("status", "decertified"), ("reason", " "), ("version", &v)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("Say why the status changes"));
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM als WHERE id = {id} AND status = 'active'"
        ))
        .await,
        1
    );

    let done = app
        .post_form(
            &format!("/als/{id}/status"),
            &[
                ("status", "decertified"),
                (
                    "reason",
                    "No activity since 2019; no reply to three messages",
                ),
                ("version", &v),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    // A decision taken on the page as it was before is refused, and nothing changes.
    let stale = app
        .post_form(
            &format!("/als/{id}/status"),
            &[("status", "active"), ("reason", "Back"), ("version", &v)],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(
        stale
            .text()
            .contains("Someone changed this ALS while you were looking at it.")
    );
    let page = app.get(&format!("/als/{id}")).await.text();
    assert!(page.contains("No activity since 2019; no reply to three messages"));
    assert!(page.contains("Decertified"));
    assert!(page.contains("leadership@example.org"), "who decided");
    // Out of the active list, still in the registry.
    assert!(
        !app.get("/als")
            .await
            .text()
            .contains("Asociación Civil Usuarios")
    );
    assert!(
        app.get("/als?status=all")
            .await
            .text()
            .contains("Asociación Civil Usuarios")
    );
    assert!(
        app.get("/als?status=decertified")
            .await
            .text()
            .contains("Asociación Civil Usuarios")
    );
    assert_eq!(
        app.count(
            "SELECT count(*) FROM audit_log WHERE action = 'change_status' AND entity = 'als'"
        )
        .await,
        1
    );
}

/// Leaders changing one ALS's status at the same moment, from the same page (the same
/// version): one change is saved, the others are shown the conflict; none overwrites it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simultaneous_status_changes_save_one_and_show_the_others_the_conflict() {
    let app = leader().await;
    let id = create_als(
        &app,
        "Internet Society Capítulo Bolivia",
        "BO",
        "2012-05-01",
    )
    .await;
    let v = als_version(&app, id).await;
    let leaders: Vec<TestApp> = (0..6).map(|_| TestApp::sharing(&app)).collect();
    for (i, other) in leaders.iter().enumerate() {
        // Each a leader of their own (a second factor's code is accepted once).
        let email = format!("leader{i}@example.org");
        app.create_user(&email, Role::Leadership, TestApp::PASSWORD)
            .await;
        other.use_address(&format!("192.0.2.{}", i + 10));
        let done = other.login(&email, TestApp::PASSWORD).await;
        assert_eq!(
            done.status,
            StatusCode::SEE_OTHER,
            "leader {i}: {}",
            done.text()
        );
        other.csrf().await;
    }
    let targets = ["less_active", "standby", "decertified"];
    let changes = leaders.iter().enumerate().map(|(i, other)| {
        let path = format!("/als/{id}/status");
        let (v, to) = (v.clone(), targets[i % targets.len()]);
        async move {
            other
                .post_form(
                    &path,
                    &[
                        ("status", to),
                        ("reason", "Seen at the meeting"),
                        ("version", &v),
                    ],
                )
                .await
                .status
        }
    });
    let statuses = futures_util::future::join_all(changes).await;
    let saved = statuses
        .iter()
        .filter(|s| **s == StatusCode::SEE_OTHER)
        .count();
    let conflicts = statuses
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    assert_eq!((saved, conflicts), (1, 5), "{statuses:?}");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM als_status_changes WHERE als_id = {id}"
        ))
        .await,
        1
    );
    assert_eq!(
        app.count(&format!("SELECT version FROM als WHERE id = {id}"))
            .await,
        v.parse::<i64>().unwrap() + 1
    );
}

#[tokio::test]
async fn an_als_with_members_is_not_deleted() {
    let app = leader().await;
    let with_members = create_als(&app, "ALS with people", "CL", "").await;
    let empty = create_als(&app, "Empty ALS", "CL", "").await;
    sqlx::query("INSERT INTO members (name, country, als_id, created_at, updated_at) VALUES ('Ana', 'CL', ?, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')")
        .bind(with_members)
        .execute(app.pool())
        .await
        .unwrap();
    let refused = app
        .post_form(&format!("/als/{with_members}/delete"), &[])
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(&refused.location())
            .await
            .text()
            .contains("has a member, so it cannot be deleted")
    );
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM als WHERE id = {with_members}"
        ))
        .await,
        1
    );
    let deleted = app.post_form(&format!("/als/{empty}/delete"), &[]).await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count(&format!("SELECT count(*) FROM als WHERE id = {empty}"))
            .await,
        0
    );
}

#[tokio::test]
async fn the_review_queue_lists_silent_alss_and_moves_them_on_together() {
    let app = leader().await;
    let today = chrono::Utc::now().date_naive();
    let days_ago = |n: i64| (today - chrono::Duration::days(n)).to_string();
    let recent = create_als(&app, "Recently active", "BR", "2015-01-01").await;
    engage(&app, recent, &days_ago(45)).await;
    let old = create_als(&app, "Quiet for a year", "BR", "2015-01-01").await;
    engage(&app, old, &days_ago(400)).await;
    let never = create_als(&app, "Never heard of", "BO", "2016-01-01").await;
    let newcomer = create_als(&app, "Just accredited", "BO", &days_ago(10)).await;

    let page = app.get("/als/review").await.text();
    assert!(page.contains("Quiet for a year") && page.contains("Never heard of"));
    assert!(
        page.contains("Meeting: Monthly call"),
        "the evidence of the last engagement"
    );
    assert!(!page.contains("Recently active") && !page.contains("Just accredited"));
    // Longest silence first: never engaged since 2016 before a year's silence.
    assert!(page.find("Never heard of").unwrap() < page.find("Quiet for a year").unwrap());
    // A shorter window catches more.
    let strict = app.get("/als/review?months=1").await.text();
    assert!(strict.contains("Recently active"));
    assert_eq!(
        app.get("/als/review?months=abc").await.status,
        StatusCode::BAD_REQUEST
    );

    // Several at once, with a reason; without one nothing changes.
    let (a, b) = (old.to_string(), never.to_string());
    let refused = app
        .post_form(
            "/als/review",
            &[
                ("ids", &a),
                ("ids", &b),
                ("status", "standby"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let kept = refused.text();
    assert!(
        kept.contains(&format!("id=\"rv-{old}\" checked"))
            && kept.contains(&format!("id=\"rv-{never}\" checked")),
        "the ALSs ticked stay ticked on the refused form"
    );
    assert_eq!(
        app.count("SELECT count(*) FROM als WHERE status = 'standby'")
            .await,
        0
    );
    let done = app
        .post_form(
            "/als/review",
            &[
                ("ids", &a),
                ("ids", &b),
                ("status", "standby"),
                ("reason", "Annual review 2023"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(&done.location())
            .await
            .text()
            .contains("2 ALSs changed status.")
    );
    assert_eq!(
        app.count("SELECT count(*) FROM als_status_changes WHERE reason = 'Annual review 2023'")
            .await,
        2
    );
    // Standby ALSs leave the queue.
    assert!(
        !app.get("/als/review")
            .await
            .text()
            .contains("Quiet for a year")
    );
    let _ = newcomer;
}

#[tokio::test]
async fn engagements_are_recorded_by_gse_staff_and_not_in_the_future() {
    let app = leader().await;
    let id = create_als(&app, "ALS Perú", "PE", "").await;
    let staff = TestApp::sharing(&app);
    staff.login_as(Role::GseStaff).await;
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    let refused = staff
        .post_form(
            &format!("/als/{id}/engagements"),
            &[
                ("kind", "meeting"),
                ("happened_on", &tomorrow),
                ("description", "Planned call"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("the date is in the future"));
    assert!(
        refused.text().contains("Planned call"),
        "keeps what was typed"
    );
    engage(&staff, id, "2023-04-24").await;
    let page = staff.get(&format!("/als/{id}")).await.text();
    assert!(page.contains("April 24, 2023") && page.contains("Monthly call"));
    // Tied to an event of the calendar, by a member of the ALS.
    let member = app
        .post_form(
            "/members",
            &[
                ("name", "Rosa Quispe"),
                ("country", "PE"),
                ("membership", "als"),
                ("als_id", &id.to_string()),
                ("active", "on"),
            ],
        )
        .await
        .location()
        .trim_start_matches("/members/")
        .to_owned();
    let event = staff
        .event_id_by_title("LACRALO 2nd Capacity Development Webinar")
        .await
        .to_string();
    let tied = staff
        .post_form(
            &format!("/als/{id}/engagements"),
            &[
                ("kind", "webinar_attended"),
                ("happened_on", "2023-04-24"),
                ("member_id", &member),
                ("event_id", &event),
            ],
        )
        .await;
    assert_eq!(tied.status, StatusCode::SEE_OTHER, "{}", tied.text());
    let page = staff.get(&format!("/als/{id}")).await.text();
    assert!(
        page.contains("Rosa Quispe") && page.contains("LACRALO 2nd Capacity Development Webinar")
    );
    // Visitors see what was done, not who.
    assert!(
        !TestApp::sharing(&app)
            .get(&format!("/als/{id}"))
            .await
            .text()
            .contains("Rosa Quispe")
    );
    // A member of another ALS, or an event that does not exist, is refused.
    let refused = staff
        .post_form(
            &format!("/als/{id}/engagements"),
            &[
                ("kind", "meeting"),
                ("happened_on", "2023-04-25"),
                ("event_id", "999999"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    // GSE staff cannot change an ALS's status.
    let status = staff
        .post_form(
            &format!("/als/{id}/status"),
            &[("status", "standby"), ("reason", "x")],
        )
        .await;
    assert_eq!(status.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_active_list_downloads_dated() {
    let app = leader().await;
    create_als(&app, "Active one", "MX", "2011-11-11").await;
    let gone = create_als(&app, "Gone one", "MX", "").await;
    let v = als_version(&app, gone).await;
    app.post_form(
        &format!("/als/{gone}/status"),
        &[
            ("status", "decertified"),
            ("reason", "Dissolved"),
            ("version", &v),
        ],
    )
    .await;
    let visitor = TestApp::sharing(&app);
    let csv = visitor.get("/als.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    let today = chrono::Utc::now().date_naive().to_string();
    assert!(
        csv.header("content-disposition")
            .contains(&format!("lacralo-active-als-{today}.csv"))
    );
    let text = csv.text();
    assert!(text.contains("Active one,,MX,Mexico,A,https://example.org,2011-11-11,active,0,"));
    assert!(!text.contains("Gone one"));
}

#[tokio::test]
async fn coverage_lists_places_without_an_active_als_as_targets() {
    let app = leader().await;
    // An empty registry: every place is a target.
    let page = app.get("/coverage").await.text();
    assert!(page.contains("37 places without an active ALS"));
    assert_eq!(
        page.matches("<a href=\"#c-").count(),
        37 + 37,
        "the map's tiles and the target list"
    );

    // ALSs everywhere but the twelve places the plan names: exactly those twelve remain.
    let named: Vec<(String,)> =
        sqlx::query_as("SELECT iso2 FROM countries WHERE no_als_in_2023_plan = 0")
            .fetch_all(app.pool())
            .await
            .unwrap();
    for (iso2,) in &named {
        create_als(&app, &format!("ALS of {iso2}"), iso2, "").await;
    }
    let page = app.get("/coverage").await.text();
    assert!(
        page.contains("12 places without an active ALS"),
        "twelve targets"
    );
    let targets_section = page
        .split("id=\"targets-h\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    let mut listed: Vec<String> = targets_section
        .match_indices("href=\"#c-")
        .map(|(i, _)| targets_section[i + 9..i + 11].to_owned())
        .collect();
    listed.sort();
    let mut expected: Vec<String> =
        sqlx::query_scalar("SELECT iso2 FROM countries WHERE no_als_in_2023_plan = 1")
            .fetch_all(app.pool())
            .await
            .unwrap();
    expected.sort();
    assert_eq!(listed, expected);
    assert_eq!(expected.len(), 12);
    // The map has no inline styles (the CSP forbids them) and names every place. Its tiles
    // are links, so it is a named group: inside `role="img"` they would be hidden from
    // assistive technology.
    assert!(!page.contains("style="));
    assert!(page.contains(r#"role="group" aria-labelledby="map-title""#));
    assert!(page.contains(r#"aria-label="TT · Trinidad and Tobago: "#));
    // In Spanish too.
    assert!(
        app.get("/coverage?lang=es")
            .await
            .text()
            .contains("12 lugares sin ALS activa")
    );
}

#[tokio::test]
async fn the_demo_data_fills_every_page_once_and_is_clearly_marked() {
    let app = leader().await;
    assert!(
        lacralo_outreach::registry::demo::load(app.pool(), app.state.site())
            .await
            .unwrap()
    );
    assert!(
        !lacralo_outreach::registry::demo::load(app.pool(), app.state.site())
            .await
            .unwrap(),
        "once"
    );
    let count = app.count("SELECT count(*) FROM als").await;
    assert_eq!(count, 12);
    assert_eq!(
        app.count("SELECT count(*) FROM als WHERE name NOT LIKE 'Demo %'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT count(*) FROM members WHERE email NOT LIKE 'demo.%@example.org'")
            .await,
        0
    );
    let review = app.get("/als/review").await.text();
    assert!(
        review.contains("Demo Colectivo Digital Andino"),
        "silent for 400 days"
    );
    assert!(
        !review.contains("Demo Haiti Numérique"),
        "engaged 15 days ago"
    );
    let coverage = app.get("/coverage").await.text();
    assert!(coverage.contains("28 places without an active ALS"));
    // The demo's outreach in Guatemala and what followed it, all marked as the demo's.
    assert_eq!(
        app.count("SELECT count(*) FROM als_applications WHERE name NOT LIKE 'Demo %'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT count(*) FROM polls WHERE title NOT LIKE 'Demo:%'")
            .await,
        0
    );
    assert!(
        coverage.contains("<a href=\"/results#r-GT\">2</a>"),
        "an application and a new individual member after the demo's event: {coverage}"
    );
    assert!(
        app.get("/members")
            .await
            .text()
            .contains("Demo Individual Member")
    );
}

#[tokio::test]
async fn alss_and_members_import_all_or_nothing_and_export_back() {
    let app = leader().await;
    let csv = "name,acronym,country,status,accredited_on\nISOC Guatemala,ISOC-GT,GT,active,2019-03-01\nRed Ciudadana,RC,Guatemala,less_active,\n";
    let upload = app
        .post_upload("/als/import", &[], "als.csv", csv.as_bytes())
        .await;
    assert_eq!(upload.status, StatusCode::SEE_OTHER, "{}", upload.text());
    let preview = app.get(&upload.location()).await.text();
    assert!(preview.contains("Import all 2 rows"));
    let done = app.post_form(&upload.location(), &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(
        app.get(&done.location())
            .await
            .text()
            .contains("2 rows imported.")
    );
    assert_eq!(
        app.count("SELECT count(*) FROM als WHERE country = 'GT'")
            .await,
        2
    );

    // Members: one bad row stops the whole file, each problem named.
    let members = "name,email,country,als\nAna,ana@example.org,GT,ISOC-GT\nBeto,ana@example.org,GT,\nCarla,c@example.org,Narnia,Nowhere ALS\n";
    let upload = app
        .post_upload("/members/import", &[], "m.csv", members.as_bytes())
        .await;
    let preview = app.get(&upload.location()).await.text();
    assert!(preview.contains("another member already has the address ana@example.org"));
    assert!(preview.contains("no ALS is called “Nowhere ALS”"));
    assert!(preview.contains("“Narnia” is not a country or territory"));
    app.post_form(&upload.location(), &[]).await;
    assert_eq!(
        app.count("SELECT count(*) FROM members").await,
        0,
        "nothing half-imported"
    );

    let members = "name,email,country,als,active\nAna,ana@example.org,GT,ISOC-GT,yes\nBeto,用户@例子.广告,GT,,no\n";
    let upload = app
        .post_upload("/members/import", &[], "m.csv", members.as_bytes())
        .await;
    app.post_form(&upload.location(), &[]).await;
    assert_eq!(app.count("SELECT count(*) FROM members").await, 2);
    assert_eq!(
        app.count("SELECT count(*) FROM members WHERE als_id IS NULL AND active = 0")
            .await,
        1
    );

    // Wrong columns are refused at once.
    let wrong = app
        .post_upload("/als/import", &[], "x.csv", b"nombre,pais\nA,GT\n")
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().contains("Unknown columns: nombre, pais."));

    // Exports carry the import's columns; the members' one only for leadership.
    let export = app.get("/members.csv").await.text();
    assert!(export.starts_with("name,email,country,als,active,joined_on,notes"));
    assert!(export.contains("用户@例子.广告"));
    assert!(
        app.get("/als/export.csv")
            .await
            .text()
            .contains("ISOC Guatemala,ISOC-GT,GT")
    );
    let visitor = TestApp::sharing(&app);
    assert!(
        visitor
            .get("/members.csv")
            .await
            .location()
            .starts_with("/login?")
    );
}

#[tokio::test]
async fn an_als_page_lists_its_members_with_their_addresses_for_leadership_only() {
    let app = TestApp::new().await;
    app.login_as(lacralo_outreach::web::auth::Role::Leadership)
        .await;
    let member = app
        .registry_member(
            "PE",
            "Rosa Quispe",
            Some("rosa@example.pe"),
            Some("es"),
            Some("active"),
        )
        .await;
    app.state.pages.changed();
    let als: i64 = sqlx::query_scalar("SELECT als_id FROM members WHERE id = ?")
        .bind(member)
        .fetch_one(app.pool())
        .await
        .unwrap();
    let page = app.get(&format!("/als/{als}")).await.text();
    let members = page
        .split("id=\"members-h\"")
        .nth(1)
        .expect("a members section for leadership");
    assert!(members.contains(&format!("href=\"/members/{member}\"")));
    assert!(members.contains("Rosa Quispe"));
    assert!(members.contains("mailto:rosa@example.pe"));
    // The public reads the count, never the names or addresses.
    let public = TestApp::sharing(&app);
    public.forget_cookies();
    let seen = public.get(&format!("/als/{als}")).await.text();
    assert!(!seen.contains("id=\"members-h\""));
    // (The ALS is named after her by the test: her own entry is what must not show.)
    assert!(!seen.contains(&format!("href=\"/members/{member}\"")));
    assert!(!seen.contains("rosa@example.pe"));
    assert!(seen.contains("Active members"));
}
