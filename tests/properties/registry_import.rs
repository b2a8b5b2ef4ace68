//! Properties: the ALS and member CSV importers.

use super::*;

pub(crate) const ALS_NAMES: &[&str] = &[
    "Internet Society Argentina",
    "internet  society ARGENTINA",
    "Decertified Society",
    "Asociación Uruguaya de Usuarios",
    "Nueva Red Comunitaria",
    "Nueva Red Comunitaria",
    "Nuéva Red Comunitaria",
    "Red Ñandú",
];

pub(crate) fn als_cell(column: &str) -> BoxedStrategy<String> {
    match column {
        "name" => prop_oneof![2 => select(ALS_NAMES).prop_map(str::to_owned), 2 => plain(200), 1 => text()].boxed(),
        "acronym" => prop_oneof![2 => Just(String::new()), 2 => "[A-Z-]{1,8}", 1 => text()].boxed(),
        "country" => country_text(),
        "website" => url_text(),
        "accredited_on" => prop_oneof![2 => Just(String::new()), 3 => date_field()].boxed(),
        "status" => prop_oneof![2 => Just(String::new()), 3 => choice(AlsStatus::VALUES)].boxed(),
        _ => prop_oneof![2 => Just(String::new()), 2 => plain(5000), 1 => text()].boxed(),
    }
}

pub(crate) fn member_cell(column: &str) -> BoxedStrategy<String> {
    match column {
        "name" => prop_oneof![3 => plain(200), 1 => text()].boxed(),
        "email" => prop_oneof![
            2 => Just(String::new()),
            1 => select(&[TAKEN_EMAIL, "TAKEN@Example.org", "new@example.org", "NEW@example.org"]).prop_map(str::to_owned),
            3 => email_text(),
        ]
        .boxed(),
        "country" => country_text(),
        "als" => prop_oneof![
            2 => Just(String::new()),
            3 => select(&["ISOC-AR", "isoc-ar", "AU", "Internet Society Argentina", "internet society argentina", "1", "2", "3", "4", "99", "Decertified Society"])
                .prop_map(str::to_owned),
            1 => text(),
        ]
        .boxed(),
        "active" => choice(&["", "yes", "no", "TRUE", "false", "1", "0", "sí", "si", "maybe"]),
        "joined_on" => prop_oneof![2 => Just(String::new()), 3 => date_field()].boxed(),
        _ => prop_oneof![2 => Just(String::new()), 2 => plain(5000), 1 => text()].boxed(),
    }
}

pub(crate) fn clean_als_row() -> BoxedStrategy<CsvRow> {
    (
        prop_oneof![5 => plain(200), 1 => select(ALS_NAMES).prop_map(str::to_owned)],
        or_empty("[A-Z][A-Z-]{0,7}".boxed()),
        select(COUNTRIES),
        or_empty(valid_url()),
        or_empty(valid_date()),
        or_empty(select(AlsStatus::VALUES).prop_map(str::to_owned).boxed()),
        or_empty(plain(5000)),
    )
        .prop_map(
            |(name, acronym, country, website, accredited_on, status, notes)| {
                vec![
                    ("name", name),
                    ("acronym", acronym),
                    ("country", country.to_owned()),
                    ("website", website),
                    ("accredited_on", accredited_on),
                    ("status", status),
                    ("notes", notes),
                ]
            },
        )
        .boxed()
}

pub(crate) fn clean_member_row() -> BoxedStrategy<CsvRow> {
    (
        plain(200),
        or_empty(valid_email()),
        select(COUNTRIES),
        or_empty(
            select(&[
                "ISOC-AR",
                "isoc-ar",
                "Internet Society Argentina",
                "1",
                "AU",
            ])
            .prop_map(str::to_owned)
            .boxed(),
        ),
        select(&["", "yes", "no", "TRUE", "false", "1", "0", "sí", "si"]),
        or_empty(valid_date()),
        or_empty(plain(5000)),
    )
        .prop_map(|(name, email, country, als, active, joined_on, notes)| {
            vec![
                ("name", name),
                ("email", email),
                ("country", country.to_owned()),
                ("als", als),
                ("active", active.to_owned()),
                ("joined_on", joined_on),
                ("notes", notes),
            ]
        })
        .boxed()
}

pub(crate) fn als_upload() -> BoxedStrategy<File> {
    prop_oneof![
        clean_upload(Kind::Als.columns(), clean_als_row()),
        csv_upload(Kind::Als.columns(), "name", als_cell),
    ]
    .boxed()
}

pub(crate) fn members_upload() -> BoxedStrategy<File> {
    prop_oneof![
        clean_upload(Kind::Members.columns(), clean_member_row()),
        csv_upload(Kind::Members.columns(), "name", member_cell),
    ]
    .boxed()
}

/// A member row as stored: name, email, canonical email, country, ALS, active, joined on,
/// notes.
pub(crate) type StoredMember = (
    String,
    Option<String>,
    Option<String>,
    String,
    Option<i64>,
    bool,
    Option<String>,
    String,
);

pub(crate) fn parse_stored_date(stored: &Option<String>) -> Option<NaiveDate> {
    stored
        .as_deref()
        .map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a stored date reads"))
}

pub(crate) async fn registry_import_property(
    fx: &Fixture,
    kind: Kind,
    bytes: &[u8],
    lang: Lang,
) -> TestCaseResult {
    let text = match import::decode(bytes) {
        Ok(text) => text,
        Err(e) => return translated(&e.explain(lang), &[]),
    };
    let mut tx = fx.pool().begin().await.unwrap();
    let rows = match csv_import::analyse(&mut tx, kind, &text, fx.countries()).await {
        Ok(rows) => rows,
        Err(e) => return translated(&e.explain(lang, kind), &pieces(&text)),
    };
    prop_assert!(!rows.is_empty());
    for row in &rows {
        match &row.result {
            Err(errors) => {
                prop_assert!(
                    !errors.is_empty(),
                    "line {} refused without a reason",
                    row.line
                );
                for e in errors {
                    cell_error_translated(e, lang)?;
                }
            }
            Ok(Parsed::Als(als, _)) => {
                prop_assert!(!als.name.trim().is_empty() && chars(&als.name) <= 200);
                prop_assert!(fx.countries().get(&als.country).is_some());
                prop_assert!(als.website.is_empty() || is_web_address(&als.website));
            }
            Ok(Parsed::Member(m)) => {
                prop_assert!(!m.name.trim().is_empty() && chars(&m.name) <= 200);
                prop_assert!(fx.countries().get(&m.country).is_some());
                if let Some(email) = &m.email {
                    let again = EmailAddress::parse(email.as_entered());
                    prop_assert_eq!(again.as_ref().map(|e| e.canonical()), Ok(email.canonical()));
                }
            }
        }
    }
    if csv_import::error_count(&rows) > 0 {
        return Ok(());
    }
    let table = match kind {
        Kind::Als => "als",
        Kind::Members => "members",
    };
    let before: i64 = sqlx::query_scalar(&format!("SELECT coalesce(max(id), 0) FROM {table}"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let count = csv_import::write(&mut tx, &actor(), &rows)
        .await
        .map_err(|e| TestCaseError::fail(format!("a clean file failed to import: {e}")))?;
    prop_assert_eq!(count, rows.len());
    match kind {
        Kind::Als => {
            let stored: Vec<AlsRow> = sqlx::query_as("SELECT * FROM als WHERE id > ? ORDER BY id")
                .bind(before)
                .fetch_all(&mut *tx)
                .await
                .unwrap();
            prop_assert_eq!(stored.len(), rows.len());
            for (s, row) in stored.iter().zip(&rows) {
                let Ok(Parsed::Als(a, status)) = &row.result else {
                    unreachable!()
                };
                prop_assert_eq!(&s.name, &a.name);
                prop_assert_eq!(&s.acronym, &a.acronym);
                prop_assert_eq!(&s.country, &a.country);
                prop_assert_eq!(&s.website, &a.website);
                prop_assert_eq!(parse_stored_date(&s.accredited_on), a.accredited_on);
                prop_assert_eq!(s.status.as_str(), status.as_str());
                prop_assert_eq!(&s.notes, &a.notes);
            }
        }
        Kind::Members => {
            let stored: Vec<StoredMember> = sqlx::query_as(
                "SELECT name, email, email_canonical, country, als_id, active, joined_on, notes
                     FROM members WHERE id > ? ORDER BY id",
            )
            .bind(before)
            .fetch_all(&mut *tx)
            .await
            .unwrap();
            prop_assert_eq!(stored.len(), rows.len());
            for (s, row) in stored.iter().zip(&rows) {
                let Ok(Parsed::Member(m)) = &row.result else {
                    unreachable!()
                };
                prop_assert_eq!(&s.0, &m.name);
                prop_assert_eq!(s.1.as_deref(), m.email.as_ref().map(|e| e.as_entered()));
                prop_assert_eq!(s.2.as_deref(), m.email.as_ref().map(|e| e.canonical()));
                prop_assert_eq!(&s.3, &m.country);
                prop_assert_eq!(s.4, m.als_id);
                prop_assert_eq!(s.5, m.active);
                prop_assert_eq!(parse_stored_date(&s.6), m.joined_on);
                prop_assert_eq!(&s.7, &m.notes);
            }
        }
    }
    tx.rollback().await.unwrap();
    Ok(())
}

#[test]
pub(crate) fn the_als_importer_previews_errors_or_imports_what_reads_back() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    let upload = als_upload();
    check(250, (upload, lang()), |(bytes, lang)| {
        block_on(registry_import_property(fx, Kind::Als, &bytes, lang))
    });
}

#[test]
pub(crate) fn the_member_importer_previews_errors_or_imports_what_reads_back() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    let upload = members_upload();
    check(250, (upload, lang()), |(bytes, lang)| {
        block_on(registry_import_property(fx, Kind::Members, &bytes, lang))
    });
}
