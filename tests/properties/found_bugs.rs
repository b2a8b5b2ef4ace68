//! Properties: bugs the properties found, with their minimal inputs.

use super::*;

/// A text that began with NUL (`%00` in a form, a NUL byte in a CSV cell) passed every
/// parser, but SQLite's `length()` stops at the first NUL, so the tables' `CHECK (length(…)
/// BETWEEN 1 AND …)` counted it as empty and refused the write: the person got a 500 page
/// instead of a message under the field. Seen on every required text: the event and webinar
/// titles, ALS, member and DNSSEC organisation names, both CSV importers, CROP applications.
/// Now every parser refuses control characters with `err-control-chars`: the form comes back
/// (422) with the message under the field and what was typed, and nothing is written. The
/// same for the texts only a handler checks: an ALS's status reason, a topic, one's name.
#[test]
pub(crate) fn bug_event_form_title_beginning_with_nul_is_a_server_error() {
    block_on(async {
        let app = TestApp::new().await;
        app.login_as(Role::Leadership).await;
        let message = Lang::default().t("err-control-chars");
        let refused = |response: common::TestResponse, what: &str| {
            assert_eq!(
                response.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{what}: {}",
                response.text()
            );
            let page = response.text();
            assert!(page.contains(&message), "{what}: no message in {page}");
            page
        };

        let events = app.count("SELECT count(*) FROM events").await;
        let page = refused(
            app.post_form(
                "/events",
                &[
                    ("title", "\0"),
                    ("organiser", "ICANN"),
                    ("kind", "conference"),
                    ("relevance", "unclassified"),
                    ("status", "planned"),
                    ("date_precision", "day"),
                    ("start_date", "2023-03-11"),
                ],
            )
            .await,
            "event form",
        );
        assert!(
            page.contains("ICANN") && page.contains("2023-03-11"),
            "typed text kept"
        );
        assert_eq!(app.count("SELECT count(*) FROM events").await, events);

        let now = "2024-01-01T00:00:00Z";
        let (id, version): (i64, i64) = sqlx::query_as(
            "INSERT INTO als (name, name_key, acronym, country, status, created_at, updated_at)
             VALUES ('Internet Society Argentina', ?, 'ISOC-AR', 'AR', 'active', ?, ?)
             RETURNING id, version",
        )
        .bind(fold("Internet Society Argentina"))
        .bind(now)
        .bind(now)
        .fetch_one(app.pool())
        .await
        .unwrap();
        refused(
            app.post_form(
                &format!("/als/{id}/status"),
                &[
                    ("status", "decertified"),
                    ("reason", "\0"),
                    ("version", &version.to_string()),
                ],
            )
            .await,
            "ALS status reason",
        );
        assert_eq!(
            app.count("SELECT count(*) FROM als_status_changes").await,
            0
        );

        let topics = app.count("SELECT count(*) FROM topics").await;
        refused(
            app.post_form(
                "/programmes/topics",
                &[
                    ("year", "2023"),
                    ("programme", "capacity_building"),
                    ("name", "\0"),
                ],
            )
            .await,
            "topic",
        );
        assert_eq!(app.count("SELECT count(*) FROM topics").await, topics);

        refused(
            app.post_form(
                "/account/profile",
                &[("display_name", "\0"), ("locale", "en")],
            )
            .await,
            "profile",
        );
        assert_eq!(
            app.count("SELECT count(*) FROM users WHERE display_name LIKE char(0) || '%'")
                .await,
            0
        );
    });
}

/// Every other parser that let a leading NUL through to a CHECKed column, each with its
/// minimal input (the write failed on `CHECK constraint failed: length(…) BETWEEN 1 AND …`):
/// each now refuses it under the field, or as the cell's error in the importers' preview.
#[test]
pub(crate) fn bug_names_beginning_with_nul_pass_the_parsers_and_fail_the_tables() {
    let fx = Fixture::new();
    let lang = Lang::default();
    let message = lang.t("err-control-chars");
    let under = |what: &str, field: &str, errors: FieldErrors| {
        assert_eq!(
            errors.get(field),
            Some(message.as_str()),
            "{what}: {errors:?}"
        );
    };
    under(
        "ALS form",
        "name",
        AlsForm {
            name: "\0".into(),
            country: "AR".into(),
            ..AlsForm::default()
        }
        .parse(lang, fx.countries())
        .expect_err("the ALS form refuses it"),
    );
    under(
        "member form",
        "name",
        MemberForm {
            name: "\0".into(),
            country: "AR".into(),
            membership: "individual".into(),
            ..MemberForm::default()
        }
        .parse(lang, fx.countries(), &[])
        .expect_err("the member form refuses it"),
    );
    let options = block_on(FormOptions::load(fx.pool(), None)).unwrap();
    under(
        "DNSSEC form",
        "organisation",
        ContactForm {
            organisation: "\0".into(),
            country: "AR".into(),
            ..ContactForm::blank()
        }
        .parse(lang, fx.countries(), &options, Utc::now().date_naive())
        .expect_err("the DNSSEC form refuses it"),
    );
    under(
        "webinar form",
        "title",
        WebinarForm {
            title: "\0".into(),
            start_date: "2023-03-11".into(),
            ..WebinarForm::blank()
        }
        .parse(lang, fx.countries(), &fx.topics)
        .expect_err("the webinar form refuses it"),
    );
    under(
        "CROP application",
        "motivation",
        ApplicationForm {
            motivation: "\0".into(),
            outreach_plan: "A plan".into(),
            languages: vec!["es".into()],
            ..ApplicationForm::default()
        }
        .parse(lang)
        .expect_err("the CROP form refuses it"),
    );
    let engagement = block_on(
        EngagementForm {
            kind: "meeting".into(),
            happened_on: "2023-03-11".into(),
            description: "\0".into(),
            ..EngagementForm::default()
        }
        .check(&fx.state, lang, &[]),
    )
    .unwrap();
    let Err(errors) = engagement else {
        panic!("the engagement form accepts it");
    };
    under("engagement form", "description", errors);

    let control_error = |errors: &[CellError], column: &str| {
        errors
            .iter()
            .any(|e| e.column == column && e.key == "err-control-chars")
    };
    block_on(async {
        let mut tx = fx.pool().begin().await.unwrap();
        let file = "title,date\n\0,2023-03-11\n";
        let a = import::analyse(&mut tx, file, None, fx.countries())
            .await
            .unwrap();
        assert!(!a.is_importable(), "{file:?}");
        let errors = a.rows[0].result.as_ref().expect_err(file);
        assert!(control_error(errors, "title"), "{errors:?}");
        for kind in [Kind::Als, Kind::Members] {
            let file = "name,country\n\0,AR\n";
            let rows = csv_import::analyse(&mut tx, kind, file, fx.countries())
                .await
                .unwrap();
            assert_eq!(csv_import::error_count(&rows), 1, "{kind:?} {file:?}");
            let errors = rows[0].result.as_ref().expect_err("a row error");
            assert!(control_error(errors, "name"), "{errors:?}");
        }
    });
    // The `import` command reports the row and writes nothing.
    let before =
        block_on(sqlx::query_scalar::<_, i64>("SELECT count(*) FROM events").fetch_one(fx.pool()))
            .unwrap();
    let result = block_on(import::import_file(
        &fx.state,
        b"title,date\nA,2023-03-11\n\0,2023-03-12\n",
        None,
    ));
    let message = format!("{:#}", result.expect_err("nothing imported"));
    assert!(message.contains(&lang.t("err-control-chars")), "{message}");
    let after =
        block_on(sqlx::query_scalar::<_, i64>("SELECT count(*) FROM events").fetch_one(fx.pool()))
            .unwrap();
    assert_eq!(after, before);
}

/// The event form refuses a local time the clocks skip (`err-time-in-gap`), the importer
/// stores it: the event then has a time that names no instant (a webinar gets no
/// `starts_at`, the page shows the zone's offset as +00:00). Found in Europe/London; the same
/// in the region, e.g. Havana, where 2023-03-12 00:30 never happened.
#[test]
pub(crate) fn bug_events_importer_accepts_a_local_time_the_clocks_skip() {
    let fx = Fixture::new();
    for file in [
        "title,start_date,start_time,time_zone\nA,2011-03-27,01:00,Europe/London\n",
        "title,start_date,start_time,time_zone\nA,2023-03-12,00:30,America/Havana\n",
    ] {
        let analysis = block_on(async {
            let mut conn = fx.pool().acquire().await.unwrap();
            import::analyse(&mut conn, file, None, fx.countries())
                .await
                .unwrap()
        });
        let result = &analysis.rows[0].result;
        if let Ok((event, _)) = result {
            assert!(
                event.dates.utc_start().is_some(),
                "{file:?} imported as {:?}, a time that never was",
                event.dates
            );
        }
    }
}

/// A webinar from 00:00 to 23:59 on a day the clocks go back lasts 1499 minutes: the form
/// accepts it, the table's `CHECK (duration_minutes BETWEEN 1 AND 1440)` refuses it (500).
/// Found on Australia/Lord_Howe 2023-04-02; the same in Havana on 2023-11-05 and in New York.
#[test]
pub(crate) fn bug_webinar_form_accepts_more_than_a_day_on_a_25_hour_day() {
    let fx = Fixture::new();
    let form = WebinarForm {
        title: "All day".into(),
        start_date: "2023-11-05".into(),
        start_time: "00:00".into(),
        end_time: "23:59".into(),
        time_zone: "America/Havana".into(),
        ..WebinarForm::blank()
    };
    if let Ok((event, fields)) = form.parse(Lang::default(), fx.countries(), &fx.topics) {
        let stored = block_on(webinar_queries::create(
            fx.pool(),
            &actor(),
            &event,
            &fields,
        ));
        assert!(
            stored.is_ok(),
            "accepted with {:?} minutes, then refused: {:?}",
            fields.duration_minutes,
            stored.err()
        );
    }
}

/// The ALS importer looks for duplicates among ALSs that are not decertified, but the table's
/// `UNIQUE (country, name_key)` holds for every ALS: a file naming a decertified ALS checks
/// clean, previews with no error, and confirming it fails on the UNIQUE constraint (500).
#[test]
pub(crate) fn bug_als_importer_allows_the_name_of_a_decertified_als() {
    let fx = Fixture::new();
    let file = "name,country\nDecertified Society,AR\n";
    block_on(async {
        let mut tx = fx.pool().begin().await.unwrap();
        let rows = csv_import::analyse(&mut tx, Kind::Als, file, fx.countries())
            .await
            .unwrap();
        if csv_import::error_count(&rows) == 0 {
            let written = csv_import::write(&mut tx, &actor(), &rows).await;
            assert!(written.is_ok(), "checked clean, then: {:?}", written.err());
        }
    });
}

/// The export puts an apostrophe before text a spreadsheet would run as a formula, and the
/// import takes it off again; text that already begins with an apostrophe and a formula
/// character (typed in the form: `'=A`) is exported as it is, and imported without its
/// apostrophe: `'=A` comes back as `=A`.
#[test]
pub(crate) fn bug_export_then_import_drops_a_leading_apostrophe() {
    let fx = Fixture::new();
    let event = EventForm {
        title: "A".into(),
        organiser: "'=A".into(),
        start_date: "2023-03-11".into(),
        ..EventForm::blank()
    }
    .parse(Lang::default(), fx.countries())
    .expect("the form accepts it");
    let row = block_on(store_and_read_event(&fx, &event)).unwrap();
    let exported = import::export(std::slice::from_ref(&row)).unwrap();
    let text = import::decode(&exported).unwrap();
    let analysis = block_on(async {
        let mut conn = fx.pool().acquire().await.unwrap();
        import::analyse(&mut conn, &text, None, fx.countries())
            .await
            .unwrap()
    });
    let (again, _) = analysis.rows[0].result.as_ref().unwrap();
    assert_eq!(again.organiser, row.organiser, "exported as {text:?}");
}

/// With no date (`placeholder`, `TBD`), the loose reader puts the event in the list's year
/// without checking it; the import page checks the year first, but `lacralo-outreach import
/// --list-year 1800` does not, so the write fails on the table's `CHECK (year BETWEEN 1990
/// AND 2200)` and the command ends with a raw database error instead of `err-year-range`.
#[test]
pub(crate) fn bug_loose_reader_takes_a_list_year_outside_the_calendar() {
    let fx = Fixture::new();
    let result = block_on(import::import_file(
        &fx.state,
        b"title,date\nA,placeholder\n",
        Some(1800),
    ));
    let message = format!("{:#}", result.expect_err("nothing to import in 1800"));
    assert!(!message.contains("CHECK constraint"), "{message}");
}
