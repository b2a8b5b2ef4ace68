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

/// A series as an occurrence's page shows it: how it repeats, where this occurrence
/// stands in it, and every occurrence with its dates and status.
#[derive(Debug, Clone)]
pub struct SeriesView {
    pub description: String,
    /// "3 of 12".
    pub position: String,
    pub occurrences: Vec<OccurrenceLink>,
}

#[derive(Debug, Clone)]
pub struct OccurrenceLink {
    pub id: i64,
    pub dates: String,
    pub status_label: String,
    pub cancelled: bool,
    pub current: bool,
    /// Moved off the day the rule gives it.
    pub moved: bool,
}

impl SeriesView {
    pub fn new(
        series: &super::series::SeriesRow,
        rows: &[EventRow],
        current: i64,
        lang: Lang,
    ) -> Self {
        use fluent_templates::fluent_bundle::FluentValue;
        let schedule = series.schedule();
        let description = schedule
            .as_ref()
            .map_or_else(|| series.rrule.clone(), |s| describe(s, lang));
        let index = rows.iter().position(|r| r.id == current).unwrap_or(0) + 1;
        let position = lang.t_args(
            "series-position",
            &[
                ("index", FluentValue::from(index)),
                ("count", FluentValue::from(rows.len())),
            ],
        );
        let occurrences = rows
            .iter()
            .map(|r| {
                let dates = r.dates();
                let moved = match (&schedule, r.recurrence_day.as_deref()) {
                    (Some(s), Some(d)) => {
                        super::series::day(d).is_some_and(|d| s.dates_on(d) != dates)
                    }
                    _ => false,
                };
                OccurrenceLink {
                    id: r.id,
                    dates: dates.display(lang),
                    status_label: lang.t(&r.status().label_key()),
                    cancelled: r.status() == super::model::EventStatus::Cancelled,
                    current: r.id == current,
                    moved,
                }
            })
            .collect();
        Self {
            description,
            position,
            occurrences,
        }
    }
}

/// "Every month on the same weekday, 12 times": the preset's name, or the rule itself
/// when it is a custom one, and its end.
pub fn describe(schedule: &super::recurrence::Schedule, lang: Lang) -> String {
    use fluent_templates::fluent_bundle::FluentValue;
    let rule = &schedule.rule;
    let what = match super::recurrence::preset_of(rule, schedule.first_day) {
        Some(p) => lang.t_args(
            &format!("series-desc-{p}"),
            &[("first", FluentValue::from(lang.date(schedule.first_day)))],
        ),
        None => lang.t_args(
            "series-custom",
            &[("rule", FluentValue::from(rule.body().to_owned()))],
        ),
    };
    let end = match (rule.count(), rule.until()) {
        (Some(n), _) => lang.t_args("series-ends-count", &[("count", FluentValue::from(n))]),
        (None, Some(d)) => lang.t_args(
            "series-ends-until",
            &[("day", FluentValue::from(lang.date(d)))],
        ),
        (None, None) => String::new(),
    };
    format!("{what}, {end}")
}
