//! The webinar form. Its event part (title, day, local time and zone, status) is checked by
//! the event form's own rules, so a webinar's date means what an event's does; its own
//! fields (programme, topic, end time, languages, speakers, links) are checked here.

use chrono::{NaiveTime, TimeZone};
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::model::{Programme, TopicRow, WebinarFields, WebinarLanguage, WebinarRow};
use super::zones::{LocalTimeError, local_to_utc};
use crate::countries::Countries;
use crate::events::dates::EventDates;
use crate::events::form::{EventForm, URL_MAX};
use crate::events::model::{EventKind, EventStatus, NewEvent, Relevance};
use crate::web::Lang;
use crate::web::forms::is_web_address;
use crate::web::forms::{FieldErrors, refuse_control_chars, refuse_control_chars_in_block};

pub const SPEAKERS_MAX: usize = 2000;
pub const AUDIENCE_MAX: usize = 500;

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(default)]
pub struct WebinarForm {
    pub title: String,
    pub programme: String,
    pub topic: String,
    pub relevance: String,
    pub status: String,
    pub organiser: String,
    pub date_precision: String,
    pub start_date: String,
    pub month: String,
    pub year: String,
    pub start_time: String,
    pub end_time: String,
    pub time_zone: String,
    pub languages: Vec<String>,
    pub interpretation: Option<String>,
    pub speakers: String,
    pub audience: String,
    pub registration_url: String,
    pub recording_url: String,
    pub notes: String,
    pub reason: String,
    pub version: String,
}

impl WebinarForm {
    pub fn blank() -> Self {
        Self {
            programme: Programme::CapacityBuilding.as_str().into(),
            relevance: Relevance::LacraloInvolved.as_str().into(),
            status: EventStatus::Planned.as_str().into(),
            organiser: "LACRALO and ICANN LAC GSE".into(),
            date_precision: "day".into(),
            languages: vec!["es".into(), "en".into()],
            ..Self::default()
        }
    }

    pub fn from_row(row: &WebinarRow) -> Self {
        let event = EventForm::from_row(&row.event);
        let end_time = match (
            row.starts_at(),
            row.duration_minutes,
            row.event.time_zone.as_deref(),
        ) {
            (Some(start), Some(minutes), Some(zone)) => zone.parse::<Tz>().ok().map(|z| {
                (start + chrono::Duration::minutes(minutes))
                    .with_timezone(&z)
                    .format("%H:%M")
                    .to_string()
            }),
            _ => None,
        };
        Self {
            title: event.title,
            programme: row.programme.to_string(),
            topic: row.topic_id.map(|t| t.to_string()).unwrap_or_default(),
            relevance: event.relevance,
            status: event.status,
            organiser: event.organiser,
            date_precision: event.date_precision,
            start_date: event.start_date,
            month: event.month,
            year: event.year,
            start_time: event.start_time,
            end_time: end_time.unwrap_or_default(),
            time_zone: event.time_zone,
            languages: row
                .languages()
                .iter()
                .map(|l| l.as_str().to_owned())
                .collect(),
            interpretation: row.interpretation.then(|| "on".to_owned()),
            speakers: row.speakers.clone(),
            audience: row.audience.clone(),
            registration_url: row.registration_url.clone(),
            recording_url: row.recording_url.clone(),
            notes: event.notes,
            reason: String::new(),
            version: event.version,
        }
    }

    pub fn version(&self) -> Option<i64> {
        self.version.trim().parse().ok()
    }

    pub fn offers(&self, language: &str) -> bool {
        self.languages.iter().any(|l| l == language)
    }

    /// The event part, as the event form would have received it.
    fn event_form(&self) -> EventForm {
        EventForm {
            title: self.title.clone(),
            kind: EventKind::Webinar.as_str().into(),
            relevance: self.relevance.clone(),
            status: self.status.clone(),
            organiser: self.organiser.clone(),
            online: Some("on".into()),
            date_precision: self.date_precision.clone(),
            start_date: self.start_date.clone(),
            month: self.month.clone(),
            year: self.year.clone(),
            start_time: self.start_time.clone(),
            time_zone: self.time_zone.clone(),
            notes: self.notes.clone(),
            reason: self.reason.clone(),
            version: self.version.clone(),
            ..EventForm::default()
        }
    }

    /// Parses the whole form; on failure, every problem found, each under its field.
    pub fn parse(
        &self,
        lang: Lang,
        countries: &Countries,
        topics: &[TopicRow],
    ) -> Result<(NewEvent, WebinarFields), FieldErrors> {
        let event = self.event_form().parse(lang, countries);
        let mut errors = match &event {
            Ok(_) => FieldErrors::default(),
            Err(e) => e.clone(),
        };
        let too_long = |max: usize| lang.t_args("err-too-long", &[("max", FluentValue::from(max))]);

        let programme = Programme::parse(&self.programme);
        if programme.is_none() {
            errors.add("programme", lang.t("err-choose-from-list"));
        }
        let topic_id = match self.topic.trim() {
            "" => None,
            typed => match typed
                .parse::<i64>()
                .ok()
                .and_then(|id| topics.iter().find(|t| t.id == id))
            {
                None => {
                    errors.add("topic", lang.t("err-choose-from-list"));
                    None
                }
                Some(t) if Some(t.programme.as_str()) != programme.map(|p| p.as_str()) => {
                    errors.add("topic", lang.t("err-webinar-topic-programme"));
                    None
                }
                Some(t) => Some(t.id),
            },
        };
        let duration_minutes = self.duration(lang, &mut errors);
        let mut languages = Vec::new();
        for code in &self.languages {
            match WebinarLanguage::parse(code) {
                Some(l) if !languages.contains(&l) => languages.push(l),
                Some(_) => {}
                None => errors.add("languages", lang.t("err-choose-from-list")),
            }
        }
        let interpretation = self.interpretation.is_some();
        if interpretation && languages.len() < 2 {
            errors.add(
                "interpretation",
                lang.t("err-webinar-interpretation-languages"),
            );
        }
        let speakers = self.speakers.trim().to_owned();
        refuse_control_chars_in_block("speakers", &speakers, lang, &mut errors);
        if speakers.chars().count() > SPEAKERS_MAX {
            errors.add("speakers", too_long(SPEAKERS_MAX));
        }
        let audience = self.audience.trim().to_owned();
        refuse_control_chars("audience", &audience, lang, &mut errors);
        if audience.chars().count() > AUDIENCE_MAX {
            errors.add("audience", too_long(AUDIENCE_MAX));
        }
        let mut url = |field: &'static str, value: &str| {
            let value = value.trim().to_owned();
            refuse_control_chars(field, &value, lang, &mut errors);
            if value.chars().count() > URL_MAX {
                errors.add(field, too_long(URL_MAX));
            } else if !value.is_empty() && !is_web_address(&value) {
                errors.add(field, lang.t("err-url"));
            }
            value
        };
        let registration_url = url("registration_url", &self.registration_url);
        let recording_url = url("recording_url", &self.recording_url);

        match (event, programme) {
            (Ok(mut event), Some(programme)) if errors.is_empty() => {
                // The calendar links to where people register.
                event.url = registration_url.clone();
                Ok((
                    event,
                    WebinarFields {
                        programme,
                        topic_id,
                        duration_minutes,
                        languages,
                        interpretation,
                        speakers,
                        audience,
                        registration_url,
                        recording_url,
                    },
                ))
            }
            _ => Err(errors),
        }
    }

    /// The length in minutes from the start and end times on the webinar's day, measured
    /// between the two instants so a clock change in between is counted right.
    fn duration(&self, lang: Lang, errors: &mut FieldErrors) -> Option<i64> {
        let end = self.end_time.trim();
        if end.is_empty() {
            return None;
        }
        let Ok(end) = NaiveTime::parse_from_str(end, "%H:%M") else {
            errors.add("end_time", lang.t("err-time-invalid"));
            return None;
        };
        if self.start_time.trim().is_empty() {
            errors.add("start_time", lang.t("err-webinar-start-for-end"));
            return None;
        }
        // The start, day and zone are the event form's to check; only go on when they read.
        let day = chrono::NaiveDate::parse_from_str(self.start_date.trim(), "%Y-%m-%d").ok()?;
        let start = NaiveTime::parse_from_str(self.start_time.trim(), "%H:%M").ok()?;
        let zone: Tz = self.time_zone.trim().parse().ok()?;
        if self.date_precision != "day" {
            return None;
        }
        let starts = local_to_utc(day, start, zone).ok()?;
        let ends = match local_to_utc(day, end, zone) {
            Ok(t) => t,
            Err(LocalTimeError::Gap) => {
                errors.add(
                    "end_time",
                    lang.t_args(
                        "err-time-in-gap",
                        &[
                            ("time", FluentValue::from(end.format("%H:%M").to_string())),
                            ("zone", FluentValue::from(zone.name().to_owned())),
                        ],
                    ),
                );
                return None;
            }
        };
        let minutes = (ends - starts).num_minutes();
        if minutes <= 0 {
            errors.add("end_time", lang.t("err-webinar-end-before-start"));
            return None;
        }
        // A day the clocks go back has 25 hours; a webinar still lasts at most 24.
        if minutes > 1440 {
            errors.add("end_time", lang.t("err-webinar-too-long"));
            return None;
        }
        Some(minutes)
    }
}

/// The day a webinar took place, in its own zone: the day attendance is recorded for.
pub fn held_on(row: &WebinarRow) -> Option<chrono::NaiveDate> {
    match row.event.dates() {
        EventDates::Day { start, .. } => Some(start),
        _ => None,
    }
}

/// Whether the webinar's day has come (in its own zone, or UTC when it has none).
pub fn has_started(row: &WebinarRow, now: chrono::DateTime<chrono::Utc>) -> bool {
    if let Some(start) = row.starts_at() {
        return start <= now;
    }
    match row.event.dates() {
        EventDates::Day { start, .. } => {
            let zone: Tz = row
                .event
                .time_zone
                .as_deref()
                .and_then(|z| z.parse().ok())
                .unwrap_or(Tz::UTC);
            zone.from_utc_datetime(&now.naive_utc()).date_naive() >= start
        }
        _ => false,
    }
}
