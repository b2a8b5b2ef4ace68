//! Properties: the events CSV importer.

use super::*;

/// An uploaded file, shown as text when it is some (so a failing case can be read).
#[derive(Clone)]
pub(crate) struct File(Vec<u8>);

impl std::ops::Deref for File {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl std::fmt::Debug for File {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match std::str::from_utf8(&self.0) {
            Ok(text) => write!(f, "File({text:?})"),
            Err(_) => write!(f, "File(b\"{}\")", self.0.escape_ascii()),
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct CsvUpload {
    pub(crate) bytes: File,
    pub(crate) list_year: Option<i32>,
}

pub(crate) fn event_cell(column: &str) -> BoxedStrategy<String> {
    let formula = |s: BoxedStrategy<String>| {
        prop_oneof![
            4 => s.clone(),
            1 => (select(&["=", "+", "-", "@", "'=", "'+", "'-", "'@", "''=", "'\t"]), s)
                .prop_map(|(p, s)| format!("{p}{s}")),
        ]
        .boxed()
    };
    match column {
        "uid" => prop_oneof![
            3 => Just(String::new()),
            2 => "[a-z0-9]{1,12}@lacralo-outreach",
            1 => Just("same-uid@example".to_owned()),
            1 => text(),
        ]
        .boxed(),
        "title" => formula(prop_oneof![
            3 => plain(200),
            1 => select(&["Webinar placeholder", "ICANN roadshow (place TBD)", "RightsCon Costa Rica", "LACNIC Meeting - Brasil", "Readout St Lucia"]).prop_map(str::to_owned),
            1 => text(),
        ].boxed()),
        "kind" => prop_oneof![2 => Just(String::new()), 3 => choice(EventKind::VALUES)].boxed(),
        "relevance" => prop_oneof![2 => Just(String::new()), 3 => choice(Relevance::VALUES)].boxed(),
        "status" => prop_oneof![2 => Just(String::new()), 3 => choice(EventStatus::VALUES)].boxed(),
        "online" => choice(&["", "yes", "no", "YES", "true", "false", "1", "0", "sí", "Si", "maybe"]),
        "country" => prop_oneof![2 => Just(String::new()), 3 => country_text()].boxed(),
        "date" | "start_date" => prop_oneof![1 => Just(String::new()), 4 => loose_date_text()].boxed(),
        "end_date" => prop_oneof![3 => Just(String::new()), 2 => loose_date_text()].boxed(),
        "month" => prop_oneof![3 => Just(String::new()), 2 => month_text()].boxed(),
        "year" => prop_oneof![3 => Just(String::new()), 2 => year_text()].boxed(),
        "start_time" => prop_oneof![3 => Just(String::new()), 2 => time_text()].boxed(),
        "time_zone" => prop_oneof![3 => Just(String::new()), 2 => zone_text()].boxed(),
        "url" => url_text(),
        _ => formula(prop_oneof![2 => Just(String::new()), 2 => plain(200), 1 => text()].boxed()),
    }
}

/// A header: some of the columns in any order (usually with the title), sometimes spelt
/// differently, repeated, unknown or empty.
pub(crate) fn header(
    columns: &'static [&'static str],
    key: &'static str,
) -> BoxedStrategy<Vec<String>> {
    let n = columns.len();
    (
        proptest::collection::vec(any::<bool>(), n),
        any::<bool>(),
        0u8..12,
        text(),
    )
        .prop_map(move |(keep, with_key, twist, junk)| {
            let mut h: Vec<String> = columns
                .iter()
                .zip(keep)
                .filter(|(c, k)| *k || (with_key && **c == key))
                .map(|(c, _)| c.to_string())
                .collect();
            match twist {
                0 => h.push(junk),
                1 => h.push(key.to_owned()),
                2 => h.iter_mut().for_each(|c| *c = c.to_uppercase()),
                3 => h.iter_mut().for_each(|c| *c = format!(" {c}\t")),
                4 => h.push(String::new()),
                _ => {}
            }
            h
        })
        .prop_shuffle()
        .boxed()
}

/// A whole upload: header, rows of cells for its columns, written by a CSV writer or by
/// hand (quotes unbalanced, rows of other lengths), with a BOM, other line ends, bytes that
/// are not UTF-8, or nothing at all.
pub(crate) fn csv_upload(
    columns: &'static [&'static str],
    key: &'static str,
    cell: fn(&str) -> BoxedStrategy<String>,
) -> BoxedStrategy<File> {
    header(columns, key)
        .prop_flat_map(move |h| {
            let row: Vec<BoxedStrategy<String>> = h.iter().map(|c| cell(c.trim())).collect();
            (
                Just(h),
                proptest::collection::vec(row, 0..6),
                0u8..10,
                any::<bool>(),
                select(&["\n", "\r\n", "\r"]),
                proptest::collection::vec(any::<u8>(), 0..4),
            )
        })
        .prop_map(|(h, rows, style, bom, end, junk)| {
            let mut out = Vec::new();
            if bom {
                out.extend_from_slice("\u{feff}".as_bytes());
            }
            match style {
                // By hand: commas and line ends, whatever the cells hold.
                0 | 1 => {
                    out.extend_from_slice(h.join(",").as_bytes());
                    for r in &rows {
                        out.extend_from_slice(end.as_bytes());
                        out.extend_from_slice(r.join(",").as_bytes());
                    }
                }
                // Rows one cell short or long.
                2 => {
                    out.extend_from_slice(h.join(",").as_bytes());
                    for (i, r) in rows.iter().enumerate() {
                        out.extend_from_slice(end.as_bytes());
                        let cells = if i % 2 == 0 {
                            &r[..r.len().saturating_sub(1)]
                        } else {
                            &r[..]
                        };
                        out.extend_from_slice(cells.join(",").as_bytes());
                        if i % 2 == 1 {
                            out.extend_from_slice(b",extra");
                        }
                    }
                }
                // Bytes that are not UTF-8 somewhere.
                3 => {
                    out.extend_from_slice(h.join(",").as_bytes());
                    out.extend_from_slice(end.as_bytes());
                    out.extend_from_slice(&[0xff, 0xfe]);
                    out.extend_from_slice(&junk);
                }
                // Nothing but white space.
                4 => out.extend_from_slice(b" \r\n\t"),
                // A proper CSV writer (which quotes what needs quoting).
                _ => {
                    let mut w = csv::WriterBuilder::new()
                        .terminator(if end == "\n" {
                            csv::Terminator::Any(b'\n')
                        } else {
                            csv::Terminator::CRLF
                        })
                        .from_writer(Vec::new());
                    w.write_record(&h).unwrap();
                    for r in &rows {
                        w.write_record(r).unwrap();
                    }
                    out.extend_from_slice(&w.into_inner().unwrap());
                }
            }
            File(out)
        })
        .boxed()
}

pub(crate) type CsvRow = Vec<(&'static str, String)>;

/// A tidy file: every column, rows of sensible values written by a CSV writer (quoting what
/// needs quoting), maybe with a BOM. Most of these import; the others say why not.
pub(crate) fn clean_upload(
    columns: &'static [&'static str],
    row: BoxedStrategy<CsvRow>,
) -> BoxedStrategy<File> {
    (
        Just(columns.to_vec()).prop_shuffle(),
        proptest::collection::vec(row, 1..6),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(h, rows, bom, crlf)| {
            let mut w = csv::WriterBuilder::new()
                .terminator(if crlf {
                    csv::Terminator::CRLF
                } else {
                    csv::Terminator::Any(b'\n')
                })
                .from_writer(Vec::new());
            w.write_record(&h).unwrap();
            for r in &rows {
                w.write_record(h.iter().map(|c| {
                    r.iter()
                        .find(|(k, _)| k == c)
                        .map_or("", |(_, v)| v.as_str())
                }))
                .unwrap();
            }
            let mut out = if bom {
                "\u{feff}".as_bytes().to_vec()
            } else {
                Vec::new()
            };
            out.extend_from_slice(&w.into_inner().unwrap());
            File(out)
        })
        .boxed()
}

/// Text a spreadsheet could have turned into a formula: the export's apostrophe before it,
/// or none.
pub(crate) fn maybe_formula(s: BoxedStrategy<String>) -> BoxedStrategy<String> {
    prop_oneof![
        5 => s.clone(),
        1 => (select(&["=", "+", "-", "@", "'=", "'+", "'-", "'@", "''=", "'\t"]), s)
            .prop_map(|(p, s)| format!("{p}{s}")),
    ]
    .boxed()
}

pub(crate) fn or_empty(s: BoxedStrategy<String>) -> BoxedStrategy<String> {
    prop_oneof![Just(String::new()), s].boxed()
}

/// One sensible event row: its dates in the loose column or in the export's columns.
pub(crate) fn clean_event_row() -> BoxedStrategy<CsvRow> {
    let dates = prop_oneof![
        3 => prop_oneof![
            3 => valid_date(),
            2 => (1u32..=12, 1u32..=28, 0u32..=99).prop_map(|(m, d, y)| format!("{m}/{d}/{y:02}")),
            1 => (13u32..=28, 1u32..=12, MIN_YEAR..=MAX_YEAR).prop_map(|(d, m, y)| format!("{d}/{m}/{y}")),
            1 => valid_month(),
            1 => valid_year(),
            1 => select(&["placeholder", "TBD", " tbc "]).prop_map(str::to_owned),
        ]
        .prop_map(|d| vec![("date", d)]),
        3 => (
            valid_date(),
            prop_oneof![Just(None), (0i64..30).prop_map(Some)],
            prop_oneof![Just(None), (valid_time(), valid_zone()).prop_map(Some)],
        )
            .prop_map(|(start, days, time)| {
                let mut r = vec![("start_date", start.clone())];
                if let Some(n) = days {
                    let d = NaiveDate::parse_from_str(&start, "%Y-%m-%d").unwrap();
                    r.push(("end_date", (d + Duration::days(n)).to_string()));
                }
                if let Some((t, z)) = time {
                    r.push(("start_time", t));
                    r.push(("time_zone", z));
                }
                r
            }),
        2 => (select(DST_DAYS.clone()), clock_change_time()).prop_map(|((z, d), t)| {
            vec![
                ("start_date", d.to_string()),
                ("start_time", t),
                ("time_zone", z.to_owned()),
            ]
        }),
        1 => valid_month().prop_map(|m| vec![("month", m)]),
        1 => valid_year().prop_map(|y| vec![("year", y)]),
    ];
    (
        (
            or_empty("[a-z0-9]{10}@lacralo-outreach".boxed()),
            maybe_formula(plain(200)),
            or_empty(select(EventKind::VALUES).prop_map(str::to_owned).boxed()),
            or_empty(select(Relevance::VALUES).prop_map(str::to_owned).boxed()),
            or_empty(select(EventStatus::VALUES).prop_map(str::to_owned).boxed()),
            select(&[
                "", "yes", "no", "YES", "true", "false", "1", "0", "sí", "si",
            ]),
        ),
        (
            or_empty(select(COUNTRIES).prop_map(str::to_owned).boxed()),
            or_empty(maybe_formula(plain(200))),
            or_empty(maybe_formula(plain(200))),
            or_empty(valid_url()),
            or_empty(maybe_formula(plain(5000))),
            dates,
        ),
    )
        .prop_map(
            |(
                (uid, title, kind, relevance, status, online),
                (country, organiser, city, url, notes, dates),
            )| {
                let mut r = vec![
                    ("uid", uid),
                    ("title", title),
                    ("kind", kind),
                    ("relevance", relevance),
                    ("status", status),
                    ("online", online.to_owned()),
                    ("country", country),
                    ("organiser", organiser),
                    ("city", city),
                    ("url", url),
                    ("notes", notes),
                ];
                r.extend(dates);
                r
            },
        )
        .boxed()
}

pub(crate) fn events_upload() -> impl Strategy<Value = CsvUpload> {
    (
        prop_oneof![
            clean_upload(import::COLUMNS, clean_event_row()),
            csv_upload(import::COLUMNS, "title", event_cell),
        ],
        prop_oneof![
            Just(None),
            (MIN_YEAR..=MAX_YEAR).prop_map(Some),
            Just(Some(2023))
        ],
    )
        .prop_map(|(bytes, list_year)| CsvUpload { bytes, list_year })
}

/// Checks an upload as the import pages do: the file, then every row; an importable file is
/// written in a transaction, read back, exported, and the export read again.
pub(crate) async fn events_import_property(
    fx: &Fixture,
    up: &CsvUpload,
    lang: Lang,
) -> TestCaseResult {
    let text = match import::decode(&up.bytes) {
        Ok(text) => text,
        Err(e) => return translated(&e.explain(lang), &[]),
    };
    prop_assert!(!text.starts_with('\u{feff}'), "the BOM was kept");
    let mut tx = fx.pool().begin().await.unwrap();
    let analysis = match import::analyse(&mut tx, &text, up.list_year, fx.countries()).await {
        Ok(a) => a,
        Err(e) => return translated(&e.explain(lang), &pieces(&text)),
    };
    prop_assert!(!analysis.rows.is_empty());
    for row in &analysis.rows {
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
            Ok((event, uid)) => {
                event_invariants(event, fx.countries(), lang)?;
                if let Some(uid) = uid {
                    prop_assert!(!uid.is_empty() && uid.len() <= 200);
                    prop_assert!(!uid.chars().any(char::is_whitespace));
                }
                prop_assert_eq!(review::encode(&row.flags()), event.review_note.clone());
                for flag in row.flags() {
                    translated(&flag.explain(lang, fx.countries()), &[&text])?;
                }
            }
        }
    }
    if !analysis.is_importable() {
        return Ok(());
    }
    let before: i64 = sqlx::query_scalar("SELECT coalesce(max(id), 0) FROM events")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    let count = import::write(&mut tx, &actor(), &analysis)
        .await
        .map_err(|e| TestCaseError::fail(format!("a clean file failed to import: {e}")))?;
    prop_assert_eq!(count, analysis.rows.len());
    let stored: Vec<EventRow> = sqlx::query_as("SELECT * FROM events WHERE id > ? ORDER BY id")
        .bind(before)
        .fetch_all(&mut *tx)
        .await
        .unwrap();
    prop_assert_eq!(stored.len(), analysis.rows.len());
    for (row, outcome) in stored.iter().zip(&analysis.rows) {
        let (event, uid) = outcome.result.as_ref().unwrap();
        row_is_event(row, event)?;
        if let Some(uid) = uid {
            prop_assert_eq!(&row.uid, uid);
        }
    }
    tx.rollback().await.unwrap();

    // The export imports back to the same events (the rows are gone again).
    for row in &stored {
        export_imports_back(fx, row).await?;
    }
    Ok(())
}

#[test]
pub(crate) fn the_events_importer_previews_errors_or_imports_what_reads_back() {
    static FX: LazyLock<Fixture> = LazyLock::new(Fixture::new);
    let fx = &*FX;
    check(300, (events_upload(), lang()), |(up, lang)| {
        block_on(events_import_property(fx, &up, lang))
    });
}
