//! Events as pages show them: every value already translated and formatted.

use super::dates::EventDates;
use super::model::{EventRow, Relevance};
use super::review;
use crate::countries::Countries;
use crate::web::Lang;

#[derive(Debug, Clone)]
pub struct EventView {
    pub id: i64,
    pub title: String,
    pub kind: String,
    /// A webinar has its own page, with its times in the reader's zone.
    pub is_webinar: bool,
    pub relevance: &'static str,
    pub relevance_label: String,
    pub status: &'static str,
    pub status_label: String,
    pub dates: String,
    /// Short form for lists: "Mar 11" or "Mar 11 – 14".
    pub dates_short: String,
    pub place: String,
    pub organiser: String,
    pub country_code: String,
    pub country_name: String,
    pub city: String,
    pub online: bool,
    pub url: String,
    pub notes: String,
    pub needs_review: bool,
    pub review_notes: Vec<String>,
    pub version: i64,
    pub is_dated: bool,
}

impl EventView {
    pub fn new(row: &EventRow, lang: Lang, countries: &Countries) -> Self {
        let dates = row.dates();
        let country_name = row
            .country
            .as_deref()
            .and_then(|c| countries.get(c))
            .map(|c| c.name(lang).to_owned())
            .unwrap_or_default();
        let mut place_parts: Vec<String> = Vec::new();
        if !row.city.is_empty() {
            place_parts.push(row.city.clone());
        }
        if !country_name.is_empty() {
            place_parts.push(country_name.clone());
        }
        if row.online {
            place_parts.push(lang.t("event-online"));
        }
        let relevance = row.relevance();
        Self {
            id: row.id,
            title: row.title.clone(),
            kind: lang.t(&row.kind().label_key()),
            is_webinar: row.kind() == super::model::EventKind::Webinar,
            relevance: relevance.as_str(),
            relevance_label: lang.t(&relevance.label_key()),
            status: row.status().as_str(),
            status_label: lang.t(&row.status().label_key()),
            dates: dates.display(lang),
            dates_short: short_dates(&dates, lang),
            place: place_parts.join(" · "),
            organiser: row.organiser.clone(),
            country_code: row.country.clone().unwrap_or_default(),
            country_name,
            city: row.city.clone(),
            online: row.online,
            url: row.url.clone(),
            notes: row.notes.clone(),
            needs_review: row.needs_review,
            review_notes: review::decode(&row.review_note)
                .iter()
                .map(|f| f.explain(lang, countries))
                .collect(),
            version: row.version,
            is_dated: dates.is_dated(),
        }
    }

    pub fn is_unclassified(&self) -> bool {
        self.relevance == Relevance::Unclassified.as_str()
    }
}

fn short_dates(dates: &EventDates, lang: Lang) -> String {
    match *dates {
        EventDates::Day { start, end, .. } if start == end => lang.date_short(start),
        EventDates::Day { start, end, .. } => {
            format!("{} – {}", lang.date_short(start), lang.date_short(end))
        }
        EventDates::Month { year, month } => lang.month_year(year, month),
        EventDates::Tbd { year } => year.to_string(),
    }
}
