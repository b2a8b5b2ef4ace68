//! The webinars' vocabulary and rows.

use chrono::{DateTime, Utc};
use sqlx::FromRow;

use crate::events::model::EventRow;

text_enum!(Programme, "programme", {
    CapacityBuilding => "capacity_building",
    UaSeries => "ua_series",
    Icann101 => "icann101",
    Dnssec => "dnssec",
    Other => "other",
});

// The languages a webinar can be offered in: LACRALO's four.
text_enum!(WebinarLanguage, "webinar-language", {
    En => "en",
    Es => "es",
    Pt => "pt",
    Fr => "fr",
});

/// The plan's yearly target when none has been set for a year: "six (6) Capacity Building
/// webinars annually". Other programmes have no target until one is set.
pub fn plan_default_target(programme: Programme) -> Option<i64> {
    (programme == Programme::CapacityBuilding).then_some(6)
}

/// A webinar: its event (title, day, local time and zone, status) and its own fields.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct WebinarRow {
    #[sqlx(flatten)]
    pub event: EventRow,
    pub programme: Programme,
    pub topic_id: Option<i64>,
    pub topic_name: Option<String>,
    pub topic_plan_key: Option<String>,
    pub starts_at: Option<String>,
    pub duration_minutes: Option<i64>,
    pub languages: String,
    pub interpretation: bool,
    pub speakers: String,
    pub audience: String,
    pub registration_url: String,
    pub recording_url: String,
    pub attendance_count: Option<i64>,
    pub named_attendees: i64,
}

impl WebinarRow {
    pub fn programme(&self) -> Programme {
        self.programme
    }

    pub fn languages(&self) -> Vec<WebinarLanguage> {
        parse_languages(&self.languages)
    }

    pub fn starts_at(&self) -> Option<DateTime<Utc>> {
        self.starts_at
            .as_deref()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|d| d.with_timezone(&Utc))
    }

    /// How many took part: the count recorded, or the named attendees when more.
    pub fn attendance(&self) -> Option<i64> {
        match (self.attendance_count, self.named_attendees) {
            (None, 0) => None,
            (count, named) => Some(count.unwrap_or(0).max(named)),
        }
    }
}

/// The stored form of a set of languages: codes in a fixed order, comma separated.
pub fn languages_text(languages: &[WebinarLanguage]) -> String {
    WebinarLanguage::ALL
        .iter()
        .filter(|l| languages.contains(l))
        .map(|l| l.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

pub fn parse_languages(text: &str) -> Vec<WebinarLanguage> {
    text.split(',')
        .filter_map(|c| WebinarLanguage::parse(c.trim()))
        .collect()
}

/// A topic of a programme, from the plan or added by leadership.
#[derive(Debug, Clone, FromRow, serde::Serialize)]
pub struct TopicRow {
    pub id: i64,
    pub programme: String,
    pub name: String,
    pub plan_key: Option<String>,
}

impl TopicRow {
    /// The plan's topics are translated; those added later are shown as written.
    pub fn label(&self, lang: crate::web::Lang) -> String {
        match &self.plan_key {
            Some(key) => lang.t(key),
            None => self.name.clone(),
        }
    }
}

/// A webinar's own fields, parsed.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WebinarFields {
    pub programme: Programme,
    pub topic_id: Option<i64>,
    pub duration_minutes: Option<i64>,
    pub languages: Vec<WebinarLanguage>,
    pub interpretation: bool,
    pub speakers: String,
    pub audience: String,
    pub registration_url: String,
    pub recording_url: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_stored_in_one_order_and_read_back() {
        let text = languages_text(&[WebinarLanguage::Pt, WebinarLanguage::Es]);
        assert_eq!(text, "es,pt");
        assert_eq!(
            parse_languages(&text),
            vec![WebinarLanguage::Es, WebinarLanguage::Pt]
        );
        assert!(parse_languages("").is_empty());
        assert_eq!(parse_languages("xx,fr"), vec![WebinarLanguage::Fr]);
    }
}
