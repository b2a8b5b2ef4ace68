//! Properties: the dates: loose reader, ISO reader, canonical text, stored columns.

use super::*;

/// What every `EventDates` a parser hands out promises.
pub(crate) fn dates_invariants(d: &EventDates, lang: Lang) -> TestCaseResult {
    prop_assert!(
        (MIN_YEAR..=MAX_YEAR).contains(&d.year()),
        "year outside the calendar: {d:?}"
    );
    match *d {
        EventDates::Day { start, end, time } => {
            prop_assert!(end >= start, "ends before it starts: {d:?}");
            prop_assert!((MIN_YEAR..=MAX_YEAR).contains(&end.year()), "{d:?}");
            if let Some(t) = time {
                prop_assert_eq!(t.time.second(), 0);
                prop_assert!(
                    d.utc_start().is_some(),
                    "a local time that names no instant: {d:?}"
                );
            }
        }
        EventDates::Month { month, .. } => prop_assert!((1..=12).contains(&month), "{d:?}"),
        EventDates::Tbd { .. } => {}
    }
    prop_assert_eq!(
        EventDates::parse_canonical(&d.canonical()),
        Some(*d),
        "canonical text {:?} does not read back",
        d.canonical()
    );
    let c = d.columns();
    prop_assert_eq!(
        EventDates::from_columns(
            c.precision,
            c.year,
            c.month,
            c.start_date.as_deref(),
            c.end_date.as_deref(),
            c.start_time.as_deref(),
            c.time_zone.as_deref(),
        ),
        Some(*d),
        "the stored columns do not read back"
    );
    let shown = d.display(lang);
    prop_assert!(
        !shown.trim().is_empty() && !shown.contains("{$"),
        "{shown:?}"
    );
    Ok(())
}

#[test]
pub(crate) fn loose_dates_are_read_or_refused_with_a_reason() {
    // The import page checks the list's year; the `import` command passes it as given.
    let list_year = prop_oneof![
        2 => Just(None),
        2 => (MIN_YEAR..=MAX_YEAR).prop_map(Some),
        1 => select(&[MIN_YEAR, MAX_YEAR, 2023]).prop_map(Some),
        1 => select(&[i32::MIN, 0, 1800, MIN_YEAR - 1, MAX_YEAR + 1, 9999, i32::MAX]).prop_map(Some),
    ];
    check(
        2000,
        (loose_date_text(), list_year, lang()),
        |(written, list_year, lang)| {
            match dates::parse_loose(&written, list_year) {
                Ok((d, assumed)) => {
                    if !(MIN_YEAR..=MAX_YEAR).contains(&d.year())
                        && d.year() == list_year.unwrap_or(0)
                    {
                        return Err(known_bug(
                            "a date to be confirmed in a list year outside the calendar",
                        ));
                    }
                    dates_invariants(&d, lang)?;
                    if let EventDates::Day { start, end, time } = d {
                        prop_assert_eq!(start, end);
                        prop_assert_eq!(time, None);
                    }
                    if let Some(y) = list_year {
                        if d.year() != y {
                            prop_assert!(
                                assumed.iter().any(|a| matches!(
                                    a,
                                    dates::Assumption::YearOutsideList { .. }
                                )),
                                "another year than the list's, not flagged"
                            );
                        }
                    }
                    // The same text reads the same way again (as the importer re-checks
                    // inside its transaction).
                    prop_assert_eq!(dates::parse_loose(&written, list_year), Ok((d, assumed)));
                }
                Err(e) => translated(&date_error_message(e, lang, &written), &[&written])?,
            }
            Ok(())
        },
    );
}

#[test]
pub(crate) fn iso_dates_are_read_or_refused_with_a_reason() {
    let input = prop_oneof![iso_date_text(), month_text(), year_text(), text()];
    check(2000, (input, lang()), |(written, lang)| {
        match dates::parse_iso(&written) {
            Ok(d) => {
                dates_invariants(&d, lang)?;
                // ISO text of the same precision reads back to the same dates.
                let again = match d {
                    EventDates::Day { start, .. } => start.format("%Y-%m-%d").to_string(),
                    _ => d.canonical(),
                };
                prop_assert_eq!(dates::parse_iso(&again), Ok(d));
            }
            Err(e) => translated(&date_error_message(e, lang, &written), &[&written])?,
        }
        Ok(())
    });
}

/// Any dates the parsers can produce, to check the canonical text and the stored columns.
pub(crate) fn event_dates() -> impl Strategy<Value = EventDates> {
    let day = (MIN_YEAR..=MAX_YEAR, 1u32..=366).prop_map(|(y, n)| {
        NaiveDate::from_yo_opt(y, n).unwrap_or_else(|| NaiveDate::from_yo_opt(y, 365).unwrap())
    });
    let time =
        (0u32..24, 0u32..60, select(chrono_tz::TZ_VARIANTS.to_vec())).prop_map(|(h, m, zone)| {
            LocalTime {
                time: NaiveTime::from_hms_opt(h, m, 0).unwrap(),
                zone,
            }
        });
    prop_oneof![
        (day, 0i64..400, proptest::option::of(time)).prop_map(|(start, len, time)| {
            EventDates::Day {
                start,
                end: start + Duration::days(len),
                time,
            }
        }),
        (MIN_YEAR..=MAX_YEAR, 1u32..=12)
            .prop_map(|(year, month)| EventDates::Month { year, month }),
        (MIN_YEAR..=MAX_YEAR).prop_map(|year| EventDates::Tbd { year }),
    ]
}

#[test]
pub(crate) fn canonical_dates_and_stored_columns_round_trip() {
    check(2000, (event_dates(), text()), |(d, junk)| {
        prop_assert_eq!(EventDates::parse_canonical(&d.canonical()), Some(d));
        let c = d.columns();
        prop_assert_eq!(
            EventDates::from_columns(
                c.precision,
                c.year,
                c.month,
                c.start_date.as_deref(),
                c.end_date.as_deref(),
                c.start_time.as_deref(),
                c.time_zone.as_deref(),
            ),
            Some(d)
        );
        // Whatever is in the history's text column, reading it never panics, and what it
        // reads is itself canonical.
        for s in [junk.clone(), format!("{} {junk}", d.canonical())] {
            if let Some(read) = EventDates::parse_canonical(&s) {
                prop_assert_eq!(EventDates::parse_canonical(&read.canonical()), Some(read));
            }
        }
        Ok(())
    });
}
