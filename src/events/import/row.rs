//! Checking one row of an imported file: every cell read into the event it describes, or
//! the problems found, and what a person should look at again.

use chrono::NaiveTime;
use chrono_tz::Tz;

use super::super::dates::{self, EventDates, LocalTime};
use super::super::form::{NOTES_MAX, SHORT_MAX, TITLE_MAX, URL_MAX};
use super::super::model::{EventKind, EventStatus, NewEvent, Relevance};
use super::super::review::{self, ReviewFlag};
use crate::countries::Countries;
use crate::web::forms::has_control_chars;
use crate::web::forms::is_web_address;
use crate::web::import::CellError;

pub(super) fn check_row(
    cell: &dyn Fn(&str) -> String,
    list_year: Option<i32>,
    countries: &Countries,
) -> Result<(NewEvent, Option<String>), Vec<CellError>> {
    let mut errors = Vec::new();
    let mut flags: Vec<ReviewFlag> = Vec::new();
    let mut error = |column: &'static str, key: &'static str, value: &str| {
        errors.push(CellError {
            column,
            key,
            value: value.to_owned(),
        })
    };

    // Text that would be stored as typed: control characters have no place in it (a NUL
    // would even make the tables' length CHECKs count it wrong).
    for column in ["title", "organiser", "city", "notes", "url", "uid"] {
        if has_control_chars(&cell(column)) {
            error(column, "err-control-chars", "");
        }
    }
    let title = cell("title");
    if title.is_empty() {
        error("title", "err-title-required", "");
    } else if title.chars().count() > TITLE_MAX {
        error("title", "import-err-too-long", &TITLE_MAX.to_string());
    }
    let lower_title = title.to_lowercase();
    if lower_title.contains("place tbd") {
        flags.push(ReviewFlag::PlaceTbd);
    }
    if lower_title.contains("placeholder") {
        flags.push(ReviewFlag::TentativeTitle);
    }

    let kind = match cell("kind").as_str() {
        "" => Some(kind_from_title(&lower_title)),
        k => EventKind::parse(k).or_else(|| {
            error("kind", "import-err-not-one-of", k);
            None
        }),
    };
    let relevance = match cell("relevance").as_str() {
        "" => Some(Relevance::Unclassified),
        r => Relevance::parse(r).or_else(|| {
            error("relevance", "import-err-not-one-of", r);
            None
        }),
    };
    let status = match cell("status").as_str() {
        "" => Some(EventStatus::Planned),
        s => EventStatus::parse(s).or_else(|| {
            error("status", "import-err-not-one-of", s);
            None
        }),
    };
    let online = match cell("online").to_lowercase().as_str() {
        "" => kind == Some(EventKind::Webinar),
        "yes" | "true" | "1" | "sí" | "si" => true,
        "no" | "false" | "0" => false,
        other => {
            error("online", "import-err-yes-no", other);
            false
        }
    };
    let country = match cell("country").as_str() {
        "" => countries.named_in(&title).map(|c| {
            flags.push(ReviewFlag::CountryFromTitle {
                country: c.iso2.clone(),
            });
            c.iso2.clone()
        }),
        typed => match countries.resolve(typed) {
            Some(c) => Some(c.iso2.clone()),
            None => {
                error("country", "err-country-unknown", typed);
                None
            }
        },
    };
    for (column, max) in [
        ("organiser", SHORT_MAX),
        ("city", SHORT_MAX),
        ("notes", NOTES_MAX),
        ("url", URL_MAX),
    ] {
        if cell(column).chars().count() > max {
            error(column, "import-err-too-long", &max.to_string());
        }
    }
    let url = cell("url");
    if !url.is_empty() && !has_control_chars(&url) && !is_web_address(&url) {
        error("url", "import-err-url", &url);
    }
    let uid = Some(cell("uid")).filter(|u| !u.is_empty());
    if let Some(uid) = &uid {
        if uid.len() > 200 || uid.chars().any(char::is_whitespace) {
            error("uid", "import-err-uid", uid);
        }
    }

    let dates = row_dates(cell, list_year, &mut flags, &mut error);

    match (kind, relevance, status, dates) {
        (Some(kind), Some(relevance), Some(status), Some(dates)) if errors.is_empty() => Ok((
            NewEvent {
                title,
                kind,
                relevance,
                organiser: cell("organiser"),
                city: cell("city"),
                country,
                online,
                dates,
                status,
                url,
                notes: cell("notes"),
                needs_review: !flags.is_empty(),
                review_note: review::encode(&flags),
            },
            uid,
        )),
        _ => Err(errors),
    }
}

/// The row's dates, from the loose `date` column or the export's structured columns.
fn row_dates(
    cell: &dyn Fn(&str) -> String,
    list_year: Option<i32>,
    flags: &mut Vec<ReviewFlag>,
    error: &mut dyn FnMut(&'static str, &'static str, &str),
) -> Option<EventDates> {
    let loose = |column: &'static str,
                 written: &str,
                 flags: &mut Vec<ReviewFlag>,
                 error: &mut dyn FnMut(&'static str, &'static str, &str)| {
        match dates::parse_loose(written, list_year) {
            Ok((d, assumed)) => {
                flags.extend(assumed.into_iter().map(ReviewFlag::from));
                Some(d)
            }
            Err(e) => {
                error(column, e.message_key(), written);
                None
            }
        }
    };
    let (date, start, end, month, year) = (
        cell("date"),
        cell("start_date"),
        cell("end_date"),
        cell("month"),
        cell("year"),
    );
    let mut dates = if !date.is_empty() || (start.is_empty() && month.is_empty() && year.is_empty())
    {
        loose("date", &date, flags, error)?
    } else if !start.is_empty() {
        loose("start_date", &start, flags, error)?
    } else if !month.is_empty() {
        match dates::parse_iso(&month) {
            Ok(d @ EventDates::Month { .. }) => d,
            _ => {
                error("month", "import-err-month", &month);
                return None;
            }
        }
    } else {
        match dates::parse_iso(&year) {
            Ok(d @ EventDates::Tbd { .. }) => d,
            _ => {
                error("year", "err-year-required", &year);
                return None;
            }
        }
    };
    if let EventDates::Day { start, .. } = dates {
        if !end.is_empty() {
            match dates::parse_loose(&end, None) {
                Ok((EventDates::Day { start: end_day, .. }, _)) if end_day >= start => {
                    dates = EventDates::Day {
                        start,
                        end: end_day,
                        time: None,
                    };
                }
                Ok((EventDates::Day { .. }, _)) => {
                    error("end_date", "import-err-end-before-start", &end);
                    return None;
                }
                _ => {
                    error("end_date", "err-date-invalid", &end);
                    return None;
                }
            }
        }
    } else if !end.is_empty() {
        error("end_date", "import-err-end-without-start", &end);
        return None;
    }
    let (time, zone) = (cell("start_time"), cell("time_zone"));
    if !time.is_empty() || !zone.is_empty() {
        let parsed_time = NaiveTime::parse_from_str(&time, "%H:%M").ok();
        let parsed_zone = zone.parse::<Tz>().ok();
        if parsed_time.is_none() {
            error("start_time", "err-time-invalid", &time);
        }
        if parsed_zone.is_none() {
            error("time_zone", "err-zone-unknown", &zone);
        }
        match (&mut dates, parsed_time, parsed_zone) {
            (EventDates::Day { start, time: t, .. }, Some(time), Some(zone)) => {
                // As in the form: a local time the clocks skip names no instant.
                if chrono::TimeZone::from_local_datetime(&zone, &start.and_time(time))
                    .earliest()
                    .is_none()
                {
                    error(
                        "start_time",
                        "import-err-time-in-gap",
                        &time.format("%H:%M").to_string(),
                    );
                    return None;
                }
                *t = Some(LocalTime { time, zone });
            }
            (EventDates::Day { .. }, _, _) => return None,
            _ => {
                error("start_time", "import-err-time-without-day", &time);
                return None;
            }
        }
    }
    Some(dates)
}

/// The plan's list has no kinds; the title usually says. Not a review flag: a kind is easy
/// to see and to change, and flagging every row would bury the real doubts.
pub fn kind_from_title(lower_title: &str) -> EventKind {
    let has = |w: &str| lower_title.contains(w);
    if has("webinar") {
        EventKind::Webinar
    } else if has("roadshow") {
        EventKind::Roadshow
    } else if has("readout") {
        EventKind::Readout
    } else if has("all hands") {
        EventKind::Internal
    } else if has("training") || has("workshop") || has("icann101") {
        EventKind::Training
    } else if has("meeting") || has(" call") || has("assembly") || has("council") {
        EventKind::Meeting
    } else {
        EventKind::Conference
    }
}
