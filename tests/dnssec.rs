//! The DNSSEC training pipeline through HTTP: the form and its errors, the stage rules on
//! the contact page, the board and its buttons, stale pages, the public summary in numbers,
//! who may see what, and the demo data.

mod common;

use axum::http::StatusCode;
use common::TestApp;
use lacralo_outreach::audit::Actor;
use lacralo_outreach::registry::model::NewAls;
use lacralo_outreach::registry::queries::{self as registry, Written};
use lacralo_outreach::web::auth::Role;

/// GSE staff logged in, with an ALS in Argentina and a training event: what a contact needs
/// to go through every stage.
struct Setup {
    app: TestApp,
    staff_id: String,
    als_id: String,
    event_id: String,
}

async fn setup() -> Setup {
    let app = TestApp::new().await;
    let staff_id = app.login_as(Role::GseStaff).await.to_string();
    let als = NewAls {
        name: "Internet Society Argentina".into(),
        acronym: "ISOC-AR".into(),
        country: "AR".into(),
        website: String::new(),
        accredited_on: None,
        notes: String::new(),
    };
    let Written::Done(als_id) = registry::create(app.pool(), &Actor::system("test"), &als)
        .await
        .unwrap()
    else {
        panic!("ALS not created");
    };
    let event_id = app
        .create_event(&[
            ("title", "DNSSEC hands-on training Buenos Aires"),
            ("kind", "training"),
            ("start_date", "2023-05-10"),
            ("country", "AR"),
        ])
        .await
        .to_string();
    Setup {
        app,
        staff_id,
        als_id: als_id.to_string(),
        event_id,
    }
}

/// Posts the contact form with these fields over sensible defaults.
async fn post_contact(app: &TestApp, fields: &[(&str, &str)]) -> common::TestResponse {
    let mut all: Vec<(&str, &str)> = vec![
        ("kind", "isp"),
        ("stage", "identified"),
        ("signed_zones", "0"),
    ];
    for (k, v) in fields {
        all.retain(|(key, _)| key != k);
        all.push((k, v));
    }
    app.post_form("/dnssec", &all).await
}

async fn create(app: &TestApp, fields: &[(&str, &str)]) -> i64 {
    let r = post_contact(app, fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    r.location().trim_start_matches("/dnssec/").parse().unwrap()
}

/// A contact in `country` at `stage`, with what the later stages need: the setup's ALS, a
/// first contact on 2023-03-01 and the setup's GSE owner.
async fn create_owned(s: &Setup, organisation: &str, country: &str, stage: &str) -> i64 {
    create(
        &s.app,
        &[
            ("organisation", organisation),
            ("country", country),
            ("als_id", &s.als_id),
            ("contacted_on", "2023-03-01"),
            ("gse_owner_id", &s.staff_id),
            ("stage", stage),
        ],
    )
    .await
}

async fn stage_of(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT stage FROM dnssec_contacts WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap()
}

async fn version_of(app: &TestApp, id: i64) -> String {
    app.count(&format!(
        "SELECT version FROM dnssec_contacts WHERE id = {id}"
    ))
    .await
    .to_string()
}

async fn history_rows(app: &TestApp, id: i64) -> i64 {
    app.count(&format!(
        "SELECT count(*) FROM dnssec_stage_changes WHERE contact_id = {id}"
    ))
    .await
}

/// Askama escapes quotes; compare text as the page writes it.
fn html(s: &str) -> String {
    s.replace('\'', "&#39;").replace('"', "&#34;")
}

fn contains(page: &str, text: &str) -> bool {
    page.contains(text) || page.contains(&html(text))
}

#[tokio::test]
async fn a_refused_form_says_what_is_wrong_keeps_what_was_typed_and_stores_nothing() {
    let s = setup().await;
    let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
    let r = post_contact(
        &s.app,
        &[
            ("organisation", "  "),
            ("country", "ZZ"),
            ("contact_name", "Rosa Typed"),
            ("contact_email", "rosa at example"),
            ("contacted_on", &tomorrow),
            ("signed_zones", "-1"),
            ("als_id", "9999"),
            ("gse_owner_id", "9999"),
            ("training_event_id", "9999"),
            ("notes", "Met at LACNIC"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text();
    for message in [
        "Enter the organisation's name.",
        "“ZZ” is not a country or territory of the LAC region.",
        "An email address needs an @, like name@example.org.",
        "The contact date cannot be in the future.",
        "The number of signed zones cannot be negative.",
        "Choose an ALS from the list.",
        "Choose a GSE follow-up owner from the list.",
        "Choose a training event from the list.",
    ] {
        assert!(contains(&page, message), "missing {message:?}");
    }
    assert!(page.contains("class=\"error-summary\""));
    // What was typed comes back.
    assert!(page.contains("value=\"Rosa Typed\""));
    assert!(page.contains("value=\"rosa at example\""));
    assert!(page.contains(&format!("value=\"{tomorrow}\"")));
    assert!(page.contains("value=\"-1\""));
    assert!(page.contains("Met at LACNIC"));

    // Other wrong values, one at a time.
    for (field, value, message) in [
        (
            "signed_zones",
            "2.5",
            "Enter the number of signed zones as a whole number",
        ),
        (
            "contacted_on",
            "2023-02-30",
            "Enter a real date, like 2023-03-11.",
        ),
        ("country", "", "Choose the country or territory."),
        ("kind", "bank", "Choose one of the options."),
        ("stage", "finished", "Choose one of the options."),
    ] {
        let r = post_contact(
            &s.app,
            &[
                ("organisation", "Fibra del Sur"),
                ("country", "AR"),
                (field, value),
            ],
        )
        .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}={value}"
        );
        assert!(contains(&r.text(), message), "{field}={value}: {message}");
        assert!(r.text().contains("value=\"Fibra del Sur\""));
    }
    assert_eq!(s.app.count("SELECT count(*) FROM dnssec_contacts").await, 0);
    assert_eq!(
        s.app
            .count("SELECT count(*) FROM dnssec_stage_changes")
            .await,
        0
    );
    assert_eq!(
        s.app
            .count("SELECT count(*) FROM audit_log WHERE entity = 'dnssec_contact'")
            .await,
        0
    );
}

#[tokio::test]
async fn a_contact_is_created_shown_in_full_and_refused_twice_in_a_country() {
    let s = setup().await;
    let id = create(
        &s.app,
        &[
            ("organisation", "Telecomunicaciones Pampa"),
            ("country", "AR"),
            ("contact_name", "Rosa Pérez"),
            ("contact_email", "rosa@ñandú.com.ar"),
            ("als_id", &s.als_id),
            ("contacted_on", "2023-04-02"),
            ("stage", "contacted"),
        ],
    )
    .await;
    let page = s.app.get(&format!("/dnssec/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let page = page.text();
    for text in [
        "Organisation added to the pipeline.",
        "Telecomunicaciones Pampa",
        "Rosa Pérez",
        "rosa@ñandú.com.ar",
        "Internet Society Argentina",
        "Contacted by an ALS",
        "April 2, 2023",
        "gse_staff@example.org",
    ] {
        assert!(page.contains(text), "{text}");
    }
    assert!(page.contains(&format!("href=\"/als/{}\"", s.als_id)));
    // Created: one history row from nothing, and one audit row.
    assert_eq!(history_rows(&s.app, id).await, 1);
    assert_eq!(
        s.app
            .count(&format!(
                "SELECT count(*) FROM dnssec_stage_changes WHERE contact_id = {id}
                 AND from_stage IS NULL AND to_stage = 'contacted'"
            ))
            .await,
        1
    );
    assert_eq!(
        s.app
            .count("SELECT count(*) FROM audit_log WHERE entity = 'dnssec_contact' AND action = 'create'")
            .await,
        1
    );
    // The same organisation, other case and accents, same country: refused on its field.
    let dup = post_contact(
        &s.app,
        &[
            ("organisation", "TELECOMUNICACIONES  PAMPA"),
            ("country", "AR"),
            ("contact_name", "Otro"),
        ],
    )
    .await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = dup.text();
    assert!(text.contains("This organisation is already in the pipeline for this country."));
    assert!(text.contains("href=\"#f-organisation\""));
    assert!(text.contains("value=\"Otro\""));
    // In another country it is another organisation.
    create(
        &s.app,
        &[
            ("organisation", "Telecomunicaciones Pampa"),
            ("country", "UY"),
        ],
    )
    .await;
    assert_eq!(s.app.count("SELECT count(*) FROM dnssec_contacts").await, 2);
}

#[tokio::test]
async fn a_stage_needs_what_it_implies() {
    let s = setup().await;
    // Trained without a training event: refused next to the event field.
    let r = post_contact(
        &s.app,
        &[
            ("organisation", "Cable Norte"),
            ("country", "AR"),
            ("als_id", &s.als_id),
            ("contacted_on", "2023-03-01"),
            ("gse_owner_id", &s.staff_id),
            ("stage", "trained"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text();
    assert!(contains(
        &page,
        "Choose the training event: it is needed from “Training scheduled” on."
    ));
    assert!(page.contains("id=\"f-training_event_id-error\""));
    // Contacted without the ALS nor the date: both named.
    let r = post_contact(
        &s.app,
        &[
            ("organisation", "Cable Norte"),
            ("country", "AR"),
            ("stage", "contacted"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("id=\"f-als_id-error\""));
    assert!(r.text().contains("id=\"f-contacted_on-error\""));
    // Signing with no signed zone.
    let r = post_contact(
        &s.app,
        &[
            ("organisation", "Cable Norte"),
            ("country", "AR"),
            ("als_id", &s.als_id),
            ("contacted_on", "2023-03-01"),
            ("gse_owner_id", &s.staff_id),
            ("training_event_id", &s.event_id),
            ("stage", "signing"),
            ("signed_zones", "0"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(contains(
        &r.text(),
        "An organisation at “Signing zones” has at least one signed zone."
    ));
    assert_eq!(s.app.count("SELECT count(*) FROM dnssec_contacts").await, 0);
    // With everything, it is stored at signing, and its page links the training event.
    let id = create(
        &s.app,
        &[
            ("organisation", "Cable Norte"),
            ("country", "AR"),
            ("als_id", &s.als_id),
            ("contacted_on", "2023-03-01"),
            ("gse_owner_id", &s.staff_id),
            ("training_event_id", &s.event_id),
            ("stage", "signing"),
            ("signed_zones", "4"),
        ],
    )
    .await;
    let page = s.app.get(&format!("/dnssec/{id}")).await.text();
    assert!(page.contains(&format!("href=\"/events/{}\"", s.event_id)));
    assert!(page.contains("DNSSEC hands-on training Buenos Aires"));
    assert!(page.contains("gse_staff tester"), "the owner's name");
}

#[tokio::test]
async fn stages_move_forward_freely_and_back_only_with_a_reason() {
    let s = setup().await;
    let app = &s.app;
    let id = create(
        app,
        &[
            ("organisation", "Fibra del Sur"),
            ("country", "AR"),
            ("als_id", &s.als_id),
            ("contacted_on", "2023-03-01"),
            ("stage", "contacted"),
        ],
    )
    .await;
    // Forward to GSE follow-up without an owner: refused, nothing changes.
    let v = version_of(app, id).await;
    let r = app
        .post_form(
            &format!("/dnssec/{id}/stage"),
            &[("stage", "gse_follow_up"), ("version", &v)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(contains(
        &r.text(),
        "Choose who at GSE follows up: it is needed from “GSE follow-up” on."
    ));
    assert_eq!(stage_of(app, id).await, "contacted");

    // Give it an owner (through the edit form), then move forward two steps, no reason.
    let r = app
        .post_form(
            &format!("/dnssec/{id}"),
            &[
                ("organisation", "Fibra del Sur"),
                ("kind", "isp"),
                ("country", "AR"),
                ("als_id", &s.als_id),
                ("contacted_on", "2023-03-01"),
                ("gse_owner_id", &s.staff_id),
                ("training_event_id", &s.event_id),
                ("stage", "contacted"),
                ("signed_zones", "0"),
                ("version", &v),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(history_rows(app, id).await, 1, "no stage change, no row");
    let v = version_of(app, id).await;
    let r = app
        .post_form(
            &format!("/dnssec/{id}/stage"),
            &[("stage", "training_scheduled"), ("version", &v)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(r.location(), format!("/dnssec/{id}"));
    assert_eq!(stage_of(app, id).await, "training_scheduled");
    assert_eq!(history_rows(app, id).await, 2);

    // Back without a reason: the contact page again, with the error; nothing stored.
    let v = version_of(app, id).await;
    let r = app
        .post_form(
            &format!("/dnssec/{id}/stage"),
            &[("stage", "identified"), ("reason", "  "), ("version", &v)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text();
    assert!(contains(
        &page,
        "Say why the organisation moves back to an earlier stage"
    ));
    assert!(page.contains("Fibra del Sur"), "the contact page");
    assert!(page.contains("id=\"f-reason-error\""));
    assert_eq!(stage_of(app, id).await, "training_scheduled");
    assert_eq!(history_rows(app, id).await, 2);
    assert_eq!(version_of(app, id).await, v);

    // With a reason: moved, and the reason is in the history with who did it.
    let r = app
        .post_form(
            &format!("/dnssec/{id}/stage"),
            &[
                ("stage", "gse_follow_up"),
                ("reason", "The training was postponed to next year"),
                ("version", &v),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(stage_of(app, id).await, "gse_follow_up");
    assert_eq!(history_rows(app, id).await, 3);
    let page = app.get(&format!("/dnssec/{id}")).await.text();
    assert!(page.contains("Stage changed."));
    assert!(page.contains("The training was postponed to next year"));
    assert!(page.contains("Training scheduled"));
    assert!(page.contains("gse_staff@example.org"));

    // The same stage changes nothing.
    let v = version_of(app, id).await;
    let r = app
        .post_form(
            &format!("/dnssec/{id}/stage"),
            &[("stage", "gse_follow_up"), ("version", &v)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(history_rows(app, id).await, 3);
    assert_eq!(version_of(app, id).await, v);

    // A move decided on a stale page is refused (409), and nothing changes.
    let r = app
        .post_form(
            &format!("/dnssec/{id}/stage"),
            &[("stage", "trained"), ("version", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(
        r.text()
            .contains("Someone changed this organisation while you were looking at it.")
    );
    assert_eq!(stage_of(app, id).await, "gse_follow_up");
    assert_eq!(history_rows(app, id).await, 3);
    assert_eq!(
        app.count("SELECT count(*) FROM audit_log WHERE entity = 'dnssec_contact' AND action = 'change_stage'")
            .await,
        2
    );
}

#[tokio::test]
async fn editing_moves_back_only_with_a_reason_and_never_overwrites_a_newer_version() {
    let s = setup().await;
    let app = &s.app;
    let id = create_owned(&s, "Red Andina", "AR", "gse_follow_up").await;
    let edit = app.get(&format!("/dnssec/{id}/edit")).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(edit.text().contains("value=\"Red Andina\""));
    let v1 = version_of(app, id).await;
    let form = |name: &'static str, stage: &'static str, reason: &'static str, version: String| {
        let als = s.als_id.clone();
        let owner = s.staff_id.clone();
        async move {
            app.post_form(
                &format!("/dnssec/{id}"),
                &[
                    ("organisation", name),
                    ("kind", "isp"),
                    ("country", "AR"),
                    ("als_id", &als),
                    ("contacted_on", "2023-03-01"),
                    ("gse_owner_id", &owner),
                    ("stage", stage),
                    ("signed_zones", "0"),
                    ("reason", reason),
                    ("version", &version),
                ],
            )
            .await
        }
    };
    // Back to "contacted" in the form without a reason: refused, as typed.
    let r = form("Red Andina SA", "contacted", "", v1.clone()).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().contains("id=\"f-reason-error\""));
    assert!(r.text().contains("value=\"Red Andina SA\""));
    assert_eq!(stage_of(app, id).await, "gse_follow_up");
    // With a reason: saved, and the history says why.
    let r = form("Red Andina SA", "contacted", "Owner left GSE", v1.clone()).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());
    assert_eq!(stage_of(app, id).await, "contacted");
    assert_eq!(
        app.count(&format!(
            "SELECT count(*) FROM dnssec_stage_changes WHERE contact_id = {id}
             AND from_stage = 'gse_follow_up' AND to_stage = 'contacted' AND reason = 'Owner left GSE'"
        ))
        .await,
        1
    );
    // Renamed to another organisation of the same country: refused on its field.
    create(app, &[("organisation", "Cable Andino"), ("country", "AR")]).await;
    let v2 = version_of(app, id).await;
    let r = form("CABLE ANDINO", "contacted", "", v2).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text()
            .contains("This organisation is already in the pipeline for this country.")
    );
    // A save from the form as it was before: the conflict page, nothing overwritten.
    let r = form("Red Andina Stale", "contacted", "", v1.clone()).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    let page = r.text();
    assert!(page.contains("Someone else changed this organisation"));
    assert!(page.contains("Red Andina Stale"), "mine");
    assert!(page.contains("Red Andina SA"), "theirs");
    assert!(page.contains("name=\"_csrf\""));
    let name: String = sqlx::query_scalar("SELECT organisation FROM dnssec_contacts WHERE id = ?")
        .bind(id)
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(name, "Red Andina SA");
}

/// The numbers of one row of the summary, by its id.
fn row_numbers(page: &str, row_id: &str) -> Vec<i64> {
    let start = page
        .find(&format!("<tr id=\"{row_id}\">"))
        .unwrap_or_else(|| panic!("no row {row_id}"));
    let row = &page[start..start + page[start..].find("</tr>").unwrap()];
    row.split("<td")
        .skip(1)
        .filter_map(|cell| {
            cell.split_once('>')?
                .1
                .split('<')
                .next()?
                .trim()
                .parse()
                .ok()
        })
        .collect()
}

#[tokio::test]
async fn the_summary_counts_per_country_and_sub_region_and_names_nobody() {
    let s = setup().await;
    let app = &s.app;
    let uy_als = {
        let als = NewAls {
            name: "Usuarios Uruguay".into(),
            acronym: String::new(),
            country: "UY".into(),
            website: String::new(),
            accredited_on: None,
            notes: String::new(),
        };
        match registry::create(app.pool(), &Actor::system("test"), &als)
            .await
            .unwrap()
        {
            Written::Done(id) => id.to_string(),
            _ => panic!(),
        }
    };
    let full = |org: &'static str,
                country: &'static str,
                als: String,
                stage: &'static str,
                zones: &'static str| {
        let owner = s.staff_id.clone();
        let event = s.event_id.clone();
        async move {
            create(
                app,
                &[
                    ("organisation", org),
                    ("country", country),
                    ("contact_name", "Secret Person"),
                    ("contact_email", "secret.person@example.net"),
                    ("als_id", &als),
                    ("contacted_on", "2023-03-01"),
                    ("gse_owner_id", &owner),
                    ("training_event_id", &event),
                    ("stage", stage),
                    ("signed_zones", zones),
                ],
            )
            .await
        }
    };
    // Argentina (D): one signing with 5 zones, one trained. Uruguay (D): contacted.
    full("Pampa Signed ISP", "AR", s.als_id.clone(), "signing", "5").await;
    full("Pampa Trained ISP", "AR", s.als_id.clone(), "trained", "0").await;
    full(
        "Montevideo Contacted ISP",
        "UY",
        uy_als.clone(),
        "contacted",
        "0",
    )
    .await;
    // Peru (B): one identified. Mexico (A): one identified, one signing with 2 zones.
    create(
        app,
        &[("organisation", "Lima Identified ISP"), ("country", "PE")],
    )
    .await;
    create(
        app,
        &[("organisation", "Azteca Identified ISP"), ("country", "MX")],
    )
    .await;
    full("Azteca Signing ISP", "MX", s.als_id.clone(), "signing", "2").await;

    let visitor = TestApp::sharing(app);
    let r = visitor.get("/dnssec/summary").await;
    assert_eq!(r.status, StatusCode::OK);
    let page = r.text();
    // organisations, contacted, trained, signing, signed zones
    assert_eq!(row_numbers(&page, "c-AR"), [2, 2, 2, 1, 5]);
    assert_eq!(row_numbers(&page, "c-UY"), [1, 1, 0, 0, 0]);
    assert_eq!(row_numbers(&page, "c-PE"), [1, 0, 0, 0, 0]);
    assert_eq!(row_numbers(&page, "c-MX"), [2, 1, 1, 1, 2]);
    assert!(
        !page.contains("id=\"c-BR\""),
        "only countries with organisations"
    );
    assert_eq!(row_numbers(&page, "sr-D"), [3, 3, 2, 1, 5]);
    assert_eq!(row_numbers(&page, "sr-B"), [1, 0, 0, 0, 0]);
    assert_eq!(row_numbers(&page, "sr-A"), [2, 1, 1, 1, 2]);
    assert_eq!(row_numbers(&page, "sr-C"), [0, 0, 0, 0, 0]);
    assert_eq!(row_numbers(&page, "total"), [6, 4, 3, 2, 7]);
    assert!(page.contains("Argentina") && page.contains("D · Southern Cone"));
    // Numbers only: no organisation, no person, no address.
    for secret in [
        "Pampa",
        "Azteca",
        "Montevideo Contacted",
        "Secret Person",
        "secret.person@example.net",
        "Internet Society Argentina",
    ] {
        assert!(!page.contains(secret), "{secret} on the public summary");
    }
    // In Spanish too.
    let es = visitor.get("/dnssec/summary?lang=es").await.text();
    assert!(es.contains("La capacitación en DNSSEC en cifras"));
    assert!(es.contains("D · Cono Sur") || es.contains("Cono Sur"));
}

#[tokio::test]
async fn only_gse_staff_and_leadership_see_the_pipeline() {
    let s = setup().await;
    let id = create(
        &s.app,
        &[
            ("organisation", "Private Telecom"),
            ("country", "AR"),
            ("contact_email", "private@example.net"),
        ],
    )
    .await;
    let v = version_of(&s.app, id).await;
    // Visitors are asked to log in; members are refused.
    let visitor = TestApp::sharing(&s.app);
    for path in [
        "/dnssec".to_owned(),
        "/dnssec?view=board".to_owned(),
        "/dnssec/new".to_owned(),
        format!("/dnssec/{id}"),
        format!("/dnssec/{id}/edit"),
    ] {
        let r = visitor.get(&path).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
        assert!(r.location().starts_with("/login?"), "{path}");
    }
    let r = visitor
        .post_form(
            &format!("/dnssec/{id}/stage"),
            &[("stage", "contacted"), ("version", &v)],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let member = TestApp::sharing(&s.app);
    member.login_as(Role::Member).await;
    for path in ["/dnssec".to_owned(), format!("/dnssec/{id}")] {
        let r = member.get(&path).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{path}");
        assert!(!r.text().contains("Private Telecom"));
    }
    let r = member
        .post_form("/dnssec", &[("organisation", "Sneaky"), ("country", "AR")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // The summary is for everyone.
    let r = visitor.get("/dnssec/summary").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.text().contains("Private Telecom"));
    assert!(!r.text().contains("private@example.net"));
    // Leadership see it all.
    let leader = TestApp::sharing(&s.app);
    leader.login_as(Role::Leadership).await;
    let r = leader.get(&format!("/dnssec/{id}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text().contains("private@example.net"));
    assert_eq!(s.app.count("SELECT count(*) FROM dnssec_contacts").await, 1);
}

#[tokio::test]
async fn the_board_has_a_column_per_stage_and_buttons_that_work_without_javascript() {
    let s = setup().await;
    let app = &s.app;
    let ready = create_owned(&s, "Ready Telecom", "AR", "contacted").await;
    let waiting = create(
        app,
        &[("organisation", "Waiting Telecom"), ("country", "AR")],
    )
    .await;
    create(app, &[("organisation", "Lima Telecom"), ("country", "PE")]).await;

    let r = app.get("/dnssec?view=board&country=AR").await;
    assert_eq!(r.status, StatusCode::OK);
    let page = r.text();
    for (stage, label) in [
        ("identified", "Identified"),
        ("contacted", "Contacted by an ALS"),
        ("gse_follow_up", "GSE follow-up"),
        ("training_scheduled", "Training scheduled"),
        ("trained", "Trained"),
        ("signing", "Signing zones"),
    ] {
        assert!(page.contains(&format!("id=\"col-{stage}\"")), "{stage}");
        assert!(page.contains(label), "{label}");
    }
    assert!(page.contains("Ready Telecom") && page.contains("Waiting Telecom"));
    assert!(!page.contains("Lima Telecom"), "filtered to Argentina");
    assert!(
        page.contains("Internet Society Argentina"),
        "the ALS on the card"
    );
    assert!(page.contains("gse_staff tester"), "the owner on the card");
    // The filters survive the switch between views, and stay in the form.
    assert!(page.contains("href=\"/dnssec?country=AR\""));
    assert!(page.contains("name=\"view\" value=\"board\""));
    assert!(page.contains("<option value=\"AR\" selected>"));
    // The ready card has a real form with the CSRF token and the version.
    let form_start = page
        .find(&format!("action=\"/dnssec/{ready}/stage\""))
        .expect("a move form on the ready card");
    let form = &page[form_start..form_start + page[form_start..].find("</form>").unwrap()];
    assert!(form.contains("name=\"_csrf\""));
    assert!(form.contains(&format!(
        "name=\"version\" value=\"{}\"",
        version_of(app, ready).await
    )));
    assert!(form.contains("name=\"stage\" value=\"gse_follow_up\""));
    assert!(contains(form, "Move to “GSE follow-up”"));
    // The waiting card lacks the ALS and the date: a link to complete them instead.
    assert!(page.contains(&format!("href=\"/dnssec/{waiting}/edit?stage=contacted\"")));
    assert!(!page.contains(&format!("action=\"/dnssec/{waiting}/stage\"")));

    // Pressing the button moves it and comes back to the same board.
    let v = version_of(app, ready).await;
    let r = app
        .post_form(
            &format!("/dnssec/{ready}/stage"),
            &[
                ("stage", "gse_follow_up"),
                ("version", &v),
                ("back", "/dnssec?view=board&country=AR"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), "/dnssec?view=board&country=AR");
    assert_eq!(stage_of(app, ready).await, "gse_follow_up");
    // Never somewhere else: the contact's page instead.
    let v = version_of(app, ready).await;
    let r = app
        .post_form(
            &format!("/dnssec/{ready}/stage"),
            &[
                ("stage", "contacted"),
                ("reason", "Pressed by mistake"),
                ("version", &v),
                ("back", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), format!("/dnssec/{ready}"));
    assert_eq!(stage_of(app, ready).await, "contacted");
    let edit = app
        .get(&format!("/dnssec/{waiting}/edit?stage=contacted"))
        .await
        .text();
    assert!(edit.contains("<option value=\"contacted\" selected>"));
}

#[tokio::test]
async fn the_table_filters_by_country_sub_region_stage_als_owner_and_name() {
    let s = setup().await;
    let app = &s.app;
    create_owned(&s, "Telefónica Pampeana", "AR", "gse_follow_up").await;
    create(app, &[("organisation", "Cable Lima"), ("country", "PE")]).await;
    create(app, &[("organisation", "Cable Azteca"), ("country", "MX")]).await;
    let names = |page: &str| -> Vec<&str> {
        ["Telefónica Pampeana", "Cable Lima", "Cable Azteca"]
            .into_iter()
            .filter(|n| page.contains(n))
            .collect()
    };
    let all = app.get("/dnssec").await;
    assert_eq!(all.status, StatusCode::OK);
    assert_eq!(names(&all.text()).len(), 3);
    assert!(all.text().contains("class=\"table-scroll\""));
    assert!(all.text().contains("3 organisations"));
    let by_als = format!("als={}", s.als_id);
    let by_owner = format!("owner={}", s.staff_id);
    for (query, expected) in [
        ("country=PE", vec!["Cable Lima"]),
        ("subregion=A", vec!["Cable Azteca"]),
        ("subregion=d", vec!["Telefónica Pampeana"]),
        ("stage=gse_follow_up", vec!["Telefónica Pampeana"]),
        ("stage=identified", vec!["Cable Lima", "Cable Azteca"]),
        (by_als.as_str(), vec!["Telefónica Pampeana"]),
        (by_owner.as_str(), vec!["Telefónica Pampeana"]),
        ("q=telefonica", vec!["Telefónica Pampeana"]),
        ("q=CABLE", vec!["Cable Lima", "Cable Azteca"]),
        ("q=cable&country=MX", vec!["Cable Azteca"]),
    ] {
        let page = app.get(&format!("/dnssec?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        let page = page.text();
        let mut found = names(&page);
        found.sort();
        let mut expected = expected.clone();
        expected.sort();
        assert_eq!(found, expected, "{query}");
    }
    // The table link keeps the filters for the board.
    let page = app.get("/dnssec?country=PE&q=lima").await.text();
    let unescaped = page.replace("&#38;", "&").replace("&amp;", "&");
    assert!(unescaped.contains("href=\"/dnssec?view=board&country=PE&q=lima\""));
    assert!(page.contains("value=\"lima\""));
    // A filter value that cannot be one is a bad request.
    for bad in ["country=ZZ", "subregion=E", "stage=done", "als=abc"] {
        assert_eq!(
            app.get(&format!("/dnssec?{bad}")).await.status,
            StatusCode::BAD_REQUEST,
            "{bad}"
        );
    }
    // Spanish.
    let es = app.get("/dnssec?lang=es").await.text();
    assert!(es.contains("Programa de capacitación en DNSSEC"));
    assert!(es.contains("Seguimiento de GSE"));
}

#[tokio::test]
async fn the_demo_follows_the_rules_and_loads_once() {
    let app = TestApp::new().await;
    // Without ALSs or accounts, every demo contact stays identified.
    lacralo_outreach::dnssec::demo::load(app.pool())
        .await
        .unwrap();
    let total = app.count("SELECT count(*) FROM dnssec_contacts").await;
    assert!(total >= 10);
    assert_eq!(
        app.count("SELECT count(*) FROM dnssec_contacts WHERE stage <> 'identified'")
            .await,
        0
    );
    lacralo_outreach::dnssec::demo::load(app.pool())
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT count(*) FROM dnssec_contacts").await,
        total,
        "once"
    );

    // With the registry's demo, an account and the plan's webinars: every stage is used.
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    lacralo_outreach::registry::demo::load(app.pool(), app.state.site())
        .await
        .unwrap();
    assert!(
        app.count("SELECT count(*) FROM events WHERE kind IN ('webinar', 'training')")
            .await
            > 0
    );
    lacralo_outreach::dnssec::demo::load(app.pool())
        .await
        .unwrap();
    for stage in [
        "identified",
        "contacted",
        "gse_follow_up",
        "training_scheduled",
        "trained",
        "signing",
    ] {
        assert!(
            app.count(&format!(
                "SELECT count(*) FROM dnssec_contacts WHERE stage = '{stage}'"
            ))
            .await
                > 0,
            "{stage}"
        );
    }
    assert_eq!(
        app.count(
            "SELECT count(*) FROM dnssec_contacts WHERE organisation NOT LIKE 'Demo %'
                OR contact_email NOT LIKE '%@example.org'"
        )
        .await,
        0
    );
    // The rules hold for every demo contact.
    assert_eq!(
        app.count(
            "SELECT count(*) FROM dnssec_contacts WHERE
                (stage <> 'identified' AND (als_id IS NULL OR contacted_on IS NULL))
             OR (stage IN ('gse_follow_up', 'training_scheduled', 'trained', 'signing') AND gse_owner_id IS NULL)
             OR (stage IN ('training_scheduled', 'trained', 'signing') AND training_event_id IS NULL)
             OR (stage = 'signing' AND signed_zones < 1)"
        )
        .await,
        0
    );
    // The pages show them.
    let board = app.get("/dnssec?view=board").await.text();
    assert!(board.contains("Demo Pampa Telecom"));
    let summary = app.get("/dnssec/summary").await.text();
    assert!(!summary.contains("Demo Pampa Telecom"));
}
