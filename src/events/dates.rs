//! An event's dates, which are often not fully known: a day (or span of days, with an
//! optional local start time in an IANA zone), only a month, or only a year ("TBD").
//! Also the loose date reader used by the importer, which never guesses silently: every
//! assumption it makes is returned so the row can be flagged for review.

use chrono::{Datelike, NaiveDate, NaiveTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;

use crate::web::Lang;

/// A start time on the event's first day, in the event's own time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    pub time: NaiveTime,
    pub zone: Tz,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventDates {
    Day {
        start: NaiveDate,
        end: NaiveDate,
        time: Option<LocalTime>,
    },
    Month {
        year: i32,
        month: u32,
    },
    Tbd {
        year: i32,
    },
}

pub const MIN_YEAR: i32 = 1990;
pub const MAX_YEAR: i32 = 2200;

/// The stored columns of an `EventDates`, in table order.
pub struct DateColumns {
    pub precision: &'static str,
    pub year: i64,
    pub month: Option<i64>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub start_time: Option<String>,
    pub time_zone: Option<String>,
}

impl EventDates {
    pub fn from_columns(
        precision: &str,
        year: i64,
        month: Option<i64>,
        start: Option<&str>,
        end: Option<&str>,
        time: Option<&str>,
        zone: Option<&str>,
    ) -> Option<Self> {
        match precision {
            "day" => {
                let start = NaiveDate::parse_from_str(start?, "%Y-%m-%d").ok()?;
                let end = NaiveDate::parse_from_str(end?, "%Y-%m-%d").ok()?;
                let time = match (time, zone) {
                    (Some(t), Some(z)) => Some(LocalTime {
                        time: NaiveTime::parse_from_str(t, "%H:%M").ok()?,
                        zone: z.parse().ok()?,
                    }),
                    _ => None,
                };
                Some(EventDates::Day { start, end, time })
            }
            "month" => Some(EventDates::Month {
                year: i32::try_from(year).ok()?,
                month: u32::try_from(month?).ok()?,
            }),
            "tbd" => Some(EventDates::Tbd {
                year: i32::try_from(year).ok()?,
            }),
            _ => None,
        }
    }

    pub fn columns(&self) -> DateColumns {
        match *self {
            EventDates::Day { start, end, time } => DateColumns {
                precision: "day",
                year: i64::from(start.year()),
                month: Some(i64::from(start.month())),
                start_date: Some(start.format("%Y-%m-%d").to_string()),
                end_date: Some(end.format("%Y-%m-%d").to_string()),
                start_time: time.map(|t| t.time.format("%H:%M").to_string()),
                time_zone: time.map(|t| t.zone.name().to_owned()),
            },
            EventDates::Month { year, month } => DateColumns {
                precision: "month",
                year: i64::from(year),
                month: Some(i64::from(month)),
                start_date: None,
                end_date: None,
                start_time: None,
                time_zone: None,
            },
            EventDates::Tbd { year } => DateColumns {
                precision: "tbd",
                year: i64::from(year),
                month: None,
                start_date: None,
                end_date: None,
                start_time: None,
                time_zone: None,
            },
        }
    }

    pub fn year(&self) -> i32 {
        match *self {
            EventDates::Day { start, .. } => start.year(),
            EventDates::Month { year, .. } | EventDates::Tbd { year } => year,
        }
    }

    /// Whether the day is known (so the event can sit on a calendar day).
    pub fn is_dated(&self) -> bool {
        matches!(self, EventDates::Day { .. })
    }

    /// The start as a UTC instant, for timed events.
    pub fn utc_start(&self) -> Option<chrono::DateTime<Utc>> {
        match *self {
            EventDates::Day {
                start,
                time: Some(t),
                ..
            } => t
                .zone
                .from_local_datetime(&start.and_time(t.time))
                .earliest()
                .map(|dt| dt.with_timezone(&Utc)),
            _ => None,
        }
    }

    /// A compact, language-free text form, kept in the date-change history:
    /// `2023-03-11`, `2023-03-11/2023-03-14`, `2023-03-11 14:00 America/Mexico_City`,
    /// `2023-05` (month known), `2023` (only the year).
    pub fn canonical(&self) -> String {
        match *self {
            EventDates::Day { start, end, time } => {
                let mut s = start.format("%Y-%m-%d").to_string();
                if end != start {
                    s.push('/');
                    s.push_str(&end.format("%Y-%m-%d").to_string());
                }
                if let Some(t) = time {
                    s.push(' ');
                    s.push_str(&t.time.format("%H:%M").to_string());
                    s.push(' ');
                    s.push_str(t.zone.name());
                }
                s
            }
            EventDates::Month { year, month } => format!("{year:04}-{month:02}"),
            EventDates::Tbd { year } => format!("{year:04}"),
        }
    }

    pub fn parse_canonical(s: &str) -> Option<Self> {
        let mut parts = s.split(' ');
        let days = parts.next()?;
        let time = match (parts.next(), parts.next()) {
            (Some(t), Some(z)) => Some(LocalTime {
                time: NaiveTime::parse_from_str(t, "%H:%M").ok()?,
                zone: z.parse().ok()?,
            }),
            _ => None,
        };
        if let Some((a, b)) = days.split_once('/') {
            let start = NaiveDate::parse_from_str(a, "%Y-%m-%d").ok()?;
            let end = NaiveDate::parse_from_str(b, "%Y-%m-%d").ok()?;
            return Some(EventDates::Day { start, end, time });
        }
        match days.len() {
            10 => {
                let start = NaiveDate::parse_from_str(days, "%Y-%m-%d").ok()?;
                Some(EventDates::Day {
                    start,
                    end: start,
                    time,
                })
            }
            7 => {
                let (y, m) = days.split_once('-')?;
                let (year, month) = (y.parse().ok()?, m.parse().ok()?);
                (1..=12)
                    .contains(&month)
                    .then_some(EventDates::Month { year, month })
            }
            4 => Some(EventDates::Tbd {
                year: days.parse().ok()?,
            }),
            _ => None,
        }
    }

    /// The dates written out for a person, in their language, with the time zone of any time.
    pub fn display(&self, lang: Lang) -> String {
        match *self {
            EventDates::Day { start, end, time } => {
                let days = if start == end {
                    lang.date(start)
                } else {
                    lang.t_args(
                        "date-range",
                        &[
                            ("start", FluentValue::from(lang.date(start))),
                            ("end", FluentValue::from(lang.date(end))),
                        ],
                    )
                };
                match time {
                    Some(t) => format!("{days}, {}", display_time(start, t)),
                    None => days,
                }
            }
            EventDates::Month { year, month } => lang.t_args(
                "date-month-only",
                &[("month", FluentValue::from(lang.month_year(year, month)))],
            ),
            EventDates::Tbd { year } => {
                lang.t_args("date-tbd", &[("year", FluentValue::from(year.to_string()))])
            }
        }
    }
}

/// "14:00 America/Mexico_City (UTC-06:00)": the zone is always named, never implied.
pub fn display_time(day: NaiveDate, t: LocalTime) -> String {
    let offset = t
        .zone
        .from_local_datetime(&day.and_time(t.time))
        .earliest()
        .map(|dt| dt.offset().fix().local_minus_utc())
        .unwrap_or(0);
    format!(
        "{} {} (UTC{})",
        t.time.format("%H:%M"),
        t.zone.name(),
        format_offset(offset)
    )
}

pub fn format_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    format!("{sign}{:02}:{:02}", s / 3600, (s % 3600) / 60)
}

/// Something the loose date reader assumed; stored as the event's review note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assumption {
    /// `25/5/23` can only be day/month/year: read so.
    DayFirst { written: String, read_as: String },
    /// A date in a year other than the list's: kept as written.
    YearOutsideList { written: String, list_year: i32 },
    /// No date at all (`placeholder`): the date is to be confirmed within the list's year.
    NoDate { written: String, year: i32 },
}

/// Why a date could not be read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not a date in any form we read.
    Unreadable,
    /// Looks like a date but does not exist (2023-02-30).
    NoSuchDate,
    /// No date and no year to put it in.
    NoYear,
    /// Outside the years the calendar holds.
    YearOutOfRange,
}

impl DateError {
    pub fn message_key(self) -> &'static str {
        match self {
            DateError::Unreadable => "err-date-unreadable",
            DateError::NoSuchDate => "err-date-invalid",
            DateError::NoYear => "err-date-no-year",
            DateError::YearOutOfRange => "err-year-range",
        }
    }
}

/// Words that mean "no date yet" in the plan and in the four languages.
const NO_DATE_WORDS: &[&str] = &[
    "",
    "placeholder",
    "tbd",
    "tba",
    "tbc",
    "to be confirmed",
    "to be determined",
    "por confirmar",
    "a confirmar",
    "a definir",
    "à confirmer",
];

/// Reads a date as people write them in the plan and in spreadsheets: ISO `2023-03-11`,
/// `2023-05` (month), `2023` (year), month-first `3/11/23` or `3/11/2023` (the plan's
/// convention), and day-first where month-first is impossible (`25/5/23`, flagged).
/// `list_year` is the year the list is about, if known.
pub fn parse_loose(
    written: &str,
    list_year: Option<i32>,
) -> Result<(EventDates, Vec<Assumption>), DateError> {
    let text = written.trim();
    let mut assumptions = Vec::new();
    if NO_DATE_WORDS.contains(&text.to_lowercase().as_str()) {
        let year = list_year.ok_or(DateError::NoYear)?;
        assumptions.push(Assumption::NoDate {
            written: text.to_owned(),
            year,
        });
        return Ok((EventDates::Tbd { year }, assumptions));
    }
    let dates = if text.contains('/') {
        let parts: Vec<&str> = text.split('/').map(str::trim).collect();
        let [a, b, y] = parts.as_slice() else {
            return Err(DateError::Unreadable);
        };
        let (a, b, y) = (number(a)?, number(b)?, year_number(y)?);
        let (month, day) = if a <= 12 {
            (a, b)
        } else if b <= 12 {
            let read = (b, a);
            let date = NaiveDate::from_ymd_opt(y, read.0, read.1).ok_or(DateError::NoSuchDate)?;
            assumptions.push(Assumption::DayFirst {
                written: text.to_owned(),
                read_as: date.format("%Y-%m-%d").to_string(),
            });
            read
        } else {
            return Err(DateError::NoSuchDate);
        };
        let date = NaiveDate::from_ymd_opt(y, month, day).ok_or(DateError::NoSuchDate)?;
        EventDates::Day {
            start: date,
            end: date,
            time: None,
        }
    } else {
        parse_iso(text)?
    };
    let year = dates.year();
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(DateError::YearOutOfRange);
    }
    if let Some(list_year) = list_year.filter(|&ly| ly != year) {
        assumptions.push(Assumption::YearOutsideList {
            written: text.to_owned(),
            list_year,
        });
    }
    Ok((dates, assumptions))
}

/// `2023-03-11`, `2023-05` or `2023`.
pub fn parse_iso(text: &str) -> Result<EventDates, DateError> {
    let parts: Vec<&str> = text.split('-').collect();
    let all_digits = parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !all_digits || parts[0].len() != 4 {
        return Err(DateError::Unreadable);
    }
    let year: i32 = parts[0].parse().map_err(|_| DateError::Unreadable)?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(DateError::YearOutOfRange);
    }
    match parts.as_slice() {
        [_] => Ok(EventDates::Tbd { year }),
        [_, m] if m.len() <= 2 => {
            let month: u32 = m.parse().map_err(|_| DateError::Unreadable)?;
            if (1..=12).contains(&month) {
                Ok(EventDates::Month { year, month })
            } else {
                Err(DateError::NoSuchDate)
            }
        }
        [_, m, d] if m.len() <= 2 && d.len() <= 2 => {
            let date = NaiveDate::from_ymd_opt(
                year,
                m.parse().map_err(|_| DateError::Unreadable)?,
                d.parse().map_err(|_| DateError::Unreadable)?,
            )
            .ok_or(DateError::NoSuchDate)?;
            Ok(EventDates::Day {
                start: date,
                end: date,
                time: None,
            })
        }
        _ => Err(DateError::Unreadable),
    }
}

fn number(s: &str) -> Result<u32, DateError> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::Unreadable);
    }
    s.parse().map_err(|_| DateError::Unreadable)
}

/// Two-digit years are this century's (`23` is 2023), as in the plan.
fn year_number(s: &str) -> Result<i32, DateError> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::Unreadable);
    }
    match s.len() {
        2 => Ok(2000 + s.parse::<i32>().map_err(|_| DateError::Unreadable)?),
        4 => s.parse().map_err(|_| DateError::Unreadable),
        _ => Err(DateError::Unreadable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> EventDates {
        let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        EventDates::Day {
            start: date,
            end: date,
            time: None,
        }
    }

    #[test]
    fn reads_the_plans_month_first_dates() {
        assert_eq!(
            parse_loose("2/5/23", Some(2023)),
            Ok((day(2023, 2, 5), vec![]))
        );
        assert_eq!(
            parse_loose("12/4/23", Some(2023)),
            Ok((day(2023, 12, 4), vec![]))
        );
        assert_eq!(
            parse_loose("3/11/2023", None),
            Ok((day(2023, 3, 11), vec![]))
        );
    }

    #[test]
    fn day_first_only_when_month_first_is_impossible_and_says_so() {
        let (dates, assumed) = parse_loose("25/5/23", Some(2023)).unwrap();
        assert_eq!(dates, day(2023, 5, 25));
        assert_eq!(
            assumed,
            vec![Assumption::DayFirst {
                written: "25/5/23".into(),
                read_as: "2023-05-25".into()
            }]
        );
        assert_eq!(parse_loose("25/13/23", None), Err(DateError::NoSuchDate));
    }

    #[test]
    fn a_date_outside_the_lists_year_is_kept_and_flagged() {
        let (dates, assumed) = parse_loose("1/16/22", Some(2023)).unwrap();
        assert_eq!(dates, day(2022, 1, 16));
        assert_eq!(
            assumed,
            vec![Assumption::YearOutsideList {
                written: "1/16/22".into(),
                list_year: 2023
            }]
        );
        // Without a list year there is nothing to compare with.
        assert_eq!(parse_loose("1/16/22", None).unwrap().1, vec![]);
    }

    #[test]
    fn placeholder_means_to_be_confirmed_within_the_list_year() {
        let (dates, assumed) = parse_loose("placeholder", Some(2023)).unwrap();
        assert_eq!(dates, EventDates::Tbd { year: 2023 });
        assert_eq!(assumed.len(), 1);
        assert_eq!(parse_loose("placeholder", None), Err(DateError::NoYear));
        assert_eq!(
            parse_loose(" TBD ", Some(2024)).unwrap().0,
            EventDates::Tbd { year: 2024 }
        );
    }

    #[test]
    fn iso_forms_and_impossible_dates() {
        assert_eq!(parse_loose("2023-03-11", None).unwrap().0, day(2023, 3, 11));
        assert_eq!(
            parse_loose("2023-05", None).unwrap().0,
            EventDates::Month {
                year: 2023,
                month: 5
            }
        );
        assert_eq!(
            parse_loose("2023", None).unwrap().0,
            EventDates::Tbd { year: 2023 }
        );
        assert_eq!(parse_loose("2023-02-30", None), Err(DateError::NoSuchDate));
        assert_eq!(parse_loose("2/30/23", None), Err(DateError::NoSuchDate));
        assert_eq!(parse_loose("2023-13", None), Err(DateError::NoSuchDate));
        assert_eq!(parse_loose("next spring", None), Err(DateError::Unreadable));
        assert_eq!(parse_loose("1/2", None), Err(DateError::Unreadable));
        assert_eq!(
            parse_loose("1850-01-01", None),
            Err(DateError::YearOutOfRange)
        );
    }

    #[test]
    fn canonical_text_round_trips() {
        let timed = EventDates::Day {
            start: NaiveDate::from_ymd_opt(2023, 3, 11).unwrap(),
            end: NaiveDate::from_ymd_opt(2023, 3, 16).unwrap(),
            time: Some(LocalTime {
                time: NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
                zone: "America/Cancun".parse().unwrap(),
            }),
        };
        for dates in [
            timed,
            day(2023, 2, 5),
            EventDates::Month {
                year: 2023,
                month: 8,
            },
            EventDates::Tbd { year: 2023 },
        ] {
            assert_eq!(EventDates::parse_canonical(&dates.canonical()), Some(dates));
        }
        assert_eq!(
            timed.canonical(),
            "2023-03-11/2023-03-16 09:30 America/Cancun"
        );
    }

    #[test]
    fn times_carry_their_zone_and_offset() {
        let t = LocalTime {
            time: NaiveTime::from_hms_opt(14, 0, 0).unwrap(),
            zone: "America/Sao_Paulo".parse().unwrap(),
        };
        let d = NaiveDate::from_ymd_opt(2023, 4, 24).unwrap();
        assert_eq!(display_time(d, t), "14:00 America/Sao_Paulo (UTC-03:00)");
        let dates = EventDates::Day {
            start: d,
            end: d,
            time: Some(t),
        };
        assert_eq!(
            dates.utc_start().unwrap().to_rfc3339(),
            "2023-04-24T17:00:00+00:00"
        );
    }
}
