//! The outbox sends by SMTP when a server is configured, and keeps what fails for a later
//! try. The server here is a few lines speaking just enough SMTP, on loopback.

mod common;

use std::sync::{Arc, Mutex};

use common::TestApp;
use lacralo_outreach::outbox::{self, Sender};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// Accepts mail (or refuses every recipient with `refuse`), recording what arrived.
async fn fake_smtp(refuse: bool) -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 fake ESMTP\r\n").await.unwrap();
                let mut in_data = false;
                let mut message = String::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            store.lock().unwrap().push(std::mem::take(&mut message));
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            message.push_str(&line);
                            message.push('\n');
                        }
                        continue;
                    }
                    let upper = line.to_ascii_uppercase();
                    let reply: &[u8] = if upper.starts_with("EHLO") {
                        b"250-fake\r\n250-SMTPUTF8\r\n250 8BITMIME\r\n"
                    } else if upper.starts_with("RCPT") && refuse {
                        b"451 try again later\r\n"
                    } else if upper.starts_with("DATA") {
                        in_data = true;
                        b"354 go ahead\r\n"
                    } else if upper.starts_with("QUIT") {
                        write.write_all(b"221 bye\r\n").await.ok();
                        break;
                    } else {
                        b"250 ok\r\n"
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, received)
}

async fn queue(app: &TestApp, to: &str) {
    let mut conn = app.pool().acquire().await.unwrap();
    outbox::queue(
        &mut conn,
        "test",
        to,
        "Asunto de prueba",
        "Hola, esto es una prueba.",
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn due_messages_are_sent_by_smtp_and_marked_sent() {
    let app = TestApp::new().await;
    let (port, received) = fake_smtp(false).await;
    queue(&app, "josé@ñandú.com.ar").await;
    let sender = Sender::new(
        &format!("smtp://127.0.0.1:{port}"),
        "LACRALO <no-reply@example.org>",
    )
    .unwrap();
    assert_eq!(outbox::send_due(app.pool(), &sender).await.unwrap(), 1);
    assert_eq!(
        app.count("SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL")
            .await,
        1
    );
    let mail = received.lock().unwrap().join("\n");
    assert!(mail.contains("Asunto de prueba"), "{mail}");
    // Nothing is sent twice.
    assert_eq!(outbox::send_due(app.pool(), &sender).await.unwrap(), 0);
    assert_eq!(received.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn a_refused_message_waits_and_is_tried_again_later() {
    let app = TestApp::new().await;
    let (port, received) = fake_smtp(true).await;
    queue(&app, "someone@example.org").await;
    let sender = Sender::new(&format!("smtp://127.0.0.1:{port}"), "no-reply@example.org").unwrap();
    assert_eq!(outbox::send_due(app.pool(), &sender).await.unwrap(), 0);
    let (attempts, error, next): (i64, Option<String>, String) =
        sqlx::query_as("SELECT attempts, last_error, next_attempt_at FROM outbox")
            .fetch_one(app.pool())
            .await
            .unwrap();
    assert_eq!(attempts, 1);
    let error = error.expect("the error is kept on the message");
    assert!(
        error.contains("451") || error.to_lowercase().contains("try again"),
        "{error}"
    );
    assert!(received.lock().unwrap().is_empty());
    assert!(
        next > lacralo_outreach::db::now_text(),
        "the next try is later"
    );
    // Not due yet: the next pass leaves it alone.
    assert_eq!(outbox::send_due(app.pool(), &sender).await.unwrap(), 0);
    let attempts: i64 = sqlx::query_scalar("SELECT attempts FROM outbox")
        .fetch_one(app.pool())
        .await
        .unwrap();
    assert_eq!(attempts, 1);
}

#[tokio::test]
async fn without_smtp_leadership_see_what_waits() {
    let app = TestApp::new().await;
    queue(&app, "waiting@example.org").await;
    app.login_as(lacralo_outreach::web::auth::Role::Leadership)
        .await;
    let page = app.get("/outbox").await.text();
    assert!(page.contains("No email server is configured"));
    assert!(page.contains("waiting@example.org"));
    assert!(page.contains("Hola, esto es una prueba."));
}
