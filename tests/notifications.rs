//! The notification engine through HTTP: following events and what a change of one sends;
//! preferences and the one-click unsubscribe; security notices; the invitation's language;
//! an ALS's contact; the private calendar feed and the public subscription links.
//! (CROP's messages are tested in `crop.rs`, webinars' thank-yous in `webinars.rs`, the
//! scheduler's reminders in `scheduler.rs`, and delivery by SMTP in `outbox.rs`.)

mod common;

use axum::http::StatusCode;
use common::TestApp;
use lacralo_outreach::web::Lang;
use lacralo_outreach::web::auth::Role;

async fn user_id(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM users WHERE email = ?")
        .bind(email)
        .fetch_one(app.pool())
        .await
        .unwrap()
}

/// A member's account, logged in, reading `lang`.
async fn follower(app: &TestApp, country: &str, name: &str, lang: &str) -> TestApp {
    let (client, member) = app.member_account(country, name, "active").await;
    sqlx::query("UPDATE users SET locale = ? WHERE member_id = ?")
        .bind(lang)
        .bind(member)
        .execute(app.pool())
        .await
        .unwrap();
    client
}

async fn move_event(staff: &TestApp, id: i64, fields: &[(&str, &str)]) {
    let version = staff.event_version(id).await.to_string();
    let mut all: Vec<(&str, &str)> = vec![
        ("title", "CaribNOG 27"),
        ("kind", "conference"),
        ("relevance", "lacralo_involved"),
        ("status", "planned"),
        ("date_precision", "day"),
        ("country", "JM"),
        ("city", "Kingston"),
        ("start_date", "2027-03-10"),
        ("version", &version),
    ];
    for (k, v) in fields {
        all.retain(|(key, _)| key != k);
        all.push((k, v));
    }
    let response = staff.post_form(&format!("/events/{id}"), &all).await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "{}",
        response.text()
    );
}

#[tokio::test]
async fn followers_are_told_of_a_change_of_date_status_or_place_in_their_language() {
    let staff = TestApp::staff().await;
    let id = staff
        .create_event(&[
            ("title", "CaribNOG 27"),
            ("relevance", "lacralo_involved"),
            ("country", "JM"),
            ("city", "Kingston"),
            ("start_date", "2027-03-10"),
        ])
        .await;
    // One follows the event from its page (in Spanish), one every event in Jamaica (in
    // French), one follows nothing.
    let ana = follower(&staff, "CO", "Ana", "es").await;
    let page = ana.get(&format!("/events/{id}")).await.text();
    assert!(
        page.contains(&format!("action=\"/events/{id}/follow\"")),
        "{page}"
    );
    let followed = ana
        .post_form(
            &format!("/events/{id}/follow"),
            &[("next", &format!("/events/{id}"))],
        )
        .await;
    assert_eq!(followed.status, StatusCode::SEE_OTHER);
    assert!(
        ana.get(&format!("/events/{id}"))
            .await
            .text()
            .contains(&format!("action=\"/events/{id}/unfollow\""))
    );
    let jean = follower(&staff, "HT", "Jean", "fr").await;
    let by_country = jean
        .post_form("/account/follows", &[("follow", "country:JM")])
        .await;
    assert_eq!(by_country.status, StatusCode::SEE_OTHER);
    let refused = jean
        .post_form("/account/follows", &[("follow", "country:XX")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    follower(&staff, "BB", "Bob", "en").await;

    // A note changes nothing a follower cares about: nothing is sent.
    move_event(&staff, id, &[("notes", "Room to be confirmed")]).await;
    assert!(staff.outbox("event_change").await.is_empty());

    // The date moves, with its reason.
    move_event(
        &staff,
        id,
        &[
            ("start_date", "2027-04-14"),
            ("reason", "The venue moved the dates"),
        ],
    )
    .await;
    let sent = staff.outbox("event_change").await;
    let who: Vec<(&str, &str)> = sent
        .iter()
        .map(|m| (m.recipient.as_str(), m.language.as_str()))
        .collect();
    assert_eq!(who, [("ana@example.org", "es"), ("jean@example.org", "fr")]);
    let es = Lang::from_code("es").unwrap();
    let fr = Lang::from_code("fr").unwrap();
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert!(
        sent[0].body.contains(&es.date(day(2027, 3, 10))),
        "{}",
        sent[0].body
    );
    assert!(
        sent[0].body.contains(&es.date(day(2027, 4, 14))),
        "{}",
        sent[0].body
    );
    assert!(
        sent[1].body.contains(&fr.date(day(2027, 4, 14))),
        "{}",
        sent[1].body
    );
    assert!(sent[0].body.contains("The venue moved the dates"));
    let version = staff.event_version(id).await;
    let ana_id = user_id(&staff, "ana@example.org").await;
    assert_eq!(
        sent[0].dedup_key,
        format!("event-change:{id}:{version}:{ana_id}")
    );
    assert_eq!(sent[0].link, format!("http://127.0.0.1:3000/events/{id}"));
    assert!(sent[0].unsubscribe_url.is_some(), "an optional kind");

    // Ana turns these messages off; the event is cancelled: only Jean hears of it.
    let saved = ana
        .post_form("/account/notifications", &[("on", "webinar_reminder")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let prefs = ana.get("/account/notifications").await.text();
    assert!(prefs.contains("id=\"k-event_change\""), "{prefs}");
    assert!(!prefs.contains("id=\"k-event_change\" name=\"on\" value=\"event_change\" aria-describedby=\"k-event_change-help\" checked"));
    move_event(
        &staff,
        id,
        &[
            ("start_date", "2027-04-14"),
            ("status", "cancelled"),
            // A cancellation is kept in the date history with its reason.
            ("reason", "The venue is closed"),
        ],
    )
    .await;
    let sent = staff.outbox("event_change").await;
    assert_eq!(sent.len(), 3);
    assert_eq!(sent[2].recipient, "jean@example.org");
    assert!(sent[2].subject.contains("CaribNOG 27"));
    assert_eq!(
        sent[2].subject,
        fr.t_args(
            "notify-event-cancelled-subject",
            &[("title", "CaribNOG 27".to_owned().into())]
        )
    );

    // Unfollowing stops them.
    let follow: i64 =
        sqlx::query_scalar("SELECT id FROM follows WHERE target = 'country' AND value = 'JM'")
            .fetch_one(staff.pool())
            .await
            .unwrap();
    jean.post_form(&format!("/account/follows/{follow}/delete"), &[])
        .await;
    let follows = staff
        .count("SELECT count(*) FROM follows WHERE target = 'country'")
        .await;
    assert_eq!(follows, 0);
}

#[tokio::test]
async fn the_unsubscribe_link_turns_off_one_kind_for_that_address_in_one_click() {
    let staff = TestApp::staff().await;
    let id = staff
        .create_event(&[
            ("title", "LAC DNS Week"),
            ("country", "PA"),
            ("start_date", "2027-05-16"),
        ])
        .await;
    let ana = follower(&staff, "PA", "Ana", "en").await;
    ana.post_form(&format!("/events/{id}/follow"), &[]).await;
    move_event(
        &staff,
        id,
        &[
            ("title", "LAC DNS Week"),
            ("country", "PA"),
            ("city", "Panamá"),
            ("start_date", "2027-05-16"),
        ],
    )
    .await;
    let sent = staff.outbox("event_change").await;
    assert_eq!(sent.len(), 1, "a change of place is told");
    let link = sent[0]
        .unsubscribe_url
        .clone()
        .expect("an unsubscribe link");
    let path = link.trim_start_matches("http://127.0.0.1:3000");
    assert!(sent[0].body.contains(&link), "the link is in the message");

    // A mail program's RFC 8058 one-click POST: no cookie, no CSRF token, no page first.
    let program = TestApp::sharing(&staff);
    let page = program.get(path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("ana@example.org"));
    program.forget_cookies();
    let done = program
        .post_raw(
            path,
            "application/x-www-form-urlencoded",
            b"List-Unsubscribe=One-Click".to_vec(),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.text());
    assert_eq!(
        staff
            .count("SELECT count(*) FROM notification_optouts WHERE email_canonical = 'ana@example.org' AND kind = 'event_change'")
            .await,
        1
    );
    // Again: harmless. A made-up token: not found.
    program.forget_cookies();
    let again = program
        .post_raw(path, "application/x-www-form-urlencoded", Vec::new())
        .await;
    assert_eq!(again.status, StatusCode::OK);
    let made_up = format!("/unsubscribe/{}", "ab".repeat(32));
    assert_eq!(program.get(&made_up).await.status, StatusCode::NOT_FOUND);
    // Other routes still refuse a POST without the token.
    program.forget_cookies();
    let csrf = program
        .post_raw(
            &format!("/events/{id}/follow"),
            "application/x-www-form-urlencoded",
            Vec::new(),
        )
        .await;
    assert_eq!(csrf.status, StatusCode::FORBIDDEN);

    move_event(
        &staff,
        id,
        &[
            ("title", "LAC DNS Week"),
            ("country", "PA"),
            ("city", "Colón"),
            ("start_date", "2027-05-16"),
        ],
    )
    .await;
    assert_eq!(
        staff.outbox("event_change").await.len(),
        1,
        "nothing more for Ana"
    );
    // Mandatory kinds cannot be turned off: the preferences page does not offer them, and
    // posting one is ignored.
    ana.post_form("/account/notifications", &[("on", "security")])
        .await;
    assert_eq!(
        staff
            .count("SELECT count(*) FROM notification_optouts WHERE kind = 'security'")
            .await,
        0
    );
}

#[tokio::test]
async fn security_notices_for_a_new_password_a_reset_second_factor_and_a_new_browser() {
    let app = TestApp::new().await;
    let member = app
        .create_user("maria@example.org", Role::Member, TestApp::PASSWORD)
        .await;
    // The first login of an account is no news.
    let first = TestApp::sharing(&app);
    first.login("maria@example.org", TestApp::PASSWORD).await;
    assert!(app.outbox("security").await.is_empty());
    // The same browser again: none. Another browser: one.
    first.post_form("/logout", &[]).await;
    first.login("maria@example.org", TestApp::PASSWORD).await;
    assert!(app.outbox("security").await.is_empty());
    let other = TestApp::sharing(&app);
    other.login("maria@example.org", TestApp::PASSWORD).await;
    let sent = app.outbox("security").await;
    assert_eq!(sent.len(), 1);
    assert!(
        sent[0]
            .dedup_key
            .starts_with(&format!("security:new-browser:{member}:"))
    );
    assert!(
        sent[0].unsubscribe_url.is_none(),
        "mandatory: no way to turn it off"
    );

    let changed = other
        .post_form(
            "/account/password",
            &[
                ("current", TestApp::PASSWORD),
                ("password", "quetzal harbour lantern 2031"),
                ("password_confirm", "quetzal harbour lantern 2031"),
            ],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.text());
    let sent = app.outbox("security").await;
    assert_eq!(sent.len(), 2);
    assert!(sent[1].dedup_key.starts_with("security:password:"));
    assert_eq!(sent[1].recipient, "maria@example.org");

    // A leader resets another leader's second factor: told, with who did it.
    let lost = app
        .create_user("lost@example.org", Role::Leadership, TestApp::PASSWORD)
        .await;
    let leader = TestApp::sharing(&app);
    leader.login_as(Role::Leadership).await;
    leader
        .post_form(&format!("/users/{lost}/reset-2fa"), &[])
        .await;
    let sent = app.outbox("security").await;
    let reset = sent.last().unwrap();
    assert_eq!(reset.recipient, "lost@example.org");
    assert!(reset.dedup_key.starts_with("security:second-factor:"));
    assert!(
        reset.body.contains("leadership@example.org"),
        "{}",
        reset.body
    );
}

#[tokio::test]
async fn the_inviter_chooses_the_invitations_language() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let form = app.get("/invitations").await.text();
    assert!(form.contains("name=\"locale\""), "{form}");
    let response = app
        .post_form(
            "/invitations",
            &[
                ("email", "joão@exemplo.com.br"),
                ("role", "member"),
                ("locale", "pt"),
            ],
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text());
    let sent = app.outbox("invitation").await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].recipient, "joão@exemplo.com.br");
    assert_eq!(sent[0].language, "pt");
    let pt = Lang::from_code("pt").unwrap();
    assert_eq!(sent[0].subject, pt.t("invite-mail-subject"));
    assert!(sent[0].link.starts_with("http://127.0.0.1:3000/join/"));
    // The message's link is the one shown to the inviter, opening the page in Portuguese.
    let link = sent[0]
        .link
        .strip_suffix("?lang=pt")
        .expect("in the invitation's language");
    assert!(response.text().contains(link));
    let invitee = TestApp::sharing(&app);
    invitee.forget_cookies();
    let path = sent[0].link.trim_start_matches("http://127.0.0.1:3000");
    let page = invitee.get(path).await.text();
    assert!(page.contains("lang=\"pt\""), "{page}");
}

#[tokio::test]
async fn an_als_contact_hears_of_its_status_changes() {
    let app = TestApp::new().await;
    app.login_as(Role::Leadership).await;
    let member = app
        .registry_member(
            "GT",
            "Lucía",
            Some("lucia@ejemplo.gt"),
            Some("es"),
            Some("active"),
        )
        .await;
    let als: i64 = sqlx::query_scalar("SELECT als_id FROM members WHERE id = ?")
        .bind(member)
        .fetch_one(app.pool())
        .await
        .unwrap();
    let version = |app: &TestApp| {
        let pool = app.pool().clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT version FROM als WHERE id = ?")
                .bind(als)
                .fetch_one(&pool)
                .await
                .unwrap()
                .to_string()
        }
    };
    // Without a contact, a status change tells nobody.
    let v = version(&app).await;
    app.post_form(
        &format!("/als/{als}/status"),
        &[
            ("version", &v),
            ("status", "less_active"),
            ("reason", "Quiet this year"),
        ],
    )
    .await;
    assert!(app.outbox("als_status").await.is_empty());
    let page = app.get(&format!("/als/{als}")).await.text();
    assert!(
        page.contains("lucia@ejemplo.gt"),
        "the contact can be chosen"
    );
    let v = version(&app).await;
    let set = app
        .post_form(
            &format!("/als/{als}/contact"),
            &[("version", &v), ("contact", &member.to_string())],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.text());
    let v = version(&app).await;
    app.post_form(
        &format!("/als/{als}/status"),
        &[
            ("version", &v),
            ("status", "active"),
            ("reason", "Three webinars attended"),
        ],
    )
    .await;
    let sent = app.outbox("als_status").await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].recipient, "lucia@ejemplo.gt");
    assert_eq!(sent[0].language, "es");
    assert_eq!(sent[0].link, format!("http://127.0.0.1:3000/als/{als}"));
    assert!(sent[0].dedup_key.starts_with(&format!("als-status:{als}:")));
    assert!(sent[0].body.contains("Three webinars attended"));
}

#[tokio::test]
async fn a_private_feed_holds_what_i_follow_and_my_crop_dates_and_is_renewable() {
    let staff = TestApp::staff().await;
    let followed = staff
        .create_event(&[
            ("title", "Followed forum"),
            ("country", "CL"),
            ("start_date", "2027-06-01"),
        ])
        .await;
    staff
        .create_event(&[
            ("title", "Other forum"),
            ("country", "CL"),
            ("start_date", "2027-06-02"),
        ])
        .await;
    let ana = follower(&staff, "CL", "Ana", "es").await;
    ana.post_form(&format!("/events/{followed}/follow"), &[])
        .await;
    let page = ana.get("/account/calendar").await.text();
    assert!(page.contains("/account/calendar"));
    let made = ana.post_form("/account/calendar", &[]).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let page = ana.get(&made.location()).await.text();
    let start = page.find("webcal://").expect("a webcal link");
    let webcal: String = page[start..].chars().take_while(|c| *c != '"').collect();
    let path = webcal
        .trim_start_matches("webcal://127.0.0.1:3000")
        .to_owned();
    assert!(
        path.starts_with("/calendar/") && path.ends_with("/feed.ics"),
        "{path}"
    );
    assert!(page.contains("Google Calendar") && page.contains("Outlook"));
    // Shown once: the page does not show it again.
    assert!(
        !ana.get("/account/calendar")
            .await
            .text()
            .contains("id=\"feed-url\"")
    );
    // The token is stored hashed, never as it is in the address.
    let token = path
        .trim_start_matches("/calendar/")
        .trim_end_matches("/feed.ics");
    assert_eq!(
        staff
            .count(&format!(
                "SELECT count(*) FROM feed_tokens WHERE token_hash = '{token}'"
            ))
            .await,
        0
    );
    let anonymous = TestApp::sharing(&staff);
    let feed = anonymous.get(&path).await;
    assert_eq!(feed.status, StatusCode::OK);
    let text = feed.text();
    assert!(text.contains("SUMMARY:Followed forum"), "{text}");
    assert!(!text.contains("Other forum"));
    text.parse::<icalendar::Calendar>()
        .expect("a calendar that parses");
    // Renewed: the old address stops working.
    ana.post_form("/account/calendar", &[]).await;
    assert_eq!(anonymous.get(&path).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn public_subscribe_links_roll_on_and_offer_webcal() {
    let app = TestApp::new().await;
    let page = app.get("/events?year=2026&kind=webinar").await.text();
    assert!(
        page.contains("webcal://127.0.0.1:3000/events.ics?kind=webinar\""),
        "{page}"
    );
    assert!(!page.contains("events.ics?year="), "never bound to a year");
    let webinars = app.get("/webinars?year=2026").await.text();
    assert!(
        webinars.contains("webcal://127.0.0.1:3000/webinars.ics\""),
        "{webinars}"
    );
}
