//! A backup taken while the application runs is a whole, consistent database: restored, it
//! has every row of every table, and writes made during the backup are either wholly in it
//! or wholly absent.

mod common;

use common::TestApp;
use lacralo_outreach::web::auth::Role;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{Row, SqlitePool};

/// Every table's rows, as text, in a stable order: what "every row" means below.
async fn dump(pool: &SqlitePool) -> Vec<(String, Vec<String>)> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name != '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let rows = sqlx::query(&format!("SELECT * FROM \"{table}\""))
            .fetch_all(pool)
            .await
            .unwrap();
        let mut text: Vec<String> = rows
            .iter()
            .map(|r| {
                (0..r.len())
                    .map(|i| {
                        r.try_get::<Option<String>, _>(i)
                            .map(|v| v.unwrap_or_default())
                            .or_else(|_| r.try_get::<Option<i64>, _>(i).map(|v| format!("{v:?}")))
                            .or_else(|_| r.try_get::<Option<f64>, _>(i).map(|v| format!("{v:?}")))
                            .unwrap_or_else(|_| "<blob>".to_owned())
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect();
        text.sort();
        out.push((table, text));
    }
    out
}

#[tokio::test]
async fn a_backup_restores_every_row() {
    let app = TestApp::new().await;
    lacralo_outreach::registry::demo::load(app.pool(), app.state.site())
        .await
        .unwrap();
    lacralo_outreach::webinars::demo::load(app.pool(), app.state.site())
        .await
        .unwrap();
    lacralo_outreach::crop::demo::load(app.pool(), app.state.site())
        .await
        .unwrap();
    app.login_as(Role::Leadership).await;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.db");
    lacralo_outreach::db::backup(app.pool(), &path)
        .await
        .unwrap();
    // Not over an existing file.
    assert!(
        lacralo_outreach::db::backup(app.pool(), &path)
            .await
            .is_err()
    );

    let restored = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(SqliteConnectOptions::new().filename(&path))
        .await
        .unwrap();
    let live = dump(app.pool()).await;
    let copy = dump(&restored).await;
    assert!(
        live.iter()
            .any(|(t, rows)| t == "events" && rows.len() > 50)
    );
    assert!(
        live.iter()
            .any(|(t, rows)| t == "crop_applications" && !rows.is_empty())
    );
    assert_eq!(live.len(), copy.len(), "every table");
    for ((table, rows), (copy_table, copy_rows)) in live.iter().zip(&copy) {
        assert_eq!(table, copy_table);
        assert_eq!(rows, copy_rows, "{table}: every row, as it was");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_during_writes_holds_whole_writes_only() {
    let app = TestApp::new().await;
    app.login_as(Role::GseStaff).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("during.db");
    // Events created one after another while the backup runs.
    let writer = async {
        for i in 0..40 {
            app.create_event(&[
                ("title", &format!("Written during the backup {i}")),
                ("start_date", "2027-05-01"),
            ])
            .await;
        }
    };
    let backup = async {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        lacralo_outreach::db::backup(app.pool(), &path)
            .await
            .unwrap();
    };
    tokio::join!(writer, backup);
    let copy = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(SqliteConnectOptions::new().filename(&path))
        .await
        .unwrap();
    // Each event is written with its audit row in one transaction: the copy has both or
    // neither.
    let events: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM events WHERE title LIKE 'Written during the backup %'",
    )
    .fetch_one(&copy)
    .await
    .unwrap();
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE entity = 'event' AND action = 'create'
           AND entity_id IN (SELECT id FROM events WHERE title LIKE 'Written during the backup %')",
    )
    .fetch_one(&copy)
    .await
    .unwrap();
    assert_eq!(events, audited);
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&copy)
        .await
        .unwrap();
    assert_eq!(check, "ok");
}
