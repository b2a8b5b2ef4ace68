//! The outbox sends through a real SMTP server (Debian's aiosmtpd, `tests/smtp_support`):
//! multipart messages with the unsubscribe headers, internationalised addresses with
//! SMTPUTF8, permanent refusals marked failed with the server's answer, temporary ones
//! tried again, leadership's retry and "sent by hand", and no message sent twice.

mod common;
mod smtp_support;

use chrono::{Duration, Utc};
use common::TestApp;
use lacralo_outreach::outbox::{self, Action, Content, Kind, Letter, Queued, Recipient, Sender};
use lacralo_outreach::web::Lang;
use lacralo_outreach::web::auth::Role;
use smtp_support::{Mode, SmtpSink};

fn recipient(email: &str, lang: &str) -> Recipient {
    Recipient {
        email: email.to_owned(),
        canonical: email.to_lowercase(),
        name: "Ana".to_owned(),
        lang: Lang::from_code(lang).unwrap(),
        zone: chrono_tz::America::Bogota,
        user_id: None,
        member_id: None,
    }
}

async fn queue(app: &TestApp, to: &str, kind: Kind, key: &str) -> Queued {
    let to = recipient(to, "es");
    let content = Content::new(
        to.lang,
        "Asunto de prueba".to_owned(),
        &to.name,
        Action {
            label: "Abrir".to_owned(),
            url: "http://127.0.0.1:3000/events/1".to_owned(),
        },
    )
    .paragraph("Hola, esto es una prueba: ñandú, São Paulo, Jalapão.".to_owned());
    let mut conn = app.pool().acquire().await.unwrap();
    outbox::queue(
        &mut conn,
        "http://127.0.0.1:3000",
        &Letter {
            kind,
            key: key.to_owned(),
            to: &to,
            content,
        },
    )
    .await
    .unwrap()
}

fn sender(sink: &SmtpSink) -> Sender {
    Sender::new(&sink.url(), "LACRALO Outreach <no-reply@example.org>").unwrap()
}

async fn status(app: &TestApp) -> (String, i64, Option<String>) {
    sqlx::query_as("SELECT status, attempts, last_error FROM outbox ORDER BY id DESC LIMIT 1")
        .fetch_one(app.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn an_optional_message_goes_out_as_text_and_html_with_one_click_unsubscribe() {
    let app = TestApp::new().await;
    let sink = SmtpSink::start(Mode::Accept, true);
    assert!(matches!(
        queue(&app, "ana@example.org", Kind::EventChange, "test:1").await,
        Queued::New(_)
    ));
    let sent = outbox::send_due(app.pool(), &sender(&sink), Utc::now())
        .await
        .unwrap();
    assert_eq!(sent, 1);
    let mail = sink.wait_for(1).await.remove(0);
    assert_eq!(mail.subject, "Asunto de prueba");
    assert_eq!(mail.content_type, "multipart/alternative", "{}", mail.raw);
    assert!(mail.text.contains("ñandú, São Paulo"), "{}", mail.text);
    assert!(mail.html.contains("<table"), "{}", mail.html);
    assert!(mail.html.contains("lang=\"es\""));
    let unsubscribe = mail.list_unsubscribe.expect("List-Unsubscribe");
    assert!(
        unsubscribe.starts_with("<http://127.0.0.1:3000/unsubscribe/"),
        "{unsubscribe}"
    );
    assert_eq!(
        mail.list_unsubscribe_post.as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    assert_eq!(status(&app).await.0, "sent");
    // Nothing is sent twice, and the same cause is not queued twice.
    assert_eq!(
        outbox::send_due(app.pool(), &sender(&sink), Utc::now())
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        queue(&app, "ana@example.org", Kind::EventChange, "test:1").await,
        Queued::Duplicate
    );
    assert_eq!(sink.messages().len(), 1);
}

#[tokio::test]
async fn a_mandatory_message_has_no_unsubscribe_link() {
    let app = TestApp::new().await;
    let sink = SmtpSink::start(Mode::Accept, true);
    queue(&app, "ana@example.org", Kind::Security, "test:security").await;
    outbox::send_due(app.pool(), &sender(&sink), Utc::now())
        .await
        .unwrap();
    let mail = sink.wait_for(1).await.remove(0);
    assert!(mail.list_unsubscribe.is_none(), "{}", mail.raw);
    assert!(!mail.text.contains("/unsubscribe/"));
}

#[tokio::test]
async fn an_internationalised_address_arrives_intact_with_smtputf8() {
    let app = TestApp::new().await;
    let sink = SmtpSink::start(Mode::Accept, true);
    queue(&app, "josé@ñandú.com.ar", Kind::Security, "test:ua").await;
    assert_eq!(
        outbox::send_due(app.pool(), &sender(&sink), Utc::now())
            .await
            .unwrap(),
        1
    );
    let mail = sink.wait_for(1).await.remove(0);
    assert!(mail.smtputf8, "the envelope asked for SMTPUTF8");
    assert_eq!(mail.rcpt_tos, ["josé@ñandú.com.ar"]);
    assert_eq!(mail.to, "josé@ñandú.com.ar", "{}", mail.raw);
}

/// Quoted local parts (RFC 5321 §4.1.2), which the account form accepts, reach a real SMTP
/// server as written; a quoted UTF-8 one (RFC 6531 §3.3) with SMTPUTF8.
#[tokio::test]
async fn quoted_local_parts_arrive_as_written() {
    let app = TestApp::new().await;
    let sink = SmtpSink::start(Mode::Accept, true);
    queue(&app, "\"i@fo\"@example.org", Kind::Security, "test:q1").await;
    queue(
        &app,
        "\"josé pérez\"@example.org",
        Kind::Security,
        "test:q2",
    )
    .await;
    assert_eq!(
        outbox::send_due(app.pool(), &sender(&sink), Utc::now())
            .await
            .unwrap(),
        2
    );
    let mut mails = sink.wait_for(2).await;
    mails.sort_by(|a, b| a.rcpt_tos.cmp(&b.rcpt_tos));
    assert_eq!(mails[0].rcpt_tos, ["\"i@fo\"@example.org"]);
    assert!(!mails[0].smtputf8, "plain ASCII needs no SMTPUTF8");
    assert_eq!(mails[1].rcpt_tos, ["\"josé pérez\"@example.org"]);
    assert!(mails[1].smtputf8, "a UTF-8 local part asks for SMTPUTF8");
}

#[tokio::test]
async fn without_smtputf8_an_internationalised_address_fails_clearly_and_is_never_mangled() {
    let app = TestApp::new().await;
    let sink = SmtpSink::start(Mode::Accept, false);
    queue(&app, "josé@ñandú.com.ar", Kind::Security, "test:ua").await;
    assert_eq!(
        outbox::send_due(app.pool(), &sender(&sink), Utc::now())
            .await
            .unwrap(),
        0
    );
    let (status, _, error) = status(&app).await;
    assert_eq!(status, "failed");
    let error = error.unwrap();
    assert!(error.contains("SMTPUTF8"), "{error}");
    assert!(error.contains("josé@ñandú.com.ar"), "{error}");
    assert!(sink.messages().is_empty());
    // An ASCII address still goes through that server.
    queue(&app, "ana@example.org", Kind::Security, "test:ascii").await;
    assert_eq!(
        outbox::send_due(app.pool(), &sender(&sink), Utc::now())
            .await
            .unwrap(),
        1
    );
}

#[tokio::test]
async fn a_permanent_refusal_is_failed_with_the_servers_answer_for_leadership_to_see() {
    let app = TestApp::new().await;
    let sink = SmtpSink::start(Mode::Refuse, true);
    queue(
        &app,
        "nobody@example.org",
        Kind::CropDecision,
        "test:refused",
    )
    .await;
    outbox::send_due(app.pool(), &sender(&sink), Utc::now())
        .await
        .unwrap();
    let (status, attempts, error) = status(&app).await;
    assert_eq!((status.as_str(), attempts), ("failed", 1));
    let error = error.unwrap();
    assert!(error.contains("550"), "{error}");
    assert!(error.contains("User unknown"), "{error}");
    // Failed messages are not tried again on their own.
    let later = Utc::now() + Duration::days(3);
    outbox::send_due(app.pool(), &sender(&sink), later)
        .await
        .unwrap();
    assert_eq!(self::status(&app).await.1, 1);
    app.login_as(Role::Leadership).await;
    let page = app.get("/outbox?status=failed").await.text();
    assert!(page.contains("nobody@example.org"), "{page}");
    assert!(page.contains("User unknown"), "{page}");
}

#[tokio::test]
async fn a_temporary_refusal_is_tried_again_later_then_given_up() {
    let app = TestApp::new().await;
    let sink = SmtpSink::start(Mode::TempFail, true);
    queue(&app, "later@example.org", Kind::Security, "test:later").await;
    let mut now = Utc::now();
    outbox::send_due(app.pool(), &sender(&sink), now)
        .await
        .unwrap();
    let (status, attempts, error) = status(&app).await;
    assert_eq!((status.as_str(), attempts), ("pending", 1));
    assert!(error.unwrap().contains("451"));
    // Not due yet: the next pass leaves it alone.
    outbox::send_due(app.pool(), &sender(&sink), now)
        .await
        .unwrap();
    assert_eq!(self::status(&app).await.1, 1);
    // Each later pass past the back-off tries again, until it gives up.
    for _ in 1..outbox::send::MAX_ATTEMPTS {
        now += Duration::days(1) + Duration::minutes(1);
        outbox::send_due(app.pool(), &sender(&sink), now)
            .await
            .unwrap();
    }
    let (status, attempts, error) = self::status(&app).await;
    assert_eq!(status, "failed");
    assert_eq!(attempts, outbox::send::MAX_ATTEMPTS);
    assert!(error.unwrap().contains("gave up"));
    assert!(sink.messages().is_empty());
}

#[tokio::test]
async fn leadership_retry_a_failed_message_or_mark_it_sent_by_hand() {
    let app = TestApp::new().await;
    let refusing = SmtpSink::start(Mode::Refuse, true);
    queue(&app, "first@example.org", Kind::Security, "test:first").await;
    queue(&app, "second@example.org", Kind::Security, "test:second").await;
    outbox::send_due(app.pool(), &sender(&refusing), Utc::now())
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT count(*) FROM outbox WHERE status = 'failed'")
            .await,
        2
    );
    app.login_as(Role::Leadership).await;
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM outbox ORDER BY id")
        .fetch_all(app.pool())
        .await
        .unwrap();
    let retried = app
        .post_form(&format!("/outbox/{}/retry", ids[0]), &[])
        .await;
    assert_eq!(retried.status, 303);
    let marked = app
        .post_form(&format!("/outbox/{}/sent", ids[1]), &[])
        .await;
    assert_eq!(marked.status, 303);
    let accepting = SmtpSink::start(Mode::Accept, true);
    assert_eq!(
        outbox::send_due(app.pool(), &sender(&accepting), Utc::now())
            .await
            .unwrap(),
        1
    );
    let mails = accepting.wait_for(1).await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].rcpt_tos, ["first@example.org"]);
    let statuses: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT status, handled_by FROM outbox ORDER BY id")
            .fetch_all(app.pool())
            .await
            .unwrap();
    assert_eq!(statuses[0].0, "sent");
    assert_eq!(
        statuses[1],
        (
            "sent_by_hand".to_owned(),
            Some("leadership@example.org".to_owned())
        )
    );
    // Both actions are audited; a sent message cannot be marked again.
    assert_eq!(
        app.count("SELECT count(*) FROM audit_log WHERE entity = 'outbox'")
            .await,
        2
    );
    let again = app
        .post_form(&format!("/outbox/{}/retry", ids[0]), &[])
        .await;
    assert_eq!(again.status, 303);
    assert_eq!(
        app.count("SELECT count(*) FROM outbox WHERE status = 'pending'")
            .await,
        0
    );
}

#[tokio::test]
async fn two_senders_at_once_send_each_message_once() {
    let app = TestApp::new().await;
    let sink = SmtpSink::start(Mode::Accept, true);
    for i in 0..20 {
        queue(
            &app,
            &format!("person{i}@example.org"),
            Kind::Security,
            &format!("test:{i}"),
        )
        .await;
    }
    let (a, b) = (sender(&sink), sender(&sink));
    let now = Utc::now();
    let (sent_a, sent_b) = tokio::join!(
        outbox::send_due(app.pool(), &a, now),
        outbox::send_due(app.pool(), &b, now)
    );
    assert_eq!(sent_a.unwrap() + sent_b.unwrap(), 20);
    let mails = sink.wait_for(20).await;
    assert_eq!(mails.len(), 20);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(sink.messages().len(), 20, "no message twice");
}

#[tokio::test]
async fn without_smtp_leadership_see_what_waits() {
    let app = TestApp::new().await;
    queue(&app, "waiting@example.org", Kind::Security, "test:waiting").await;
    app.login_as(Role::Leadership).await;
    let page = app.get("/outbox").await.text();
    assert!(page.contains("No email server is configured"));
    assert!(page.contains("waiting@example.org"));
    assert!(page.contains("Hola, esto es una prueba"));
}
