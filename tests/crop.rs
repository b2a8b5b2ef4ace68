//! CROP through HTTP: leadership opens an opportunity, members apply under the plan's
//! rules (sub-region first, active members only, widening deliberate), leadership decides
//! within the slots and the year's trips, travellers file their reports; and who may see
//! and do what.

mod common;

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use common::TestApp;
use lacralo_outreach::web::auth::Role;

/// An event in Trinidad and Tobago (sub-region C), `days` from today.
async fn event_in_tt(app: &TestApp, title: &str, days: i64) -> i64 {
    let start = (Utc::now() + Duration::days(days)).date_naive().to_string();
    app.create_event(&[
        ("title", title),
        ("relevance", "crop_candidate"),
        ("country", "TT"),
        ("city", "Port of Spain"),
        ("start_date", &start),
    ])
    .await
}

fn day(days: i64) -> String {
    (Utc::now() + Duration::days(days)).date_naive().to_string()
}

/// Leadership opens an opportunity for `event` through the form; returns its id.
async fn open_opportunity(
    leader: &TestApp,
    event: i64,
    slots: &str,
    window: i64,
    deadline: i64,
) -> i64 {
    let event = event.to_string();
    let fy = lacralo_outreach::crop::rules::fiscal_year(Utc::now().date_naive()).to_string();
    let response = leader
        .post_form(
            "/crop",
            &[
                ("event", &event),
                ("fiscal_year", &fy),
                ("slots", slots),
                ("priority_ends_on", &day(window)),
                ("deadline_on", &day(deadline)),
                ("time_zone", "America/Port_of_Spain"),
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
        .trim_start_matches("/crop/")
        .parse()
        .unwrap()
}

/// Leadership save the opportunity's form on the version stored: one place window and
/// deadline (50 and 60 days from today), `slots`, and any `extra` fields.
async fn edit_opportunity(
    app: &TestApp,
    id: i64,
    fy: &str,
    slots: &str,
    extra: &[(&str, &str)],
) -> common::TestResponse {
    let v = version(app, "crop_opportunities", id).await;
    let (window, deadline) = (day(50), day(60));
    let mut fields = vec![
        ("version", v.as_str()),
        ("fiscal_year", fy),
        ("slots", slots),
        ("priority_ends_on", window.as_str()),
        ("deadline_on", deadline.as_str()),
        ("time_zone", "America/Port_of_Spain"),
    ];
    fields.extend_from_slice(extra);
    app.post_form(&format!("/crop/{id}"), &fields).await
}

async fn version(app: &TestApp, table: &str, id: i64) -> String {
    sqlx::query_scalar::<_, i64>(&format!("SELECT version FROM {table} WHERE id = ?"))
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap()
        .to_string()
}

async fn phase(
    app: &TestApp,
    id: i64,
    to: &str,
    reason: &str,
    confirm: bool,
) -> common::TestResponse {
    let v = version(app, "crop_opportunities", id).await;
    let mut fields = vec![("version", v.as_str()), ("to", to), ("reason", reason)];
    if confirm {
        fields.push(("confirm", "1"));
    }
    app.post_form(&format!("/crop/{id}/phase"), &fields).await
}

async fn apply(client: &TestApp, opportunity: i64, motivation: &str) -> common::TestResponse {
    client
        .post_form(
            &format!("/crop/{opportunity}/apply"),
            &[
                ("motivation", motivation),
                ("outreach_plan", "Talks at two universities"),
                ("languages", "en"),
                ("languages", "es"),
                ("travel_needs", "From Kingston"),
            ],
        )
        .await
}

/// A whole trip assessment in Spanish, with `results` as its results and no English
/// version, as the form posts it.
fn assessment<'a>(version: &'a str, results: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("version", version),
        ("report_language", "es"),
        ("objectives", "Presentar At-Large a los ISP del Caribe."),
        (
            "activities",
            "Dos sesiones y una reunión con la cámara de ISP.",
        ),
        ("people_reached", "45"),
        ("contacts", "Tres ISP y dos universidades."),
        ("follow_up", "Un webinar en marzo."),
        ("report", results),
    ]
}

fn application_id(response: &common::TestResponse) -> i64 {
    response
        .location()
        .trim_start_matches("/crop/applications/")
        .parse()
        .unwrap_or_else(|_| panic!("not an application: {}", response.location()))
}

async fn decide(
    leader: &TestApp,
    app_id: i64,
    decision: &str,
    reason: &str,
) -> common::TestResponse {
    let v = version(leader, "crop_applications", app_id).await;
    leader
        .post_form(
            &format!("/crop/applications/{app_id}/decision"),
            &[("version", &v), ("decision", decision), ("reason", reason)],
        )
        .await
}

#[tokio::test]
async fn the_workflow_from_opportunity_to_trip_report() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let event = event_in_tt(&app, "Caribbean IGF", 120).await;
    // From the event's page: the form starts six weeks before the event, in its fiscal year.
    assert!(
        app.get(&format!("/events/{event}"))
            .await
            .text()
            .contains(&format!("/crop/new?event={event}"))
    );
    let form = app.get(&format!("/crop/new?event={event}")).await.text();
    assert!(
        form.contains(&format!("value=\"{}\"", day(120 - 42))),
        "{form}"
    );

    // Bad input is refused, specifically, with what was typed kept; nothing stored.
    let e = event.to_string();
    for (fields, message) in [
        (vec![("slots", "0")], "from 1 to 20 places"),
        (
            vec![("deadline_on", &day(130) as &str)],
            "before the event starts",
        ),
        (
            vec![("priority_ends_on", &day(80) as &str)],
            "on or before the deadline",
        ),
        (
            vec![("time_zone", "Mars/Olympus")],
            "Choose a time zone from the list",
        ),
    ] {
        let mut form = vec![
            ("event", e.as_str()),
            ("fiscal_year", "2027"),
            ("slots", "1"),
            ("priority_ends_on", "2027-01-01"),
            ("deadline_on", "2027-01-10"),
            ("time_zone", "America/Port_of_Spain"),
        ];
        let (priority, deadline) = (day(50), day(60));
        form.retain(|(k, _)| *k != "priority_ends_on" && *k != "deadline_on");
        form.push(("priority_ends_on", &priority));
        form.push(("deadline_on", &deadline));
        for (k, v) in &fields {
            form.retain(|(key, _)| key != k);
            form.push((k, v));
        }
        let response = app.post_form("/crop", &form).await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{fields:?}"
        );
        assert!(response.text().contains(message), "{message}");
    }
    assert_eq!(
        app.count("SELECT count(*) FROM crop_opportunities").await,
        0
    );

    // A deadline closer than six weeks to the event is allowed, with a warning shown.
    let id = open_opportunity(&app, event, "1", 80, 90).await;
    let page = app.get(&format!("/crop/{id}")).await.text();
    assert!(page.contains("only 30 days before the event"), "{page}");
    // Each role sees what is theirs: leadership the warning and not the member's "you
    // cannot apply" box; a member neither the warning nor leadership's controls.
    assert!(
        !page.contains("You cannot apply to this opportunity"),
        "{page}"
    );
    assert!(!page.contains(&format!("href=\"/crop/{id}/apply\"")));
    let (member, _) = app.member_account("CO", "Camila", "active").await;
    let seen = member.get(&format!("/crop/{id}")).await.text();
    assert!(!seen.contains("days before the event"), "{seen}");
    assert!(!seen.contains(&format!("href=\"/crop/{id}/review\"")));
    let subregion: String =
        sqlx::query_scalar("SELECT subregion FROM crop_opportunities WHERE id = ?")
            .bind(id)
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(
        subregion, "C",
        "Trinidad and Tobago is in the Caribbean sub-region"
    );

    // Members: one in the sub-region (Jamaica), one outside (Mexico).
    let (jamaica, jm_member) = app.member_account("JM", "Keisha", "active").await;
    let (mexico, _) = app.member_account("MX", "Luis", "active").await;
    // A draft is not theirs to see.
    assert_eq!(
        jamaica.get(&format!("/crop/{id}")).await.status,
        StatusCode::NOT_FOUND
    );

    let announced = phase(&app, id, "subregion", "", false).await;
    assert_eq!(announced.status, StatusCode::SEE_OTHER);

    // The list marks what each member can do: the Jamaican may apply, the Mexican not.
    let row_of = |html: String| {
        html.split(&format!("href=\"/crop/{id}\""))
            .nth(1)
            .and_then(|r| r.split("</tr>").next())
            .map(str::to_owned)
            .unwrap_or_default()
    };
    assert!(row_of(jamaica.get("/crop").await.text()).contains("You can apply"));
    assert!(!row_of(mexico.get("/crop").await.text()).contains("You can apply"));
    // And their dashboard puts it first, "For you", with its deadline; not the Mexican's,
    // and leadership (who do not apply) have no such block.
    let for_you = |html: String| {
        html.split("id=\"for-you-h\"")
            .nth(1)
            .and_then(|r| r.split("</section>").next())
            .map(str::to_owned)
    };
    let keisha = for_you(jamaica.get("/").await.text()).expect("a For you block");
    assert!(keisha.contains(&format!("href=\"/crop/{id}\"")), "{keisha}");
    assert!(keisha.contains("Deadline:"), "{keisha}");
    let luis = for_you(mexico.get("/").await.text()).expect("a For you block");
    assert!(!luis.contains(&format!("href=\"/crop/{id}\"")), "{luis}");
    assert!(for_you(app.get("/").await.text()).is_none());

    // The member outside the sub-region sees why, before typing anything; posting anyway
    // is refused on the server.
    let form = mexico.get(&format!("/crop/{id}/apply")).await.text();
    assert!(form.contains("open only to members in the event"), "{form}");
    assert!(!form.contains("name=\"motivation\""), "no form to fill in");
    let refused = apply(&mexico, id, "I would like to go").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // The sub-region member applies; an empty motivation is refused with the rest kept.
    let empty = apply(&jamaica, id, "  ").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text().contains("This is needed for the application."));
    assert!(empty.text().contains("Talks at two universities"));
    let applied = apply(&jamaica, id, "I run the Kingston chapter's outreach").await;
    assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.text());
    let jm_app = application_id(&applied);
    let listed = row_of(jamaica.get("/crop").await.text());
    assert!(
        listed.contains(&format!("href=\"/crop/applications/{jm_app}\"")),
        "{listed}"
    );
    assert!(!listed.contains("You can apply"));
    let keisha = for_you(jamaica.get("/").await.text()).expect("a For you block");
    assert!(
        keisha.contains(&format!("href=\"/crop/applications/{jm_app}\"")),
        "her application, under For you: {keisha}"
    );
    assert!(!keisha.contains(&format!("href=\"/crop/{id}\"")));
    // Once per member: applying again leads to the application.
    let again = jamaica.get(&format!("/crop/{id}/apply")).await;
    assert_eq!(again.location(), format!("/crop/applications/{jm_app}"));

    // Widening: a reason is needed, and inside the window a confirmation; the page shows
    // how many sub-region applications there are.
    let no_reason = phase(&app, id, "open_to_all", "", true).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_reason
            .text()
            .contains("Say why it is opened to all members")
    );
    let unconfirmed = phase(&app, id, "open_to_all", "Only one applicant", false).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = unconfirmed.text();
    assert!(text.contains("Tick the confirmation"));
    assert!(text.contains("1 application from the sub-region so far."));
    assert!(
        text.contains("Only one applicant"),
        "the reason typed is kept"
    );
    let widened = phase(&app, id, "open_to_all", "Only one applicant", true).await;
    assert_eq!(widened.status, StatusCode::SEE_OTHER);
    let (reason, count): (String, i64) = sqlx::query_as(
        "SELECT reason, subregion_applications FROM crop_phase_changes WHERE to_phase = 'open_to_all'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!((reason.as_str(), count), ("Only one applicant", 1));

    let applied = apply(
        &mexico,
        id,
        "Mexico's ALSs want to learn from the Caribbean",
    )
    .await;
    assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.text());
    let mx_app = application_id(&applied);

    // Review: the sub-region's applicant first, with their record.
    let review = app.get(&format!("/crop/{id}/review")).await.text();
    let keisha = review.find("Keisha").unwrap();
    let luis = review.find("Luis").unwrap();
    assert!(keisha < luis, "sub-region first");
    assert!(review.contains("Past CROP trips"));

    // Declining needs a reason, which the applicant is told.
    let bare = decide(&app, mx_app, "decline", "").await;
    assert_eq!(bare.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bare.text().contains("Say why it is declined"));
    let declined = decide(
        &app,
        mx_app,
        "decline",
        "One place, given to the sub-region",
    )
    .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);

    // ICANN's procedure: no trip before the year's outreach plan is recorded approved.
    let refused = decide(&app, jm_app, "approve", "").await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        refused
            .text()
            .contains("outreach plan is not recorded as approved"),
        "{}",
        refused.text()
    );
    let fy = lacralo_outreach::crop::rules::fiscal_year(Utc::now().date_naive());
    let plan_page = format!("/crop/plans/{fy}");
    let page = app.get(&plan_page).await.text();
    assert!(
        page.contains("none of its trips can be approved yet"),
        "{page}"
    );
    // Bad input: every field's problem at once, what was typed kept.
    let tomorrow = day(1);
    let bad = app
        .post_form(
            &plan_page,
            &[
                ("version", "0"),
                ("leadership_approver", "Sergio Salinas Porto"),
                ("gse_approver", ""),
                ("approved_on", &tomorrow),
                ("link", "wiki page"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = bad.text();
    for message in [
        "Write who approved it.",
        "after today",
        "Give the link to the approved plan",
        "Sergio Salinas Porto",
    ] {
        assert!(text.contains(message), "{message}: {text}");
    }
    assert_eq!(app.count("SELECT count(*) FROM crop_year_plans").await, 0);
    // GSE staff read the plan; only leadership record it.
    let staff = TestApp::sharing(&app);
    staff.login_as(Role::GseStaff).await;
    assert_eq!(staff.get(&plan_page).await.status, StatusCode::OK);
    let today = day(0);
    let plan_fields = [
        ("version", "0"),
        ("leadership_approver", "Sergio Salinas Porto"),
        ("gse_approver", "Rodrigo de la Parra"),
        ("approved_on", today.as_str()),
        (
            "link",
            "https://community.icann.org/display/LACRALO/Outreach+Plan",
        ),
    ];
    assert_eq!(
        staff.post_form(&plan_page, &plan_fields).await.status,
        StatusCode::FORBIDDEN
    );
    let recorded = app.post_form(&plan_page, &plan_fields).await;
    assert_eq!(
        recorded.status,
        StatusCode::SEE_OTHER,
        "{}",
        recorded.text()
    );
    let page = app.get(&plan_page).await.text();
    assert!(page.contains("Rodrigo de la Parra"), "{page}");
    assert!(page.contains("Caribbean IGF"), "the year's events: {page}");
    // A second tab still showing "none recorded": the conflict page, nothing overwritten.
    let second = app
        .post_form(
            &plan_page,
            &[
                ("version", "0"),
                ("leadership_approver", "Someone else"),
                ("gse_approver", "Rodrigo de la Parra"),
                ("approved_on", today.as_str()),
                ("link", "https://example.org/plan"),
            ],
        )
        .await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert!(second.text().contains("Someone else"), "{}", second.text());
    assert_eq!(
        app.count(
            "SELECT count(*) FROM crop_year_plans WHERE leadership_approver = 'Sergio Salinas Porto'"
        )
        .await,
        1
    );

    let approved = decide(&app, jm_app, "approve", "").await;
    assert_eq!(
        approved.status,
        StatusCode::SEE_OTHER,
        "{}",
        approved.text()
    );

    let mails: Vec<(String, String)> = sqlx::query_as(
        "SELECT recipient, body FROM outbox WHERE kind = 'crop_decision' ORDER BY id",
    )
    .fetch_all(app.pool())
    .await
    .unwrap();
    assert_eq!(mails.len(), 2);
    assert_eq!(mails[0].0, "luis@example.org");
    assert!(
        mails[0].1.contains("Declined")
            && mails[0].1.contains("One place, given to the sub-region")
    );
    assert_eq!(mails[1].0, "keisha@example.org");
    assert!(mails[1].1.contains("Approved"));
    assert_eq!(
        app.count("SELECT count(*) FROM audit_log WHERE entity = 'crop_application' AND action IN ('approved', 'declined')").await,
        2
    );
    // Approved is only planned: nobody has travelled, so the ALS is not engaged by it yet.
    let trip_engagements = "SELECT count(*) FROM engagements WHERE kind = 'crop_trip'";
    assert_eq!(app.count(trip_engagements).await, 0);
    // The ALS's page says the trip is planned, not done.
    let jm_als: i64 = sqlx::query_scalar("SELECT als_id FROM members WHERE id = ?")
        .bind(jm_member)
        .fetch_one(app.pool())
        .await
        .unwrap();
    let als_page = app.get(&format!("/als/{jm_als}")).await.text();
    assert!(als_page.contains("CROP trip planned"), "{als_page}");

    // The member sees the decision, can no longer withdraw, and files the trip report.
    let mine = jamaica.get("/crop/mine").await.text();
    assert!(mine.contains("Approved"));
    let v = version(&app, "crop_applications", jm_app).await;
    let late = jamaica
        .post_form(
            &format!("/crop/applications/{jm_app}/withdraw"),
            &[("version", &v)],
        )
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The report is about a trip that happened: not before the event begins.
    let early = jamaica
        .post_form(
            &format!("/crop/applications/{jm_app}/report"),
            &assessment(&v, "Planned: three ISPs."),
        )
        .await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(early.text().contains("once the event has begun"));
    assert!(
        early.text().contains("Planned: three ISPs."),
        "what was typed is kept"
    );
    let past = (Utc::now() - Duration::days(3)).date_naive().to_string();
    sqlx::query("UPDATE events SET start_date = ?, end_date = ? WHERE id = ?")
        .bind(&past)
        .bind(&past)
        .bind(event)
        .execute(app.pool())
        .await
        .unwrap();
    let empty = jamaica
        .post_form(
            &format!("/crop/applications/{jm_app}/report"),
            &assessment(&v, " "),
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let filed = jamaica
        .post_form(
            &format!("/crop/applications/{jm_app}/report"),
            &assessment(&v, "Met three ISPs and two universities."),
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER);
    // The filed report says the trip happened: now it is the member's and the ALS's
    // engagement.
    let (member, als, kind): (Option<i64>, Option<i64>, String) =
        sqlx::query_as("SELECT member_id, als_id, kind FROM engagements WHERE event_id = ?")
            .bind(event)
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!((member, kind.as_str()), (Some(jm_member), "crop_trip"));
    assert!(als.is_some());
    // Happened: no longer planned.
    let als_page = app.get(&format!("/als/{jm_als}")).await.text();
    assert!(!als_page.contains("CROP trip planned"));
    let page = app
        .get(&format!("/crop/applications/{jm_app}"))
        .await
        .text();
    assert!(page.contains("Met three ISPs and two universities."));
}

#[tokio::test]
async fn a_second_opportunity_for_an_event_is_refused_and_edits_are_audited_before_and_after() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let event = event_in_tt(&app, "LACNIC meeting", 120).await;
    let id = open_opportunity(&app, event, "2", 50, 60).await;

    // The same event again (a second tab, or two leaders at once): the UNIQUE constraint
    // refuses it inside the write, and the form comes back with what was typed.
    let e = event.to_string();
    let fy = lacralo_outreach::crop::rules::fiscal_year(Utc::now().date_naive()).to_string();
    let response = app
        .post_form(
            "/crop",
            &[
                ("event", e.as_str()),
                ("fiscal_year", &fy),
                ("slots", "7"),
                ("priority_ends_on", &day(50)),
                ("deadline_on", &day(60)),
                ("time_zone", "America/Port_of_Spain"),
                ("notes", "Typed in the second tab"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text();
    assert!(
        page.contains("This event already has an opportunity."),
        "{page}"
    );
    assert!(page.contains("Typed in the second tab"), "{page}");
    assert_eq!(
        app.count("SELECT count(*) FROM crop_opportunities").await,
        1
    );

    // An edit is audited with the row before and after.
    let response = edit_opportunity(&app, id, &fy, "3", &[]).await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "{}",
        response.text()
    );
    let (before, after): (String, String) = sqlx::query_as(
        "SELECT before_json, after_json FROM audit_log
         WHERE entity = 'crop_opportunity' AND action = 'update' AND entity_id = ?",
    )
    .bind(id.to_string())
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert!(before.contains("\"slots\":2"), "{before}");
    assert!(after.contains("\"slots\":3"), "{after}");
}

/// Leadership logged in on `app`, the year's plan recorded, and an announced one-place
/// opportunity for an event `days` away with one applicant from Jamaica: the
/// opportunity, the applicant's session and their application.
async fn one_applicant(app: &TestApp, days: i64) -> (i64, TestApp, i64) {
    app.login_as(Role::Leadership).await;
    let event = event_in_tt(app, "Caribbean IGF", days).await;
    // The sub-region's window and the deadline: well before the event, however near it is.
    let (window, deadline) = if days > 60 {
        (50, 60)
    } else {
        (days - 20, days - 10)
    };
    let id = open_opportunity(app, event, "1", window, deadline).await;
    phase(app, id, "subregion", "", false).await;
    app.record_year_plan(lacralo_outreach::crop::rules::fiscal_year(
        Utc::now().date_naive(),
    ))
    .await;
    let (member, _) = app.member_account("JM", "Keisha", "active").await;
    let app_id = application_id(&apply(&member, id, "Kingston outreach").await);
    (id, member, app_id)
}

/// The opportunity's page as leadership see it.
async fn opportunity_page(app: &TestApp, id: i64) -> String {
    app.get(&format!("/crop/{id}")).await.text()
}

async fn step(client: &TestApp, app_id: i64, to: &str, note: &str) -> common::TestResponse {
    let v = version(client, "crop_applications", app_id).await;
    client
        .post_form(
            &format!("/crop/applications/{app_id}/step"),
            &[("version", v.as_str()), ("to", to), ("note", note)],
        )
        .await
}

#[tokio::test]
async fn an_approved_trip_goes_through_icanns_steps_each_by_whom_it_belongs_to() {
    let app = TestApp::new().await;
    let (id, member, app_id) = one_applicant(&app, 120).await;
    // The opportunity shows ICANN's clocks for a trip leaving the day before the event.
    let page = opportunity_page(&app, id).await;
    assert!(page.contains("Regional GSE endorse by"), "{page}");

    // Trip dates that leave the traveller away for part of the event are refused.
    let v = version(&app, "crop_applications", app_id).await;
    let refused = app
        .post_form(
            &format!("/crop/applications/{app_id}/decision"),
            &[
                ("version", v.as_str()),
                ("decision", "approve"),
                ("departure_on", &day(121)),
                ("return_on", &day(122)),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .contains("must leave by the day the event starts")
    );
    // Approving with the proposed dates: the day before the event to the day after.
    let approved = decide(&app, app_id, "approve", "").await;
    assert_eq!(
        approved.status,
        StatusCode::SEE_OTHER,
        "{}",
        approved.text()
    );
    let (step_now, departure, return_on): (String, String, String) = sqlx::query_as(
        "SELECT trip_step, departure_on, return_on FROM crop_applications WHERE id = ?",
    )
    .bind(app_id)
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(
        (step_now.as_str(), departure, return_on),
        ("selected", day(119), day(121))
    );
    let page = app
        .get(&format!("/crop/applications/{app_id}"))
        .await
        .text();
    assert!(page.contains("Selected by RALO leadership"), "{page}");
    assert!(page.contains("Regional GSE endorse by"), "{page}");

    // Endorsing is GSE staff's: not leadership's, not the member's.
    let leader_endorses = step(&app, app_id, "endorsed", "").await;
    assert_eq!(leader_endorses.status, StatusCode::FORBIDDEN);
    assert_eq!(
        step(&member, app_id, "endorsed", "").await.status,
        StatusCode::FORBIDDEN
    );
    let staff = TestApp::sharing(&app);
    staff.login_as(Role::GseStaff).await;
    // Out of order: GSE cannot skip to the submission (that is leadership's anyway).
    assert_eq!(
        step(&staff, app_id, "submitted", "").await.status,
        StatusCode::FORBIDDEN
    );
    let gse_page = staff.get(&format!("/crop/applications/{app_id}")).await;
    assert_eq!(gse_page.status, StatusCode::OK);
    assert!(gse_page.text().contains("Record: Endorsed by regional GSE"));
    let endorsed = step(&staff, app_id, "endorsed", "").await;
    assert_eq!(
        endorsed.status,
        StatusCode::SEE_OTHER,
        "{}",
        endorsed.text()
    );
    // Twice: the trip is past that step now.
    assert_eq!(
        step(&staff, app_id, "endorsed", "").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // Leadership: confirmed before submitted is refused; then submitted, then confirmed.
    let early = step(&app, app_id, "confirmed", "").await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        early.text().contains("steps go in order"),
        "{}",
        early.text()
    );
    for to in ["submitted", "confirmed"] {
        let r = step(&app, app_id, to, "").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{to}: {}", r.text());
    }
    let steps: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT step, taken_by FROM crop_trip_steps WHERE application_id = ? ORDER BY id",
    )
    .bind(app_id)
    .fetch_all(app.pool())
    .await
    .unwrap();
    let names: Vec<&str> = steps.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(names, ["selected", "endorsed", "submitted", "confirmed"]);
    assert!(
        steps[1]
            .1
            .as_deref()
            .is_some_and(|by| by != steps[0].1.as_deref().unwrap_or(""))
    );
    // Each step after the selection is audited and told to the traveller.
    assert_eq!(
        app.count("SELECT count(*) FROM audit_log WHERE entity = 'crop_trip'")
            .await,
        3
    );
    let told: Vec<String> = sqlx::query_scalar(
        "SELECT subject FROM outbox WHERE dedup_key LIKE 'crop-step:%' ORDER BY id",
    )
    .fetch_all(app.pool())
    .await
    .unwrap();
    assert_eq!(told.len(), 3, "{told:?}");
    assert!(
        told[2].contains("Confirmed by Constituency Travel"),
        "{told:?}"
    );
}

#[tokio::test]
async fn leadership_change_a_trips_dates_until_the_traveller_leaves() {
    let app = TestApp::new().await;
    let (_, member, app_id) = one_applicant(&app, 120).await;
    assert_eq!(
        decide(&app, app_id, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    let dates = |departure: String, return_on: String| {
        let app = &app;
        async move {
            let v = version(app, "crop_applications", app_id).await;
            app.post_form(
                &format!("/crop/applications/{app_id}/dates"),
                &[
                    ("version", v.as_str()),
                    ("departure_on", &departure),
                    ("return_on", &return_on),
                ],
            )
            .await
        }
    };
    // A flight two days early, back three days after: saved, and audited.
    let saved = dates(day(118), day(123)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let stored: (String, String) =
        sqlx::query_as("SELECT departure_on, return_on FROM crop_applications WHERE id = ?")
            .bind(app_id)
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(stored, (day(118), day(123)));
    assert_eq!(
        app.count("SELECT count(*) FROM audit_log WHERE action = 'trip_dates'")
            .await,
        1
    );
    // Back before the event ends: refused, with what was typed kept.
    let refused = dates(day(118), day(119)).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("must stay until the event ends"));
    assert!(refused.text().contains(&day(119)));
    // Members do not change them.
    let v = version(&app, "crop_applications", app_id).await;
    let by_member = member
        .post_form(
            &format!("/crop/applications/{app_id}/dates"),
            &[
                ("version", v.as_str()),
                ("departure_on", &day(117)),
                ("return_on", &day(123)),
            ],
        )
        .await;
    assert_eq!(by_member.status, StatusCode::FORBIDDEN);
    // Once the traveller has left, the dates stay as they were.
    sqlx::query("UPDATE crop_applications SET departure_on = ? WHERE id = ?")
        .bind(day(0))
        .bind(app_id)
        .execute(app.pool())
        .await
        .unwrap();
    app.state.pages.changed();
    let late = dates(day(-1), day(123)).await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        late.text().contains("The trip has begun"),
        "{}",
        late.text()
    );
}

#[tokio::test]
async fn a_submission_after_constituency_travels_six_weeks_needs_the_exceptions_reason() {
    let app = TestApp::new().await;
    // An event 30 days away: departure the day before, well inside the six weeks.
    let (_, _, app_id) = one_applicant(&app, 30).await;
    assert_eq!(
        decide(&app, app_id, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    let page = app
        .get(&format!("/crop/applications/{app_id}"))
        .await
        .text();
    assert!(
        page.contains("6 weeks before departure have passed"),
        "{page}"
    );
    let staff = TestApp::sharing(&app);
    staff.login_as(Role::GseStaff).await;
    assert_eq!(
        step(&staff, app_id, "endorsed", "").await.status,
        StatusCode::SEE_OTHER
    );
    let refused = step(&app, app_id, "submitted", "").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().contains("six weeks before departure"));
    assert_eq!(
        app.count("SELECT count(*) FROM crop_trip_steps WHERE step = 'submitted'")
            .await,
        0
    );
    let reason = "Invited late by the host; CROP staff agreed on 2 May";
    let done = step(&app, app_id, "submitted", reason).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
    let note: String = sqlx::query_scalar(
        "SELECT note FROM crop_trip_steps WHERE application_id = ? AND step = 'submitted'",
    )
    .bind(app_id)
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(note, reason);
}

#[tokio::test]
async fn leadership_are_warned_before_the_years_last_place_goes_to_no_icann_meeting() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let fy = lacralo_outreach::crop::rules::fiscal_year(Utc::now().date_naive());
    let fy_text = fy.to_string();
    let set = app
        .post_form(
            "/crop/allocations",
            &[("fiscal_year", &fy_text), ("trips", "1"), ("version", "0")],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER);
    app.record_year_plan(fy).await;
    let event = event_in_tt(&app, "Caribbean IGF", 120).await;
    let id = open_opportunity(&app, event, "1", 50, 60).await;
    let warning = "no trip this year goes to an ICANN Public Meeting";
    let review = app.get(&format!("/crop/{id}/review")).await.text();
    assert!(review.contains(warning), "{review}");
    // The event is an ICANN meeting after all: the one trip goes there, no warning.
    let saved = edit_opportunity(&app, id, &fy_text, "1", &[("icann_meeting", "on")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let review = app.get(&format!("/crop/{id}/review")).await.text();
    assert!(!review.contains(warning), "{review}");
    let form = app.get(&format!("/crop/{id}/edit")).await.text();
    assert!(form.contains("name=\"icann_meeting\" type=\"checkbox\" value=\"on\" checked"));
}

#[tokio::test]
async fn members_see_only_their_own_and_gse_staff_do_not_decide() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let event = event_in_tt(&app, "CaribNOG", 120).await;
    let id = open_opportunity(&app, event, "2", 50, 60).await;
    phase(&app, id, "subregion", "", false).await;
    let (one, _) = app.member_account("TT", "Anya", "active").await;
    let (two, _) = app.member_account("BB", "Brian", "active").await;
    let applied = apply(&one, id, "Local outreach").await;
    let anya_app = application_id(&applied);

    // Another member: "not found", not even that it exists.
    assert_eq!(
        two.get(&format!("/crop/applications/{anya_app}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let v = version(&app, "crop_applications", anya_app).await;
    let edit = two
        .post_form(
            &format!("/crop/applications/{anya_app}"),
            &[
                ("version", &v),
                ("motivation", "hijack"),
                ("outreach_plan", "x"),
                ("languages", "en"),
            ],
        )
        .await;
    assert_eq!(edit.status, StatusCode::NOT_FOUND);

    // GSE staff read opportunities but cannot decide or open them.
    let staff = TestApp::sharing(&app);
    staff.login_as(Role::GseStaff).await;
    assert_eq!(staff.get("/crop").await.status, StatusCode::OK);
    let decided = decide(&staff, anya_app, "approve", "").await;
    assert_eq!(decided.status, StatusCode::FORBIDDEN);
    assert_eq!(
        staff.get(&format!("/crop/{id}/review")).await.status,
        StatusCode::FORBIDDEN
    );
    let status: String = sqlx::query_scalar("SELECT status FROM crop_applications WHERE id = ?")
        .bind(anya_app)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(status, "submitted");

    // Visitors are sent to log in.
    let visitor = TestApp::sharing(&app);
    let response = visitor.get("/crop").await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert!(response.location().starts_with("/login"));

    // The owner edits before the deadline; a stale edit changes nothing.
    let saved = one
        .post_form(
            &format!("/crop/applications/{anya_app}"),
            &[
                ("version", &v),
                ("motivation", "Updated"),
                ("outreach_plan", "More talks"),
                ("languages", "fr"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let stale = one
        .post_form(
            &format!("/crop/applications/{anya_app}"),
            &[
                ("version", &v),
                ("motivation", "Stale"),
                ("outreach_plan", "x"),
                ("languages", "fr"),
            ],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let motivation: String =
        sqlx::query_scalar("SELECT motivation FROM crop_applications WHERE id = ?")
            .bind(anya_app)
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(motivation, "Updated");

    // Withdrawing is asked twice: the first press explains and changes nothing.
    let v = version(&app, "crop_applications", anya_app).await;
    let asked = one
        .post_form(
            &format!("/crop/applications/{anya_app}/withdraw"),
            &[("version", &v)],
        )
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(asked.text().contains("Withdraw your application?"));
    assert_eq!(
        version(&app, "crop_applications", anya_app).await,
        v,
        "nothing changed before the confirmation"
    );
    let withdrawn = one
        .post_form(
            &format!("/crop/applications/{anya_app}/withdraw"),
            &[("version", &v), ("confirm", "1")],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    // Withdrawn before the deadline: the member may apply again, on the same application.
    let page = one
        .get(&format!("/crop/applications/{anya_app}"))
        .await
        .text();
    assert!(page.contains("Apply again"), "{page}");
    let again = apply(&one, id, "Back in: the dates work after all").await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.text());
    assert_eq!(application_id(&again), anya_app);
    let (status, motivation): (String, String) =
        sqlx::query_as("SELECT status, motivation FROM crop_applications WHERE id = ?")
            .bind(anya_app)
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(
        (status.as_str(), motivation.as_str()),
        ("submitted", "Back in: the dates work after all")
    );
    // A second try while it stands goes to the application, not a new one.
    let twice = apply(&one, id, "Again?").await;
    assert_eq!(twice.location(), format!("/crop/applications/{anya_app}"));
    let v = version(&app, "crop_applications", anya_app).await;
    let withdrawn = one
        .post_form(
            &format!("/crop/applications/{anya_app}/withdraw"),
            &[("version", &v), ("confirm", "1")],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    sqlx::query("UPDATE crop_opportunities SET deadline_at = '2020-01-01T00:00:00Z' WHERE id = ?")
        .bind(id)
        .execute(app.pool())
        .await
        .unwrap();
    let (late, _) = app.member_account("JM", "Carl", "active").await;
    let page = late.get(&format!("/crop/{id}/apply")).await.text();
    assert!(page.contains("The deadline has passed."));
    assert_eq!(
        apply(&late, id, "Too late?").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn inactive_members_and_als_are_told_why() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let event = event_in_tt(&app, "Caribbean Telecommunications Union", 120).await;
    let id = open_opportunity(&app, event, "2", 50, 60).await;
    phase(&app, id, "subregion", "", false).await;
    let (standby, _) = app.member_account("TT", "Dana", "standby").await;
    let page = standby.get(&format!("/crop/{id}/apply")).await.text();
    assert!(page.contains("your ALS is not active"), "{page}");
    let (inactive, member) = app.member_account("TT", "Eve", "active").await;
    sqlx::query("UPDATE members SET active = 0 WHERE id = ?")
        .bind(member)
        .execute(app.pool())
        .await
        .unwrap();
    let page = inactive.get(&format!("/crop/{id}")).await.text();
    assert!(page.contains("your membership is not active"));
    assert_eq!(
        apply(&inactive, id, "Please").await.status,
        StatusCode::FORBIDDEN
    );
    // An account with no member record.
    let unlinked = TestApp::sharing(&app);
    unlinked.login_as(Role::Member).await;
    let page = unlinked.get(&format!("/crop/{id}/apply")).await.text();
    assert!(page.contains("not linked to a LACRALO member record"));
    assert_eq!(app.count("SELECT count(*) FROM crop_applications").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_leaders_approving_the_last_slot_at_once_one_is_refused() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let event = event_in_tt(&app, "LACNIC on the islands", 120).await;
    let id = open_opportunity(&app, event, "1", 50, 60).await;
    app.record_year_plan(lacralo_outreach::crop::rules::fiscal_year(
        Utc::now().date_naive(),
    ))
    .await;
    phase(&app, id, "subregion", "", false).await;
    let (a, _) = app.member_account("TT", "Faith", "active").await;
    let (b, _) = app.member_account("GD", "Gavin", "active").await;
    let first = application_id(&apply(&a, id, "First").await);
    let second = application_id(&apply(&b, id, "Second").await);
    let other_leader = TestApp::sharing(&app);
    other_leader
        .create_user(
            "vice.chair@example.org",
            Role::Leadership,
            TestApp::PASSWORD,
        )
        .await;
    let login = other_leader
        .login("vice.chair@example.org", TestApp::PASSWORD)
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    let (r1, r2) = tokio::join!(
        decide(&app, first, "approve", ""),
        decide(&other_leader, second, "approve", "")
    );
    let statuses = [r1.status, r2.status];
    assert!(statuses.contains(&StatusCode::SEE_OTHER), "{statuses:?}");
    assert!(statuses.contains(&StatusCode::CONFLICT), "{statuses:?}");
    let refused = if r1.status == StatusCode::CONFLICT {
        r1
    } else {
        r2
    };
    assert!(
        refused
            .text()
            .contains("Every funded place of this opportunity is taken.")
    );
    assert_eq!(
        app.count("SELECT count(*) FROM crop_applications WHERE status = 'approved'")
            .await,
        1
    );
    // One trip selected (its first step recorded once); no engagement until it happens.
    assert_eq!(
        app.count("SELECT count(*) FROM crop_trip_steps WHERE step = 'selected'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT count(*) FROM engagements WHERE kind = 'crop_trip'")
            .await,
        0
    );
}

#[tokio::test]
async fn the_years_allocation_caps_approvals_and_overdue_reports_are_listed() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let fy = lacralo_outreach::crop::rules::fiscal_year(Utc::now().date_naive()).to_string();
    let set = app
        .post_form(
            "/crop/allocations",
            &[("fiscal_year", &fy), ("trips", "1"), ("version", "0")],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER);
    let bad = app
        .post_form(
            "/crop/allocations",
            &[("fiscal_year", &fy), ("trips", "-2"), ("version", "1")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);

    app.record_year_plan(lacralo_outreach::crop::rules::fiscal_year(
        Utc::now().date_naive(),
    ))
    .await;
    let one = open_opportunity(&app, event_in_tt(&app, "One", 120).await, "2", 50, 60).await;
    let two = open_opportunity(&app, event_in_tt(&app, "Two", 150).await, "2", 50, 60).await;
    for id in [one, two] {
        phase(&app, id, "subregion", "", false).await;
    }
    let (h, _) = app.member_account("TT", "Hana", "active").await;
    let first = application_id(&apply(&h, one, "One").await);
    let second = application_id(&apply(&h, two, "Two").await);
    assert_eq!(
        decide(&app, first, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    let over = decide(&app, second, "approve", "").await;
    assert_eq!(over.status, StatusCode::CONFLICT);
    assert!(over.text().contains("CROP trips are all approved."));
    // Lowering the allocation below what is approved is refused.
    let v = version_of_allocation(&app, &fy).await;
    let below = app
        .post_form(
            "/crop/allocations",
            &[("fiscal_year", &fy), ("trips", "0"), ("version", &v)],
        )
        .await;
    assert_eq!(below.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The trip's event ended a month ago: the report, due after three weeks, is overdue.
    let past = (Utc::now() - Duration::days(30)).date_naive().to_string();
    sqlx::query(
        "UPDATE events SET start_date = ?, end_date = ?, year = ?, month = ? WHERE title = 'One'",
    )
    .bind(&past)
    .bind(&past)
    .bind(past[..4].parse::<i64>().unwrap())
    .bind(past[5..7].parse::<i64>().unwrap())
    .execute(app.pool())
    .await
    .unwrap();
    // ICANN's assessment is due three weeks after the traveller returns, not after the
    // event: back 21 days ago, it is due today (not yet overdue); back 22 days ago, overdue.
    let hana: i64 = sqlx::query_scalar(
        "SELECT ap.id FROM crop_applications ap JOIN members m ON m.id = ap.member_id
         WHERE m.name = 'Hana' AND ap.status = 'approved'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    for (back_days, overdue) in [(21, false), (22, true)] {
        let back = (Utc::now() - Duration::days(back_days))
            .date_naive()
            .to_string();
        sqlx::query("UPDATE crop_applications SET departure_on = ?, return_on = ? WHERE id = ?")
            .bind(&past)
            .bind(&back)
            .bind(hana)
            .execute(app.pool())
            .await
            .unwrap();
        // Written behind the application's back: no page kept before it may be served.
        app.state.pages.changed();
        let reports = app.get("/crop/reports").await.text();
        assert_eq!(
            reports.contains("Hana"),
            overdue,
            "back {back_days} days: {reports}"
        );
    }
    let reports = app.get("/crop/reports").await.text();
    assert!(reports.contains("Hana"), "{reports}");
    let v = version(&app, "crop_applications", first).await;
    h.post_form(
        &format!("/crop/applications/{first}/report"),
        &assessment(&v, "Done."),
    )
    .await;
    assert!(!app.get("/crop/reports").await.text().contains("Hana"));
}

async fn version_of_allocation(app: &TestApp, fy: &str) -> String {
    sqlx::query_scalar::<_, i64>("SELECT version FROM crop_allocations WHERE fiscal_year = ?")
        .bind(fy.parse::<i64>().unwrap())
        .fetch_one(app.pool())
        .await
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn the_demo_loads_once_with_every_phase_of_the_workflow() {
    let app = TestApp::new().await;
    lacralo_outreach::registry::demo::load(app.pool(), app.state.site())
        .await
        .unwrap();
    assert!(
        lacralo_outreach::crop::demo::load(app.pool(), app.state.site())
            .await
            .unwrap()
    );
    assert!(
        !lacralo_outreach::crop::demo::load(app.pool(), app.state.site())
            .await
            .unwrap()
    );
    assert_eq!(
        app.count("SELECT count(*) FROM crop_opportunities").await,
        3
    );
    assert_eq!(
        app.count("SELECT count(DISTINCT phase) FROM crop_opportunities")
            .await,
        3,
        "sub-region, closed and draft"
    );
    assert!(
        app.count("SELECT count(*) FROM crop_applications WHERE status = 'submitted'")
            .await
            >= 1
    );
    app.login_as(Role::Leadership).await;
    assert!(
        app.get("/crop/reports")
            .await
            .text()
            .contains("Demo Andean Internet Week")
    );
    // ICANN's procedure and the money, once: the Andean trip confirmed, costed and
    // assessed (in Spanish, flagged without English); a request for more information.
    assert!(
        lacralo_outreach::crop::demo::load_procedure(app.pool(), app.state.site())
            .await
            .unwrap()
    );
    assert!(
        !lacralo_outreach::crop::demo::load_procedure(app.pool(), app.state.site())
            .await
            .unwrap()
    );
    assert_eq!(
        app.count("SELECT count(*) FROM crop_applications WHERE trip_step = 'confirmed' AND report_language = 'es' AND report_english = ''")
            .await,
        1
    );
    assert_eq!(app.count("SELECT count(*) FROM crop_costs").await, 2);
    assert_eq!(
        app.count("SELECT count(*) FROM crop_applications WHERE info_requested_at IS NOT NULL")
            .await,
        1
    );
    app.state.pages.changed();
    let allocations = app.get("/crop/allocations").await.text();
    assert!(allocations.contains("value=\"12,000.00\""), "{allocations}");
    assert!(allocations.contains("Left: USD 10,790.00"), "{allocations}");
    // The funds' demo: a request at each step, one reported with its receipt.
    assert!(
        lacralo_outreach::funds::demo::load(app.pool(), app.state.site())
            .await
            .unwrap()
    );
    assert!(
        !lacralo_outreach::funds::demo::load(app.pool(), app.state.site())
            .await
            .unwrap()
    );
    assert_eq!(
        app.count("SELECT count(DISTINCT status) FROM fund_requests")
            .await,
        4,
        "submitted, endorsed, approved, reported"
    );
    assert_eq!(app.count("SELECT count(*) FROM fund_receipts").await, 2);
    let funds = app.get("/funds").await.text();
    assert!(funds.contains("Demo DNSSEC workshop"), "{funds}");
    // The committee (its reviewers are accounts, so it waits for one: there is one here).
    assert!(
        lacralo_outreach::crop::demo::load_committee(app.pool())
            .await
            .unwrap()
    );
    assert!(
        !lacralo_outreach::crop::demo::load_committee(app.pool())
            .await
            .unwrap()
    );
    assert_eq!(
        app.count("SELECT count(*) FROM users WHERE email LIKE 'demo.reviewer%' AND disabled = 1 AND password_hash = '!'")
            .await,
        2
    );
    assert_eq!(app.count("SELECT count(*) FROM crop_rankings").await, 2);
    let open: i64 = sqlx::query_scalar(
        "SELECT o.id FROM crop_opportunities o JOIN events e ON e.id = o.event_id
         WHERE e.title = 'Demo Caribbean Internet Governance Forum'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    app.state.pages.changed();
    let review = app.get(&format!("/crop/{open}/review")).await.text();
    // 4 + 5 + 3 + 4 and 3 + 5 + 4 + 2 for the first application.
    assert!(review.contains("30 points from 2 reviewers"), "{review}");
}

#[tokio::test]
async fn a_member_who_joins_with_their_registry_address_can_apply_at_once() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let member: i64 = sqlx::query_scalar(
        "INSERT INTO members (name, email, email_canonical, country, created_at, updated_at)
         VALUES ('Ines Individual', 'ines@example.org', 'ines@example.org', 'TT', ?1, ?1) RETURNING id",
    )
    .bind("2020-01-01T00:00:00Z")
    .fetch_one(app.pool())
    .await
    .unwrap();
    let html = app
        .post_form(
            "/invitations",
            &[("email", "Ines@example.org"), ("role", "member")],
        )
        .await
        .text();
    let token = html
        .split("http://127.0.0.1:3000/join/")
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    let invitee = TestApp::sharing(&app);
    invitee.get(&format!("/join/{token}")).await;
    let joined = invitee
        .post_form(
            &format!("/join/{token}"),
            &[
                ("display_name", "Inés"),
                ("password", TestApp::PASSWORD),
                ("password_confirm", TestApp::PASSWORD),
            ],
        )
        .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.text());
    let linked: Option<i64> = sqlx::query_scalar(
        "SELECT member_id FROM users WHERE email_canonical = 'ines@example.org'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(linked, Some(member), "the account is the registry's member");
    let event = event_in_tt(&app, "Joined in time", 120).await;
    let id = open_opportunity(&app, event, "1", 50, 60).await;
    phase(&app, id, "subregion", "", false).await;
    let page = invitee.get(&format!("/crop/{id}")).await.text();
    assert!(
        page.contains(&format!("href=\"/crop/{id}/apply\"")),
        "{page}"
    );
}

#[tokio::test]
async fn the_announcement_reaches_the_subregions_eligible_members_then_everyone_once() {
    let app = TestApp::new().await;
    // Leadership work in Spanish: the language of a member whose own is not known.
    app.always_send("Accept-Language", "es");
    app.login_as(Role::Leadership).await;
    let event = event_in_tt(&app, "Caribbean IGF", 120).await;
    let id = open_opportunity(&app, event, "2", 60, 70).await;
    // In the sub-region (C): an account reading Portuguese, a registry member reading
    // French (Jamaica), one whose language is not recorded (Barbados).
    let (_, with_account) = app.member_account("TT", "Tiago", "active").await;
    sqlx::query("UPDATE users SET locale = 'pt' WHERE member_id = ?")
        .bind(with_account)
        .execute(app.pool())
        .await
        .unwrap();
    app.registry_member(
        "JM",
        "Jeanne",
        Some("jeanne@example.org"),
        Some("fr"),
        Some("active"),
    )
    .await;
    app.registry_member("BB", "Bea", Some("bea@example.org"), None, None)
        .await;
    // Not eligible, or no address: never told.
    let inactive = app
        .registry_member("TT", "Ina", Some("ina@example.org"), None, Some("active"))
        .await;
    sqlx::query("UPDATE members SET active = 0 WHERE id = ?")
        .bind(inactive)
        .execute(app.pool())
        .await
        .unwrap();
    app.registry_member(
        "TT",
        "Stan",
        Some("stan@example.org"),
        None,
        Some("standby"),
    )
    .await;
    app.registry_member("TT", "Noaddress", None, None, Some("active"))
        .await;
    // Outside the sub-region: told only when it opens to all.
    app.registry_member(
        "AR",
        "Ariel",
        Some("ariel@example.org"),
        Some("es"),
        Some("active"),
    )
    .await;

    assert!(
        app.outbox("crop_announcement").await.is_empty(),
        "a draft tells nobody"
    );
    assert_eq!(
        phase(&app, id, "subregion", "", false).await.status,
        StatusCode::SEE_OTHER
    );
    let sent = app.outbox("crop_announcement").await;
    let who: Vec<(&str, &str)> = sent
        .iter()
        .map(|m| (m.recipient.as_str(), m.language.as_str()))
        .collect();
    assert_eq!(
        who,
        [
            ("tiago@example.org", "pt"),
            ("jeanne@example.org", "fr"),
            ("bea@example.org", "es")
        ]
    );
    for m in &sent {
        assert_eq!(m.link, format!("http://127.0.0.1:3000/crop/{id}"));
        assert_eq!(m.dedup_key, format!("crop-announce:{id}:{}", m.recipient));
    }
    // The deadline in each recipient's zone: their country's, for want of their own.
    assert!(
        sent[0].body.contains("America/Port_of_Spain"),
        "{}",
        sent[0].body
    );
    assert!(sent[1].body.contains("America/Jamaica"), "{}", sent[1].body);
    assert!(sent[0].subject.contains("Caribbean IGF"));
    let pt = lacralo_outreach::web::Lang::from_code("pt").unwrap();
    assert!(
        sent[0].body.contains(&pt.t("crop-deadline")),
        "{}",
        sent[0].body
    );

    // Open to all: the members not told yet, and nobody twice.
    let widened = phase(&app, id, "open_to_all", "Nobody from C can travel", true).await;
    assert_eq!(widened.status, StatusCode::SEE_OTHER);
    let after = app.outbox("crop_announcement").await;
    assert_eq!(after.len(), 4);
    assert_eq!(after[3].recipient, "ariel@example.org");
    assert_eq!(after[3].language, "es");
}

#[tokio::test]
async fn the_applicant_gets_a_receipt_for_each_step_and_every_decision_with_its_reason() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let event = event_in_tt(&app, "Caribbean IGF", 120).await;
    let id = open_opportunity(&app, event, "1", 60, 70).await;
    app.record_year_plan(lacralo_outreach::crop::rules::fiscal_year(
        Utc::now().date_naive(),
    ))
    .await;
    phase(&app, id, "subregion", "", false).await;
    let (member, member_id) = app.member_account("JM", "Keisha", "active").await;
    let user: i64 = sqlx::query_scalar("SELECT id FROM users WHERE member_id = ?")
        .bind(member_id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    let applied = apply(&member, id, "I run the Kingston chapter's outreach").await;
    let app_id = application_id(&applied);
    // The applicant follows the event from now on.
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM follows WHERE user_id = {user} AND target = 'event' AND value = '{event}'"
        ))
        .await,
        1
    );
    let v = version(&app, "crop_applications", app_id).await;
    let changed = member
        .post_form(
            &format!("/crop/applications/{app_id}"),
            &[
                ("version", &v),
                ("motivation", "Changed motivation"),
                ("outreach_plan", "Talks"),
                ("languages", "en"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.text());
    assert_eq!(
        decide(&app, app_id, "shortlist", "").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        decide(&app, app_id, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    let no_reason = decide(&app, app_id, "revoke", "").await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        decide(&app, app_id, "revoke", "The event moved online")
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    // Revoked: the place is free again and the trip is no longer an engagement.
    assert_eq!(
        app.count("SELECT count(*) FROM engagements WHERE kind = 'crop_trip'")
            .await,
        0
    );

    let receipts = app.outbox("crop_receipt").await;
    let keys: Vec<&str> = receipts.iter().map(|m| m.dedup_key.as_str()).collect();
    assert_eq!(
        keys,
        [
            format!("crop-receipt:{app_id}:submitted:1"),
            format!("crop-receipt:{app_id}:changed:2"),
        ]
    );
    let decisions = app.outbox("crop_decision").await;
    let keys: Vec<&str> = decisions.iter().map(|m| m.dedup_key.as_str()).collect();
    assert_eq!(
        keys,
        [
            format!("crop-decision:{app_id}:shortlisted:3"),
            format!("crop-decision:{app_id}:approved:4"),
            format!("crop-decision:{app_id}:revoked:5"),
        ]
    );
    for m in receipts.iter().chain(&decisions) {
        assert_eq!(m.recipient, "keisha@example.org");
        assert_eq!(m.language, "en");
        assert_eq!(
            m.link,
            format!("http://127.0.0.1:3000/crop/applications/{app_id}")
        );
    }
    assert!(
        decisions[2].body.contains("The event moved online"),
        "{}",
        decisions[2].body
    );
    assert!(decisions[2].body.contains("revoked"));

    // Another applicant withdraws, and another is declined with the reason.
    let (second, _) = app.member_account("TT", "Anya", "active").await;
    let second_app = application_id(&apply(&second, id, "Our ALS works with ISPs").await);
    let v = version(&app, "crop_applications", second_app).await;
    let withdrawn = second
        .post_form(
            &format!("/crop/applications/{second_app}/withdraw"),
            &[("version", &v), ("confirm", "1")],
        )
        .await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    let (third, _) = app.member_account("BB", "Brian", "active").await;
    let third_app = application_id(&apply(&third, id, "First trip").await);
    decide(
        &app,
        third_app,
        "decline",
        "We chose someone with a plan for ISPs",
    )
    .await;
    let receipts = app.outbox("crop_receipt").await;
    assert!(receipts.iter().any(|m| m.recipient == "anya@example.org"
        && m.dedup_key == format!("crop-receipt:{second_app}:withdrawn:2")));
    let declined = app.outbox("crop_decision").await;
    let last = declined.last().unwrap();
    assert_eq!(last.recipient, "brian@example.org");
    assert!(last.body.contains("We chose someone with a plan for ISPs"));
}

#[tokio::test]
async fn more_information_requested_lets_the_applicant_resubmit_after_the_deadline() {
    let app = TestApp::new().await;
    let (id, member, app_id) = one_applicant(&app, 120).await;
    // Asking needs the question.
    let blank = decide(&app, app_id, "info", " ").await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(blank.text().contains("Write what you need to know"));
    let asked = decide(&app, app_id, "info", "Which ISPs will you meet?").await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    // The applicant is told, with the question.
    let told: String = sqlx::query_scalar(
        "SELECT body FROM outbox WHERE dedup_key LIKE 'crop-decision:%:info_requested:%'",
    )
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert!(told.contains("Which ISPs will you meet?"), "{told}");
    // Leadership cannot approve before the answer; the review page offers no approval.
    let early = decide(&app, app_id, "approve", "").await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        early
            .text()
            .contains("approve once the applicant has resubmitted")
    );
    let review = app.get(&format!("/crop/{id}/review")).await.text();
    assert!(review.contains("More information requested"));
    assert!(!review.contains("<option value=\"approve\">"), "{review}");

    // The deadline passes: the applicant can still change the application, once.
    sqlx::query("UPDATE crop_opportunities SET deadline_at = '2000-01-01T00:00:00Z' WHERE id = ?")
        .bind(id)
        .execute(app.pool())
        .await
        .unwrap();
    app.state.pages.changed();
    let page = member
        .get(&format!("/crop/applications/{app_id}"))
        .await
        .text();
    assert!(page.contains("Which ISPs will you meet?"));
    assert!(page.contains("Resubmit"), "{page}");
    let v = version(&app, "crop_applications", app_id).await;
    let resubmitted = member
        .post_form(
            &format!("/crop/applications/{app_id}"),
            &[
                ("version", v.as_str()),
                ("motivation", "Kingston outreach"),
                ("outreach_plan", "Flow, Digicel and the JM ISP association."),
                ("languages", "en"),
            ],
        )
        .await;
    assert_eq!(resubmitted.status, StatusCode::SEE_OTHER);
    // Resubmitted: no more changes after the deadline, and leadership may decide.
    let page = member
        .get(&format!("/crop/applications/{app_id}"))
        .await
        .text();
    assert!(!page.contains("Resubmit"));
    assert!(page.contains("Flow, Digicel"));
    let again = member
        .post_form(
            &format!("/crop/applications/{app_id}"),
            &[
                (
                    "version",
                    version(&app, "crop_applications", app_id).await.as_str(),
                ),
                ("motivation", "Changed again"),
                ("outreach_plan", "x"),
                ("languages", "en"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Asked again, leadership can still decline from there.
    decide(&app, app_id, "info", "And the dates?").await;
    let declined = decide(&app, app_id, "decline", "No answer in time").await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);
    let status: String = sqlx::query_scalar("SELECT status FROM crop_applications WHERE id = ?")
        .bind(app_id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(status, "declined");
}

#[tokio::test]
async fn the_trip_assessment_answers_icanns_questions_and_is_flagged_until_it_has_english() {
    let app = TestApp::new().await;
    let (_, member, app_id) = one_applicant(&app, 120).await;
    assert_eq!(
        decide(&app, app_id, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    // The trip happened.
    let past = (Utc::now() - Duration::days(5)).date_naive().to_string();
    sqlx::query("UPDATE events SET start_date = ?, end_date = ? WHERE id = (SELECT o.event_id FROM crop_opportunities o JOIN crop_applications a ON a.opportunity_id = o.id WHERE a.id = ?)")
        .bind(&past)
        .bind(&past)
        .bind(app_id)
        .execute(app.pool())
        .await
        .unwrap();
    app.state.pages.changed();
    let page = member
        .get(&format!("/crop/applications/{app_id}"))
        .await
        .text();
    for question in [
        "Objectives of the trip",
        "Activities",
        "People reached",
        "Contacts made",
        "Follow-up planned",
        "Results",
        "English version",
    ] {
        assert!(page.contains(question), "{question}: {page}");
    }
    // Every missing answer is reported at once, and what was typed is kept.
    let v = version(&app, "crop_applications", app_id).await;
    let empty = member
        .post_form(
            &format!("/crop/applications/{app_id}/report"),
            &[
                ("version", v.as_str()),
                ("report_language", "es"),
                ("objectives", "Presentar At-Large"),
                ("people_reached", "muchas"),
            ],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = empty.text();
    for message in [
        "List the trip",
        "Name the contacts",
        "Say what follow-up",
        "Give a whole number",
        "Write the report before saving it",
    ] {
        assert!(text.contains(message), "{message}: {text}");
    }
    assert!(text.contains("Presentar At-Large"));
    assert!(text.contains("value=\"muchas\""));

    // Filed in Spanish without English: filed, and flagged.
    let filed = member
        .post_form(
            &format!("/crop/applications/{app_id}/report"),
            &assessment(&v, "Dos ISP se unirán como ALS."),
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER);
    let page = app
        .get(&format!("/crop/applications/{app_id}"))
        .await
        .text();
    assert!(page.contains("The English version is missing"), "{page}");
    let print = app
        .get(&format!("/crop/applications/{app_id}/assessment"))
        .await;
    assert_eq!(print.status, StatusCode::OK);
    let print = print.text();
    assert!(
        print.contains("<html lang=\"en\""),
        "the printable view is English"
    );
    assert!(print.contains("The English version is missing"));
    assert!(print.contains("Dos ISP se unirán como ALS."));

    // The English version added: no flag, and the printable view is the English text.
    let v = version(&app, "crop_applications", app_id).await;
    let mut form = assessment(&v, "Dos ISP se unirán como ALS.");
    form.push((
        "english",
        "Objectives: introduce At-Large. Results: two ISPs will apply as ALSs.",
    ));
    let fixed = member
        .post_form(&format!("/crop/applications/{app_id}/report"), &form)
        .await;
    assert_eq!(fixed.status, StatusCode::SEE_OTHER);
    let page = app
        .get(&format!("/crop/applications/{app_id}"))
        .await
        .text();
    assert!(!page.contains("The English version is missing"));
    let print = member
        .get(&format!("/crop/applications/{app_id}/assessment"))
        .await
        .text();
    assert!(print.contains("two ISPs will apply as ALSs"));
    assert!(!print.contains("The English version is missing"));
    let stored: (i64, String) = sqlx::query_as(
        "SELECT report_people_reached, report_language FROM crop_applications WHERE id = ?",
    )
    .bind(app_id)
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(stored, (45, "es".to_owned()));
    // Someone else's assessment is not theirs to read.
    let (other, _) = app.member_account("TT", "Ravi", "active").await;
    let hidden = other
        .get(&format!("/crop/applications/{app_id}/assessment"))
        .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_trips_costs_are_held_to_crops_caps_and_counted_against_the_years_money() {
    let app = TestApp::new().await;
    let (_, member, app_id) = one_applicant(&app, 120).await;
    let fy = lacralo_outreach::crop::rules::fiscal_year(Utc::now().date_naive()).to_string();
    // Leadership set the year's CROP money and per diem rate, typed as people type them.
    let bad = app
        .post_form(
            "/crop/allocations",
            &[
                ("fiscal_year", fy.as_str()),
                ("trips", "5"),
                ("budget", "cinco mil"),
                ("per_diem", "60"),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.text().contains("Budget: Write an amount"),
        "{}",
        bad.text()
    );
    let set = app
        .post_form(
            "/crop/allocations",
            &[
                ("fiscal_year", fy.as_str()),
                ("trips", "5"),
                ("budget", "5.000,00"),
                ("per_diem", "60"),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER);
    let stored: (i64, i64) = sqlx::query_as(
        "SELECT budget_cents, per_diem_cents FROM crop_allocations WHERE fiscal_year = ?",
    )
    .bind(fy.parse::<i64>().unwrap())
    .fetch_one(app.pool())
    .await
    .unwrap();
    assert_eq!(stored, (500_000, 6_000), "integer cents, never floats");

    // The applicant's estimate over every cap: all three refused at once, typing kept.
    let costs =
        |version: &'static str, nights: &'static str, days: &'static str, visa: &'static str| {
            vec![
                ("kind", "estimate"),
                ("currency", "USD"),
                ("airfare", "1.250,50"),
                ("hotel_nights", nights),
                ("hotel_per_night", "120"),
                ("per_diem_days", days),
                ("visa", visa),
                ("version", version),
            ]
        };
    let over = member
        .post_form(
            &format!("/crop/applications/{app_id}/costs"),
            &costs("0", "4", "5", "200.01"),
        )
        .await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = over.text();
    for message in [
        "a hotel for at most 3 nights",
        "a per diem for at most 4 days",
        "visa fees up to US$200.",
    ] {
        assert!(text.contains(message), "{message}: {text}");
    }
    assert!(
        text.contains("value=\"1.250,50\""),
        "what was typed is kept"
    );
    assert_eq!(app.count("SELECT count(*) FROM crop_costs").await, 0);
    // At the caps exactly: saved, the per diem at the year's rate.
    let saved = member
        .post_form(
            &format!("/crop/applications/{app_id}/costs"),
            &costs("0", "3", "4", "200"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let total: i64 =
        sqlx::query_scalar("SELECT total_cents FROM crop_costs WHERE application_id = ?")
            .bind(app_id)
            .fetch_one(app.pool())
            .await
            .unwrap();
    // 1,250.50 + 3 × 120 + 4 × 60 + 200
    assert_eq!(total, 205_050);
    // A second save on the old version is a conflict, not an overwrite.
    let stale = app
        .post_form(
            &format!("/crop/applications/{app_id}/costs"),
            &costs("0", "1", "1", "0"),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    // Someone else's application's costs are not theirs to see or set.
    let (other, _) = app.member_account("TT", "Ravi", "active").await;
    let hidden = other
        .post_form(
            &format!("/crop/applications/{app_id}/costs"),
            &costs("1", "1", "1", "0"),
        )
        .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);

    // Approved: the estimate is committed against the year's money.
    assert_eq!(
        decide(&app, app_id, "approve", "").await.status,
        StatusCode::SEE_OTHER
    );
    let page = app.get("/crop/allocations").await.text();
    assert!(page.contains("USD 2,050.50"), "{page}");
    assert!(
        page.contains("USD 2,949.50"),
        "what is left of the budget: {page}"
    );
    // Actual costs wait for the trip.
    let early = app
        .post_form(
            &format!("/crop/applications/{app_id}/costs"),
            &[
                ("kind", "actual"),
                ("currency", "USD"),
                ("airfare", "1100"),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(early.status, StatusCode::FORBIDDEN);
    sqlx::query("UPDATE crop_applications SET departure_on = ?, return_on = ? WHERE id = ?")
        .bind(day(-6))
        .bind(day(-2))
        .bind(app_id)
        .execute(app.pool())
        .await
        .unwrap();
    app.state.pages.changed();
    let actual = app
        .post_form(
            &format!("/crop/applications/{app_id}/costs"),
            &[
                ("kind", "actual"),
                ("currency", "USD"),
                ("airfare", "1100"),
                ("hotel_nights", "3"),
                ("hotel_per_night", "100"),
                ("per_diem_days", "4"),
                ("visa", "0"),
                ("version", "0"),
            ],
        )
        .await;
    assert_eq!(actual.status, StatusCode::SEE_OTHER);
    let page = app.get("/crop/allocations").await.text();
    // 1,100 + 300 + 240
    assert!(page.contains("USD 1,640.00"), "spent: {page}");
    let application = member
        .get(&format!("/crop/applications/{app_id}"))
        .await
        .text();
    assert!(application.contains("Actual costs"));
    assert!(application.contains("USD 1,640.00"));
}

#[tokio::test]
async fn leadership_are_warned_when_approving_leaves_under_eight_or_six_weeks() {
    // Departure 50 days ahead (the day before the event): past the 8 weeks, not the 6.
    let app = TestApp::new().await;
    let (id, _, _) = one_applicant(&app, 51).await;
    let review = app.get(&format!("/crop/{id}/review")).await.text();
    assert!(
        review.contains("Less than 8 weeks before the proposed departure"),
        "{review}"
    );
    // 30 days ahead: past Constituency Travel's 6 weeks too.
    let app = TestApp::new().await;
    let (id, _, _) = one_applicant(&app, 31).await;
    let review = app.get(&format!("/crop/{id}/review")).await.text();
    assert!(
        review.contains("Less than 6 weeks before the proposed departure"),
        "{review}"
    );
    // Far ahead: no warning.
    let app = TestApp::new().await;
    let (id, _, _) = one_applicant(&app, 120).await;
    let review = app.get(&format!("/crop/{id}/review")).await.text();
    assert!(!review.contains("before the proposed departure"));
}
