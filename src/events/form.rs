//! The event form: what was typed, and its parsing into a `NewEvent` with a specific,
//! translated message for every field that is wrong.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::dates::{EventDates, LocalTime, MAX_YEAR, MIN_YEAR};
use super::model::{EventKind, EventRow, EventStatus, NewEvent, Relevance};
use super::recurrence::{MAX_OCCURRENCES, Rule, Schedule, preset_body};
use crate::countries::Countries;
use crate::web::Lang;
use crate::web::forms::{
    FieldErrors, is_web_address, refuse_control_chars, refuse_control_chars_in_block,
};

pub const TITLE_MAX: usize = 200;
pub const SHORT_MAX: usize = 200;
pub const URL_MAX: usize = 500;
pub const NOTES_MAX: usize = 5000;
pub const REASON_MAX: usize = 500;

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct EventForm {
    pub title: String,
    pub kind: String,
    pub relevance: String,
    pub status: String,
    pub organiser: String,
    pub city: String,
    pub country: String,
    /// A checkbox: present ("on") when ticked.
    pub online: Option<String>,
    pub date_precision: String,
    pub start_date: String,
    pub end_date: String,
    /// `YYYY-MM`, for an event whose day is not known.
    pub month: String,
    /// For an event whose month is not known either.
    pub year: String,
    pub start_time: String,
    pub time_zone: String,
    pub url: String,
    pub notes: String,
    /// How the event repeats: "" (it does not), a preset of `recurrence::PRESETS`, or
    /// "custom" with `repeat_rule` typed; it ends after `repeat_count` times or on
    /// `repeat_until`.
    pub repeat: String,
    pub repeat_count: String,
    pub repeat_until: String,
    pub repeat_rule: String,
    /// For an occurrence of a series: which occurrences the edit reaches (`series::Scope`).
    pub scope: String,
    /// Why the dates changed; required on an edit that changes them.
    pub reason: String,
    /// The version the form was read at (edits only).
    pub version: String,
}

impl EventForm {
    /// A blank form with sensible choices made.
    pub fn blank() -> Self {
        Self {
            kind: EventKind::Conference.as_str().into(),
            relevance: Relevance::Unclassified.as_str().into(),
            status: EventStatus::Planned.as_str().into(),
            date_precision: "day".into(),
            ..Self::default()
        }
    }

    /// The form for editing a stored event.
    pub fn from_row(row: &EventRow) -> Self {
        let mut form = Self {
            title: row.title.clone(),
            kind: row.kind.to_string(),
            relevance: row.relevance.to_string(),
            status: row.status.to_string(),
            organiser: row.organiser.clone(),
            city: row.city.clone(),
            country: row.country.clone().unwrap_or_default(),
            online: row.online.then(|| "on".to_owned()),
            date_precision: row.date_precision.clone(),
            url: row.url.clone(),
            notes: row.notes.clone(),
            version: row.version.to_string(),
            year: row.year.to_string(),
            ..Self::default()
        };
        match row.dates() {
            EventDates::Day { start, end, time } => {
                form.start_date = start.format("%Y-%m-%d").to_string();
                // A one-day event leaves the end empty, so moving its day moves the event
                // rather than tripping over an end now before the start.
                if end != start {
                    form.end_date = end.format("%Y-%m-%d").to_string();
                }
                if let Some(t) = time {
                    form.start_time = t.time.format("%H:%M").to_string();
                    form.time_zone = t.zone.name().to_owned();
                }
            }
            EventDates::Month { year, month } => form.month = format!("{year:04}-{month:02}"),
            EventDates::Tbd { .. } => {}
        }
        form
    }

    /// The repeat fields showing the series' rule, for an occurrence's edit.
    pub fn show_series(&mut self, series: &super::series::SeriesRow) {
        let Some(schedule) = series.schedule() else {
            return;
        };
        let rule = &schedule.rule;
        match super::recurrence::preset_of(rule, schedule.first_day) {
            Some(p) => self.repeat = p.to_owned(),
            None => {
                self.repeat = "custom".to_owned();
                self.repeat_rule = rule.body().to_owned();
            }
        }
        self.repeat_count = rule.count().map(|n| n.to_string()).unwrap_or_default();
        self.repeat_until = rule
            .until()
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        self.scope = "this".to_owned();
    }

    pub fn is_online(&self) -> bool {
        self.online.is_some()
    }

    pub fn version(&self) -> Option<i64> {
        self.version.trim().parse().ok()
    }

    /// Parses every field; on failure, every problem found, each under its field.
    pub fn parse(&self, lang: Lang, countries: &Countries) -> Result<NewEvent, FieldErrors> {
        let mut errors = FieldErrors::default();
        let err = |key: &str| lang.t(key);
        let too_long = |max: usize| lang.t_args("err-too-long", &[("max", FluentValue::from(max))]);

        let title = self.title.trim().to_owned();
        refuse_control_chars("title", &title, lang, &mut errors);
        if title.is_empty() {
            errors.add("title", err("err-title-required"));
        } else if title.chars().count() > TITLE_MAX {
            errors.add("title", too_long(TITLE_MAX));
        }
        let kind = EventKind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", err("err-choose-from-list"));
        }
        let relevance = Relevance::parse(&self.relevance);
        if relevance.is_none() {
            errors.add("relevance", err("err-choose-from-list"));
        }
        let status = EventStatus::parse(&self.status);
        if status.is_none() {
            errors.add("status", err("err-choose-from-list"));
        }
        let organiser = self.organiser.trim().to_owned();
        refuse_control_chars("organiser", &organiser, lang, &mut errors);
        if organiser.chars().count() > SHORT_MAX {
            errors.add("organiser", too_long(SHORT_MAX));
        }
        let city = self.city.trim().to_owned();
        refuse_control_chars("city", &city, lang, &mut errors);
        if city.chars().count() > SHORT_MAX {
            errors.add("city", too_long(SHORT_MAX));
        }
        let country = match self.country.trim() {
            "" => None,
            typed => match countries.resolve(typed) {
                Some(c) => Some(c.iso2.clone()),
                None => {
                    errors.add(
                        "country",
                        lang.t_args(
                            "err-country-unknown",
                            &[("value", FluentValue::from(typed.to_owned()))],
                        ),
                    );
                    None
                }
            },
        };
        let dates = self.parse_dates(lang, &mut errors);
        let url = self.url.trim().to_owned();
        refuse_control_chars("url", &url, lang, &mut errors);
        if url.chars().count() > URL_MAX {
            errors.add("url", too_long(URL_MAX));
        } else if !url.is_empty() && !is_web_address(&url) {
            errors.add("url", err("err-url"));
        }
        let notes = self.notes.trim().to_owned();
        refuse_control_chars_in_block("notes", &notes, lang, &mut errors);
        if notes.chars().count() > NOTES_MAX {
            errors.add("notes", too_long(NOTES_MAX));
        }
        refuse_control_chars_in_block("reason", self.reason.trim(), lang, &mut errors);
        if self.reason.trim().chars().count() > REASON_MAX {
            errors.add("reason", too_long(REASON_MAX));
        }

        match (kind, relevance, status, dates) {
            (Some(kind), Some(relevance), Some(status), Some(dates)) if errors.is_empty() => {
                Ok(NewEvent {
                    title,
                    kind,
                    relevance,
                    organiser,
                    city,
                    country,
                    online: self.is_online(),
                    dates,
                    status,
                    url,
                    notes,
                    needs_review: false,
                    review_note: String::new(),
                })
            }
            _ => Err(errors),
        }
    }

    /// The dates as typed, when they are readable, whatever else is wrong with the form.
    pub fn dates_typed(&self, lang: Lang) -> Option<EventDates> {
        self.parse_dates(lang, &mut FieldErrors::default())
    }

    fn parse_dates(&self, lang: Lang, errors: &mut FieldErrors) -> Option<EventDates> {
        let err = |key: &str| lang.t(key);
        match self.date_precision.as_str() {
            "day" => {
                let start = match self.start_date.trim() {
                    "" => {
                        errors.add("start_date", err("err-start-date-required"));
                        None
                    }
                    s => parse_day(s).or_else(|| {
                        errors.add("start_date", err("err-date-invalid"));
                        None
                    }),
                };
                let end = match self.end_date.trim() {
                    "" => start,
                    s => parse_day(s).or_else(|| {
                        errors.add("end_date", err("err-date-invalid"));
                        None
                    }),
                };
                // In the form's order: the end's problem before the time's, both at once.
                if let (Some(s), Some(e)) = (start, end) {
                    if e < s {
                        errors.add("end_date", err("err-end-before-start"));
                    }
                }
                let time = self.parse_time(lang, errors);
                let (start, end) = (start?, end?);
                if end < start {
                    return None;
                }
                for d in [start, end] {
                    if !(MIN_YEAR..=MAX_YEAR).contains(&chrono::Datelike::year(&d)) {
                        errors.add("start_date", err("err-year-range"));
                        return None;
                    }
                }
                let time = time?;
                // A local time the clocks skip (the hour lost when daylight saving starts)
                // names no instant at all: refuse it rather than move it silently.
                if let Some(t) = time {
                    if chrono::TimeZone::from_local_datetime(&t.zone, &start.and_time(t.time))
                        .earliest()
                        .is_none()
                    {
                        errors.add(
                            "start_time",
                            lang.t_args(
                                "err-time-in-gap",
                                &[
                                    (
                                        "time",
                                        FluentValue::from(t.time.format("%H:%M").to_string()),
                                    ),
                                    ("zone", FluentValue::from(t.zone.name().to_owned())),
                                ],
                            ),
                        );
                        return None;
                    }
                }
                Some(EventDates::Day { start, end, time })
            }
            "month" => {
                let parsed = self.month.trim().split_once('-').and_then(|(y, m)| {
                    let year: i32 = y.parse().ok()?;
                    let month: u32 = m.parse().ok()?;
                    (y.len() == 4 && (1..=12).contains(&month)).then_some((year, month))
                });
                match parsed {
                    None if self.month.trim().is_empty() => {
                        errors.add("month", err("err-month-required"));
                        None
                    }
                    None => {
                        errors.add("month", err("err-month-invalid"));
                        None
                    }
                    Some((year, _)) if !(MIN_YEAR..=MAX_YEAR).contains(&year) => {
                        errors.add("month", err("err-year-range"));
                        None
                    }
                    Some((year, month)) => Some(EventDates::Month { year, month }),
                }
            }
            "tbd" => match self.year.trim().parse::<i32>() {
                Ok(year) if (MIN_YEAR..=MAX_YEAR).contains(&year) => Some(EventDates::Tbd { year }),
                Ok(_) => {
                    errors.add("year", err("err-year-range"));
                    None
                }
                Err(_) => {
                    errors.add("year", err("err-year-required"));
                    None
                }
            },
            _ => {
                errors.add("date_precision", err("err-choose-from-list"));
                None
            }
        }
    }

    /// The series' rule the repeat fields ask for, `Ok(None)` for an event that does not
    /// repeat; each problem under its field. `dates` are the event's, parsed; the presets
    /// are made from `anchor`, the day the rule gives this occurrence (the start for a new
    /// series; for a moved occurrence, the day it was moved from, moved as the edit moves
    /// it), so that editing a moved occurrence does not move the series to its weekday.
    pub fn parse_repeat(
        &self,
        lang: Lang,
        kind: Option<EventKind>,
        dates: Option<&EventDates>,
        anchor: Option<NaiveDate>,
        keep_body: Option<&str>,
        errors: &mut FieldErrors,
    ) -> Option<Rule> {
        let preset = self.repeat.trim();
        if preset.is_empty() {
            return None;
        }
        if kind == Some(EventKind::Webinar) {
            errors.add("repeat", lang.t("series-err-webinar"));
            return None;
        }
        let Some(EventDates::Day { start, end, time }) = dates else {
            if dates.is_some() {
                errors.add("repeat", lang.t("series-err-needs-day"));
            }
            return None;
        };
        let start = &anchor.unwrap_or(*start);
        let end = &(*start + (*end - *dates_start(dates)));
        let body = match preset {
            "custom" => {
                let typed = self.repeat_rule.trim();
                if typed.is_empty() {
                    errors.add("repeat_rule", lang.t("series-err-rule-required"));
                    return None;
                }
                typed.to_owned()
            }
            // The stored rule, when the choice and the days are the same.
            _ if keep_body.is_some() => keep_body.unwrap_or_default().to_owned(),
            p => match preset_body(p, *start) {
                Some(body) => body,
                None => {
                    errors.add("repeat", lang.t("err-choose-from-list"));
                    return None;
                }
            },
        };
        let count = self.repeat_count.trim();
        let until = self.repeat_until.trim();
        let mut end_part = String::new();
        if !count.is_empty() {
            match count.parse::<u16>() {
                Ok(n) if (1..=MAX_OCCURRENCES).contains(&n) => {
                    end_part = format!(";COUNT={n}");
                }
                _ => {
                    errors.add(
                        "repeat_count",
                        lang.t_args(
                            "series-err-count",
                            &[("max", FluentValue::from(MAX_OCCURRENCES))],
                        ),
                    );
                    return None;
                }
            }
        }
        if !until.is_empty() {
            match parse_day(until) {
                Some(_) if !count.is_empty() => {
                    errors.add("repeat_until", lang.t("series-err-count-or-until"));
                    return None;
                }
                Some(day) if day < *start => {
                    errors.add("repeat_until", lang.t("series-err-until-before-start"));
                    return None;
                }
                Some(day) => end_part = format!(";UNTIL={}", day.format("%Y%m%d")),
                None => {
                    errors.add("repeat_until", lang.t("err-date-invalid"));
                    return None;
                }
            }
        }
        if end_part.is_empty()
            && (preset != "custom" || !body.contains("COUNT=") && !body.contains("UNTIL="))
        {
            errors.add("repeat_count", lang.t("recurrence-err-no-end"));
            return None;
        }
        // The fields' end wins over one typed in a custom rule.
        let body: Vec<&str> = body
            .split(';')
            .filter(|p| {
                end_part.is_empty()
                    || !(p.trim().to_ascii_uppercase().starts_with("COUNT=")
                        || p.trim().to_ascii_uppercase().starts_with("UNTIL="))
            })
            .collect();
        let field = if preset == "custom" {
            "repeat_rule"
        } else {
            "repeat"
        };
        let rule = match Rule::parse(&format!("{}{end_part}", body.join(";"))) {
            Ok(rule) => rule,
            Err(key) => {
                errors.add(field, lang.t(key));
                return None;
            }
        };
        let schedule = Schedule {
            rule,
            first_day: *start,
            time: *time,
            extra_days: (*end - *start).num_days(),
        };
        match schedule.occurrences() {
            // The first occurrence is the event as typed: a rule that skips its day would
            // make the form's dates a day nothing happens on.
            Ok(o) if o.first().map(|f| f.0) == Some(*start) => Some(schedule.rule),
            Ok(_) => {
                errors.add(field, lang.t("series-err-first-day"));
                None
            }
            Err(key) => {
                errors.add(field, lang.t(key));
                None
            }
        }
    }

    /// `Some(None)`: no time; `Some(Some(t))`: a valid time and zone; `None`: an error.
    fn parse_time(&self, lang: Lang, errors: &mut FieldErrors) -> Option<Option<LocalTime>> {
        let (time, zone) = (self.start_time.trim(), self.time_zone.trim());
        if time.is_empty() && zone.is_empty() {
            return Some(None);
        }
        let parsed_time = NaiveTime::parse_from_str(time, "%H:%M").ok();
        if time.is_empty() {
            errors.add("start_time", lang.t("err-time-required-with-zone"));
        } else if parsed_time.is_none() {
            errors.add("start_time", lang.t("err-time-invalid"));
        }
        let parsed_zone = zone.parse::<Tz>().ok();
        if zone.is_empty() {
            errors.add("time_zone", lang.t("err-zone-required"));
        } else if parsed_zone.is_none() {
            errors.add("time_zone", lang.t("err-zone-unknown"));
        }
        Some(Some(LocalTime {
            time: parsed_time?,
            zone: parsed_zone?,
        }))
    }
}

/// Only the ISO form the date inputs send; other forms are the importer's business.
fn parse_day(s: &str) -> Option<NaiveDate> {
    if s.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn dates_start(dates: Option<&EventDates>) -> &NaiveDate {
    match dates {
        Some(EventDates::Day { start, .. }) => start,
        _ => &NaiveDate::MIN,
    }
}
