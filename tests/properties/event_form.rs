//! Properties: the event form.

use super::*;

pub(crate) const EVENT_FIELDS: &[&str] = &[
    "title",
    "kind",
    "relevance",
    "status",
    "organiser",
    "city",
    "country",
    "date_precision",
    "start_date",
    "end_date",
    "month",
    "year",
    "start_time",
    "time_zone",
    "url",
    "notes",
    "reason",
];

/// Start time and zone: none, a day and zone where the clocks change, or anything.
pub(crate) fn day_time_zone() -> BoxedStrategy<(String, String, String)> {
    prop_oneof![
        3 => (valid_date(), Just(String::new()), Just(String::new())),
        2 => (valid_date(), valid_time(), valid_zone()),
        1 => (date_field(), time_text(), zone_text()),
        2 => (select(DST_DAYS.clone()), clock_change_time())
            .prop_map(|((zone, day), t)| (day.to_string(), t, zone.to_owned())),
    ]
    .boxed()
}

pub(crate) fn event_form() -> impl Strategy<Value = EventForm> {
    (
        (
            maybe_formula(plain(199)),
            select(EventKind::VALUES),
            select(Relevance::VALUES),
            select(EventStatus::VALUES),
            or_empty(maybe_formula(plain(199))),
            or_empty(maybe_formula(plain(199))),
            prop_oneof![Just(String::new()), country_text()],
            proptest::option::of(Just("on".to_owned())),
        ),
        (
            select(&["day", "day", "day", "month", "tbd"]),
            day_time_zone(),
            prop_oneof![
                2 => Just(String::new()),
                1 => date_field(),
                2 => (0i64..40).prop_map(|n| n.to_string())
            ],
            valid_month(),
            valid_year(),
            prop_oneof![Just(String::new()), valid_url()],
            prop_oneof![Just(String::new()), plain(5000)],
            prop_oneof![Just(String::new()), plain(500)],
        ),
        mutations(EVENT_FIELDS.len()),
    )
        .prop_map(
            |(
                (title, kind, relevance, status, organiser, city, country, online),
                (
                    precision,
                    (start_date, start_time, time_zone),
                    end,
                    month,
                    year,
                    url,
                    notes,
                    reason,
                ),
                changes,
            )| {
                // An end given as a number of days is that many days after the start.
                let end_date = match end.parse::<i64>() {
                    Ok(n) => NaiveDate::parse_from_str(&start_date, "%Y-%m-%d")
                        .ok()
                        .and_then(|d| d.checked_add_signed(Duration::days(n)))
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    Err(_) => end,
                };
                let mut form = EventForm {
                    title,
                    kind: kind.to_owned(),
                    relevance: relevance.to_owned(),
                    status: status.to_owned(),
                    organiser,
                    city,
                    country,
                    online,
                    date_precision: precision.to_owned(),
                    start_date,
                    end_date,
                    month,
                    year,
                    start_time,
                    time_zone,
                    url,
                    notes,
                    reason,
                    version: String::new(),
                    ..EventForm::default()
                };
                for (i, v) in changes {
                    match EVENT_FIELDS[i] {
                        "title" => form.title = v,
                        "kind" => form.kind = v,
                        "relevance" => form.relevance = v,
                        "status" => form.status = v,
                        "organiser" => form.organiser = v,
                        "city" => form.city = v,
                        "country" => form.country = v,
                        "date_precision" => form.date_precision = v,
                        "start_date" => form.start_date = v,
                        "end_date" => form.end_date = v,
                        "month" => form.month = v,
                        "year" => form.year = v,
                        "start_time" => form.start_time = v,
                        "time_zone" => form.time_zone = v,
                        "url" => form.url = v,
                        "notes" => form.notes = v,
                        _ => form.reason = v,
                    }
                }
                form
            },
        )
}

pub(crate) fn event_form_typed(f: &EventForm) -> Vec<&str> {
    vec![
        &f.title,
        &f.kind,
        &f.relevance,
        &f.status,
        &f.organiser,
        &f.city,
        &f.country,
        &f.date_precision,
        &f.start_date,
        &f.end_date,
        &f.month,
        &f.year,
        &f.start_time,
        &f.time_zone,
        &f.url,
        &f.notes,
        &f.reason,
    ]
}

pub(crate) fn chars(s: &str) -> usize {
    s.chars().count()
}

/// What an accepted event promises, whoever parsed it.
pub(crate) fn event_invariants(e: &NewEvent, countries: &Countries, lang: Lang) -> TestCaseResult {
    prop_assert!(!e.title.trim().is_empty(), "an empty title");
    prop_assert!(
        chars(&e.title) <= 200,
        "title of {} characters",
        chars(&e.title)
    );
    prop_assert!(chars(&e.organiser) <= 200);
    prop_assert!(chars(&e.city) <= 200);
    prop_assert!(chars(&e.notes) <= 5000);
    prop_assert!(chars(&e.url) <= 500);
    prop_assert!(
        e.url.is_empty() || is_web_address(&e.url),
        "url {:?}",
        e.url
    );
    if let Some(c) = &e.country {
        prop_assert!(countries.get(c).is_some(), "unknown country {c:?}");
    }
    prop_assert_eq!(e.needs_review, !e.review_note.is_empty());
    dates_invariants(&e.dates, lang)
}

/// Stores an event in a transaction that is rolled back, and reads it again.
pub(crate) async fn store_and_read_event(fx: &Fixture, e: &NewEvent) -> Result<EventRow, String> {
    let mut tx = fx.pool().begin().await.map_err(|e| e.to_string())?;
    let uid = lacralo_outreach::events::queries::new_uid();
    let id = lacralo_outreach::events::queries::insert(&mut tx, &actor(), e, &uid)
        .await
        .map_err(|err| format!("the database refused an accepted event: {err}"))?;
    let row: EventRow = sqlx::query_as("SELECT * FROM events WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| e.to_string())?;
    tx.rollback().await.map_err(|e| e.to_string())?;
    Ok(row)
}

/// The stored row holds exactly the event that was parsed.
pub(crate) fn row_is_event(row: &EventRow, e: &NewEvent) -> TestCaseResult {
    prop_assert_eq!(&row.title, &e.title);
    prop_assert_eq!(row.kind.as_str(), e.kind.as_str());
    prop_assert_eq!(row.relevance.as_str(), e.relevance.as_str());
    prop_assert_eq!(row.status.as_str(), e.status.as_str());
    prop_assert_eq!(&row.organiser, &e.organiser);
    prop_assert_eq!(&row.city, &e.city);
    prop_assert_eq!(&row.country, &e.country);
    prop_assert_eq!(row.online, e.online);
    prop_assert_eq!(&row.url, &e.url);
    prop_assert_eq!(&row.notes, &e.notes);
    prop_assert_eq!(row.needs_review, e.needs_review);
    prop_assert_eq!(&row.review_note, &e.review_note);
    prop_assert_eq!(
        EventDates::from_columns(
            &row.date_precision,
            row.year,
            row.month,
            row.start_date.as_deref(),
            row.end_date.as_deref(),
            row.start_time.as_deref(),
            row.time_zone.as_deref(),
        ),
        Some(e.dates)
    );
    Ok(())
}

#[test]
pub(crate) fn the_event_form_accepts_what_it_stores_and_explains_what_it_refuses() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    check(400, (event_form(), lang()), |(form, lang)| {
        match form.parse(lang, fx.countries()) {
            Ok(e) => {
                event_invariants(&e, fx.countries(), lang)?;
                prop_assert_eq!(e.title.as_str(), form.title.trim());
                prop_assert_eq!(e.organiser.as_str(), form.organiser.trim());
                prop_assert_eq!(e.city.as_str(), form.city.trim());
                prop_assert_eq!(e.url.as_str(), form.url.trim());
                prop_assert_eq!(e.notes.as_str(), form.notes.trim());
                prop_assert!(chars(form.reason.trim()) <= 500);
                prop_assert_eq!(e.kind.as_str(), form.kind.as_str());
                prop_assert_eq!(e.relevance.as_str(), form.relevance.as_str());
                prop_assert_eq!(e.status.as_str(), form.status.as_str());
                prop_assert_eq!(e.online, form.online.is_some());
                prop_assert_eq!(e.country.is_none(), form.country.trim().is_empty());
                prop_assert!(!e.needs_review);
                prop_assert_eq!(e.dates.columns().precision, form.date_precision.as_str());
                if let EventDates::Day { time, .. } = e.dates {
                    prop_assert_eq!(time.is_some(), !form.start_time.trim().is_empty());
                }
                let row = block_on(store_and_read_event(fx, &e)).map_err(TestCaseError::fail)?;
                row_is_event(&row, &e)?;
                // What the edit form shows for the stored row parses to the same event.
                let again = EventForm::from_row(&row).parse(lang, fx.countries());
                prop_assert_eq!(again.as_ref().ok(), Some(&e), "{:?}", again.as_ref().err());
                // The CSV export of the stored row imports back to the same event.
                block_on(export_imports_back(fx, &row))?;
            }
            Err(errors) => {
                field_errors_translated(&errors, EVENT_FIELDS, &event_form_typed(&form))?
            }
        }
        Ok(())
    });
}

/// Exports a stored event (no longer in the database, so its UID is free) and imports the
/// file again: the same event comes back, but for the review notes, which the importer
/// makes afresh, and a country the importer reads from a title when there is none.
pub(crate) async fn export_imports_back(fx: &Fixture, row: &EventRow) -> TestCaseResult {
    let exported = import::export(std::slice::from_ref(row)).unwrap();
    let text = import::decode(&exported).expect("an export decodes");
    let mut conn = fx.pool().acquire().await.unwrap();
    let again = import::analyse(&mut conn, &text, None, fx.countries())
        .await
        .map_err(|e| TestCaseError::fail(format!("an export does not read: {e:?}")))?;
    prop_assert_eq!(again.rows.len(), 1);
    let (event, uid) = again.rows[0]
        .result
        .as_ref()
        .map_err(|e| TestCaseError::fail(format!("an exported row is refused: {e:?}")))?;
    prop_assert_eq!(uid.as_deref(), Some(row.uid.as_str()));
    let mut event = event.clone();
    event.needs_review = row.needs_review;
    event.review_note = row.review_note.clone();
    if row.country.is_none() {
        event.country = None;
    }
    row_is_event(row, &event)
}

#[test]
pub(crate) fn the_event_form_survives_any_text_in_any_field() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    let any_form = (
        (
            text(),
            text(),
            text(),
            text(),
            text(),
            text(),
            text(),
            text(),
        ),
        (
            text(),
            text(),
            text(),
            text(),
            text(),
            text(),
            text(),
            text(),
            text(),
        ),
    )
        .prop_map(
            |((a, b, c, d, e, f, g, h), (i, j, k, l, m, n, o, p, q))| EventForm {
                title: a,
                kind: b,
                relevance: c,
                status: d,
                organiser: e,
                city: f,
                country: g,
                online: Some(h),
                date_precision: i,
                start_date: j,
                end_date: k,
                month: l,
                year: m,
                start_time: n,
                time_zone: o,
                url: p,
                notes: q,
                reason: String::new(),
                version: String::new(),
                ..EventForm::default()
            },
        );
    check(300, (any_form, lang()), |(form, lang)| {
        match form.parse(lang, fx.countries()) {
            Ok(e) => event_invariants(&e, fx.countries(), lang)?,
            Err(errors) => {
                field_errors_translated(&errors, EVENT_FIELDS, &event_form_typed(&form))?
            }
        }
        Ok(())
    });
}
