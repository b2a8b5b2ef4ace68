//! Properties: the imports through HTTP: upload, preview, confirm.

use super::*;

/// The pages never fail: a file is refused with its reason (422) or previewed, the
/// preview shows every row's messages translated, and confirming imports all rows (which
/// then read back) or none.
#[test]
pub(crate) fn imports_through_the_pages_preview_or_import_never_fail() {
    let app = block_on(async {
        let app = TestApp::new().await;
        app.login_as(Role::Leadership).await;
        app
    });
    let upload = prop_oneof![
        events_upload().prop_map(|u| ("/events/import", u.bytes, u.list_year)),
        als_upload().prop_map(|b| ("/als/import", b, None)),
        members_upload().prop_map(|b| ("/members/import", b, None)),
    ];
    check(36, upload, |(path, bytes, list_year)| {
        block_on(async {
            let table = match path {
                "/events/import" => "events",
                "/als/import" => "als",
                _ => "members",
            };
            let sql = format!("SELECT count(*) FROM {table}");
            let before = app.count(&sql).await;
            let year = list_year.map(|y| y.to_string()).unwrap_or_default();
            let response = app
                .post_upload(path, &[("list_year", &year)], "upload.csv", &bytes)
                .await;
            match response.status {
                StatusCode::UNPROCESSABLE_ENTITY => {
                    let page = response.text();
                    prop_assert!(
                        !page.contains("import-err-"),
                        "a raw key on the upload page"
                    );
                    prop_assert_eq!(app.count(&sql).await, before);
                    return Ok(());
                }
                StatusCode::SEE_OTHER => {}
                other => {
                    return Err(TestCaseError::fail(format!(
                        "upload answered {other}: {}",
                        response.text()
                    )));
                }
            }
            let preview_path = response.location();
            let preview = app.get(&preview_path).await;
            prop_assert_eq!(preview.status, StatusCode::OK, "{}", preview.text());
            let page = preview.text();
            // The same check the preview made, to know what it should say.
            let text = import::decode(&bytes).unwrap();
            let mut conn = app.pool().acquire().await.unwrap();
            let (errors, rows): (Vec<CellError>, usize) = match table {
                "events" => {
                    let a = import::analyse(&mut conn, &text, list_year, &app.state.countries)
                        .await
                        .unwrap();
                    let errors = a
                        .rows
                        .iter()
                        .filter_map(|r| r.result.as_ref().err())
                        .flatten()
                        .cloned()
                        .collect();
                    (errors, a.rows.len())
                }
                _ => {
                    let kind = if table == "als" {
                        Kind::Als
                    } else {
                        Kind::Members
                    };
                    let rows = csv_import::analyse(&mut conn, kind, &text, &app.state.countries)
                        .await
                        .unwrap();
                    let errors = rows
                        .iter()
                        .filter_map(|r| r.result.as_ref().err())
                        .flatten()
                        .cloned()
                        .collect();
                    (errors, rows.len())
                }
            };
            drop(conn);
            for e in &errors {
                prop_assert!(
                    !page.contains(&format!("{}: {}", e.column, e.key)),
                    "a raw key in the preview: {}",
                    e.key
                );
            }
            let confirm = app.post_form(&preview_path, &[]).await;
            prop_assert_eq!(confirm.status, StatusCode::SEE_OTHER, "{}", confirm.text());
            let after = app.count(&sql).await;
            if errors.is_empty() {
                prop_assert_eq!(after, before + rows as i64);
                prop_assert!(!confirm.location().contains("/import/"));
            } else {
                prop_assert_eq!(after, before, "rows written from a file with errors");
                prop_assert_eq!(confirm.location(), preview_path);
            }
            Ok(())
        })
    });
}
