//! A webinar as the pages show it: its time in the viewer's zone, in its own zone, and in
//! the main LAC zones, with every label in the viewer's language.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::model::WebinarRow;
use super::zones::{BesideTime, beside, in_zone};
use crate::events::model::EventStatus;
use crate::web::Lang;

pub struct WebinarView {
    pub id: i64,
    pub title: String,
    pub programme: String,
    pub programme_label: String,
    pub topic: String,
    pub status: String,
    pub status_label: String,
    /// In the viewer's zone: "Tuesday, March 10, 2026, 07:00–08:30 UTC-06:00 (America/Mexico_City)".
    pub viewer_time: Option<String>,
    /// As entered: the day, and the time in the zone it was entered in.
    pub own_time: String,
    pub beside: Vec<BesideTime>,
    pub languages: Vec<String>,
    pub interpretation: bool,
    pub speakers: Vec<String>,
    pub audience: String,
    pub organiser: String,
    pub registration_url: String,
    pub recording_url: String,
    pub notes: String,
    pub duration: Option<i64>,
    pub attendance: Option<i64>,
    pub named_attendees: i64,
    pub version: i64,
    pub past: bool,
    pub cancelled: bool,
    /// Its day has passed but nobody has marked it held (or cancelled) yet.
    pub needs_outcome: bool,
}

impl WebinarView {
    pub fn new(row: &WebinarRow, lang: Lang, viewer: Tz, now: DateTime<Utc>) -> Self {
        let start = row.starts_at();
        let viewer_time = start.map(|s| {
            let local = in_zone(s, viewer);
            let end = row
                .duration_minutes
                .map(|m| in_zone(s + chrono::Duration::minutes(m), viewer));
            let range = match end {
                Some(e) if e.date == local.date => format!("{}–{}", local.time, e.time),
                Some(e) => format!("{}–{} {}", local.time, lang.date_short(e.date), e.time),
                None => local.time.clone(),
            };
            format!(
                "{}, {} {} ({})",
                lang.date(local.date),
                range,
                local.offset,
                local.zone
            )
        });
        let status = row.event.status();
        let past = is_past(row, now);
        Self {
            id: row.event.id,
            title: row.event.title.clone(),
            programme: row.programme.to_string(),
            programme_label: lang.t(&row.programme().label_key()),
            topic: match (&row.topic_plan_key, &row.topic_name) {
                (Some(key), _) => lang.t(key),
                (None, Some(name)) => name.clone(),
                _ => String::new(),
            },
            status: status.as_str().to_owned(),
            status_label: lang.t(&status.label_key()),
            viewer_time,
            own_time: row.event.dates().display(lang),
            beside: start.map(|s| beside(s, viewer, lang)).unwrap_or_default(),
            languages: row
                .languages()
                .iter()
                .map(|l| lang.t(&l.label_key()))
                .collect(),
            interpretation: row.interpretation,
            speakers: row
                .speakers
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            audience: row.audience.clone(),
            organiser: row.event.organiser.clone(),
            registration_url: row.registration_url.clone(),
            recording_url: row.recording_url.clone(),
            notes: row.event.notes.clone(),
            duration: row.duration_minutes,
            attendance: row.attendance(),
            named_attendees: row.named_attendees,
            version: row.event.version,
            past,
            cancelled: status == EventStatus::Cancelled,
            needs_outcome: past && matches!(status, EventStatus::Planned | EventStatus::Confirmed),
        }
    }
}

/// Whether a webinar is past: it has started, or it is marked held (whatever its clock).
/// The list's two sections and each view's badge read it from here.
pub fn is_past(row: &WebinarRow, now: chrono::DateTime<chrono::Utc>) -> bool {
    super::form::has_started(row, now) || row.event.status() == EventStatus::Held
}
