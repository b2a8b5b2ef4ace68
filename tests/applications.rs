//! ALS applications through HTTP: each stage of At-Large's accreditation recorded by the
//! people whose step it is, an accredited application becoming an ALS, the refusals (order,
//! dates, a stale page, a duplicate name), and the source links of applications and
//! members to the outreach action they came from.

mod common;

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use common::TestApp;
use lacralo_outreach::web::auth::Role;

fn day(days: i64) -> String {
    (Utc::now() + Duration::days(days)).date_naive().to_string()
}

async fn stage(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT stage FROM als_applications WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap()
}

async fn version(app: &TestApp, id: i64) -> String {
    let v: i64 = sqlx::query_scalar("SELECT version FROM als_applications WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    v.to_string()
}

/// Receives an application as `app`'s user; returns its id.
async fn receive(app: &TestApp, name: &str, country: &str, received: &str, source: &str) -> i64 {
    let r = app
        .post_form(
            "/als/applications",
            &[
                ("name", name),
                ("country", country),
                ("website", "https://example.org"),
                ("received_on", received),
                ("source", source),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    r.location()
        .trim_start_matches("/als/applications/")
        .parse()
        .unwrap()
}

async fn step(app: &TestApp, id: i64, fields: &[(&str, &str)]) -> common::TestResponse {
    let v = version(app, id).await;
    let mut all: Vec<(&str, &str)> = vec![("version", &v)];
    all.extend_from_slice(fields);
    app.post_form(&format!("/als/applications/{id}/step"), &all)
        .await
}

#[tokio::test]
async fn an_application_goes_from_received_to_an_accredited_als_each_step_by_its_own_people() {
    let staff = TestApp::new().await;
    staff.login_as(Role::GseStaff).await;
    let lead = TestApp::sharing(&staff);
    lead.login_as(Role::Leadership).await;
    let member = TestApp::sharing(&staff);
    member.login_as(Role::Member).await;

    let forum = staff
        .create_event(&[
            ("title", "Guyana Internet Governance Forum"),
            ("relevance", "lacralo_involved"),
            ("country", "GY"),
            ("start_date", &day(-40)),
        ])
        .await;
    let form = staff.get("/als/applications/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.text().contains(&format!("value=\"event:{forum}\"")),
        "the recent event is offered as the source"
    );
    let id = receive(
        &staff,
        "Guyana Internet Users",
        "GY",
        &day(-30),
        &format!("event:{forum}"),
    )
    .await;
    assert_eq!(stage(&staff, id).await, "received");

    // A typo corrected before the vote: versioned, the day received follows.
    let form = staff.get(&format!("/als/applications/{id}/edit")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text().contains("value=\"Guyana Internet Users\""));
    let fields = |name: &'static str, version: &'static str| {
        vec![
            ("name", name),
            ("country", "GY"),
            ("website", "https://example.org"),
            ("received_on", "__RECEIVED__"),
            ("source", "__SOURCE__"),
            ("version", version),
        ]
    };
    let received = day(-31);
    let source = format!("event:{forum}");
    let fill = |f: Vec<(&'static str, &'static str)>| -> Vec<(String, String)> {
        f.into_iter()
            .map(|(k, v)| {
                let v = match v {
                    "__RECEIVED__" => received.clone(),
                    "__SOURCE__" => source.clone(),
                    v => v.to_owned(),
                };
                (k.to_owned(), v)
            })
            .collect()
    };
    let post = |f: Vec<(String, String)>| {
        let staff = &staff;
        async move {
            let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            staff
                .post_form(&format!("/als/applications/{id}"), &f)
                .await
        }
    };
    let r = post(fill(fields("Guyana Internet Users Society", "1"))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let r = post(fill(fields("Guyana Internet Users Org", "1"))).await;
    assert_eq!(
        r.status,
        StatusCode::CONFLICT,
        "a page read before that save"
    );
    assert!(
        r.text().contains("value=\"Guyana Internet Users Org\""),
        "kept"
    );
    let (name, received_step): (String, String) = sqlx::query_as(
        "SELECT p.name, s.happened_on FROM als_applications p
           JOIN als_application_steps s ON s.application_id = p.id AND s.stage = 'received'
          WHERE p.id = ?",
    )
    .bind(id)
    .fetch_one(staff.pool())
    .await
    .unwrap();
    assert_eq!(
        (name.as_str(), received_step),
        ("Guyana Internet Users Society", day(-31))
    );
    sqlx::query("UPDATE als_applications SET name = 'Guyana Internet Users' WHERE id = ?")
        .bind(id)
        .execute(staff.pool())
        .await
        .unwrap();

    // Members see nothing of the pipeline; each step is its own people's.
    assert_eq!(
        member.get("/als/applications").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        member.get(&format!("/als/applications/{id}")).await.status,
        StatusCode::FORBIDDEN
    );
    let page = lead.get(&format!("/als/applications/{id}")).await.text();
    assert!(
        page.contains("ICANN staff record the due diligence."),
        "{page}"
    );
    assert!(
        !page.contains("/step\""),
        "no form for a step that is not theirs"
    );
    let r = step(&lead, id, &[("step", "due_diligence"), ("day", &day(-25))]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(stage(&staff, id).await, "received");

    let r = step(
        &staff,
        id,
        &[
            ("step", "due_diligence"),
            ("day", &day(-25)),
            ("note", "Registered NGO; 40 individual members."),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(stage(&staff, id).await, "due_diligence");

    let r = step(
        &staff,
        id,
        &[
            ("step", "ralo_advice"),
            ("advice", "support"),
            ("day", &day(-20)),
            ("note", "x"),
        ],
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "the RALO's advice is leadership's"
    );

    // The advice needs its reason: refused with every problem at once, the choice kept.
    let r = step(
        &lead,
        id,
        &[("step", "ralo_advice"), ("advice", "support"), ("day", "")],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = r.text();
    assert!(text.contains("Give the reason for the advice."), "{text}");
    assert!(text.contains("Enter the day."), "{text}");
    assert!(
        text.contains("value=\"support\" checked"),
        "the advice chosen is kept"
    );
    assert_eq!(stage(&staff, id).await, "due_diligence");

    let r = step(
        &lead,
        id,
        &[
            ("step", "ralo_advice"),
            ("advice", "support"),
            ("day", &day(-20)),
            (
                "note",
                "Active in the Guyana IGF since 2024; no ALS in Guyana yet.",
            ),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());

    // A page read before the advice was recorded is stale: nothing written, the page says so.
    let r = staff
        .post_form(
            &format!("/als/applications/{id}/step"),
            &[
                ("version", "2"),
                ("step", "alac_vote"),
                ("result", "accredited"),
                ("day", &day(-10)),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.text().contains("Someone recorded a step"), "{}", r.text());
    assert_eq!(staff.count("SELECT count(*) FROM als").await, 0);

    let r = step(
        &staff,
        id,
        &[
            ("step", "alac_vote"),
            ("result", "accredited"),
            ("day", &day(-10)),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(stage(&staff, id).await, "accredited");
    let (als, accredited): (i64, String) = sqlx::query_as(
        "SELECT a.id, a.accredited_on FROM als a
           JOIN als_applications p ON p.als_id = a.id WHERE p.id = ?",
    )
    .bind(id)
    .fetch_one(staff.pool())
    .await
    .unwrap();
    assert_eq!(accredited, day(-10), "accredited on the vote's day");
    assert_eq!(
        staff
            .count("SELECT count(*) FROM audit_log WHERE entity = 'als' AND action = 'create'")
            .await,
        1
    );

    staff.state.pages.changed();
    let page = staff.get(&format!("/als/applications/{id}")).await.text();
    assert!(page.contains(&format!("href=\"/als/{als}\"")), "{page}");
    assert!(
        page.contains(&format!("href=\"/events/{forum}\"")),
        "the source is linked"
    );
    for who in ["gse_staff@example.org", "leadership@example.org"] {
        assert!(page.contains(who), "who recorded each step: {who}");
    }
    assert_eq!(
        staff
            .count(&format!(
                "SELECT count(*) FROM als_application_steps WHERE application_id = {id}"
            ))
            .await,
        4,
        "received, due diligence, advice, vote"
    );
    assert!(!page.contains("/step\""), "nothing left to record");
    assert_eq!(
        staff
            .get(&format!("/als/applications/{id}/edit"))
            .await
            .status,
        StatusCode::CONFLICT,
        "after the vote, the ALS is what is corrected"
    );
    let page = staff.get(&format!("/als/{als}")).await.text();
    assert!(page.contains("Guyana Internet Users"), "{page}");
    assert!(
        page.contains(&format!("href=\"/als/applications/{id}\"")),
        "{page}"
    );
    assert!(
        page.contains(&format!("href=\"/events/{forum}\"")),
        "its source, for staff"
    );
    let public = TestApp::sharing(&staff);
    let page = public.get(&format!("/als/{als}")).await.text();
    assert!(page.contains("Guyana Internet Users"));
    assert!(
        !page.contains("/als/applications/"),
        "applications are not public"
    );

    // The list filters by stage and place.
    let list = lead
        .get("/als/applications?stage=accredited&subregion=C")
        .await;
    assert_eq!(list.status, StatusCode::OK);
    let guyana_sub: String =
        sqlx::query_scalar("SELECT lacralo_subregion FROM countries WHERE iso2 = 'GY'")
            .fetch_one(lead.pool())
            .await
            .unwrap();
    let list = lead
        .get(&format!(
            "/als/applications?stage=accredited&subregion={guyana_sub}"
        ))
        .await
        .text();
    assert!(list.contains("Guyana Internet Users"), "{list}");
    let list = lead.get("/als/applications?stage=received").await.text();
    assert!(!list.contains("Guyana Internet Users"));
    assert_eq!(
        lead.get("/als/applications?stage=elected").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn steps_out_of_order_out_of_time_or_over_an_existing_als_are_refused_and_a_refusal_creates_no_als()
 {
    let staff = TestApp::new().await;
    staff.login_as(Role::GseStaff).await;
    let lead = TestApp::sharing(&staff);
    lead.login_as(Role::Leadership).await;

    let id = receive(&staff, "Red de Usuarios de Bolivia", "BO", &day(-30), "").await;
    let r = step(
        &staff,
        id,
        &[
            ("step", "alac_vote"),
            ("result", "accredited"),
            ("day", &day(-5)),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("not the one the application waits for"));
    let r = step(&staff, id, &[("step", "due_diligence"), ("day", &day(-31))]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("is before the application"));
    let r = step(&staff, id, &[("step", "due_diligence"), ("day", &day(1))]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("has not come yet"));
    assert_eq!(stage(&staff, id).await, "received");
    assert_eq!(
        staff
            .count(&format!(
                "SELECT count(*) FROM als_application_steps WHERE application_id = {id}"
            ))
            .await,
        1
    );

    // A date in the future cannot be the day it was received either.
    let r = staff
        .post_form(
            "/als/applications",
            &[
                ("name", "Futura"),
                ("country", "XX"),
                ("received_on", &day(2)),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text().contains("value=\"Futura\""),
        "what was typed is kept"
    );
    // Every problem at once: the day and the country.
    assert!(r.text().contains("has not come yet"), "{}", r.text());
    assert!(r.text().contains("is not a country or territory"));

    // Through to a vote that refuses: no ALS.
    step(&staff, id, &[("step", "due_diligence"), ("day", &day(-20))]).await;
    step(
        &lead,
        id,
        &[
            ("step", "ralo_advice"),
            ("advice", "oppose"),
            ("day", &day(-15)),
            ("note", "Not independent of a registrar."),
        ],
    )
    .await;
    let r = step(
        &lead,
        id,
        &[
            ("step", "alac_vote"),
            ("result", "refused"),
            ("day", &day(-5)),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(stage(&staff, id).await, "refused");
    assert_eq!(staff.count("SELECT count(*) FROM als").await, 0);

    // An ALS of that name already in the country: the application is not received.
    lead.post_form("/als", &[("name", "ISOC Paraguay"), ("country", "PY")])
        .await;
    let r = staff
        .post_form(
            "/als/applications",
            &[
                ("name", "ISOC Paraguay"),
                ("country", "PY"),
                ("received_on", &day(-3)),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("already in the registry"), "{}", r.text());
    assert!(
        r.text().contains("href=\"#f-name\""),
        "the error names the field"
    );
    // One accredited by other means while the application went on: the vote is refused
    // whole, nothing kept.
    let dup = receive(&staff, "Red Paraguaya", "PY", &day(-30), "").await;
    step(
        &staff,
        dup,
        &[("step", "due_diligence"), ("day", &day(-20))],
    )
    .await;
    step(
        &lead,
        dup,
        &[
            ("step", "ralo_advice"),
            ("advice", "support"),
            ("day", &day(-15)),
            ("note", "Strong chapter."),
        ],
    )
    .await;
    lead.post_form("/als", &[("name", "Red Paraguaya"), ("country", "PY")])
        .await;
    let r = step(
        &staff,
        dup,
        &[
            ("step", "alac_vote"),
            ("result", "accredited"),
            ("day", &day(-5)),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(stage(&staff, dup).await, "ralo_advice");
    assert_eq!(staff.count("SELECT count(*) FROM als").await, 2);

    // A decertified ALS that applies again comes back: the same ALS, Active, accredited on
    // the new vote's day, the change in its history.
    let old: i64 = sqlx::query_scalar(
        "INSERT INTO als (name, name_key, country, status, accredited_on, created_at, updated_at)
         VALUES ('Usuarios del Chaco', 'usuarios del chaco', 'PY', 'decertified', '2015-01-01',
            '2015-01-01', '2015-01-01') RETURNING id",
    )
    .fetch_one(staff.pool())
    .await
    .unwrap();
    let again = receive(&staff, "Usuarios del Chaco", "PY", &day(-30), "").await;
    step(
        &staff,
        again,
        &[("step", "due_diligence"), ("day", &day(-20))],
    )
    .await;
    step(
        &lead,
        again,
        &[
            ("step", "ralo_advice"),
            ("advice", "support"),
            ("day", &day(-15)),
            ("note", "Active again."),
        ],
    )
    .await;
    let r = step(
        &lead,
        again,
        &[
            ("step", "alac_vote"),
            ("result", "accredited"),
            ("day", &day(-5)),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let (status, accredited, linked): (String, String, i64) = sqlx::query_as(
        "SELECT a.status, a.accredited_on, p.als_id FROM als a, als_applications p
          WHERE a.id = ? AND p.id = ?",
    )
    .bind(old)
    .bind(again)
    .fetch_one(staff.pool())
    .await
    .unwrap();
    assert_eq!(
        (status.as_str(), accredited, linked),
        ("active", day(-5), old)
    );
    assert_eq!(
        staff.count("SELECT count(*) FROM als").await,
        3,
        "no second ALS"
    );
    assert_eq!(
        staff
            .count(&format!(
                "SELECT count(*) FROM als_status_changes WHERE als_id = {old} AND to_status = 'active'"
            ))
            .await,
        1
    );
}

#[tokio::test]
async fn applications_and_members_link_to_the_outreach_action_they_came_from() {
    let lead = TestApp::new().await;
    lead.login_as(Role::Leadership).await;
    let webinar = lead
        .create_event(&[
            ("title", "DNSSEC para ccTLDs"),
            ("kind", "webinar"),
            ("relevance", "lacralo_involved"),
            ("online", "on"),
            ("start_date", &day(-60)),
        ])
        .await;
    let trip_event = lead
        .create_event(&[
            ("title", "LACIGF 2026"),
            ("relevance", "crop_candidate"),
            ("country", "CO"),
            ("start_date", &day(-90)),
        ])
        .await;
    let traveller = lead
        .registry_member(
            "CO",
            "Camila",
            Some("camila@example.org"),
            None,
            Some("active"),
        )
        .await;
    let opportunity: i64 = sqlx::query_scalar(
        "INSERT INTO crop_opportunities (event_id, fiscal_year, slots, subregion, phase,
            priority_ends_on, deadline_on, time_zone, deadline_at, created_at, updated_at)
         VALUES (?, 2026, 2, 'B', 'closed', '2026-01-01', '2026-01-02', 'America/Bogota',
            '2026-01-03T05:00:00Z', '2026-01-01', '2026-01-01') RETURNING id",
    )
    .bind(trip_event)
    .fetch_one(lead.pool())
    .await
    .unwrap();
    let trip: i64 = sqlx::query_scalar(
        "INSERT INTO crop_applications (opportunity_id, member_id, in_subregion, motivation,
            outreach_plan, languages, status, created_at, updated_at)
         VALUES (?, ?, 1, 'm', 'p', 'es', 'approved', '2026-01-01', '2026-01-01') RETURNING id",
    )
    .bind(opportunity)
    .bind(traveller)
    .fetch_one(lead.pool())
    .await
    .unwrap();
    let als: i64 = sqlx::query_scalar("SELECT als_id FROM members WHERE id = ?")
        .bind(traveller)
        .fetch_one(lead.pool())
        .await
        .unwrap();
    let initiative: i64 = sqlx::query_scalar(
        "INSERT INTO fund_requests (fiscal_year, title, als_id, country, held_on, objectives,
            expected_reach, status, total_cents, created_at, updated_at)
         VALUES (2026, 'Taller de gobernanza en Cali', ?, 'CO', ?, 'o', 40, 'approved', 50000,
            '2026-01-01', '2026-01-01') RETURNING id",
    )
    .bind(als)
    .bind(day(-45))
    .fetch_one(lead.pool())
    .await
    .unwrap();
    lead.state.pages.changed();

    let form = lead.get("/als/applications/new").await.text();
    for value in [
        format!("event:{webinar}"),
        format!("crop:{trip}"),
        format!("fund:{initiative}"),
    ] {
        assert!(
            form.contains(&format!("value=\"{value}\"")),
            "{value} offered"
        );
    }
    assert!(
        form.contains("Camila — LACIGF 2026"),
        "a trip is named by traveller and event"
    );

    let id = receive(
        &lead,
        "Colectivo Digital Cali",
        "CO",
        &day(-10),
        &format!("crop:{trip}"),
    )
    .await;
    let page = lead.get(&format!("/als/applications/{id}")).await.text();
    assert!(
        page.contains(&format!("href=\"/crop/applications/{trip}\"")),
        "{page}"
    );
    assert!(page.contains("CROP trip"));

    // A member joining records their source the same way, shown on their page.
    let r = lead
        .post_form(
            "/members",
            &[
                ("name", "Mateo"),
                ("country", "CO"),
                ("membership", "individual"),
                ("active", "on"),
                ("joined_on", &day(-3)),
                ("source", &format!("fund:{initiative}")),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let page = lead.get(&r.location()).await.text();
    assert!(
        page.contains(&format!("href=\"/funds/{initiative}\"")),
        "{page}"
    );
    assert!(page.contains("Funded initiative"));
    let (event, fund): (Option<i64>, Option<i64>) =
        sqlx::query_as("SELECT source_event_id, source_fund_id FROM members WHERE name = 'Mateo'")
            .fetch_one(lead.pool())
            .await
            .unwrap();
    assert_eq!((event, fund), (None, Some(initiative)));
    let r = lead
        .post_form(
            "/members",
            &[
                ("name", "Lucía"),
                ("country", "CO"),
                ("membership", "individual"),
                ("source", &format!("event:{webinar}")),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let page = lead.get(&r.location()).await.text();
    assert!(
        page.contains("Webinar: <a"),
        "a webinar is named as one: {page}"
    );

    // What happened after the application was received cannot be its source; a cancelled
    // event is not offered.
    let r = lead
        .post_form(
            "/als/applications",
            &[
                ("name", "Tardía"),
                ("country", "CO"),
                ("received_on", &day(-100)),
                ("source", &format!("event:{webinar}")),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text().contains("This happened after that day"),
        "{}",
        r.text()
    );
    let cancelled = lead
        .create_event(&[
            ("title", "Taller suspendido"),
            ("relevance", "lacralo_involved"),
            ("country", "CO"),
            ("status", "cancelled"),
            ("start_date", &day(-20)),
        ])
        .await;
    lead.state.pages.changed();
    let form = lead.get("/als/applications/new").await.text();
    assert!(
        !form.contains(&format!("value=\"event:{cancelled}\"")),
        "cancelled: not offered"
    );

    // A source that is not stored, or not a source at all: refused, what was typed kept.
    let r = lead
        .post_form(
            "/als/applications",
            &[
                ("name", "Fantasma"),
                ("country", "CO"),
                ("received_on", &day(-1)),
                ("source", "event:999999"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("no longer stored"), "{}", r.text());
    assert!(r.text().contains("value=\"Fantasma\""));
    let r = lead
        .post_form(
            "/members",
            &[
                ("name", "Otro"),
                ("country", "CO"),
                ("membership", "individual"),
                ("source", "als:3"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("Choose one of the options."));
    assert_eq!(lead.count("SELECT count(*) FROM als_applications").await, 1);
}

/// The cells of the row `id="{id}"` on the results page (`r-GT`: Guatemala in its
/// sub-region's table; `t-GT`: in the plan targets' table).
fn results_row(page: &str, id: &str) -> Vec<String> {
    let start = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no row {id}: {page}"));
    let row = &page[start..start + page[start..].find("</tr>").unwrap()];
    row.split("<td class=\"num\">")
        .skip(1)
        .map(|c| c[..c.find('<').unwrap()].to_owned())
        .collect()
}

#[tokio::test]
async fn results_count_what_followed_outreach_in_the_same_country_within_6_and_12_months() {
    let lead = TestApp::new().await;
    lead.login_as(Role::Leadership).await;
    lead.create_event(&[
        ("title", "Semana de Internet de Guatemala"),
        ("relevance", "lacralo_involved"),
        ("country", "GT"),
        ("start_date", &day(-300)),
    ])
    .await;
    // A cancelled event there is not outreach done.
    lead.create_event(&[
        ("title", "Taller cancelado"),
        ("relevance", "lacralo_involved"),
        ("country", "BZ"),
        ("status", "cancelled"),
        ("start_date", &day(-200)),
    ])
    .await;
    // 50 and 100 days after the event (within 6 months), 290 days after (within 12 only).
    receive(
        &lead,
        "Usuarios de Internet de Guatemala",
        "GT",
        &day(-200),
        "",
    )
    .await;
    receive(&lead, "Red Guatemalteca", "GT", &day(-10), "").await;
    receive(&lead, "ISOC Guatemala", "GT", &day(-250), "").await;
    receive(&lead, "Belize Digital", "BZ", &day(-100), "").await;
    let r = lead
        .post_form(
            "/members",
            &[
                ("name", "Ana"),
                ("country", "GT"),
                ("membership", "individual"),
                ("active", "on"),
                ("joined_on", &day(-30)),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    let ana: i64 = r
        .location()
        .trim_start_matches("/members/")
        .parse()
        .unwrap();
    let r = lead
        .post_form(
            &format!("/members/{ana}/engagements"),
            &[
                ("kind", "policy_comment"),
                ("happened_on", &day(-5)),
                ("description", "Comment on the UA guidelines"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    lead.state.pages.changed();

    let page = lead.get("/results").await;
    assert_eq!(page.status, StatusCode::OK);
    let page = page.text();
    // Events, CROP trips, funded initiatives, webinar attendances; then applications,
    // accreditations, new individual members, new active members as "6 months / 12".
    assert_eq!(
        results_row(&page, "r-GT"),
        ["1", "0", "0", "0", "2 / 3", "0 / 0", "0 / 1", "0 / 1"],
        "Ana joined 270 days after the event: within 12 months, not 6: {page}"
    );
    assert_eq!(
        results_row(&page, "r-BZ"),
        ["0", "0", "0", "0", "0 / 0", "0 / 0", "0 / 0", "0 / 0"],
        "no outreach done in Belize: its application follows nothing"
    );
    // The plan's places come first, Guatemala among them; the rules are on the page.
    let targets = page.find("id=\"targets\"").unwrap();
    assert!(page.find("id=\"t-GT\"").unwrap() > targets);
    assert!(page.find("id=\"t-GT\"").unwrap() < page.find("id=\"g-A\"").unwrap());
    assert_eq!(
        results_row(&page, "r-GT"),
        results_row(&page, "t-GT"),
        "the same figures in the targets' table and the sub-region's"
    );
    assert!(page.contains("How this is counted"));
    assert!(page.contains("up to the same day 6 (or 12) months later"));
    let overall = &page[page.find("id=\"overall\"").unwrap()..];
    assert!(
        overall.contains("<td class=\"num\">2 / 3</td>"),
        "{overall}"
    );

    // The coverage page carries the 12-month figure, linked to the row.
    let coverage = lead.get("/coverage").await.text();
    assert!(
        coverage.contains("<a href=\"/results#r-GT\">4</a>"),
        "3 applications and 1 new individual member (Ana, active too, counted once): {coverage}"
    );
    // A year with no outreach counts nothing; a bad year is a bad request.
    let page = lead.get("/results?year=2023").await.text();
    assert_eq!(
        results_row(&page, "r-GT"),
        ["0", "0", "0", "0", "0 / 0", "0 / 0", "0 / 0", "0 / 0"]
    );
    assert_eq!(
        lead.get("/results?year=abc").await.status,
        StatusCode::BAD_REQUEST
    );
}
